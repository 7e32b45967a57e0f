"""What the reading pane needs to lay an article out: text budget, colours, line heights, layout."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QTextDocument

# A text up to this long is laid out whole before its first paint; a longer one shows its
# first screen sooner, laid out in pieces (benchmarks/README.md).
WHOLE_LAYOUT_CHARS = 10_000


class TextBudget:
    """How much more text the pane will lay out; cut() spends it."""

    def __init__(self, chars: int) -> None:
        self.left = chars
        self.cut_short = False

    def cut(self, text: str, limit: int | None = None) -> str:
        """Return as much of text as the budget (and limit) allow, with "…" when cut."""
        allowed = self.left if limit is None else min(self.left, limit)
        if len(text) > allowed:
            self.cut_short = True
            text = text[:allowed] + "…" if allowed > 0 else ""
        self.left -= len(text)
        return text


def blend(base: QColor, other: QColor, amount: float) -> QColor:
    """Return base moved towards other by amount (0..1)."""
    return QColor.fromRgbF(
        base.redF() + (other.redF() - base.redF()) * amount,
        base.greenF() + (other.greenF() - base.greenF()) * amount,
        base.blueF() + (other.blueF() - base.blueF()) * amount,
    )


def line_height_percent(font: QFont, dpi: float, factor: float) -> int:
    """Return the CSS line height that spaces lines factor times the font's size apart.

    Qt takes a percentage of the font's own line spacing, which Arabic fonts make tall (their
    marks reach high and low): a fixed percentage would space lines far more than it says.
    """
    pixels = font.pointSizeF() * dpi / 72
    spacing = QFontMetricsF(font).lineSpacing()
    return round(100 * factor * pixels / spacing) if spacing > 0 else round(100 * factor)


def interface_language() -> str:
    """Return the interface's language, "ar" or "en", as the installed locale says."""
    return "ar" if QLocale().language() == QLocale.Language.Arabic else "en"


def lay_out_whole(document: QTextDocument) -> None:
    """Lay a short text out whole and tell its view the size now: Qt lays a text out a piece
    at a time on a 10 ms timer after its first paint, and the view paints again."""
    if document.characterCount() <= WHOLE_LAYOUT_CHARS:
        layout = document.documentLayout()
        layout.blockBoundingRect(document.lastBlock())
        layout.documentSizeChanged.emit(layout.documentSize())
