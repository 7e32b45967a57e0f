"""Paints an article row: the headline in bold, and a line of date, source and tags under it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget
from typing_extensions import override

from reader.domain.export import first_strong_direction
from reader.models.roles import ItemRole

_MARGIN_H = 12
_MARGIN_V = 7
_LINE_GAP = 3
_META_SEPARATOR = "  ·  "
_TAG_SEPARATOR = "، "
# No row is wider than this many characters; eliding a five-megabyte headline whole would take
# a second on every paint.
_MAX_LINE_CHARS = 1000


class ArticleDelegate(QStyledItemDelegate):
    """Draws two lines per article with palette colours, aligned to the headline's direction."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    @staticmethod
    def title_font(base: QFont) -> QFont:
        """Return the headline font for a view font."""
        font = QFont(base)
        font.setBold(True)
        return font

    @staticmethod
    def meta_font(base: QFont) -> QFont:
        """Return the font of the second line for a view font."""
        font = QFont(base)
        font.setPointSizeF(max(base.pointSizeF() * 0.85, 7.0))
        return font

    @classmethod
    def row_height(cls, base: QFont) -> int:
        """Return the height of every row for a view font."""
        title = QFontMetrics(cls.title_font(base)).height()
        meta = QFontMetrics(cls.meta_font(base)).height()
        return title + meta + _LINE_GAP + 2 * _MARGIN_V

    @override
    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(200, self.row_height(option.font))

    @override
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else None
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")[:_MAX_LINE_CHARS]
        # The text is drawn here, not by the style: keep only the background and focus frame.
        opt.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        state = opt.state
        palette: QPalette = opt.palette
        group = (
            QPalette.ColorGroup.Normal
            if state & QStyle.StateFlag.State_Active
            else QPalette.ColorGroup.Inactive
        )
        selected = bool(state & QStyle.StateFlag.State_Selected)
        text_color = palette.color(
            group,
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text,
        )
        meta_color = QColor(text_color)
        meta_color.setAlphaF(0.85 if selected else 0.62)

        rect: QRect = opt.rect.adjusted(_MARGIN_H, _MARGIN_V, -_MARGIN_H, -_MARGIN_V)
        base_font: QFont = opt.font
        title_font = self.title_font(base_font)
        meta_font = self.meta_font(base_font)
        title_height = QFontMetrics(title_font).height()
        title_rect = QRect(rect.left(), rect.top(), rect.width(), title_height)
        meta_rect = QRect(
            rect.left(),
            rect.top() + title_height + _LINE_GAP,
            rect.width(),
            rect.height() - title_height - _LINE_GAP,
        )

        # Both lines follow the headline's direction, so that a date in Latin digits does not
        # pull the second line to the other side.
        rtl = first_strong_direction(title) == "rtl"
        painter.save()
        painter.setPen(text_color)
        self._draw_line(painter, title_rect, title_font, title, rtl=rtl)
        painter.setPen(meta_color)
        self._draw_line(painter, meta_rect, meta_font, self._meta_text(index), rtl=rtl)
        painter.restore()

    @staticmethod
    def _meta_text(index: QModelIndex | QPersistentModelIndex) -> str:
        """Return the second line: date, source and the first tags."""
        parts = [
            str(index.data(ItemRole.DATE_TEXT) or ""),
            str(index.data(ItemRole.SOURCE) or ""),
            _TAG_SEPARATOR.join(index.data(ItemRole.TAGS) or []),
        ]
        # Each part is a first-strong isolate: "23 Nov 2026" keeps its order in a right-to-left
        # line, and an Arabic source keeps its own in a left-to-right one.
        return _META_SEPARATOR.join(
            f"\u2068{part[:_MAX_LINE_CHARS]}\u2069" for part in parts if part
        )

    @staticmethod
    def _draw_line(painter: QPainter, rect: QRect, font: QFont, text: str, *, rtl: bool) -> None:
        """Draw one elided line, right-aligned and right-to-left when rtl."""
        if not text:
            return
        painter.setFont(font)
        painter.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )
        elided = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        align = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        painter.drawText(
            rect,
            int(align | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter),
            elided,
        )
