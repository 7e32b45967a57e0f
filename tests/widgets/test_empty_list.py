"""An article list with no rows says why: an empty folder, a filter nothing matches, or a
first load still reading the files that a filter could match."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QPalette
from pytestqt.qtbot import QtBot

from reader.domain.article import Article
from reader.domain.loading import workers
from reader.domain.text.parser import read_article
from reader.widgets.article_list_view import ArticleListView
from reader.widgets.main_window import MainWindow
from tests.articles import write_article
from tests.widgets.test_main_window import article_list

NO_MATCH = "لا مقالات تطابق التصفية"


def _list_view(window: MainWindow) -> ArticleListView:
    view = article_list(window)
    assert isinstance(view, ArticleListView)
    return view


def _shows_text(view: ArticleListView) -> bool:
    """Tell whether the empty list's viewport has text drawn on it, not only its background."""
    image = view.viewport().grab().toImage()
    background = view.palette().color(QPalette.ColorRole.Base).rgb()
    return any(
        image.pixel(x, y) != background
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
    )


def test_an_empty_folder_says_it_has_no_articles(
    tmp_path: Path, open_window: Callable[[Path], MainWindow]
) -> None:
    window = open_window(tmp_path)
    view = _list_view(window)
    assert view.model().rowCount() == 0
    assert view.empty_text() == "لا مقالات في هذا المجلد"
    assert _shows_text(view)


def test_a_search_that_finds_nothing_says_so(
    tmp_path: Path, open_window: Callable[[Path], MainWindow]
) -> None:
    for number in range(4):
        write_article(tmp_path, f"{number}.txt", f"خبر {number}", "فقرة عن الاقتصاد.")
    window = open_window(tmp_path)
    view = _list_view(window)
    window.search_box.set_search("كوكب")
    window.query_controller.set_search("كوكب")
    assert view.model().rowCount() == 0
    assert view.empty_text() == NO_MATCH
    assert _shows_text(view)
    window.query_controller.set_search("")
    assert view.model().rowCount() == 4


def test_a_filter_during_a_first_load_says_so_far(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    window_reading_with: Callable[[Callable[[Path], Article]], MainWindow],
) -> None:
    monkeypatch.setattr(workers, "CHUNK_FILES", 1)  # rows go out file by file
    folder = tmp_path / "crawl"
    folder.mkdir()
    for number in range(4):
        write_article(folder, f"{number}.txt", f"خبر {number}", "فقرة عن الاقتصاد.")
    release = threading.Event()

    def slow_read(path: Path) -> Article:
        if path.name >= "1":  # the first file is read at once, the others wait
            release.wait(timeout=10)
        return read_article(path)

    window = window_reading_with(slow_read)
    window.load_folder(folder)
    view = _list_view(window)
    assert view.empty_text() == "جارٍ قراءة المجلد…"
    qtbot.waitUntil(lambda: view.model().rowCount() == 1)
    window.query_controller.set_search("كوكب")
    assert view.empty_text() == NO_MATCH + " حتى الآن"
    assert window.status.count_label.text() == "٠ من ١ مقال حتى الآن"
    with qtbot.waitSignal(window.loadFinished, timeout=10_000):
        release.set()
    assert view.empty_text() == NO_MATCH
    assert window.status.count_label.text() == "٠ من ٤ مقال"
    # The list shown is whole while a reload reads the folder again out of sight.
    with qtbot.waitSignal(window.library_reloaded, timeout=10_000):
        window.reload()
        assert view.empty_text() == NO_MATCH
        assert "حتى الآن" not in window.status.count_label.text()
    assert view.empty_text() == NO_MATCH
