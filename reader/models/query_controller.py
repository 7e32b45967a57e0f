"""The query in force over a library, and the two list models it drives."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from reader.domain.library.library import Library
from reader.domain.library.query import Query, SortOrder, TagMode
from reader.domain.text.tags import tag_key
from reader.models.article_list_model import ArticleListModel
from reader.models.deferred_call import DeferredCall
from reader.models.tag_list_model import TagListModel

# From this many articles on, a change of query lists the result at once and counts the
# sidebar's tags just after (the list is painted first): counting tens of thousands of tags
# over a large result takes longer than a frame, and even at 10,000 articles the count and
# the sidebar's repaint, done first, made a click take 10 ms to list instead of 5.
DEFERRED_FACETS_ARTICLES = 2_000
# The put-off count waits for the article list's paint (list_painted), this long at most.
_TAGS_WAIT_MS = 50


class QueryController(QObject):
    """Holds the query and sort order, and keeps the article and tag models in step with them."""

    query_changed = Signal(object)
    results_changed = Signal(int, int)

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._query = Query()
        self._order = SortOrder.NEWEST
        # The ids of the result, in list order (shared with the library: not to be changed).
        self._result: Sequence[int] = []
        self._article_model = ArticleListModel(library, self)
        self._tag_model = TagListModel(self)
        # The count follows the list's paint, or a short wait when nothing paints.
        self._tags_pending = False
        self._tags_after_paint = DeferredCall(self)
        self._tags_after_paint.due.connect(self._update_tags)
        self._tags_wait = QTimer(self)
        self._tags_wait.setSingleShot(True)
        self._tags_wait.setInterval(_TAGS_WAIT_MS)
        self._tags_wait.timeout.connect(self._update_tags)
        # Seconds the last update took: listing, and recounting the sidebar's tags.
        self._list_seconds = 0.0
        self._tags_seconds = 0.0

    @property
    def library(self) -> Library:
        """The library being filtered."""
        return self._library

    @property
    def article_model(self) -> ArticleListModel:
        """The articles of the result, sorted."""
        return self._article_model

    @property
    def tag_model(self) -> TagListModel:
        """The tags of the result, with their counts."""
        return self._tag_model

    def query(self) -> Query:
        """Return the query in force."""
        return self._query

    def sort_order(self) -> SortOrder:
        """Return the order of the article list."""
        return self._order

    def update_seconds(self) -> float:
        """Return the seconds the last refresh took, its deferred sidebar update included."""
        return self._list_seconds + self._tags_seconds

    def set_library(self, library: Library) -> None:
        """Filter another library, starting with no filter."""
        self._library = library
        self._article_model.set_library(library)
        had_filter = not self._query.is_empty()
        self._query = Query(mode=self._query.mode)
        self.refresh()
        if had_filter:
            self.query_changed.emit(self._query)

    def replace_library(self, library: Library) -> None:
        """Filter a newer reading of the same folder, keeping the query and the order.

        The article list is reset once, straight from the old rows to the new ones.
        """
        self._library = library
        self._update(reset=True)

    def _set_query(self, query: Query) -> None:
        """Put a whole query in force."""
        if query == self._query:
            return
        self._query = query
        self.refresh()
        self.query_changed.emit(query)

    @Slot(str)
    def toggle_include(self, tag: str) -> None:
        """Include tag, or stop including it when it already is."""
        key = tag_key(tag)
        include = _without(self._query.include, key)
        if len(include) == len(self._query.include):
            include = (*include, self._library.display_tag(tag))
        self._set_query(
            replace(self._query, include=include, exclude=_without(self._query.exclude, key))
        )

    @Slot(str)
    def toggle_exclude(self, tag: str) -> None:
        """Exclude tag, or stop excluding it when it already is."""
        key = tag_key(tag)
        exclude = _without(self._query.exclude, key)
        if len(exclude) == len(self._query.exclude):
            exclude = (*exclude, self._library.display_tag(tag))
        self._set_query(
            replace(self._query, include=_without(self._query.include, key), exclude=exclude)
        )

    @Slot(str)
    def include(self, tag: str) -> None:
        """Include tag, leaving it included when it already is."""
        key = tag_key(tag)
        if any(tag_key(included) == key for included in self._query.include):
            return
        self.toggle_include(tag)

    @Slot(str)
    def remove_tag(self, tag: str) -> None:
        """Take tag out of the filter, included or excluded."""
        key = tag_key(tag)
        self._set_query(
            replace(
                self._query,
                include=_without(self._query.include, key),
                exclude=_without(self._query.exclude, key),
            )
        )

    def set_mode(self, mode: TagMode) -> None:
        """Combine the included tags with all-of or any-of."""
        self._set_query(replace(self._query, mode=mode))

    @Slot(str)
    def set_search(self, text: str) -> None:
        """Search for text within the tag filter."""
        self._set_query(replace(self._query, search=text))

    @Slot()
    def clear(self) -> None:
        """Drop every tag and the search, keeping the all-of/any-of choice."""
        self._set_query(Query(mode=self._query.mode))

    def set_sort_order(self, order: SortOrder) -> None:
        """Sort the article list by order."""
        if order is self._order:
            return
        self._order = order
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Recompute the result, its order and its tag counts from the library."""
        self._update(reset=False)

    def _update(self, *, reset: bool) -> None:
        """Recompute the models; reset the article list onto the library when reset."""
        started = time.perf_counter()
        library = self._library
        ordered = library.listing(self._query, self._order)
        self._result = ordered
        if reset:
            self._article_model.set_library(library, ordered)
        else:
            self._article_model.set_ids(ordered)
        self.results_changed.emit(len(ordered), len(library))
        self._list_seconds = time.perf_counter() - started
        if not reset and len(library) >= DEFERRED_FACETS_ARTICLES:
            self._tags_pending = True
            self._tags_wait.start()
        else:
            self._update_tags()

    @Slot()
    def list_painted(self) -> None:
        """Count the sidebar's tags now that the article list shows the new result (on the
        next turn of the event loop: a count over 30,000 articles takes some 30 ms)."""
        if self._tags_pending:
            self._tags_after_paint.request()

    @Slot()
    def _update_tags(self) -> None:
        """Recount the tags of the result for the sidebar (and prepare the next listings)."""
        started = time.perf_counter()
        self._tags_pending = False
        self._tags_wait.stop()
        self._tags_after_paint.cancel()
        library = self._library
        query = self._query
        facet_ids: Sequence[int] = self._result
        if query.mode is TagMode.ANY and query.include:
            # Any-of widens the result: a tag's count is what it would add within the
            # other constraints, not its share of the current union.
            facet_ids = library.select(replace(query, include=()))
        facets = library.tag_facets(None if query.is_empty() else facet_ids)
        self._tag_model.set_tags(facets, query.include, query.exclude)
        # Once, after a load: the next one-tag clicks list without sorting.
        library.prepare_listings(self._order)
        self._tags_seconds = time.perf_counter() - started


def _without(tags: tuple[str, ...], key: str) -> tuple[str, ...]:
    """Return tags less the one whose identity is key."""
    return tuple(tag for tag in tags if tag_key(tag) != key)
