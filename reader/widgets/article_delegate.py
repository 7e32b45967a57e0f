"""Paints an article row: the headline in bold, a line of date, source and tags under it, and
while a search is in force a line of the body around the first hit, the hit emphasised."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from typing import NamedTuple

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QSize,
    Qt,
    QTimer,
    Slot,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)
from typing_extensions import override

from reader.domain.marks import Mark
from reader.domain.text.export import first_strong_direction
from reader.models.article_list_model import ArticleListModel
from reader.models.roles import ItemRole

_MARGIN_H = 12
_MARGIN_V = 7
_LINE_GAP = 3
_META_SEPARATOR = "  ·  "
_TAG_SEPARATOR = "، "
# No row is wider than this many characters; eliding a five-megabyte headline whole would take
# a second on every paint.
_MAX_LINE_CHARS = 1000
# Texts shorter than this are elided whole.
_MIN_ELIDE_CHARS = 200
# How many laid-out lines the delegate keeps (two a row: some screenfuls).
_CACHED_LINES = 1000
# The hit in a snippet: the colours of the reading pane's highlight, legible on any row.
HIT_BACKGROUND = QColor("#ffe27a")
HIT_FOREGROUND = QColor("#202020")
# Leads the headline of a starred article.
STAR = "★"


class _RowFonts(NamedTuple):
    """The fonts of a row's two lines, with their metrics."""

    title: QFont
    meta: QFont
    title_metrics: QFontMetrics
    meta_metrics: QFontMetrics
    title_height: int
    # What tells each line's font apart in the cache of laid-out lines.
    title_key: str
    meta_key: str


