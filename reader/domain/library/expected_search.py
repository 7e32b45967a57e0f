"""The search expected next (the query typed so far): its articles found on another thread."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor

from reader.domain.store.query_search import Keys

# One thread for every library: only the latest expected search matters.
_FINDER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="expected-search")

Words = tuple[str, ...]


class ExpectedSearch:
    """Finds the keys of the search expected next on a thread of its own while the search box
    waits for the typing to pause; the search, when it comes, takes them instead of waiting
    for the index (the second core does it during the pause)."""

    def __init__(self, search: Callable[[Words], Keys]) -> None:
        self._search = search
        self._expected: tuple[Words, Future[Keys]] | None = None

    def expect(self, words: Words) -> None:
        """Start finding the keys of words, in place of the search expected before."""
        if self._expected is not None:
            if self._expected[0] == words:
                return
            self._expected[1].cancel()  # one not started yet never will
        self._expected = (words, _FINDER.submit(self._search, words))

    def keys(self, words: Words) -> Keys:
        """Return the keys of words: those found already when they were expected, else now."""
        expected = self._expected
        if expected is not None and expected[0] == words:
            self._expected = None
            found = expected[1]
            # One still queued behind an older search would wait for it: search here instead.
            if not found.cancel():
                try:
                    return found.result()
                except sqlite3.Error:
                    pass  # searched again here, where the error reaches the caller
        return self._search(words)

    def forget(self) -> None:
        """Drop the expected search (articles changed: its keys may be out of date)."""
        if self._expected is not None:
            self._expected[1].cancel()
        self._expected = None
