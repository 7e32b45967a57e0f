"""The persistent article cache: one SQLite database per folder, with an FTS5 word index.

A folder's database lives in the user cache directory (platformdirs, which honours
XDG_CACHE_HOME) and holds, for every file, its size and modification time, the columns the
article list shows, the parsed article (compressed JSON) and its folded words in an FTS5
table; and, after a complete load, a snapshot of the library's columns (marshal data) that a
reopen lists at once, before it checks the files. A reopen parses only new or changed files.
Whatever goes wrong with the database (garbage, corruption, an old schema, a lock, a
read-only directory) ends in a rebuilt database or an in-memory one, with a warning; it never
stops a load.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import marshal
import os
import sqlite3
import sys
import threading
import zlib
from array import array
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from reader.domain.article import Article, LoadProblem, RelatedItem, display_title
from reader.domain.text.arabic import fold, folded_words
from reader.domain.text.search import match_expression

# 2: files.flags marks articles read with warnings. 3: files.warnings says which.
SCHEMA_VERSION = 3
# Marshal's format may change between Python versions: a snapshot from another is ignored.
_SNAPSHOT_FORMAT = f"library-4/python-{sys.version_info.major}.{sys.version_info.minor}"
# A snapshot's text columns are marshalled in pieces of this many items.
_SNAPSHOT_PIECE = 10_000
APP_NAME = "arabic-news-reader"
# The unit separator joins a row's tags in one column: it never occurs in a tag.
_TAG_JOIN = "\x1f"
# A warning is about one line of a file: a line break never occurs in one.
_WARNING_JOIN = "\n"
# Bits of files.flags (and of the library's flags column).
_HAS_UNSEPARATED = 1
_RETAGGED = 2
_HAS_WARNINGS = 8
# How many parsed articles article() keeps, so that list painting does not hit the database.
_ARTICLE_MEMO = 128
# A load commits after this many new articles (each commit makes FTS5 write a segment).
_COMMIT_ROWS = 4000
# SQLite waits this long for another process's lock before the cache is bypassed.
_BUSY_SECONDS = 2.0

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


@dataclass(frozen=True, slots=True)
class ArticleRow:
    """What the article list shows of one article; `key` finds the whole article in the cache."""

    key: int
    path: str
    title: str | None
    published: date | datetime | None
    source: str | None
    tags: tuple[str, ...]
    # date_sort_key as one number: what the newest/oldest orders sort by.
    date_key: float = -1.0
    # True when a tag line had no separators (the library may regroup its words), and when
    # the tags are already regrouped with the folder's vocabulary.
    has_unseparated: bool = False
    retagged: bool = False
    # True when the parser noted warnings: library.article(id).warnings says which.
    has_warnings: bool = False

    @property
    def display_title(self) -> str:
        """The headline, or the file name when the article has none."""
        return display_title(self.title, self.path)


@dataclass(frozen=True, slots=True)
class ParsedFile:
    """A parsed file as a worker sends it: its stat, row columns and the stored forms."""

    path: str
    size: int | None
    mtime_ns: int | None
    title: str | None
    published: str | None
    date_key: float
    source: str | None
    tags: tuple[str, ...]
    unseparated: str | None
    blob: bytes
    words: str
    warnings: tuple[str, ...] = ()

    @classmethod
    def from_article(
        cls, article: Article, size: int | None = None, mtime_ns: int | None = None
    ) -> ParsedFile:
        """Prepare a parsed article for the cache (this is the work a load worker does)."""
        unseparated = " ".join(fold(word) for word in article.unseparated_tag_words)
        return cls(
            path=article.path,
            size=size,
            mtime_ns=mtime_ns,
            title=article.title,
            published=encode_date(article.published),
            date_key=date_number(article.published),
            source=article.source,
            tags=article.tags,
            unseparated=unseparated or None,
            blob=encode_article(article),
            words=search_words(article),
            warnings=article.warnings,
        )


def date_sort_key(published: date | datetime | None) -> tuple[int, float]:
    """Return a key that orders dates and datetimes (aware or naive) together; None first."""
    if published is None:
        return (0, 0.0)
    if isinstance(published, datetime):
        if published.tzinfo is not None:
            published = published.astimezone(UTC).replace(tzinfo=None)
        midnight = datetime.combine(published.date(), datetime.min.time())
        return (published.toordinal(), (published - midnight).total_seconds())
    return (published.toordinal(), 0.0)


def date_number(published: date | datetime | None) -> float:
    """Return date_sort_key as one number (seconds since year 1); -1 for no date."""
    if published is None:
        return -1.0
    days, seconds = date_sort_key(published)
    return days * 86400.0 + seconds


@dataclass(slots=True)
class LibrarySnapshot:
    """A whole library's columns, stored in one piece so that a reopen lists it at once.

    Per article: cache key, path, file size and mtime (to find what changed), headline,
    encoded date, date key, source, tag ids and flags. Per tag id: folded key, shown name,
    member article ids. tag_texts maps each spelling met to its tag id.
    """

    keys: array[int]
    paths: list[str]
    sizes: array[int]
    mtimes: array[int]
    titles: list[str | None]
    published: list[str | None]
    date_keys: array[float]
    sources: list[str | None]
    tags: list[tuple[int, ...]]
    flags: bytearray
    tag_keys: list[str]
    tag_names: list[str]
    tag_texts: dict[str, int]
    tag_members: list[array[int]]


def encode_snapshot(snapshot: LibrarySnapshot, root: str) -> bytes:
    """Return a snapshot as marshal data (no code runs when it is read back), paths relative.

    The long columns are marshalled in pieces laid end to end after a head that gives their
    sizes: marshal holds the interpreter lock for a whole call, and the window must not wait
    for 100,000 titles; read back from one buffer, the pieces cost no copies.
    """
    skip = len(root) + 1
    texts = (
        [path[skip:] for path in snapshot.paths],
        snapshot.titles,
        snapshot.published,
        snapshot.sources,
    )
    # Kept whole: marshal writes an object met twice once, within one call. The articles'
    # tag ids are the same few int objects, and a tag's name is also a spelling of it; in
    # pieces, each piece would have its own copies (60 bytes more an article at 100,000).
    tags = (
        snapshot.tags,
        [(snapshot.tag_keys, snapshot.tag_names, snapshot.tag_texts)],
    )
    pieces = [_pieces(column, _SNAPSHOT_PIECE) for column in texts]
    pieces += [_pieces(column, max(1, len(column))) for column in tags]
    head = marshal.dumps(
        (
            _SNAPSHOT_FORMAT,
            snapshot.keys.tobytes(),
            snapshot.sizes.tobytes(),
            snapshot.mtimes.tobytes(),
            snapshot.date_keys.tobytes(),
            bytes(snapshot.flags),
            [members.tobytes() for members in snapshot.tag_members],
            [[len(piece) for piece in column] for column in pieces],
        )
    )
    body = b"".join(piece for column in pieces for piece in column)
    return len(head).to_bytes(8, "little") + head + body


def _pieces(values: list[Any], size: int) -> list[bytes]:
    """Return a list marshalled in pieces of size items."""
    return [marshal.dumps(values[start : start + size]) for start in range(0, len(values), size)]


def decode_snapshot(data: bytes, root: str) -> LibrarySnapshot:
    """Return the snapshot encode_snapshot wrote; raise ValueError when it is not one."""
    view = memoryview(data)
    try:
        head_size = int.from_bytes(view[:8], "little")
        head = marshal.loads(view[8 : 8 + head_size])
        if head[0] != _SNAPSHOT_FORMAT:
            raise ValueError("another snapshot format")
        (_format, keys, sizes, mtimes, date_keys, flags, members, piece_sizes) = head
        position = 8 + head_size
        columns: list[list[Any]] = []
        for column_sizes in piece_sizes:
            values: list[Any] = []
            for size in column_sizes:
                values += marshal.loads(view[position : position + size])
                position += size
            columns.append(values)
        paths, titles, published, sources, tags, [(tag_keys, tag_names, tag_texts)] = columns
    except (EOFError, TypeError, IndexError) as error:
        raise ValueError(f"not a library snapshot: {error}") from None
    prefix = root + os.sep
    return LibrarySnapshot(
        keys=array("q", keys),
        paths=[prefix + path for path in paths],
        sizes=array("q", sizes),
        mtimes=array("q", mtimes),
        titles=titles,
        published=published,
        date_keys=array("d", date_keys),
        sources=sources,
        tags=tags,
        flags=bytearray(flags),
        tag_keys=tag_keys,
        tag_names=tag_names,
        tag_texts=tag_texts,
        tag_members=[array("i", ids) for ids in members],
    )


def encode_date(value: date | datetime | None) -> str | None:
    """Return a date or datetime as text that decode_date turns back into an equal value."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return "t" + value.isoformat()
    return "d" + value.isoformat()


