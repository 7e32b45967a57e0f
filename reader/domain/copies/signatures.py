"""The signature of an article's body: word count, digest, and a MinHash of its shingles.

MinHash gives each body 128 minima of its shingles under 128 hash functions; two bodies
agree on a minimum with probability equal to the Jaccard similarity of their shingle sets,
so comparing signatures estimates it without the shingles. Only the low 16 bits of each
minimum are kept (b-bit MinHash): two different minima agree by chance once in 65,536, and a
signature takes 256 bytes in the cache.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from reader.domain.copies.shingles import body_text, digest, shingle_hashes, word_count
from reader.domain.store.copy_store import stored_bodies
from reader.domain.store.database import connect_reader

# Hash functions per signature, and how LSH cuts a signature into bands (see matching.py).
PERMUTATIONS = 128
BAND_ROWS = 4
BANDS = PERMUTATIONS // BAND_ROWS
# Bodies shorter than this are copies only when identical after folding (the rule:
# a few changed words are most of a short item, as in two of a template's reports).
MIN_SHINGLED_WORDS = 20

_SEEDS = np.random.default_rng(0x5EED_C0DE).integers(
    0, 2**64, size=(2, PERMUTATIONS), dtype=np.uint64, endpoint=False
)
# An odd multiplier makes a*x + b a permutation of the 64-bit numbers.
_MULTIPLIERS = _SEEDS[0] | np.uint64(1)
_ADDENDS = _SEEDS[1]
# Bits 24-39 of a minimum: the top bits of a minimum of many hashes are mostly zero.
_KEPT_SHIFT = np.uint64(24)
# Bodies hashed in one numpy pass: large enough to amortise numpy's calls, small enough that
# the arrays stay in the processor's cache.
_BATCH = 256

Minhashes = npt.NDArray[np.uint16]


@dataclass(frozen=True, slots=True)
class Signatures:
    """The signatures of some articles, by cache key, as parallel arrays.

    digests is 0 for an empty body (never a copy); minhashes has a row per article, all
    zeros for a body under MIN_SHINGLED_WORDS words (compared by digest only).
    """

    keys: npt.NDArray[np.int64]
    words: npt.NDArray[np.int64]
    digests: npt.NDArray[np.int64]
    minhashes: Minhashes

    def __len__(self) -> int:
        return len(self.keys)

    @property
    def shingled(self) -> npt.NDArray[np.bool_]:
        """Which articles are compared by their MinHash (long enough bodies)."""
        return self.words >= MIN_SHINGLED_WORDS


def empty_signatures() -> Signatures:
    """Return the signatures of no article."""
    return Signatures(
        np.zeros(0, np.int64),
        np.zeros(0, np.int64),
        np.zeros(0, np.int64),
        np.zeros((0, PERMUTATIONS), np.uint16),
    )


def minhashes(texts: Sequence[str]) -> Minhashes:
    """Return the MinHash of each body_text (all zeros for one under MIN_SHINGLED_WORDS)."""
    result = np.zeros((len(texts), PERMUTATIONS), dtype=np.uint16)
    long_rows = [row for row, text in enumerate(texts) if word_count(text) >= MIN_SHINGLED_WORDS]
    for start in range(0, len(long_rows), _BATCH):
        rows = long_rows[start : start + _BATCH]
        hashes, offsets = shingle_hashes([texts[row] for row in rows])
        starts = offsets[:-1]
        lowest = np.empty((len(rows), PERMUTATIONS), dtype=np.uint64)
        for permutation in range(PERMUTATIONS):
            permuted = hashes * _MULTIPLIERS[permutation] + _ADDENDS[permutation]
            lowest[:, permutation] = np.minimum.reduceat(permuted, starts)
        result[rows] = (lowest >> _KEPT_SHIFT).astype(np.uint16)
    return result


def signatures_of(keys: Sequence[int], bodies: Sequence[Sequence[str]]) -> Signatures:
    """Return the signatures of articles with these keys, from their body paragraphs."""
    texts = [body_text(body) for body in bodies]
    return Signatures(
        keys=np.array(keys, dtype=np.int64),
        words=np.array([word_count(text) for text in texts], dtype=np.int64),
        digests=np.array([digest(text) if text else 0 for text in texts], dtype=np.int64),
        minhashes=minhashes(texts),
    )


def concatenate(parts: Sequence[Signatures]) -> Signatures:
    """Return the signatures of several parts, one after the other."""
    if not parts:
        return empty_signatures()
    return Signatures(
        np.concatenate([part.keys for part in parts]),
        np.concatenate([part.words for part in parts]),
        np.concatenate([part.digests for part in parts]),
        np.concatenate([part.minhashes for part in parts]),
    )


def signatures_from_file(database: Path, keys: Sequence[int]) -> Signatures:
    """Return the signatures of the cached articles with these keys, read from the cache
    database file (runs in a worker process, on its own read-only connection)."""
    connection = connect_reader(database)
    try:
        found, bodies = stored_bodies(connection, keys)
    finally:
        connection.close()
    return signatures_of(found, bodies)
