"""The persistent article cache: one SQLite database per folder, with an FTS5 word index.

A folder's database (database.py) holds, for every file, its size and modification time, the
columns the article list shows, the parsed article (compressed JSON) and its folded words in an
FTS5 table; and, after a complete load, a snapshot of the library's columns (snapshot.py) that
a reopen lists at once, before it checks the files. A reopen parses only new or changed files.
What the window reads (articles, rows, search) comes through read-only connections that see
the last commit (connections.py), so that the window never waits for a load's writes. A
database that fails mid-way is swapped for one in memory.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path

from reader.domain.article import Article, LoadProblem
from reader.domain.flags import RowFlag
from reader.domain.problems import ArticleWarning, CacheWarning, CacheWarningCode
from reader.domain.store.article_codec import decode_article, decode_date
from reader.domain.store.article_memo import ArticleMemo
from reader.domain.store.connections import CacheConnections
from reader.domain.store.database import (
    TAG_JOIN,
    WARNING_JOIN,
    connect_existing,
    error_reason,
    memory_database,
    open_database,
    path_text,
    path_value,
    split_tags,
)
from reader.domain.store.frequent_terms import FrequentTerms
from reader.domain.store.query_search import Keys, search_keys
from reader.domain.store.rows import ArticleRow, ParsedFile
from reader.domain.store.search_words import FIELD_JOIN, search_columns
from reader.domain.store.snapshot import (
    LibrarySnapshot,
    decode_snapshot,
    encode_snapshot,
    set_file_stats,
)

# Bits of files.flags, as plain ints: rows() tests them for every stored file.
_HAS_UNSEPARATED = int(RowFlag.HAS_UNSEPARATED)
_RETAGGED = int(RowFlag.RETAGGED)
_HAS_WARNINGS = int(RowFlag.HAS_WARNINGS)
# How many parsed articles article() keeps, so that list painting does not hit the database.
_ARTICLE_MEMO = 128

_Known = dict[str, tuple[int, int | None, int | None]]
_KnownProblems = dict[str, tuple[int | None, int | None, str]]


class ArticleCache:
    """One folder's cache database (or an in-memory stand-in); safe to share between threads.

    The loader's reads (stats, snapshot, vocabulary) go through the writer's connection and
    see its open transaction; article(), parsed_article(), rows(), article_warnings() and
    search() read the last commit without waiting for the writer.
    """

    def __init__(
        self,
        connection: sqlite3.Connection,
        path: Path | None,
        warnings: Iterable[CacheWarning] = (),
        folder: Path | None = None,
    ) -> None:
        self._connections = CacheConnections(connection, path)
        self._memo = ArticleMemo(_ARTICLE_MEMO)
        self.warnings: list[CacheWarning] = list(warnings)
        # The folder whose files the cache holds, as it was named when opened.
        self.folder = os.fsdecode(folder) if folder is not None else None

    @property
    def path(self) -> Path | None:
        """The database file, or None when the cache lives in memory."""
        return self._connections.path

    @property
    def connections(self) -> CacheConnections:
        """The database's connections, for the tables kept beside the files (word_index)."""
        return self._connections

    @property
    def persistent(self) -> bool:
        """Tell whether the cache lives on disk (False: in memory, gone when closed)."""
        return self.path is not None

    @classmethod
    def in_memory(
        cls, warnings: Iterable[CacheWarning] = (), folder: Path | None = None
    ) -> ArticleCache:
        """Return an empty cache that lives in memory only."""
        return cls(memory_database(), None, warnings, folder)

    @classmethod
    def open(cls, folder: Path, cache_dir: Path | None = None) -> ArticleCache:
        """Open or create the cache of folder; never raises: falls back to memory with a warning.

        cache_dir defaults to the user cache directory; open_database says what is rebuilt
        and what is bypassed.
        """
        warnings: list[CacheWarning] = []
        opened = open_database(folder, cache_dir, warnings)
        if opened is None:
            return cls.in_memory(warnings, folder)
        connection, path = opened
        return cls(connection, path, warnings, folder)

    @classmethod
    def open_existing(cls, path: Path, folder: Path) -> ArticleCache | None:
        """Open the cache database at path, of folder, as it is; None when it cannot be used
        (it is then left alone: another process owns it)."""
        connection = connect_existing(path)
        return None if connection is None else cls(connection, path, [], folder)

    def close(self) -> None:
        """Commit and close the database."""
        self._connections.close()

    def bypass(self, error: BaseException) -> None:
        """Swap in an empty in-memory database after the file one failed mid-way."""
        self.warnings.append(
            CacheWarning(CacheWarningCode.FAILED, str(self.path), error_reason(error))
        )
        self._connections.swap_to_memory()
        # The keys now name the new database's articles.
        self._memo.clear()

    def flush(self) -> None:
        """Commit what add() left in an open transaction."""
        self._connections.flush()

    def stats(self, files: bool = True) -> tuple[_Known, _KnownProblems]:
        """Return what the cache knows, paths relative to the folder: path -> (key, size,
        mtime_ns) of each article (unless files is False), and of each problem file."""
        with self._connections.writing() as db:
            known = (
                {
                    path_text(path): (key, size, mtime)
                    for key, path, size, mtime in db.execute(
                        "SELECT id, path, size, mtime_ns FROM files"
                    )
                }
                if files
                else {}
            )
            problems = {
                path_text(path): (size, mtime, reason)
                for path, size, mtime, reason in db.execute("SELECT * FROM problems")
            }
        return known, problems

    def rows(self, folder: str, keys: Iterable[int] | None = None) -> list[ArticleRow]:
        """Return the rows of the cached files (all, or those with keys), paths under folder."""
        sql = "SELECT id, path, title, published, date_key, source, tags, flags FROM files"
        records = self._connections.select(sql, keys)
        prefix = folder + os.sep if folder else ""
        return [
            ArticleRow(
                key=key,
                path=prefix + (path if type(path) is str else path_text(path)),
                title=title,
                published=decode_date(published),
                source=source,
                tags=split_tags(tags),
                date_key=date_key,
                has_unseparated=bool(flags & _HAS_UNSEPARATED),
                retagged=bool(flags & _RETAGGED),
                has_warnings=bool(flags & _HAS_WARNINGS),
            )
            for key, path, title, published, date_key, source, tags, flags in records
        ]

    def article_warnings(self, keys: Iterable[int]) -> dict[int, tuple[ArticleWarning, ...]]:
        """Return the warnings of the articles with these keys that were read with some."""
        records = self._connections.select("SELECT id, warnings FROM files", keys)
        return {
            key: tuple(map(ArticleWarning.decode, text.split(WARNING_JOIN)))
            for key, text in records
            if text
        }

    def add(self, parsed: Sequence[ParsedFile], folder: str = "") -> list[ArticleRow]:
        """Store parsed files (paths under folder are stored relative to it); return their rows."""
        if not parsed:
            return []
        skip = len(folder) + 1 if folder else 0
        rows = []
        with self._connections.transaction(added=len(parsed)) as db:
            db.execute("DELETE FROM meta WHERE key = 'vocabulary'")
            db.execute("DELETE FROM snapshot")
            for item in parsed:
                flags = (_HAS_UNSEPARATED if item.unseparated else 0) | (
                    _HAS_WARNINGS if item.warnings else 0
                )
                cursor = db.execute(
                    "INSERT INTO files (path, size, mtime_ns, title, published, date_key, source,"
                    " tags, flags, unseparated, warnings, article)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        path_value(item.path[skip:]),
                        item.size,
                        item.mtime_ns,
                        item.title,
                        item.published,
                        item.date_key,
                        item.source,
                        TAG_JOIN.join(item.tags),
                        flags,
                        item.unseparated,
                        WARNING_JOIN.join(item.warnings) or None,
                        item.blob,
                    ),
                )
                key = cursor.lastrowid
                assert key is not None  # an INSERT always sets it
                db.execute(
                    "INSERT INTO search_index (rowid, title, body, source, tags)"
                    " VALUES (?, ?, ?, ?, ?)",
                    (key, *item.words.split(FIELD_JOIN)),
                )
                rows.append(
                    ArticleRow(
                        key=key,
                        path=item.path,
                        title=item.title,
                        published=decode_date(item.published),
                        source=item.source,
                        tags=item.tags,
                        date_key=item.date_key,
                        has_unseparated=bool(flags & _HAS_UNSEPARATED),
                        has_warnings=bool(item.warnings),
                    )
                )
        return rows

    def add_problems(
        self, problems: Sequence[tuple[LoadProblem, int | None, int | None]], folder: str = ""
    ) -> None:
        """Remember files that are not articles, with their stat, so a reopen skips them."""
        skip = len(folder) + 1 if folder else 0
        with self._connections.transaction() as db:
            db.executemany(
                "INSERT OR REPLACE INTO problems VALUES (?, ?, ?, ?)",
                [
                    (path_value(p.path[skip:]), size, mtime, p.encode())
                    for p, size, mtime in problems
                ],
            )

    def remove(self, keys: Sequence[int], problem_paths: Sequence[str] = ()) -> None:
        """Forget the files with these keys (deleted or changed), and these problem files."""
        if not keys and not problem_paths:
            return
        with self._connections.transaction() as db:
            if keys:
                db.execute("DELETE FROM meta WHERE key = 'vocabulary'")
                db.execute("DELETE FROM snapshot")
            for key in keys:
                record = db.execute("SELECT article FROM files WHERE id = ?", (key,)).fetchone()
                if record is None:
                    continue
                # A contentless FTS5 table forgets a row when told exactly what it indexed.
                columns = search_columns(decode_article(record[0], ""))
                db.execute(
                    "INSERT INTO search_index (search_index, rowid, title, body, source, tags)"
                    " VALUES ('delete', ?, ?, ?, ?, ?)",
                    (key, *columns),
                )
                db.execute("DELETE FROM files WHERE id = ?", (key,))
            db.executemany(
                "DELETE FROM problems WHERE path = ?", [(path_value(p),) for p in problem_paths]
            )
        self._memo.forget(keys)

    def article(self, key: int, path: str) -> Article:
        """Return the parsed article stored under key, as read from path."""
        article = self._memo.get(key)
        if article is not None:
            return article
        version = self._memo.version()
        with self._connections.reading() as db:
            record = db.execute("SELECT article, tags FROM files WHERE id = ?", (key,)).fetchone()
        if record is None:
            raise KeyError(key)
        article = decode_article(record[0], path)
        tags = split_tags(record[1])
        if tags != article.tags:
            article = replace(article, tags=tags)
        self._memo.put(key, article, version)
        return article

    def parsed_article(self, key: int, path: str) -> Article:
        """Return the article as the parser made it, before any regrouping of its tags."""
        with self._connections.reading() as db:
            record = db.execute("SELECT article FROM files WHERE id = ?", (key,)).fetchone()
        if record is None:
            raise KeyError(key)
        return decode_article(record[0], path)

    def unseparated_rows(self) -> Iterator[tuple[int, list[str], tuple[str, ...], bool]]:
        """Yield (key, folded tag words, tags, whether regrouped) of every article whose tag
        line had no separators."""
        with self._connections.writing() as db:
            records = db.execute(
                "SELECT id, unseparated, tags, flags FROM files WHERE unseparated IS NOT NULL"
            ).fetchall()
        for key, words, tags, flags in records:
            yield key, words.split(" "), split_tags(tags), bool(flags & _RETAGGED)

    def separated_tags(self) -> Iterator[tuple[str, ...]]:
        """Yield the tags of every article whose tag lines all had separators."""
        with self._connections.writing() as db:
            records = db.execute(
                "SELECT tags FROM files WHERE unseparated IS NULL AND tags != ''"
            ).fetchall()
        for (tags,) in records:
            yield split_tags(tags)

    def set_tags(self, changes: Sequence[tuple[int, tuple[str, ...], bool]]) -> None:
        """Store regrouped tags: (key, tags, whether they differ from the parser's)."""
        if not changes:
            return
        with self._connections.transaction() as db:
            db.executemany(
                "UPDATE files SET tags = ?, flags = (flags & ~?) | ? WHERE id = ?",
                [
                    (TAG_JOIN.join(tags), _RETAGGED, _RETAGGED if retagged else 0, key)
                    for key, tags, retagged in changes
                ],
            )
        self._memo.forget(key for key, _tags, _retagged in changes)

    def load_snapshot(self) -> LibrarySnapshot | None:
        """Return the stored library snapshot, or None when there is none (or it is unusable)."""
        if self.folder is None:
            return None
        with self._connections.writing() as db:
            record = db.execute("SELECT data FROM snapshot").fetchone()
        if record is None:
            return None
        try:
            return decode_snapshot(record[0], self.folder)
        except ValueError:
            # Another format (an older reader, another Python): stored anew after this load.
            with contextlib.suppress(sqlite3.Error), self._connections.transaction() as db:
                db.execute("DELETE FROM snapshot")
            return None

    def article_count(self) -> int:
        """Return how many articles the cache holds (as of its last commit)."""
        with self._connections.reading() as db:
            (count,) = db.execute("SELECT count(*) FROM files").fetchone()
        return int(count)

    def has_snapshot(self) -> bool:
        """Tell whether a snapshot of the current files is stored."""
        with self._connections.writing() as db:
            return db.execute("SELECT 1 FROM snapshot").fetchone() is not None

    def save_snapshot(self, snapshot: LibrarySnapshot) -> None:
        """Store a library snapshot, filling in the size and mtime of each file."""
        if self.folder is None:
            return
        with self._connections.writing() as db:
            stats = {
                key: (size, mtime)
                for key, size, mtime in db.execute("SELECT id, size, mtime_ns FROM files")
            }
        set_file_stats(snapshot, stats)
        data = encode_snapshot(snapshot, self.folder)
        with self._connections.transaction() as db:
            db.execute("INSERT OR REPLACE INTO snapshot VALUES (0, ?)", (data,))

    def vocabulary_applied(self) -> bool:
        """Tell whether the stored tags are regrouped with the vocabulary of the stored files."""
        with self._connections.writing() as db:
            record = db.execute("SELECT 1 FROM meta WHERE key = 'vocabulary'").fetchone()
        return record is not None

    def mark_vocabulary_applied(self) -> None:
        """Record that the stored tags are regrouped; adding or removing files undoes it."""
        with self._connections.writing() as db:
            db.execute("INSERT OR REPLACE INTO meta VALUES ('vocabulary', '1')")

    def search(self, queries: Sequence[str], frequent: FrequentTerms | None = None) -> Keys:
        """Return the keys (ascending) of the articles that every query finds, each in the
        search syntax (query_syntax; a folded word is one: it is found behind any proclitic);
        frequent: the bitmaps of the cache's frequent words, when kept."""
        return search_keys(queries, self._connections.reading, frequent)
