"""The concordance: each hit of a search in headlines and body paragraphs, in its context."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import IntEnum, StrEnum

from reader.domain.article import Article
from reader.domain.text.arabic import WORD_RE, fold
from reader.domain.text.search import match_form, match_spans

DEFAULT_WIDTH = 40
# The sort keys look this far around a hit for its two neighbouring words.
_KEY_REACH = 200


class TextPart(IntEnum):
    """Where in an article a hit is: its headline, or one of its body paragraphs."""

    HEADLINE = 0
    BODY = 1


class ConcordanceOrder(StrEnum):
    """The orders of a concordance: by date (newest first), or by a word beside the hit."""

    DATE = "date"
    BEFORE_1 = "before1"
    BEFORE_2 = "before2"
    AFTER_1 = "after1"
    AFTER_2 = "after2"


@dataclass(frozen=True, slots=True)
class Hit:
    """One hit: where it is, the text before it, the hit as written, and the text after.

    left + match + right is a piece of the headline or paragraph the hit is in.
    """

    path: str
    part: TextPart
    paragraph: int  # the body paragraph's index (0 for the headline)
    start: int
    end: int
    left: str
    match: str
    right: str
    # The folded words before the hit (nearest first) and after it, two each ("" for none).
    before: tuple[str, str]
    after: tuple[str, str]


def hit_spans(text: str, search: str) -> list[tuple[int, int]]:
    """Return the (start, end) of every hit of a search in one text.

    The one place that decides what a hit is: the concordance, the terminal's kwic and the
    pane's selection follow it (and so follow the search's rules when they grow).
    """
    return match_spans(text, search)


def article_hits(article: Article, search: str, width: int = DEFAULT_WIDTH) -> list[Hit]:
    """Return the hits of a search in an article's headline and body, in text order."""
    texts: list[tuple[TextPart, int, str]] = []
    if article.title:
        texts.append((TextPart.HEADLINE, 0, article.title))
    texts += [(TextPart.BODY, index, text) for index, text in enumerate(article.body)]
    hits = []
    for part, index, text in texts:
        for start, end in hit_spans(text, search):
            hits.append(
                Hit(
                    path=article.path,
                    part=part,
                    paragraph=index,
                    start=start,
                    end=end,
                    left=left_context(text, start, width),
                    match=text[start:end],
                    right=right_context(text, end, width),
                    before=_two(reversed(_words(text[max(0, start - _KEY_REACH) : start]))),
                    after=_two(iter(_words(text[end : end + _KEY_REACH]))),
                )
            )
    return hits


def left_context(text: str, start: int, width: int) -> str:
    """Return up to width characters before start, from the start of a word when it can."""
    begin = max(0, start - width)
    piece = text[begin:start]
    if begin > 0 and not text[begin - 1].isspace():
        space = piece.find(" ")
        if 0 <= space < len(piece) - 1:
            piece = piece[space + 1 :]
    return piece


def right_context(text: str, end: int, width: int) -> str:
    """Return up to width characters after end, up to the end of a word when it can."""
    stop = min(len(text), end + width)
    piece = text[end:stop]
    if stop < len(text) and not text[stop].isspace():
        space = piece.rfind(" ")
        if space > 0:
            piece = piece[:space]
    return piece


def _words(text: str) -> list[str]:
    """Return the folded words of text, as matching compares them."""
    return [match_form(word) for word in WORD_RE.findall(fold(text))]


def _two(words: Iterable[str]) -> tuple[str, str]:
    """Return the first two of some words, "" for those missing."""
    iterator = iter(words)
    return (next(iterator, ""), next(iterator, ""))


def sort_key(hit: Hit, order: ConcordanceOrder) -> tuple[str, str]:
    """Return the folded words a hit sorts by (in this order, then the other beside it)."""
    if order is ConcordanceOrder.BEFORE_1:
        return hit.before
    if order is ConcordanceOrder.BEFORE_2:
        return (hit.before[1], hit.before[0])
    if order is ConcordanceOrder.AFTER_1:
        return hit.after
    if order is ConcordanceOrder.AFTER_2:
        return (hit.after[1], hit.after[0])
    return ("", "")
