"""The bitmaps of a library's frequent words (store/frequent_terms.py), kept while they hold."""

from __future__ import annotations

import sqlite3
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor

from reader.domain.store.cache import ArticleCache
from reader.domain.store.frequent_terms import FrequentTerms, keep_frequent_terms

# One thread for every library: a build reads the whole index (some 2.5 s at 100,000
# articles, once per change of the articles; a reopen reads the stored bitmaps at once).
_KEEPER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="frequent-terms")
# Below this many articles FTS5 reads any word's list in a few milliseconds: none is kept.
MIN_ARTICLES = 20_000
# Once a library has had its bitmaps, changed articles have them built anew only at the
# first click or search after the articles stayed the same this long: a crawl writing into
# the folder would have them built again and again. Stored ones are read at once.
QUIET_SECONDS = 30.0


class FrequentSearch:
    """Reads or builds the frequent words' bitmaps on a thread of their own once a load is
    complete, gives them to searches once ready, and drops them when articles change."""

    def __init__(
        self,
        min_articles: int = MIN_ARTICLES,
        least: int | None = None,
        quiet_seconds: float = QUIET_SECONDS,
    ) -> None:
        # least: the articles a frequent word is in at least (None: as the store decides).
        self._min_articles = min_articles
        self._least = least
        self._quiet_seconds = quiet_seconds
        # Searches ask from the expected-search thread too.
        self._lock = threading.Lock()
        self._terms: FrequentTerms | None = None
        self._keeping: Future[FrequentTerms | None] | None = None
        # When a build may start (monotonic clock), and whether the stored bitmaps were
        # looked for since articles last changed.
        self._quiet_from = 0.0
        self._prepared = False
        self._looked = False
        self._building = False

    def prepare(self, cache: ArticleCache, articles: int) -> None:
        """Start reading the stored bitmaps, or building them (at once after a first load,
        after QUIET_SECONDS once articles changed), unless kept, under way or not worth it."""
        with self._lock:
            if self._terms is not None or self._keeping is not None:
                return
            build = time.monotonic() >= self._quiet_from
            if articles >= self._min_articles and (build or not self._looked):
                self._prepared = self._looked = True
                self._building = build
                self._keeping = _KEEPER.submit(_keep, cache, self._least, build)

    def current(self) -> FrequentTerms | None:
        """Return the bitmaps when ready (None until then: searches ask FTS5 alone)."""
        with self._lock:
            keeping = self._keeping
            if keeping is not None and keeping.done():
                self._keeping = None
                self._terms = keeping.result()
                if self._terms is None and self._building:
                    # Failed (another process held the cache a while?) or saw files change:
                    # tried again as after a change.
                    self._quiet_from = time.monotonic() + self._quiet_seconds
            return self._terms

    def wait(self) -> FrequentTerms | None:
        """Return the bitmaps once the read or build under way ends (for tests and tools)."""
        keeping = self._keeping
        if keeping is not None:
            keeping.result()
        return self.current()

    def forget(self) -> None:
        """Drop the bitmaps and any build under way: articles changed."""
        with self._lock:
            if self._keeping is not None:
                self._keeping.cancel()
            self._keeping = None
            self._terms = None
            self._looked = False
            if self._prepared:
                self._quiet_from = time.monotonic() + self._quiet_seconds


def _keep(cache: ArticleCache, least: int | None, build: bool) -> FrequentTerms | None:
    """Return the cache's frequent words' bitmaps; None when not stored and not to be built,
    or when the cache fails or closes (the searches keep asking FTS5, which says what is
    wrong)."""
    try:
        return keep_frequent_terms(cache, least, build)
    except sqlite3.Error:
        return None
