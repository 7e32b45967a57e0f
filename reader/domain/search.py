"""Arabic-aware word search: its rules, an in-memory index, FTS5 queries, match highlighting.

A query matches a document when each of its words is a word of the document after folding
(FORMAT.md), behind any proclitic (و ف ب ك ل, ال, لل), with ASCII letters in either case.
The library searches with SQLite FTS5 (cache.py) using match_expression; SearchIndex is the
same rule in memory.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from reader.domain.arabic import RAW_WORD_RE, fold, folded_words, proclitic_variants

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


class SearchIndex:
    """Maps each folded word to the ids of the documents that hold it."""

    def __init__(self) -> None:
        self._postings: dict[str, set[int]] = {}

    def add(self, doc_id: int, texts: Iterable[str]) -> None:
        """Index the words of texts under doc_id."""
        postings = self._postings
        for text in texts:
            for word in folded_words(text):
                word = match_form(word)
                ids = postings.get(word)
                if ids is None:
                    postings[word] = {doc_id}
                else:
                    ids.add(doc_id)

    def search(self, query: str) -> set[int] | None:
        """Return the ids holding every query word (behind any proclitic); None for no words."""
        words = query_words(query)
        if not words:
            return None
        result: set[int] | None = None
        for word in words:
            hits: set[int] = set()
            for variant in proclitic_variants(word):
                hits.update(self._postings.get(variant, ()))
            result = hits if result is None else result & hits
            if not result:
                return set()
        return result


def match_spans(text: str, query: str) -> list[tuple[int, int]]:
    """Return (start, end) offsets of the words of text that the query matches."""
    wanted: set[str] = set()
    for word in query_words(query):
        wanted |= proclitic_variants(word)
    if not wanted:
        return []
    return [m.span() for m in RAW_WORD_RE.finditer(text) if match_form(fold(m.group())) in wanted]
