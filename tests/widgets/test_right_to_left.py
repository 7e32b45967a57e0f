"""Right to left everywhere: isolated paths and keys, start-up, Back and Forward, the pane's
language, line spacing and the copy for apps without Arabic support."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QModelIndex, QSettings, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QProxyStyle,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionMenuItem,
    QStyleOptionViewItem,
    QTreeWidget,
)
from pytestqt.qtbot import QtBot

from reader.app import SAMPLE_FOLDER, create_window
from reader.domain.article import Article, LoadProblem
from reader.domain.problems import ProblemCode
from reader.domain.text.bidi_layout import display_width
from reader.domain.text.export import VISUAL_COPY_WIDTH
from reader.domain.text.parser import parse_text
from reader.models.settings_store import SettingsStore
from reader.widgets.article_pane import ArticlePane
from reader.widgets.main_window import MainWindow
from reader.widgets.menu_style import MenuKeysStyle
from reader.widgets.problems_dialog import ProblemsDialog
from reader.widgets.shortcuts_dialog import ShortcutsDialog
from reader.widgets.window_actions import WindowActions
from tests.articles import write_article
from tests.widgets.conftest import LOAD_TIMEOUT_MS
from tests.widgets.test_article_pane import click_link
from tests.widgets.test_main_window import action, article_list, click_row, listed_paths

LRI, FSI, PDI = "\u2066", "\u2068", "\u2069"
USER_ROLE = Qt.ItemDataRole.UserRole
OpenWindow = Callable[[Path], MainWindow]


def start_window(qtbot: QtBot, path: Path | None, settings: QSettings) -> MainWindow:
    """Start the window as main() does for path (None: no argument), and wait for its list."""
    window = create_window(path, settings=settings)
    qtbot.addWidget(window)
    with (
        qtbot.waitSignal(window.loadFinished, timeout=LOAD_TIMEOUT_MS),
        qtbot.waitExposed(window),
    ):
        window.show()
    return window


def shown_text(window: MainWindow) -> str:
    return window.pane.toPlainText()


def current_path(window: MainWindow) -> object:
    return article_list(window).currentIndex().data(USER_ROLE)


def direction_drawn(tree: QTreeWidget, row: int, column: int) -> Qt.LayoutDirection:
    """Return the direction a view lays the text of a cell out in."""
    option = QStyleOptionViewItem()
    option.initFrom(tree)
    index: QModelIndex = tree.model().index(row, column)
    delegate = tree.itemDelegateForIndex(index)
    assert isinstance(delegate, QStyledItemDelegate)
    delegate.initStyleOption(option, index)
    return option.direction


# The problems view


def test_problems_view_in_arabic_lays_a_path_out_left_to_right_with_an_arabic_reason(
    qtbot: QtBot,
) -> None:
    dialog = ProblemsDialog([LoadProblem("/tmp/ux/broken/empty.txt", ProblemCode.EMPTY)], [])
    qtbot.addWidget(dialog)
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    item = dialog.tree.topLevelItem(0)
    assert item is not None
    assert item.text(0) == "/tmp/ux/broken/empty.txt"
    assert item.text(1) == "الملف فارغ"
    assert direction_drawn(dialog.tree, 0, 0) == Qt.LayoutDirection.LeftToRight
    assert direction_drawn(dialog.tree, 0, 1) == Qt.LayoutDirection.RightToLeft
    assert item.toolTip(0) == f"{LRI}/tmp/ux/broken/empty.txt{PDI}"
    # What is copied has no isolates in it.
    assert dialog.as_text().splitlines()[1] == "/tmp/ux/broken/empty.txt\tالملف فارغ"


def test_shortcut_keys_are_laid_out_left_to_right(qtbot: QtBot) -> None:
    dialog = ShortcutsDialog([("Ctrl+=", "تكبير النص")])
    qtbot.addWidget(dialog)
    model = dialog.table.model()
    option = QStyleOptionViewItem()
    option.initFrom(dialog.table)
    delegate = dialog.table.itemDelegateForColumn(0)
    assert isinstance(delegate, QStyledItemDelegate)
    delegate.initStyleOption(option, model.index(0, 0))
    assert option.direction == Qt.LayoutDirection.LeftToRight
    assert option.text == "Ctrl+="


def test_recent_folders_and_the_window_title_isolate_paths(
    qtbot: QtBot, settings: QSettings, tmp_path: Path
) -> None:
    folder = tmp_path / "003_b60264784ce9a958.txt"
    folder.mkdir()
    write_article(folder, "001.txt", "خبر", "نص.")
    window = start_window(qtbot, folder, settings)
    assert f"{LRI}003_b60264784ce9a958.txt{PDI}" in window.windowTitle()
    actions = window.findChild(WindowActions)
    assert actions is not None
    actions.recent_menu.aboutToShow.emit()
    assert str(folder) in [entry.text() for entry in actions.recent_menu.actions()]
    assert isinstance(actions.recent_menu.style(), MenuKeysStyle)


@pytest.mark.parametrize(
    ("text", "drawn"),
    [
        ("/tmp/ux/big", f"{FSI}/tmp/ux/big{PDI}"),
        ("تكبير النص\tCtrl+=", f"{FSI}تكبير النص{PDI}\t{LRI}Ctrl+={PDI}"),
    ],
)
def test_menus_draw_paths_and_keys_isolated(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, text: str, drawn: str
) -> None:
    drawn_texts: list[str] = []

    def record(
        _style: QProxyStyle, _element: object, option: QStyleOptionMenuItem, *_: object
    ) -> None:
        drawn_texts.append(option.text)

    monkeypatch.setattr(QProxyStyle, "drawControl", record)
    option = QStyleOptionMenuItem()
    option.text = text
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        MenuKeysStyle().drawControl(QStyle.ControlElement.CE_MenuItem, option, painter)
    finally:
        painter.end()
    assert drawn_texts == [drawn]


# Start-up


def test_start_up_opens_the_last_folder_when_it_still_exists(
    qtbot: QtBot, settings: QSettings, tmp_path: Path
) -> None:
    folder = tmp_path / "last"
    folder.mkdir()
    write_article(folder, "001.txt", "خبر المجلد الأخير", "نص.")
    SettingsStore(settings).add_recent_folder(folder)
    window = start_window(qtbot, None, settings)
    assert window.session.folder == folder
    assert listed_paths(window) == [str(folder / "001.txt")]


def test_start_up_opens_the_sample_the_first_time_and_when_the_last_folder_is_gone(
    qtbot: QtBot, settings: QSettings, tmp_path: Path
) -> None:
    first = start_window(qtbot, None, settings)
    assert first.session.folder == SAMPLE_FOLDER
    assert first.statusBar().currentMessage() == ""
    assert SettingsStore(settings).last_folder() is None
    first.close()

    gone = tmp_path / "gone"
    SettingsStore(settings).add_recent_folder(gone)
    second = start_window(qtbot, None, settings)
    assert second.session.folder == SAMPLE_FOLDER
    assert f"{LRI}{gone}{PDI}" in second.statusBar().currentMessage()


def test_a_missing_path_is_said_and_not_remembered(
    qtbot: QtBot, settings: QSettings, tmp_path: Path
) -> None:
    remembered = tmp_path / "remembered"
    remembered.mkdir()
    SettingsStore(settings).add_recent_folder(remembered)
    window = start_window(qtbot, tmp_path / "no such folder", settings)
    assert listed_paths(window) == []
    qtbot.waitUntil(window.status.folder_label.isVisible)
    # Nothing was read from it: the label does not speak of a last list.
    assert window.status.folder_label.text() == "المجلد غير موجود"
    assert str(tmp_path / "no such folder") in window.status.folder_label.toolTip()
    assert SettingsStore(settings).last_folder() == remembered


def test_a_file_path_opens_its_folder_with_that_article_on_show(
    qtbot: QtBot, settings: QSettings, tmp_path: Path
) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    for number in range(1, 6):
        write_article(folder, f"00{number}.txt", f"الخبر رقم {number}", f"نص الخبر {number}.")
    chosen = folder / "003.txt"
    window = start_window(qtbot, chosen, settings)
    qtbot.waitUntil(lambda: shown_text(window).startswith("الخبر رقم 3"))
    assert current_path(window) == str(chosen)
    assert window.session.folder == folder
    assert SettingsStore(settings).last_folder() == folder


# Read also, Back and Forward


@pytest.fixture
def linked_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "linked"
    folder.mkdir()
    (folder / "001.txt").write_text(
        "الخبر الأول\nنص الخبر الأول.\nإقرأ أيضاً:\nالخبر الثاني\nخبر غائب عن المجلد",
        encoding="utf-8",
    )
    write_article(folder, "002.txt", "الخبر الثاني", "نص الخبر الثاني.")
    write_article(folder, "003.txt", "الخبر الثالث", "نص الخبر الثالث.")
    return folder


def hrefs(pane: ArticlePane) -> list[str]:
    found = []
    block = pane.document().begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            href = fragments.fragment().charFormat().anchorHref()
            if href and href not in found:
                found.append(href)
            fragments += 1
        block = block.next()
    return found


@pytest.fixture
def reading_first(qtbot: QtBot, open_window: OpenWindow, linked_folder: Path) -> MainWindow:
    window = open_window(linked_folder)
    with qtbot.waitActive(window):
        window.activateWindow()
    click_row(qtbot, window, listed_paths(window).index(str(linked_folder / "001.txt")))
    qtbot.waitUntil(lambda: shown_text(window).startswith("الخبر الأول"))
    return window


def test_read_also_items_in_the_folder_are_links_the_others_offer_a_search(
    qtbot: QtBot, reading_first: MainWindow
) -> None:
    window = reading_first
    links = hrefs(window.pane)
    assert "related:0" in links
    assert "related:1" not in links
    assert "search:1" in links
    click_link(window.pane, "search:1")
    qtbot.waitUntil(lambda: window.search_box.text() == "خبر غائب عن المجلد")


def test_back_and_forward_after_following_a_read_also_link(
    qtbot: QtBot, reading_first: MainWindow, linked_folder: Path
) -> None:
    window = reading_first
    first, second = str(linked_folder / "001.txt"), str(linked_folder / "002.txt")
    click_link(window.pane, "related:0")
    qtbot.waitUntil(lambda: shown_text(window).startswith("الخبر الثاني"))
    assert current_path(window) == second

    QTest.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: shown_text(window).startswith("الخبر الأول"))
    assert current_path(window) == first

    QTest.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: shown_text(window).startswith("الخبر الثاني"))
    assert current_path(window) == second

    # The mouse's side buttons, on the pane and on the list.
    QTest.mouseClick(window.pane.viewport(), Qt.MouseButton.BackButton)
    qtbot.waitUntil(lambda: shown_text(window).startswith("الخبر الأول"))
    QTest.mouseClick(article_list(window).viewport(), Qt.MouseButton.ForwardButton)
    qtbot.waitUntil(lambda: shown_text(window).startswith("الخبر الثاني"))
    assert current_path(window) == second


def test_a_new_article_after_back_drops_forward(
    qtbot: QtBot, reading_first: MainWindow, linked_folder: Path
) -> None:
    window = reading_first
    click_link(window.pane, "related:0")
    qtbot.waitUntil(lambda: shown_text(window).startswith("الخبر الثاني"))
    action(window, "actionBack").trigger()
    qtbot.waitUntil(lambda: shown_text(window).startswith("الخبر الأول"))
    click_row(qtbot, window, listed_paths(window).index(str(linked_folder / "003.txt")))
    qtbot.waitUntil(lambda: shown_text(window).startswith("الخبر الثالث"))
    action(window, "actionForward").trigger()
    qtbot.wait(50)
    assert shown_text(window).startswith("الخبر الثالث")
    action(window, "actionBack").trigger()
    qtbot.waitUntil(lambda: shown_text(window).startswith("الخبر الأول"))


# The pane in the interface's language


@pytest.fixture
def english_locale() -> Iterator[None]:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def relative_article() -> Article:
    """An article dated "five hours ago" in a file last written at 15:30 GMT."""
    text = "عنوان الخبر\nمنذ 5 ساعات\nنص الخبر.\n"
    return parse_text(text, "a.txt", now=datetime(2023, 12, 1, 15, 30, tzinfo=UTC))


def tooltips(pane: ArticlePane) -> list[str]:
    found = []
    block = pane.document().begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            tip = fragments.fragment().charFormat().toolTip()
            if tip:
                found.append(tip)
            fragments += 1
        block = block.next()
    return found


def test_a_relative_date_is_marked_approximate_with_the_file_time_in_a_tooltip(
    qtbot: QtBot, relative_article: Article
) -> None:
    pane = ArticlePane()
    qtbot.addWidget(pane)
    pane.show_article(relative_article)
    assert "نحو الجمعة ١ ديسمبر ٢٠٢٣، ١٠:٣٠ ص غرينتش" in pane.toPlainText()
    (tip,) = tooltips(pane)
    assert "منذ 5 ساعات" in tip
    assert "٣:٣٠ م" in tip  # the file's time, 15:30


def test_the_english_interface_writes_the_pane_date_in_english(
    qtbot: QtBot, relative_article: Article, english_locale: None
) -> None:
    pane = ArticlePane()
    qtbot.addWidget(pane)
    pane.show_article(relative_article)
    text = pane.toPlainText()
    assert "Friday 1 December 2023, 10:30 AM GMT" in text
    assert "الجمعة" not in text


@pytest.mark.parametrize("zoom", [-4, 0, 8])
def test_body_lines_are_spaced_about_one_and_a_half_times_the_size_at_every_zoom(
    qtbot: QtBot, zoom: int
) -> None:
    pane = ArticlePane()
    qtbot.addWidget(pane)
    pane.resize(500, 800)
    pane.set_zoom_level(zoom)
    pane.show_article(Article(path="a.txt", title="خبر", body=("كلمات كثيرة في فقرة طويلة " * 20,)))
    pane.show()
    qtbot.waitExposed(pane)
    font = pane.font()
    pixels = font.pointSizeF() * pane.logicalDpiY() / 72
    block = pane.document().lastBlock()
    layout = block.layout()
    assert layout.lineCount() > 2
    step = layout.lineAt(1).y() - layout.lineAt(0).y()
    assert 1.45 < step / pixels < 1.75


# Copy for apps without Arabic support


def test_copy_for_apps_without_arabic_support_is_wrapped_and_aligned(
    qtbot: QtBot, open_window: OpenWindow, linked_folder: Path
) -> None:
    folder = linked_folder
    write_article(folder, "004.txt", "خبر طويل", "كلمات كثيرة في فقرة طويلة (جدا) " * 8)
    window = open_window(folder)
    click_row(qtbot, window, listed_paths(window).index(str(folder / "004.txt")))
    action(window, "actionCopyVisual").trigger()
    lines = QGuiApplication.clipboard().text().split("\n")
    assert max(map(display_width, lines)) <= VISUAL_COPY_WIDTH
    body = [line for line in lines if "(" in line]
    assert body
    assert all(display_width(line) == VISUAL_COPY_WIDTH for line in body)
    # The brackets face the words they enclose: the closing one prints first.
    assert unicodedata.normalize("NFKC", body[0]).index("(") < body[0].index(")")
