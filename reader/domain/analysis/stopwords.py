"""The Arabic function words a word list leaves out, read from the shipped resource."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reader.domain.text.arabic import fold
from reader.domain.text.search import match_form

STOPWORDS_FILE = Path(__file__).resolve().parents[3] / "resources" / "stopwords" / "arabic.txt"


def parse_stopwords(text: str) -> frozenset[str]:
    """Return the folded words of a stopword list: one a line, "#" starts a comment."""
    words = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return frozenset(match_form(fold(word)) for word in words if word)


@cache
def arabic_stopwords() -> frozenset[str]:
    """Return the folded Arabic stopwords shipped with the reader (none if the file is gone)."""
    try:
        return parse_stopwords(STOPWORDS_FILE.read_text(encoding="utf-8"))
    except OSError:
        return frozenset()
