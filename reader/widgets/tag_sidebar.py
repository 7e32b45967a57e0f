"""The sidebar: a filter box, the all-of/any-of switch and the list of tags with counts, and
below them the outlet facet."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QRadioButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from reader.domain.library.query import TagMode
from reader.models.roles import ItemRole
from reader.models.source_list_model import SourceListModel
from reader.models.tag_list_model import TagListModel
from reader.models.tag_state import TagState
from reader.widgets.source_facet import SourceFacet


class TagSidebar(QWidget):
    """Lets the user include (click) and exclude (Ctrl+click, context menu) tags and, given
    an outlet model, outlets."""

    include_toggled = Signal(str)
    exclude_toggled = Signal(str)
    mode_changed = Signal(object)
    source_include_toggled = Signal(str)
    source_exclude_toggled = Signal(str)

    def __init__(
        self,
        model: TagListModel,
        sources: SourceListModel | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("tagSidebar")
        self._model = model
        self._press_modifiers = Qt.KeyboardModifier.NoModifier

        self.filter_box = QLineEdit()
        self.filter_box.setObjectName("tagFilterBox")
        self.filter_box.setAccessibleName(self.tr("تصفية الوسوم"))
        self.filter_box.setPlaceholderText(self.tr("تصفية الوسوم…"))
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.textChanged.connect(model.set_filter_text)
        self.filter_box.installEventFilter(self)

        self._all = QRadioButton(self.tr("كلها"))
        self._all.setObjectName("tagModeAll")
        self._all.setAccessibleName(self.tr("المقالات التي تحمل كل الوسوم المختارة"))
        self._all.setToolTip(self._all.accessibleName())
        self._any = QRadioButton(self.tr("أيٌّ منها"))
        self._any.setObjectName("tagModeAny")
        self._any.setAccessibleName(self.tr("المقالات التي تحمل أيًّا من الوسوم المختارة"))
        self._any.setToolTip(self._any.accessibleName())
        self._all.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self._all)
        group.addButton(self._any)
        self._all.toggled.connect(self._on_all_toggled)
        mode_row = QHBoxLayout()
        mode_row.setContentsMargins(2, 0, 2, 0)
        mode_label = QLabel(self.tr("تطابق:"))
        mode_row.addWidget(mode_label)
        mode_row.addWidget(self._all)
        mode_row.addWidget(self._any)
        mode_row.addStretch(1)

        # A one-column table, not a QListView: on a reset a QListView asks the Python
        # rowCount() once per row (tens of thousands of tags), a table only for what it shows.
        self.list_view = QTableView()
        self.list_view.setObjectName("tagList")
        self.list_view.setAccessibleName(self.tr("الوسوم"))
        self.list_view.setModel(model)
        self.list_view.horizontalHeader().hide()
        self.list_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.list_view.verticalHeader().hide()
        self.list_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.list_view.verticalHeader().setDefaultSectionSize(
            self.list_view.fontMetrics().height() + 2
        )
        self.list_view.setShowGrid(False)
        self.list_view.setWordWrap(False)
        self.list_view.setTabKeyNavigation(False)
        self.list_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list_view.customContextMenuRequested.connect(self._on_list_context_menu_requested)
        self.list_view.clicked.connect(self._on_list_clicked)
        self.list_view.installEventFilter(self)
        self.list_view.viewport().installEventFilter(self)

        title = QLabel(self.tr("الوسوم"))
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        tags = QWidget()
        layout = QVBoxLayout(tags)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(title)
        layout.addWidget(self.filter_box)
        layout.addLayout(mode_row)
        layout.addWidget(self.list_view, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        self.source_facet: SourceFacet | None = None
        if sources is None:
            outer.addWidget(tags)
            return
        self.source_facet = SourceFacet(sources)
        self.source_facet.include_toggled.connect(self.source_include_toggled)
        self.source_facet.exclude_toggled.connect(self.source_exclude_toggled)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("sidebarSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(tags)
        splitter.addWidget(self.source_facet)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        outer.addWidget(splitter)

    def mode(self) -> TagMode:
        """Return the all-of/any-of choice shown."""
        return TagMode.ALL if self._all.isChecked() else TagMode.ANY

    @Slot(object)
    def set_mode(self, mode: TagMode) -> None:
        """Show mode as the choice in force, without emitting it back."""
        button = self._all if mode is TagMode.ALL else self._any
        if not button.isChecked():
            self._all.blockSignals(True)
            button.setChecked(True)
            self._all.blockSignals(False)

    @Slot()
    def focus_filter(self) -> None:
        """Put the keyboard in the tag filter box."""
        self.filter_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_box.selectAll()

    @contextmanager
    def position_kept(self) -> Iterator[None]:
        """Keep the tag list scrolled where it is through a change of library."""
        scroll_bar = self.list_view.verticalScrollBar()
        value = scroll_bar.value()
        yield
        # The scroll range follows the new rows only once the items are laid out.
        self.list_view.doItemsLayout()
        scroll_bar.setValue(value)

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.list_view.viewport() and event.type() == QEvent.Type.MouseButtonPress:
            # The click signal carries no modifiers: remember them from the press.
            assert isinstance(event, QMouseEvent)
            self._press_modifiers = event.modifiers()
        elif watched is self.list_view and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            return self._on_list_key_pressed(event)
        elif watched is self.filter_box and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Down and self._model.rowCount() > 0:
                self.list_view.setFocus(Qt.FocusReason.TabFocusReason)
                if not self.list_view.currentIndex().isValid():
                    self.list_view.setCurrentIndex(self._model.index(0, 0))
                return True
        return super().eventFilter(watched, event)

    def _on_list_key_pressed(self, event: QKeyEvent) -> bool:
        """Space or Enter includes the current tag, Minus or Delete excludes it."""
        index = self.list_view.currentIndex()
        if not index.isValid():
            return False
        key = event.key()
        if key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._toggle(
                index, exclude=bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            )
            return True
        if key in (Qt.Key.Key_Minus, Qt.Key.Key_Delete):
            self._toggle(index, exclude=True)
            return True
        return False

    def _toggle(self, index: QModelIndex, *, exclude: bool) -> None:
        """Toggle the inclusion or the exclusion of the tag at index."""
        self._toggle_tag(str(index.data(ItemRole.TAG_KEY)), exclude=exclude)

    def _toggle_tag(self, tag: str, *, exclude: bool) -> None:
        """Toggle the inclusion or the exclusion of tag, keeping its row current."""
        (self.exclude_toggled if exclude else self.include_toggled).emit(tag)
        row = self._model.row_of(tag)
        if row is not None:
            self.list_view.setCurrentIndex(self._model.index(row, 0))

    @Slot(QModelIndex)
    def _on_list_clicked(self, index: QModelIndex) -> None:
        modifiers = self._press_modifiers | QGuiApplication.keyboardModifiers()
        self._press_modifiers = Qt.KeyboardModifier.NoModifier
        self._toggle(index, exclude=bool(modifiers & Qt.KeyboardModifier.ControlModifier))

    @Slot(QPoint)
    def _on_list_context_menu_requested(self, position: QPoint) -> None:
        index = self.list_view.indexAt(position)
        if not index.isValid():
            return
        tag = str(index.data(ItemRole.TAG_KEY))
        state = TagState(int(index.data(ItemRole.TAG_STATE)))
        menu = QMenu(self)
        menu.setObjectName("tagContextMenu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        include = menu.addAction(
            self.tr("إلغاء التضمين") if state is TagState.INCLUDED else self.tr("تضمين")
        )
        include.triggered.connect(lambda: self._toggle_tag(tag, exclude=False))
        exclude = menu.addAction(
            self.tr("إلغاء الاستبعاد") if state is TagState.EXCLUDED else self.tr("استبعاد")
        )
        exclude.triggered.connect(lambda: self._toggle_tag(tag, exclude=True))
        menu.popup(self.list_view.viewport().mapToGlobal(position))

    @Slot(bool)
    def _on_all_toggled(self, checked: bool) -> None:
        self.mode_changed.emit(TagMode.ALL if checked else TagMode.ANY)
