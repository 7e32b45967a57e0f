"""Arabic-aware word search: its rules, FTS5 queries and match highlighting.

A query matches a document when each of its words is a word of the document after folding
(FORMAT.md), behind any proclitic (و ف ب ك ل, ال, لل), with ASCII letters in either case.
The library searches with SQLite FTS5 (cache.py) using match_expression.
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.domain.text.arabic import RAW_WORD_RE, fold, folded_words, proclitic_variants

# FTS5's ascii tokenizer lowers ASCII letters only; matching everywhere does the same.
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def match_form(word: str) -> str:
    """Return a folded word as matching compares it: ASCII letters lowered."""
    return word.translate(_ASCII_LOWER)


def query_words(query: str) -> list[str]:
    """Return the folded words of a search query, without repeats."""
    return list(dict.fromkeys(match_form(word) for word in folded_words(query)))


def match_expression(words: Sequence[str]) -> str:
    """Return an FTS5 query: every word, each behind any proclitic; no FTS5 syntax gets in."""
    groups = []
    for word in words:
        variants = sorted(proclitic_variants(word))
        groups.append("(" + " OR ".join('"' + v.replace('"', '""') + '"' for v in variants) + ")")
    return " AND ".join(groups)


def match_spans(text: str, query: str) -> list[tuple[int, int]]:
    """Return (start, end) offsets of the words of text that the query matches."""
    wanted: set[str] = set()
    for word in query_words(query):
        wanted |= proclitic_variants(word)
    if not wanted:
        return []
    return [m.span() for m in RAW_WORD_RE.finditer(text) if match_form(fold(m.group())) in wanted]
