"""The reading pane: one article as escaped rich text, with tag and related links, and zoom."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, QUrl, Signal, Slot
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QPalette,
    QTextCursor,
    QTextDocument,
    QWheelEvent,
)
from PySide6.QtWidgets import QTextBrowser, QWidget
from typing_extensions import override

from reader.domain.article import Article, RelatedItem
from reader.domain.text.export import (
    MetaField,
    date_text,
    first_strong_direction,
    meta_parts,
    relative_date,
    relative_origin,
)
from reader.domain.text.search import match_spans
from reader.widgets.reading_text import (
    TextBudget,
    blend,
    interface_language,
    lay_out_whole,
    line_height_percent,
)

READING_FONT_FAMILY = "Noto Naskh Arabic"
BASE_POINT_SIZE = 15.0
ZOOM_MIN, ZOOM_MAX = -6, 20
# Body lines are this many times the font size apart, at every zoom.
BODY_LINE_HEIGHT = 1.6
TAGS_LINE_HEIGHT = 1.9
# Dark text on yellow reads the same on a light or a dark palette.
HIGHLIGHT_BACKGROUND = QColor("#ffd54f")
HIGHLIGHT_FOREGROUND = QColor("#000000")
_TAG_SCHEME = "tag"
_RELATED_SCHEME = "related"
_SOURCE_SCHEME = "source"  # the source line is a link that filters the list by its outlet
_META_LINKS = {MetaField.SOURCE: f'<a href="{_SOURCE_SCHEME}:0">{{0}}</a>'}
_SEARCH_SCHEME = "search"
_WHEEL_STEP = 120  # One notch of a mouse wheel, in eighths of a degree.
# Not a middle dot: beside Arabic-Indic digits it would read as the digit zero (٠).
_META_SEPARATOR = " | "
# Laying out text costs about a second per megabyte: a scraped file can be fifty. The pane
# shows this much of an article, and says so; "Copy article" still copies all of it.
MAX_SHOWN_CHARS = 200_000
MAX_TITLE_CHARS = 1_000
MAX_SHOWN_TAGS = 300


class ArticlePane(QTextBrowser):
    """Shows an article read-only; every text from the file is escaped and nothing is fetched."""

    tag_activated = Signal(str)
    source_activated = Signal(str)
    related_activated = Signal(str)
    headline_search_requested = Signal(str)
    zoom_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleView")
        self.setAccessibleName(self.tr("نص المقال"))
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.document().setDocumentMargin(18)
        # Always there: one coming and going with each new article relaid the text twice.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self._article: Article | None = None
        self._highlight = ""
        self._zoom_level = 0
        self._wheel_delta = 0
        self._in_folder: Callable[[str], bool] | None = None
        families = QFontDatabase.families()
        self._reading_font = (
            QFont(READING_FONT_FAMILY) if READING_FONT_FAMILY in families else QFont(self.font())
        )
        self._apply_zoom()
        self.anchorClicked.connect(self._on_anchor_clicked)
        self._render()

    @property
    def article(self) -> Article | None:
        """The article on show, or None."""
        return self._article

    @property
    def zoom_level(self) -> int:
        """The text size, in points above (or below) the default reading size."""
        return self._zoom_level

    @Slot(object)
    @Slot(object, str)
    def show_article(
        self, article: Article | None, highlight: str = "", *, keep_position: bool = False
    ) -> None:
        """Show article (None for the empty state), highlighting the words highlight matches.

        keep_position keeps the scroll position, for a newer version of the article on show.
        """
        position = self.verticalScrollBar().value()
        self._article, self._highlight = article, highlight
        self._render()
        self.verticalScrollBar().setValue(position if keep_position else 0)
        if not keep_position:
            self._reveal_first_match()

    def set_related_test(self, in_folder: Callable[[str], bool] | None) -> None:
        """Tell which "read also" headlines are articles of the folder: only those are drawn
        as links; the others offer a search for the headline. None makes every one a link."""
        self._in_folder = in_folder

    @Slot(int)
    def set_zoom_level(self, level: int) -> None:
        """Set the text size in points from the default, clamped; emit zoom_changed on change."""
        level = max(ZOOM_MIN, min(ZOOM_MAX, level))
        if level == self._zoom_level:
            return
        self._zoom_level = level
        self._apply_zoom()
        self.zoom_changed.emit(level)

    @Slot()
    def zoom_in(self) -> None:
        """Make the text one point larger."""
        self.set_zoom_level(self._zoom_level + 1)

    @Slot()
    def zoom_out(self) -> None:
        """Make the text one point smaller."""
        self.set_zoom_level(self._zoom_level - 1)

    @Slot()
    def reset_zoom(self) -> None:
        """Return the text to its default size."""
        self.set_zoom_level(0)

    @override
    def loadResource(self, type: int, name: QUrl | str) -> Any:  # Qt's QVariant
        # Article text is always escaped, so no resource should ever be asked for; if one is,
        # answer nothing rather than read a file or the network.
        return None

    @override
    def doSetSource(
        self,
        name: QUrl | str,
        type: QTextDocument.ResourceType = QTextDocument.ResourceType.UnknownResource,
    ) -> None:
        # Never navigate: links are handled by anchorClicked, and sources are never loaded.
        return

    @override
    def wheelEvent(self, e: QWheelEvent) -> None:
        # QTextEdit zooms on Ctrl+wheel by itself, behind the back of zoom_level; route it here.
        if not e.modifiers() & Qt.KeyboardModifier.ControlModifier:
            super().wheelEvent(e)
            return
        self._wheel_delta += e.angleDelta().y()
        while abs(self._wheel_delta) >= _WHEEL_STEP:
            step = 1 if self._wheel_delta > 0 else -1
            self._wheel_delta -= step * _WHEEL_STEP
            self.set_zoom_level(self._zoom_level + step)
        e.accept()

    @override
    def changeEvent(self, e: QEvent) -> None:
        super().changeEvent(e)
        # The colours of chips, meta lines and highlights come from the palette: follow a
        # switch between the light and the dark scheme.
        if e.type() == QEvent.Type.PaletteChange:
            position = self.verticalScrollBar().value()
            self._render()
            self.verticalScrollBar().setValue(position)

    def _apply_zoom(self) -> None:
        font = QFont(self._reading_font)
        font.setPointSizeF(BASE_POINT_SIZE + self._zoom_level)
        self.setFont(font)

    @Slot(QUrl)
    def _on_anchor_clicked(self, url: QUrl) -> None:
        article = self._article
        if article is None:
            return
        try:
            index = int(QUrl.fromPercentEncoding(url.path().encode()))
        except ValueError:
            return
        scheme = url.scheme()
        if scheme == _TAG_SCHEME and 0 <= index < len(article.tags):
            self.tag_activated.emit(article.tags[index])
        elif scheme == _SOURCE_SCHEME and article.source:
            self.source_activated.emit(article.source)
        elif scheme == _RELATED_SCHEME and 0 <= index < len(article.related):
            self.related_activated.emit(article.related[index].title)
        elif scheme == _SEARCH_SCHEME and 0 <= index < len(article.related):
            self.headline_search_requested.emit(article.related[index].title)

    def _render(self) -> None:
        article = self._article
        if article is None:
            muted = self._muted_color().name()
            message = html.escape(self.tr("اختر مقالاً لقراءته"))
            self.setHtml(
                f'<p align="center" style="margin-top: 48px; color: {muted}">{message}</p>'
            )
            return
        self.setHtml(self._article_html(article))
        lay_out_whole(self.document())

    def _muted_color(self) -> QColor:
        palette = self.palette()
        return blend(
            palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base), 0.4
        )

    def _marked(self, text: str, *, keep_together: bool = False) -> str:
        """Return text escaped, with the words the search matches wrapped in a highlight."""
        spans = match_spans(text, self._highlight) if self._highlight else []
        style = (
            f"background-color: {HIGHLIGHT_BACKGROUND.name()}; color: {HIGHLIGHT_FOREGROUND.name()}"
        )
        parts: list[str] = []
        position = 0

        def plain(piece: str) -> str:
            escaped = html.escape(piece)
            return escaped.replace(" ", "&nbsp;") if keep_together else escaped

        for start, end in spans:
            parts.append(plain(text[position:start]))
            parts.append(f'<span style="{style}">{plain(text[start:end])}</span>')
            position = end
        parts.append(plain(text[position:]))
        return "".join(parts)

    @staticmethod
    def _block(tag: str, inner: str, direction: str, style: str = "") -> str:
        align = "left" if direction == "ltr" else "right"
        style_attribute = f' style="{style}"' if style else ""
        return f'<{tag} dir="{direction}" align="{align}"{style_attribute}>{inner}</{tag}>'

    def _article_html(self, article: Article) -> str:
        palette = self.palette()
        muted = self._muted_color().name()
        chip = blend(
            palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Highlight), 0.2
        ).name()
        text_color = palette.color(QPalette.ColorRole.Text).name()
        paragraph_style = f"line-height: {self._line_height_percent(BODY_LINE_HEIGHT)}%"
        budget = TextBudget(MAX_SHOWN_CHARS)
        title = budget.cut(article.display_title, MAX_TITLE_CHARS)
        blocks = [
            self._block(
                "h1",
                self._marked(title),
                first_strong_direction(title),
                "font-size: x-large; margin-bottom: 6px",
            )
        ]
        language = interface_language()
        labels = {MetaField.SOURCE: self.tr("المصدر: {0}"), MetaField.BYLINE: self.tr("بقلم: {0}")}
        meta = [
            _META_LINKS.get(part, "{0}").format(
                html.escape(labels[part]).format(self._marked(text))
            )
            if part in labels
            else self._date_html(article, text, language)
            for part, text in meta_parts(article, language)
        ]
        if meta:
            direction = "ltr" if language == "en" else "rtl"
            blocks.append(
                self._block("p", _META_SEPARATOR.join(meta), direction, f"color: {muted}")
            )
        if article.tags:
            chips = "&nbsp; ".join(
                f'<a href="{_TAG_SCHEME}:{index}" style="background-color: {chip}; '
                f'color: {text_color}; text-decoration: none">'
                f"&nbsp;{self._marked(budget.cut(tag, MAX_TITLE_CHARS), keep_together=True)}"
                "&nbsp;</a>"
                for index, tag in enumerate(article.tags[:MAX_SHOWN_TAGS])
            )
            hidden = len(article.tags) - MAX_SHOWN_TAGS
            if hidden > 0:
                more = html.escape(self.tr("و%Ln وسمًا آخر", "", hidden))
                chips += f' <span style="color: {muted}">{more}</span>'
            chips_style = f"line-height: {self._line_height_percent(TAGS_LINE_HEIGHT)}%"
            blocks.append(self._block("p", chips, "rtl", chips_style))
        for paragraph in article.body:
            shown = budget.cut(paragraph)
            if shown:
                blocks.append(
                    self._block(
                        "p", self._marked(shown), first_strong_direction(shown), paragraph_style
                    )
                )
        if article.related:
            blocks.append("<hr/>")
            blocks.append(
                self._block("h2", html.escape(self.tr("اقرأ أيضاً")), "rtl", "font-size: large")
            )
            for index, item in enumerate(article.related):
                blocks.extend(self._related_html(index, item, muted, paragraph_style, budget))
        if budget.cut_short:
            notice = self.tr("المقال أطول من أن يُعرض كله، فعُرض أوله. «نسخ المقال» ينسخه كاملًا.")
            blocks.append(self._block("p", html.escape(notice), "rtl", f"color: {muted}"))
        return "\n".join(blocks)

    def _related_html(
        self, index: int, item: RelatedItem, muted: str, style: str, budget: TextBudget
    ) -> list[str]:
        # Rich text takes link colours from the application palette, not the widget's: be explicit.
        link_color = self.palette().color(QPalette.ColorRole.Link).name()
        title = budget.cut(item.title, MAX_TITLE_CHARS)
        if self._in_folder is None or self._in_folder(item.title):
            headline = (
                f'<a href="{_RELATED_SCHEME}:{index}" style="color: {link_color};'
                f' text-decoration: underline"><b>{self._marked(title)}</b></a>'
            )
        else:
            # Not an article of this folder: plain text, and a way to look for it anyway.
            search = html.escape(self.tr("ابحث عن هذا العنوان"))
            headline = (
                f'<b>{self._marked(title)}</b> &nbsp;<a href="{_SEARCH_SCHEME}:{index}"'
                f' style="color: {muted}; font-size: small; text-decoration: none">'
                f"({search})</a>"
            )
        blocks = [self._block("p", headline, first_strong_direction(title), "margin-top: 14px")]
        where = [html.escape(part) for part in (item.place, item.source) if part]
        if where:
            blocks.append(
                self._block(
                    "p", _META_SEPARATOR.join(where), "rtl", f"color: {muted}; font-size: small"
                )
            )
        for paragraph in item.body:
            shown = budget.cut(paragraph)
            if shown:
                blocks.append(
                    self._block(
                        "p",
                        self._marked(shown),
                        first_strong_direction(shown),
                        f"{style}; font-size: small",
                    )
                )
        return blocks

    def _line_height_percent(self, factor: float) -> int:
        """Return the CSS line height that spaces lines factor times the reading size apart."""
        return line_height_percent(self.font(), self.logicalDpiY(), factor)

    def _date_html(self, article: Article, text: str, language: str) -> str:
        """Return the date under the headline; a relative one is marked as approximate, with
        what it was worked out from in its tooltip."""
        relative = relative_date(article)
        origin = relative_origin(article)
        if relative is None or origin is None:
            return html.escape(text)
        shown = self.tr("نحو {0}").format(text)
        tip = self.tr("تاريخ تقريبي: قُدّر من «{0}» في الملف ووقت تعديل الملف ({1})").format(
            relative, date_text(origin, language)
        )
        return f'<span title="{html.escape(tip)}">{html.escape(shown)}</span>'

    def _reveal_first_match(self) -> None:
        """Scroll just enough to show the first highlighted word, if there is one."""
        if not self._highlight:
            return
        block = self.document().begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                if fragment.charFormat().background().color() == HIGHLIGHT_BACKGROUND:
                    cursor = QTextCursor(self.document())
                    cursor.setPosition(fragment.position())
                    self.setTextCursor(cursor)
                    self.ensureCursorVisible()
                    return
                fragments += 1
            block = block.next()
