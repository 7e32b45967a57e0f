"""One read-only connection per thread to a cache database, so that readers never wait on writes."""

from __future__ import annotations

import contextlib
import sqlite3
import threading
import weakref
from collections.abc import Iterator
from pathlib import Path

from reader.domain.store.database import connect_reader


class _Reader:
    """One thread's connection, with the lock that close() takes to end it between reads."""

    __slots__ = ("__weakref__", "connection", "lock")

    def __init__(self, connection: sqlite3.Connection | None) -> None:
        self.connection = connection
        self.lock = threading.Lock()


class ReadConnections:
    """The read-only connections of the threads that read one WAL database file.

    Each thread reads through a connection of its own: in WAL mode it sees the last commit,
    and neither waits for nor holds up a write transaction open on the writer's connection.
    A thread's connection closes when the thread ends, or when close() is called.
    """

    def __init__(self, path: Path) -> None:
        self._path = path
        self._local = threading.local()
        # Guards _closed and _open against a thread opening its connection during close().
        self._lock = threading.Lock()
        self._closed = False
        # Weak: a thread's local data is what keeps its reader, so it goes when the thread does.
        self._open: weakref.WeakSet[_Reader] = weakref.WeakSet()

    @contextlib.contextmanager
    def connection(self) -> Iterator[sqlite3.Connection | None]:
        """Hold this thread's connection for a read; None once these connections are closed."""
        reader: _Reader | None = getattr(self._local, "reader", None)
        if reader is None:
            reader = self._local.reader = self._new_reader()
        with reader.lock:
            yield reader.connection

    def _new_reader(self) -> _Reader:
        """Return a reader for the calling thread (a closed one after close())."""
        with self._lock:
            if self._closed:
                return _Reader(None)
            reader = _Reader(connect_reader(self._path))
            self._open.add(reader)
            return reader

    def close(self) -> None:
        """Close every thread's connection, waiting for the reads under way to end."""
        with self._lock:
            self._closed = True
            readers = list(self._open)
            self._open.clear()
        for reader in readers:
            with reader.lock:
                if reader.connection is not None:
                    reader.connection.close()
                    reader.connection = None
