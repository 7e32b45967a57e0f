"""Read and starred marks in the window: read after a moment, bold unread rows, S stars, the
unread-only and starred-only filters as chips, Esc clears them."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from reader.domain.marks import FolderMarks, Mark
from reader.models.roles import ItemRole
from reader.widgets.main_window import MainWindow

WAIT_MS = 10_000


@pytest.fixture
def folder(tmp_path: Path, sample_folder: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Return a copy of the sample articles, with marks kept in a data folder of this test."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    copy = tmp_path / "articles"
    shutil.copytree(sample_folder, copy)
    return copy


def _ready(qtbot: QtBot, window: MainWindow) -> MainWindow:
    qtbot.waitUntil(window.result_commands.marks.is_ready, timeout=WAIT_MS)
    return window


def _action(window: MainWindow, name: str) -> QAction:
    found = window.findChild(QAction, name)
    assert found is not None, name
    return found


def _marks(window: MainWindow, row: int) -> int:
    return int(window.query_controller.article_model.index(row).data(ItemRole.MARKS))


def test_s_stars_the_current_article_and_starred_only_lists_it(
    qtbot: QtBot, open_window: Callable[[Path], MainWindow], folder: Path
) -> None:
    window = _ready(qtbot, open_window(folder))
    view = window.article_list
    model = window.query_controller.article_model
    view.setCurrentIndex(model.index(2))
    title = model.index(2).data()
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_S)
    assert _marks(window, 2) & Mark.STARRED
    assert not _marks(window, 1) & Mark.STARRED
    _action(window, "actionStarredOnly").trigger()
    assert model.rowCount() == 1
    assert model.index(0).data() == title
    assert any("المميزة بنجمة" in text for text in window.chips_bar.chip_texts())
    # Kept in the user data folder, by path relative to the folder: a new window sees it.
    marks = FolderMarks.open(folder)
    assert [(key, mark) for key, mark in marks.marked()] == [
        (Path(view.current_path() or "").name, Mark.STARRED)
    ]
    marks.close()


def test_typing_s_in_the_search_box_is_text(
    qtbot: QtBot, open_window: Callable[[Path], MainWindow], folder: Path
) -> None:
    window = _ready(qtbot, open_window(folder))
    window.search_box.setFocus()
    QTest.keyClicks(window.search_box, "s")
    assert window.search_box.text() == "s"
    assert not any(_marks(window, row) for row in range(3))


def test_the_context_menu_stars_and_unstars(
    qtbot: QtBot, open_window: Callable[[Path], MainWindow], folder: Path
) -> None:
    window = _ready(qtbot, open_window(folder))
    star = _action(window, "actionStar")
    assert star in window.article_list.actions()
    window.article_list.setCurrentIndex(window.query_controller.article_model.index(0))
    star.trigger()
    assert _marks(window, 0) & Mark.STARRED
    star.trigger()
    assert not _marks(window, 0) & Mark.STARRED


def test_an_article_shown_a_moment_counts_as_read(
    qtbot: QtBot, open_window: Callable[[Path], MainWindow], folder: Path
) -> None:
    window = _ready(qtbot, open_window(folder))
    window.result_commands.marks.read_delay_ms = 50
    model = window.query_controller.article_model
    window.article_list.setCurrentIndex(model.index(4))
    qtbot.waitUntil(lambda: bool(_marks(window, 4) & Mark.READ), timeout=WAIT_MS)
    assert not _marks(window, 5) & Mark.READ
    _action(window, "actionUnreadOnly").trigger()
    assert model.rowCount() == 20
    assert any("غير المقروءة" in text for text in window.chips_bar.chip_texts())


def test_mark_all_as_read_and_esc_clears_the_marks_filters(
    qtbot: QtBot, open_window: Callable[[Path], MainWindow], folder: Path
) -> None:
    window = _ready(qtbot, open_window(folder))
    model = window.query_controller.article_model
    _action(window, "actionMarkAllRead").trigger()
    assert all(_marks(window, row) & Mark.READ for row in range(model.rowCount()))
    unread_only = _action(window, "actionUnreadOnly")
    unread_only.trigger()
    assert model.rowCount() == 0
    window.article_list.setFocus()
    QTest.keyClick(window.article_list, Qt.Key.Key_Escape)
    assert model.rowCount() == 21
    assert not unread_only.isChecked()
    assert window.chips_bar.chip_texts() == []


def test_the_unread_chip_removes_its_filter(
    qtbot: QtBot, open_window: Callable[[Path], MainWindow], folder: Path
) -> None:
    window = _ready(qtbot, open_window(folder))
    unread_only = _action(window, "actionUnreadOnly")
    unread_only.trigger()
    chip = next(
        chip
        for chip in window.chips_bar.findChildren(QToolButton)
        if chip.property("chip") and "غير المقروءة" in chip.text()
    )
    QTest.mouseClick(chip, Qt.MouseButton.LeftButton)
    assert not unread_only.isChecked()


def test_marks_survive_a_new_window_on_the_folder(
    qtbot: QtBot, open_window: Callable[[Path], MainWindow], folder: Path
) -> None:
    window = _ready(qtbot, open_window(folder))
    model = window.query_controller.article_model
    window.article_list.setCurrentIndex(model.index(0))
    path = window.article_list.current_path()
    _action(window, "actionStar").trigger()
    window.close()
    again = _ready(qtbot, open_window(folder))
    starred = [
        row
        for row in range(again.query_controller.article_model.rowCount())
        if _marks(again, row) & Mark.STARRED
    ]
    assert [again.query_controller.article_model.article_path(row) for row in starred] == [path]
