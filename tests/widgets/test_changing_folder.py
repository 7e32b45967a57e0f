"""A folder that changes while the window is open: the list, the pane and the status follow."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from reader.domain.article import Article
from reader.domain.library.library import Library
from reader.domain.library.query import SortOrder
from reader.domain.text.parser import read_article
from reader.models.article_file_reader import ArticleFileReader
from reader.models.folder_session import FolderSession
from reader.models.folder_watcher import FolderWatcher
from reader.models.library_loader import LibraryLoader
from reader.models.settings_store import SettingsStore
from reader.widgets.main_window import MainWindow
from tests.articles import write_article
from tests.widgets.conftest import LOAD_TIMEOUT_MS
from tests.widgets.test_main_window import (
    action,
    article_list,
    click_row,
    click_tag,
    listed_paths,
    pane,
    search_box,
)

OpenWindow = Callable[[Path], MainWindow]
# Short, so that the tests stay quick; the window's own default is tested once below.
DEBOUNCE_MS = 50


def titles(window: MainWindow) -> dict[str, str]:
    """Return path -> headline of every listed row."""
    model = article_list(window).model()
    return {
        model.index(row, 0).data(Qt.ItemDataRole.UserRole): model.index(row, 0).data(
            Qt.ItemDataRole.DisplayRole
        )
        for row in range(model.rowCount())
    }


@pytest.fixture
def open_watched(qtbot: QtBot, settings: QSettings) -> Callable[..., MainWindow]:
    """Return a function that shows the window on a folder, as create_window builds it."""

    def open_(
        folder: Path,
        read: Callable[[Path], Article] = read_article,
        *,
        max_file_watches: int = 10_000,
    ) -> MainWindow:
        watcher = FolderWatcher(debounce_ms=DEBOUNCE_MS, max_file_watches=max_file_watches)
        window = MainWindow(FolderSession(LibraryLoader(read), watcher), SettingsStore(settings))
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.loadFinished, timeout=LOAD_TIMEOUT_MS):
            window.show()
            window.load_folder(folder)
        qtbot.waitUntil(watcher.is_settled)
        return window

    return open_


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    write_article(folder, "001.txt", "الخبر الأول", "نص الخبر الأول عن الصين.", "الصين، اقتصاد")
    write_article(folder, "002.txt", "الخبر الثاني", "نص الخبر الثاني عن روسيا.", "روسيا، سياسة")
    write_article(folder, "003.txt", "الخبر الثالث", "نص الخبر الثالث عن الصين.", "الصين، سياسة")
    return folder


def test_a_file_added_is_listed_and_counted(
    qtbot: QtBot, open_watched: Callable[..., MainWindow], folder: Path
) -> None:
    window = open_watched(folder)
    with qtbot.waitSignal(window.library_reloaded):
        write_article(folder, "004.txt", "خبر جديد", "وصل هذا الخبر والنافذة مفتوحة.")
    assert titles(window)[str(folder / "004.txt")] == "خبر جديد"
    assert "٤" in window.status.count_label.text()


def test_an_edited_headline_updates_its_row_and_the_pane(
    qtbot: QtBot, open_watched: Callable[..., MainWindow], folder: Path
) -> None:
    window = open_watched(folder)
    path = folder / "002.txt"
    click_row(qtbot, window, listed_paths(window).index(str(path)))
    assert pane(window).toPlainText().startswith("الخبر الثاني")
    with qtbot.waitSignal(window.library_reloaded):
        # Written in place, as many editors save.
        write_article(folder, "002.txt", "الخبر الثاني بعد التصحيح", "نص مصحح.", "روسيا")
    assert titles(window)[str(path)] == "الخبر الثاني بعد التصحيح"
    assert article_list(window).currentIndex().data(Qt.ItemDataRole.UserRole) == str(path)
    assert pane(window).toPlainText().startswith("الخبر الثاني بعد التصحيح")
    assert not window.pane_notice.isVisible()


def test_deleting_the_article_on_show_keeps_it_readable_with_a_message(
    qtbot: QtBot, open_watched: Callable[..., MainWindow], folder: Path
) -> None:
    window = open_watched(folder)
    path = folder / "001.txt"
    click_row(qtbot, window, listed_paths(window).index(str(path)))
    with qtbot.waitSignal(window.library_reloaded):
        path.unlink()
    assert str(path) not in listed_paths(window)
    # The pane still shows it, from memory, and says that the file is gone.
    assert pane(window).toPlainText().startswith("الخبر الأول")
    assert window.pane_notice.isVisible()
    assert "حُذف" in window.pane_notice.text()
    assert "حُذف" in window.status.currentMessage()
    assert not article_list(window).currentIndex().isValid()
    action(window, "actionCopyArticle").trigger()
    assert "الخبر الأول" in QGuiApplication.clipboard().text()
    # Reading on moves past the message.
    click_row(qtbot, window, 0)
    assert not window.pane_notice.isVisible()


def test_an_article_on_show_that_becomes_unreadable_says_why(
    qtbot: QtBot, open_watched: Callable[..., MainWindow], folder: Path
) -> None:
    window = open_watched(folder)
    path = folder / "002.txt"
    click_row(qtbot, window, listed_paths(window).index(str(path)))
    with qtbot.waitSignal(window.library_reloaded):
        path.write_bytes(b"")
    assert str(path) not in listed_paths(window)
    assert pane(window).toPlainText().startswith("الخبر الثاني")
    assert "تعذرت قراءة" in window.pane_notice.text()
    assert window.status.problems_button.isVisible()


def test_a_reload_keeps_the_filter_the_order_the_article_and_the_scroll(
    qtbot: QtBot, open_watched: Callable[..., MainWindow], tmp_path: Path
) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    # Enough rows below the ones on screen that the scroll is never held at its end.
    for index in range(90):
        write_article(
            folder, f"{index:03}.txt", f"خبر رقم {index:03} عن الصين", "نص عن الصين.", "الصين، عام"
        )
    window = open_watched(folder)
    window.resize(900, 800)  # a list tall enough to click the third row on screen
    action(window, "actionSortTitle").trigger()
    click_tag(qtbot, window, "الصين")
    search_box(window).setText("الصين")
    qtbot.waitUntil(lambda: window.query_controller.query().search == "الصين")
    view = article_list(window)
    # Rows grow a snippet line once the search is in force: scroll after that.
    middle = 40
    view.scrollTo(view.model().index(middle, 0), view.ScrollHint.PositionAtTop)
    top_before = view.indexAt(view.viewport().rect().topLeft()).data(Qt.ItemDataRole.UserRole)
    assert top_before not in listed_paths(window)[:middle]
    click_row(qtbot, window, middle + 2)
    current = view.currentIndex().data(Qt.ItemDataRole.UserRole)
    query = window.query_controller.query()
    resets: list[int] = []
    model = view.model()
    model.modelReset.connect(lambda: resets.append(model.rowCount()))
    model.rowsRemoved.connect(lambda *_: resets.append(model.rowCount()))
    with qtbot.waitSignal(window.library_reloaded):
        # Sorted first by title: a row added above the ones on screen.
        write_article(folder, "new.txt", "خبر أ عن الصين", "نص جديد عن الصين.", "الصين")
        (folder / "089.txt").unlink()
    assert listed_paths(window)[0] == str(folder / "new.txt")
    assert window.query_controller.query() == query
    assert window.query_controller.sort_order() is SortOrder.TITLE
    assert view.currentIndex().data(Qt.ItemDataRole.UserRole) == current
    top_after = view.indexAt(view.viewport().rect().topLeft()).data(Qt.ItemDataRole.UserRole)
    assert top_after == top_before
    # Straight from the old rows to the new ones: never an empty list on the way.
    assert resets
    assert all(count > 0 for count in resets)


def test_the_whole_folder_going_leaves_the_window_usable(
    qtbot: QtBot,
    open_watched: Callable[..., MainWindow],
    folder: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_watched(folder)
    before = listed_paths(window)
    shutil.rmtree(folder)
    qtbot.waitUntil(lambda: window.status.folder_label.isVisible())
    assert "غير موجود" in window.status.folder_label.text()
    # The list read last stays, and can be read, filtered and copied.
    assert listed_paths(window) == before
    click_row(qtbot, window, 1)
    action(window, "actionCopyArticle").trigger()
    assert QGuiApplication.clipboard().text()
    search_box(window).setText("روسيا")
    qtbot.waitUntil(lambda: len(listed_paths(window)) == 1)
    search_box(window).setText("")
    # Reloading by hand says the same, and does not crash.
    action(window, "actionReload").trigger()
    assert window.status.folder_label.isVisible()

    other = tmp_path / "other"
    other.mkdir()
    write_article(other, "100.txt", "خبر في مجلد آخر", "نص.")
    monkeypatch.setattr(
        "reader.widgets.main_window.QFileDialog.getExistingDirectory", lambda *_a: str(other)
    )
    with qtbot.waitSignal(window.loadFinished):
        action(window, "actionOpenFolder").trigger()
    assert listed_paths(window) == [str(other / "100.txt")]
    assert not window.status.folder_label.isVisible()


def test_the_folder_coming_back_is_read_again(
    qtbot: QtBot, open_watched: Callable[..., MainWindow], folder: Path
) -> None:
    window = open_watched(folder)
    shutil.rmtree(folder)
    qtbot.waitUntil(lambda: window.status.folder_label.isVisible())
    qtbot.waitUntil(window.session.watcher.is_settled)
    with qtbot.waitSignal(window.library_reloaded):
        folder.mkdir()
        write_article(folder, "005.txt", "عاد المجلد", "نص.")
    assert listed_paths(window) == [str(folder / "005.txt")]
    assert not window.status.folder_label.isVisible()


def test_a_missing_folder_is_said_until_it_appears(
    qtbot: QtBot, open_watched: Callable[..., MainWindow], tmp_path: Path
) -> None:
    folder = tmp_path / "not yet"
    window = open_watched(folder)
    assert window.status.folder_label.isVisible()
    with qtbot.waitSignal(window.library_reloaded):
        folder.mkdir()
        write_article(folder, "001.txt", "ظهر المجلد", "نص.")
    assert listed_paths(window) == [str(folder / "001.txt")]
    assert not window.status.folder_label.isVisible()


def test_f5_reads_the_folder_again(
    qtbot: QtBot, open_watched: Callable[..., MainWindow], folder: Path
) -> None:
    # With no file watches, an edit in place is seen only when the folder is read again.
    window = open_watched(folder, max_file_watches=0)
    action_reload = action(window, "actionReload")
    assert action_reload.shortcut().toString() == "F5"
    write_article(folder, "001.txt", "الخبر الأول معدلًا", "نص.")
    with qtbot.waitSignal(window.library_reloaded):
        action_reload.trigger()
    assert titles(window)[str(folder / "001.txt")] == "الخبر الأول معدلًا"


def test_the_window_watches_with_its_default_debounce(
    qtbot: QtBot, open_window: OpenWindow, folder: Path
) -> None:
    window = open_window(folder)
    qtbot.waitUntil(window.session.watcher.is_settled)
    with qtbot.waitSignal(window.library_reloaded):
        write_article(folder, "004.txt", "خبر جديد", "نص.")
    assert str(folder / "004.txt") in listed_paths(window)


def test_the_reading_position_in_the_pane_is_kept(
    qtbot: QtBot, open_watched: Callable[..., MainWindow], folder: Path
) -> None:
    long_body = "\n".join(f"الفقرة رقم {index} من خبر طويل يقرؤه القارئ." for index in range(80))
    write_article(folder, "001.txt", "الخبر الأول", long_body)
    window = open_watched(folder)
    click_row(qtbot, window, listed_paths(window).index(str(folder / "001.txt")))
    scroll_bar = pane(window).verticalScrollBar()
    assert scroll_bar.maximum() > 0
    scroll_bar.setValue(scroll_bar.maximum() // 2)
    position = scroll_bar.value()
    with qtbot.waitSignal(window.library_reloaded):
        write_article(folder, "004.txt", "خبر آخر", "نص.")
    assert scroll_bar.value() == position
    with qtbot.waitSignal(window.library_reloaded):
        write_article(folder, "001.txt", "الخبر الأول مصححًا", long_body)
    assert pane(window).toPlainText().startswith("الخبر الأول مصححًا")
    assert scroll_bar.value() == position


def test_an_article_that_cannot_be_read_again_is_said_in_the_status_bar(
    qtbot: QtBot, settings: QSettings, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    gone = str(folder / "001.txt")

    def read_file(path: Path) -> Article:
        if str(path) == gone:
            raise FileNotFoundError(2, "No such file or directory", gone)
        return read_article(path)

    session = FolderSession(
        LibraryLoader(read_article), FolderWatcher(), file_reader=ArticleFileReader(read_file)
    )
    window = MainWindow(session, SettingsStore(settings))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.loadFinished, timeout=LOAD_TIMEOUT_MS):
        window.show()
        window.load_folder(folder)
    click_tag(qtbot, window, "روسيا")
    assert listed_paths(window) == [str(folder / "002.txt")]
    shown = pane(window).toPlainText()
    read = Library.article

    def article(library: Library, article_id: int) -> Article | None:
        # As a cache that cannot give it back: its file is read instead, and fails.
        return None if library.path_of(article_id) == gone else read(library, article_id)

    monkeypatch.setattr(Library, "article", article)
    window.pane.related_activated.emit("الخبر الأول")
    qtbot.waitUntil(lambda: "تعذرت قراءة المقال" in window.status.currentMessage())
    assert gone in window.status.currentMessage()
    assert pane(window).toPlainText() == shown
