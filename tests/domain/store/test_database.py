"""The cache database's file: where it lives, and what happens when it cannot be used: each
situation gives its warning's code, with the file and the reason."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from reader.domain.library.library import save_snapshot
from reader.domain.library.query import Query
from reader.domain.problems import CacheWarning, CacheWarningCode
from reader.domain.store import database as database_module
from reader.domain.store.cache import ArticleCache
from reader.domain.store.database import database_path, default_cache_dir, open_database
from tests.domain.store.conftest import ARTICLES, open_library, titles, write_file


def codes(warnings: list[CacheWarning]) -> list[CacheWarningCode]:
    """Return the code of each warning."""
    return [warning.code for warning in warnings]


def test_a_garbage_cache_file_is_rebuilt_with_a_warning(folder: Path, cache_dir: Path) -> None:
    cache_dir.mkdir()
    database_path(folder, cache_dir).write_bytes(b"this is no database " * 100)
    library = open_library(folder, cache_dir)
    assert titles(library) == ["خبر أ", "خبر ب", "خبر ج"]
    [warning] = library.cache_warnings
    assert warning.code is CacheWarningCode.DAMAGED
    assert warning.path == str(database_path(folder, cache_dir))
    assert warning.detail  # SQLite's reason
    assert library.cache.persistent
    assert open_library(folder, cache_dir).cache_warnings == []


def test_an_outdated_schema_is_rebuilt(folder: Path, cache_dir: Path) -> None:
    open_library(folder, cache_dir).cache.close()
    with sqlite3.connect(database_path(folder, cache_dir)) as db:
        db.execute("UPDATE schema_version SET version = 0")
    library = open_library(folder, cache_dir)
    assert library.cache_warnings == [
        CacheWarning(CacheWarningCode.OUTDATED, str(database_path(folder, cache_dir)), "0")
    ]
    assert titles(library) == ["خبر أ", "خبر ب", "خبر ج"]


def test_a_cache_folder_that_cannot_be_created_is_bypassed(folder: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    library = open_library(folder, blocker / "cache")
    assert not library.cache.persistent
    [warning] = library.cache_warnings
    assert warning.code is CacheWarningCode.NO_FOLDER
    assert warning.path == str(blocker / "cache")
    assert titles(library, Query(search="الصين")) == ["خبر أ", "خبر ج"]
    warnings: list[CacheWarning] = []
    assert open_database(folder, blocker / "cache", warnings) is None
    assert warnings == [library.cache_warnings[0]]


def test_a_read_only_cache_folder_still_opens_the_folder(folder: Path, cache_dir: Path) -> None:
    cache_dir.mkdir()
    cache_dir.chmod(0o500)
    try:
        library = open_library(folder, cache_dir)
        assert titles(library, Query(include=("روسيا",))) == ["خبر أ", "خبر ب"]
        if not os.access(cache_dir, os.W_OK):  # root writes anyway
            assert not library.cache.persistent
            assert codes(library.cache_warnings) == [CacheWarningCode.READ_ONLY]
    finally:
        cache_dir.chmod(0o700)


def test_a_locked_cache_is_bypassed(
    folder: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_library(folder, cache_dir).cache.close()
    monkeypatch.setattr(database_module, "_BUSY_SECONDS", 0.05)
    holder = sqlite3.connect(database_path(folder, cache_dir), isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        library = open_library(folder, cache_dir)
    finally:
        holder.close()
    assert library.cache_warnings == [
        CacheWarning(
            CacheWarningCode.LOCKED, str(database_path(folder, cache_dir)), "database is locked"
        )
    ]
    assert titles(library) == ["خبر أ", "خبر ب", "خبر ج"]


def test_a_database_of_another_program_is_rebuilt(folder: Path, cache_dir: Path) -> None:
    cache_dir.mkdir()
    with sqlite3.connect(database_path(folder, cache_dir)) as db:
        db.execute("CREATE TABLE notes (text TEXT)")
    db.close()
    library = open_library(folder, cache_dir)
    assert codes(library.cache_warnings) == [CacheWarningCode.NO_VERSION]
    assert library.cache.persistent


@pytest.mark.parametrize(
    ("sqlite_code", "code"),
    [
        (sqlite3.SQLITE_READONLY, CacheWarningCode.READ_ONLY),
        (sqlite3.SQLITE_BUSY, CacheWarningCode.LOCKED),
        (sqlite3.SQLITE_IOERR, CacheWarningCode.UNUSABLE),
    ],
)
def test_a_database_that_cannot_be_opened_says_why(
    folder: Path,
    cache_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    sqlite_code: int,
    code: CacheWarningCode,
) -> None:
    # As SQLite fails on a read-only file or folder (root writes anyway), and otherwise.
    def fail(path: Path) -> sqlite3.Connection:
        error = sqlite3.OperationalError("it failed")
        error.sqlite_errorcode = sqlite_code
        raise error

    monkeypatch.setattr(database_module, "_connect", fail)
    library = open_library(folder, cache_dir)
    assert library.cache_warnings == [
        CacheWarning(code, str(database_path(folder, cache_dir)), "it failed")
    ]
    assert titles(library) == ["خبر أ", "خبر ب", "خبر ج"]


def test_a_database_that_cannot_be_deleted_is_not_rebuilt(
    folder: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache_dir.mkdir()
    database_path(folder, cache_dir).write_bytes(b"this is no database " * 100)
    monkeypatch.setattr(database_module, "_remove_database", lambda path: False)
    library = open_library(folder, cache_dir)
    assert codes(library.cache_warnings) == [
        CacheWarningCode.DAMAGED,
        CacheWarningCode.NOT_REBUILT,
    ]
    assert not library.cache.persistent


def test_a_database_that_fails_mid_way_is_swapped_for_memory(folder: Path, cache_dir: Path) -> None:
    library = open_library(folder, cache_dir)
    path = str(library.cache.path)
    library.cache.bypass(sqlite3.OperationalError("disk I/O error"))
    assert library.cache_warnings == [CacheWarning(CacheWarningCode.FAILED, path, "disk I/O error")]
    assert not library.cache.persistent


def test_a_list_the_cache_cannot_store_is_said(
    folder: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = ArticleCache.open(folder, cache_dir)

    def broken() -> bool:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(cache, "has_snapshot", broken)
    save_snapshot(cache, lambda: pytest.fail("no snapshot is made"))
    assert cache.warnings == [
        CacheWarning(CacheWarningCode.LIST_NOT_STORED, str(cache.path), "database or disk is full")
    ]
    cache.close()


def test_the_default_cache_folder_follows_xdg_cache_home(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert default_cache_dir() == tmp_path / "xdg" / "arabic-news-reader"
    cache = ArticleCache.open(folder)
    assert cache.path is not None
    assert cache.path.parent == tmp_path / "xdg" / "arabic-news-reader"
    cache.close()


def test_one_database_per_folder(tmp_path: Path, cache_dir: Path) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    write_file(one, "a.txt", ARTICLES["a.txt"])
    write_file(two, "b.txt", ARTICLES["b.txt"])
    assert titles(open_library(one, cache_dir)) == ["خبر أ"]
    assert titles(open_library(two, cache_dir)) == ["خبر ب"]
    assert titles(open_library(one, cache_dir)) == ["خبر أ"]
    assert len(list(cache_dir.glob("*.sqlite3"))) == 2
