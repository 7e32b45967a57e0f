"""Reopening a folder: a second window shows from the cache what the first one showed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from reader.widgets.main_window import MainWindow
from tests.articles import write_article
from tests.widgets.test_main_window import article_list

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


def test_a_second_window_shows_the_same_rows_and_counts(
    open_window: OpenWindow, folder: Path
) -> None:
    first = open_window(folder)
    second = open_window(folder)
    assert listed(second) == listed(first)
    assert len(listed(second)) == 3
    assert second.status.warnings_button.text() == first.status.warnings_button.text()
    assert second.status.warnings_button.text() == "مقال واحد بتحذيرات"
    assert second.status.problems_button.text() == first.status.problems_button.text()
