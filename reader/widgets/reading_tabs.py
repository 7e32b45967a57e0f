"""The tabs beside the article list: the article, the concordance of the search, the word list."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QTabWidget, QWidget

from reader.domain.analysis.concordance import Hit, TextPart
from reader.domain.analysis.word_list import WordList
from reader.domain.article import Article
from reader.domain.library.query import Query, SortOrder
from reader.models.concordance_model import ConcordanceModel
from reader.models.folder_session import FolderSession
from reader.models.word_list_builder import WordListBuilder
from reader.models.word_list_model import WordListModel
from reader.widgets.article_list_view import ArticleListView
from reader.widgets.concordance_view import ConcordanceView
from reader.widgets.reading_column import ReadingColumn
from reader.widgets.word_list_view import WordListView


class ReadingTabs(QTabWidget):
    """The reading column, the concordance and the word list, as tabs.

    The concordance and the word list follow the session's query; each is computed when its
    tab is on show (or shown next). A click on a hit opens its article at the hit; a click on
    a word searches for it and shows its concordance.
    """

    def __init__(
        self,
        session: FolderSession,
        reading: ReadingColumn,
        article_list: ArticleListView,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("readingTabs")
        self._session = session
        self._reading = reading
        self._article_list = article_list
        self.concordance_model = ConcordanceModel(self)
        self.word_list_model = WordListModel(self)
        self._builder = WordListBuilder(self)
        self._prepare_wanted = False
        self.concordance = ConcordanceView(self.concordance_model)
        self.word_list = WordListView(self.word_list_model)
        self.addTab(reading, self.tr("المقال"))
        self.addTab(self.concordance, self.tr("الكلمات في سياقها"))
        self.addTab(self.word_list, self.tr("قائمة الكلمات"))
        # Whether each tab shows what the query in force asks for.
        self._concordance_current = False
        self._word_list_current = False
        # The hit to select once its article is on show (its file may have to be read).
        self._wanted_hit: tuple[int, Hit] | None = None
        query = session.query_controller
        query.query_changed.connect(self._on_query_query_changed)
        session.load_finished.connect(self._on_session_load_finished)
        session.library_swapped.connect(self._on_session_library_swapped)
        session.library_about_to_swap.connect(self._builder.cancel)
        session.article_read.connect(self._on_session_article_read)
        self.currentChanged.connect(self._on_current_changed)
        self.concordance.hit_activated.connect(self._on_concordance_hit_activated)
        self.word_list.word_activated.connect(self._on_word_list_word_activated)
        self.word_list.stopwords_toggled.connect(self._on_word_list_stopwords_toggled)
        self._builder.word_list_ready.connect(self._on_builder_word_list_ready)

    def _forget(self) -> None:
        """Note that the concordance and the word list no longer show the query in force."""
        self._concordance_current = False
        self._word_list_current = False
        if self.currentWidget() is not self.concordance:
            # No hits of an older query (or library) are read for a tab out of sight.
            self.concordance_model.set_source(None, [], "")
        self._refresh_shown()

    def _refresh_shown(self) -> None:
        """Bring the tab on show up to date with the query in force."""
        shown = self.currentWidget()
        query = self._session.query_controller.query()
        library = self._session.library
        if shown is self.concordance and not self._concordance_current:
            self._concordance_current = True
            ids = library.listing(query, SortOrder.NEWEST) if query.search.strip() else []
            self.concordance_model.set_source(library, ids, query.search)
            self.concordance.scroll_to_top()
        elif shown is self.word_list and not self._word_list_current:
            self._word_list_current = True
            if self._prepare_wanted:
                self._prepare_wanted = False
                self._builder.prepare(library)
            self.word_list.set_counting()
            selected = None if query.is_empty() else library.select(query)
            self._builder.request(library, selected, stopwords=self.word_list.stopwords.isChecked())

    @Slot(object)
    def _on_query_query_changed(self, _query: Query) -> None:
        self._forget()

    @Slot()
    def _on_session_load_finished(self) -> None:
        # The folder's word counts are prepared once the word list is first wanted: counting
        # 100,000 articles in the background competes with every click for minutes.
        self._prepare_wanted = True
        self._forget()

    @Slot()
    def _on_session_library_swapped(self) -> None:
        self._forget()

    @Slot(int)
    def _on_current_changed(self, _index: int) -> None:
        self._refresh_shown()

    @Slot(bool)
    def _on_word_list_stopwords_toggled(self, _checked: bool) -> None:
        self._word_list_current = False
        self._refresh_shown()

    @Slot(object)
    def _on_builder_word_list_ready(self, words: WordList) -> None:
        self.word_list.show_words(words)

    @Slot(str)
    def _on_word_list_word_activated(self, word: str) -> None:
        self.setCurrentWidget(self.concordance)
        self._session.query_controller.set_search(word)

    @Slot(int, object)
    def _on_concordance_hit_activated(self, article_id: int, hit: Hit) -> None:
        self.setCurrentWidget(self._reading)
        self._wanted_hit = (article_id, hit)
        self._article_list.select_article(article_id)
        self._reading.show_article_id(article_id)
        self._select_hit()

    @Slot(int, object)
    def _on_session_article_read(self, article_id: int, _article: Article) -> None:
        if self._wanted_hit is not None and self._wanted_hit[0] == article_id:
            self._select_hit()

    def _select_hit(self) -> None:
        """Select the wanted hit in the pane, once its article is on show."""
        wanted = self._wanted_hit
        pane = self._reading.pane
        article = pane.article
        if wanted is None or article is None or article.path != wanted[1].path:
            return
        self._wanted_hit = None
        hit = wanted[1]
        text = (
            article.display_title if hit.part is TextPart.HEADLINE else article.body[hit.paragraph]
        )
        # The headline is the first block; a paragraph the first later block with its text
        # (as many times over as the same text comes before it in the body).
        repeats = 0 if hit.part is TextPart.HEADLINE else article.body[: hit.paragraph].count(text)
        block = pane.document().begin()
        if hit.part is TextPart.BODY:
            block = block.next()
            while block.isValid() and (block.text() != text or repeats):
                if block.text() == text:
                    repeats -= 1
                block = block.next()
        if not block.isValid():
            return
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + hit.start)
        cursor.setPosition(block.position() + hit.end, QTextCursor.MoveMode.KeepAnchor)
        pane.setTextCursor(cursor)
        pane.ensureCursorVisible()
