"""QueryController: the query drives both models, with faceted counts."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, Qt
from pytestqt.qtbot import QtBot

from reader.domain.library.library import Library
from reader.domain.library.query import Query, SortOrder, TagMode
from reader.models import query_controller as query_controller_module
from reader.models.query_controller import QueryController
from reader.models.roles import ItemRole

CheckModel = Callable[[QAbstractItemModel, bool], None]


def paths(model: QAbstractListModel) -> list[str]:
    return [model.index(row, 0).data(Qt.ItemDataRole.UserRole) for row in range(model.rowCount())]


def tag_counts(controller: QueryController) -> dict[str, int]:
    model = controller.tag_model
    return {
        model.tag(row): model.index(row, 0).data(ItemRole.TAG_COUNT)
        for row in range(model.rowCount())
    }


def expected(library: Library, query: Query, order: SortOrder = SortOrder.NEWEST) -> list[str]:
    return [library.row(i).path for i in library.sort(library.select(query), order)]


@pytest.fixture
def empty_controller() -> QueryController:
    """Return a controller over an empty library; requested before qtmodeltester, it outlives it."""
    return QueryController(Library())


@pytest.mark.parametrize("which", ["article_model", "tag_model"])
@pytest.mark.parametrize("force_py", [False, True])
def test_model_tester_through_load_filter_and_reset(
    empty_controller: QueryController,
    check_model: CheckModel,
    sample_library: Library,
    which: str,
    force_py: bool,
) -> None:
    controller = empty_controller
    library = controller.library
    check_model(getattr(controller, which), force_py)
    read = (sample_library.article(i) for i in sample_library.ids())
    articles = [article for article in read if article is not None]
    assert len(articles) == len(sample_library)
    for start in range(0, len(articles), 4):
        library.add(articles[start : start + 4])
        controller.refresh()
    top, second = (tag for tag, _n in library.tag_counts()[:2])
    controller.toggle_include(top)
    controller.set_mode(TagMode.ANY)
    controller.toggle_include(second)
    controller.toggle_exclude(second)
    controller.set_search("الصين")
    controller.set_sort_order(SortOrder.TITLE)
    controller.clear()
    controller.set_library(Library())
    assert controller.article_model.rowCount() == 0


def test_tags_include_exclude_and_toggle(qtbot: QtBot, sample_library: Library) -> None:
    controller = QueryController(sample_library)
    controller.refresh()
    assert paths(controller.article_model) == expected(sample_library, Query())
    tag = sample_library.tag_counts()[0][0]
    with qtbot.waitSignal(controller.query_changed):
        controller.toggle_include(tag)
    assert controller.query().include == (tag,)
    assert paths(controller.article_model) == expected(sample_library, Query(include=(tag,)))
    controller.toggle_exclude(tag)
    assert controller.query() == Query(exclude=(tag,))
    controller.toggle_exclude(tag)
    assert controller.query() == Query()
    controller.include(tag)
    controller.include(tag)
    assert controller.query().include == (tag,)
    controller.remove_tag(tag)
    assert controller.query().is_empty()


def test_tag_identity_is_folded(sample_library: Library) -> None:
    controller = QueryController(sample_library)
    controller.toggle_include("وزیر الخارجیة")  # Persian yeh, as in the seed's tag line
    controller.toggle_include("وزير الخارجية")
    assert controller.query().include == ()


def test_counts_are_faceted_to_the_result(sample_library: Library) -> None:
    controller = QueryController(sample_library)
    tag = sample_library.tag_counts()[0][0]
    controller.toggle_include(tag)
    ids = sample_library.select(Query(include=(tag,)))
    assert tag_counts(controller) == dict(sample_library.tag_counts(ids))


def test_a_large_library_lists_at_once_and_counts_tags_just_after(
    qtbot: QtBot, sample_library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(query_controller_module, "DEFERRED_FACETS_ARTICLES", 0)
    controller = QueryController(sample_library)
    with qtbot.waitSignal(controller.tag_model.modelReset):
        controller.refresh()  # the first counts, put off too
    tag = sample_library.tag_counts()[0][0]
    before = tag_counts(controller)
    with qtbot.waitSignal(controller.tag_model.modelReset):
        controller.toggle_include(tag)
        # The list is the new result at once; the sidebar still has the old counts.
        assert paths(controller.article_model) == expected(sample_library, Query((tag,)))
        assert tag_counts(controller) == before
    ids = sample_library.select(Query(include=(tag,)))
    assert tag_counts(controller) == dict(sample_library.tag_counts(ids))


def test_any_of_counts_ignore_the_included_tags(sample_library: Library) -> None:
    controller = QueryController(sample_library)
    controller.set_mode(TagMode.ANY)
    tag = sample_library.tag_counts()[0][0]
    controller.toggle_include(tag)
    assert tag_counts(controller) == dict(sample_library.tag_counts())


def test_results_changed_reports_shown_and_total(qtbot: QtBot, sample_library: Library) -> None:
    controller = QueryController(sample_library)
    tag = sample_library.tag_counts()[0][0]
    with qtbot.waitSignal(controller.results_changed) as blocker:
        controller.toggle_include(tag)
    assert blocker.args == [len(sample_library.tag_ids(tag)), len(sample_library)]


def test_a_new_library_starts_unfiltered(qtbot: QtBot, sample_library: Library) -> None:
    controller = QueryController(sample_library)
    controller.set_search("الصين")
    with qtbot.waitSignal(controller.query_changed):
        controller.set_library(Library())
    assert controller.query().is_empty()
