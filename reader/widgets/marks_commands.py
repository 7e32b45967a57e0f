"""The marks' actions: star (S), mark read or unread, mark all as read, and the "unread only"
and "starred only" filters; the list's rows and chips follow the marks."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QStatusBar, QWidget

from reader.domain.marks import Mark, MarksFilter
from reader.models.article_list_model import ArticleListModel
from reader.models.marks_controller import MarksController
from reader.widgets.article_list_view import ArticleListView

_MESSAGE_MS = 8_000


class MarksCommands(QObject):
    """Acts on the marks of the list's articles through a MarksController."""

    def __init__(
        self,
        marks: MarksController,
        article_list: ArticleListView,
        status: QStatusBar,
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self._marks = marks
        self._list = article_list
        self._status = status
        # Single letters act in the list only: typed in the search box they are text.
        self.star = self._action("actionStar", self.tr("تمييز بنجمة أو إلغاؤه"), "S", article_list)
        self.star.setToolTip(self.tr("تمييز المقالات المختارة بنجمة، أو إلغاء تمييزها (S)"))
        self.star.triggered.connect(self._on_star_triggered)
        self.toggle_read = self._action(
            "actionToggleRead", self.tr("تعليم كمقروء أو غير مقروء"), "M", article_list
        )
        self.toggle_read.triggered.connect(self._on_toggle_read_triggered)
        self.mark_all_read = self._action(
            "actionMarkAllRead", self.tr("تعليم كل النتائج كمقروءة"), "Ctrl+Shift+M", window
        )
        self.mark_all_read.triggered.connect(self._on_mark_all_read_triggered)
        self.unread_only = self._action(
            "actionUnreadOnly", self.tr("غير المقروءة فقط"), "Ctrl+Shift+U", window
        )
        self.unread_only.setCheckable(True)
        self.unread_only.toggled.connect(marks.set_unread_only)
        self.starred_only = self._action(
            "actionStarredOnly", self.tr("المميزة بنجمة فقط"), "Ctrl+Shift+S", window
        )
        self.starred_only.setCheckable(True)
        self.starred_only.toggled.connect(marks.set_starred_only)
        marks.filter_changed.connect(self._on_marks_filter_changed)
        marks.failed.connect(self._on_marks_failed)
        article_list.current_article_changed.connect(marks.start_reading)
        self._model = cast(ArticleListModel, article_list.model())
        marks.marks_changed.connect(self._model.refresh_marks)
        self._model.set_marks(marks.marks_of)

    def actions(self) -> list[QAction]:
        """Return the marks' actions, in menu order."""
        return [
            self.star,
            self.toggle_read,
            self.mark_all_read,
            self.unread_only,
            self.starred_only,
        ]

    def _action(self, name: str, text: str, key: str, owner: QWidget) -> QAction:
        """Return a new action with key, whose shortcut works within owner."""
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        owner.addAction(action)
        return action

    @Slot()
    def _on_star_triggered(self) -> None:
        ids = self._list.selected_article_ids()
        if not ids:
            return
        starred = not self._marks.marks_of(ids[0]) & Mark.STARRED
        if self._marks.set_mark(ids, Mark.STARRED, starred):
            text = (
                self.tr("مُيِّز %Ln مقال بنجمة", "", len(ids))
                if starred
                else self.tr("أُلغي تمييز %Ln مقال", "", len(ids))
            )
            self._status.showMessage(text, _MESSAGE_MS)

    @Slot()
    def _on_toggle_read_triggered(self) -> None:
        ids = self._list.selected_article_ids()
        if not ids:
            return
        read = not self._marks.marks_of(ids[0]) & Mark.READ
        # The article on show is not marked read again behind the reader's back.
        self._marks.start_reading(None)
        self._marks.set_mark(ids, Mark.READ, read)

    @Slot()
    def _on_mark_all_read_triggered(self) -> None:
        ids = self._model.ids()
        if not ids:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            done = self._marks.set_mark(ids, Mark.READ)
        finally:
            QApplication.restoreOverrideCursor()
        if done:
            self._status.showMessage(self.tr("عُلِّم %Ln مقال كمقروء", "", len(ids)), _MESSAGE_MS)

    @Slot(object)
    def _on_marks_filter_changed(self, marks_filter: MarksFilter) -> None:
        for action, on in (
            (self.unread_only, marks_filter.unread),
            (self.starred_only, marks_filter.starred),
        ):
            if action.isChecked() != on:
                action.setChecked(on)

    @Slot(str)
    def _on_marks_failed(self, reason: str) -> None:
        self._status.showMessage(self.tr("تعذر حفظ العلامات: {0}").format(reason), _MESSAGE_MS)
