"""The concordance and word list tabs, used as a reader uses them, in the real window."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QTableView, QWidget
from pytestqt.qtbot import QtBot

from reader.domain.store.word_index import WordIndex
from reader.models.roles import ItemRole
from reader.widgets.main_window import MainWindow
from tests.articles import write_article

OpenWindow = Callable[[Path], MainWindow]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    write_article(
        folder,
        "a.txt",
        "زيارة رسمية",
        "مقدمة طويلة عن الزيارة.\nالتقى الوزير نظيره في الصين أمس وتحدثا عن الاقتصاد.",
        "دبلوماسية، آسيا",
    )
    write_article(folder, "b.txt", "تجارة", "ازدادت التجارة بين روسيا والصين كثيرا.", "اقتصاد")
    write_article(folder, "c.txt", "رياضة", "فاز الفريق في المباراة النهائية.", "رياضة")
    return folder


def find(window: MainWindow, kind: type[QWidget], name: str) -> QWidget:
    widget = window.findChild(kind, name)
    assert widget is not None, name
    return widget


def click_cell(view: QTableView, index: QModelIndex) -> None:
    view.scrollTo(index)
    QTest.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
    QApplication.processEvents()


def show_tab(window: MainWindow, name: str) -> QWidget:
    tab = find(window, QWidget, name)
    window.reading_tabs.setCurrentWidget(tab)
    return tab


def cells(view: QTableView, column: int) -> list[str]:
    model = view.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_concordance_sorts_and_opens_the_hit(
    qtbot: QtBot, open_window: OpenWindow, folder: Path
) -> None:
    window = open_window(folder)
    window.search_box.setFocus()
    window.search_box.setText("الصين")
    window.search_box.returnPressed.emit()
    show_tab(window, "concordance")
    table = find(window, QTableView, "concordanceTable")
    assert isinstance(table, QTableView)
    qtbot.waitUntil(lambda: table.model().rowCount() == 2)
    assert sorted(cells(table, 1)) == ["الصين", "والصين"]
    counts = find(window, QWidget, "concordanceCounts")
    qtbot.waitUntil(lambda: "(" not in counts.text())  # type: ignore[attr-defined]
    order = find(window, QComboBox, "concordanceOrder")
    assert isinstance(order, QComboBox)
    order.setCurrentIndex(1)  # by the word before
    # Folded order: روسيا < في.
    assert cells(table, 0) == ["ازدادت التجارة بين روسيا", "التقى الوزير نظيره في"]
    click_cell(table, table.model().index(1, 1))
    assert window.reading_tabs.currentWidget() is window.reading_column
    article = window.pane.article
    assert article is not None
    assert Path(article.path).name == "a.txt"
    assert window.pane.textCursor().selectedText() == "الصين"
    selection = window.pane.textCursor()
    assert selection.block().text() == article.body[1]


def test_concordance_copies_lines(qtbot: QtBot, open_window: OpenWindow, folder: Path) -> None:
    window = open_window(folder)
    window.query_controller.set_search("الصين")
    show_tab(window, "concordance")
    table = find(window, QTableView, "concordanceTable")
    assert isinstance(table, QTableView)
    qtbot.waitUntil(lambda: table.model().rowCount() == 2)
    concordance = window.reading_tabs.concordance
    concordance.copy_text.trigger()
    lines = QApplication.clipboard().text().splitlines()
    assert sorted(lines) == sorted(
        [
            "التقى الوزير نظيره في الصين أمس وتحدثا عن الاقتصاد.",
            "ازدادت التجارة بين روسيا والصين كثيرا.",
        ]
    )
    concordance.copy_tsv.trigger()
    mime = QApplication.clipboard().mimeData()
    rows = bytes(mime.data("text/tab-separated-values").data()).decode().splitlines()
    assert rows[0].startswith("before\thit\tafter")
    assert len(rows) == 3


def test_word_list_follows_a_tag_click_and_a_word_click_searches(
    qtbot: QtBot, open_window: OpenWindow, folder: Path
) -> None:
    window = open_window(folder)
    show_tab(window, "wordList")
    table = find(window, QTableView, "wordListTable")
    assert isinstance(table, QTableView)
    qtbot.waitUntil(lambda: "الصين" in cells(table, 0))
    assert "الفريق" in cells(table, 0)
    # A tag click (as the sidebar emits it): the list counts the tagged articles only.
    window.sidebar.include_toggled.emit("رياضة")
    qtbot.waitUntil(lambda: "الصين" not in cells(table, 0))
    assert "الفريق" in cells(table, 0)
    assert table.model().index(0, 3).data().startswith("+")  # keyness against the rest
    window.sidebar.include_toggled.emit("رياضة")
    qtbot.waitUntil(lambda: "الصين" in cells(table, 0))
    row = cells(table, 0).index("الصين")
    assert table.model().index(row, 1).data() == 2  # والصين counted under الصين
    click_cell(table, table.model().index(row, 0))
    assert window.search_box.text() == "الصين"
    assert window.query_controller.query().search == "الصين"
    assert window.reading_tabs.currentWidget() is find(window, QWidget, "concordance")
    concordance = find(window, QTableView, "concordanceTable")
    assert isinstance(concordance, QTableView)
    qtbot.waitUntil(lambda: concordance.model().rowCount() == 2)
    assert concordance.model().index(0, 1).data(ItemRole.ARTICLE_ID) is not None


def test_word_counts_are_prepared_only_once_the_word_list_is_wanted(
    qtbot: QtBot, open_window: OpenWindow, folder: Path
) -> None:
    window = open_window(folder)
    index = WordIndex(window.library.cache)
    qtbot.wait(200)  # time for a background count to run, were one started by the load
    assert index.indexed_keys() == set()
    assert index.stored_totals() is None
    show_tab(window, "wordList")
    qtbot.waitUntil(lambda: len(index.indexed_keys()) == 3)
