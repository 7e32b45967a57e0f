"""LibraryFilter: the query drives both models, with faceted counts."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, Qt
from pytestqt.qtbot import QtBot

from reader.domain.library.library import Library, Query, SortOrder, TagMode
from reader.models import library_filter as library_filter_module
from reader.models.library_filter import LibraryFilter
from reader.models.roles import ItemRole

CheckModel = Callable[[QAbstractItemModel, bool], None]


def paths(model: QAbstractListModel) -> list[str]:
    return [model.index(row, 0).data(Qt.ItemDataRole.UserRole) for row in range(model.rowCount())]


def tag_counts(library_filter: LibraryFilter) -> dict[str, int]:
    model = library_filter.tag_model
    return {
        model.tag(row): model.index(row, 0).data(ItemRole.TAG_COUNT)
        for row in range(model.rowCount())
    }


def expected(library: Library, query: Query, order: SortOrder = SortOrder.NEWEST) -> list[str]:
    return [library.article(i).path for i in library.sort(library.select(query), order)]


@pytest.fixture
def empty_filter() -> LibraryFilter:
    """Return a filter over an empty library; requested before qtmodeltester, it outlives it."""
    return LibraryFilter(Library())


@pytest.mark.parametrize("which", ["article_model", "tag_model"])
@pytest.mark.parametrize("force_py", [False, True])
def test_model_tester_through_load_filter_and_reset(
    empty_filter: LibraryFilter,
    check_model: CheckModel,
    sample_library: Library,
    which: str,
    force_py: bool,
) -> None:
    library_filter = empty_filter
    library = library_filter.library
    check_model(getattr(library_filter, which), force_py)
    articles = [sample_library.article(i) for i in sample_library.ids()]
    for start in range(0, len(articles), 4):
        library.add(articles[start : start + 4])
        library_filter.refresh()
    top, second = (tag for tag, _n in library.tag_counts()[:2])
    library_filter.toggle_include(top)
    library_filter.set_mode(TagMode.ANY)
    library_filter.toggle_include(second)
    library_filter.toggle_exclude(second)
    library_filter.set_search("الصين")
    library_filter.set_sort_order(SortOrder.TITLE)
    library_filter.clear()
    library_filter.set_library(Library())
    assert library_filter.article_model.rowCount() == 0


def test_tags_include_exclude_and_toggle(qtbot: QtBot, sample_library: Library) -> None:
    library_filter = LibraryFilter(sample_library)
    library_filter.refresh()
    assert paths(library_filter.article_model) == expected(sample_library, Query())
    tag = sample_library.tag_counts()[0][0]
    with qtbot.waitSignal(library_filter.query_changed):
        library_filter.toggle_include(tag)
    assert library_filter.query().include == (tag,)
    assert paths(library_filter.article_model) == expected(sample_library, Query(include=(tag,)))
    library_filter.toggle_exclude(tag)
    assert library_filter.query() == Query(exclude=(tag,))
    library_filter.toggle_exclude(tag)
    assert library_filter.query() == Query()
    library_filter.include(tag)
    library_filter.include(tag)
    assert library_filter.query().include == (tag,)
    library_filter.remove_tag(tag)
    assert library_filter.query().is_empty()


def test_tag_identity_is_folded(sample_library: Library) -> None:
    library_filter = LibraryFilter(sample_library)
    library_filter.toggle_include("وزیر الخارجیة")  # Persian yeh, as in the seed's tag line
    library_filter.toggle_include("وزير الخارجية")
    assert library_filter.query().include == ()


def test_counts_are_faceted_to_the_result(sample_library: Library) -> None:
    library_filter = LibraryFilter(sample_library)
    tag = sample_library.tag_counts()[0][0]
    library_filter.toggle_include(tag)
    ids = sample_library.select(Query(include=(tag,)))
    assert tag_counts(library_filter) == dict(sample_library.tag_counts(ids))


def test_a_large_library_lists_at_once_and_counts_tags_just_after(
    qtbot: QtBot, sample_library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(library_filter_module, "DEFERRED_FACETS_ARTICLES", 0)
    library_filter = LibraryFilter(sample_library)
    with qtbot.waitSignal(library_filter.tag_model.modelReset):
        library_filter.refresh()  # the first counts, put off too
    tag = sample_library.tag_counts()[0][0]
    before = tag_counts(library_filter)
    with qtbot.waitSignal(library_filter.tag_model.modelReset):
        library_filter.toggle_include(tag)
        # The list is the new result at once; the sidebar still has the old counts.
        assert paths(library_filter.article_model) == expected(sample_library, Query((tag,)))
        assert tag_counts(library_filter) == before
    ids = sample_library.select(Query(include=(tag,)))
    assert tag_counts(library_filter) == dict(sample_library.tag_counts(ids))


def test_any_of_counts_ignore_the_included_tags(sample_library: Library) -> None:
    library_filter = LibraryFilter(sample_library)
    library_filter.set_mode(TagMode.ANY)
    tag = sample_library.tag_counts()[0][0]
    library_filter.toggle_include(tag)
    assert tag_counts(library_filter) == dict(sample_library.tag_counts())


def test_results_changed_reports_shown_and_total(qtbot: QtBot, sample_library: Library) -> None:
    library_filter = LibraryFilter(sample_library)
    tag = sample_library.tag_counts()[0][0]
    with qtbot.waitSignal(library_filter.results_changed) as blocker:
        library_filter.toggle_include(tag)
    assert blocker.args == [len(sample_library.tag_ids(tag)), len(sample_library)]


def test_a_new_library_starts_unfiltered(qtbot: QtBot, sample_library: Library) -> None:
    library_filter = LibraryFilter(sample_library)
    library_filter.set_search("الصين")
    with qtbot.waitSignal(library_filter.query_changed):
        library_filter.set_library(Library())
    assert library_filter.query().is_empty()
