"""A closed window is freed at once, by reference counting: nothing it owns refers back to it."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.app import create_window
from tests.widgets.conftest import LOAD_TIMEOUT_MS


def test_a_closed_window_is_freed_without_the_cycle_collector(
    qtbot: QtBot, settings: QSettings, sample_folder: Path
) -> None:
    # A reference cycle through the window would leave it to Python's cyclic collector,
    # which may run on the loader's thread: Qt widgets deleted there crash the reader.
    gc.disable()
    try:
        window = create_window(sample_folder, settings=settings)
        with qtbot.waitSignal(window.loadFinished, timeout=LOAD_TIMEOUT_MS):
            window.show()
        window.activateWindow()
        gone = weakref.ref(window)
        window.close()
        del window
        QApplication.processEvents()
        assert gone() is None
    finally:
        gc.enable()
