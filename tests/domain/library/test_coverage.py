"""Coverage: outlets by folded name, date ranges, and timelines, combined with the tags."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path

import pytest

from reader.domain.library.library import Library
from reader.domain.library.outlets import NO_SOURCE, outlet_key
from reader.domain.library.periods import Period
from reader.domain.library.query import Query, SortOrder, TagMode
from reader.domain.loading.folder import load_folder
from reader.domain.text.parser import read_article
from tests.coverage_corpus import write_coverage_folder


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Library:
    """Return the coverage folder, loaded."""
    return load_folder(write_coverage_folder(tmp_path_factory.mktemp("coverage")), read_article)


def names(library: Library, ids: Iterable[int]) -> list[str]:
    return sorted(Path(library.path_of(i)).stem for i in ids)


@pytest.mark.parametrize(
    ("spelling", "key"),
    [
        ("بوابة الوفد", "بوابه الوفد"),
        ("بوابه  الوفد ", "بوابه الوفد"),
        ("بوّابة الوفد", "بوابه الوفد"),
        ("", NO_SOURCE),
        (None, NO_SOURCE),
    ],
)
def test_outlets_are_one_when_their_folded_forms_are(spelling: str | None, key: str) -> None:
    assert outlet_key(spelling) == key


def test_outlets_are_counted_in_their_most_frequent_spelling(library: Library) -> None:
    assert library.source_counts() == [
        ("بوابة الوفد", 3),
        ("سام برس", 2),
        ("الجزيرة نت", 1),
        (None, 1),
    ]
    assert library.display_source("بوابه الوفد") == "بوابة الوفد"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (Query(sources=("بوابه الوفد",)), ["a1", "a2", "a4"]),
        (Query(sources=("سام برس", "الجزيرة نت")), ["a3", "a5", "a7"]),
        (Query(sources=(NO_SOURCE,)), ["a6"]),
        (Query(sources=("لا يوجد",)), []),
        (Query(exclude_sources=("بوابة الوفد", NO_SOURCE)), ["a3", "a5", "a7"]),
        (Query(date_from=date(2023, 12, 1)), ["a3", "a4", "a7"]),
        # As written: 23:30 at -05:00 is still the last day of 2023.
        (Query(date_to=date(2023, 12, 31)), ["a1", "a2", "a3", "a7"]),
        (Query(date_from=date(2023, 11, 1), date_to=date(2023, 11, 30)), []),
        (Query(include=("الصين",), date_from=date(2023, 10, 1)), ["a1", "a2", "a4"]),
        (Query(include=("الصين",), sources=("سام برس",)), ["a5"]),
        (Query(include=("غزة", "روسيا"), mode=TagMode.ANY, sources=("الجزيرة نت",)), ["a7"]),
        (Query(exclude=("غزة",), sources=("بوابة الوفد",), date_to=date(2023, 10, 31)),
         ["a1", "a2"]),
        (Query(search="الصين", exclude_sources=("سام برس",)), ["a1", "a2", "a4"]),
    ],
)  # fmt: skip
def test_every_filter_combines(library: Library, query: Query, expected: list[str]) -> None:
    assert names(library, library.select(query)) == expected
    listed = library.listing(query, SortOrder.NEWEST)
    assert list(listed) == library.sort(library.select(query), SortOrder.NEWEST)


def test_a_listing_by_outlet_keeps_the_order(library: Library) -> None:
    query = Query(sources=("بوابة الوفد",))
    for order in SortOrder:
        assert list(library.listing(query, order)) == library.sort(library.select(query), order)


def test_the_timeline_counts_the_result_beside_the_folder(library: Library) -> None:
    timeline = library.timeline(library.select(Query(include=("الصين",))), Period.MONTH)
    assert [timeline.label(i) for i in range(len(timeline))] == [
        "2023-10",
        "2023-11",
        "2023-12",
        "2024-01",
    ]
    assert timeline.counts == (2, 0, 0, 1)
    assert timeline.totals == (2, 0, 2, 1)
    assert (timeline.undated, timeline.undated_total) == (1, 2)
    assert timeline.share(0) == 1.0
    assert timeline.share(1) == 0.0
    assert timeline.end(1) == date(2023, 11, 30)


def test_the_timeline_chooses_its_period_and_keeps_within_bounds(library: Library) -> None:
    assert library.timeline().by is Period.WEEK
    assert library.date_span() == (date(2023, 10, 5), date(2024, 1, 15))
    bounded = library.timeline(None, Period.DAY, date(2023, 12, 1), date(2023, 12, 31))
    assert bounded.label(0) == "2023-12-01"
    assert bounded.label(len(bounded) - 1) == "2023-12-31"
    assert sum(bounded.counts) == 2
    nothing = library.timeline(None, Period.MONTH, date(2030, 1, 1))
    assert len(nothing) == 0


def test_an_empty_library_has_no_outlet_and_no_period() -> None:
    library = Library()
    assert library.source_counts() == []
    assert library.date_span() is None
    assert len(library.timeline()) == 0
    assert library.select(Query(sources=("سام برس",))) == []


def test_counts_follow_articles_that_come_and_go(tmp_path: Path) -> None:
    library = Library()
    library.add([read_article(write_coverage_folder(tmp_path) / "a1.txt")])
    assert library.source_counts() == [("بوابة الوفد", 1)]
    library.add([read_article(tmp_path / "a2.txt"), read_article(tmp_path / "a6.txt")])
    assert library.source_counts() == [("بوابة الوفد", 2), (None, 1)]
    assert len(library.select(Query(date_from=date(2023, 10, 10)))) == 1
