"""The main window driven as a person drives it: load, click tags, search, copy, remember."""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QAction, QDropEvent, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLineEdit,
    QMenu,
    QMessageBox,
    QRadioButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from pytestqt.wait_signal import SignalBlocker

from reader.app import SAMPLE_FOLDER as SAMPLE
from reader.app import create_window
from reader.domain.article import Article
from reader.domain.library.library import Library
from reader.domain.library.query import Query, SortOrder, TagMode
from reader.domain.loading.folder import load_folder
from reader.domain.text.parser import read_article
from reader.models.roles import ItemRole
from reader.models.settings_store import SettingsStore
from reader.widgets.main_window import MainWindow
from reader.widgets.problems_dialog import ProblemsDialog
from reader.widgets.shortcuts_dialog import ShortcutsDialog
from tests.articles import write_article

CheckModel = Callable[[QAbstractItemModel, bool], None]

OpenWindow = Callable[[Path], MainWindow]
TypeText = Callable[[QWidget, str], None]
USER_ROLE = Qt.ItemDataRole.UserRole
ARABIC_INDIC = set("٠١٢٣٤٥٦٧٨٩")


@pytest.fixture(scope="module")
def sample_library() -> Library:
    """Return the sample as the domain layer alone reads it, to compute expected results."""
    return load_folder(SAMPLE, read_article)


def expected_paths(library: Library, query: Query) -> list[str]:
    """Return the paths the list should show for query, newest first."""
    ids = library.sort(library.select(query), SortOrder.NEWEST)
    return [library.path_of(i) for i in ids]


def article_list(window: MainWindow) -> QTableView:
    view = window.findChild(QTableView, "articleList")
    assert view is not None
    return view


def tag_list(window: MainWindow) -> QTableView:
    view = window.findChild(QTableView, "tagList")
    assert view is not None
    return view


def search_box(window: MainWindow) -> QLineEdit:
    box = window.findChild(QLineEdit, "searchBox")
    assert box is not None
    return box


def pane(window: MainWindow) -> QTextBrowser:
    """Return the reading pane once it has followed the list (on the event loop's next turn)."""
    QApplication.processEvents()
    browser = window.findChild(QTextBrowser, "articleView")
    assert browser is not None
    return browser


def clear_button(window: MainWindow) -> QToolButton:
    button = window.chips_bar.findChild(QToolButton, "clearFiltersButton")
    assert button is not None
    return button


def action(window: MainWindow, name: str) -> QAction:
    found = window.findChild(QAction, name)
    assert found is not None, name
    return found


def open_active(qtbot: QtBot, open_window: OpenWindow, folder: Path) -> MainWindow:
    """Open folder in a window and make it the active one, as keyboard shortcuts need."""
    window = open_window(folder)
    with qtbot.waitActive(window):
        window.activateWindow()
    return window


def listed_paths(window: MainWindow) -> list[str]:
    model = article_list(window).model()
    return [model.index(row, 0).data(USER_ROLE) for row in range(model.rowCount())]


def listed_tags(window: MainWindow) -> list[str]:
    model = tag_list(window).model()
    return [model.index(row, 0).data(ItemRole.TAG_KEY) for row in range(model.rowCount())]


def click_tag(
    qtbot: QtBot,
    window: MainWindow,
    tag: str,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    """Click the row of tag in the tag list, as a mouse would."""
    view = tag_list(window)
    row = listed_tags(window).index(tag)
    index = view.model().index(row, 0)
    view.scrollTo(index)
    QTest.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, modifier, view.visualRect(index).center()
    )
    QApplication.processEvents()  # the pane follows the list on the event loop's next turn


def click_row(
    qtbot: QtBot,
    window: MainWindow,
    row: int,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    """Click a row of the article list."""
    view = article_list(window)
    index = view.model().index(row, 0)
    view.scrollTo(index)
    QTest.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, modifier, view.visualRect(index).center()
    )
    QApplication.processEvents()  # the pane follows the list on the event loop's next turn


def highlighted_words(browser: QTextBrowser) -> list[str]:
    """Return the text of every fragment of the pane drawn on a background colour."""
    found = []
    block = browser.document().begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            style = fragment.charFormat().background().style()
            if style != Qt.BrushStyle.NoBrush and not fragment.charFormat().isAnchor():
                found.append(fragment.text())
            fragments += 1
        block = block.next()
    return found


