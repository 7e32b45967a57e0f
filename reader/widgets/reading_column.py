"""The reading column: the article pane, and the notice above it about the article on show."""

from __future__ import annotations

import weakref

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from typing_extensions import override

from reader.domain.article import Article, LoadProblem
from reader.domain.library.library import Library
from reader.models.deferred_call import DeferredCall
from reader.models.file_paths import path_in_text
from reader.models.folder_session import FolderSession
from reader.models.problem_texts import problem_text
from reader.widgets.article_pane import ArticlePane
from reader.widgets.copies_notice import CopiesNotice

# How many articles Back can go through.
MAX_HISTORY = 200
MIN_WIDTH = 320


class ReadingColumn(QWidget):
    """Shows one article of the session's library, and says why when it is not what the folder
    now holds; an article whose file must be read first is shown when it arrives.

    It remembers the articles shown, for Back and Forward (the mouse's side buttons too):
    article_requested asks the window to show one again, the list following.
    """

    # A line for the status bar.
    message_posted = Signal(str)
    # The id of an article to show again (Back, Forward), for the list to select.
    article_requested = Signal(int)

    def __init__(self, session: FolderSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readingColumn")
        # Enough for a line of a dozen words at the default size, in a small window too.
        self.setMinimumWidth(MIN_WIDTH)
        self._session = session
        self._highlight = ""
        self._shown: tuple[Article | None, str] = (None, "")
        # The path of the article the notice is about, None while it is hidden.
        self._notice_path: str | None = None
        # The article asked for and being read from its file: (id, keep the position).
        self._wanted: tuple[int, bool] | None = None
        # A new highlight is drawn after the pane follows the list (one turn after its
        # paint): a search that changes the list's article then renders the pane once.
        self._highlight_follow = DeferredCall(self, turns=2)
        self._highlight_follow.due.connect(self._on_highlight_follow_due)
        # The paths of the articles shown, oldest first, and where Back and Forward stand.
        self._history: list[str] = []
        self._position = -1
        self.pane = ArticlePane()
        # Weakly: the pane is this column's child, and must not keep it alive.
        in_folder = weakref.WeakMethod(self._is_in_folder)
        self.pane.set_related_test(lambda title: (test := in_folder()) is not None and test(title))
        self.pane.headline_search_requested.connect(self._on_pane_headline_search_requested)
        self.watch_mouse_buttons(self.pane.viewport())
        self.notice = QLabel()
        self.notice.setObjectName("paneNotice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(
            "QLabel { background: palette(alternate-base); border: 1px solid palette(mid);"
            " padding: 6px; }"
        )
        self.notice.hide()
        self.copies = CopiesNotice(session)
        self.copies.copy_activated.connect(self.article_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.notice)
        layout.addWidget(self.copies)
        layout.addWidget(self.pane, 1)
        session.article_read.connect(self._on_session_article_read)
        session.article_unreadable.connect(self._on_session_article_unreadable)
        session.library_about_to_swap.connect(self._on_session_library_about_to_swap)

    @property
    def article(self) -> Article | None:
        """The article on show, or None."""
        return self.pane.article

    def show_article_id(self, article_id: int, *, keep_position: bool = False) -> None:
        """Show an article of the session's library, once its file is read if it must be.

        keep_position keeps the reading position, for a newer version of the article on show.
        """
        self._wanted = (article_id, keep_position)
        article = self._session.request_article(article_id)
        if article is not None:
            self.show_article(article, keep_position=keep_position)

    def show_article(self, article: Article | None, *, keep_position: bool = False) -> None:
        """Show article with the search highlighted, unless it is already shown."""
        self._wanted = None
        if self._notice_path is not None and (article is None or article.path != self._notice_path):
            self._set_notice(None)
        if article is not None:
            self._remember(article.path)
        self.copies.show_article(article)
        shown_article, shown_highlight = self._shown
        # Equal, not identical: a reload reads every file again, and an article that did not
        # change must not jump back to its top.
        if article == shown_article and self._highlight == shown_highlight:
            return
        self._shown = (article, self._highlight)
        self.pane.show_article(article, self._highlight, keep_position=keep_position)

    def set_highlight(self, text: str) -> None:
        """Highlight the words that text matches, in the article on show (shortly) and the
        next ones."""
        if text != self._highlight:
            self._highlight = text
            self._highlight_follow.request()

    @Slot()
    def _on_highlight_follow_due(self) -> None:
        wanted = self._wanted
        self.show_article(self.pane.article)
        # Still wanted: a new highlight does not replace the article on its way.
        self._wanted = wanted

    def keep_on_swap(self, *, left_behind: bool) -> bool:
        """Show the newer reading of the article on show after a reload, or say that it is gone
        (it stays readable); False when no article is on show.

        left_behind tells that the list no longer shows it for the query in force.
        """
        shown = self.pane.article
        if shown is None:
            return False
        library = self._session.library
        article_id = library.find_path(shown.path)
        if article_id is None:
            self._say_article_gone(shown, library)
            return True
        self._set_notice(None)
        if left_behind:
            self.message_posted.emit(
                self.tr("تغيّر المقال المعروض فلم يعد ضمن نتائج التصفية الحالية")
            )
        self.show_article_id(article_id, keep_position=True)
        return True

    @Slot()
    def go_back(self) -> None:
        """Show again the article shown before this one (still in the folder)."""
        self._step(-1)

    @Slot()
    def go_forward(self) -> None:
        """Show again the article that Back went away from."""
        self._step(1)

    def watch_mouse_buttons(self, widget: QWidget) -> None:
        """Take the mouse's Back and Forward buttons pressed on widget as Back and Forward."""
        widget.installEventFilter(self)

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            if event.button() == Qt.MouseButton.BackButton:
                self.go_back()
                return True
            if event.button() == Qt.MouseButton.ForwardButton:
                self.go_forward()
                return True
        return super().eventFilter(watched, event)

    def _remember(self, path: str) -> None:
        """Note that the article at path is on show, after the one Back stands on."""
        if 0 <= self._position < len(self._history) and self._history[self._position] == path:
            return
        del self._history[self._position + 1 :]
        self._history.append(path)
        del self._history[:-MAX_HISTORY]
        self._position = len(self._history) - 1

    def _step(self, step: int) -> None:
        """Move through the history by step, past articles no longer in the folder."""
        library = self._session.library
        target = self._position + step
        while 0 <= target < len(self._history):
            article_id = library.find_path(self._history[target])
            if article_id is not None:
                self._position = target
                self.article_requested.emit(article_id)
                return
            target += step

    def _is_in_folder(self, title: str) -> bool:
        """Tell whether a "read also" headline is an article of the folder."""
        return self._session.library.find_title(title) is not None

    @Slot(str)
    def _on_pane_headline_search_requested(self, title: str) -> None:
        self._session.query_controller.set_search(title)

    def hide_notice(self) -> None:
        """Hide the notice about the article on show (another folder is opened)."""
        self._set_notice(None)

    def _say_article_gone(self, article: Article, library: Library) -> None:
        """Say that the article on show is no longer in the folder."""
        reason = next((problem_text(p) for p in library.problems if p.path == article.path), None)
        if reason is None:
            text = self.tr("حُذف هذا الملف من المجلد؛ المعروض آخر ما قُرئ منه.")
        else:
            text = self.tr("تعذرت قراءة هذا الملف بعد تغيّره ({0})؛ المعروض آخر ما قُرئ منه.")
            text = text.format(reason)
        self._set_notice(article.path, text)
        self.message_posted.emit(f"{text} {path_in_text(article.path)}")

    def _set_notice(self, path: str | None, text: str = "") -> None:
        """Show text above the pane about the article read from path; None hides it."""
        self._notice_path = path
        self.notice.setText(text)
        self.notice.setVisible(path is not None)

    @Slot(int, object)
    def _on_session_article_read(self, article_id: int, article: Article) -> None:
        wanted = self._wanted
        if wanted is not None and wanted[0] == article_id:
            self.show_article(article, keep_position=wanted[1])

    @Slot(object)
    def _on_session_article_unreadable(self, problem: LoadProblem) -> None:
        wanted = self._wanted
        if wanted is None or self._session.library.path_of(wanted[0]) != problem.path:
            return
        self._wanted = None
        text = self.tr("تعذرت قراءة المقال: {0}").format(problem_text(problem))
        self.message_posted.emit(f"{text} {path_in_text(problem.path)}")

    @Slot()
    def _on_session_library_about_to_swap(self) -> None:
        # Ids name other articles in the newer reading: the swap asks again for what is shown.
        self._wanted = None
