"""Outlets: one identity per folded source name, shown in its most frequent spelling."""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from reader.domain.library.id_arrays import IntArray
from reader.domain.text.arabic import fold

# The outlet of an article with no source: it counts, and can be picked, like any other.
NO_SOURCE = ""
# The id of "no source", as a spelling and as an outlet.
NO_SOURCE_ID = 0


def outlet_key(source: str | None) -> str:
    """Return the identity of a source name: folded, with spaces collapsed."""
    return " ".join(fold(source).split()) if source else NO_SOURCE


@dataclass(frozen=True, slots=True)
class OutletFacets:
    """How many articles of a result, and of the whole folder, each outlet has, by outlet id."""

    # Ids of the outlets the result has, most articles first, ties in folded-key order.
    order: Sequence[int]
    counts: Sequence[int]
    totals: Sequence[int]
    # By outlet id: the most frequent spelling (NO_SOURCE for id 0) and the folded key.
    names: Sequence[str]
    keys: Sequence[str]
    ids_by_key: Mapping[str, int]

    def outlet_id(self, source: str) -> int | None:
        """Return the id of an outlet in any spelling (NO_SOURCE: the unsourced), if known."""
        return self.ids_by_key.get(outlet_key(source))

    def pairs(self) -> list[tuple[str, int]]:
        """Return (outlet as shown, count) in order; NO_SOURCE stands for the unsourced."""
        return [(self.names[outlet], self.counts[outlet]) for outlet in self.order]


class OutletIndex:
    """Source spellings and the outlets they name, each by a small id (0: no source).

    The library keeps a spelling id per article; counts are numpy passes over that column.
    """

    def __init__(self) -> None:
        self._spelling_ids: dict[str, int] = {NO_SOURCE: NO_SOURCE_ID}
        self._spellings: list[str] = [NO_SOURCE]
        self._outlet_of_spelling: array[int] = array("i", [NO_SOURCE_ID])
        self.keys: list[str] = [NO_SOURCE]
        self.id_of_key: dict[str, int] = {NO_SOURCE: NO_SOURCE_ID}

    def spelling_id(self, source: str | None) -> int:
        """Return the id of a source as written, giving it (and its outlet) one when new."""
        if not source:
            return NO_SOURCE_ID
        found = self._spelling_ids.get(source)
        if found is not None:
            return found
        key = outlet_key(source)
        outlet = self.id_of_key.get(key)
        if outlet is None:
            outlet = self.id_of_key[key] = len(self.keys)
            self.keys.append(key)
        spelling = self._spelling_ids[source] = len(self._spellings)
        self._spellings.append(source)
        self._outlet_of_spelling.append(outlet)
        return spelling

    def spelling_ids(self, sources: Iterable[str | None]) -> array[int]:
        """Return the spelling id of each source."""
        return array("i", map(self.spelling_id, sources))

    def outlet_table(self) -> IntArray:
        """Return the outlet id of each spelling id (a copy)."""
        return np.array(self._outlet_of_spelling, dtype=np.int32)

    def outlet_ids(self, sources: Iterable[str]) -> list[int]:
        """Return the ids of the outlets named (in any spelling) that the folder has."""
        found = (self.id_of_key.get(outlet_key(source)) for source in sources)
        return [outlet for outlet in found if outlet is not None]

    def names(self, spelling_counts: npt.NDArray[np.integer[Any]]) -> list[str]:
        """Return each outlet's most frequent spelling (ties: the first met), by outlet id."""
        names = [NO_SOURCE] * len(self.keys)
        best = [-1] * len(self.keys)
        counts: list[int] = spelling_counts.tolist()
        # One pass over the spellings: a folder has some hundreds, not one per article.
        for spelling, outlet in enumerate(self._outlet_of_spelling):
            count = counts[spelling] if spelling < len(counts) else 0
            if count > best[outlet]:
                best[outlet] = count
                names[outlet] = self._spellings[spelling]
        names[NO_SOURCE_ID] = NO_SOURCE
        return names

    def facets(
        self, outlets: IntArray, ids: IntArray, listed: IntArray, names: Sequence[str]
    ) -> OutletFacets:
        """Count the outlets of ids and of every listed id, given each article's outlet id
        (numpy passes over the column)."""
        size = len(self.keys)
        counts: list[int] = np.bincount(outlets[ids], minlength=size).tolist()
        totals: list[int] = np.bincount(outlets[listed], minlength=size).tolist()
        keys = self.keys
        present = sorted(
            (outlet for outlet in range(size) if counts[outlet]),
            key=lambda outlet: (-counts[outlet], outlet == NO_SOURCE_ID, keys[outlet]),
        )
        return OutletFacets(
            order=present,
            counts=counts,
            totals=totals,
            names=names,
            keys=keys,
            ids_by_key=self.id_of_key,
        )
