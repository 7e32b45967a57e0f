"""The status bar during a load: a busy bar until files are read, and counts that say when a
filter's result is still growing."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from reader.widgets.library_status_bar import LibraryStatusBar


def _status_bar(qtbot: QtBot) -> LibraryStatusBar:
    status = LibraryStatusBar()
    qtbot.addWidget(status)
    status.show()
    return status


def test_the_bar_is_busy_until_a_file_is_read(qtbot: QtBot) -> None:
    status = _status_bar(qtbot)
    status.set_loading(True)
    status.set_progress(0, 100_000)  # a cold load listing headlines: nothing read yet
    assert (status.progress.minimum(), status.progress.maximum()) == (0, 0)
    status.set_progress(1_984, 100_000)
    assert (status.progress.maximum(), status.progress.value()) == (100_000, 1_984)


def test_a_filtered_count_says_so_far_while_files_are_read(qtbot: QtBot) -> None:
    status = _status_bar(qtbot)
    status.set_reading(True)
    status.set_counts(5, 60)  # a search in force while the load reads the files
    label = status.count_label
    assert label.text() == "٥ من ٦٠ مقال حتى الآن"
    assert "تكتمل النتائج" in label.toolTip()
    status.set_counts(60, 60)  # no filter: nothing to say
    assert "حتى الآن" not in label.text()
    status.set_counts(12, 60)
    status.set_reading(False)  # every file read: the result is whole
    assert label.text() == "١٢ من ٦٠ مقال"
    assert label.toolTip() == ""


def test_the_bar_moves_by_whole_steps_and_reaches_its_end(qtbot: QtBot) -> None:
    status = _status_bar(qtbot)
    status.set_loading(True)
    status.set_progress(2_100, 100_000)
    status.set_progress(2_400, 100_000)  # 300 more of 100,000 files: not a step of the bar
    assert status.progress.value() == 2_100
    assert QLocale().toString(2_400) in status.progress.toolTip()  # the count moves
    status.set_progress(2_560, 100_000)
    assert status.progress.value() == 2_560
    status.set_progress(100_000, 100_000)
    assert status.progress.value() == 100_000


def test_once_every_file_is_read_the_bar_says_copies_are_looked_for(qtbot: QtBot) -> None:
    status = _status_bar(qtbot)
    status.set_loading(True)
    status.set_progress(100_000, 100_000)
    status.show_finding_copies()
    assert (status.progress.minimum(), status.progress.maximum()) == (0, 0)  # busy
    assert "نسخ الخبر" in status.progress.toolTip()
