"""Word lists counted on a thread of their own, and the folder's word counts prepared there."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence

import numpy as np
from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

from reader.domain.analysis.word_list import WordList, folder_totals, word_list
from reader.domain.library.library import Library
from reader.domain.store.cache import ArticleCache
from reader.domain.store.word_index import WordIndex


class _Relay(QObject):
    """Carries a worker's answers to the builder's thread (its signals are queued there)."""

    answered = Signal(int, object)
    prepared = Signal()


class WordListBuilder(QObject):
    """Counts the word list of a result away from the window's thread.

    Answers come as word_list_ready(list); a request made while another was waiting replaces
    it. The first answer of a result comes without keyness when the folder's totals are not
    counted yet, and a second one follows with it.
    """

    word_list_ready = Signal(object)
    # The folder's counts are stored in its cache: whole-folder lists are quick from now on.
    folder_prepared = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # One thread: a WordIndex is used from one thread at a time.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay()
        self._relay.answered.connect(self._on_relay_answered)
        self._relay.prepared.connect(self.folder_prepared)
        self._generation = 0
        self._indexes: dict[int, WordIndex] = {}

    def request(
        self, library: Library, ids: Sequence[int] | None, *, stopwords: bool = True
    ) -> None:
        """Count the words of these articles of the library (None: every one)."""
        self._generation += 1
        generation = self._generation
        keys = None if ids is None else _keys_of(library, ids)
        index = self._index(library.cache)
        relay = self._relay

        def work() -> None:
            if generation != self._generation:
                return
            if keys is not None and index.stored_totals() is None:
                relay.answered.emit(
                    generation, word_list(index, keys, stopwords=stopwords, keyness=False)
                )
            relay.answered.emit(generation, word_list(index, keys, stopwords=stopwords))

        self._start(work)

    def prepare(self, library: Library) -> None:
        """Count and store the words of every article of the library's folder, in the
        background, so that word lists are quick from then on."""
        index = self._index(library.cache)
        relay = self._relay

        def work() -> None:
            folder_totals(index)
            relay.prepared.emit()

        self._start(work)

    @Slot()
    def cancel(self) -> None:
        """Drop the requests not started yet, and the answer of the one under way."""
        self._generation += 1
        self._pool.clear()

    def wait(self) -> None:
        """Cancel, and wait for the work under way to end."""
        self.cancel()
        self._pool.waitForDone()

    def _index(self, cache: ArticleCache) -> WordIndex:
        """Return the word index of a cache (one per cache, kept while it is in use)."""
        index = self._indexes.get(id(cache))
        if index is None or index.cache is not cache:
            self._indexes = {id(cache): WordIndex(cache)}
            index = self._indexes[id(cache)]
        return index

    def _start(self, work: Callable[[], None]) -> None:
        """Run work on the builder's thread; a closed or failing cache just ends it."""

        def guarded() -> None:
            try:
                work()
            except (sqlite3.Error, ValueError, RuntimeError):
                # The library was swapped and its cache closed: the next request answers.
                return

        self._pool.start(guarded)

    def _on_relay_answered(self, generation: int, words: WordList) -> None:
        if generation == self._generation:
            self.word_list_ready.emit(words)


def _keys_of(library: Library, ids: Sequence[int]) -> list[int]:
    """Return the cache keys of some articles of the library (at C speed)."""
    keys = np.frombuffer(library.snapshot().keys, dtype=np.int64)
    chosen = keys[np.asarray(ids, dtype=np.int64)] if len(ids) else keys[:0]
    return [int(key) for key in chosen if key >= 0]
