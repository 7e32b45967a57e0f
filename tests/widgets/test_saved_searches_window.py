"""Saved searches in the window: name the filter in force, restore it with a click, rename,
delete; kept in the user data folder."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from reader.domain.marks import MarksFilter
from reader.domain.saved_searches import SavedSearchStore
from reader.models.roles import ItemRole
from reader.widgets.main_window import MainWindow
from reader.widgets.saved_search_menu import SavedSearchMenu

WAIT_MS = 10_000


@pytest.fixture
def folder(tmp_path: Path, sample_folder: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Return a copy of the sample articles, with user data kept in a folder of this test."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    copy = tmp_path / "articles"
    shutil.copytree(sample_folder, copy)
    return copy


def _answer_names(monkeypatch: pytest.MonkeyPatch, *names: str) -> None:
    """Make the name dialog answer names in turn."""
    answers = list(names)
    monkeypatch.setattr(QInputDialog, "getText", lambda *_args, **_kw: (answers.pop(0), True))


def _menu(window: MainWindow) -> SavedSearchMenu:
    menu = window.findChild(SavedSearchMenu)
    assert menu is not None
    menu.rebuild()  # as aboutToShow does
    return menu


def _entries(menu: SavedSearchMenu) -> dict[str, QAction]:
    return {
        str(action.data()): action
        for action in menu.actions()
        if action.objectName() == "savedSearch"
    }


def test_saved_search_round_trip(
    qtbot: QtBot,
    open_window: Callable[[Path], MainWindow],
    folder: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(folder)
    qtbot.waitUntil(window.result_commands.marks.is_ready, timeout=WAIT_MS)
    query = window.query_controller
    tag = query.tag_model.index(0).data(ItemRole.TAG_KEY)
    query.toggle_include(tag)
    window.findChild(QAction, "actionUnreadOnly").trigger()  # type: ignore[union-attr]
    filtered = [
        query.article_model.index(row).data() for row in range(query.article_model.rowCount())
    ]
    menu = _menu(window)
    assert _entries(menu) == {}
    _answer_names(monkeypatch, "متابعة")
    menu.save_search.trigger()
    assert list(SavedSearchStore.open().searches()) == ["متابعة"]
    # Esc drops every filter; the saved search brings them back with a click.
    window.findChild(QAction, "actionClearFilters").trigger()  # type: ignore[union-attr]
    assert query.article_model.rowCount() == 21
    assert window.result_commands.marks.marks_filter() == MarksFilter()
    _entries(_menu(window))["متابعة"].trigger()
    assert query.query().include == (tag,)
    assert window.result_commands.marks.marks_filter() == MarksFilter(unread=True)
    assert [
        query.article_model.index(row).data() for row in range(query.article_model.rowCount())
    ] == filtered
    assert window.findChild(QAction, "actionUnreadOnly").isChecked()  # type: ignore[union-attr]
    assert window.chips_bar.chip_texts()
    assert "متابعة" in window.statusBar().currentMessage()


def test_a_search_text_is_restored_into_the_search_box(
    open_window: Callable[[Path], MainWindow],
    folder: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(folder)
    window.query_controller.set_search("الصين")
    _answer_names(monkeypatch, "الصين")
    _menu(window).save_search.trigger()
    window.clear_filters()
    assert window.search_box.text() == ""
    _entries(_menu(window))["الصين"].trigger()
    assert window.search_box.text() == "الصين"


def test_rename_and_delete(
    open_window: Callable[[Path], MainWindow],
    folder: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(folder)
    window.query_controller.set_search("غزة")
    _answer_names(monkeypatch, "أولى", "ثانية")
    menu = _menu(window)
    menu.save_search.trigger()
    menu.rename("أولى")
    assert list(_entries(_menu(window))) == ["ثانية"]
    monkeypatch.setattr(
        QMessageBox, "question", lambda *_args, **_kw: QMessageBox.StandardButton.No
    )
    menu.delete("ثانية")
    assert list(SavedSearchStore.open().searches()) == ["ثانية"]
    monkeypatch.setattr(
        QMessageBox, "question", lambda *_args, **_kw: QMessageBox.StandardButton.Yes
    )
    menu.delete("ثانية")
    assert SavedSearchStore.open().searches() == {}
    assert _entries(_menu(window)) == {}


def test_an_empty_name_saves_nothing(
    open_window: Callable[[Path], MainWindow],
    folder: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(folder)
    _answer_names(monkeypatch, "   ")
    _menu(window).save_search.trigger()
    assert SavedSearchStore.open().searches() == {}
