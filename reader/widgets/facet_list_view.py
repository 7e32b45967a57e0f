"""A facet's list (tags, outlets): names with counts, each included or excluded in one act."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPoint, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget
from typing_extensions import override

from reader.models.roles import ItemRole
from reader.models.tag_state import TagState

_CONTROL = Qt.KeyboardModifier.ControlModifier


class FacetListView(QTableView):
    """A one-column table (a reset asks only for the rows shown) whose rows are toggled:
    click or Space / Enter includes, with Ctrl excludes; Minus or Delete excludes; the
    context menu offers both. Emits toggled(name, exclude), name read with name_role."""

    toggled = Signal(str, bool)

    def __init__(
        self,
        model: QAbstractItemModel,
        name_role: ItemRole,
        menu_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._name_role = name_role
        self._menu_name = menu_name
        self._press_modifiers = Qt.KeyboardModifier.NoModifier
        self.setModel(model)
        self.horizontalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 2)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._on_context_menu_requested)
        self.clicked.connect(self._on_clicked)
        model.modelReset.connect(self._on_model_reset)

    @override
    def mousePressEvent(self, event: QMouseEvent) -> None:
        # The clicked signal carries no modifiers: they are kept from the press.
        self._press_modifiers = event.modifiers()
        super().mousePressEvent(event)

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        key = event.key()
        if index.isValid() and key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._toggle(index, exclude=bool(event.modifiers() & _CONTROL))
        elif index.isValid() and key in (Qt.Key.Key_Minus, Qt.Key.Key_Delete):
            self._toggle(index, exclude=True)
        else:
            super().keyPressEvent(event)

    def _toggle(self, index: QModelIndex, *, exclude: bool) -> None:
        """Toggle the inclusion or the exclusion of the row at index."""
        self.toggled.emit(str(index.data(self._name_role)), exclude)

    @Slot()
    def _on_model_reset(self) -> None:
        # Lay the rows out now: Qt would do it on a zero timer after the next paint, and
        # then paint the list (and its tall scroll bar) a second time.
        self.executeDelayedItemsLayout()

    @Slot(QModelIndex)
    def _on_clicked(self, index: QModelIndex) -> None:
        modifiers = self._press_modifiers | QGuiApplication.keyboardModifiers()
        self._press_modifiers = Qt.KeyboardModifier.NoModifier
        self._toggle(index, exclude=bool(modifiers & _CONTROL))

    @Slot(QPoint)
    def _on_context_menu_requested(self, position: QPoint) -> None:
        index = self.indexAt(position)
        if not index.isValid():
            return
        name = str(index.data(self._name_role))
        state = TagState(int(index.data(ItemRole.TAG_STATE)))
        menu = QMenu(self)
        menu.setObjectName(self._menu_name)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        include = menu.addAction(
            self.tr("إلغاء التضمين") if state is TagState.INCLUDED else self.tr("تضمين")
        )
        include.triggered.connect(lambda: self.toggled.emit(name, False))
        exclude = menu.addAction(
            self.tr("إلغاء الاستبعاد") if state is TagState.EXCLUDED else self.tr("استبعاد")
        )
        exclude.triggered.connect(lambda: self.toggled.emit(name, True))
        menu.popup(self.viewport().mapToGlobal(position))