class ArticleDelegate(QStyledItemDelegate):
    """Draws two lines per article with palette colours, aligned to the headline's direction."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fonts: dict[str, _RowFonts] = {}
        self._read_fonts: dict[str, tuple[QFont, QFontMetrics, str]] = {}
        self._last_fonts: tuple[QFont, _RowFonts] | None = None
        # The lines last drawn, laid out: scrolling, hovering and selecting repaint rows.
        self._lines: OrderedDict[tuple[str, int, str, bool], QTextLayout] = OrderedDict()
        # The model whose snippets this delegate follows, and whether rows show them.
        self._model: QAbstractItemModel | None = None
        self._snippets = False

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
    def row_height(cls, base: QFont, *, snippets: bool = False) -> int:
        """Return the height of every row for a view font, with a snippet line or without."""
        title = QFontMetrics(cls.title_font(base)).height()
        meta = QFontMetrics(cls.meta_font(base)).height()
        lines = 2 if snippets else 1
        return title + lines * (meta + _LINE_GAP) + 2 * _MARGIN_V

    def shows_snippets(self) -> bool:
        """Tell whether rows are drawn with a snippet line."""
        return self._snippets

    @Slot(bool)
    def show_snippets(self, shown: bool) -> None:
        """Draw rows with a snippet line or without, resizing the rows of the view."""
        self._snippets = shown
        view = self.parent()
        if isinstance(view, QTableView):
            view.verticalHeader().setDefaultSectionSize(
                self.row_height(view.font(), snippets=shown)
            )

    def _follow(self, model: QAbstractItemModel) -> None:
        """Follow the snippets of the model the view paints (the view gets its model after
        its delegate, so the first paint connects them)."""
        if model is self._model:
            return
        self._model = model
        if isinstance(model, ArticleListModel):
            model.snippets_shown_changed.connect(self.show_snippets)
            if model.snippets_shown() != self._snippets:
                # Not in the middle of a paint: resizing rows repaints them.
                QTimer.singleShot(0, lambda: self.show_snippets(model.snippets_shown()))

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
        # No initStyleOption: it asks the model for a dozen roles per row, and the text is
        # drawn here. The view's option already holds the state, rect, palette and font, and
        # the style draws from it the background (selection, alternate rows) and focus frame.
        widget = option.widget
        if widget is not None:
            widget.style().drawControl(
                QStyle.ControlElement.CE_ItemViewItem, option, painter, widget
            )
        self._follow(index.model())
        texts = index.data(ItemRole.ROW_TEXTS)
        if texts is None:
            return
        title, date_text, source, tags = texts
        title = title[:_MAX_LINE_CHARS]
        state = option.state
        palette: QPalette = option.palette
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

        fonts = self._fonts_for(option.font)
        rect: QRect = option.rect.adjusted(_MARGIN_H, _MARGIN_V, -_MARGIN_H, -_MARGIN_V)
        title_rect = QRect(rect.left(), rect.top(), rect.width(), fonts.title_height)
        meta_height = fonts.meta_metrics.height()
        meta_rect = QRect(
            rect.left(), rect.top() + fonts.title_height + _LINE_GAP, rect.width(), meta_height
        )

        # Both lines follow the headline's direction, so that a date in Latin digits does not
        # pull the second line to the other side.
        rtl = first_strong_direction(title) == "rtl"
        title_font = (fonts.title, fonts.title_metrics, fonts.title_key)
        marks = index.data(ItemRole.MARKS)
        if marks:
            # Unread rows stay bold; a read one is set in the regular weight. A star leads.
            if marks & Mark.READ:
                title_font = self._read_font(option.font)
            if marks & Mark.STARRED:
                title = f"{STAR}\u2002{title}"
        painter.save()
        painter.setPen(text_color)
        self._draw_line(painter, title_rect, title_font, title, rtl=rtl)
        painter.setPen(meta_color)
        meta = _meta_text(date_text, source, tags)
        copies = index.data(ItemRole.COPY_COUNT)
        if copies:
            # The badge of a story that stands for its copies leads its line.
            meta = f"\u2068{copy_badge(copies)}\u2069{_META_SEPARATOR}{meta}"
        self._draw_line(
            painter, meta_rect, (fonts.meta, fonts.meta_metrics, fonts.meta_key), meta, rtl=rtl
        )
        line = index.data(ItemRole.SNIPPET) if self._snippets else None
        if line is not None:
            snippet_rect = meta_rect.translated(0, meta_height + _LINE_GAP)
            painter.setPen(text_color)
            painter.setClipRect(snippet_rect)
            layout = _snippet_layout(line, fonts.meta, snippet_rect.width())
            layout.draw(painter, QPointF(snippet_rect.left(), snippet_rect.top()))
        painter.restore()

    def _read_font(self, base: QFont) -> tuple[QFont, QFontMetrics, str]:
        """Return the headline font of a read row (regular weight), its metrics and key."""
        key = base.key()
        found = self._read_fonts.get(key)
        if found is None:
            font = QFont(base)
            font.setBold(False)
            found = (font, QFontMetrics(font), font.key())
            self._read_fonts[key] = found
        return found

    def _fonts_for(self, base: QFont) -> _RowFonts:
        """Return the fonts of a row for a view font, made once per font."""
        last = self._last_fonts
        if last is not None and last[0] == base:
            return last[1]  # the usual case: the font of the row before
        key = base.key()
        fonts = self._fonts.get(key)
        if fonts is None:
            title = self.title_font(base)
            meta = self.meta_font(base)
            title_metrics = QFontMetrics(title)
            fonts = _RowFonts(
                title,
                meta,
                title_metrics,
                QFontMetrics(meta),
                title_metrics.height(),
                title.key(),
                meta.key(),
            )
            self._fonts[key] = fonts
        self._last_fonts = (QFont(base), fonts)
        return fonts

    def _draw_line(
        self,
        painter: QPainter,
        rect: QRect,
        line_font: tuple[QFont, QFontMetrics, str],
        text: str,
        *,
        rtl: bool,
    ) -> None:
        """Draw one elided line in line_font (a font, its metrics and key), right-aligned when
        rtl, from a cached layout when it has one."""
        if not text:
            return
        font, metrics, font_key = line_font
        key = (text, rect.width(), font_key, rtl)
        layout = self._lines.get(key)
        if layout is None:
            layout = _laid_out_line(metrics, font, text, rect.width(), rtl=rtl)
            self._lines[key] = layout
            if len(self._lines) > _CACHED_LINES:
                self._lines.popitem(last=False)
        else:
            self._lines.move_to_end(key)
        height = layout.lineAt(0).height()
        layout.draw(painter, QPointF(rect.left(), rect.top() + (rect.height() - height) / 2))


def _laid_out_line(
    metrics: QFontMetrics, font: QFont, text: str, width: int, *, rtl: bool
) -> QTextLayout:
    """Return text elided to width and laid out in one line of that width, to draw again."""
    # Eliding shapes the whole text: a cut at one character per two pixels keeps far more
    # than a line holds (letters are 5 to 10 pixels wide), so only the time changes.
    cut = text[: max(_MIN_ELIDE_CHARS, width // 2)]
    if len(cut) == len(text):
        layout = _one_line(text, font, width, rtl=rtl)
        if layout.lineAt(0).naturalTextWidth() <= width:
            return layout  # it fits: laid out once, not measured for eliding first
    elided = metrics.elidedText(cut, Qt.TextElideMode.ElideRight, width)
    if elided == cut and len(cut) < len(text):
        # The cut fits whole (zero-width marks, say): elide the text itself.
        elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
    return _one_line(elided, font, width, rtl=rtl)


def _snippet_layout(line: tuple[str, int, int], font: QFont, width: int) -> QTextLayout:
    """Return a snippet laid out in one line of width, its hit bold on a highlight; the
    line is clipped, not elided, so that the hit keeps its place (it is near the start)."""
    text, start, end = line
    text = text[:_MAX_LINE_CHARS]
    hit = QTextCharFormat()
    hit.setFontWeight(QFont.Weight.Bold)
    hit.setBackground(HIT_BACKGROUND)
    hit.setForeground(HIT_FOREGROUND)
    emphasis = QTextLayout.FormatRange()
    emphasis.start = start
    emphasis.length = end - start
    emphasis.format = hit
    rtl = first_strong_direction(text) == "rtl"
    return _one_line(text, font, width, rtl=rtl, formats=[emphasis])


def _one_line(
    text: str,
    font: QFont,
    width: int,
    *,
    rtl: bool,
    formats: Sequence[QTextLayout.FormatRange] = (),
) -> QTextLayout:
    """Return text laid out in one line of width, aligned to its side, glyphs kept, with
    formats (set before the line is laid out, as QTextLayout asks)."""
    layout = QTextLayout(text, font)
    if formats:
        layout.setFormats(list(formats))
    option = QTextOption(
        (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
        | Qt.AlignmentFlag.AlignAbsolute
    )
    option.setWrapMode(QTextOption.WrapMode.NoWrap)
    option.setTextDirection(
        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    )
    layout.setTextOption(option)
    layout.setCacheEnabled(True)  # keep the shaped glyphs for the next paint
    layout.beginLayout()
    layout.createLine().setLineWidth(width)
    layout.endLayout()
    return layout


def copy_badge(copies: int) -> str:
    """Return the badge of a story with this many copies: "×3"."""
    return f"×{copies}"


def _meta_text(date_text: str, source: str, tags: Sequence[str]) -> str:
    """Return the second line: date, source and the first tags."""
    parts = (date_text, source, _TAG_SEPARATOR.join(tags))
    # Each part is a first-strong isolate: "23 Nov 2026" keeps its order in a right-to-left
    # line, and an Arabic source keeps its own in a left-to-right one.
    return _META_SEPARATOR.join(f"\u2068{part[:_MAX_LINE_CHARS]}\u2069" for part in parts if part)
