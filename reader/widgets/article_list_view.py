"""The article list: a one-column table of fixed-height rows, which stays fast at 100,000 rows."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget
from typing_extensions import override

from reader.domain.library.library import Library
from reader.models.article_list_model import ArticleListModel
from reader.models.roles import ItemRole
from reader.widgets.article_delegate import ArticleDelegate

# The margin around the text an empty list shows.
_EMPTY_MARGIN = 16
# j and k move like Down and Up, as in mail readers and Vim.
_VIM_KEYS = {Qt.Key.Key_J: Qt.Key.Key_Down, Qt.Key.Key_K: Qt.Key.Key_Up}


class ArticleListView(QTableView):
    """Shows an ArticleListModel; keeps the current article through resets (by id, or by
    file path when the reset brings another library)."""

    current_article_changed = Signal(object)
    # After each paint of the rows (slower work waits for it: QueryController.list_painted).
    painted = Signal()

    def __init__(self, model: ArticleListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleList")
        self.setAccessibleName(self.tr("قائمة المقالات"))
        # The current article through a reset of the model: its library, id and path.
        self._remembered: tuple[Library, int, str | None] | None = None
        # While the reader has not picked an article, the list keeps its first row current, so
        # rows arriving during a load (newer ones sort above) do not scroll the view away.
        self._follows_top = True
        self._selecting_top = False
        self._empty_text = ""
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

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        area = event.rect()
        first = self.rowAt(area.top())
        if first >= 0:
            last = self.rowAt(area.bottom())
            self._model.make_snippets(first, last if last >= 0 else self._model.rowCount() - 1)
        super().paintEvent(event)
        if self._empty_text and self._model.rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                self.viewport()
                .rect()
                .adjusted(_EMPTY_MARGIN, 3 * _EMPTY_MARGIN, -_EMPTY_MARGIN, 0),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap),
                self._empty_text,
            )
            painter.end()
        self.painted.emit()

    def set_empty_text(self, text: str) -> None:
        """Say text in the list while it has no rows: why it is empty."""
        if text != self._empty_text:
            self._empty_text = text
            self.viewport().update()

    def empty_text(self) -> str:
        """Return what the list says while it has no rows."""
        return self._empty_text

    def current_article_id(self) -> int | None:
        """Return the id of the current article, if any."""
        index = self.currentIndex()
        if not index.isValid():
            return None
        return int(index.data(ItemRole.ARTICLE_ID))

    def current_path(self) -> str | None:
        """Return the file path of the current article, if any."""
        index = self.currentIndex()
        if not index.isValid():
            return None
        return self._model.article_path(index.row())

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

    def clear_current(self) -> None:
        """Leave no row current or selected (the pane may show an article not in the list)."""
        self.selectionModel().clear()

    @contextmanager
    def position_kept(self) -> Iterator[None]:
        """Keep the rows on screen through a change of library, by the path of the top row.

        Rows added or removed above it do not move what the reader is looking at.
        """
        scroll_bar = self.verticalScrollBar()
        value = scroll_bar.value()
        top_row = self.rowAt(0)
        anchor: tuple[str, int] | None = None
        if top_row >= 0:
            header = self.verticalHeader()
            anchor = (self._model.article_path(top_row), value - header.sectionPosition(top_row))
        yield
        # The scroll range follows the new rows only once the items are laid out.
        self.doItemsLayout()
        if anchor is not None:
            path, offset = anchor
            article_id = self._model.library.find_path(path)
            row = None if article_id is None else self._model.row_of(article_id)
            if row is not None:
                value = self.verticalHeader().sectionPosition(row) + offset
        scroll_bar.setValue(value)

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
        # The path too: a reset may bring another library, where ids mean other articles.
        article_id = self.current_article_id()
        path = self.current_path()
        self._remembered = None if article_id is None else (self._model.library, article_id, path)

    @Slot()
    def _on_model_reset(self) -> None:
        # Lay the rows out now: Qt would do it on a zero timer after the first paint, and
        # then paint every row a second time.
        self.executeDelayedItemsLayout()
        remembered, self._remembered = self._remembered, None
        if not self._follows_top and remembered is not None:
            library, article_id, path = remembered
            if library is not self._model.library:
                found = None if path is None else self._model.library.find_path(path)
                article_id = -1 if found is None else found
            if article_id >= 0 and self.select_article(article_id):
                return
        if self._model.rowCount() > 0:
            self._select_top()
        else:
            self.current_article_changed.emit(None)

    def _select_top(self) -> None:
        """Make the first row current on the reader's behalf."""
        self._selecting_top = True
        try:
            self.select_article(self._model.article_id(0))
        finally:
            self._selecting_top = False
        self._follows_top = True

    @Slot(QModelIndex, int, int)
    def _on_model_rows_inserted(self, _parent: QModelIndex, _first: int, _last: int) -> None:
        if not self.currentIndex().isValid() and self._model.rowCount() > 0:
            self._select_top()

    @Slot(QModelIndex, QModelIndex)
    def _on_selection_current_row_changed(
        self, current: QModelIndex, _previous: QModelIndex
    ) -> None:
        if not self._selecting_top:
            self._follows_top = False
        if current.isValid():
            self.current_article_changed.emit(int(current.data(ItemRole.ARTICLE_ID)))
        else:
            self.current_article_changed.emit(None)
