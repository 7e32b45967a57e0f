"""CopyGroups: the groups of copies of one story, each oldest first, by article key or id."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Sequence

import numpy as np
import numpy.typing as npt

_Ints = npt.NDArray[np.int64]


class CopyGroups:
    """Groups of two or more articles that are copies of one story, each oldest first.

    Members are cache keys as update_copy_groups gives them, or library ids after mapped():
    the same questions work on either. An article in no group is a story of its own. Held in
    a few numpy arrays (about 24 bytes per member, nothing per other article).
    """

    def __init__(self, groups: Iterable[Sequence[int]] = ()) -> None:
        kept = [list(group) for group in groups if len(group) > 1]
        sizes = np.array([len(group) for group in kept], dtype=np.int64)
        self._starts = np.zeros(len(kept) + 1, dtype=np.int64)
        np.cumsum(sizes, out=self._starts[1:])
        self._members = np.array([m for group in kept for m in group], dtype=np.int64)
        group_of = np.repeat(np.arange(len(kept), dtype=np.int64), sizes)
        order = np.argsort(self._members, kind="stable")
        # Members sorted, with the group and the rank (0: the story) of each.
        self._sorted = self._members[order]
        self._group = group_of[order]
        self._rank = (np.arange(len(self._members), dtype=np.int64) - self._starts[group_of])[order]

    def __len__(self) -> int:
        return len(self._starts) - 1

    def __iter__(self) -> Iterator[tuple[int, ...]]:
        for index in range(len(self)):
            yield self._group_members(index)

    @property
    def member_count(self) -> int:
        """How many articles are in some group."""
        return len(self._members)

    @property
    def nbytes(self) -> int:
        """The memory the groups' arrays take."""
        arrays = (self._starts, self._members, self._sorted, self._group, self._rank)
        return sum(array.nbytes for array in arrays)

    def _group_members(self, index: int) -> tuple[int, ...]:
        """Return the members of the group at index, oldest first."""
        start, end = self._starts[index], self._starts[index + 1]
        return tuple(self._members[start:end].tolist())

    def _lookup(self, items: _Ints) -> tuple[_Ints, _Ints]:
        """Return the group index (-1: none) and rank of each item."""
        if not len(self._sorted):
            none = np.full(len(items), -1, dtype=np.int64)
            return none, np.zeros(len(items), dtype=np.int64)
        where = np.minimum(np.searchsorted(self._sorted, items), len(self._sorted) - 1)
        found = self._sorted[where] == items
        return np.where(found, self._group[where], -1), np.where(found, self._rank[where], 0)

    def group(self, item: int) -> tuple[int, ...]:
        """Return the group of an article (itself included), oldest first; () when it has no
        copies."""
        groups, _ranks = self._lookup(np.array([item], dtype=np.int64))
        return () if groups[0] < 0 else self._group_members(int(groups[0]))

    def story(self, item: int) -> int:
        """Return the story of an article: its group's earliest member, or itself."""
        group = self.group(item)
        return group[0] if group else item

    def copies(self, item: int) -> tuple[int, ...]:
        """Return the other members of an article's group, oldest first."""
        return tuple(member for member in self.group(item) if member != item)

    def collapse(self, items: Sequence[int]) -> list[int]:
        """Return items with one per story: of each group's members among items, the earliest
        stays, in its place; articles with no copies all stay."""
        values = np.asarray(items, dtype=np.int64)
        groups, ranks = self._lookup(values)
        grouped = groups >= 0
        if not grouped.any():
            return list(items)
        best = np.full(len(self), np.iinfo(np.int64).max, dtype=np.int64)
        np.minimum.at(best, groups[grouped], ranks[grouped])
        keep = ~grouped | (ranks == best[np.maximum(groups, 0)])
        result: list[int] = values[keep].tolist()
        return result

    def within(self, items: Iterable[int]) -> CopyGroups:
        """Return the groups among items alone (those that keep two or more members)."""
        wanted = np.unique(np.fromiter(items, dtype=np.int64))
        return self._filtered(self._members, np.isin(self._members, wanted))

    def mapped(self, table: Sequence[int] | _Ints) -> CopyGroups:
        """Return the groups renumbered by table (table[key] is the new number, -1: none);
        members with no new number are left out."""
        lookup = np.asarray(table, dtype=np.int64)
        inside = (self._members >= 0) & (self._members < len(lookup))
        renamed = np.full(len(self._members), -1, dtype=np.int64)
        renamed[inside] = lookup[self._members[inside]]
        return self._filtered(renamed, renamed >= 0)

    def _filtered(self, members: _Ints, kept: npt.NDArray[np.bool_]) -> CopyGroups:
        """Return the groups of members (parallel to this one's) with only the kept ones;
        groups left with one member are dropped."""
        if not len(self):
            return CopyGroups()
        counts = np.add.reduceat(kept.astype(np.int64), self._starts[:-1])
        # reduceat gives an empty group its next member's value: empty groups never occur.
        starts = np.zeros(len(counts) + 1, dtype=np.int64)
        np.cumsum(counts, out=starts[1:])
        flat = members[kept].tolist()
        return CopyGroups(flat[start:end] for start, end in itertools.pairwise(starts.tolist()))
