"""The bar of active filters: one removable chip per tag and for the search, and Clear all."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QToolButton, QWidget

from reader.domain.library.query import Query, TagMode

_CLOSE_MARK = "✕"
_EXCLUDED_MARK = "−"
_CHIP_STYLE = (
    "QToolButton { border: 1px solid palette(mid); border-radius: 10px;"
    " padding: 1px 8px; background: palette(alternate-base); }"
    " QToolButton:hover { background: palette(midlight); }"
)


class FilterChipsBar(QWidget):
    """Shows a query as chips; with no filter, a hint in the same place.

    The bar keeps its place whatever the query: the list below it never moves when the first
    tag is clicked, and the window is not laid out again on every click.
    """

    tag_removed = Signal(str)
    search_removed = Signal()
    clear_all_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterChipsBar")
        self.setAccessibleName(self.tr("التصفية الفعالة"))
        self._chips = QWidget()
        self._chips_layout = QHBoxLayout(self._chips)
        self._chips_layout.setContentsMargins(0, 0, 0, 0)
        self._chips_layout.setSpacing(6)
        self._chips_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(self._chips)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # One row of chips, and room for the scroll bar that many chips bring.
        probe = QToolButton(self)  # a chip to measure, never shown
        probe.setStyleSheet(_CHIP_STYLE)
        probe.setText(_CLOSE_MARK)
        scroll.setFixedHeight(
            probe.sizeHint().height() + scroll.horizontalScrollBar().sizeHint().height()
        )
        probe.hide()
        probe.deleteLater()
        self._scroll = scroll
        self._mode_label = QLabel()
        self._clear = QToolButton()
        self._clear.setObjectName("clearFiltersButton")
        self._clear.setText(self.tr("مسح الكل"))
        self._clear.setAccessibleName(self.tr("مسح كل التصفية والبحث"))
        self._clear.setToolTip(self.tr("مسح كل التصفية والبحث (Esc)"))
        self._clear.setAutoRaise(True)
        self._clear.clicked.connect(self.clear_all_clicked)
        policy = self._clear.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self._clear.setSizePolicy(policy)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.setSpacing(6)
        layout.addWidget(self._mode_label)
        layout.addWidget(scroll, 1)
        layout.addWidget(self._clear)
        self.set_query(Query())

    def chip_texts(self) -> list[str]:
        """Return the text of every chip shown, in order."""
        texts = []
        for position in range(self._chips_layout.count()):
            item = self._chips_layout.itemAt(position)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QToolButton):
                texts.append(widget.text())
        return texts

    @Slot(object)
    def set_query(self, query: Query) -> None:
        """Show the chips of query."""
        while self._chips_layout.count() > 1:
            item = self._chips_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # at once: it is deleted only when the event loop next turns
                widget.deleteLater()
        for tag in query.include:
            self._add_chip(f"{tag}  {_CLOSE_MARK}", self.tr("إزالة الوسم {0}").format(tag), tag)
        for tag in query.exclude:
            chip = self._add_chip(
                f"{_EXCLUDED_MARK} {tag}  {_CLOSE_MARK}",
                self.tr("إلغاء استبعاد الوسم {0}").format(tag),
                tag,
            )
            font = QFont(chip.font())
            font.setStrikeOut(True)
            chip.setFont(font)
        search = query.search.strip()
        if search:
            chip = self._add_chip(
                self.tr("بحث: «{0}»").format(search) + f"  {_CLOSE_MARK}",
                self.tr("إزالة البحث"),
                None,
            )
        empty = query.is_empty()
        if empty:
            self._mode_label.setText(self.tr("لا تصفية: انقر وسمًا أو ابحث لتضييق القائمة"))
        elif len(query.include) > 1:
            self._mode_label.setText(
                self.tr("كل الوسوم:") if query.mode is TagMode.ALL else self.tr("أيٌّ من الوسوم:")
            )
        else:
            self._mode_label.setText(self.tr("التصفية:"))
        self._mode_label.setForegroundRole(
            QPalette.ColorRole.PlaceholderText if empty else QPalette.ColorRole.WindowText
        )
        self._clear.setVisible(not empty)

    def _add_chip(self, text: str, accessible_name: str, tag: str | None) -> QToolButton:
        """Add one chip; clicking it removes the tag, or the search when tag is None."""
        chip = QToolButton()
        chip.setText(text)
        chip.setAccessibleName(accessible_name)
        chip.setToolTip(accessible_name)
        chip.setCursor(Qt.CursorShape.PointingHandCursor)
        chip.setProperty("chip", True)
        chip.setStyleSheet(_CHIP_STYLE)
        if tag is None:
            chip.clicked.connect(self.search_removed)
        else:
            chip.clicked.connect(lambda: self.tag_removed.emit(tag))
        self._chips_layout.insertWidget(self._chips_layout.count() - 1, chip)
        return chip
