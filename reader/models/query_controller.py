"""The query in force over a library, and the two list models it drives."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from reader.domain.copies.groups import CopyGroups
from reader.domain.library.coverage import without_dates, without_sources
from reader.domain.library.library import Library
from reader.domain.library.outlets import outlet_key
from reader.domain.library.query import Query, SortOrder, TagMode
from reader.domain.text.tags import tag_key
from reader.models.article_list_model import ArticleListModel
from reader.models.deferred_call import DeferredCall
from reader.models.source_list_model import SourceListModel
from reader.models.tag_list_model import TagListModel
from reader.models.timeline_model import TimelineModel

# From this many articles on, a change of query lists the result at once and counts the
# sidebar's tags just after (the list is painted first): counting tens of thousands of tags
# over a large result takes longer than a frame, and even at 10,000 articles the count and
# the sidebar's repaint, done first, made a click take 10 ms to list instead of 5.
DEFERRED_FACETS_ARTICLES = 2_000
# The put-off count waits for the article list's paint (list_painted), this long at most.
_TAGS_WAIT_MS = 50


class QueryController(QObject):
    """Holds the query and sort order, and keeps the article, tag and outlet models and the
    timeline in step with them."""

    query_changed = Signal(object)
    results_changed = Signal(int, int)
    # While copies are grouped, (stories listed, articles they stand for); None otherwise.
    stories_counted = Signal(object)
    grouping_changed = Signal(bool)

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._query = Query()
        self._order = SortOrder.NEWEST
        # The ids of the result, in list order (shared with the library: not to be changed).
        self._result: Sequence[int] = []
        # The library's groups of copies by article id, and whether a story lists once.
        self._copies = CopyGroups()
        self._grouping = False
        # Applied to every listing before it is shown (the marks filter); None: none.
        self.result_filter: Callable[[Sequence[int]], Sequence[int]] | None = None
        self._article_model = ArticleListModel(library, self)
        self._tag_model = TagListModel(self)
        self._source_model = SourceListModel(self)
        self._timeline_model = TimelineModel(self)
        self._timeline_model.period_chosen.connect(self._update_timeline)
        # The count follows the list's paint, or a short wait when nothing paints.
        self._tags_pending = False
        self._tags_after_paint = DeferredCall(self)
        self._tags_after_paint.due.connect(self._update_facets)
        self._tags_wait = QTimer(self)
        self._tags_wait.setSingleShot(True)
        self._tags_wait.setInterval(_TAGS_WAIT_MS)
        self._tags_wait.timeout.connect(self._update_facets)
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

    @property
    def source_model(self) -> SourceListModel:
        """The outlets of the result, with their counts."""
        return self._source_model

    @property
    def timeline_model(self) -> TimelineModel:
        """The result's articles per period, beside the folder's."""
        return self._timeline_model

    def query(self) -> Query:
        """Return the query in force."""
        return self._query

    def sort_order(self) -> SortOrder:
        """Return the order of the article list."""
        return self._order

    def update_seconds(self) -> float:
        """Return the seconds the last refresh took, its deferred sidebar update included."""
        return self._list_seconds + self._tags_seconds

    @property
    def copy_groups(self) -> CopyGroups:
        """The library's groups of copies, by article id."""
        return self._copies

    def grouping(self) -> bool:
        """Tell whether the list shows one row per story (its earliest copy)."""
        return self._grouping

    def set_copy_groups(self, copies: CopyGroups) -> None:
        """Take the library's groups of copies (by its article ids); the next refresh or
        change of library lists by them."""
        self._copies = copies

    @Slot(bool)
    def set_grouping(self, grouping: bool) -> None:
        """List one row per story, the earliest copy, and count stories (or not)."""
        if grouping != self._grouping:
            self._grouping = grouping
            self._tag_model.set_counting_stories(grouping)
            self._source_model.set_counting_stories(grouping)
            self._timeline_model.counting_stories = grouping
            self.refresh()
            self.grouping_changed.emit(grouping)

    def _grouped(self, ids: Sequence[int]) -> Sequence[int]:
        """Return ids with one per story while grouping, else ids themselves."""
        if not self._collapsing() or not len(ids):
            return ids
        return self._copies.collapse(ids)

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

    @Slot(object)
    def set_query(self, query: Query) -> None:
        """Put a whole query in force (a saved search)."""
        self._set_query(query)

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

    @Slot(str)
    def expect_search(self, text: str) -> None:
        """Have the library start finding a search that set_search is expected to ask for."""
        self._library.expect_search(text)

    @Slot(str)
    def toggle_source(self, source: str) -> None:
        """Include an outlet (any of those included), or stop including it when it is."""
        key = outlet_key(source)
        sources = _without_source(self._query.sources, key)
        if len(sources) == len(self._query.sources):
            sources = (*sources, self._library.display_source(source))
        excluded = _without_source(self._query.exclude_sources, key)
        self._set_query(replace(self._query, sources=sources, exclude_sources=excluded))

    @Slot(str)
    def toggle_source_exclude(self, source: str) -> None:
        """Exclude an outlet, or stop excluding it when it is."""
        key = outlet_key(source)
        excluded = _without_source(self._query.exclude_sources, key)
        if len(excluded) == len(self._query.exclude_sources):
            excluded = (*excluded, self._library.display_source(source))
        sources = _without_source(self._query.sources, key)
        self._set_query(replace(self._query, sources=sources, exclude_sources=excluded))

    @Slot(str)
    def include_source(self, source: str) -> None:
        """Include an outlet, leaving it included when it already is."""
        key = outlet_key(source)
        if not any(outlet_key(included) == key for included in self._query.sources):
            self.toggle_source(source)

    @Slot(str)
    def remove_source(self, source: str) -> None:
        """Take an outlet out of the filter, included or excluded."""
        key = outlet_key(source)
        self._set_query(
            replace(
                self._query,
                sources=_without_source(self._query.sources, key),
                exclude_sources=_without_source(self._query.exclude_sources, key),
            )
        )

    def set_date_range(self, start: date | None, end: date | None) -> None:
        """Keep the articles dated from start to end, both included (None: open)."""
        if start is not None and end is not None and end < start:
            start, end = end, start
        self._set_query(replace(self._query, date_from=start, date_to=end))

    @Slot()
    def clear_dates(self) -> None:
        """Drop the date range."""
        self.set_date_range(None, None)

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
        listed = self._filtered(library.listing(self._query, self._order))
        ordered = self._grouped(listed)
        self._result = ordered
        self._article_model.set_copy_groups(self._copies if self._grouping else None)
        if reset:
            self._article_model.set_library(library, ordered)
        else:
            self._article_model.set_ids(ordered)
        self.stories_counted.emit((len(ordered), len(listed)) if self._grouping else None)
        # Stories in the folder: each group of copies counts once.
        stories = len(library) - self._copies.member_count + len(self._copies)
        self.results_changed.emit(len(ordered), stories if self._grouping else len(library))
        self._list_seconds = time.perf_counter() - started
        if not reset and len(library) >= DEFERRED_FACETS_ARTICLES:
            self._tags_pending = True
            self._tags_wait.start()
        else:
            self._update_facets()

    @Slot()
    def list_painted(self) -> None:
        """Count the sidebar's tags now that the article list shows the new result (on the
        next turn of the event loop: a count over 30,000 articles takes some 30 ms)."""
        if self._tags_pending:
            self._tags_after_paint.request()

    @Slot()
    def _update_facets(self) -> None:
        """Recount the tags and outlets of the result and its timeline (and prepare the next
        listings)."""
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
            facet_ids = self._grouped(library.select(replace(query, include=())))
        facets = library.tag_facets(self._scope(facet_ids))
        self._tag_model.set_tags(facets, query.include, query.exclude)
        # A count is what an outlet would add: outlets included are any of them.
        outlet_ids = self._listed_without(without_sources(query)) if query.sources else facet_ids
        self._source_model.set_outlets(
            library.outlet_facets(self._scope(outlet_ids)),
            query.sources,
            query.exclude_sources,
        )
        self._update_timeline()
        # Once, after a load: the next one-tag clicks list without sorting.
        library.prepare_listings(self._order)
        self._tags_seconds = time.perf_counter() - started

    @Slot()
    def _update_timeline(self) -> None:
        """Count the result per period: without its date range, which the timeline marks."""
        query = self._query
        ids = self._listed_without(without_dates(query)) if query.has_dates() else self._result
        everything = without_dates(query).is_empty() and not self._collapsing()
        timeline = self._library.timeline(
            None if everything else ids, self._timeline_model.period()
        )
        self._timeline_model.set_timeline(timeline, query.date_from, query.date_to)

    def _listed_without(self, query: Query) -> Sequence[int]:
        """Return the listing of a wider query (remembered: often the one shown before), one
        per story while grouping."""
        return self._grouped(self._filtered(self._library.listing(query, self._order)))

    def _filtered(self, ids: Sequence[int]) -> Sequence[int]:
        """Return a listing less what the result filter (the marks) leaves out."""
        return ids if self.result_filter is None else self.result_filter(ids)

    def _collapsing(self) -> bool:
        """Tell whether listings lose the later copies of stories."""
        return self._grouping and len(self._copies) > 0

    def _scope(self, ids: Sequence[int]) -> Sequence[int] | None:
        """Return what a count runs over: None for the whole folder (the library counts it
        at once), unless a query narrows it or grouping counts its stories alone."""
        return None if self._query.is_empty() and not self._collapsing() else ids


def _without_source(sources: tuple[str, ...], key: str) -> tuple[str, ...]:
    """Return outlets less the one whose identity is key."""
    return tuple(source for source in sources if outlet_key(source) != key)


def _without(tags: tuple[str, ...], key: str) -> tuple[str, ...]:
    """Return tags less the one whose identity is key."""
    return tuple(tag for tag in tags if tag_key(tag) != key)
