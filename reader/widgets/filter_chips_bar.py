"""The bar of active filters: one removable chip per tag, outlet, date range and search, and
Clear all; chips wrap onto further lines rather than scroll."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from reader.domain.library.query import Query, TagMode
from reader.domain.marks import Mark, MarksFilter
from reader.widgets.flow_layout import FlowLayout

_CLOSE_MARK = "✕"
_EXCLUDED_MARK = "−"
_CHIP_STYLE = (
    "QToolButton { border: 1px solid palette(mid); border-radius: 10px;"
    " padding: 1px 8px; background: palette(alternate-base); }"
    " QToolButton:hover { background: palette(midlight); }"
)


class FilterChipsBar(QWidget):
    """Shows a query as chips; with no filter, a hint in the same place.

    The bar keeps one row's height whether or not there are chips: the list below it never
    moves when the first tag is clicked. Chips that do not fit wrap onto further rows.
    """

    tag_removed = Signal(str)
    source_removed = Signal(str)
    dates_removed = Signal()
    search_removed = Signal()
    clear_all_clicked = Signal()
    # The chip of "unread only" (Mark.READ) or "starred only" (Mark.STARRED) was clicked.
    marks_removed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterChipsBar")
        self.setAccessibleName(self.tr("التصفية الفعالة"))
        self._chips = QWidget()
        self._chips_layout = FlowLayout(self._chips)
        # At least one row of chips, with or without chips.
        probe = QToolButton(self)  # a chip to measure, never shown
        probe.setStyleSheet(_CHIP_STYLE)
        probe.setText(_CLOSE_MARK)
        self._chips.setMinimumHeight(probe.sizeHint().height())
        probe.hide()
        probe.deleteLater()
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
        layout.addWidget(self._mode_label, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self._chips, 1)
        layout.addWidget(self._clear, 0, Qt.AlignmentFlag.AlignTop)
        self._query = Query()
        self._marks = MarksFilter()
        self.set_query(Query())

    @Slot(object)
    def set_marks_filter(self, marks_filter: MarksFilter) -> None:
        """Show the chips of the marks filter beside the query's."""
        self._marks = marks_filter
        self.set_query(self._query)

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
        self._query = query
        while self._chips_layout.count():
            item = self._chips_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # at once: it is deleted only when the event loop next turns
                widget.deleteLater()
        for tag in query.include:
            self._add_chip(
                f"{tag}  {_CLOSE_MARK}", self.tr("إزالة الوسم {0}").format(tag), self._tag(tag)
            )
        for tag in query.exclude:
            chip = self._add_chip(
                f"{_EXCLUDED_MARK} {tag}  {_CLOSE_MARK}",
                self.tr("إلغاء استبعاد الوسم {0}").format(tag),
                self._tag(tag),
            )
            _strike_out(chip)
        for source in query.sources:
            name = self._source_name(source)
            self._add_chip(
                self.tr("مصدر: {0}").format(name) + f"  {_CLOSE_MARK}",
                self.tr("إزالة المصدر {0}").format(name),
                self._source(source),
            )
        for source in query.exclude_sources:
            name = self._source_name(source)
            chip = self._add_chip(
                f"{_EXCLUDED_MARK} " + self.tr("مصدر: {0}").format(name) + f"  {_CLOSE_MARK}",
                self.tr("إلغاء استبعاد المصدر {0}").format(name),
                self._source(source),
            )
            _strike_out(chip)
        if query.has_dates():
            self._add_chip(
                self._dates_text(query.date_from, query.date_to) + f"  {_CLOSE_MARK}",
                self.tr("إزالة مدى التاريخ"),
                lambda: self.dates_removed.emit(),
            )
        search = query.search.strip()
        if search:
            self._add_chip(
                self.tr("بحث: «{0}»").format(search) + f"  {_CLOSE_MARK}",
                self.tr("إزالة البحث"),
                lambda: self.search_removed.emit(),
            )
        if self._marks.unread:
            self._add_chip(
                self.tr("غير المقروءة") + f"  {_CLOSE_MARK}",
                self.tr("إظهار المقروءة أيضًا"),
                lambda: self.marks_removed.emit(Mark.READ),
            )
        if self._marks.starred:
            self._add_chip(
                self.tr("★ المميزة بنجمة") + f"  {_CLOSE_MARK}",
                self.tr("إظهار غير المميزة أيضًا"),
                lambda: self.marks_removed.emit(Mark.STARRED),
            )
        empty = query.is_empty() and self._marks.is_empty()
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

    def _tag(self, tag: str) -> Callable[[], None]:
        """Return what removing a tag's chip does."""
        return lambda: self.tag_removed.emit(tag)

    def _source(self, source: str) -> Callable[[], None]:
        """Return what removing an outlet's chip does."""
        return lambda: self.source_removed.emit(source)

    def _source_name(self, source: str) -> str:
        """Return an outlet as its chip shows it."""
        return source or self.tr("بدون مصدر")

    def _dates_text(self, start: date | None, end: date | None) -> str:
        """Return a date range as its chip shows it."""
        if start is not None and end is not None:
            if start == end:
                return self.tr("التاريخ: {0}").format(start.isoformat())
            return self.tr("التاريخ: {0} – {1}").format(start.isoformat(), end.isoformat())
        if start is not None:
            return self.tr("التاريخ: من {0}").format(start.isoformat())
        assert end is not None  # a range has an end
        return self.tr("التاريخ: حتى {0}").format(end.isoformat())

    def _add_chip(
        self, text: str, accessible_name: str, removed: Callable[[], None]
    ) -> QToolButton:
        """Add one chip; clicking it calls removed."""
        chip = QToolButton()
        chip.setText(text)
        chip.setAccessibleName(accessible_name)
        chip.setToolTip(accessible_name)
        chip.setCursor(Qt.CursorShape.PointingHandCursor)
        chip.setProperty("chip", True)
        chip.setStyleSheet(_CHIP_STYLE)
        chip.clicked.connect(removed)
        self._chips_layout.addWidget(chip)
        return chip


def _strike_out(chip: QToolButton) -> None:
    """Strike out the text of an excluded filter's chip."""
    font = QFont(chip.font())
    font.setStrikeOut(True)
    chip.setFont(font)