def decode_date(text: str | None) -> date | datetime | None:
    """Return the date or datetime encode_date wrote."""
    if not text:
        return None
    if text[0] == "t":
        return datetime.fromisoformat(text[1:])
    return date.fromisoformat(text[1:])


def encode_article(article: Article) -> bytes:
    """Return an article as compressed JSON (its path left out: the row has it)."""
    fields = [
        article.title,
        encode_date(article.published),
        article.published_text,
        article.source,
        article.byline,
        article.tags,
        article.body,
        [[item.title, item.body, item.place, item.source] for item in article.related],
        article.boilerplate,
        article.encoding,
        article.warnings,
        article.unseparated_tag_words,
    ]
    return zlib.compress(json.dumps(fields, ensure_ascii=False).encode("utf-8", "surrogatepass"), 1)


def decode_article(blob: bytes, path: str) -> Article:
    """Return the article encode_article stored, read from path."""
    fields: list[Any] = json.loads(zlib.decompress(blob).decode("utf-8", "surrogatepass"))
    (title, published, published_text, source, byline, tags, body) = fields[:7]
    related, boilerplate, encoding, warnings, unseparated = fields[7:]
    return Article(
        path=path,
        title=title,
        published=decode_date(published),
        published_text=published_text,
        source=source,
        byline=byline,
        tags=tuple(tags),
        body=tuple(body),
        related=tuple(
            RelatedItem(title=t, body=tuple(b), place=p, source=s) for t, b, p, s in related
        ),
        boilerplate=tuple(boilerplate),
        encoding=encoding,
        warnings=tuple(warnings),
        unseparated_tag_words=tuple(unseparated),
    )


