"""Coverage by outlet and over time: outlet and date filters, outlet counts and timelines.

Every pass over articles runs in numpy on copies of the library's columns (its arrays grow
during a load, so no buffer view of them is kept); copies are remade after articles change.
"""

from __future__ import annotations

from array import array
from collections.abc import Collection
from dataclasses import replace
from datetime import date
from typing import Any

import numpy as np

from reader.domain.flags import RowFlag
from reader.domain.library.columns import ArticleColumns
from reader.domain.library.id_arrays import IntArray, id_array, to_ids
from reader.domain.library.outlets import OutletFacets
from reader.domain.library.periods import (
    UNDATED,
    Period,
    Timeline,
    choose_period,
    count_periods,
    count_undated,
    period_starts,
)
from reader.domain.library.query import Query

_REMOVED = int(RowFlag.REMOVED)


class Coverage:
    """The outlet and day columns of a library in numpy, with what is computed from them."""

    def __init__(self, columns: ArticleColumns) -> None:
        self._columns = columns
        # Built on first use, dropped when articles come, go or change.
        self._derived: dict[Any, Any] = {}

    def forget(self) -> None:
        """Drop what is built from the columns: articles came, went or changed."""
        self._derived.clear()

    def _days(self) -> IntArray:
        """Return each article's day number (UNDATED for none), by id."""
        days = self._derived.get("days")
        if days is None:
            days = self._derived["days"] = np.array(self._columns.days(), dtype=np.int32)
        return days

    def _outlets(self) -> IntArray:
        """Return each article's outlet id (0 for no source), by id."""
        outlets = self._derived.get("outlets")
        if outlets is None:
            spellings = np.array(self._columns.spellings(), dtype=np.int32)
            outlets = self._columns.outlets.outlet_table()[spellings]
            self._derived["outlets"] = outlets
        return outlets

    def _listed(self) -> IntArray:
        """Return the ids of every listed (not removed) article, ascending."""
        listed = self._derived.get("listed")
        if listed is None:
            columns = self._columns
            if not columns.removed:
                listed = np.arange(len(columns.paths), dtype=np.int32)
            else:
                flags = np.frombuffer(bytes(columns.flags), dtype=np.uint8)
                listed = np.flatnonzero((flags & _REMOVED) == 0).astype(np.int32)
            self._derived["listed"] = listed
        return listed

    def keep(self, ids: IntArray, query: Query) -> np.ndarray[Any, np.dtype[np.bool_]]:
        """Return which of ids the query's outlets and dates let through."""
        mask = np.ones(len(ids), dtype=bool)
        index = self._columns.outlets
        if query.sources or query.exclude_sources:
            outlets = self._outlets()[ids]
            if query.sources:
                allowed = np.zeros(len(index.keys), dtype=bool)
                allowed[index.outlet_ids(query.sources)] = True
                mask &= allowed[outlets]
            if query.exclude_sources:
                banned = np.zeros(len(index.keys), dtype=bool)
                banned[index.outlet_ids(query.exclude_sources)] = True
                mask &= ~banned[outlets]
        if query.has_dates():
            days = self._days()[ids]
            mask &= days != UNDATED
            if query.date_from is not None:
                mask &= days >= query.date_from.toordinal()
            if query.date_to is not None:
                mask &= days <= query.date_to.toordinal()
        return mask

    def filter(self, ids: Collection[int], query: Query) -> array[int]:
        """Return those of ids that the query's outlets and dates let through, in their order."""
        found = id_array(ids)
        return to_ids(found[self.keep(found, query)])

    def outlet_facets(self, ids: Collection[int] | None = None) -> OutletFacets:
        """Return the outlet counts over ids (every listed article when None)."""
        if ids is None:
            facets = self._derived.get("facets")
            if facets is None:
                facets = self._derived["facets"] = self._outlet_facets(self._listed())
            return facets
        return self._outlet_facets(id_array(ids))

    def _outlet_facets(self, ids: IntArray) -> OutletFacets:
        """Count the outlets of ids, beside the whole folder's."""
        index = self._columns.outlets
        names = self._derived.get("names")
        if names is None:
            spellings = np.array(self._columns.spellings(), dtype=np.int32)
            counts = np.bincount(spellings[self._listed()], minlength=1)
            names = self._derived["names"] = index.names(counts)
        return index.facets(self._outlets(), ids, self._listed(), names)

    def date_span(self) -> tuple[date, date] | None:
        """Return the first and last day of the listed dated articles, if any."""
        return self._span(None, None)

    def _span(self, start: date | None, end: date | None) -> tuple[date, date] | None:
        """Return the first and last day of the listed articles dated from start to end."""
        key = ("span", start, end)
        if key not in self._derived:
            days = self._days()[self._listed()]
            inside = days != UNDATED
            if start is not None:
                inside &= days >= start.toordinal()
            if end is not None:
                inside &= days <= end.toordinal()
            dated = days[inside]
            self._derived[key] = (
                (date.fromordinal(int(dated.min())), date.fromordinal(int(dated.max())))
                if len(dated)
                else None
            )
        span: tuple[date, date] | None = self._derived[key]
        return span

    def timeline(
        self,
        ids: Collection[int] | None = None,
        by: Period | None = None,
        start: date | None = None,
        end: date | None = None,
    ) -> Timeline:
        """Return the articles of ids (every listed one when None) and of the folder per
        period, from the period of the folder's first dated article to that of its last (of
        those dated from start to end, when given)."""
        all_days = self._days()
        folder_days = all_days[self._listed()]
        span = self._span(start, end)
        first, last = span if span is not None else (date.today(), date.today())
        chosen = by if by is not None else choose_period(first, last)
        starts = period_starts(first, last, chosen) if span is not None else []
        totals_key = ("totals", chosen, first, last)
        totals: list[int] | None = self._derived.get(totals_key)
        if totals is None:
            totals = self._derived[totals_key] = count_periods(folder_days, starts, chosen)
        days = folder_days if ids is None else all_days[id_array(ids)]
        return Timeline(
            by=chosen,
            starts=tuple(starts),
            counts=tuple(count_periods(days, starts, chosen)),
            totals=tuple(totals),
            undated=count_undated(days),
            undated_total=count_undated(folder_days),
        )


def without_coverage(query: Query) -> Query:
    """Return the query less its outlets and dates."""
    return replace(query, sources=(), exclude_sources=(), date_from=None, date_to=None)


def without_dates(query: Query) -> Query:
    """Return the query less its date range (the timeline shows the range among the rest)."""
    return replace(query, date_from=None, date_to=None)


def without_sources(query: Query) -> Query:
    """Return the query less its included outlets (what each outlet would add to it)."""
    return replace(query, sources=())
