"""Selecting and ordering articles, and the listings the library remembers."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from reader.domain.article import Article
from reader.domain.library import listing as listing_module
from reader.domain.library.library import Library
from reader.domain.library.listing import Listings
from reader.domain.library.query import Query, SortOrder, TagMode


def _titles(library: Library, ids: Sequence[int]) -> list[str | None]:
    return [library.row(i).title for i in ids]


@pytest.mark.parametrize(
    ("query", "titles"),
    [
        (Query(include=("الصين",)), ["خبر أ", "خبر ج"]),
        (Query(include=("الصين", "روسيا")), ["خبر أ"]),
        (Query(include=("الصين", "غزة"), mode=TagMode.ANY), ["خبر أ", "خبر ب", "خبر ج"]),
        (Query(exclude=("روسيا",)), ["خبر ج", "خبر د"]),
        (Query(include=("روسيا",), exclude=("غزه",)), ["خبر أ"]),
        (Query(search="الصين"), ["خبر أ", "خبر ج"]),
        (Query(include=("روسيا",), search="الصين"), ["خبر أ"]),
        (Query(search="تاريخ"), ["خبر د"]),
        (Query(), ["خبر أ", "خبر ب", "خبر ج", "خبر د"]),
    ],
)
def test_select(small: Library, query: Query, titles: list[str]) -> None:
    assert sorted(_titles(small, small.select(query))) == titles  # type: ignore[type-var]


@pytest.mark.parametrize(
    ("order", "titles"),
    [
        (SortOrder.NEWEST, ["خبر ب", "خبر أ", "خبر ج", "خبر د"]),
        (SortOrder.OLDEST, ["خبر د", "خبر ج", "خبر أ", "خبر ب"]),
        (SortOrder.TITLE, ["خبر أ", "خبر ب", "خبر ج", "خبر د"]),
    ],
)
def test_sort(small: Library, order: SortOrder, titles: list[str]) -> None:
    assert _titles(small, small.sort(small.ids(), order)) == titles


def test_listing_is_the_sorted_selection_and_forgets_when_articles_change(
    small: Library,
) -> None:
    query = Query(include=("روسيا",))
    listed = small.listing(query, SortOrder.NEWEST)
    assert _titles(small, listed) == ["خبر ب", "خبر أ"]
    assert small.listing(query, SortOrder.NEWEST) is listed  # remembered
    assert _titles(small, small.listing(query, SortOrder.OLDEST)) == ["خبر أ", "خبر ب"]
    small.add([Article(path="e.txt", title="خبر هـ", tags=("روسيا",))])
    assert _titles(small, small.listing(query, SortOrder.NEWEST)) == ["خبر ب", "خبر أ", "خبر هـ"]


@pytest.mark.parametrize("order", list(SortOrder))
def test_prepared_listings_equal_sorted_selections(
    small: Library, order: SortOrder, monkeypatch: pytest.MonkeyPatch
) -> None:
    queries = [Query(include=(tag,)) for tag, _count in small.tag_counts()]
    queries += [Query(include=("لا يوجد",)), Query(include=("روسيا",), mode=TagMode.ANY), Query()]
    expected = [small.sort(small.select(query), order) for query in queries]
    monkeypatch.setattr(listing_module, "_PREPARED_MEMBERS", 1)  # every tag, here
    small.prepare_listings(order)
    small.forget_results()

    def no_sort(_self: Listings, ids: object, order: SortOrder) -> list[int]:
        raise AssertionError("a one-tag listing was sorted")

    monkeypatch.setattr(Listings, "sort", no_sort)
    assert [list(small.listing(query, order)) for query in queries] == expected


@pytest.mark.parametrize("order", list(SortOrder))
@pytest.mark.parametrize("ids", [[0, 1], [3, 1, 0], [2, 3]])
def test_a_sort_picked_from_the_whole_order_equals_a_sort_by_key(
    small: Library, order: SortOrder, ids: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    by_key = small.sort(ids, order)
    monkeypatch.setattr(listing_module, "_SORTED_IN_PYTHON", 0)  # many ids, as at 100,000
    assert small.sort(ids, order) == by_key
    assert sorted(by_key) == sorted(ids)
