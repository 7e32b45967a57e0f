"""A cache database's connections: one that writes under a lock, and the readers' own."""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from reader.domain.store.database import memory_database
from reader.domain.store.read_connections import ReadConnections

# A load commits after this many new articles (each commit makes FTS5 write a segment).
_COMMIT_ROWS = 4000


class CacheConnections:
    """The writer's connection to a cache database, with its lock, and the readers' path.

    A file database is read through per-thread read-only connections that see the last
    commit and never wait for the writer's transaction. A database in memory exists in the
    writer's connection alone: its readers share that connection and its lock.
    """

    def __init__(self, connection: sqlite3.Connection, path: Path | None) -> None:
        self._db = connection
        # Held by each use of the writer's connection, for a whole transaction block.
        self._lock = threading.RLock()
        self._readers = ReadConnections(path) if path is not None else None
        self._added = 0
        self.path = path

    @contextlib.contextmanager
    def writing(self) -> Iterator[sqlite3.Connection]:
        """Hold the writer's connection (and see its open transaction's rows)."""
        with self._lock:
            yield self._db

    @contextlib.contextmanager
    def transaction(self, added: int = 0) -> Iterator[sqlite3.Connection]:
        """Run statements in a transaction on the writer's connection, under its lock.

        A transaction that adds articles (added counts them) stays open for more (flush()
        commits it), so that a load commits, and FTS5 merges its index, every few thousand
        articles, not every chunk. The readers of a file see none of it until then.
        """
        with self._lock:
            if not self._db.in_transaction:
                self._db.execute("BEGIN")
            self._added += added
            try:
                yield self._db
            except BaseException:
                with contextlib.suppress(sqlite3.Error):
                    self._db.execute("ROLLBACK")
                self._added = 0
                raise
            if not added or self._added >= _COMMIT_ROWS:
                self._db.execute("COMMIT")
                self._added = 0

    @contextlib.contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        """Hold a connection for a read that must not wait for the writer's transaction."""
        readers = self._readers
        if readers is not None:
            with readers.connection() as connection:
                if connection is not None:
                    yield connection
                    return
        # In memory (or swapped to memory since), the database lives in the writer's
        # connection alone: readers must share it, wait for its lock, and see its open
        # transaction's rows.
        with self._lock:
            yield self._db

    def select(self, sql: str, keys: Iterable[int] | None) -> list[Any]:
        """Return the records of a read of files (sql has no WHERE): all of them, or those
        with these keys (ids)."""
        with self.reading() as db:
            if keys is None:
                # In pieces: one fetch of every record would hold the interpreter lock long.
                cursor = db.execute(sql)
                records = []
                while piece := cursor.fetchmany(2000):
                    records += piece
                return records
            wanted = list(keys)
            records = []
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                marks = ",".join("?" * len(chunk))
                records += db.execute(f"{sql} WHERE id IN ({marks})", chunk).fetchall()
            return records

    def flush(self) -> None:
        """Commit what a transaction that added articles left open."""
        with self._lock:
            if self._db.in_transaction:
                self._db.execute("COMMIT")
            self._added = 0

    def close(self) -> None:
        """Commit and close every connection."""
        # The readers first: the last connection to a WAL database folds the log back in.
        if self._readers is not None:
            self._readers.close()
        with self._lock:
            with contextlib.suppress(sqlite3.Error):
                self.flush()
            self._db.close()

    def swap_to_memory(self) -> None:
        """Replace the database with an empty one in memory (the file one failed)."""
        with self._lock:
            with contextlib.suppress(sqlite3.Error):
                self._db.close()
            self._db = memory_database()
            self._added = 0
            self.path = None
            readers, self._readers = self._readers, None
        if readers is not None:
            readers.close()
