"""The window's copy commands: the selected articles onto the clipboard, in the forms apps take."""

from __future__ import annotations

import weakref
from collections.abc import Callable

from PySide6.QtCore import QMimeData, QObject, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QStatusBar, QTextEdit

from reader.domain.article import Article
from reader.domain.text.export import articles_html, articles_plain_text, articles_visual_text
from reader.widgets.article_list_view import ArticleListView
from reader.widgets.article_pane import ArticlePane

# How long the status bar says what was copied.
_STATUS_MS = 5000


class CopyCommands(QObject):
    """Copies the articles selected in the list, or the one in the pane, and says how many.

    read_article, a bound method, gives an article of the list by id, or None when it cannot be
    read (it says why itself); such an article is left out of the copy.
    """

    def __init__(
        self,
        read_article: Callable[[int], Article | None],
        pane: ArticlePane,
        article_list: ArticleListView,
        status: QStatusBar,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        # Held weakly: the window that owns this object also owns the method, and a strong
        # reference would leave the closed window to the cycle collector, which may run on the
        # loader's thread (see test_window_lifetime).
        self._read_article = weakref.WeakMethod(read_article)
        self._pane = pane
        self._list = article_list
        self._status = status

    @Slot()
    def copy(self) -> None:
        """Copy what the focus is on: a field's selection, the pane's, or else the articles."""
        focus = QApplication.focusWidget()
        if isinstance(focus, QLineEdit | QTextEdit):
            focus.copy()
        elif self._pane.textCursor().hasSelection() and focus is not self._list:
            self._pane.copy()
        else:
            self.copy_articles()

    @Slot()
    def copy_articles(self) -> None:
        """Copy the articles as plain text and as right-to-left HTML."""
        articles = self.selected_articles()
        if not articles:
            return
        mime = QMimeData()
        mime.setText(articles_plain_text(articles))
        mime.setHtml(articles_html(articles))
        self._put_on_clipboard(mime, len(articles))

    @Slot()
    def copy_visual(self) -> None:
        """Copy the articles as shaped letters in display order, for apps without Arabic support."""
        articles = self.selected_articles()
        if not articles:
            return
        mime = QMimeData()
        mime.setText(articles_visual_text(articles))
        self._put_on_clipboard(mime, len(articles))

    def selected_articles(self) -> list[Article]:
        """Return the articles selected in the list, or the one in the pane."""
        read_article = self._read_article()
        assert read_article is not None  # its owner, the window, owns this object too
        read = (read_article(i) for i in self._list.selected_article_ids())
        articles = [article for article in read if article is not None]
        if not articles and self._pane.article is not None:
            articles = [self._pane.article]
        return articles

    def _put_on_clipboard(self, mime: QMimeData, count: int) -> None:
        QGuiApplication.clipboard().setMimeData(mime)
        self._status.showMessage(self.tr("نُسخ %Ln مقال", "", count), _STATUS_MS)
