"""Read and starred marks of a folder's articles, kept in the user data folder by relative path.

One SQLite database per folder (named, like its cache, after the folder's absolute path)
under <user data>/marks: never in the article folder, never in the cache, so that deleting
the cache keeps them. An article is keyed by its path relative to the folder, so a mark
survives edits of its file, and a folder moved elsewhere takes its marks along (adopted by the
first open at the new place). Each change is one SQLite transaction: whole or not at all.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import IntFlag
from pathlib import Path

from reader.domain.store.database import database_path, error_reason
from reader.domain.user_data import default_data_dir

MARKS_FOLDER = "marks"
_BUSY_SECONDS = 5.0
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS marks (path BLOB PRIMARY KEY, flags INTEGER NOT NULL) WITHOUT ROWID;
"""
# A moved folder's database is adopted when one of its first marked files is found there.
_ADOPTION_PROBES = 20


class Mark(IntFlag):
    """A mark an article can carry; an article with none is unread and not starred."""

    READ = 1
    STARRED = 2


_KNOWN_BITS = int(Mark.READ | Mark.STARRED)


@dataclass(frozen=True, slots=True)
class MarksFilter:
    """Which marks a listing keeps: only unread articles, only starred ones, or both."""

    unread: bool = False
    starred: bool = False

    def is_empty(self) -> bool:
        """Tell whether the filter lets every article through."""
        return not (self.unread or self.starred)


class MarksUnavailableError(Exception):
    """Raised when the marks cannot be read or written; the message says why, in English."""


def relative_key(folder: Path, path: str) -> str | None:
    """Return an article file's key: its path relative to folder with "/" between the parts
    (the same on every system); None for a path outside folder."""
    try:
        relative = os.path.relpath(path, folder)
    except ValueError:  # another drive, on Windows
        return None
    if relative == os.pardir or relative.startswith(os.pardir + os.sep) or relative == ".":
        return None
    return relative.replace(os.sep, "/")


def key_path(folder: Path, key: str) -> str:
    """Return the path of a key's file as a load of folder spells it (os.path.join of parts)."""
    return os.path.join(os.fspath(folder), *key.split("/"))


def _blob(key: str) -> bytes:
    # Bytes: a file name that is not UTF-8 keeps its bytes (lone surrogates in Python).
    return key.encode("utf-8", "surrogateescape")


def _key(blob: bytes) -> str:
    return bytes(blob).decode("utf-8", "surrogateescape")


