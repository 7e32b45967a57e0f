"""Arabic-aware word search: an inverted index over folded words, and match highlighting."""

from __future__ import annotations

from collections.abc import Iterable

from reader.domain.arabic import RAW_WORD_RE, fold, folded_words, proclitic_variants


def query_words(query: str) -> list[str]:
    """Return the folded words of a search query, without repeats."""
    return list(dict.fromkeys(folded_words(query)))


class SearchIndex:
    """Maps each folded word to the ids of the documents that hold it."""

    def __init__(self) -> None:
        self._postings: dict[str, set[int]] = {}

    def add(self, doc_id: int, texts: Iterable[str]) -> None:
        """Index the words of texts under doc_id."""
        postings = self._postings
        for text in texts:
            for word in folded_words(text):
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
    return [m.span() for m in RAW_WORD_RE.finditer(text) if fold(m.group()) in wanted]
