"""The article column: the search box, the chips of the query in force, the timeline, and the
article list."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QVBoxLayout, QWidget

from reader.domain.library.query import Query
from reader.models.query_controller import QueryController
from reader.widgets.article_list_view import ArticleListView
from reader.widgets.filter_chips_bar import FilterChipsBar
from reader.widgets.search_box import SearchBox
from reader.widgets.timeline_panel import TimelinePanel


class ArticleColumn(QWidget):
    """Searches and lists the articles of a query controller; a list with no rows says why."""

    def __init__(self, query: QueryController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleColumn")
        self._query = query
        # True while the listed articles are still being read in full (a first load), and
        # the last (shown, total) of the query: what the empty list says.
        self._reading = False
        self._results = (0, 0)
        self.search_box = SearchBox()
        self.chips_bar = FilterChipsBar()
        self.timeline = TimelinePanel(query.timeline_model)
        self.article_list = ArticleListView(query.article_model)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.setSpacing(6)
        layout.addWidget(self.search_box)
        layout.addWidget(self.chips_bar)
        layout.addWidget(self.timeline)
        layout.addWidget(self.article_list, 1)
        self.article_list.painted.connect(query.list_painted)
        self.search_box.search_changed.connect(query.set_search)
        self.search_box.search_expected.connect(query.expect_search)
        self.chips_bar.tag_removed.connect(query.remove_tag)
        self.chips_bar.source_removed.connect(query.remove_source)
        self.chips_bar.dates_removed.connect(query.clear_dates)
        self.timeline.range_chosen.connect(query.set_date_range)
        self.chips_bar.search_removed.connect(self._on_chips_search_removed)
        query.results_changed.connect(self._on_query_results_changed)
        query.query_changed.connect(self._on_query_query_changed)

    @Slot(bool)
    def set_reading(self, reading: bool) -> None:
        """Note whether the listed articles are still being read in full (a first load)."""
        self._reading = reading
        self._say_why_list_is_empty()

    @Slot(int, int)
    def _on_query_results_changed(self, shown: int, total: int) -> None:
        self._results = (shown, total)
        self._say_why_list_is_empty()

    @Slot(object)
    def _on_query_query_changed(self, query: Query) -> None:
        self.chips_bar.set_query(query)
        if self.search_box.text() != query.search:
            self.search_box.set_search(query.search)

    @Slot()
    def _on_chips_search_removed(self) -> None:
        self.search_box.set_search("")
        self._query.set_search("")

    def _say_why_list_is_empty(self) -> None:
        """Give the article list the reason it would show no rows."""
        _shown, total = self._results
        if total:
            text = (
                self.tr("لا مقالات تطابق التصفية حتى الآن")
                if self._reading
                else self.tr("لا مقالات تطابق التصفية")
            )
        else:
            text = (
                self.tr("جارٍ قراءة المجلد…")
                if self._reading
                else self.tr("لا مقالات في هذا المجلد")
            )
        self.article_list.set_empty_text(text)
