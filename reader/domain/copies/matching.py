"""Which articles are copies: candidates from identical digests and LSH bands, then checked.

Two bodies are copies when identical after folding, or when at least 20 words long with a
Jaccard similarity of at least 0.7 between their sets of 5-word shingles; groups are the
connected components. LSH cuts each 128-value MinHash into 32 bands of 4: bodies that agree
on a whole band are candidates (a pair at similarity 0.7 shares a band with probability
1 - (1 - 0.7**4)**32 > 0.9998; unrelated texts almost never do). A candidate's similarity
is estimated from the signatures; only estimates near the threshold are checked exactly,
from the shingles themselves.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence

import numpy as np
import numpy.typing as npt

from reader.domain.copies.shingles import U64, jaccard
from reader.domain.copies.signatures import BANDS, Signatures

# The threshold of Jaccard similarity between shingle sets.
THRESHOLD = 0.7
# Estimates from 128 values lie within 0.2 of the truth near 0.7 but for odds of about one
# in a million (4.9 standard deviations): beyond these, the estimate decides alone.
SURE_COPY = 0.9
SURE_NOT_COPY = 0.5
# A bucket with more members than this compares each with its first few and its neighbour
# only: its pairs would grow with the square of its size (many copies of one wire story).
_ALL_PAIRS_BUCKET = 24
# Pairs estimated at once: a pair takes a row of 128 comparisons.
_ESTIMATE_CHUNK = 65536

Pairs = npt.NDArray[np.int64]


class UnionFind:
    """Disjoint sets of row numbers: which rows are joined, directly or through others."""

    def __init__(self) -> None:
        self._parent: dict[int, int] = {}

    def find(self, row: int) -> int:
        """Return the representative of row's set."""
        parent = self._parent
        root = row
        while (up := parent.get(root, root)) != root:
            root = up
        while (up := parent.get(row, row)) != root:
            parent[row] = root
            row = up
        return root

    def union(self, first: int, second: int) -> None:
        """Join the sets of two rows."""
        a, b = self.find(first), self.find(second)
        if a != b:
            self._parent[max(a, b)] = min(a, b)

    def joined(self) -> Iterator[int]:
        """Yield every row joined to another one."""
        parent = self._parent
        yield from set(parent) | set(parent.values())

    def components(self, rows: Iterable[int]) -> list[list[int]]:
        """Return the sets of the given rows (each in ascending order), one list per set."""
        sets: dict[int, list[int]] = {}
        for row in sorted(set(rows)):
            sets.setdefault(self.find(row), []).append(row)
        return list(sets.values())


def digest_representatives(signatures: Signatures) -> tuple[npt.NDArray[np.int64], Pairs]:
    """Return the first row of each distinct non-empty body, and (row, its first) pairs that
    join the other rows of an identical body to it."""
    rows = np.flatnonzero(signatures.digests != 0)
    _values, first, inverse = np.unique(
        signatures.digests[rows], return_index=True, return_inverse=True
    )
    firsts = rows[first]
    owner = firsts[inverse]
    others = rows != owner
    return np.sort(firsts), np.stack([owner[others], rows[others]], axis=1)


def band_pairs(
    signatures: Signatures, rows: npt.NDArray[np.int64], new: npt.NDArray[np.bool_]
) -> Pairs:
    """Return the pairs of rows (first < second) that agree on a whole band, with at least one
    new; rows are the candidates (long bodies, one per distinct body)."""
    fresh = new
    rows = rows[signatures.shingled[rows]]
    if not len(rows) or not fresh[rows].any():
        return np.zeros((0, 2), dtype=np.int64)
    bands = np.ascontiguousarray(signatures.minhashes[rows]).view(np.uint64)
    found: list[Pairs] = []
    for band in range(BANDS):
        keys = bands[:, band]
        # Only buckets that hold a new row can give a new pair.
        wanted = np.isin(keys, keys[fresh[rows]])
        members = rows[wanted]
        order = np.argsort(keys[wanted], kind="stable")
        members, sorted_keys = members[order], keys[wanted][order]
        breaks = np.flatnonzero(sorted_keys[1:] != sorted_keys[:-1]) + 1
        bounds = np.concatenate(([0], breaks, [len(members)]))
        sizes = np.diff(bounds)
        for start, size in zip(bounds[:-1][sizes > 1], sizes[sizes > 1], strict=True):
            found.append(_bucket_pairs(members[start : start + size], fresh))
    if not found:
        return np.zeros((0, 2), dtype=np.int64)
    pairs = np.concatenate(found)
    pairs = np.sort(pairs, axis=1)
    return np.unique(pairs, axis=0)


def _bucket_pairs(members: npt.NDArray[np.int64], fresh: npt.NDArray[np.bool_]) -> Pairs:
    """Return the pairs one bucket asks to compare: all of them when it is small."""
    size = len(members)
    if size <= _ALL_PAIRS_BUCKET:
        first, second = np.triu_indices(size, k=1)
    else:
        head = np.arange(min(size, _ALL_PAIRS_BUCKET))
        first = np.concatenate([np.repeat(head, size), np.arange(size - 1)])
        second = np.concatenate([np.tile(np.arange(size), len(head)), np.arange(1, size)])
        keep = first < second
        first, second = first[keep], second[keep]
    pairs = np.stack([members[first], members[second]], axis=1)
    return pairs[fresh[pairs].any(axis=1)]


def all_pairs(rows: Sequence[int]) -> Pairs:
    """Return every pair of the given rows."""
    first, second = np.triu_indices(len(rows), k=1)
    chosen = np.asarray(rows, dtype=np.int64)
    return np.stack([chosen[first], chosen[second]], axis=1)


def estimates(signatures: Signatures, pairs: Pairs) -> npt.NDArray[np.float64]:
    """Return the Jaccard similarity of each pair as its MinHash estimates it."""
    result = np.zeros(len(pairs), dtype=np.float64)
    matrix = signatures.minhashes
    for start in range(0, len(pairs), _ESTIMATE_CHUNK):
        chunk = pairs[start : start + _ESTIMATE_CHUNK]
        agree = matrix[chunk[:, 0]] == matrix[chunk[:, 1]]
        result[start : start + len(chunk)] = agree.mean(axis=1)
    return result


def join_copies(
    signatures: Signatures,
    pairs: Pairs,
    groups: UnionFind,
    shingles: Callable[[int], U64],
) -> None:
    """Join the pairs (of long bodies) that are copies in groups.

    shingles(row) gives a row's shingle hashes, for the estimates too near the threshold to
    decide alone; a pair already joined through others is not checked at all.
    """
    if not len(pairs):
        return
    estimated = estimates(signatures, pairs)
    sure = pairs[estimated >= SURE_COPY]
    unsure = pairs[(estimated >= SURE_NOT_COPY) & (estimated < SURE_COPY)]
    for first, second in sure.tolist():
        groups.union(first, second)
    for first, second in unsure.tolist():
        if groups.find(first) == groups.find(second):
            continue
        if jaccard(shingles(first), shingles(second)) >= THRESHOLD:
            groups.union(first, second)
