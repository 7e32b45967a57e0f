"""Per-article word counts kept in a folder's cache: the spellings of headline and body words.

Three tables live beside the files table and are created on first use (an older cache gains
them in place, nothing is parsed again): the spellings met so far, by id; each article's
counts, as two arrays of spelling ids and counts; and the folder's totals with its word list.
Triggers drop an article's counts when its file row goes, and the totals when any file comes
or goes, so that no stale row can outlive (or be given to a reused id of) a file.
"""

from __future__ import annotations

import io
import sqlite3
from array import array
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from reader.domain.article import Article
from reader.domain.store.article_codec import decode_article
from reader.domain.store.cache import ArticleCache
from reader.domain.text.arabic import RAW_WORD_RE, fold_lines
from reader.domain.text.search import match_form

_TABLES = (
    "CREATE TABLE IF NOT EXISTS word_spellings (id INTEGER PRIMARY KEY, spelling TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS word_counts (id INTEGER PRIMARY KEY, tokens INTEGER NOT NULL,"
    " words BLOB NOT NULL)",
    "CREATE TABLE IF NOT EXISTS word_totals (id INTEGER PRIMARY KEY CHECK (id = 0),"
    " data BLOB NOT NULL)",
    "CREATE TRIGGER IF NOT EXISTS word_counts_forget AFTER DELETE ON files BEGIN"
    " DELETE FROM word_counts WHERE id = old.id; DELETE FROM word_totals; END",
    "CREATE TRIGGER IF NOT EXISTS word_totals_forget AFTER INSERT ON files BEGIN"
    " DELETE FROM word_totals; END",
)
# Tatweel and zero-width joiners stretch or join letters: typography, not spelling.
_TYPOGRAPHY = str.maketrans("", "", "\u0640\u200c\u200d")
# Articles read, counted and stored per transaction: the loader's writes wait no longer.
_CHUNK = 500

Int32Array = npt.NDArray[np.int32]
Int64Array = npt.NDArray[np.int64]


def article_spellings(article: Article) -> Counter[str]:
    """Return how often each word of the headline and body occurs, as written (less tatweel)."""
    texts = [article.title or "", *article.body]
    raw = Counter(RAW_WORD_RE.findall("\n".join(texts)))
    if not any("\u0640" in word or "\u200c" in word or "\u200d" in word for word in raw):
        return raw
    spellings: Counter[str] = Counter()
    for word, count in raw.items():
        spelling = word.translate(_TYPOGRAPHY)
        if spelling:
            spellings[spelling] += count
    return spellings


@dataclass(frozen=True, slots=True)
class ArticleCounts:
    """The counts of some articles, concatenated: spelling ids, counts, and each entry's
    article (0 for the first article asked, 1 for the next...), with their token total."""

    spellings: Int32Array
    counts: Int64Array
    articles: Int32Array
    tokens: int
    article_count: int


@dataclass(frozen=True, slots=True)
class FolderTotals:
    """The whole folder's counts by spelling, its tokens and articles, and its word list
    grouped by head word (see analysis.word_list) as stored arrays."""

    spelling_counts: Int64Array
    tokens: int
    article_count: int
    grouped: dict[str, npt.NDArray[np.int64]]


