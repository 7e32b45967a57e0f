"""A long cold load: the list shows every headline first, then completes the rows in place."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QSettings
from pytestqt.qtbot import QtBot

from benchmarks.generate import ArticleWriter
from reader.app import create_window
from reader.domain.library.library import load_folder
from reader.models.roles import ItemRole
from reader.widgets import main_window as main_window_module
from tests.widgets.conftest import LOAD_TIMEOUT_MS
from tests.widgets.test_main_window import article_list


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "crawl"
    folder.mkdir()
    writer = ArticleWriter(seed=11)
    for number in range(60):
        (folder / writer.file_name(number)).write_text(writer.article(number), encoding="utf-8")
    return folder


@pytest.mark.usefixtures("headline_first_load")
def test_rows_listed_from_headers_are_completed_and_repainted(
    qtbot: QtBot,
    settings: QSettings,
    corpus: Path,
    check_model: Callable[[QAbstractItemModel, bool], None],
) -> None:
    window = create_window(corpus, settings=settings)
    qtbot.addWidget(window)
    model = article_list(window).model()
    check_model(model, False)
    repainted: list[int] = []
    model.dataChanged.connect(lambda top, bottom: repainted.append(bottom.row() - top.row() + 1))
    with qtbot.waitSignal(window.loadFinished, timeout=LOAD_TIMEOUT_MS):
        window.show()
    assert model.rowCount() == 60
    assert repainted, "rows completed in place were never repainted"
    expected = load_folder(corpus, workers=1)  # what a load without previews lists
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        article_id = expected.find_path(index.data(ItemRole.KEY))
        assert article_id is not None
        source = expected.row(article_id).source
        assert source is not None
        assert index.data(ItemRole.SOURCE) == source
        shown_tags = index.data(ItemRole.TAGS)
        assert shown_tags
        assert shown_tags == list(expected.row(article_id).tags)[: len(shown_tags)]


@pytest.mark.usefixtures("headline_first_load")
def test_the_list_shows_every_file_as_soon_as_all_are_listed(
    qtbot: QtBot, settings: QSettings, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(main_window_module, "_REFRESH_MS", 3_600_000)  # no timed refresh
    window = create_window(corpus, settings=settings)
    qtbot.addWidget(window)
    model = article_list(window).model()
    shown_while_loading: list[int] = []
    window.library_filter.results_changed.connect(
        lambda shown, _total: shown_while_loading.append(shown)
    )
    with qtbot.waitSignal(window.loadFinished, timeout=LOAD_TIMEOUT_MS):
        window.show()
    assert model.rowCount() == 60
    # Listed in full from the headers, before the last refresh at the end of the load.
    assert shown_while_loading.count(60) >= 2


@pytest.mark.usefixtures("headline_first_load")
def test_the_progress_bar_is_busy_until_files_are_read(
    qtbot: QtBot, settings: QSettings, corpus: Path
) -> None:
    window = create_window(corpus, settings=settings)
    qtbot.addWidget(window)
    bar = window.status.progress
    seen: list[tuple[int, int, int]] = []  # (rows listed, bar maximum, bar value)
    window.library_filter.results_changed.connect(
        lambda _shown, total: seen.append((total, bar.maximum(), bar.value()))
    )
    with qtbot.waitSignal(window.loadFinished, timeout=LOAD_TIMEOUT_MS):
        window.show()
    assert any(total == 60 and value < 60 for total, _maximum, value in seen[:-1]), (
        "every headline listed before the files were read: the case this test is about"
    )
    # Headlines listed and no file read in full yet: a busy bar, never an empty one.
    assert all(maximum == 0 or value > 0 for _total, maximum, value in seen)
    assert (bar.maximum(), bar.value()) == (60, 60)