def searchable_texts(article: Article) -> Iterator[str]:
    """Yield the texts that search covers: headline, body, source and tags."""
    if article.title:
        yield article.title
    yield from article.body
    if article.source:
        yield article.source
    yield from article.tags


def search_words(article: Article) -> str:
    """Return the distinct folded words of an article's searchable texts, space-separated."""
    # One fold over the joined texts costs less than one per paragraph.
    return " ".join(dict.fromkeys(folded_words("\n".join(searchable_texts(article)))))


def _split_tags(joined: str | None) -> tuple[str, ...]:
    """Return the tags stored joined in one column."""
    return tuple(joined.split(_TAG_JOIN)) if joined else ()


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


_Known = dict[str, tuple[int, int | None, int | None]]
_KnownProblems = dict[str, tuple[int | None, int | None, str]]


class ArticleCache:
    """One folder's cache database (or an in-memory stand-in); safe to share between threads."""

    def __init__(
        self,
        connection: sqlite3.Connection,
        path: Path | None,
        warnings: Iterable[str] = (),
        folder: Path | None = None,
    ) -> None:
        self._db = connection
        self._lock = threading.RLock()
        self._memo: OrderedDict[int, Article] = OrderedDict()
        self._pending = 0
        self.path = path
        self.warnings: list[str] = list(warnings)
        # The folder whose files the cache holds, as it was named when opened.
        self.folder = os.fsdecode(folder) if folder is not None else None

    @property
    def persistent(self) -> bool:
        """Tell whether the cache lives on disk (False: in memory, gone when closed)."""
        return self.path is not None

    @classmethod
    def in_memory(cls, warnings: Iterable[str] = (), folder: Path | None = None) -> ArticleCache:
        """Return an empty cache that lives in memory only."""
        connection = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
        connection.executescript(_SCHEMA)
        return cls(connection, None, warnings, folder)

    @classmethod
    def open(cls, folder: Path, cache_dir: Path | None = None) -> ArticleCache:
        """Open or create the cache of folder; never raises: falls back to memory with a warning.

        cache_dir defaults to the user cache directory. A database that is not one, is
        damaged or has another schema version is deleted and rebuilt; one that is locked
        or cannot be written is bypassed.
        """
        warnings: list[str] = []
        try:
            directory = cache_dir if cache_dir is not None else default_cache_dir()
            directory.mkdir(parents=True, exist_ok=True)
            path = database_path(folder, directory)
        except OSError as error:
            warnings.append(
                f"the cache folder cannot be created ({_reason(error)}); "
                "this folder is cached in memory only"
            )
            return cls.in_memory(warnings, folder)
        for attempt in range(2):
            try:
                connection = _connect(path)
                return cls(connection, path, warnings, folder)
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
                    f"the cache {path} cannot be used ({_reason(error)}); "
                    "this folder is cached in memory only"
                )
            break
        return cls.in_memory(warnings, folder)

    def close(self) -> None:
        """Commit and close the database."""
        with self._lock:
            with contextlib.suppress(sqlite3.Error):
                self.flush()
            self._db.close()

    def bypass(self, error: BaseException) -> None:
        """Swap in an empty in-memory database after the file one failed mid-way."""
        with self._lock:
            self.warnings.append(
                f"the cache {self.path} failed ({_reason(error)}); "
                "this folder is cached in memory only"
            )
            with contextlib.suppress(sqlite3.Error):
                self._db.close()
            self._db = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
            self._db.executescript(_SCHEMA)
            self._memo.clear()
            self.path = None

    @contextlib.contextmanager
    def _transaction(self, keep_open: bool = False) -> Iterator[sqlite3.Connection]:
        """Run statements in a transaction under the lock.

        keep_open leaves the transaction open for more writes (flush() commits it), so that
        a load commits, and FTS5 merges its index, every few thousand articles, not every
        chunk. Readers share the connection and see the open transaction's rows.
        """
        with self._lock:
            began = not self._db.in_transaction
            if began:
                self._db.execute("BEGIN")
            try:
                yield self._db
            except BaseException:
                with contextlib.suppress(sqlite3.Error):
                    self._db.execute("ROLLBACK")
                self._pending = 0
                raise
            if not keep_open or self._pending >= _COMMIT_ROWS:
                self._db.execute("COMMIT")
                self._pending = 0

    def flush(self) -> None:
        """Commit what add() left in an open transaction."""
        with self._lock:
            if self._db.in_transaction:
                self._db.execute("COMMIT")
            self._pending = 0

    def stats(self, files: bool = True) -> tuple[_Known, _KnownProblems]:
        """Return what the cache knows, paths relative to the folder: path -> (key, size,
        mtime_ns) of each article (unless files is False), and of each problem file."""
        with self._lock:
            known = (
                {
                    _path_text(path): (key, size, mtime)
                    for key, path, size, mtime in self._db.execute(
                        "SELECT id, path, size, mtime_ns FROM files"
                    )
                }
                if files
                else {}
            )
            problems = {
                _path_text(path): (size, mtime, reason)
                for path, size, mtime, reason in self._db.execute("SELECT * FROM problems")
            }
        return known, problems

    def rows(self, folder: str, keys: Iterable[int] | None = None) -> list[ArticleRow]:
        """Return the rows of the cached files (all, or those with keys), paths under folder."""
        sql = "SELECT id, path, title, published, date_key, source, tags, flags FROM files"
        records = self._select(sql, keys)
        prefix = folder + os.sep if folder else ""
        return [
            ArticleRow(
                key=key,
                path=prefix + (path if type(path) is str else _path_text(path)),
                title=title,
                published=decode_date(published),
                source=source,
                tags=_split_tags(tags),
                date_key=date_key,
                has_unseparated=bool(flags & _HAS_UNSEPARATED),
                retagged=bool(flags & _RETAGGED),
                has_warnings=bool(flags & _HAS_WARNINGS),
            )
            for key, path, title, published, date_key, source, tags, flags in records
        ]

    def article_warnings(self, keys: Iterable[int]) -> dict[int, tuple[str, ...]]:
        """Return the warnings of the articles with these keys that were read with some."""
        records = self._select("SELECT id, warnings FROM files", keys)
        return {key: tuple(text.split(_WARNING_JOIN)) for key, text in records if text}

    def _select(self, sql: str, keys: Iterable[int] | None) -> list[Any]:
        """Return the records of a query on files: all of them, or those with these keys."""
        with self._lock:
            if keys is None:
                # In pieces: one fetch of 100,000 records holds the interpreter lock 0.2 s.
                cursor = self._db.execute(sql)
                records = []
                while piece := cursor.fetchmany(2000):
                    records += piece
                return records
            wanted = list(keys)
            records = []
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                marks = ",".join("?" * len(chunk))
                records += self._db.execute(f"{sql} WHERE id IN ({marks})", chunk).fetchall()
            return records

    def add(self, parsed: Sequence[ParsedFile], folder: str = "") -> list[ArticleRow]:
        """Store parsed files (paths under folder are stored relative to it); return their rows."""
        if not parsed:
            return []
        skip = len(folder) + 1 if folder else 0
        rows = []
        with self._transaction(keep_open=True) as db:
            self._pending += len(parsed)
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
                        _path_value(item.path[skip:]),
                        item.size,
                        item.mtime_ns,
                        item.title,
                        item.published,
                        item.date_key,
                        item.source,
                        _TAG_JOIN.join(item.tags),
                        flags,
                        item.unseparated,
                        _WARNING_JOIN.join(item.warnings) or None,
                        item.blob,
                    ),
                )
                key = cursor.lastrowid
                assert key is not None  # an INSERT always sets it
                db.execute(
                    "INSERT INTO search_index (rowid, words) VALUES (?, ?)", (key, item.words)
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
        with self._transaction() as db:
            db.executemany(
                "INSERT OR REPLACE INTO problems VALUES (?, ?, ?, ?)",
                [
                    (_path_value(p.path[skip:]), size, mtime, p.reason)
                    for p, size, mtime in problems
                ],
            )

    def remove(self, keys: Sequence[int], problem_paths: Sequence[str] = ()) -> None:
        """Forget the files with these keys (deleted or changed), and these problem files."""
        if not keys and not problem_paths:
            return
        with self._transaction() as db:
            if keys:
                db.execute("DELETE FROM meta WHERE key = 'vocabulary'")
                db.execute("DELETE FROM snapshot")
            for key in keys:
                record = db.execute("SELECT article FROM files WHERE id = ?", (key,)).fetchone()
                if record is None:
                    continue
                # A contentless FTS5 table forgets a row when told exactly what it indexed.
                words = search_words(decode_article(record[0], ""))
                db.execute(
                    "INSERT INTO search_index (search_index, rowid, words) VALUES ('delete', ?, ?)",
                    (key, words),
                )
                db.execute("DELETE FROM files WHERE id = ?", (key,))
                self._memo.pop(key, None)
            db.executemany(
                "DELETE FROM problems WHERE path = ?", [(_path_value(p),) for p in problem_paths]
            )

    def article(self, key: int, path: str) -> Article:
        """Return the parsed article stored under key, as read from path."""
        with self._lock:
            article = self._memo.get(key)
            if article is not None:
                self._memo.move_to_end(key)
                return article
            record = self._db.execute(
                "SELECT article, tags FROM files WHERE id = ?", (key,)
            ).fetchone()
            if record is None:
                raise KeyError(key)
            article = decode_article(record[0], path)
            tags = _split_tags(record[1])
            if tags != article.tags:
                article = replace(article, tags=tags)
            self._memo[key] = article
            if len(self._memo) > _ARTICLE_MEMO:
                self._memo.popitem(last=False)
            return article

    def parsed_article(self, key: int, path: str) -> Article:
        """Return the article as the parser made it, before any regrouping of its tags."""
        with self._lock:
            record = self._db.execute("SELECT article FROM files WHERE id = ?", (key,)).fetchone()
        if record is None:
            raise KeyError(key)
        return decode_article(record[0], path)

    def unseparated_rows(self) -> Iterator[tuple[int, list[str], tuple[str, ...], bool]]:
        """Yield (key, folded tag words, tags, whether regrouped) of every article whose tag
        line had no separators."""
        with self._lock:
            records = self._db.execute(
                "SELECT id, unseparated, tags, flags FROM files WHERE unseparated IS NOT NULL"
            ).fetchall()
        for key, words, tags, flags in records:
            yield key, words.split(" "), _split_tags(tags), bool(flags & _RETAGGED)

    def separated_tags(self) -> Iterator[tuple[str, ...]]:
        """Yield the tags of every article whose tag lines all had separators."""
        with self._lock:
            records = self._db.execute(
                "SELECT tags FROM files WHERE unseparated IS NULL AND tags != ''"
            ).fetchall()
        for (tags,) in records:
            yield _split_tags(tags)

    def set_tags(self, changes: Sequence[tuple[int, tuple[str, ...], bool]]) -> None:
        """Store regrouped tags: (key, tags, whether they differ from the parser's)."""
        if not changes:
            return
        with self._transaction() as db:
            db.executemany(
                "UPDATE files SET tags = ?, flags = (flags & ~?) | ? WHERE id = ?",
                [
                    (_TAG_JOIN.join(tags), _RETAGGED, _RETAGGED if retagged else 0, key)
                    for key, tags, retagged in changes
                ],
            )
            for key, _tags, _retagged in changes:
                self._memo.pop(key, None)

    def load_snapshot(self) -> LibrarySnapshot | None:
        """Return the stored library snapshot, or None when there is none (or it is unusable)."""
        if self.folder is None:
            return None
        with self._lock:
            record = self._db.execute("SELECT data FROM snapshot").fetchone()
        if record is None:
            return None
        try:
            return decode_snapshot(record[0], self.folder)
        except ValueError:
            # Another format (an older reader, another Python): stored anew after this load.
            with contextlib.suppress(sqlite3.Error), self._transaction() as db:
                db.execute("DELETE FROM snapshot")
            return None

    def has_snapshot(self) -> bool:
        """Tell whether a snapshot of the current files is stored."""
        with self._lock:
            return self._db.execute("SELECT 1 FROM snapshot").fetchone() is not None

    def save_snapshot(self, snapshot: LibrarySnapshot) -> None:
        """Store a library snapshot, filling in the size and mtime of each file."""
        if self.folder is None:
            return
        with self._lock:
            stats = {
                key: (size, mtime)
                for key, size, mtime in self._db.execute("SELECT id, size, mtime_ns FROM files")
            }
        sizes = array("q")
        mtimes = array("q")
        for key in snapshot.keys:
            size, mtime = stats.get(key, (-1, -1))
            sizes.append(-1 if size is None else size)
            mtimes.append(-1 if mtime is None else mtime)
        snapshot.sizes, snapshot.mtimes = sizes, mtimes
        data = encode_snapshot(snapshot, self.folder)
        with self._transaction() as db:
            db.execute("INSERT OR REPLACE INTO snapshot VALUES (0, ?)", (data,))

    def vocabulary_applied(self) -> bool:
        """Tell whether the stored tags are regrouped with the vocabulary of the stored files."""
        with self._lock:
            record = self._db.execute("SELECT 1 FROM meta WHERE key = 'vocabulary'").fetchone()
        return record is not None

    def mark_vocabulary_applied(self) -> None:
        """Record that the stored tags are regrouped; adding or removing files undoes it."""
        with self._lock:
            self._db.execute("INSERT OR REPLACE INTO meta VALUES ('vocabulary', '1')")

    def search(self, words: Sequence[str]) -> Iterator[int]:
        """Yield the keys of the articles holding every folded word (behind any proclitic)."""
        if not words:
            return iter(())
        with self._lock:
            (found,) = self._db.execute(
                # One string, not a row per hit: common words hit most of 100,000 articles.
                "SELECT group_concat(rowid) FROM search_index WHERE search_index MATCH ?",
                (match_expression(words),),
            ).fetchone()
        return map(int, found.split(",")) if found else iter(())


class _Rebuild(Exception):  # noqa: N818 - a signal to rebuild, not an error to report
    """The database file must be deleted and created anew; the message says why."""


def _path_value(path: str) -> str | bytes:
    """Return a path as SQLite can store it: text, or bytes for names that are not UTF-8."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return path.encode("utf-8", "surrogateescape")
    return path


def _path_text(value: str | bytes) -> str:
    """Return the path _path_value stored."""
    return value if isinstance(value, str) else value.decode("utf-8", "surrogateescape")


def _reason(error: BaseException) -> str:
    """Return the human part of an OS or SQLite error."""
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error) or type(error).__name__


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
