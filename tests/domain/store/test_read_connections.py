"""Per-thread read-only connections: the last commit, never the writer's open transaction."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from reader.domain.store.read_connections import ReadConnections


@pytest.fixture
def writer(tmp_path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(tmp_path / "db.sqlite3", isolation_level=None)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("CREATE TABLE t (x INTEGER)")
    connection.execute("INSERT INTO t VALUES (1)")
    return connection


def _values(readers: ReadConnections) -> list[int]:
    with readers.connection() as connection:
        assert connection is not None
        return [x for (x,) in connection.execute("SELECT x FROM t ORDER BY x")]


def test_readers_see_the_last_commit_while_a_write_is_open(
    writer: sqlite3.Connection, tmp_path: Path
) -> None:
    readers = ReadConnections(tmp_path / "db.sqlite3")
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("INSERT INTO t VALUES (2)")
    assert _values(readers) == [1]
    writer.execute("COMMIT")
    assert _values(readers) == [1, 2]
    with readers.connection() as connection:
        assert connection is not None
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            connection.execute("INSERT INTO t VALUES (3)")
    readers.close()
    writer.close()


def test_each_thread_reads_through_its_own_connection(
    writer: sqlite3.Connection, tmp_path: Path
) -> None:
    readers = ReadConnections(tmp_path / "db.sqlite3")
    seen: list[sqlite3.Connection | None] = []

    def read() -> None:
        with readers.connection() as connection:
            seen.append(connection)

    read()
    read()
    thread = threading.Thread(target=read)
    thread.start()
    thread.join()
    assert seen[0] is seen[1]
    assert seen[2] is not None
    assert seen[2] is not seen[0]
    readers.close()
    writer.close()


def test_after_close_every_thread_gets_no_connection(
    writer: sqlite3.Connection, tmp_path: Path
) -> None:
    readers = ReadConnections(tmp_path / "db.sqlite3")
    assert _values(readers) == [1]
    readers.close()
    with readers.connection() as connection:
        assert connection is None
    found: list[sqlite3.Connection | None] = []

    def read() -> None:
        with readers.connection() as late:
            found.append(late)

    thread = threading.Thread(target=read)
    thread.start()
    thread.join()
    assert found == [None]
    writer.close()
