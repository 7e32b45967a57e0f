"""The outlet facet: the outlets of the result with counts; click includes, Ctrl+click excludes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from reader.models.roles import ItemRole
from reader.models.source_list_model import SourceListModel
from reader.models.tag_state import TagState


class SourceFacet(QWidget):
    """Lets the user include outlets (click: any of them) and exclude them (Ctrl+click, the
    context menu, Minus or Delete)."""

    include_toggled = Signal(str)
    exclude_toggled = Signal(str)

    def __init__(self, model: SourceListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourceFacet")
        self._model = model
        self._press_modifiers = Qt.KeyboardModifier.NoModifier
        # A one-column table, like the tag list: a reset asks only for the rows shown.
        view = self.list_view = QTableView()
        view.setObjectName("sourceList")
        view.setAccessibleName(self.tr("المصادر"))
        view.setModel(model)
        view.horizontalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        view.verticalHeader().hide()
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 2)
        view.setShowGrid(False)
        view.setWordWrap(False)
        view.setTabKeyNavigation(False)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._on_list_context_menu_requested)
        view.clicked.connect(self._on_list_clicked)
        view.installEventFilter(self)
        view.viewport().installEventFilter(self)
        title = QLabel(self.tr("المصادر"))
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        title.setToolTip(self.tr("انقر مصدرًا لتضمينه (أيٌّ من المختارة)، أو Ctrl+نقر لاستبعاده"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(title)
        layout.addWidget(view, 1)

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.list_view.viewport() and event.type() == QEvent.Type.MouseButtonPress:
            # The click signal carries no modifiers: remember them from the press.
            assert isinstance(event, QMouseEvent)
            self._press_modifiers = event.modifiers()
        elif watched is self.list_view and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            return self._on_list_key_pressed(event)
        return super().eventFilter(watched, event)

    def _on_list_key_pressed(self, event: QKeyEvent) -> bool:
        """Space or Enter includes the current outlet, Minus or Delete excludes it."""
        index = self.list_view.currentIndex()
        if not index.isValid():
            return False
        key = event.key()
        if key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            control = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            self._toggle(str(index.data(ItemRole.SOURCE)), exclude=control)
            return True
        if key in (Qt.Key.Key_Minus, Qt.Key.Key_Delete):
            self._toggle(str(index.data(ItemRole.SOURCE)), exclude=True)
            return True
        return False

    def _toggle(self, source: str, *, exclude: bool) -> None:
        """Toggle the inclusion or the exclusion of an outlet, keeping its row current."""
        (self.exclude_toggled if exclude else self.include_toggled).emit(source)
        for row in range(self._model.rowCount()):
            if self._model.source(row) == source:
                self.list_view.setCurrentIndex(self._model.index(row, 0))
                break

    @Slot(QModelIndex)
    def _on_list_clicked(self, index: QModelIndex) -> None:
        modifiers = self._press_modifiers | QGuiApplication.keyboardModifiers()
        self._press_modifiers = Qt.KeyboardModifier.NoModifier
        control = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
        self._toggle(str(index.data(ItemRole.SOURCE)), exclude=control)

    @Slot(QPoint)
    def _on_list_context_menu_requested(self, position: QPoint) -> None:
        index = self.list_view.indexAt(position)
        if not index.isValid():
            return
        source = str(index.data(ItemRole.SOURCE))
        state = TagState(int(index.data(ItemRole.TAG_STATE)))
        menu = QMenu(self)
        menu.setObjectName("sourceContextMenu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        include = menu.addAction(
            self.tr("إلغاء التضمين") if state is TagState.INCLUDED else self.tr("تضمين")
        )
        include.triggered.connect(lambda: self._toggle(source, exclude=False))
        exclude = menu.addAction(
            self.tr("إلغاء الاستبعاد") if state is TagState.EXCLUDED else self.tr("استبعاد")
        )
        exclude.triggered.connect(lambda: self._toggle(source, exclude=True))
        menu.popup(self.list_view.viewport().mapToGlobal(position))
