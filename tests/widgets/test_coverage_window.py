"""The outlet facet, the timeline and the date fields in the window, used as a person does:
clicks, Ctrl+clicks, a drag across bars, dates typed, the share switch, Esc."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QTableView,
    QTextBrowser,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from reader.domain.library.query import Query
from reader.models.roles import ItemRole
from reader.widgets.main_window import MainWindow
from reader.widgets.timeline_view import TimelineView
from tests.coverage_corpus import write_coverage_folder

OpenWindow = Callable[[Path], MainWindow]
W = TypeVar("W", bound=QWidget)


@pytest.fixture
def window(open_window: OpenWindow, tmp_path: Path) -> MainWindow:
    """Show the window on the coverage folder, every file listed."""
    return open_window(write_coverage_folder(tmp_path))


def child(window: MainWindow, kind: type[W], name: str) -> W:
    found = window.findChild(kind, name)
    assert isinstance(found, kind), name
    return found


def listed(window: MainWindow) -> list[str]:
    model = window.query_controller.article_model
    paths = (model.index(row, 0).data(ItemRole.PATH) for row in range(model.rowCount()))
    return sorted(Path(path).stem for path in paths)


def outlets(window: MainWindow) -> dict[str, int]:
    """Return what the outlet facet shows: outlet as shown -> count."""
    model = child(window, QTableView, "sourceList").model()
    rows = (model.index(row, 0) for row in range(model.rowCount()))
    return {index.data(Qt.ItemDataRole.UserRole): index.data(ItemRole.TAG_COUNT) for index in rows}


def tag_counts(window: MainWindow) -> dict[str, int]:
    model = window.query_controller.tag_model
    return {
        model.tag(row): model.index(row, 0).data(ItemRole.TAG_COUNT)
        for row in range(model.rowCount())
    }


def click_outlet(
    qtbot: QtBot,
    window: MainWindow,
    shown: str,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    view = child(window, QTableView, "sourceList")
    model = view.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data(Qt.ItemDataRole.UserRole) == shown:
            view.scrollTo(index)
            center = view.visualRect(index).center()
            QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, center)
            return
    raise AssertionError(shown)


def settled(qtbot: QtBot, window: MainWindow) -> None:
    """Wait for the counts put off until after the list's paint."""
    controller = window.query_controller
    qtbot.waitUntil(lambda: not controller._tags_pending)


def choose_period(window: MainWindow, text: str) -> None:
    combo = child(window, QComboBox, "timelinePeriod")
    combo.setCurrentIndex(combo.findText(text))


def test_an_outlet_click_includes_it_any_of_several_and_ctrl_click_excludes(
    qtbot: QtBot, window: MainWindow
) -> None:
    # One outlet in two spellings, shown in the more frequent one; no source counts too.
    assert outlets(window) == {"بوابة الوفد": 3, "سام برس": 2, "الجزيرة نت": 1, "بدون مصدر": 1}
    click_outlet(qtbot, window, "بوابة الوفد")
    assert listed(window) == ["a1", "a2", "a4"]
    assert window.chips_bar.chip_texts() == ["مصدر: بوابة الوفد  ✕"]
    settled(qtbot, window)
    assert tag_counts(window) == {"الصين": 3, "غزة": 1, "روسيا": 1}
    # A second outlet widens the result: any of them.
    click_outlet(qtbot, window, "بدون مصدر")
    assert listed(window) == ["a1", "a2", "a4", "a6"]
    settled(qtbot, window)
    assert outlets(window)["سام برس"] == 2  # what it would add
    click_outlet(qtbot, window, "سام برس", Qt.KeyboardModifier.ControlModifier)
    assert window.query_controller.query().exclude_sources == ("سام برس",)
    assert listed(window) == ["a1", "a2", "a4", "a6"]
    assert window.chips_bar.chip_texts()[-1] == "− مصدر: سام برس  ✕"
    # Clicking an included outlet again takes it out.
    click_outlet(qtbot, window, "بوابة الوفد")
    click_outlet(qtbot, window, "بدون مصدر")
    assert listed(window) == ["a1", "a2", "a4", "a6", "a7"]


