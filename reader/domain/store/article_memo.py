"""The last few articles read from the cache, so that list painting does not hit the database."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterable

from reader.domain.article import Article


class ArticleMemo:
    """Articles by cache key, the least recently read dropped first; safe between threads.

    Readers run beside writes, so an article read before a write commits may be outdated by
    the time it is stored: put() takes the version() seen before the read, and drops the
    article when a write was forgotten since.
    """

    def __init__(self, size: int) -> None:
        self._size = size
        self._articles: OrderedDict[int, Article] = OrderedDict()
        # Held for a dictionary operation at a time, never during a database statement.
        self._lock = threading.Lock()
        self._writes = 0

    def get(self, key: int) -> Article | None:
        """Return the article stored under key, if it is kept."""
        with self._lock:
            article = self._articles.get(key)
            if article is not None:
                self._articles.move_to_end(key)
            return article

    def version(self) -> int:
        """Return the count of forget() and clear() calls, to hand to put() after a read."""
        return self._writes

    def put(self, key: int, article: Article, version: int) -> None:
        """Keep an article read after version() returned version, unless a write came since."""
        with self._lock:
            if version != self._writes:
                return
            self._articles[key] = article
            if len(self._articles) > self._size:
                self._articles.popitem(last=False)

    def forget(self, keys: Iterable[int]) -> None:
        """Drop the articles of these keys: a write changed them (call it after the commit)."""
        with self._lock:
            self._writes += 1
            for key in keys:
                self._articles.pop(key, None)

    def clear(self) -> None:
        """Drop every article: the keys now name another database's articles."""
        with self._lock:
            self._writes += 1
            self._articles.clear()
