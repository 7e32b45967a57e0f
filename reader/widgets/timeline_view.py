"""The timeline: one bar per period for the result, the folder's count drawn behind it."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QPoint, QRectF, QSize, Qt, Signal, Slot
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget
from typing_extensions import override

from reader.models.timeline_model import TimelineModel

# Room above the bars for the scale, and below them for the first and last labels.
_TOP = 14
_BOTTOM = 14


class TimelineView(QWidget):
    """Paints a timeline model; a click on a bar or a drag across bars chooses a date range.

    Time runs the way the layout does: right to left in the Arabic interface.
    """

    range_chosen = Signal(object, object)

    def __init__(self, model: TimelineModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        self.setAccessibleName(self.tr("المقالات عبر الزمن"))
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._model = model
        # The bar a press or drag started on, and the one it is over now.
        self._anchor: int | None = None
        self._over: int | None = None
        model.changed.connect(self._on_model_changed)

    @override
    def sizeHint(self) -> QSize:
        return QSize(300, 72)

    @override
    def minimumSizeHint(self) -> QSize:
        return QSize(60, 72)

    def bar_count(self) -> int:
        """Return how many bars are drawn."""
        return len(self._model.timeline())

    def bar_center(self, index: int) -> QPoint:
        """Return the middle of the bar of a period, in the widget's coordinates."""
        left, width = self._bar_span(index)
        return QPoint(round(left + width / 2), self.height() // 2)

    def _bar_span(self, index: int) -> tuple[float, float]:
        """Return the left edge and width of a period's bar."""
        count = max(self.bar_count(), 1)
        width = self.width() / count
        slot = count - 1 - index if self._right_to_left() else index
        return slot * width, width

    def _right_to_left(self) -> bool:
        return self.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def index_at(self, x: float) -> int | None:
        """Return the period whose bar is at x, if any."""
        count = self.bar_count()
        if not count or self.width() <= 0:
            return None
        slot = min(max(int(x * count / self.width()), 0), count - 1)
        return count - 1 - slot if self._right_to_left() else slot

    def describe(self, index: int) -> str:
        """Return what hovering a bar tells: the period, the counts and the share."""
        timeline = self._model.timeline()
        locale = QLocale()
        text = (
            self.tr("{0}: {1} قصة، من {2} مقال في المجلد ({3})")
            if self._model.counting_stories
            else self.tr("{0}: {1} من {2} في المجلد ({3})")
        )
        return text.format(
            timeline.label(index),
            locale.toString(timeline.counts[index]),
            locale.toString(timeline.totals[index]),
            locale.toString(timeline.share(index) * 100, "f", 1) + "%",
        )

    @Slot()
    def _on_model_changed(self) -> None:
        self._anchor = None
        self.update()

    @override
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._anchor = self._over = self.index_at(event.position().x())
            self.update()
        super().mousePressEvent(event)

    @override
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        index = self.index_at(event.position().x())
        if self._anchor is not None:
            self._over = index
            self.update()
        elif index is not None:
            text = self.describe(index)
            self.setToolTip(text)
            QToolTip.showText(event.globalPosition().toPoint(), text, self)
        super().mouseMoveEvent(event)

    @override
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        anchor = self._anchor
        if event.button() == Qt.MouseButton.LeftButton and anchor is not None:
            over = self.index_at(event.position().x())
            last = anchor if over is None else over
            self._anchor = self._over = None
            first, last = min(anchor, last), max(anchor, last)
            timeline = self._model.timeline()
            self.update()
            self.range_chosen.emit(timeline.starts[first], timeline.end(last))
        super().mouseReleaseEvent(event)

    def _chosen(self, index: int) -> bool:
        """Tell whether a period is inside the range in force or being dragged."""
        if self._anchor is not None and self._over is not None:
            return min(self._anchor, self._over) <= index <= max(self._anchor, self._over)
        start, end = self._model.date_range()
        if start is None and end is None:
            return False
        timeline = self._model.timeline()
        return (start is None or timeline.end(index) >= start) and (
            end is None or timeline.starts[index] <= end
        )

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        timeline = self._model.timeline()
        if not len(timeline):
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("لا تواريخ"))
            return
        share = self._model.shows_share()
        values = [timeline.share(i) for i in range(len(timeline))] if share else timeline.counts
        scale = max(values) if share else max(timeline.totals)
        scale = scale or 1
        height = self.height() - _TOP - _BOTTOM
        behind = palette.color(QPalette.ColorRole.Mid)
        behind.setAlpha(110)
        front = palette.color(QPalette.ColorRole.Highlight)
        band = QColor(front)
        band.setAlpha(45)
        ranged = self._model.date_range() != (None, None) or self._anchor is not None
        dimmed = QColor(front)
        dimmed.setAlpha(120)
        for index, value in enumerate(values):
            left, width = self._bar_span(index)
            gap = 1.0 if width > 3 else 0.0
            chosen = self._chosen(index)
            if chosen:
                painter.fillRect(QRectF(left, 0, width, self.height()), band)
            if not share:
                tall = timeline.totals[index] / scale * height
                painter.fillRect(
                    QRectF(left + gap / 2, _TOP + height - tall, width - gap, tall), behind
                )
            tall = value / scale * height
            color = dimmed if ranged and not chosen else front
            painter.fillRect(QRectF(left + gap / 2, _TOP + height - tall, width - gap, tall), color)
        self._paint_labels(painter, scale, share)

    def _paint_labels(self, painter: QPainter, scale: float, share: bool) -> None:
        """Write the scale at the top and the first and last periods at the bottom."""
        timeline = self._model.timeline()
        font = painter.font()
        font.setPointSizeF(max(font.pointSizeF() * 0.8, 6.0))
        painter.setFont(font)
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        locale = QLocale()
        top = locale.toString(scale * 100, "f", 1) + "%" if share else locale.toString(int(scale))
        painter.drawText(
            QRectF(2, 0, self.width() - 4, _TOP),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeading,
            top,
        )
        bottom = QRectF(2, self.height() - _BOTTOM, self.width() - 4, _BOTTOM)
        first, last = timeline.label(0), timeline.label(len(timeline) - 1)
        # Absolute sides: the painter would mirror plain left and right a second time.
        start_side = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute
        end_side = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
        if self._right_to_left():
            start_side, end_side = end_side, start_side
        painter.drawText(bottom, Qt.AlignmentFlag.AlignVCenter | start_side, first)
        if len(timeline) > 1:
            painter.drawText(bottom, Qt.AlignmentFlag.AlignVCenter | end_side, last)
