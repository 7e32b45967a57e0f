"""What the reader keeps of a result and takes out of it: marks, saved searches, export; built
and wired into the window's menus, list, chips and status bar in one place."""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QMenuBar, QStatusBar

from reader.domain.marks import Mark, MarksFilter
from reader.models.folder_session import FolderSession
from reader.models.marks_controller import MarksController
from reader.models.saved_search_controller import SavedSearchController
from reader.widgets.article_list_view import ArticleListView
from reader.widgets.export_commands import ExportCommands
from reader.widgets.filter_chips_bar import FilterChipsBar
from reader.widgets.marks_commands import MarksCommands
from reader.widgets.saved_search_menu import SavedSearchMenu
from reader.widgets.window_actions import WindowActions

_MESSAGE_MS = 8_000


class ResultCommands(QObject):
    """Builds the marks, saved-search and export commands of a window and wires them in."""

    def __init__(
        self,
        session: FolderSession,
        article_list: ArticleListView,
        chips_bar: FilterChipsBar,
        actions: WindowActions,
        status: QStatusBar,
        window: QMainWindow,
    ) -> None:
        super().__init__(window)
        self._status = status
        self._chips = chips_bar
        self.marks = MarksController(session, self)
        self.marks_commands = MarksCommands(self.marks, article_list, status, window)
        self.export_commands = ExportCommands(session, article_list, status, window)
        self.saved_searches = SavedSearchController(
            session.query_controller, self.marks, parent=self
        )
        self.saved_menu = SavedSearchMenu(self.saved_searches, window)
        self.saved_menu.message_posted.connect(self._on_saved_menu_message_posted)
        self.marks.filter_changed.connect(chips_bar.set_marks_filter)
        chips_bar.marks_removed.connect(self._on_chips_marks_removed)
        # Esc and "Clear all" drop the marks filters with the others.
        actions.clear_filters.triggered.connect(self.marks.clear_filter)
        chips_bar.clear_all_clicked.connect(self.marks.clear_filter)
        # The list's context menu: the copy actions, then the marks.
        separator = QAction(self)
        separator.setSeparator(True)
        article_list.addAction(separator)
        article_list.addAction(self.marks_commands.star)
        article_list.addAction(self.marks_commands.toggle_read)
        self._add_to_menus(window.menuBar(), actions)

    def _add_to_menus(self, bar: QMenuBar, actions: WindowActions) -> None:
        """Put the commands in the File and Edit menus that actions built in bar."""
        menus = bar.findChildren(QMenu)
        file_menu = next(menu for menu in menus if actions.quit in menu.actions())
        edit_menu = next(menu for menu in menus if actions.clear_filters in menu.actions())
        file_menu.insertActions(actions.quit, self.export_commands.actions())
        file_menu.insertSeparator(actions.quit)
        edit_menu.addSeparator()
        edit_menu.addActions(self.marks_commands.actions())
        edit_menu.addSeparator()
        edit_menu.addMenu(self.saved_menu)
        self.saved_menu.setStyle(edit_menu.style())

    @Slot(object)
    def _on_chips_marks_removed(self, mark: Mark) -> None:
        current = self.marks.marks_filter()
        self.marks.set_filter(
            MarksFilter(
                unread=current.unread and mark is not Mark.READ,
                starred=current.starred and mark is not Mark.STARRED,
            )
        )

    @Slot(str)
    def _on_saved_menu_message_posted(self, text: str) -> None:
        self._status.showMessage(text, _MESSAGE_MS)