class FolderMarks:
    """The marks of one folder's articles, by key (relative_key); the database is created by
    the first mark, so that only reading marks leaves no file behind."""

    def __init__(self, folder: Path, database: Path) -> None:
        self.folder = folder
        self.database = database
        # Grows with every change, so that what is built from the marks knows it is stale.
        self.revision = 0
        self._connection: sqlite3.Connection | None = None

    @classmethod
    def open(cls, folder: Path, data_dir: Path | None = None) -> FolderMarks:
        """Return the marks of folder, kept under data_dir (default: the user data folder)."""
        directory = (data_dir if data_dir is not None else default_data_dir()) / MARKS_FOLDER
        marks = cls(folder, database_path(folder, directory))
        if not marks.database.exists():
            _adopt_moved_folder(folder, marks.database)
        return marks

    def __enter__(self) -> FolderMarks:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the database (a later call opens it again)."""
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def _database(self, *, create: bool) -> sqlite3.Connection | None:
        if self._connection is not None:
            return self._connection
        if not create and not self.database.exists():
            return None
        try:
            self.database.parent.mkdir(parents=True, exist_ok=True)
            connection = sqlite3.connect(self.database, timeout=_BUSY_SECONDS, isolation_level=None)
            try:
                connection.executescript(_SCHEMA)
                # A commit then writes the log without waiting for the disk: an article
                # shown marks itself read at once; a power cut may lose the last marks,
                # never the file.
                connection.execute("PRAGMA journal_mode = WAL")
                connection.execute("PRAGMA synchronous = NORMAL")
            except BaseException:
                connection.close()
                raise
        except (sqlite3.Error, OSError) as error:
            raise MarksUnavailableError(
                f"the marks {self.database} cannot be used ({error_reason(error)})"
            ) from error
        self._connection = connection
        return connection

    def marked(self) -> Iterator[tuple[str, Mark]]:
        """Yield (key, marks) of every marked article."""
        for key, flags in self.marked_bits():
            yield key, Mark(flags)

    def marked_bits(self) -> list[tuple[str, int]]:
        """Return (key, Mark bits as an int) of every marked article: a whole folder's marks
        are looked up at once, and an IntFlag per article would cost more than the rest."""
        connection = self._database(create=False)
        if connection is None:
            return []
        try:
            rows = connection.execute("SELECT path, flags FROM marks").fetchall()
        except sqlite3.Error as error:
            raise MarksUnavailableError(
                f"the marks {self.database} cannot be read ({error_reason(error)})"
            ) from error
        known = _KNOWN_BITS
        return [(_key(blob), flags & known) for blob, flags in rows]

    def keys(self, mark: Mark) -> set[str]:
        """Return the keys of the articles carrying mark."""
        return {key for key, marks in self.marked() if marks & mark}

    def marks_of(self, key: str) -> Mark:
        """Return the marks of one article."""
        connection = self._database(create=False)
        if connection is None:
            return Mark(0)
        row = connection.execute("SELECT flags FROM marks WHERE path = ?", (_blob(key),)).fetchone()
        return Mark(0) if row is None else Mark(row[0] & _KNOWN_BITS)

    def set_mark(self, keys: Iterable[str], mark: Mark, on: bool = True) -> None:
        """Give articles a mark (on) or take it off, in one transaction."""
        blobs = [(_blob(key),) for key in keys]
        if not blobs or (not on and self._database(create=False) is None):
            return
        connection = self._database(create=True)
        assert connection is not None  # create=True opens it or raises
        bit = int(mark)
        try:
            connection.execute("BEGIN IMMEDIATE")
            try:
                # Where the folder is now: a folder moved elsewhere is known by it.
                connection.execute(
                    "INSERT OR REPLACE INTO meta VALUES ('folder', ?)",
                    (os.path.abspath(os.fsdecode(self.folder)),),
                )
                if on:
                    connection.executemany(
                        f"INSERT INTO marks VALUES (?, {bit}) "
                        f"ON CONFLICT (path) DO UPDATE SET flags = flags | {bit}",
                        blobs,
                    )
                else:
                    connection.executemany(
                        f"UPDATE marks SET flags = flags & ~{bit} WHERE path = ?", blobs
                    )
                    connection.executemany("DELETE FROM marks WHERE path = ? AND flags = 0", blobs)
                connection.execute("COMMIT")
            except BaseException:
                connection.execute("ROLLBACK")
                raise
        except sqlite3.Error as error:
            raise MarksUnavailableError(
                f"the marks {self.database} cannot be written ({error_reason(error)})"
            ) from error
        self.revision += 1


def _recorded_folder(database: Path) -> tuple[str, list[str]] | None:
    """Return the folder a marks database was made for and its first marked keys."""
    try:
        connection = sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True)
        try:
            row = connection.execute("SELECT value FROM meta WHERE key = 'folder'").fetchone()
            blobs = connection.execute(
                f"SELECT path FROM marks LIMIT {_ADOPTION_PROBES}"
            ).fetchall()
        finally:
            connection.close()
    except sqlite3.Error:
        return None
    return (row[0], [_key(blob) for (blob,) in blobs]) if row else None


def _adopt_moved_folder(folder: Path, database: Path) -> None:
    """Take over the marks of a folder that moved here: its old place is gone, it had the same
    name, and files it marked are here."""
    try:
        candidates = sorted(database.parent.glob("folder-*.sqlite3"))
    except OSError:
        return
    for candidate in candidates:
        recorded = _recorded_folder(candidate)
        if recorded is None:
            continue
        old_folder, keys = recorded
        if Path(old_folder).name != Path(os.path.abspath(folder)).name:
            continue
        if os.path.exists(old_folder):
            continue
        if any(os.path.isfile(key_path(folder, key)) for key in keys):
            try:
                # A log a crash left behind holds the last marks: it goes along (the index
                # file beside it is rebuilt).
                if os.path.exists(f"{candidate}-wal"):
                    os.replace(f"{candidate}-wal", f"{database}-wal")
                os.replace(candidate, database)
                if os.path.exists(f"{candidate}-shm"):
                    os.remove(f"{candidate}-shm")
            except OSError:
                return
            return
