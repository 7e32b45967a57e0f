"""The cache's connections: transactions that stay open for a load, and where readers read."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reader.domain.problems import CacheWarning
from reader.domain.store import connections as connections_module
from reader.domain.store.connections import CacheConnections
from reader.domain.store.database import memory_database, open_database


@pytest.fixture
def on_disk(tmp_path: Path) -> CacheConnections:
    warnings: list[CacheWarning] = []
    opened = open_database(tmp_path / "folder", tmp_path / "cache", warnings)
    assert opened is not None
    assert warnings == []
    return CacheConnections(*opened)


def _meta(connections: CacheConnections) -> int:
    with connections.reading() as db:
        (count,) = db.execute("SELECT count(*) FROM meta").fetchone()
    return int(count)


def _insert(db: sqlite3.Connection, key: str) -> None:
    db.execute("INSERT INTO meta VALUES (?, '')", (key,))


def test_a_transaction_that_adds_stays_open_until_flush(
    on_disk: CacheConnections, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(connections_module, "_COMMIT_ROWS", 5)
    with on_disk.transaction(added=3) as db:
        _insert(db, "a")
    assert _meta(on_disk) == 0  # readers see the last commit only
    with on_disk.transaction(added=3) as db:  # 6 added: past the commit size
        _insert(db, "b")
    assert _meta(on_disk) == 2
    with on_disk.transaction(added=1) as db:
        _insert(db, "c")
    on_disk.flush()
    assert _meta(on_disk) == 3
    with on_disk.transaction() as db:  # one that adds nothing commits at once
        _insert(db, "d")
    assert _meta(on_disk) == 4
    on_disk.close()


def test_a_failed_transaction_is_rolled_back(on_disk: CacheConnections) -> None:
    def add_twice() -> None:
        with on_disk.transaction(added=1) as db:
            _insert(db, "a")
            _insert(db, "a")

    with pytest.raises(sqlite3.IntegrityError):
        add_twice()
    on_disk.flush()
    assert _meta(on_disk) == 0
    on_disk.close()


def test_in_memory_readers_share_the_writer_and_its_open_transaction() -> None:
    connections = CacheConnections(memory_database(), None)
    with connections.transaction(added=1) as db:
        _insert(db, "a")
    assert _meta(connections) == 1
    connections.close()


def test_swapped_to_memory_readers_read_the_new_database(on_disk: CacheConnections) -> None:
    with on_disk.transaction() as db:
        _insert(db, "a")
    assert _meta(on_disk) == 1
    on_disk.swap_to_memory()
    assert on_disk.path is None
    assert _meta(on_disk) == 0
    on_disk.close()


def test_after_close_reads_fail(on_disk: CacheConnections) -> None:
    assert _meta(on_disk) == 0
    on_disk.close()
    with pytest.raises(sqlite3.ProgrammingError):
        _meta(on_disk)
