"""Reopening a folder: a second window lists it from the cache, re-reading only what changed."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from reader.domain.article import Article
from reader.domain.store.cache import database_path, default_cache_dir
from reader.domain.text.parser import read_article
from reader.models.library_loader import LibraryLoader
from reader.models.settings_store import SettingsStore
from reader.widgets.main_window import MainWindow
from tests.widgets.conftest import LOAD_TIMEOUT_MS
from tests.widgets.test_main_window import article_list, write_article

OpenWindow = Callable[[Path], MainWindow]


def listed(window: MainWindow) -> list[tuple[str, str]]:
    """Return (path, headline) of every listed row, in list order."""
    model = article_list(window).model()
    return [
        (
            model.index(row, 0).data(Qt.ItemDataRole.UserRole),
            model.index(row, 0).data(Qt.ItemDataRole.DisplayRole),
        )
        for row in range(model.rowCount())
    ]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Three articles, one read with warnings, and a file that is not an article."""
    folder = tmp_path / "news"
    folder.mkdir()
    write_article(folder, "001.txt", "الخبر الأول", "نص الخبر الأول.", "اقتصاد")
    write_article(folder, "002.txt", "الخبر الثاني", "نص الخبر الثاني.", "سياسة")
    mojibake = "خبر مشوه الترميز".encode().decode("cp1256")
    (folder / "003.txt").write_text(f"{mojibake}\nنص الخبر.\nكلمات دلالية: مشوه\n", "utf-8")
    (folder / "004.txt").write_bytes(b"")
    return folder


@pytest.fixture
def open_counting(
    qtbot: QtBot, settings: QSettings
) -> Callable[[Path], tuple[MainWindow, list[Path]]]:
    """Return a function that opens a window whose loader records every file it parses."""

    def open_(folder: Path) -> tuple[MainWindow, list[Path]]:
        parsed: list[Path] = []

        def read(path: Path) -> Article:
            parsed.append(path)
            return read_article(path)

        window = MainWindow(LibraryLoader(read), SettingsStore(settings))
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.loadFinished, timeout=LOAD_TIMEOUT_MS):
            window.show()
            window.load_folder(folder)
        return window, parsed

    return open_


def test_a_second_window_lists_the_same_rows_from_the_cache(
    open_window: OpenWindow,
    open_counting: Callable[[Path], tuple[MainWindow, list[Path]]],
    folder: Path,
) -> None:
    first = open_window(folder)
    # The cache is in the test's XDG_CACHE_HOME, never the user's.
    cache_home = Path(os.environ["XDG_CACHE_HOME"])
    assert default_cache_dir().is_relative_to(cache_home)
    assert database_path(folder, default_cache_dir()).is_file()
    second, parsed = open_counting(folder)
    assert parsed == []
    assert listed(second) == listed(first)
    assert len(listed(second)) == 3
    assert second.status.warnings_button.text() == first.status.warnings_button.text()
    assert second.status.warnings_button.text() == "مقال واحد بتحذيرات"
    assert second.status.problems_button.text() == first.status.problems_button.text()


def test_a_file_edited_between_opens_shows_its_new_headline(
    open_window: OpenWindow,
    open_counting: Callable[[Path], tuple[MainWindow, list[Path]]],
    folder: Path,
) -> None:
    first = open_window(folder)
    assert (str(folder / "002.txt"), "الخبر الثاني") in listed(first)
    edited = write_article(folder, "002.txt", "عنوان جديد للخبر الثاني", "نص جديد.", "سياسة")
    # A different modification time, whatever the file system's clock resolution.
    stat = edited.stat()
    os.utime(edited, ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))
    second, parsed = open_counting(folder)
    assert parsed == [edited]
    rows = dict(listed(second))
    assert rows[str(edited)] == "عنوان جديد للخبر الثاني"
    assert rows[str(folder / "001.txt")] == "الخبر الأول"
    assert len(rows) == 3