def two_tags_together(library: Library) -> tuple[str, str]:
    """Return two tags that some article carries together, the first the most used."""
    for tag, _count in library.tag_counts():
        ids = library.select(Query(include=(tag,)))
        for other, _n in library.tag_counts(ids):
            if other != tag and len(library.select(Query(include=(tag, other)))) < len(ids):
                return tag, other
    raise AssertionError("the sample has no two tags that meet")


def test_sample_is_listed_newest_first_with_counts(
    open_window: OpenWindow, sample_folder: Path, sample_library: Library
) -> None:
    window = open_window(sample_folder)
    assert listed_paths(window) == expected_paths(sample_library, Query())
    first = article_list(window).model().index(0, 0)
    assert (
        first.data(Qt.ItemDataRole.DisplayRole)
        == sample_library.row(sample_library.find_path(first.data(USER_ROLE)) or 0).display_title
    )
    count = window.status.count_label.text()
    assert "مقال" in count
    assert set(count) & ARABIC_INDIC
    assert listed_tags(window) == [tag for tag, _n in sample_library.tag_counts()]
    top_tag, top_count = sample_library.tag_counts()[0]
    shown = tag_list(window).model().index(0, 0).data(Qt.ItemDataRole.DisplayRole)
    assert shown.startswith(top_tag)
    assert shown.endswith(
        f"({str(top_count).translate(str.maketrans('0123456789', '٠١٢٣٤٥٦٧٨٩'))})"
    )
    # The first article is shown at once.
    assert pane(window).toPlainText().startswith(first.data(Qt.ItemDataRole.DisplayRole))


def test_clicking_tags_narrows_all_of_and_a_second_click_removes(
    qtbot: QtBot, open_window: OpenWindow, sample_folder: Path, sample_library: Library
) -> None:
    window = open_window(sample_folder)
    first, second = two_tags_together(sample_library)
    click_tag(qtbot, window, first)
    assert listed_paths(window) == expected_paths(sample_library, Query(include=(first,)))
    click_tag(qtbot, window, second)
    both = Query(include=(first, second), mode=TagMode.ALL)
    assert listed_paths(window) == expected_paths(sample_library, both)
    assert any(first in text for text in window.chips_bar.chip_texts())
    count = window.status.count_label.text()
    assert " من " in count
    click_tag(qtbot, window, first)
    assert listed_paths(window) == expected_paths(sample_library, Query(include=(second,)))
    click_tag(qtbot, window, second)
    assert listed_paths(window) == expected_paths(sample_library, Query())
    assert window.chips_bar.chip_texts() == []
    assert not clear_button(window).isVisible()


def test_any_of_widens_the_result(
    qtbot: QtBot, open_window: OpenWindow, sample_folder: Path, sample_library: Library
) -> None:
    window = open_window(sample_folder)
    any_button = window.findChild(QRadioButton, "tagModeAny")
    assert any_button is not None
    QTest.mouseClick(any_button, Qt.MouseButton.LeftButton)
    first, second = sample_library.tag_counts()[0][0], sample_library.tag_counts()[1][0]
    click_tag(qtbot, window, first)
    # In any-of mode the other tags stay offered, so the second one can be added.
    assert second in listed_tags(window)
    click_tag(qtbot, window, second)
    union = Query(include=(first, second), mode=TagMode.ANY)
    assert listed_paths(window) == expected_paths(sample_library, union)
    assert len(listed_paths(window)) > len(expected_paths(sample_library, Query(include=(first,))))


def test_ctrl_click_excludes_and_ctrl_click_again_restores(
    qtbot: QtBot, open_window: OpenWindow, sample_folder: Path, sample_library: Library
) -> None:
    window = open_window(sample_folder)
    tag = sample_library.tag_counts()[0][0]
    click_tag(qtbot, window, tag, Qt.KeyboardModifier.ControlModifier)
    assert listed_paths(window) == expected_paths(sample_library, Query(exclude=(tag,)))
    assert any(text.startswith("−") and tag in text for text in window.chips_bar.chip_texts())
    # The excluded tag stays listed, struck out, so that it can be restored.
    row = listed_tags(window).index(tag)
    font = tag_list(window).model().index(row, 0).data(Qt.ItemDataRole.FontRole)
    assert font.strikeOut()
    click_tag(qtbot, window, tag, Qt.KeyboardModifier.ControlModifier)
    assert listed_paths(window) == expected_paths(sample_library, Query())


