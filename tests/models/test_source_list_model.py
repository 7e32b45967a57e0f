"""SourceListModel and the controller's outlet and date filters: faceted outlet counts, the
timeline's counts, and the model tester through load, filter and reset."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from pytestqt.qtbot import QtBot

from reader.domain.library.library import Library
from reader.domain.library.periods import Period
from reader.domain.library.query import Query, SortOrder
from reader.domain.loading.folder import load_folder
from reader.domain.text.parser import read_article
from reader.models.query_controller import QueryController
from reader.models.roles import ItemRole
from reader.models.tag_state import TagState
from tests.coverage_corpus import write_coverage_folder

CheckModel = Callable[[QAbstractItemModel, bool], None]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return write_coverage_folder(tmp_path)


@pytest.fixture
def empty_controller() -> QueryController:
    """Return a controller over an empty library; requested before qtmodeltester, it outlives it."""
    return QueryController(Library())


def outlets(controller: QueryController) -> dict[str, tuple[int, int]]:
    """Return outlet as shown -> (count, state)."""
    model = controller.source_model
    rows = (model.index(row, 0) for row in range(model.rowCount()))
    return {
        index.data(Qt.ItemDataRole.UserRole): (
            index.data(ItemRole.TAG_COUNT),
            index.data(ItemRole.TAG_STATE),
        )
        for index in rows
    }


def listed(controller: QueryController) -> list[str]:
    model = controller.article_model
    return sorted(Path(model.index(r, 0).data(ItemRole.PATH)).stem for r in range(model.rowCount()))


@pytest.mark.parametrize("force_py", [False, True])
def test_model_tester_through_load_filter_and_reset(
    empty_controller: QueryController, check_model: CheckModel, folder: Path, force_py: bool
) -> None:
    controller = empty_controller
    library = controller.library
    check_model(controller.source_model, force_py)
    for path in sorted(folder.iterdir()):
        library.add([read_article(path)])
        controller.refresh()
    assert controller.source_model.rowCount() == 4
    controller.toggle_source("بوابه الوفد")
    controller.toggle_source("")
    controller.toggle_source_exclude("سام برس")
    controller.set_date_range(date(2023, 10, 1), date(2023, 12, 31))
    controller.toggle_include("الصين")
    controller.set_sort_order(SortOrder.SOURCE)
    controller.clear()
    controller.set_library(Library())
    assert controller.source_model.rowCount() == 0


def test_outlet_counts_are_faceted_and_any_of(folder: Path) -> None:
    controller = QueryController(load_folder(folder, read_article))
    controller.refresh()
    neutral = int(TagState.NEUTRAL)
    assert outlets(controller) == {
        "بوابة الوفد": (3, neutral),
        "سام برس": (2, neutral),
        "الجزيرة نت": (1, neutral),
        "بدون مصدر": (1, neutral),
    }
    controller.toggle_include("روسيا")
    assert outlets(controller) == {
        "بوابة الوفد": (1, neutral),
        "الجزيرة نت": (1, neutral),
        "بدون مصدر": (1, neutral),
    }
    controller.toggle_source("الجزيرة نت")
    assert listed(controller) == ["a7"]
    # Included outlets come first; each count is what the outlet adds within the tags.
    assert next(iter(outlets(controller))) == "الجزيرة نت"
    assert outlets(controller)["بوابة الوفد"] == (1, neutral)
    assert outlets(controller)["الجزيرة نت"] == (1, int(TagState.INCLUDED))
    controller.toggle_source_exclude("الجزيرة نت")
    assert controller.query().sources == ()
    assert controller.query().exclude_sources == ("الجزيرة نت",)
    assert listed(controller) == ["a1", "a6"]
    assert outlets(controller)["الجزيرة نت"] == (1, int(TagState.EXCLUDED))
    controller.remove_source("الجزيره نت")  # any spelling
    assert controller.query() == Query(include=("روسيا",))


def test_the_pane_link_includes_an_outlet_once_in_its_shown_spelling(folder: Path) -> None:
    controller = QueryController(load_folder(folder, read_article))
    controller.include_source("بوابه الوفد")
    controller.include_source("بوابة الوفد")
    assert controller.query().sources == ("بوابة الوفد",)


def test_the_timeline_follows_the_result_without_its_range(qtbot: QtBot, folder: Path) -> None:
    controller = QueryController(load_folder(folder, read_article))
    controller.refresh()
    model = controller.timeline_model
    assert model.timeline().by is Period.WEEK  # chosen from the span
    with qtbot.waitSignal(model.changed):
        model.set_period(Period.MONTH)
    assert model.timeline().counts == (2, 0, 2, 1)
    controller.set_date_range(date(2023, 12, 31), date(2023, 10, 1))  # either way round
    assert controller.query().date_from == date(2023, 10, 1)
    assert listed(controller) == ["a1", "a2", "a3", "a7"]
    # The bars keep the result around the range; the range is marked, not cut out.
    assert model.timeline().counts == (2, 0, 2, 1)
    assert model.date_range() == (date(2023, 10, 1), date(2023, 12, 31))
    controller.toggle_source("سام برس")
    assert listed(controller) == ["a3"]
    assert model.timeline().counts == (0, 0, 1, 0)
    assert (model.timeline().undated, model.timeline().undated_total) == (1, 2)
    controller.clear_dates()
    assert listed(controller) == ["a3", "a5"]
