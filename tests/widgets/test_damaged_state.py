"""The reader's own state, damaged: settings files of garbage or of the wrong types, a cache
database of garbage."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QSplitter
from pytestqt.qtbot import QtBot

from reader.app import create_window
from reader.domain.library.query import SortOrder
from reader.domain.store.database import database_path, default_cache_dir
from reader.widgets.main_window import MainWindow
from tests.articles import write_article
from tests.widgets.test_main_window import listed_paths

OpenWindow = Callable[[Path], MainWindow]


def test_a_settings_file_of_garbage_gives_defaults_and_a_warning(
    open_window: OpenWindow, settings: QSettings, sample_folder: Path
) -> None:
    path = Path(settings.fileName())
    garbage = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8 + b"[window\ngeometry=\x00\xff"
    path.write_bytes(garbage)
    window = open_window(sample_folder)
    assert listed_paths(window)
    assert window.query_controller.sort_order() is SortOrder.NEWEST
    assert window.pane.zoom_level == 0
    message = window.status.currentMessage()
    assert "تالف" in message
    assert str(path) + ".damaged" in message
    assert Path(str(path) + ".damaged").read_bytes() == garbage
    # The window's state is saved over the damaged file, as clean text.
    window.close()
    path.read_bytes().decode("utf-8")


@pytest.mark.qt_log_ignore(
    # Qt's own warnings on reading a stored value it cannot rebuild: the point of the test.
    "^QVariant::load: unknown user type",
    "^Trying to construct an instance of an invalid type",
)
def test_window_state_of_the_wrong_type_does_not_crash(
    qtbot: QtBot, settings: QSettings, sample_folder: Path
) -> None:
    Path(settings.fileName()).write_text(
        "[window]\ngeometry=@ByteArray(not a geometry)\nsplitter=@Size(1 2)\n"
        "state=@Variant(\\0\\0\\0\\x7f\\0\\0\\0\\x5)\n[view]\nzoom=@Rect(1 2 3 4)\nsort=7\n",
        encoding="utf-8",
    )
    settings.sync()
    window = create_window(sample_folder, settings=settings)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.loadFinished):
        window.show()
    splitter = window.findChild(QSplitter, "mainSplitter")
    assert splitter is not None
    assert all(size > 0 for size in splitter.sizes())
    assert window.pane.zoom_level == 0
    assert window.query_controller.sort_order() is SortOrder.NEWEST
    assert listed_paths(window)


def test_unreadable_settings_are_said_and_the_window_works(
    open_window: OpenWindow, tmp_path: Path, sample_folder: Path, qtbot: QtBot
) -> None:
    where = tmp_path / "settings-folder.ini"
    where.mkdir()
    settings = QSettings(str(where), QSettings.Format.IniFormat)
    window = create_window(sample_folder, settings=settings)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.loadFinished):
        window.show()
    assert "تعذرت قراءة ملف الإعدادات" in window.status.currentMessage()
    window.close()


def test_a_damaged_cache_is_rebuilt_and_said_in_a_sentence_of_the_interface(
    open_window: OpenWindow, tmp_path: Path
) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    write_article(folder, "001.txt", "خبر", "نص الخبر.")
    database = database_path(folder, default_cache_dir())
    database.parent.mkdir(parents=True, exist_ok=True)
    database.write_bytes(b"this is not a database" * 100)
    window = open_window(folder)
    assert listed_paths(window) == [str(folder / "001.txt")]
    message = window.status.currentMessage()
    assert message.startswith("كانت ذاكرة التخزين المؤقت ")
    assert message.endswith(" فأُعيد بناؤها.")
    # The path keeps its order inside the Arabic sentence.
    assert f"\u2066{database}\u2069" in message
