"""Selecting and ordering the library's articles, with the memos that a reader's clicks reuse."""

from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Callable, Collection, Iterable, Sequence

import numpy as np

from reader.domain.article import file_name
from reader.domain.library.columns import ArticleColumns
from reader.domain.library.coverage import Coverage, without_coverage
from reader.domain.library.id_arrays import id_array, to_ids
from reader.domain.library.query import Query, SortOrder, TagMode
from reader.domain.library.tag_index import TagIndex
from reader.domain.store.query_search import Keys
from reader.domain.text.arabic import fold
from reader.domain.text.query_syntax import read_query
from reader.domain.text.tags import tag_key

# How many search results and listings are remembered.
_SEARCHES_KEPT = 8
# Fewer ids than this are sorted by key; more are picked out of the library's whole order.
_SORTED_IN_PYTHON = 2000
# A tag with at least this many articles has them kept in list order once a load is done.
_PREPARED_MEMBERS = 1000


class Listings:
    """Selections (tags and search words) and orders of the library's articles.

    Orders, ranks, search results and listings are built on first use and dropped by
    `forget` whenever articles come, go or change.
    """

    def __init__(
        self,
        columns: ArticleColumns,
        tag_index: TagIndex,
        search_keys: Callable[[tuple[str, ...]], Keys],
        coverage: Coverage,
    ) -> None:
        self._columns = columns
        self._tag_index = tag_index
        self._coverage = coverage
        # The cache keys (ascending) of the articles holding every folded word.
        self._search_keys = search_keys
        self._ranks: dict[SortOrder, array[int]] = {}
        self._orders: dict[SortOrder, array[int]] = {}
        self._searches: OrderedDict[tuple[str, ...], array[int]] = OrderedDict()
        self._listings: OrderedDict[tuple[Query, SortOrder], Sequence[int]] = OrderedDict()
        # Per order: the members of each tag with many, in that order (by tag id).
        self._members_in_order: dict[SortOrder, dict[int, array[int]]] = {}

    def forget(self, *, dates_moved: bool = True) -> None:
        """Drop what is built from the articles; it is built again when asked.

        dates_moved=False keeps the date orders: no article came, went or changed its date.
        """
        self._ranks.clear()
        if dates_moved:
            self._orders.clear()
        else:
            for order in (SortOrder.TITLE, SortOrder.SOURCE):
                self._orders.pop(order, None)
        self.forget_results()
        self._members_in_order.clear()

    def forget_results(self) -> None:
        """Drop the remembered searches and listings."""
        self._searches.clear()
        self._listings.clear()

    def search(self, text: str) -> array[int] | None:
        """Return the ascending ids that search finds for text (in the search syntax),
        remembering the last few."""
        # The query as read, written back folded: one memo for every spelling of it.
        words = (read_query(text).key(),)
        if not words[0]:
            return None
        found = self._searches.get(words)
        if found is not None:
            self._searches.move_to_end(words)
            return found
        table = np.asarray(self._columns.id_of_key(), dtype=np.int64)
        keys = self._search_keys(words)
        # A key stored after this library was last indexed is past the table's end; keys of
        # articles no longer listed map to -1. An array of ids takes 4 bytes each: results of
        # common words hold most of the library.
        ids = table[keys[keys < table.size]]
        ids = ids[ids >= 0]
        ids.sort()
        found = to_ids(ids)
        # Tag clicks while a search is in force ask for the same words again.
        self._searches[words] = found
        if len(self._searches) > _SEARCHES_KEPT:
            self._searches.popitem(last=False)
        return found

    def listing(self, query: Query, order: SortOrder) -> Sequence[int]:
        """Return sort(select(query), order), remembering the last few (shared: do not change
        it)."""
        key = (query, order)
        listed = self._listings.get(key)
        if listed is None:
            listed = self._listings[key] = self._listed(query, order)
            if len(self._listings) > _SEARCHES_KEPT:
                self._listings.popitem(last=False)
        else:
            self._listings.move_to_end(key)
        return listed

    def _listed(self, query: Query, order: SortOrder) -> Sequence[int]:
        """Return sort(select(query), order), from a tag's members kept in order if prepared.

        The library's own order and a tag's members in order are arrays kept and never
        changed (new ones are built): they are handed out as they are, as copying 100,000
        ints into a list would slow a click.
        """
        if query.is_empty():
            return self._order(order)  # the library's own order, built once
        if query.narrows_by_coverage():
            # The listing without outlets and dates is in order already (and often the one
            # just shown, remembered): outlets and dates only thin it out, with no sort.
            return self._coverage.filter(self.listing(without_coverage(query), order), query)
        in_order = self._members_in_order.get(order)
        tag = query.single_tag()
        if in_order is not None and tag is not None:
            tag_id = self._tag_index.id_of_key.get(tag_key(tag))
            if tag_id is None:
                return []
            if tag_id in in_order:
                return in_order[tag_id]
        return self._sorted(self._select(query), order)

    def prepare(self, order: SortOrder) -> None:
        """Keep the members of every tag with many in order, so that clicking one lists it
        with no sort (a smaller tag sorts fast enough). Sorts in C only."""
        if order in self._members_in_order:
            return
        key, reverse = self._sort_key(order)
        self._members_in_order[order] = {
            # Members ascending first: ties keep file order, as in the library's own order.
            tag_id: array("i", sorted(sorted(members), key=key, reverse=reverse))
            for tag_id, members in enumerate(self._tag_index.members)
            if len(members) >= _PREPARED_MEMBERS
        }

    def select(self, query: Query) -> list[int]:
        """Return the ids of the articles that the query lets through, ascending."""
        return list(self._select(query))

    def _select(self, query: Query) -> Sequence[int]:
        """Return select(query), as an array the library keeps when it has one: do not change
        it."""
        if query.is_empty():
            return self._columns.ids()
        if query.narrows_by_coverage():
            return self._coverage.filter(self._select(without_coverage(query)), query)
        members_of = self._tag_index.members_of
        tag = query.single_tag()
        if tag is not None:
            # One tag, the usual click: its member array is (nearly always) ascending already.
            return sorted(members_of(tag))
        selected: set[int] | None = None
        if query.include:
            members = sorted((members_of(tag) for tag in query.include), key=len)
            if query.mode is TagMode.ALL:
                selected = set(members[0])
                for other in members[1:]:
                    if not selected:
                        break
                    selected.intersection_update(other)
            else:
                selected = set()
                for other in members:
                    selected.update(other)
        found: array[int] | None = None
        if selected is None or selected:
            found = self.search(query.search)
            if found is not None and selected is not None:
                selected.intersection_update(found)
        if selected is None:
            if found is not None and not query.exclude:
                return found
            selected = set(self._columns.ids()) if found is None else set(found)
        for tag in query.exclude:
            selected.difference_update(members_of(tag))
        return sorted(selected)

    def sort(self, ids: Iterable[int], order: SortOrder) -> list[int]:
        """Return ids in the given order; ties keep file order."""
        return list(self._sorted(ids, order))

    def _sorted(self, ids: Iterable[int], order: SortOrder) -> Sequence[int]:
        """Return sort(ids, order): for many ids an array (the counts that follow a listing
        take it into numpy at once; 100,000 ints in a list took milliseconds each way)."""
        ids = ids if isinstance(ids, Collection) else list(ids)
        if len(ids) < _SORTED_IN_PYTHON:
            key, reverse = self._sort_key(order)
            # Ascending first: ties in file order, as in the library's whole order below.
            return sorted(sorted(ids), key=key, reverse=reverse)
        # Many: walk the library's whole order (built once) and keep what is selected, in C.
        ordered = self._order(order)
        if len(ids) == len(self._columns):
            return ordered
        in_order = id_array(ordered)
        selected = np.zeros(len(self._columns.paths), dtype=bool)
        selected[id_array(ids)] = True
        return to_ids(in_order[selected[in_order]])

    def _order(self, order: SortOrder) -> array[int]:
        """Return every listed id in the given order, ties in file order (built once)."""
        ordered = self._orders.get(order)
        if ordered is None:
            key, reverse = self._sort_key(order)
            ids = self._columns.ids()
            ordered = self._orders[order] = array("i", sorted(ids, key=key, reverse=reverse))
        return ordered

    def _sort_key(self, order: SortOrder) -> tuple[Callable[[int], float], bool]:
        """Return the key and direction that a stable sort of ascending ids needs for order."""
        if order is SortOrder.NEWEST:
            return self._columns.date_keys.__getitem__, True
        if order is SortOrder.OLDEST:
            return self._columns.date_keys.__getitem__, False
        return self._rank(order).__getitem__, False

    def _rank(self, order: SortOrder) -> array[int]:
        """Return each article's place in a title or source order (equal keys, equal places)."""
        rank = self._ranks.get(order)
        if rank is None:
            columns = self._columns
            if order is SortOrder.TITLE:
                keys = [
                    fold(title) if title else fold(file_name(path))
                    for title, path in zip(columns.titles, columns.paths, strict=True)
                ]
            else:
                folded = {source: fold(source) for source in set(columns.sources) if source}
                keys = [folded[s] if s else "\uffff" for s in columns.sources]
            rank = array("i", bytes(4 * len(keys)))
            previous = None
            place = -1
            for article_id in sorted(range(len(keys)), key=keys.__getitem__):
                if keys[article_id] != previous:
                    place += 1
                    previous = keys[article_id]
                rank[article_id] = place
            self._ranks[order] = rank
        return rank