def test_context_menu_excludes(
    qtbot: QtBot, open_window: OpenWindow, sample_folder: Path, sample_library: Library
) -> None:
    window = open_window(sample_folder)
    tag = sample_library.tag_counts()[1][0]
    view = tag_list(window)
    rect = view.visualRect(view.model().index(listed_tags(window).index(tag), 0))
    view.customContextMenuRequested.emit(rect.center())
    menu = window.findChild(QMenu, "tagContextMenu")
    assert menu is not None
    qtbot.waitUntil(menu.isVisible)
    next(a for a in menu.actions() if a.text() == "استبعاد").trigger()
    assert listed_paths(window) == expected_paths(sample_library, Query(exclude=(tag,)))


@pytest.fixture
def china_folder(tmp_path: Path) -> Path:
    """A folder where الصين is written behind proclitics and with diacritics."""
    folder = tmp_path / "china"
    folder.mkdir()
    write_article(folder, "001.txt", "زيارة رسمية", "اتفقت تركيا والصين على التعاون.")
    write_article(folder, "002.txt", "قمة في بكين", "قال الوزير إن الصِّين شريك مهم.")
    write_article(folder, "003.txt", "صادرات جديدة", "تصدّر تونس زيت الزيتون للصين واليابان.")
    write_article(folder, "004.txt", "خبر آخر", "لا ذكر هنا للبلد الآسيوي في الاستقرار.")
    return folder


@pytest.mark.parametrize("typed", ["الصين", "الصِّين", "الصيـن"])
def test_search_finds_proclitic_and_diacritic_forms_and_highlights(
    qtbot: QtBot, open_window: OpenWindow, china_folder: Path, typed: str, type_text: TypeText
) -> None:
    window = open_window(china_folder)
    box = search_box(window)
    type_text(box, typed)
    wanted = {str(china_folder / name) for name in ("001.txt", "002.txt", "003.txt")}
    qtbot.waitUntil(lambda: set(listed_paths(window)) == wanted)
    assert any(typed in text for text in window.chips_bar.chip_texts())
    click_row(qtbot, window, listed_paths(window).index(str(china_folder / "001.txt")))
    qtbot.waitUntil(lambda: "والصين" in highlighted_words(pane(window)))


def test_search_is_by_whole_word(
    qtbot: QtBot, open_window: OpenWindow, china_folder: Path, type_text: TypeText
) -> None:
    window = open_window(china_folder)
    type_text(search_box(window), "قرار")
    qtbot.waitUntil(lambda: listed_paths(window) == [])
    assert pane(window).toPlainText().strip() != ""


