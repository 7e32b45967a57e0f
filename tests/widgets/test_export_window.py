"""File > Export…: the result or the selection to a file, in the background; counts as CSV."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QMenu
from pytestqt.qtbot import QtBot

from reader.domain.article import Article
from reader.models import export_job
from reader.models.roles import ItemRole
from reader.widgets.main_window import MainWindow

WAIT_MS = 20_000


@pytest.fixture
def folder(tmp_path: Path, sample_folder: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Return a copy of the sample articles, with marks kept in a data folder of this test."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    copy = tmp_path / "articles"
    shutil.copytree(sample_folder, copy)
    return copy


def _save_to(monkeypatch: pytest.MonkeyPatch, target: Path, chosen_filter: str = "") -> list[str]:
    """Make the save dialog answer target; return the filters it was offered."""
    offered: list[str] = []

    def answer(*args: object, **_kwargs: object) -> tuple[str, str]:
        offered.append(str(args[3]))
        return str(target), chosen_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return offered


def _action(window: MainWindow, name: str) -> QAction:
    found = window.findChild(QAction, name)
    assert found is not None, name
    return found


def _export(qtbot: QtBot, window: MainWindow) -> None:
    """Trigger File > Export… and wait until the status bar says it is done."""
    _action(window, "actionExport").trigger()
    qtbot.waitUntil(
        lambda: not window.result_commands.export_commands.is_exporting(), timeout=WAIT_MS
    )


def test_export_is_in_the_file_menu(
    open_window: Callable[[Path], MainWindow], folder: Path
) -> None:
    window = open_window(folder)
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    assert _action(window, "actionExport") in file_menu.actions()


def test_export_csv_writes_the_whole_result(
    qtbot: QtBot,
    open_window: Callable[[Path], MainWindow],
    folder: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(folder)
    target = tmp_path / "out" / "result.csv"
    target.parent.mkdir()
    offered = _save_to(monkeypatch, target)
    _export(qtbot, window)
    assert "*.csv" in offered[0]
    assert "*.jsonl" in offered[0]
    assert "*.html" in offered[0]
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    model = window.query_controller.article_model
    assert len(rows) == model.rowCount() == 21
    assert rows[0]["title"] == model.index(0).data()
    assert "صُدِّر" in window.statusBar().currentMessage()
    assert "result.csv" in window.statusBar().currentMessage()


def test_export_takes_the_selection_when_several_are_selected(
    qtbot: QtBot,
    open_window: Callable[[Path], MainWindow],
    folder: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(folder)
    target = tmp_path / "picked"
    _save_to(monkeypatch, target, window.tr("JSON Lines (*.jsonl)"))
    view = window.article_list
    model = window.query_controller.article_model
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    view.selectionModel().clearSelection()
    for row in (1, 3):
        view.selectionModel().select(model.index(row), flags)
    _export(qtbot, window)
    written = target.with_name("picked.jsonl")
    lines = [json.loads(line) for line in written.read_text(encoding="utf-8").splitlines()]
    assert [line["title"] for line in lines] == [model.index(1).data(), model.index(3).data()]


def test_export_html_of_a_filtered_result(
    qtbot: QtBot,
    open_window: Callable[[Path], MainWindow],
    folder: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(folder)
    tag = window.query_controller.tag_model.index(0).data(ItemRole.TAG_KEY)
    window.query_controller.toggle_include(tag)
    shown = window.query_controller.article_model.rowCount()
    assert 0 < shown < 21
    target = tmp_path / "page.html"
    _save_to(monkeypatch, target)
    _export(qtbot, window)
    page = target.read_text(encoding="utf-8")
    assert 'dir="rtl"' in page
    assert page.count("<article") == shown


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes read-only files")
def test_a_read_only_target_says_so_and_leaves_nothing(
    qtbot: QtBot,
    open_window: Callable[[Path], MainWindow],
    folder: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(folder)
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        _save_to(monkeypatch, locked / "result.csv")
        _export(qtbot, window)
        assert list(locked.iterdir()) == []
    finally:
        locked.chmod(0o755)
    assert "تعذر التصدير" in window.statusBar().currentMessage()


def test_a_read_only_file_is_not_replaced(
    qtbot: QtBot,
    open_window: Callable[[Path], MainWindow],
    folder: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(folder)
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "kept.csv"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o444)
    _save_to(monkeypatch, target)
    _export(qtbot, window)
    assert target.read_text(encoding="utf-8") == "old"
    assert [path.name for path in target.parent.iterdir()] == ["kept.csv"]
    assert "تعذر التصدير" in window.statusBar().currentMessage()


def test_cancel_in_the_status_bar_leaves_no_file(
    qtbot: QtBot,
    open_window: Callable[[Path], MainWindow],
    folder: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(folder)
    commands = window.result_commands.export_commands
    # Every article waits until Cancel is clicked: the export is under way when it is.
    released = threading.Event()
    library = window.library

    def held_articles(_library: object, ids: list[int]) -> Iterator[Article | None]:
        for article_id in ids:
            released.wait(WAIT_MS / 1000)
            yield library.article(article_id)

    monkeypatch.setattr(export_job, "library_articles", held_articles)
    target = tmp_path / "cancelled.csv"
    _save_to(monkeypatch, target)
    _action(window, "actionExport").trigger()
    assert commands.progress.isVisible()
    assert commands.cancel_button.isVisible()
    QTest.mouseClick(commands.cancel_button, Qt.MouseButton.LeftButton)
    released.set()
    qtbot.waitUntil(lambda: not commands.is_exporting(), timeout=WAIT_MS)
    assert not target.exists()
    assert list(tmp_path.glob("*.csv*")) == []
    assert not commands.progress.isVisible()
    assert "أُلغي التصدير" in window.statusBar().currentMessage()


def test_tag_counts_export_as_csv(
    open_window: Callable[[Path], MainWindow],
    folder: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(folder)
    target = tmp_path / "tags.csv"
    _save_to(monkeypatch, target)
    _action(window, "actionExportTagCounts").trigger()
    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig"), newline="")))
    assert rows[0] == ["tag", "count"]
    model = window.query_controller.tag_model
    assert len(rows) - 1 >= model.rowCount() > 0
    assert all(int(count) > 0 for _tag, count in rows[1:])


def test_outlet_counts_export_as_csv(
    open_window: Callable[[Path], MainWindow],
    folder: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(folder)
    target = tmp_path / "outlets"
    _save_to(monkeypatch, target)
    _action(window, "actionExportOutletCounts").trigger()
    rows = list(
        csv.reader(io.StringIO((tmp_path / "outlets.csv").read_text("utf-8-sig"), newline=""))
    )
    assert rows[0] == ["source", "count"]
    assert sum(int(count) for _name, count in rows[1:]) == 21
