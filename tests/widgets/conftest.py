"""Widget tests run in the application main() builds, with settings in a temporary ini file."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QAbstractItemModel, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from reader.app import create_application, create_window
from reader.domain.article import Article
from reader.models.folder_session import FolderSession
from reader.models.library_loader import LibraryLoader
from reader.models.settings_store import SettingsStore
from reader.widgets.main_window import MainWindow

if TYPE_CHECKING:
    # Imported for annotations only: the module needs pytest-qt set up first.
    from pytestqt.modeltest import ModelTester

LOAD_TIMEOUT_MS = 30_000
HERE = Path(__file__).resolve().parent


@pytest.fixture(scope="session")
def qapp(tmp_path_factory: pytest.TempPathFactory) -> QApplication:
    """Build the application as main() does, never reading the user's own settings."""
    os.environ["XDG_CONFIG_HOME"] = str(tmp_path_factory.mktemp("xdg-config"))
    return create_application(["reader-tests"])


def _type_text(widget: QWidget, text: str) -> None:
    """Type text into widget key by key, as an Arabic keyboard layout delivers it."""
    # WORKAROUND: QTest.keyClicks (qtbot.keyClicks) aborts on characters outside Latin-1:
    # https://github.com/qt/qtbase/blob/dev/src/testlib/qasciikey.cpp (asciiToKey asserts).
    for char in text:
        try:
            key = Qt.Key(ord(char))
        except ValueError:
            key = Qt.Key.Key_unknown
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, key, char, Qt.KeyboardModifier.NoModifier)


@pytest.fixture
def type_text() -> Callable[[QWidget, str], None]:
    """Return a function that types Arabic text into a widget."""
    return _type_text


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """Return settings kept in a fresh ini file."""
    return QSettings(str(tmp_path / "reader.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def open_window(qtbot: QtBot, settings: QSettings) -> Callable[[Path], MainWindow]:
    """Return a function that shows the window on a folder and waits until it is listed."""

    def open_(folder: Path) -> MainWindow:
        window = create_window(folder, settings=settings)
        qtbot.addWidget(window)
        # The loader reports through queued signals: nothing arrives before the event loop runs.
        with (
            qtbot.waitSignal(window.loadFinished, timeout=LOAD_TIMEOUT_MS),
            qtbot.waitExposed(window),
        ):
            window.show()
        return window

    return open_


@pytest.fixture
def window_reading_with(
    qtbot: QtBot, settings: QSettings
) -> Callable[[Callable[[Path], Article]], MainWindow]:
    """Return a function that shows a window whose loads read each file with the given
    function, in this process (a test can hold some files back), before any folder is open."""

    def show(read: Callable[[Path], Article]) -> MainWindow:
        window = MainWindow(FolderSession(LibraryLoader(read)), SettingsStore(settings))
        qtbot.addWidget(window)
        with qtbot.waitExposed(window):
            window.show()
        return window

    return show


@pytest.fixture
def check_model(qtmodeltester: ModelTester) -> Callable[[QAbstractItemModel, bool], None]:
    """Return qtmodeltester.check, typed: it keeps the tester attached for the whole test."""
    check: Callable[..., None] = qtmodeltester.check

    def check_model_(model: QAbstractItemModel, force_py: bool) -> None:
        check(model, force_py=force_py)

    return check_model_
