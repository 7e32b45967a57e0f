"""The article list: a one-column table of fixed-height rows, which stays fast at 100,000 rows."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget
from typing_extensions import override

from reader.models.article_list_model import ArticleListModel
from reader.models.roles import ItemRole
from reader.widgets.article_delegate import ArticleDelegate

# j and k move like Down and Up, as in mail readers and Vim.
_VIM_KEYS = {Qt.Key.Key_J: Qt.Key.Key_Down, Qt.Key.Key_K: Qt.Key.Key_Up}


class ArticleListView(QTableView):
    """Shows an ArticleListModel; keeps the current article through resets."""

    current_article_changed = Signal(object)

    def __init__(self, model: ArticleListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleList")
        self.setAccessibleName(self.tr("قائمة المقالات"))
        self._remembered: int | None = None
        self.setItemDelegate(ArticleDelegate(self))
        self.setModel(model)
        self._model = model
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self.setTabKeyNavigation(False)
        horizontal = self.horizontalHeader()
        horizontal.hide()
        horizontal.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        vertical = self.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setMinimumSectionSize(1)
        self._update_row_height()
        model.modelAboutToBeReset.connect(self._on_model_about_to_be_reset)
        model.modelReset.connect(self._on_model_reset)
        model.rowsInserted.connect(self._on_model_rows_inserted)
        self.selectionModel().currentRowChanged.connect(self._on_selection_current_row_changed)

    def current_article_id(self) -> int | None:
        """Return the id of the current article, if any."""
        index = self.currentIndex()
        if not index.isValid():
            return None
        return int(index.data(ItemRole.ARTICLE_ID))

    def selected_article_ids(self) -> list[int]:
        """Return the ids of the selected articles in list order, or the current one."""
        rows = sorted(index.row() for index in self.selectionModel().selectedRows())
        if rows:
            return [self._model.article_id(row) for row in rows]
        current = self.current_article_id()
        return [] if current is None else [current]

    def select_article(self, article_id: int) -> bool:
        """Make article_id the current and only selected row; tell whether it is listed."""
        row = self._model.row_of(article_id)
        if row is None:
            return False
        index = self._model.index(row, 0)
        self.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.scrollTo(index)
        return True

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        target = _VIM_KEYS.get(Qt.Key(event.key()))
        if target is not None and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier:
            event = QKeyEvent(QEvent.Type.KeyPress, target, event.modifiers())
        super().keyPressEvent(event)

    @override
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._update_row_height()

    def _update_row_height(self) -> None:
        """Size every row for the view's font."""
        self.verticalHeader().setDefaultSectionSize(ArticleDelegate.row_height(self.font()))

    @Slot()
    def _on_model_about_to_be_reset(self) -> None:
        self._remembered = self.current_article_id()

    @Slot()
    def _on_model_reset(self) -> None:
        remembered, self._remembered = self._remembered, None
        if remembered is not None and self.select_article(remembered):
            return
        if self._model.rowCount() > 0:
            self.select_article(self._model.article_id(0))
        else:
            self.current_article_changed.emit(None)

    @Slot(QModelIndex, int, int)
    def _on_model_rows_inserted(self, _parent: QModelIndex, _first: int, _last: int) -> None:
        if not self.currentIndex().isValid() and self._model.rowCount() > 0:
            self.select_article(self._model.article_id(0))

    @Slot(QModelIndex, QModelIndex)
    def _on_selection_current_row_changed(
        self, current: QModelIndex, _previous: QModelIndex
    ) -> None:
        if current.isValid():
            self.current_article_changed.emit(int(current.data(ItemRole.ARTICLE_ID)))
        else:
            self.current_article_changed.emit(None)
