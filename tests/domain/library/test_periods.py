"""Calendar periods: starts, labels, spans, bounds, and counting days into periods."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from reader.domain.library.periods import (
    UNDATED,
    Period,
    choose_period,
    count_periods,
    count_undated,
    parse_bound,
    period_end,
    period_label,
    period_start,
    period_starts,
    written_day,
)


@pytest.mark.parametrize(
    ("day", "by", "start", "end", "label"),
    [
        (date(2023, 10, 5), Period.DAY, date(2023, 10, 5), date(2023, 10, 5), "2023-10-05"),
        (date(2023, 10, 5), Period.WEEK, date(2023, 10, 2), date(2023, 10, 8), "2023-W40"),
        # An ISO week belongs to the year of its Thursday.
        (date(2021, 1, 2), Period.WEEK, date(2020, 12, 28), date(2021, 1, 3), "2020-W53"),
        (date(2024, 12, 30), Period.WEEK, date(2024, 12, 30), date(2025, 1, 5), "2025-W01"),
        (date(2023, 10, 5), Period.MONTH, date(2023, 10, 1), date(2023, 10, 31), "2023-10"),
        (date(2024, 2, 9), Period.MONTH, date(2024, 2, 1), date(2024, 2, 29), "2024-02"),
        (date(2023, 12, 31), Period.MONTH, date(2023, 12, 1), date(2023, 12, 31), "2023-12"),
        (date(2023, 10, 5), Period.YEAR, date(2023, 1, 1), date(2023, 12, 31), "2023"),
    ],
)
def test_a_day_falls_in_one_period(
    day: date, by: Period, start: date, end: date, label: str
) -> None:
    assert period_start(day, by) == start
    assert period_end(start, by) == end
    assert period_label(start, by) == label


@pytest.mark.parametrize(
    ("first", "last", "by", "labels"),
    [
        (date(2023, 10, 30), date(2023, 11, 2), Period.DAY,
         ["2023-10-30", "2023-10-31", "2023-11-01", "2023-11-02"]),
        (date(2023, 11, 15), date(2024, 2, 1), Period.MONTH,
         ["2023-11", "2023-12", "2024-01", "2024-02"]),
        (date(2023, 12, 31), date(2024, 1, 1), Period.WEEK, ["2023-W52", "2024-W01"]),
        (date(2022, 6, 5), date(2024, 1, 1), Period.YEAR, ["2022", "2023", "2024"]),
    ],
)  # fmt: skip
def test_periods_run_from_the_first_to_the_last_empty_ones_included(
    first: date, last: date, by: Period, labels: list[str]
) -> None:
    assert [period_label(start, by) for start in period_starts(first, last, by)] == labels


@pytest.mark.parametrize(
    ("first", "last", "by"),
    [
        (date(2023, 10, 1), date(2023, 10, 1), Period.DAY),
        (date(2023, 10, 1), date(2023, 11, 29), Period.DAY),  # 60 days
        (date(2023, 10, 1), date(2023, 11, 30), Period.WEEK),
        (date(2023, 1, 1), date(2025, 2, 1), Period.MONTH),
        (date(2015, 1, 1), date(2019, 12, 31), Period.MONTH),  # 60 months
        (date(2015, 1, 1), date(2020, 1, 1), Period.YEAR),
    ],
)
def test_the_period_is_chosen_so_that_bars_stay_few(first: date, last: date, by: Period) -> None:
    assert choose_period(first, last) is by


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("2023", date(2023, 1, 1), date(2023, 12, 31)),
        ("2023-10", date(2023, 10, 1), date(2023, 10, 31)),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29)),
        ("2023-10-05", date(2023, 10, 5), date(2023, 10, 5)),
        (" 2023-1-5 ", date(2023, 1, 5), date(2023, 1, 5)),
    ],
)
def test_a_bound_is_a_year_a_month_or_a_day(text: str, first: date, last: date) -> None:
    assert parse_bound(text) == (first, last)


@pytest.mark.parametrize("text", ["", "23", "2023-13", "2023-02-30", "2023/10", "october"])
def test_a_bound_that_is_no_date_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match=r"."):
        parse_bound(text)


@pytest.mark.parametrize(
    ("encoded", "day"),
    [
        (None, UNDATED),
        ("", UNDATED),
        ("d2023-09-18", date(2023, 9, 18).toordinal()),
        # The calendar date as written: no conversion to UTC.
        ("t2024-12-09T01:30:00+03:00", date(2024, 12, 9).toordinal()),
        ("t2024-12-09T23:30:00-05:00", date(2024, 12, 9).toordinal()),
        ("t2024-09-26T11:30:00", date(2024, 9, 26).toordinal()),
    ],
)
def test_an_articles_day_is_its_date_as_written(encoded: str | None, day: int) -> None:
    assert written_day(encoded) == day


def test_days_are_counted_into_their_periods_with_undated_apart() -> None:
    days = [date(2023, 10, 5), date(2023, 10, 31), date(2023, 12, 1), date(2023, 12, 31)]
    column = np.array([d.toordinal() for d in days] + [UNDATED, UNDATED], dtype=np.int32)
    starts = period_starts(date(2023, 10, 5), date(2023, 12, 31), Period.MONTH)
    assert count_periods(column, starts, Period.MONTH) == [2, 0, 2]
    assert count_periods(column, starts[1:], Period.MONTH) == [0, 2]
    assert count_periods(column, [], Period.MONTH) == []
    assert count_undated(column) == 2


@pytest.mark.parametrize(
    ("first", "last", "by"),
    [
        (date(2023, 12, 30), date(2024, 1, 3), Period.DAY),
        (date(2024, 2, 20), date(2024, 4, 2), Period.WEEK),
        (date(2023, 1, 15), date(2024, 12, 20), Period.MONTH),
        (date(2019, 6, 1), date(2024, 6, 1), Period.YEAR),
        # A span of centuries: too long for a count per day.
        (date(1500, 1, 1), date(2024, 6, 1), Period.YEAR),
    ],
)
def test_counts_per_period_match_a_count_article_by_article(
    first: date, last: date, by: Period
) -> None:
    rng = np.random.default_rng(7)
    # Days inside the span, a few days on each side of it, and undated ones.
    column = np.concatenate(
        [
            rng.integers(first.toordinal() - 3, last.toordinal() + 4, 2000),
            np.full(5, UNDATED),
        ]
    ).astype(np.int32)
    starts = period_starts(first, last, by)
    ends = [period_end(start, by).toordinal() for start in starts]
    expected = [
        sum(1 for day in column.tolist() if start.toordinal() <= day <= end)
        for start, end in zip(starts, ends, strict=True)
    ]
    assert count_periods(column, starts, by) == expected
