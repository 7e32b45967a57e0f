"""A long cold load in the window: the progress bar is busy until the files are read."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from benchmarks.generate import ArticleWriter
from reader.app import create_window
from tests.widgets.conftest import LOAD_TIMEOUT_MS


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "crawl"
    folder.mkdir()
    writer = ArticleWriter(seed=11)
    for number in range(60):
        (folder / writer.file_name(number)).write_text(writer.article(number), encoding="utf-8")
    return folder


@pytest.mark.usefixtures("headline_first_load")
def test_the_progress_bar_is_busy_until_files_are_read(
    qtbot: QtBot, settings: QSettings, corpus: Path
) -> None:
    window = create_window(corpus, settings=settings)
    qtbot.addWidget(window)
    bar = window.status.progress
    seen: list[tuple[int, int, int]] = []  # (rows listed, bar maximum, bar value)
    window.query_controller.results_changed.connect(
        lambda _shown, total: seen.append((total, bar.maximum(), bar.value()))
    )
    values: list[int] = []
    bar.valueChanged.connect(values.append)
    with qtbot.waitSignal(window.loadFinished, timeout=LOAD_TIMEOUT_MS):
        window.show()
    assert any(total == 60 and value < 60 for total, _maximum, value in seen[:-1]), (
        "every headline listed before the files were read: the case this test is about"
    )
    # Headlines listed and no file read in full yet: a busy bar, never an empty one.
    assert all(maximum == 0 or value > 0 for _total, maximum, value in seen)
    # Every file read: a full bar (then a busy one while copies are looked for).
    assert 60 in values
    assert "نسخ الخبر" in bar.toolTip()