class WordIndex:
    """The word counts of one folder's cache; use it from one thread at a time."""

    def __init__(self, cache: ArticleCache) -> None:
        self._cache = cache
        self._ready = False
        self.spellings: list[str] = []
        self._spelling_ids: dict[str, int] = {}
        # The folded form of each spelling, by id into folded.
        self._fold_ids: array[int] = array("i")
        self.folded: list[str] = []
        self._folded_ids: dict[str, int] = {}
        # What the analysis derives from the words, kept while they stay the same.
        self.memo: dict[str, object] = {}

    @property
    def cache(self) -> ArticleCache:
        """The cache the counts are kept in."""
        return self._cache

    def fold_ids(self) -> Int32Array:
        """Return the folded word of each spelling, by id into `folded` (a copy)."""
        return np.array(self._fold_ids, dtype=np.int32)

    def _open(self) -> None:
        """Create the tables if need be and read the spellings met so far."""
        if self._ready:
            return
        with self._cache.connections.transaction() as db:
            for statement in _TABLES:
                db.execute(statement)
        self._read_spellings()
        self._ready = True

    def _read_spellings(self) -> None:
        """Read every stored spelling anew (after a failed write, or another process's)."""
        with self._cache.connections.writing() as db:
            records = db.execute("SELECT id, spelling FROM word_spellings ORDER BY id").fetchall()
        self.spellings = [spelling for _id, spelling in records]
        if any(record[0] != index for index, record in enumerate(records)):
            raise sqlite3.DatabaseError("the stored spellings have gaps")
        self._spelling_ids = {spelling: index for index, spelling in enumerate(self.spellings)}
        self._fold_ids = array("i")
        self.folded = []
        self._folded_ids = {}
        self._add_folded(self.spellings)

    def _add_folded(self, spellings: Sequence[str]) -> None:
        """Give the new spellings their folded words."""
        folded_ids = self._folded_ids
        for folded in fold_lines(list(spellings)):
            key = match_form(folded)
            folded_id = folded_ids.get(key)
            if folded_id is None:
                folded_id = folded_ids[key] = len(self.folded)
                self.folded.append(key)
            self._fold_ids.append(folded_id)

    def indexed_keys(self) -> set[int]:
        """Return the keys of the articles whose counts are stored."""
        self._open()
        with self._cache.connections.reading() as db:
            return {key for (key,) in db.execute("SELECT id FROM word_counts")}

    def update(self, keys: Iterable[int] | None = None) -> int:
        """Count the words of the stored articles that have no counts yet (all, or those of
        keys); return how many were counted."""
        self._open()
        connections = self._cache.connections
        if keys is None:
            with connections.reading() as db:
                wanted = [key for (key,) in db.execute("SELECT id FROM files")]
        else:
            wanted = list(keys)
        if keys is None:
            done = self.indexed_keys()
        else:
            records = connections.select("SELECT id FROM word_counts", wanted)
            done = {key for (key,) in records}
        missing = [key for key in wanted if key not in done]
        for start in range(0, len(missing), _CHUNK):
            self._count_chunk(missing[start : start + _CHUNK])
        return len(missing)

    def _count_chunk(self, keys: list[int]) -> None:
        """Count and store the words of the articles with these keys."""
        records = self._cache.connections.select("SELECT id, article FROM files", keys)
        counted = [(key, article_spellings(decode_article(blob, ""))) for key, blob in records]
        for attempt in range(2):
            try:
                self._store(counted)
                return
            except sqlite3.IntegrityError:
                # Another process gave the same ids to other spellings: read them and retry.
                if attempt:
                    raise
                self._read_spellings()

    def _store(self, counted: list[tuple[int, Counter[str]]]) -> None:
        """Store counted articles, with the spellings they bring."""
        known = len(self.spellings)
        ids = self._spelling_ids
        rows = []
        for key, spellings in counted:
            pairs = []
            for spelling, count in spellings.items():
                spelling_id = ids.get(spelling)
                if spelling_id is None:
                    spelling_id = ids[spelling] = len(self.spellings)
                    self.spellings.append(spelling)
                pairs.append((spelling_id, count))
            pairs.sort()
            words = array("i", [p[0] for p in pairs]).tobytes()
            words += array("i", [p[1] for p in pairs]).tobytes()
            rows.append((key, sum(spellings.values()), words))
        new = self.spellings[known:]
        try:
            with self._cache.connections.transaction() as db:
                db.executemany(
                    "INSERT INTO word_spellings VALUES (?, ?)",
                    [(known + offset, spelling) for offset, spelling in enumerate(new)],
                )
                db.executemany("INSERT OR REPLACE INTO word_counts VALUES (?, ?, ?)", rows)
        except sqlite3.Error:
            for spelling in new:
                del ids[spelling]
            del self.spellings[known:]
            raise
        self._add_folded(new)

    def counts(self, keys: Sequence[int]) -> ArticleCounts:
        """Return the counts of the articles with these keys, counting those not counted yet."""
        self.update(keys)
        records = self._cache.connections.select("SELECT id, tokens, words FROM word_counts", keys)
        pieces = [np.frombuffer(words, dtype=np.int32) for _key, _tokens, words in records]
        if not pieces:
            empty = np.zeros(0, dtype=np.int32)
            return ArticleCounts(empty, np.zeros(0, dtype=np.int64), empty, 0, 0)
        halves = [len(piece) // 2 for piece in pieces]
        return ArticleCounts(
            spellings=np.concatenate([p[:h] for p, h in zip(pieces, halves, strict=True)]),
            counts=np.concatenate([p[h:] for p, h in zip(pieces, halves, strict=True)]).astype(
                np.int64
            ),
            articles=np.repeat(np.arange(len(pieces), dtype=np.int32), halves),
            tokens=sum(record[1] for record in records),
            article_count=len(pieces),
        )

    def all_counts(self, per_chunk: int = 5000) -> Iterator[ArticleCounts]:
        """Yield the counts of every counted article, a few thousand articles at a time."""
        self._open()
        with self._cache.connections.reading() as db:
            keys = [key for (key,) in db.execute("SELECT id FROM word_counts")]
        for start in range(0, len(keys), per_chunk):
            yield self.counts(keys[start : start + per_chunk])

    def stored_totals(self) -> FolderTotals | None:
        """Return the folder's stored totals, or None when files came or went since."""
        self._open()
        with self._cache.connections.reading() as db:
            record = db.execute("SELECT data FROM word_totals").fetchone()
        if record is None:
            return None
        with np.load(io.BytesIO(record[0]), allow_pickle=False) as stored:
            arrays = {name: stored[name] for name in stored.files}
        spelling_counts = arrays.pop("spelling_counts")
        tokens, article_count = (int(n) for n in arrays.pop("sizes"))
        if len(spelling_counts) > len(self.spellings):
            return None
        return FolderTotals(spelling_counts, tokens, article_count, arrays)

    def store_totals(self, totals: FolderTotals) -> None:
        """Keep the folder's totals until a file comes or goes."""
        buffer = io.BytesIO()
        arrays = {
            "spelling_counts": totals.spelling_counts,
            "sizes": np.array([totals.tokens, totals.article_count], dtype=np.int64),
            **totals.grouped,
        }
        # numpy's stub reads a ** mapping as possibly holding its allow_pickle flag.
        np.savez(buffer, **arrays)  # type: ignore[arg-type]
        with self._cache.connections.transaction() as db:
            db.execute("INSERT OR REPLACE INTO word_totals VALUES (0, ?)", (buffer.getvalue(),))
