"""CopyCommands: what lands on the clipboard, from the list or the pane, as the focus says."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QStatusBar, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from reader.domain.article import Article
from reader.domain.library.library import Library
from reader.domain.text.parser import parse_text
from reader.models.article_list_model import ArticleListModel
from reader.widgets.article_list_view import ArticleListView
from reader.widgets.article_pane import ArticlePane
from reader.widgets.copy_commands import CopyCommands

TITLES = ("الخبر الأول عن الصين", "الخبر الثاني عن روسيا", "الخبر الثالث عن غزة")


@dataclass
class Shelf:
    """A library of which some articles cannot be read any more (their files went away)."""

    library: Library
    unreadable: set[int]

    def read(self, article_id: int) -> Article | None:
        """Return an article, None for one that cannot be read."""
        return None if article_id in self.unreadable else self.library.article(article_id)


@dataclass
class Reader:
    """The widgets the copy commands read, in one shown window."""

    window: QWidget
    field: QLineEdit
    article_list: ArticleListView
    pane: ArticlePane
    status: QStatusBar
    shelf: Shelf
    commands: CopyCommands


@pytest.fixture
def reader(qtbot: QtBot) -> Reader:
    """Show a list of three articles, newest first, a pane, a text field and a status bar."""
    library = Library()
    library.add(
        parse_text(f"{title}\n{day:02}/09/2023\nفقرة عن {title}.\n", f"{day:02}.txt")
        for day, title in enumerate(TITLES, start=1)
    )
    model = ArticleListModel(library)
    model.set_ids(sorted(library.ids()))
    window = QWidget()
    field = QLineEdit()
    article_list = ArticleListView(model)
    pane = ArticlePane()
    status = QStatusBar()
    layout = QVBoxLayout(window)
    for widget in (field, article_list, pane, status):
        layout.addWidget(widget)
    shelf = Shelf(library, set())
    commands = CopyCommands(shelf.read, pane, article_list, status, window)
    qtbot.addWidget(window)
    window.resize(600, 700)
    with qtbot.waitExposed(window):
        window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    return Reader(window, field, article_list, pane, status, shelf, commands)


def click_row(reader: Reader, row: int, modifier: Qt.KeyboardModifier) -> None:
    """Click a row of the article list."""
    view = reader.article_list
    index = view.model().index(row, 0)
    QTest.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, modifier, view.visualRect(index).center()
    )


def select_rows(reader: Reader, *rows: int) -> None:
    """Click the first row, then Ctrl+click the others."""
    click_row(reader, rows[0], Qt.KeyboardModifier.NoModifier)
    for row in rows[1:]:
        click_row(reader, row, Qt.KeyboardModifier.ControlModifier)


def clipboard_text() -> str:
    return QGuiApplication.clipboard().text()


@pytest.fixture(autouse=True)
def empty_clipboard() -> None:
    """Start every test with nothing on the clipboard."""
    QGuiApplication.clipboard().clear()


def test_copy_articles_puts_plain_text_and_rtl_html_in_list_order(reader: Reader) -> None:
    select_rows(reader, 2, 0)
    reader.commands.copy_articles()
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.hasText()
    assert mime.hasHtml()
    text = mime.text()
    assert text.index(TITLES[0]) < text.index(TITLES[2])
    assert TITLES[1] not in text
    assert f"فقرة عن {TITLES[2]}." in text
    assert 'dir="rtl"' in mime.html()
    assert TITLES[0] in mime.html()
    assert reader.status.currentMessage() == reader.commands.tr("نُسخ %Ln مقال", "", 2)


def test_copy_visual_puts_shaped_letters_only(reader: Reader) -> None:
    select_rows(reader, 1)
    reader.commands.copy_visual()
    mime = QGuiApplication.clipboard().mimeData()
    assert not mime.hasHtml()
    assert any("\ufe70" <= char <= "\ufeff" for char in mime.text())
    assert TITLES[1] not in mime.text()  # shaped, not the letters as stored
    assert reader.status.currentMessage()


def test_with_no_row_selected_the_article_in_the_pane_is_copied(reader: Reader) -> None:
    article = reader.shelf.library.article(1)
    reader.pane.show_article(article, "")
    reader.commands.copy_articles()
    assert TITLES[1] in clipboard_text()


def test_with_nothing_to_copy_the_clipboard_is_left_alone(reader: Reader) -> None:
    QGuiApplication.clipboard().setText("قبل")
    reader.commands.copy_articles()
    reader.commands.copy_visual()
    assert clipboard_text() == "قبل"
    assert reader.status.currentMessage() == ""


def test_an_article_that_cannot_be_read_is_left_out(reader: Reader) -> None:
    select_rows(reader, 0, 1)
    reader.shelf.unreadable.add(reader.article_list.selected_article_ids()[0])
    reader.commands.copy_articles()
    assert TITLES[0] not in clipboard_text()
    assert TITLES[1] in clipboard_text()


def test_copy_in_a_text_field_copies_its_selection(reader: Reader) -> None:
    select_rows(reader, 0)
    reader.field.setText("كلمات البحث")
    reader.field.setFocus(Qt.FocusReason.OtherFocusReason)
    reader.field.setSelection(0, 5)
    assert QApplication.focusWidget() is reader.field
    reader.commands.copy()
    assert clipboard_text() == "كلمات"


def test_copy_in_the_pane_copies_the_text_selected_there(reader: Reader) -> None:
    select_rows(reader, 0)
    reader.pane.show_article(reader.shelf.library.article(2), "")
    cursor = reader.pane.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    reader.pane.setTextCursor(cursor)
    reader.pane.setFocus(Qt.FocusReason.OtherFocusReason)
    reader.commands.copy()
    assert clipboard_text() == TITLES[2]


def test_copy_in_the_list_copies_its_articles_whatever_the_pane_selects(reader: Reader) -> None:
    reader.pane.show_article(reader.shelf.library.article(2), "")
    reader.pane.selectAll()
    select_rows(reader, 0)
    reader.article_list.setFocus(Qt.FocusReason.OtherFocusReason)
    reader.commands.copy()
    assert QGuiApplication.clipboard().mimeData().hasHtml()
    assert TITLES[0] in clipboard_text()
    assert TITLES[2] not in clipboard_text()
