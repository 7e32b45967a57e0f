"""Where a folder's cache database lives, its schema, and opening it: rebuilt when unusable.

Whatever goes wrong with the file (garbage, corruption, an old schema, a lock, a read-only
directory) ends in a rebuilt database or none (the caller then keeps the folder in memory),
with a warning; it never stops a load.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

# 2: files.flags marks articles read with warnings. 3: files.warnings says which.
SCHEMA_VERSION = 3
APP_NAME = "arabic-news-reader"
# SQLite waits this long for another process's lock before the cache is bypassed.
_BUSY_SECONDS = 2.0
# The unit separator joins a row's tags in one column: it never occurs in a tag.
TAG_JOIN = "\x1f"
# Joins a row's warnings in one column: ArticleWarning.encode never writes a line break.
WARNING_JOIN = "\n"

_SCHEMA = f"""
CREATE TABLE schema_version (version INTEGER NOT NULL);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE files (
    id INTEGER PRIMARY KEY,
    path BLOB NOT NULL,
    size INTEGER,
    mtime_ns INTEGER,
    title TEXT,
    published TEXT,
    date_key REAL NOT NULL,
    source TEXT,
    tags TEXT NOT NULL,
    flags INTEGER NOT NULL,
    unseparated TEXT,
    warnings TEXT,
    article BLOB NOT NULL
);
CREATE INDEX files_path ON files (path);
CREATE TABLE snapshot (id INTEGER PRIMARY KEY CHECK (id = 0), data BLOB NOT NULL);
CREATE TABLE problems (path BLOB PRIMARY KEY, size INTEGER, mtime_ns INTEGER, reason TEXT);
-- The text is folded words, one space apart: the ascii tokenizer splits it on the spaces
-- (every non-ASCII character is a word character to it), faster than unicode61.
CREATE VIRTUAL TABLE search_index USING fts5 (
    words, content='', detail=none, tokenize="ascii tokenchars '_'"
);
INSERT INTO schema_version VALUES ({SCHEMA_VERSION});
"""


class _Rebuild(Exception):  # noqa: N818 - a signal to rebuild, not an error to report
    """The database file must be deleted and created anew; the message says why."""


def default_cache_dir() -> Path:
    """Return the user cache directory of the reader (XDG_CACHE_HOME on Linux)."""
    # Imported here: the domain layer loads fast when no cache is opened.
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def database_path(folder: Path, cache_dir: Path) -> Path:
    """Return the database file of a folder: one per folder, named by its absolute path."""
    absolute = os.path.abspath(os.fsdecode(folder))
    digest = hashlib.sha256(absolute.encode("utf-8", "surrogateescape")).hexdigest()[:24]
    return cache_dir / f"folder-{digest}.sqlite3"


def open_database(
    folder: Path, cache_dir: Path | None, warnings: list[str]
) -> tuple[sqlite3.Connection, Path] | None:
    """Open or create the database of folder (in cache_dir, else the user cache directory).

    A database that is not one, is damaged or has another schema version is deleted and
    rebuilt; None, when the database cannot be used (locked, not writable, no folder for it)
    and the folder must be cached in memory. warnings gets a line for each of these.
    """
    try:
        directory = cache_dir if cache_dir is not None else default_cache_dir()
        directory.mkdir(parents=True, exist_ok=True)
        path = database_path(folder, directory)
    except OSError as error:
        warnings.append(
            f"the cache folder cannot be created ({error_reason(error)}); "
            "this folder is cached in memory only"
        )
        return None
    for attempt in range(2):
        try:
            return _connect(path), path
        except _Rebuild as rebuild:
            if attempt == 0:
                warnings.append(f"the cache {path} {rebuild}; it was rebuilt")
                if _remove_database(path):
                    continue
            warnings.append(
                f"the cache {path} could not be rebuilt; this folder is cached in memory only"
            )
        except (sqlite3.Error, OSError) as error:
            warnings.append(
                f"the cache {path} cannot be used ({error_reason(error)}); "
                "this folder is cached in memory only"
            )
        break
    return None


def memory_database() -> sqlite3.Connection:
    """Return a new empty database that lives in memory only, in this one connection."""
    connection = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
    connection.executescript(_SCHEMA)
    return connection


def connect_reader(path: Path) -> sqlite3.Connection:
    """Return a read-only connection to the database that open_database opened at path."""
    connection = sqlite3.connect(
        path, timeout=_BUSY_SECONDS, check_same_thread=False, isolation_level=None
    )
    connection.execute("PRAGMA query_only = ON")
    return connection


def error_reason(error: BaseException) -> str:
    """Return the human part of an OS or SQLite error."""
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error) or type(error).__name__


def path_value(path: str) -> str | bytes:
    """Return a path as SQLite can store it: text, or bytes for names that are not UTF-8."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return path.encode("utf-8", "surrogateescape")
    return path


def path_text(value: str | bytes) -> str:
    """Return the path path_value stored."""
    return value if isinstance(value, str) else value.decode("utf-8", "surrogateescape")


def split_tags(joined: str | None) -> tuple[str, ...]:
    """Return the tags stored joined with TAG_JOIN in one column."""
    return tuple(joined.split(TAG_JOIN)) if joined else ()


def _connect(path: Path) -> sqlite3.Connection:
    """Open the database at path, creating its schema; raise _Rebuild when it is unusable."""
    connection = sqlite3.connect(
        path, timeout=_BUSY_SECONDS, check_same_thread=False, isolation_level=None
    )
    try:
        try:
            tables = {
                name
                for (name,) in connection.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table'"
                )
            }
        except sqlite3.DatabaseError as error:
            if "locked" in str(error) or "busy" in str(error):
                raise
            raise _Rebuild(f"is not a readable database ({error})") from None
        if not tables:
            connection.execute("PRAGMA journal_mode = WAL")
            connection.executescript(_SCHEMA)
        else:
            try:
                (version,) = connection.execute("SELECT version FROM schema_version").fetchone()
            except (sqlite3.DatabaseError, TypeError):
                raise _Rebuild("has no schema version") from None
            if version != SCHEMA_VERSION:
                raise _Rebuild(f"has schema version {version}, not {SCHEMA_VERSION}")
            connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = NORMAL")
        # Fail now, not in the middle of a load, when the file cannot be written.
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("ROLLBACK")
    except BaseException:
        connection.close()
        raise
    return connection


def _remove_database(path: Path) -> bool:
    """Delete a database file and its WAL companions; tell whether it is gone."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        try:
            os.remove(f"{path}{suffix}")
        except FileNotFoundError:
            continue
        except OSError:
            return False
    return True
