"""Calendar periods for coverage over time: days, ISO weeks, months and years, and timelines."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from functools import cache

import numpy as np
import numpy.typing as npt

# How many bars a timeline holds at most when its period is chosen from the span.
MOST_PERIODS = 60
# The day number of an undated article in the library's day column.
UNDATED = -1
# Over a span of more days than this, articles are put in their periods by a binary search:
# a count per day would need an array as long as the span.
_MOST_DAYS_COUNTED = 1 << 17

_BOUND = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")

IntArray = npt.NDArray[np.int32]


class Period(StrEnum):
    """The length of one bar of a timeline."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


def period_start(day: date, by: Period) -> date:
    """Return the first day of the period holding day (ISO weeks start on Monday)."""
    if by is Period.DAY:
        return day
    if by is Period.WEEK:
        return day - timedelta(days=day.weekday())
    if by is Period.MONTH:
        return day.replace(day=1)
    return date(day.year, 1, 1)


def next_start(start: date, by: Period) -> date:
    """Return the first day of the period after the one starting on start."""
    if by is Period.DAY:
        return start + timedelta(days=1)
    if by is Period.WEEK:
        return start + timedelta(days=7)
    if by is Period.MONTH:
        return date(start.year + start.month // 12, start.month % 12 + 1, 1)
    return date(start.year + 1, 1, 1)


def period_end(start: date, by: Period) -> date:
    """Return the last day of the period starting on start."""
    return next_start(start, by) - timedelta(days=1)


def period_label(start: date, by: Period) -> str:
    """Return a period's label: 2023-10-05, 2023-W40 (ISO week), 2023-10 or 2023."""
    if by is Period.DAY:
        return start.isoformat()
    if by is Period.WEEK:
        year, week, _weekday = start.isocalendar()
        return f"{year}-W{week:02}"
    if by is Period.MONTH:
        return f"{start.year}-{start.month:02}"
    return str(start.year)


def period_starts(first: date, last: date, by: Period) -> list[date]:
    """Return the start of every period from the one holding first to the one holding last."""
    starts = []
    start = period_start(first, by)
    while start <= last:
        starts.append(start)
        start = next_start(start, by)
    return starts


def choose_period(first: date, last: date, most: int = MOST_PERIODS) -> Period:
    """Return the shortest period that shows the span in at most `most` bars."""
    for by in (Period.DAY, Period.WEEK, Period.MONTH):
        if _period_count(first, last, by) <= most:
            return by
    return Period.YEAR


def _period_count(first: date, last: date, by: Period) -> int:
    """Return how many periods the span from first to last touches."""
    if by is Period.DAY:
        return (last - first).days + 1
    if by is Period.WEEK:
        return (period_start(last, by) - period_start(first, by)).days // 7 + 1
    return (last.year - first.year) * 12 + last.month - first.month + 1


def parse_bound(text: str) -> tuple[date, date]:
    """Return the first and last day of YYYY, YYYY-MM or YYYY-MM-DD; ValueError otherwise."""
    match = _BOUND.fullmatch(text.strip())
    message = f"not a date: {text!r} (use YYYY, YYYY-MM or YYYY-MM-DD)"
    if match is None:
        raise ValueError(message)
    year, month, day = (int(part) if part else None for part in match.groups())
    assert year is not None  # the pattern requires it
    try:
        if month is None:
            return date(year, 1, 1), date(year, 12, 31)
        if day is None:
            start = date(year, month, 1)
            return start, period_end(start, Period.MONTH)
        single = date(year, month, day)
    except ValueError:
        raise ValueError(message) from None
    return single, single


@cache
def _ordinal(day_text: str) -> int:
    """Return the day number of an ISO calendar date."""
    return date.fromisoformat(day_text).toordinal()


def written_day(encoded: str | None) -> int:
    """Return the day number (date.toordinal) of a date as the library encodes it, as written
    (no time-zone conversion); UNDATED for none."""
    if not encoded:
        return UNDATED
    try:
        return _ordinal(encoded[1:11])
    except ValueError:
        return UNDATED


@dataclass(frozen=True, slots=True)
class Timeline:
    """Articles per period: the result's count and the whole folder's, and the undated ones."""

    by: Period
    starts: tuple[date, ...]
    counts: tuple[int, ...]
    totals: tuple[int, ...]
    undated: int = 0
    undated_total: int = 0

    def __len__(self) -> int:
        return len(self.starts)

    def label(self, index: int) -> str:
        """Return the label of the period at index."""
        return period_label(self.starts[index], self.by)

    def end(self, index: int) -> date:
        """Return the last day of the period at index."""
        return period_end(self.starts[index], self.by)

    def share(self, index: int) -> float:
        """Return the result's share of the folder's articles in the period at index."""
        total = self.totals[index]
        return self.counts[index] / total if total else 0.0


def count_periods(days: IntArray, starts: list[date], by: Period) -> list[int]:
    """Return how many of the day numbers fall in each period (starts ascending, consecutive
    periods of one length); undated and out-of-span days are left out. Runs in numpy."""
    if not starts:
        return []
    edges = np.fromiter((start.toordinal() for start in starts), np.int64, len(starts))
    first = int(edges[0])
    last = period_end(starts[-1], by).toordinal()
    inside = days[(days >= first) & (days <= last)]
    if last - first < _MOST_DAYS_COUNTED:
        # A count per day, summed per period: one pass over the articles, where a binary
        # search for each one's period took far longer (benchmarks/README.md).
        per_day = np.bincount(inside - first, minlength=last - first + 1)
        counted: list[int] = np.add.reduceat(per_day, edges - first).tolist()
        return counted
    slots = np.searchsorted(edges, inside, side="right") - 1
    searched: list[int] = np.bincount(slots, minlength=len(starts)).tolist()
    return searched


def count_undated(days: IntArray) -> int:
    """Return how many of the day numbers are undated."""
    return int(np.count_nonzero(days == UNDATED))
