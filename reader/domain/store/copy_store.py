"""The cache's tables of syndicated copies: each article's body signature, and the groups.

copy_signatures holds, by files.id, a body's word count, digest and MinHash; a trigger drops
a file's signature with its row, so a reopen finds the files to sign (new or changed) by
comparing the two tables (only when meta 'copies' is gone: triggers drop it when a file's row
comes or goes). copy_groups holds the members of each group of two or more copies,
by story (the group's earliest member) and rank (oldest first): a reopen reads it and
recomputes nothing.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator, Sequence
from typing import Any, NamedTuple

from reader.domain.store.article_codec import decode_article
from reader.domain.store.cache import ArticleCache
from reader.domain.store.connections import CacheConnections
from reader.domain.store.database import path_text

# Rows written per statement batch.
_CHUNK = 500


class StoredSignatures(NamedTuple):
    """Signatures as the cache holds them: parallel lists, MinHash as bytes (None if short)."""

    keys: list[int]
    words: list[int]
    digests: list[int]
    minhashes: list[bytes | None]


class CopyStore:
    """Reads and writes one cache's copy tables, on the thread that writes the cache."""

    def __init__(self, cache: ArticleCache) -> None:
        # The cache's own connections: the copy tables are written under the same lock and
        # in the same database as the files they describe (and follow it into memory).
        self._connections: CacheConnections = cache._connections

    @contextlib.contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection]:
        """Hold the writer's connection (it sees the load's last rows)."""
        with self._connections.writing() as db:
            yield db

    def up_to_date(self) -> bool:
        """Tell whether the groups were brought up to date since articles last came or went."""
        with self._reading() as db:
            return db.execute("SELECT 1 FROM meta WHERE key = 'copies'").fetchone() is not None

    def mark_up_to_date(self) -> None:
        """Record that the groups are up to date; adding or removing an article undoes it."""
        with self._connections.transaction() as db:
            db.execute("INSERT OR REPLACE INTO meta VALUES ('copies', '1')")

    def unsigned_count(self) -> int:
        """Return how many cached articles have no signature (every signature has an article:
        the trigger drops it with the article's row)."""
        with self._reading() as db:
            (count,) = db.execute(
                "SELECT (SELECT count(*) FROM files) - (SELECT count(*) FROM copy_signatures)"
            ).fetchone()
        return int(count)

    def unsigned_keys(self) -> list[int]:
        """Return the keys of the cached articles that have no signature yet, ascending."""
        with self._reading() as db:
            return [
                key
                for (key,) in db.execute(
                    "SELECT id FROM files WHERE id NOT IN (SELECT id FROM copy_signatures)"
                    " ORDER BY id"
                )
            ]

    def stale_members(self) -> list[int]:
        """Return the group members whose article is gone or changed (no signature)."""
        with self._reading() as db:
            return [
                key
                for (key,) in db.execute(
                    "SELECT g.id FROM copy_groups g LEFT JOIN copy_signatures s ON s.id = g.id"
                    " WHERE s.id IS NULL"
                )
            ]

    def bodies(self, keys: Sequence[int]) -> tuple[list[int], list[tuple[str, ...]]]:
        """Return the keys found and the body paragraphs of the cached articles with these keys."""
        with self._reading() as db:
            return stored_bodies(db, keys)

    def add_signatures(
        self,
        keys: Sequence[int],
        words: Sequence[int],
        digests: Sequence[int],
        minhashes: Sequence[bytes | None],
    ) -> None:
        """Store signatures (a MinHash is None for a body too short to have one)."""
        records = list(zip(keys, words, digests, minhashes, strict=True))
        with self._connections.transaction() as db:
            for start in range(0, len(records), _CHUNK):
                db.executemany(
                    "INSERT OR REPLACE INTO copy_signatures (id, words, digest, minhash)"
                    " SELECT ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM files WHERE id = ?1)",
                    records[start : start + _CHUNK],
                )

    def signatures(self) -> StoredSignatures:
        """Return every stored signature, by ascending key."""
        stored = StoredSignatures([], [], [], [])
        with self._reading() as db:
            cursor = db.execute(
                "SELECT id, words, digest, minhash FROM copy_signatures ORDER BY id"
            )
            while piece := cursor.fetchmany(4000):
                for key, words, digest, minhash in piece:
                    stored.keys.append(key)
                    stored.words.append(words)
                    stored.digests.append(digest)
                    stored.minhashes.append(minhash)
        return stored

    def groups(self) -> list[list[int]]:
        """Return the stored groups, each oldest first."""
        groups: list[list[int]] = []
        story = None
        with self._reading() as db:
            for key, group_story in db.execute(
                "SELECT id, story FROM copy_groups ORDER BY story, rank"
            ):
                if group_story != story:
                    groups.append([])
                    story = group_story
                groups[-1].append(key)
        return groups

    def dates_and_paths(self, keys: Sequence[int]) -> dict[int, tuple[float, str]]:
        """Return the date key (-1: undated) and path of the cached articles with these keys."""
        with self._reading() as db:
            records = _select_rows(
                db, "SELECT id, date_key, path FROM files WHERE id IN ({})", keys
            )
        return {key: (date_key, path_text(path)) for key, date_key, path in records}

    def replace_groups(self, dropped: Sequence[int], groups: Sequence[Sequence[int]]) -> None:
        """Forget the groups of the dropped keys and store groups (each oldest first)."""
        with self._connections.transaction() as db:
            stories = _select_column(db, "SELECT story FROM copy_groups WHERE id IN ({})", dropped)
            for start in range(0, len(stories), _CHUNK):
                chunk = list(dict.fromkeys(stories[start : start + _CHUNK]))
                marks = ",".join("?" * len(chunk))
                db.execute(f"DELETE FROM copy_groups WHERE story IN ({marks})", chunk)
            db.executemany(
                "INSERT OR REPLACE INTO copy_groups (id, story, rank) VALUES (?, ?, ?)",
                [
                    (key, group[0], rank)
                    for group in groups
                    if len(group) > 1
                    for rank, key in enumerate(group)
                ],
            )


def stored_bodies(
    db: sqlite3.Connection, keys: Sequence[int]
) -> tuple[list[int], list[tuple[str, ...]]]:
    """Return the keys found and the body paragraphs of the cached articles with these keys,
    through any connection to the cache (a worker process opens its own)."""
    found: list[int] = []
    bodies: list[tuple[str, ...]] = []
    for key, blob in _select_rows(db, "SELECT id, article FROM files WHERE id IN ({})", keys):
        found.append(key)
        bodies.append(decode_article(blob, "").body)
    return found, bodies


def _select_rows(db: sqlite3.Connection, sql: str, keys: Sequence[int]) -> list[Any]:
    """Return the records of sql (with {} where the keys' marks go), in chunks of keys."""
    records: list[Any] = []
    wanted = list(keys)
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        records += db.execute(sql.format(",".join("?" * len(chunk))), chunk).fetchall()
    return records


def _select_column(db: sqlite3.Connection, sql: str, keys: Sequence[int]) -> list[int]:
    """Return the one column sql selects for the keys."""
    return [record[0] for record in _select_rows(db, sql, keys)]
