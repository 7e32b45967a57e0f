"""Where a folder's cache database lives, its schema, and opening it: rebuilt when unusable.

Whatever goes wrong with the file (garbage, corruption, an old schema, a lock, a read-only
directory) ends in a rebuilt database or none (the caller then keeps the folder in memory),
with a warning (a CacheWarning: a code, the file, the reason); it never stops a load.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

from reader.domain.problems import CacheWarning, CacheWarningCode

# 2: files.flags marks articles read with warnings. 3: files.warnings says which.
# 4: the search index has a column per field, words in order (phrases, fields, prefixes).
# 5: copy_signatures and copy_groups hold syndicated copies (store/copy_store.py).
SCHEMA_VERSION = 5
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
-- Each column is a field's folded words in order, one space apart (store/search_words.py):
-- the ascii tokenizer splits on the spaces (every non-ASCII character is a word character
-- to it), faster than unicode61. Positions (detail=full) make phrases possible.
CREATE VIRTUAL TABLE search_index USING fts5 (
    title, body, source, tags, content='', detail=full, tokenize="ascii tokenchars '_'"
);
-- Syndicated copies (store/copy_store.py): a body's signature by files.id, dropped with
-- its row; the groups of two or more copies, by story (earliest member) and rank. Any
-- article added or removed drops meta 'copies', which says the groups are up to date.
CREATE TABLE copy_signatures (
    id INTEGER PRIMARY KEY, words INTEGER NOT NULL, digest INTEGER NOT NULL, minhash BLOB
);
CREATE TABLE copy_groups (id INTEGER PRIMARY KEY, story INTEGER NOT NULL, rank INTEGER NOT NULL);
CREATE INDEX copy_groups_story ON copy_groups (story, rank);
CREATE TRIGGER copy_signatures_forget AFTER DELETE ON files BEGIN
    DELETE FROM copy_signatures WHERE id = old.id;
    DELETE FROM meta WHERE key = 'copies';
END;
CREATE TRIGGER copy_groups_outdated AFTER INSERT ON files BEGIN
    DELETE FROM meta WHERE key = 'copies';
END;
INSERT INTO schema_version VALUES ({SCHEMA_VERSION});
"""


# SQLite's primary result codes for a database another connection holds.
_BUSY_CODES = frozenset({sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED})
_READ_ONLY_CODES = frozenset({sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM})


class _Rebuild(Exception):  # noqa: N818 - a signal to rebuild, not an error to report
    """The database file must be deleted and created anew: code and detail say why."""

    def __init__(self, code: CacheWarningCode, detail: str = "") -> None:
        super().__init__(code, detail)
        self.code = code
        self.detail = detail


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
    folder: Path, cache_dir: Path | None, warnings: list[CacheWarning]
) -> tuple[sqlite3.Connection, Path] | None:
    """Open or create the database of folder (in cache_dir, else the user cache directory).

    A database that is not one, is damaged or has another schema version is deleted and
    rebuilt; None, when the database cannot be used (locked, not writable, no folder for it)
    and the folder must be cached in memory. warnings gets a CacheWarning for each of these.
    """
    directory = cache_dir if cache_dir is not None else default_cache_dir()
    try:
        directory.mkdir(parents=True, exist_ok=True)
        path = database_path(folder, directory)
    except OSError as error:
        warnings.append(
            CacheWarning(CacheWarningCode.NO_FOLDER, str(directory), error_reason(error))
        )
        return None
    for attempt in range(2):
        try:
            return _connect(path), path
        except _Rebuild as rebuild:
            if attempt == 0:
                warnings.append(CacheWarning(rebuild.code, str(path), rebuild.detail))
                if _remove_database(path):
                    continue
            warnings.append(CacheWarning(CacheWarningCode.NOT_REBUILT, str(path)))
        except (sqlite3.Error, OSError) as error:
            warnings.append(
                CacheWarning(_unusable_code(path, error), str(path), error_reason(error))
            )
        break
    return None


def _unusable_code(path: Path, error: sqlite3.Error | OSError) -> CacheWarningCode:
    """Return why a database cannot be used: held by another program, not writable, other."""
    code = _sqlite_code(error)
    if code in _BUSY_CODES:
        return CacheWarningCode.LOCKED
    # A folder that cannot be written fails as "unable to open database file" too.
    if (
        code in _READ_ONLY_CODES
        or isinstance(error, PermissionError)
        or not os.access(path.parent, os.W_OK)
    ):
        return CacheWarningCode.READ_ONLY
    return CacheWarningCode.UNUSABLE


def _sqlite_code(error: BaseException) -> int | None:
    """Return SQLite's primary result code of an error (None for another error)."""
    code = getattr(error, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


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
            if _sqlite_code(error) in _BUSY_CODES:
                raise
            raise _Rebuild(CacheWarningCode.DAMAGED, str(error)) from None
        if not tables:
            connection.execute("PRAGMA journal_mode = WAL")
            connection.executescript(_SCHEMA)
        else:
            try:
                (version,) = connection.execute("SELECT version FROM schema_version").fetchone()
            except (sqlite3.DatabaseError, TypeError):
                raise _Rebuild(CacheWarningCode.NO_VERSION) from None
            if version != SCHEMA_VERSION:
                raise _Rebuild(CacheWarningCode.OUTDATED, str(version))
            connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = NORMAL")
        # Fail now, not in the middle of a load, when the file cannot be written.
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("ROLLBACK")
    except BaseException:
        connection.close()
        raise
    return connection


def connect_existing(path: Path) -> sqlite3.Connection | None:
    """Open the usable database at path as it is (another process's cache), or return None:
    never rebuilt, never deleted."""
    if not path.is_file():
        return None
    try:
        return _connect(path)
    except (_Rebuild, sqlite3.Error, OSError):
        return None


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
