"""The search syntax in the window, driven from the keyboard: typing a word letter by letter
narrows the list (never empties it) and keeps the article on show; a phrase; an exclusion; and
each row's snippet drawn with its hit emphasised."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QTableView, QTextBrowser, QWidget
from pytestqt.qtbot import QtBot

from reader.models.roles import ItemRole
from reader.widgets.article_delegate import HIT_BACKGROUND, ArticleDelegate
from reader.widgets.main_window import MainWindow
from reader.widgets.search_box import MIN_TYPED_PREFIX
from tests.articles import write_article

OpenWindow = Callable[[Path], MainWindow]
TypeText = Callable[[QWidget, str], None]

ARTICLES = {
    "001.txt": ("زيارة إلى بكين", "قال وزيرُ الخارجيّة إن الصين شريك مهم لروسيا."),
    "002.txt": ("صادرات", "تصدّر تونس زيت الزيتون للصين واليابان."),
    "003.txt": ("قمة", "اجتمع الوزير مع وزير الخارجية الروسي في موسكو."),
    "004.txt": ("خبر آخر", "لا ذكر هنا للبلد الآسيوي في الاستقرار."),
}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    for name, (title, body) in ARTICLES.items():
        write_article(folder, name, title, body)
    return folder


def view(window: MainWindow) -> QTableView:
    found = window.findChild(QTableView, "articleList")
    assert found is not None
    return found


def box(window: MainWindow) -> QLineEdit:
    found = window.findChild(QLineEdit, "searchBox")
    assert found is not None
    return found


def pane_text(window: MainWindow) -> str:
    QApplication.processEvents()  # the pane follows the list on the event loop's next turn
    browser = window.findChild(QTextBrowser, "articleView")
    assert browser is not None
    return browser.toPlainText()


def listed(window: MainWindow) -> list[str]:
    model = view(window).model()
    return sorted(
        Path(model.index(row, 0).data(ItemRole.PATH)).name for row in range(model.rowCount())
    )


def is_searched(window: MainWindow, text: str) -> bool:
    return window.query_controller.query().search == text


def click_row_of(window: MainWindow, name: str) -> None:
    table = view(window)
    model = table.model()
    row = next(
        r for r in range(model.rowCount()) if model.index(r, 0).data(ItemRole.PATH).endswith(name)
    )
    QTest.mouseClick(
        table.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        table.visualRect(model.index(row, 0)).center(),
    )


def test_typing_letter_by_letter_narrows_and_keeps_the_article(
    qtbot: QtBot, open_window: OpenWindow, folder: Path, type_text: TypeText
) -> None:
    window = open_window(folder)
    click_row_of(window, "002.txt")
    qtbot.waitUntil(lambda: "زيت الزيتون" in pane_text(window))
    search = box(window)
    search.setFocus()
    word = "الصين"
    for end in range(1, len(word) + 1):
        type_text(search, word[end - 1])
        # ا, ال and الص are not searched yet: the list stays whole meanwhile.
        searched = f"{word[:end]}*" if end > MIN_TYPED_PREFIX else ""
        qtbot.waitUntil(partial(is_searched, window, searched))
        assert listed(window)  # never empty on the way
        assert "زيت الزيتون" in pane_text(window)
    assert listed(window) == ["001.txt", "002.txt"]
    QTest.keyClick(search, Qt.Key.Key_Return)  # the word is whole: searched as written
    qtbot.waitUntil(lambda: window.query_controller.query().search == "الصين")
    assert listed(window) == ["001.txt", "002.txt"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ('"وزير الخارجية"', ["001.txt", "003.txt"]),
        ('"الخارجية وزير"', []),
        ("الصين -روسيا", ["002.txt"]),
        ("الصين NOT روسيا", ["002.txt"]),
        ("-الصين", ["003.txt", "004.txt"]),
        ("title:بكين OR title:قمة", ["001.txt", "003.txt"]),
        ('"وزير الخارجية', ["001.txt", "003.txt"]),  # read as plain words, and said so
    ],
)
def test_a_typed_query_lists_what_it_finds(
    qtbot: QtBot,
    open_window: OpenWindow,
    folder: Path,
    type_text: TypeText,
    query: str,
    expected: list[str],
) -> None:
    window = open_window(folder)
    search = box(window)
    type_text(search, query)
    QTest.keyClick(search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.query_controller.query().search == query)
    assert listed(window) == expected
    unclosed_quote = query.count('"') == 1
    assert bool(search.toolTip()) == unclosed_quote


def hit_pixels(table: QTableView) -> int:
    """Return how many pixels of the list are drawn in the hit's highlight colour."""
    image = table.viewport().grab().toImage()
    wanted = HIT_BACKGROUND.rgb()
    return sum(
        image.pixel(x, y) == wanted
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
    )


def test_rows_show_a_snippet_with_the_hit_emphasised(
    qtbot: QtBot, open_window: OpenWindow, folder: Path
) -> None:
    window = open_window(folder)
    table = view(window)
    plain_height = ArticleDelegate.row_height(table.font())
    assert table.rowHeight(0) == plain_height
    assert hit_pixels(table) == 0
    box(window).setText('"وزير الخارجية"')  # a paste: searched at once
    qtbot.waitUntil(lambda: listed(window) == ["001.txt", "003.txt"])
    qtbot.waitUntil(lambda: table.rowHeight(0) > plain_height)
    qtbot.waitUntil(lambda: hit_pixels(table) > 20)  # painted, then painted with snippets
    model = table.model()
    lines = [model.index(row, 0).data(ItemRole.SNIPPET) for row in range(model.rowCount())]
    assert sorted(text[start:end] for text, start, end in lines) == [
        "وزير الخارجية",
        "وزيرُ الخارجيّة",
    ]
    box(window).setText("")
    qtbot.waitUntil(lambda: table.rowHeight(0) == plain_height)
    qtbot.waitUntil(lambda: hit_pixels(table) == 0)
    assert QColor(HIT_BACKGROUND).isValid()


def test_the_first_paint_after_a_search_shows_the_snippets(
    open_window: OpenWindow, folder: Path
) -> None:
    window = open_window(folder)
    table = view(window)
    box(window).setText('"وزير الخارجية"')  # a paste: searched at once
    assert listed(window) == ["001.txt", "003.txt"]
    assert hit_pixels(table) > 20  # in this paint: no second one for the snippets