def test_ctrl_f_focuses_the_search(
    qtbot: QtBot, open_window: OpenWindow, china_folder: Path
) -> None:
    window = open_active(qtbot, open_window, china_folder)
    QTest.keyClick(article_list(window), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert search_box(window).hasFocus()


def test_escape_clears_tags_and_search(
    qtbot: QtBot,
    open_window: OpenWindow,
    sample_folder: Path,
    sample_library: Library,
    type_text: TypeText,
) -> None:
    window = open_active(qtbot, open_window, sample_folder)
    first, second = two_tags_together(sample_library)
    click_tag(qtbot, window, first)
    click_tag(qtbot, window, second, Qt.KeyboardModifier.ControlModifier)
    type_text(search_box(window), "الصين")
    qtbot.waitUntil(lambda: window.query_controller.query().search == "الصين*")  # typed: a prefix
    QTest.keyClick(search_box(window), Qt.Key.Key_Escape)
    assert search_box(window).text() == ""
    assert listed_paths(window) == expected_paths(sample_library, Query())
    assert window.chips_bar.chip_texts() == []
    assert not clear_button(window).isVisible()


def test_chip_and_clear_all_remove_filters(
    qtbot: QtBot, open_window: OpenWindow, sample_folder: Path, sample_library: Library
) -> None:
    window = open_window(sample_folder)
    first, second = two_tags_together(sample_library)
    click_tag(qtbot, window, first)
    click_tag(qtbot, window, second)
    chip = next(
        b for b in window.chips_bar.findChildren(QToolButton) if b.text().startswith(second)
    )
    QTest.mouseClick(chip, Qt.MouseButton.LeftButton)
    assert listed_paths(window) == expected_paths(sample_library, Query(include=(first,)))
    QTest.mouseClick(clear_button(window), Qt.MouseButton.LeftButton)
    assert listed_paths(window) == expected_paths(sample_library, Query())


def test_tag_filter_box_matches_folded_tags(
    qtbot: QtBot,
    open_window: OpenWindow,
    sample_folder: Path,
    sample_library: Library,
    type_text: TypeText,
) -> None:
    window = open_window(sample_folder)
    box = window.findChild(QLineEdit, "tagFilterBox")
    assert box is not None
    type_text(box, "الصيـن")  # with a tatweel
    shown = listed_tags(window)
    assert shown
    assert all("الصين" in tag for tag in shown)


def test_copy_article_puts_plain_text_and_rtl_html(
    qtbot: QtBot, open_window: OpenWindow, sample_folder: Path
) -> None:
    window = open_window(sample_folder)
    click_row(qtbot, window, 1)
    click_row(qtbot, window, 2, Qt.KeyboardModifier.ControlModifier)
    model = article_list(window).model()
    titles = [model.index(row, 0).data(Qt.ItemDataRole.DisplayRole) for row in (1, 2)]
    action(window, "actionCopyArticle").trigger()
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.hasText()
    assert mime.hasHtml()
    assert all(title in mime.text() for title in titles)
    assert mime.text().index(titles[0]) < mime.text().index(titles[1])
    assert 'dir="rtl"' in mime.html()
    assert "<script" not in mime.html()


def test_copy_visual_puts_shaped_text(
    qtbot: QtBot, open_window: OpenWindow, sample_folder: Path
) -> None:
    window = open_window(sample_folder)
    click_row(qtbot, window, 0)
    action(window, "actionCopyVisual").trigger()
    text = QGuiApplication.clipboard().mimeData().text()
    assert any("\ufe70" <= char <= "\ufeff" for char in text)


def test_ctrl_alt_c_copies_for_apps_without_arabic_support(
    qtbot: QtBot, open_window: OpenWindow, sample_folder: Path
) -> None:
    window = open_active(qtbot, open_window, sample_folder)
    click_row(qtbot, window, 0)
    QGuiApplication.clipboard().clear()
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    QTest.keyClick(article_list(window), Qt.Key.Key_C, modifiers)
    text = QGuiApplication.clipboard().text()
    assert any("\ufe70" <= char <= "\ufeff" for char in text)


def test_ctrl_c_in_the_list_copies_the_article(
    qtbot: QtBot, open_window: OpenWindow, sample_folder: Path
) -> None:
    window = open_active(qtbot, open_window, sample_folder)
    click_row(qtbot, window, 0)
    title = article_list(window).model().index(0, 0).data(Qt.ItemDataRole.DisplayRole)
    QTest.keyClick(article_list(window), Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert title in QGuiApplication.clipboard().text()


def test_markup_in_an_article_is_shown_literally(
    qtbot: QtBot, open_window: OpenWindow, tmp_path: Path
) -> None:
    folder = tmp_path / "markup"
    folder.mkdir()
    write_article(folder, "001.txt", "عنوان <b>غامق</b>", "نص فيه <img src=x> وسط الكلام.")
    window = open_window(folder)
    click_row(qtbot, window, 0)
    text = pane(window).toPlainText()
    assert "<b>غامق</b>" in text
    assert "<img src=x>" in text
    block = pane(window).document().begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            assert not fragments.fragment().charFormat().isImageFormat()
            fragments += 1
        block = block.next()
    index = article_list(window).model().index(0, 0)
    assert index.data(Qt.ItemDataRole.DisplayRole) == "عنوان <b>غامق</b>"


def test_j_and_k_move_through_the_list(
    qtbot: QtBot, open_window: OpenWindow, sample_folder: Path
) -> None:
    window = open_window(sample_folder)
    view = article_list(window)
    click_row(qtbot, window, 0)
    QTest.keyClick(view, Qt.Key.Key_J)
    QTest.keyClick(view, Qt.Key.Key_J)
    assert view.currentIndex().row() == 2
    QTest.keyClick(view, Qt.Key.Key_K)
    assert view.currentIndex().row() == 1
    QTest.keyClick(view, Qt.Key.Key_Down)
    assert view.currentIndex().row() == 2
    title = view.currentIndex().data(Qt.ItemDataRole.DisplayRole)
    assert pane(window).toPlainText().startswith(title)


def test_sort_orders(open_window: OpenWindow, sample_folder: Path, sample_library: Library) -> None:
    window = open_window(sample_folder)
    for name, order in (
        ("actionSortOldest", SortOrder.OLDEST),
        ("actionSortTitle", SortOrder.TITLE),
        ("actionSortSource", SortOrder.SOURCE),
        ("actionSortNewest", SortOrder.NEWEST),
    ):
        action(window, name).trigger()
        ids = sample_library.sort(sample_library.ids(), order)
        assert listed_paths(window) == [sample_library.path_of(i) for i in ids], name


def test_tag_link_in_the_pane_filters(
    qtbot: QtBot, open_window: OpenWindow, sample_folder: Path, sample_library: Library
) -> None:
    window = open_window(sample_folder)
    click_row(qtbot, window, 0)
    article = sample_library.article(sample_library.find_path(listed_paths(window)[0]) or 0)
    assert article is not None
    assert article.tags
    pane(window).anchorClicked.emit(QUrl("tag:0"))
    tag = sample_library.display_tag(article.tags[0])
    assert listed_paths(window) == expected_paths(sample_library, Query(include=(tag,)))


def test_related_headline_opens_the_article_or_says_it_is_missing(
    qtbot: QtBot, open_window: OpenWindow, tmp_path: Path
) -> None:
    folder = tmp_path / "related"
    folder.mkdir()
    (folder / "001.txt").write_text(
        "الخبر الأول\nنص الخبر الأول.\nإقرأ أيضاً:\nالخبر الثاني\nخبر غائب عن المجلد",
        encoding="utf-8",
    )
    write_article(folder, "002.txt", "الخبر الثاني", "نص الخبر الثاني.")
    window = open_window(folder)
    click_row(qtbot, window, listed_paths(window).index(str(folder / "001.txt")))
    browser = pane(window)
    assert isinstance(browser, QTextBrowser)
    window.pane.related_activated.emit("الخبر الثاني")
    assert pane(window).toPlainText().startswith("الخبر الثاني")
    assert article_list(window).currentIndex().data(USER_ROLE) == str(folder / "002.txt")
    window.pane.related_activated.emit("خبر غائب عن المجلد")
    assert "خبر غائب عن المجلد" in window.status.currentMessage()


def test_unreadable_files_are_counted_and_listed(
    qtbot: QtBot, open_window: OpenWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "dirty"
    folder.mkdir()
    write_article(folder, "001.txt", "خبر سليم", "نص سليم.")
    (folder / "002.txt").write_bytes(b"")
    (folder / "003.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    window = open_window(folder)
    assert listed_paths(window) == [str(folder / "001.txt")]
    button = window.status.problems_button
    assert button.isVisible()
    assert button.text() == "ملفان تعذرت قراءتهما"  # the Arabic dual, from reader_ar.qm
    shown: list[list[str]] = []

    def record(dialog: ProblemsDialog) -> int:
        tree = dialog.tree
        items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
        shown.append([item.text(0) for item in items if item is not None])
        return 0

    monkeypatch.setattr(ProblemsDialog, "exec", record)
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    assert shown == [[str(folder / "002.txt"), str(folder / "003.txt")]]


def test_missing_folder_is_a_problem_not_a_crash(open_window: OpenWindow, tmp_path: Path) -> None:
    window = open_window(tmp_path / "nowhere")
    assert listed_paths(window) == []
    assert window.status.problems_button.isVisible()


def test_dropping_a_folder_loads_it(
    qtbot: QtBot, open_window: OpenWindow, sample_folder: Path, china_folder: Path
) -> None:
    window = open_window(sample_folder)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(china_folder))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(window.loadFinished):
        window.dropEvent(event)
    assert len(listed_paths(window)) == 4


def test_open_folder_dialog_and_recent_folders(
    qtbot: QtBot,
    open_window: OpenWindow,
    sample_folder: Path,
    china_folder: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(sample_folder)
    monkeypatch.setattr(
        "reader.widgets.main_window.QFileDialog.getExistingDirectory",
        lambda *_args: str(china_folder),
    )
    with qtbot.waitSignal(window.loadFinished):
        action(window, "actionOpenFolder").trigger()
    assert len(listed_paths(window)) == 4
    window.window_actions.recent_menu.aboutToShow.emit()
    assert str(china_folder) in [a.text() for a in window.window_actions.recent_menu.actions()]


def test_settings_are_remembered_across_windows(
    qtbot: QtBot,
    open_window: OpenWindow,
    settings: QSettings,
    sample_folder: Path,
    china_folder: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QMessageBox, "information", lambda *_args: QMessageBox.StandardButton.Ok)
    first = open_window(china_folder)
    action(first, "actionSortTitle").trigger()
    action(first, "actionZoomIn").trigger()
    action(first, "actionZoomIn").trigger()
    action(first, "actionLanguageEn").trigger()
    first.resize(780, 560)  # within the offscreen screen, 800 x 800
    size = first.size()  # no narrower than the window's minimum
    splitter = first.findChild(QSplitter, "mainSplitter")
    assert splitter is not None
    splitter.setSizes([170, 300, 330])
    sizes = splitter.sizes()
    first.close()

    second = create_window(sample_folder, settings=settings)
    qtbot.addWidget(second)
    assert action(second, "actionSortTitle").isChecked()
    assert second.query_controller.sort_order() is SortOrder.TITLE
    assert second.pane.zoom_level == 2
    assert SettingsStore(settings).language() == "en"
    assert action(second, "actionLanguageAr").isChecked()  # the language it runs in
    assert second.size() == size
    second_splitter = second.findChild(QSplitter, "mainSplitter")
    assert second_splitter is not None
    with qtbot.waitExposed(second):
        second.show()
    assert second_splitter.sizes() == sizes
    assert SettingsStore(settings).recent_folders()[:2] == [sample_folder, china_folder]


def test_shortcuts_dialog_lists_the_shortcuts(
    qtbot: QtBot, open_window: OpenWindow, china_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(china_folder)
    rows: list[str] = []

    def record(dialog: ShortcutsDialog) -> int:
        table = dialog.table
        items = [table.item(row, 0) for row in range(table.rowCount())]
        rows.extend(item.text() for item in items if item is not None)
        return 0

    monkeypatch.setattr(ShortcutsDialog, "exec", record)
    action(window, "actionShortcuts").trigger()
    for keys in ("Ctrl+Shift+C", "Ctrl+F", "Ctrl+O", "Ctrl+T", "Ctrl+L", "Ctrl+R", "Esc"):
        assert keys in rows


def test_every_control_has_an_accessible_name(open_window: OpenWindow, china_folder: Path) -> None:
    window = open_window(china_folder)
    for widget_type in (QLineEdit, QTableView, QTextBrowser, QRadioButton):
        for widget in window.findChildren(widget_type):
            if widget.isVisible() and isinstance(
                widget, QAbstractItemView | QLineEdit | QRadioButton
            ):
                assert widget.accessibleName(), widget.objectName()


def test_list_keeps_the_current_article_through_filtering(
    qtbot: QtBot, open_window: OpenWindow, sample_folder: Path, sample_library: Library
) -> None:
    window = open_window(sample_folder)
    tag = sample_library.tag_counts()[0][0]
    wanted = expected_paths(sample_library, Query(include=(tag,)))[-1]
    click_row(qtbot, window, listed_paths(window).index(wanted))
    click_tag(qtbot, window, tag)
    assert article_list(window).currentIndex().data(USER_ROLE) == wanted
    title = article_list(window).currentIndex().data(Qt.ItemDataRole.DisplayRole)
    assert pane(window).toPlainText().startswith(title)


@pytest.fixture
def loading_window(qtbot: QtBot, settings: QSettings) -> tuple[MainWindow, SignalBlocker]:
    """Return the window as create_window gives it (loading the sample) and a load blocker."""
    window = create_window(SAMPLE, settings=settings)
    qtbot.addWidget(window)
    return window, qtbot.waitSignal(window.loadFinished)


@pytest.mark.parametrize("which", ["articleList", "tagList"])
@pytest.mark.parametrize("force_py", [False, True])
def test_models_pass_the_model_tester_through_load_filter_and_reset(
    loading_window: tuple[MainWindow, SignalBlocker],
    check_model: CheckModel,
    qtbot: QtBot,
    china_folder: Path,
    sample_library: Library,
    type_text: TypeText,
    which: str,
    force_py: bool,
) -> None:
    window, loaded = loading_window
    view = window.findChild(QAbstractItemView, which)
    assert view is not None
    check_model(view.model(), force_py)
    with loaded:
        window.show()
    first, second = two_tags_together(sample_library)
    click_tag(qtbot, window, first)
    click_tag(qtbot, window, second, Qt.KeyboardModifier.ControlModifier)
    type_text(search_box(window), "الصين")
    qtbot.waitUntil(lambda: window.query_controller.query().search == "الصين*")  # typed: a prefix
    action(window, "actionSortTitle").trigger()
    action(window, "actionClearFilters").trigger()
    with qtbot.waitSignal(window.loadFinished):
        window.load_folder(china_folder)
    assert len(listed_paths(window)) == 4


def test_progress_and_cancel_while_loading(
    qtbot: QtBot,
    china_folder: Path,
    window_reading_with: Callable[[Callable[[Path], Article]], MainWindow],
) -> None:
    release = threading.Event()

    def slow_read(path: Path) -> Article:
        release.wait(timeout=10)
        return read_article(path)

    window = window_reading_with(slow_read)
    window.load_folder(china_folder)
    status = window.status
    assert status.progress.isVisible()
    assert status.cancel_button.isVisible()
    with qtbot.assertNotEmitted(window.loadFinished):
        QTest.mouseClick(status.cancel_button, Qt.MouseButton.LeftButton)
        release.set()
        qtbot.waitUntil(lambda: not status.progress.isVisible())
    assert not status.cancel_button.isVisible()
    assert status.currentMessage()
    assert len(listed_paths(window)) < 4


def test_the_window_waits_at_most_a_millisecond_for_the_loader_thread(qapp: QApplication) -> None:
    # Each call from Qt into Python waits for the interpreter lock while a load computes.
    assert sys.getswitchinterval() <= 0.001


def test_the_window_paints_on_its_own_thread(qapp: QApplication) -> None:
    # Qt's fills split among pool threads cost the window more in wake-ups than they save.
    assert os.environ.get("QT_NO_GUI_THREADPOOL") == "1"


def test_a_search_that_changes_the_article_renders_the_pane_once(
    qtbot: QtBot, open_window: OpenWindow, china_folder: Path, type_text: TypeText
) -> None:
    window = open_window(china_folder)
    click_row(qtbot, window, listed_paths(window).index(str(china_folder / "004.txt")))
    qtbot.waitUntil(lambda: "الاستقرار" in pane(window).toPlainText())
    rendered: list[tuple[str | None, str]] = []
    column = window.reading_column
    show = column.pane.show_article

    def counting(article: Article | None, highlight: str = "", **kwargs: bool) -> None:
        rendered.append((article.title if article else None, highlight))
        show(article, highlight, **kwargs)

    column.pane.show_article = counting  # type: ignore[method-assign]
    box = search_box(window)
    type_text(box, "الصين")
    QTest.keyClick(box, Qt.Key.Key_Return)  # at once: Enter does not wait for the debounce
    qtbot.waitUntil(lambda: "والصين" in highlighted_words(pane(window)) or bool(rendered))
    qtbot.wait(50)  # the turns a second render would come in
    first = listed_paths(window)[0]
    assert rendered == [(read_article(Path(first)).title, "الصين")]
