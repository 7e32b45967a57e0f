"""The articles of a folder's most frequent words, one bit per cache key, kept in its cache.

FTS5 walks the whole list of a word's hits, positions and all, each time it is searched:
some 6 ms for a word in every one of 100,000 articles, and a search asks for a word in each
of its forms behind proclitics. The words found in a tenth of the articles or more (the
most frequent few hundred) have their articles kept as bitmaps instead: a search ORs and
ANDs them in memory and asks FTS5 only for the rare forms (store/query_search.py).

The bitmaps live in the table frequent_terms, created on first use. The meta key
'frequent_terms' says they are up to date: triggers drop it whenever a file comes or goes,
and a build that finds it dropped when it ends throws its bitmaps away.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from reader.domain.store.query_search import fts_keys
from reader.domain.store.search_words import PARAGRAPH_GAP

if TYPE_CHECKING:  # the cache searches with FrequentTerms: imported here for types only
    from reader.domain.store.cache import ArticleCache

_TABLES = (
    "CREATE TABLE IF NOT EXISTS frequent_terms (term TEXT PRIMARY KEY, bits BLOB NOT NULL)",
    # The index's words with their article counts, read by the readers (who create nothing).
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_vocabulary USING fts5vocab(search_index, row)",
    "CREATE TRIGGER IF NOT EXISTS frequent_terms_added AFTER INSERT ON files BEGIN"
    " DELETE FROM meta WHERE key = 'frequent_terms'; END",
    "CREATE TRIGGER IF NOT EXISTS frequent_terms_removed AFTER DELETE ON files BEGIN"
    " DELETE FROM meta WHERE key = 'frequent_terms'; END",
)
# A word is frequent in this share of the articles, and this many of them, at least: below,
# FTS5 reads its list in well under a millisecond.
FREQUENT_SHARE = 0.1
FREQUENT_DOCS = 2000
# The most words kept (12.5 KB each at 100,000 articles).
MOST_TERMS = 256
_GAP = PARAGRAPH_GAP.strip()
# Index terms read per statement: the cache can close between two.
_SCAN_CHUNK = 4000

BoolArray = npt.NDArray[np.bool_]
PackedBits = npt.NDArray[np.uint8]


@dataclass(frozen=True, slots=True)
class FrequentTerms:
    """The frequent words' articles: each word's bitmap over cache keys, packed."""

    bits: Mapping[str, PackedBits]

    def articles_of(self, forms: Sequence[str]) -> tuple[BoolArray | None, list[str]]:
        """Return which keys hold any of the frequent forms (None: none is frequent), and the
        forms that are not frequent (FTS5 has their articles)."""
        found = [self.bits[form] for form in forms if form in self.bits]
        if not found:
            return None, list(forms)
        packed = found[0] if len(found) == 1 else np.bitwise_or.reduce(found)
        rare = [form for form in forms if form not in self.bits]
        return np.unpackbits(packed).view(np.bool_), rare


def keep_frequent_terms(
    cache: ArticleCache, least: int | None = None, build: bool = True
) -> FrequentTerms | None:
    """Return the frequent words' bitmaps: those stored when up to date, else (build=True)
    built from the index and stored; None when not built, or when files came or went during
    the build (build again later).

    least: the articles a frequent word is in at least (by default FREQUENT_SHARE of them,
    and FREQUENT_DOCS). Runs on a thread of its own; raises sqlite3.Error when the cache
    fails or closes.
    """
    connections = cache.connections
    with connections.transaction() as db:
        for statement in _TABLES:
            db.execute(statement)
        (state,) = db.execute(
            "SELECT coalesce((SELECT value FROM meta WHERE key = 'frequent_terms'), '')"
        ).fetchone()
        if state == "up to date":
            records = db.execute("SELECT term, bits FROM frequent_terms").fetchall()
            return FrequentTerms({term: np.frombuffer(bits, np.uint8) for term, bits in records})
        if not build:
            return None
        db.execute("INSERT OR REPLACE INTO meta VALUES ('frequent_terms', 'building')")
    with connections.reading() as db:
        articles, top = db.execute("SELECT count(*), coalesce(max(id), 0) FROM files").fetchone()
    if least is None:
        least = max(FREQUENT_DOCS, int(articles * FREQUENT_SHARE))
    terms = _frequent_words(cache, least)
    bits: dict[str, PackedBits] = {}
    for term in terms:
        chosen = np.zeros(top + 1, dtype=np.bool_)
        with connections.reading() as db:
            found = fts_keys(db, '"' + term + '"')
        chosen[found[found <= top]] = True
        bits[term] = np.packbits(chosen)
    with connections.transaction() as db:
        record = db.execute("SELECT value FROM meta WHERE key = 'frequent_terms'").fetchone()
        if record is None:
            return None
        db.execute("DELETE FROM frequent_terms")
        db.executemany(
            "INSERT INTO frequent_terms VALUES (?, ?)",
            [(term, packed.tobytes()) for term, packed in bits.items()],
        )
        db.execute("INSERT OR REPLACE INTO meta VALUES ('frequent_terms', 'up to date')")
    return FrequentTerms(bits)


def _frequent_words(cache: ArticleCache, least: int) -> list[str]:
    """Return the words of the index in at least `least` articles, the most frequent first."""
    found: list[tuple[int, str]] = []
    last = ""
    while True:
        with cache.connections.reading() as db:
            records = db.execute(
                "SELECT term, doc FROM search_vocabulary WHERE term > ? ORDER BY term LIMIT ?",
                (last, _SCAN_CHUNK),
            ).fetchall()
        if not records:
            break
        last = records[-1][0]
        # The gap between paragraphs is no word a query holds.
        found += [(-docs, term) for term, docs in records if docs >= least and term != _GAP]
    found.sort()
    return [term for _docs, term in found[:MOST_TERMS]]
