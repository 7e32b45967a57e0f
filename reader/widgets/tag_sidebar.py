"""The sidebar: a filter box, the all-of/any-of switch and the list of tags with counts, and
below them the outlet facet."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from reader.domain.library.query import TagMode
from reader.models.roles import ItemRole
from reader.models.source_list_model import SourceListModel
from reader.models.tag_list_model import TagListModel
from reader.widgets.facet_list_view import FacetListView
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
        self.list_view = FacetListView(model, ItemRole.TAG_KEY, "tagContextMenu")
        self.list_view.setObjectName("tagList")
        self.list_view.setAccessibleName(self.tr("الوسوم"))
        self.list_view.toggled.connect(self._on_list_toggled)

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
        if watched is self.filter_box and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Down and self._model.rowCount() > 0:
                self.list_view.setFocus(Qt.FocusReason.TabFocusReason)
                if not self.list_view.currentIndex().isValid():
                    self.list_view.setCurrentIndex(self._model.index(0, 0))
                return True
        return super().eventFilter(watched, event)

    @Slot(str, bool)
    def _on_list_toggled(self, tag: str, exclude: bool) -> None:
        """Toggle the inclusion or the exclusion of tag, keeping its row current."""
        (self.exclude_toggled if exclude else self.include_toggled).emit(tag)
        row = self._model.row_of(tag)
        if row is not None:
            self.list_view.setCurrentIndex(self._model.index(row, 0))

    @Slot(bool)
    def _on_all_toggled(self, checked: bool) -> None:
        self.mode_changed.emit(TagMode.ALL if checked else TagMode.ANY)