def test_a_drag_across_bars_sets_a_range_that_combines_with_tags(
    qtbot: QtBot, window: MainWindow
) -> None:
    choose_period(window, "شهر")
    view = child(window, TimelineView, "timeline")
    qtbot.waitUntil(lambda: view.bar_count() == 4)  # 2023-10 .. 2024-01, November empty
    # The Arabic interface: time runs from right to left.
    assert view.bar_center(0).x() > view.bar_center(3).x()
    start, end = view.bar_center(0), view.bar_center(2)
    QTest.mousePress(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(view, end)
    QTest.mouseRelease(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    query = window.query_controller.query()
    assert (query.date_from, query.date_to) == (date(2023, 10, 1), date(2023, 12, 31))
    # As written: 23:30 at -05:00 on 31 December stays in 2023; undated articles are out.
    assert listed(window) == ["a1", "a2", "a3", "a7"]
    assert window.chips_bar.chip_texts() == ["التاريخ: 2023-10-01 – 2023-12-31  ✕"]
    assert child(window, QDateEdit, "dateFrom").date().toString("yyyy-MM-dd") == "2023-10-01"
    assert child(window, QDateEdit, "dateTo").date().toString("yyyy-MM-dd") == "2023-12-31"
    window.query_controller.include("الصين")
    assert listed(window) == ["a1", "a2"]
    settled(qtbot, window)
    # The timeline shows the result around the range; the undated are counted apart.
    assert view.bar_count() == 4
    assert window.query_controller.timeline_model.timeline().counts == (2, 0, 0, 1)
    assert child(window, QLabel, "undatedLabel").text().startswith("بدون تاريخ:")
    # A click on one bar sets that period alone.
    QTest.mouseClick(view, Qt.MouseButton.LeftButton, pos=view.bar_center(3))
    assert listed(window) == ["a4"]


def test_typing_dates_into_the_fields_sets_the_range(qtbot: QtBot, window: MainWindow) -> None:
    date_from = child(window, QDateEdit, "dateFrom")
    date_to = child(window, QDateEdit, "dateTo")
    date_from.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClicks(date_from, "20231201")
    QTest.keyClick(date_from, Qt.Key.Key_Return)
    query = window.query_controller.query()
    assert query.date_from == date(2023, 12, 1)
    assert listed(window) == ["a3", "a4", "a7"]
    date_to.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClicks(date_to, "20231231")
    QTest.keyClick(date_to, Qt.Key.Key_Return)
    assert window.query_controller.query().date_to == date(2023, 12, 31)
    assert listed(window) == ["a3", "a7"]
    assert window.chips_bar.chip_texts() == ["التاريخ: 2023-12-01 – 2023-12-31  ✕"]


def test_the_share_switch_and_hovering_a_bar(qtbot: QtBot, window: MainWindow) -> None:
    choose_period(window, "شهر")
    window.query_controller.include("غزة")
    settled(qtbot, window)
    view = child(window, TimelineView, "timeline")
    model = window.query_controller.timeline_model
    assert model.timeline().counts == (0, 0, 1, 1)
    assert model.timeline().totals == (2, 0, 2, 1)
    share = child(window, QCheckBox, "timelineShare")
    QTest.mouseClick(share, Qt.MouseButton.LeftButton, pos=QPoint(4, share.height() // 2))
    assert model.shows_share()
    QTest.mouseMove(view, view.bar_center(2))
    tip = view.toolTip()
    assert "2023-12" in tip
    # One of the folder's two articles that month: 50 %.
    assert QLocale().toString(50.0, "f", 1) + "%" in tip
    QTest.mouseClick(share, Qt.MouseButton.LeftButton, pos=QPoint(4, share.height() // 2))
    assert not model.shows_share()


def test_esc_clears_outlets_and_dates_with_the_other_filters(
    qtbot: QtBot, window: MainWindow
) -> None:
    click_outlet(qtbot, window, "سام برس", Qt.KeyboardModifier.ControlModifier)
    window.query_controller.set_date_range(date(2023, 10, 1), date(2023, 10, 31))
    window.query_controller.include("الصين")
    assert listed(window) == ["a1", "a2"]
    assert len(window.chips_bar.chip_texts()) == 3
    article_list = child(window, QTableView, "articleList")
    article_list.setFocus()
    QTest.keyClick(article_list, Qt.Key.Key_Escape)
    assert window.query_controller.query() == Query()
    assert window.chips_bar.chip_texts() == []
    assert len(listed(window)) == 7
    settled(qtbot, window)
    assert outlets(window)["سام برس"] == 2


def test_chips_of_outlets_and_dates_remove_them(qtbot: QtBot, window: MainWindow) -> None:
    click_outlet(qtbot, window, "الجزيرة نت")
    window.query_controller.set_date_range(date(2023, 12, 1), None)
    assert listed(window) == ["a7"]
    texts = window.chips_bar.chip_texts()
    assert texts == ["مصدر: الجزيرة نت  ✕", "التاريخ: من 2023-12-01  ✕"]
    QApplication.processEvents()  # a chip added to a shown bar shows on the next turn
    with qtbot.waitSignal(window.chips_bar.dates_removed):
        chip = next(
            button
            for button in window.chips_bar.findChildren(QToolButton)
            if button.isVisible() and button.text().startswith("التاريخ")
        )
        QTest.mouseClick(chip, Qt.MouseButton.LeftButton)
    assert listed(window) == ["a7"]
    assert window.query_controller.query().date_from is None


def link_point(pane: QTextBrowser, href: str) -> QPoint:
    """Return a point on the link to href in the pane's viewport."""
    block = pane.document().begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.charFormat().anchorHref() == href:
                cursor = QTextCursor(pane.document())
                cursor.setPosition(fragment.position() + fragment.length() // 2)
                return pane.cursorRect(cursor).center()
            iterator += 1
        block = block.next()
    raise AssertionError(href)


def test_the_outlet_in_the_pane_is_a_link_that_filters(qtbot: QtBot, window: MainWindow) -> None:
    window.query_controller.include("غزة")
    article_list = child(window, QTableView, "articleList")
    article_list.setCurrentIndex(article_list.model().index(0, 0))
    pane = window.pane
    qtbot.waitUntil(lambda: pane.article is not None and pane.article.source == "بوابة الوفد")
    window.query_controller.clear()
    QTest.mouseClick(pane.viewport(), Qt.MouseButton.LeftButton, pos=link_point(pane, "source:0"))
    assert window.query_controller.query().sources == ("بوابة الوفد",)
    assert listed(window) == ["a1", "a2", "a4"]


def test_the_timeline_can_be_hidden_and_stays_hidden(
    open_window: OpenWindow, tmp_path: Path
) -> None:
    folder = write_coverage_folder(tmp_path)
    window = open_window(folder)
    timeline = window.findChild(TimelineView, "timeline")
    assert timeline is not None
    assert timeline.isVisible()
    list_height = window.article_list.height()
    window.window_actions.show_timeline.trigger()  # View > Show timeline, unticked
    assert not timeline.isVisible()
    QApplication.processEvents()
    assert window.article_list.height() > list_height  # the list takes its room
    again = open_window(folder)
    again_timeline = again.findChild(TimelineView, "timeline")
    assert again_timeline is not None
    assert not again_timeline.isVisible()
    assert not again.window_actions.show_timeline.isChecked()
