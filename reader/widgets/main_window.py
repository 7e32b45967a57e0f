"""The main window: tag sidebar and article list on the reading side, the reading column beside."""

from __future__ import annotations

from contextlib import ExitStack
from pathlib import Path

from PySide6.QtCore import QMimeData, Qt, Signal, Slot
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QMainWindow,
    QSplitter,
    QWidget,
)
from typing_extensions import override

from reader.domain.library.library import Library
from reader.domain.library.query import Query, SortOrder, TagMode
from reader.models.deferred_call import DeferredCall
from reader.models.file_paths import path_in_text
from reader.models.folder_session import FolderSession
from reader.models.query_controller import QueryController
from reader.models.settings_store import SettingsStore
from reader.widgets.article_column import ArticleColumn
from reader.widgets.copy_commands import CopyCommands
from reader.widgets.library_status_bar import LibraryStatusBar
from reader.widgets.problems_dialog import ProblemsDialog
from reader.widgets.reading_column import ReadingColumn
from reader.widgets.reading_tabs import ReadingTabs
from reader.widgets.result_commands import ResultCommands
from reader.widgets.status_reporter import StatusReporter
from reader.widgets.tag_sidebar import TagSidebar
from reader.widgets.window_actions import WindowActions


class MainWindow(QMainWindow):
    """The reader's window over a folder session; loadFinished is emitted once every file of
    a folder is listed, library_reloaded once a newer reading of it is on show, the filter,
    the order, the article on show and the scroll position kept.
    """

    loadFinished = Signal()  # noqa: N815  (the automation seam's name)
    library_reloaded = Signal()

    def __init__(
        self,
        session: FolderSession,
        settings: SettingsStore,
        language: str = "ar",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self._settings = settings
        self._session = session
        # The window's child: closing the window stops the session's threads with it.
        session.setParent(self)
        self._query = session.query_controller
        self._query.set_sort_order(settings.sort_order())
        self._query.set_grouping(settings.group_copies())
        # True while the list is reset onto a newer library: its selection signals are not
        # the reader's doing, and the pane is settled afterwards. The list's and sidebar's
        # positions are kept meanwhile, and whether the article on show was the list's.
        self._swapping = False
        self._swap_positions = ExitStack()
        self._shown_was_current = False
        self._pane_follow = DeferredCall(self)
        self._pane_follow.due.connect(self._show_article_of_list)

        self.sidebar = TagSidebar(self._query.tag_model, self._query.source_model)
        self.article_column = ArticleColumn(self._query)
        self.search_box = self.article_column.search_box
        self.chips_bar = self.article_column.chips_bar
        self.article_list = self.article_column.article_list
        self.reading_column = ReadingColumn(session)
        self.reading_tabs = ReadingTabs(session, self.reading_column, self.article_list)
        self.pane = self.reading_column.pane
        self.pane_notice = self.reading_column.notice
        self.status = LibraryStatusBar()
        self.setStatusBar(self.status)
        self._reporter = StatusReporter(session, self.status, self)
        self._build_layout()
        self._copy = CopyCommands(
            self._session.article, self.pane, self.article_list, self.status, self
        )
        self.window_actions = WindowActions(
            self, settings, sort_order=self._query.sort_order(), language=language
        )
        self.window_actions.build_menus(self.menuBar())
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.window_actions.build_toolbar())
        self.window_actions.add_copy_menu(self.article_list)
        self.result_commands = ResultCommands(
            session, self.article_list, self.chips_bar, self.window_actions, self.status, self
        )
        self._connect()

        self.setAcceptDrops(True)
        self.setWindowTitle(self.tr("قارئ الأخبار العربية"))
        self.pane.set_zoom_level(settings.zoom())
        if not self.restoreGeometry(settings.geometry()):
            self.resize(1280, 800)
        self.restoreState(settings.window_state())
        if not self._splitter.restoreState(settings.splitter_state()):
            self._splitter.setSizes([210, 370, 700])
        self.status.set_counts(0, 0)
        self._reporter.report_settings_damage(settings)
        # Reading starts in the list: j/k and the arrows work at once.
        self.article_list.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def session(self) -> FolderSession:
        """The folder on show, its loads and reloads."""
        return self._session

    @property
    def library(self) -> Library:
        """The library on show."""
        return self._session.library

    @property
    def query_controller(self) -> QueryController:
        """The query in force and the models it drives."""
        return self._query

    def load_folder(self, folder: Path, *, remember: bool = True) -> None:
        """Start loading folder in the background; the list fills as files are parsed."""
        self.reading_column.hide_notice()
        self._session.load_folder(folder)
        self.search_box.set_search("")
        name = path_in_text(folder.name or str(folder))
        self.setWindowTitle(self.tr("قارئ الأخبار العربية — {0}").format(name))
        if remember:
            self._settings.add_recent_folder(folder)

    @Slot()
    def reload(self) -> None:
        """Read the folder again in the background; the list changes once all of it is read."""
        self._session.reload()

    @Slot()
    def clear_filters(self) -> None:
        """Drop every tag filter, the search and the tag filter text."""
        self.sidebar.filter_box.clear()
        self.search_box.set_search("")
        self._query.clear()

    def _build_layout(self) -> None:
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("mainSplitter")
        splitter.setAccessibleName(self.tr("أجزاء النافذة"))
        splitter.setChildrenCollapsible(False)
        # In a right-to-left layout the first widget sits on the right.
        splitter.addWidget(self.sidebar)
        splitter.addWidget(self.article_column)
        splitter.addWidget(self.reading_tabs)
        # The reading column takes most of a change of width; the sidebar gives way first.
        for index, stretch in enumerate((1, 2, 4)):
            splitter.setStretchFactor(index, stretch)
        self._splitter = splitter
        self.setCentralWidget(splitter)

    def _connect(self) -> None:
        session = self._session
        session.reading_changed.connect(self.article_column.set_reading)
        session.load_finished.connect(self._on_session_load_finished)
        session.library_about_to_swap.connect(self._on_session_library_about_to_swap)
        session.library_swapped.connect(self._on_session_library_swapped)
        self.status.problems_clicked.connect(self._on_status_problems_clicked)
        self.status.warnings_clicked.connect(self._on_status_warnings_clicked)
        self._query.results_changed.connect(self.status.set_counts)
        self._query.query_changed.connect(self._on_controller_query_changed)
        self._query.query_changed.connect(self._query.article_model.set_query)
        self.sidebar.include_toggled.connect(self._query.toggle_include)
        self.sidebar.exclude_toggled.connect(self._query.toggle_exclude)
        self.sidebar.source_include_toggled.connect(self._query.toggle_source)
        self.sidebar.source_exclude_toggled.connect(self._query.toggle_source_exclude)
        self.sidebar.mode_changed.connect(self._on_sidebar_mode_changed)
        self.chips_bar.clear_all_clicked.connect(self.clear_filters)
        self.article_list.current_article_changed.connect(self._on_list_current_article_changed)
        self.reading_column.message_posted.connect(self._reporter.say)
        self.pane.tag_activated.connect(self._query.include)
        self.pane.source_activated.connect(self._query.include_source)
        self.pane.related_activated.connect(self._on_pane_related_activated)
        self.reading_column.article_requested.connect(self._open_article)
        self.reading_column.watch_mouse_buttons(self.article_list.viewport())
        self.pane.zoom_changed.connect(self._settings.set_zoom)
        self._splitter.splitterMoved.connect(self._on_splitter_moved)
        self._connect_actions()

    def _connect_actions(self) -> None:
        actions = self.window_actions
        actions.open_folder.triggered.connect(self._on_open_triggered)
        actions.reload.triggered.connect(self.reload)
        actions.quit.triggered.connect(self.close)
        actions.copy.triggered.connect(self._copy.copy)
        actions.copy_article.triggered.connect(self._copy.copy_articles)
        actions.copy_visual.triggered.connect(self._copy.copy_visual)
        actions.find.triggered.connect(self._on_find_triggered)
        actions.clear_filters.triggered.connect(self.clear_filters)
        actions.focus_tags.triggered.connect(self.sidebar.focus_filter)
        actions.focus_list.triggered.connect(self._on_focus_list_triggered)
        actions.focus_pane.triggered.connect(self._on_focus_pane_triggered)
        actions.zoom_in.triggered.connect(self.pane.zoom_in)
        actions.zoom_out.triggered.connect(self.pane.zoom_out)
        actions.zoom_reset.triggered.connect(self.pane.reset_zoom)
        actions.back.triggered.connect(self.reading_column.go_back)
        actions.forward.triggered.connect(self.reading_column.go_forward)
        actions.recent_folder_chosen.connect(self.load_folder)
        actions.sort_order_chosen.connect(self._on_actions_sort_order_chosen)
        actions.group_copies.toggled.connect(self._query.set_grouping)
        self.article_column.timeline.setVisible(actions.show_timeline.isChecked())
        actions.show_timeline.toggled.connect(self.article_column.timeline.setVisible)

    def _open_article(self, article_id: int) -> None:
        """Make an article of the library current in the list, or show it alone in the pane."""
        if self.article_list.select_article(article_id):
            return
        self.reading_column.show_article_id(article_id)
        self._reporter.say(self.tr("هذا المقال خارج نتائج التصفية الحالية"))

    @Slot()
    def _on_session_load_finished(self) -> None:
        self._show_article_of_list()
        self.loadFinished.emit()

    @Slot()
    def _on_session_library_about_to_swap(self) -> None:
        shown = self.reading_column.article
        self._shown_was_current = (
            shown is not None and self.article_list.current_path() == shown.path
        )
        self._swapping = True
        self._swap_positions.enter_context(self.article_list.position_kept())
        self._swap_positions.enter_context(self.sidebar.position_kept())

    @Slot()
    def _on_session_library_swapped(self) -> None:
        """Show the newer reading of the folder as the reader left the old one."""
        try:
            self._swap_positions.close()
            shown = self.reading_column.article
            # The list may have moved to another row for want of the one on show: leave it
            # on none rather than on one the pane does not show.
            left_behind = self._shown_was_current and (
                shown is None or self.article_list.current_path() != shown.path
            )
            if left_behind:
                self.article_list.clear_current()
        finally:
            self._swapping = False
        if not self.reading_column.keep_on_swap(left_behind=left_behind):
            self._show_article_of_list()
        self.library_reloaded.emit()

    @Slot()
    def _show_article_of_list(self) -> None:
        """Show the list's current article, re-read from the library (its tags may be new)."""
        self._show_list_article(self.article_list.current_article_id())

    @Slot(object)
    def _on_list_current_article_changed(self, article_id: int | None) -> None:
        # The pane follows once the list is painted; a key held down renders only the article
        # it stops on.
        self._pane_follow.request()

    def _show_list_article(self, article_id: int | None) -> None:
        """Show the article the list has made current (None: no row is current)."""
        if self._swapping:
            return
        if article_id is None:
            if self._query.article_model.rowCount() == 0:
                self.reading_column.show_article(None)
            return
        self.reading_column.show_article_id(article_id)

    @Slot(object)
    def _on_controller_query_changed(self, query: Query) -> None:
        self.sidebar.set_mode(query.mode)
        self.reading_column.set_highlight(query.search)

    @Slot(object)
    def _on_sidebar_mode_changed(self, mode: TagMode) -> None:
        self._query.set_mode(mode)

    @Slot(str)
    def _on_pane_related_activated(self, title: str) -> None:
        article_id = self._session.library.find_title(title)
        if article_id is None:
            self._reporter.say(self.tr("المقال «{0}» ليس في هذا المجلد").format(title))
            return
        self._open_article(article_id)

    @Slot()
    def _on_open_triggered(self) -> None:
        start = self._settings.last_folder() or self._session.folder or Path.home()
        chosen = QFileDialog.getExistingDirectory(self, self.tr("فتح مجلد مقالات"), str(start))
        if chosen:
            self.load_folder(Path(chosen))

    @Slot()
    def _on_find_triggered(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    @Slot()
    def _on_focus_list_triggered(self) -> None:
        self.article_list.setFocus(Qt.FocusReason.ShortcutFocusReason)

    @Slot()
    def _on_focus_pane_triggered(self) -> None:
        self.pane.setFocus(Qt.FocusReason.ShortcutFocusReason)

    @Slot(object)
    def _on_actions_sort_order_chosen(self, order: SortOrder) -> None:
        self._query.set_sort_order(order)
        self._settings.set_sort_order(order)

    @Slot()
    def _on_status_problems_clicked(self) -> None:
        self._open_problems_dialog(focus_warnings=False)

    @Slot()
    def _on_status_warnings_clicked(self) -> None:
        self._open_problems_dialog(focus_warnings=True)

    def _open_problems_dialog(self, *, focus_warnings: bool) -> None:
        library = self._session.library
        # The warnings are read from the cache only now, not while the folder loads.
        warned = library.warnings_of(library.ids())
        dialog = ProblemsDialog(library.problems, warned, self)
        dialog.article_activated.connect(self._on_problems_article_activated)
        if focus_warnings:
            dialog.focus_warnings()
        dialog.exec()
        dialog.deleteLater()

    @Slot(str)
    def _on_problems_article_activated(self, path: str) -> None:
        article_id = self._session.library.find_path(path)
        if article_id is None:
            self._reporter.say(self.tr("لم يعد هذا الملف في القائمة"))
            return
        self._open_article(article_id)

    @Slot(int, int)
    def _on_splitter_moved(self, _position: int, _index: int) -> None:
        self._settings.set_splitter_state(self._splitter.saveState())

    @override
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_folder(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    @override
    def dropEvent(self, event: QDropEvent) -> None:
        folder = _dropped_folder(event.mimeData())
        if folder is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.load_folder(folder)

    @override
    def closeEvent(self, event: QCloseEvent) -> None:
        self._session.close()
        self._settings.set_geometry(self.saveGeometry())
        self._settings.set_window_state(self.saveState())
        self._settings.set_splitter_state(self._splitter.saveState())
        self._settings.settings.sync()
        super().closeEvent(event)


def _dropped_folder(mime: QMimeData) -> Path | None:
    """Return the first local folder among dropped URLs, if any."""
    for url in mime.urls():
        if url.isLocalFile():
            path = Path(url.toLocalFile())
            if path.is_dir():
                return path
    return None
