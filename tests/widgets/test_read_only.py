"""The reader never writes to the library: a whole session leaves every file as it was."""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from reader.widgets.main_window import MainWindow
from reader.widgets.problems_dialog import ProblemsDialog
from tests.hostile import build_hostile_folder
from tests.widgets.test_main_window import (
    action,
    click_row,
    click_tag,
    listed_paths,
    listed_tags,
    search_box,
)

OpenWindow = Callable[[Path], MainWindow]
TypeText = Callable[..., None]

# An entry's state: what it is, and for a file its checksum and modification time, for a
# link where it points, for a folder its modification time (a file made and removed in it
# shows there).
Entry = tuple[str, str, int]


def snapshot(folder: Path) -> dict[str, Entry]:
    """Return the state of every entry under folder, without following links."""
    state: dict[str, Entry] = {}
    for root, folders, files in os.walk(folder):
        for name in [*folders, *files]:
            path = Path(root) / name
            info = path.lstat()
            if path.is_symlink():
                entry = ("link", os.readlink(path), info.st_mtime_ns)
            elif path.is_dir():
                entry = ("folder", "", info.st_mtime_ns)
            else:
                digest = hashlib.sha256(path.read_bytes()).hexdigest()
                entry = ("file", digest, info.st_mtime_ns)
            state[os.fsdecode(path)] = entry
    state[str(folder)] = ("folder", "", folder.stat().st_mtime_ns)
    return state


@pytest.fixture
def library(tmp_path: Path, sample_folder: Path) -> Path:
    """A copy of the sample with the hostile folder inside it."""
    folder = tmp_path / "library"
    shutil.copytree(sample_folder, folder)
    (folder / "hostile").mkdir()
    build_hostile_folder(folder / "hostile", big=False)
    return folder


def test_a_full_session_leaves_the_folder_untouched(
    qtbot: QtBot,
    open_window: OpenWindow,
    library: Path,
    type_text: TypeText,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = snapshot(library)
    window = open_window(library)
    assert len(listed_paths(window)) > 20

    first, second = listed_tags(window)[:2]
    click_tag(qtbot, window, first)
    click_tag(qtbot, window, second, Qt.KeyboardModifier.ControlModifier)
    action(window, "actionClearFilters").trigger()
    type_text(search_box(window), "الصين")
    qtbot.waitUntil(lambda: window.query_controller.query().search == "الصين*")  # typed: a prefix
    click_row(qtbot, window, 0)
    action(window, "actionCopyArticle").trigger()
    action(window, "actionCopyVisual").trigger()
    assert QGuiApplication.clipboard().text()
    action(window, "actionClearFilters").trigger()
    for row in range(0, len(listed_paths(window)), 3):
        click_row(qtbot, window, row)
    action(window, "actionSortTitle").trigger()

    def copy_problems(dialog: ProblemsDialog) -> int:
        dialog.copy_all()
        return 0

    monkeypatch.setattr(ProblemsDialog, "exec", copy_problems)
    QTest.mouseClick(window.status.problems_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(window.library_reloaded):
        action(window, "actionReload").trigger()
    window.close()

    assert snapshot(library) == before
