"""The library: the articles of a folder, their tag index, search and filters."""

from __future__ import annotations

import sqlite3
from array import array
from bisect import bisect_right
from collections import Counter, OrderedDict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence, Sized
from dataclasses import dataclass, replace
from enum import StrEnum
from itertools import chain, compress, filterfalse, repeat
from operator import itemgetter
from pathlib import Path

from reader.domain.article import Article, LoadProblem, NotAnArticleError
from reader.domain.batches import LoadBatch, Previews
from reader.domain.library.vocabulary import Regrouped, regroup_tags
from reader.domain.loading.pipeline import load_folder_batches, scan_folder
from reader.domain.store.cache import (
    ArticleCache,
    ArticleRow,
    LibrarySnapshot,
    ParsedFile,
    decode_date,
    encode_date,
)
from reader.domain.store.cache import (
    date_sort_key as date_sort_key,
)
from reader.domain.text.arabic import canonical_tag, fold
from reader.domain.text.parser import read_article
from reader.domain.text.search import query_words
from reader.domain.text.tags import tag_key

# Bits of the flags column; the first two are the cache's own.
_HAS_UNSEPARATED = 1
_RETAGGED = 2
_REMOVED = 4
_HAS_WARNINGS = 8  # the cache's too
_PREVIEW = 16  # only the headline, date and inline source are known yet
# The flag bytes of listed articles read with warnings.
_WARNED_FLAG_BYTES = bytes(b for b in range(256) if b & _HAS_WARNINGS and not b & _REMOVED)
# How many search results select() remembers.
_SEARCHES_KEPT = 8
# A tag with at least this many articles has them kept in list order once a load is done.
_PREPARED_MEMBERS = 1000


class TagMode(StrEnum):
    """How included tags combine: every one of them, or any one."""

    ALL = "all"
    ANY = "any"


class SortOrder(StrEnum):
    """The orders the article list offers."""

    NEWEST = "newest"
    OLDEST = "oldest"
    TITLE = "title"
    SOURCE = "source"


@dataclass(frozen=True, slots=True)
class Query:
    """A filter: tags to include (all or any), tags to exclude, and search words."""

    include: tuple[str, ...] = ()
    mode: TagMode = TagMode.ALL
    exclude: tuple[str, ...] = ()
    search: str = ""

    def is_empty(self) -> bool:
        """Tell whether the query lets every article through."""
        return not (self.include or self.exclude or self.search.strip())


@dataclass(frozen=True, slots=True)
class TagFacets:
    """How many of some articles carry each tag, by tag id, with the library's tag columns.

    The sequences are the library's own (read them, do not change them): a sidebar over
    100,000 articles lists tens of thousands of tags, so nothing is copied per tag.
    """

    # Ids of the tags the articles carry, most used first, ties in folded-key order.
    order: Sequence[int]
    counts: Mapping[int, int]
    # By tag id: shown name, folded key, and the ids of every article carrying it.
    names: Sequence[str]
    keys: Sequence[str]
    members: Sequence[Sized]
    ids_by_key: Mapping[str, int]

    def tag_id(self, tag: str) -> int | None:
        """Return the id of a tag in any spelling, if the library has it."""
        return self.ids_by_key.get(tag_key(tag))


class Library:
    """The articles of one folder, indexed by tag and by word.

    Memory holds only what the list shows (headline, date, source, tag ids, path) in
    columns; `article(id)` reads the whole article from the cache (an in-memory one when none
    is given), so a library of 100,000 articles stays small. Ids are given in the order
    articles arrive and stay valid; a removed article's id is never reused.
    """

    def __init__(self, cache: ArticleCache | None = None) -> None:
        self._cache = cache
        self._problems: list[LoadProblem] = []
        # One entry per article id, in columns.
        self._keys: array[int] = array("q")
        self._paths: list[str] = []
        self._titles: list[str | None] = []
        self._published: list[str | None] = []  # as encode_date writes it
        self._date_keys: array[float] = array("d")
        self._sources: list[str | None] = []
        self._tags: list[tuple[int, ...]] = []
        self._flags = bytearray()
        self._removed = 0
        # Articles listed from their headers, by path, until their rows complete them.
        self._previews: dict[str, int] = {}
        # Grows whenever listed articles change in place (a preview completed, tags regrouped).
        self.revision = 0
        # One entry per tag id.
        self._tag_texts: dict[str, int] = {}
        self._tag_id_of_key: dict[str, int] = {}
        self._tag_keys: list[str] = []
        self._tag_names: list[str] = []
        self._tag_members: list[array[int]] = []
        self._interned: dict[str, str] = {}
        self._complete = False
        # Built on first use, dropped when articles come or go or tags change.
        self._id_of_key_table: array[int] | None = None
        self._all_facets: TagFacets | None = None
        self._tag_order: list[int] | None = None
        self._ranks: dict[SortOrder, array[int]] = {}
        self._orders: dict[SortOrder, array[int]] = {}
        self._searches: OrderedDict[tuple[str, ...], array[int]] = OrderedDict()
        self._listings: OrderedDict[tuple[Query, SortOrder], Sequence[int]] = OrderedDict()
        # Per order: the members of each tag with many, in that order (by tag id).
        self._members_in_order: dict[SortOrder, dict[int, array[int]]] = {}
        self._by_path: dict[str, int] = {}
        self._by_title: dict[str, int] = {}
        self._indexed_paths = 0
        self._indexed_titles = 0

    def __len__(self) -> int:
        return len(self._paths) - self._removed

    @property
    def cache(self) -> ArticleCache:
        """The cache the articles are read from (created in memory when none was given)."""
        if self._cache is None:
            self._cache = ArticleCache.in_memory()
        return self._cache

    @property
    def cache_warnings(self) -> list[str]:
        """What went wrong with the cache (rebuilt, bypassed), for the user to see."""
        return list(self._cache.warnings) if self._cache is not None else []

    @property
    def problems(self) -> list[LoadProblem]:
        """The files that could not be read as articles, with the reasons."""
        return list(self._problems)

    def add_problem(self, problem: LoadProblem) -> None:
        """Record a file that is not an article."""
        self._problems.append(problem)

    def add(self, articles: Iterable[Article]) -> list[int]:
        """Add parsed articles and index them; return their ids."""
        parsed = [ParsedFile.from_article(article) for article in articles]
        rows = self.cache.add(parsed)
        self.cache.flush()
        return self.add_rows(rows)

    def add_batch(self, batch: LoadBatch) -> list[int]:
        """Take in one batch of load_folder_batches; return the ids of the articles it added
        or completed.

        A batch may hold the cached library in one piece (only into an empty library),
        articles listed earlier that are gone or changed (their ids stop being listed),
        previews of files to come, new rows (a row completes its file's preview) and
        problems. Its `complete` flag marks the end of a full load.
        """
        ids: list[int] = []
        if batch.snapshot is not None:
            self._adopt(batch.snapshot)
            ids.extend(self.ids())
        if batch.removed:
            self._remove_keys(batch.removed)
        if batch.previews is not None:
            self._add_previews(batch.previews)
        ids += self.add_rows(batch.rows)
        self._problems.extend(batch.problems)
        if batch.regrouped:
            ids += self._apply_regrouped(batch.regrouped)
        if self._previews and batch.problems:
            # A file listed from its header that turned out to be no article after all.
            failed = [self._previews.pop(problem.path, -1) for problem in batch.problems]
            self._remove_ids({article_id for article_id in failed if article_id >= 0})
        if batch.complete:
            self._complete = True
            # Every previewed file has had its row or its problem by now; a path spelled
            # otherwise by the two (never seen) must not stay listed half-read.
            self._remove_ids(set(self._previews.values()))
            self._previews.clear()
        return ids

    def _add_previews(self, previews: Previews) -> None:
        """List files by their headers, in columns; their rows come later."""
        first = len(self._paths)
        count = len(previews.paths)
        interned = self._interned
        self._keys.extend(repeat(-1, count))
        self._paths.extend(previews.paths)
        self._titles.extend(previews.titles)
        self._published.extend(previews.published)
        self._date_keys.extend(previews.date_keys)
        self._sources.extend(
            source if source is None else interned.setdefault(source, source)
            for source in previews.sources
        )
        self._tags.extend(repeat((), count))
        self._flags.extend(repeat(_PREVIEW, count))
        self._previews.update(zip(previews.paths, range(first, first + count), strict=True))
        if count:
            self._forget_derived()

    def _adopt(self, snapshot: LibrarySnapshot) -> None:
        """Take over the columns of a snapshot, into an empty library."""
        if self._paths:
            raise ValueError("a snapshot goes only into an empty library")
        self._keys = snapshot.keys
        self._paths = snapshot.paths
        self._titles = snapshot.titles
        self._published = snapshot.published
        self._date_keys = snapshot.date_keys
        self._sources = snapshot.sources
        self._tags = snapshot.tags
        self._flags = snapshot.flags
        self._tag_texts = snapshot.tag_texts
        self._tag_keys = snapshot.tag_keys
        self._tag_names = snapshot.tag_names
        self._tag_members = snapshot.tag_members
        self._tag_id_of_key = {key: tag_id for tag_id, key in enumerate(snapshot.tag_keys)}
        self._interned = {}
        self._forget_derived()

    def snapshot(self) -> LibrarySnapshot:
        """Return the library's columns for the cache (shared, not copied: store them at once)."""
        return LibrarySnapshot(
            keys=self._keys,
            paths=self._paths,
            sizes=array("q"),
            mtimes=array("q"),
            titles=self._titles,
            published=self._published,
            date_keys=self._date_keys,
            sources=self._sources,
            tags=self._tags,
            flags=self._flags,
            tag_keys=self._tag_keys,
            tag_names=self._tag_names,
            tag_texts=self._tag_texts,
            tag_members=self._tag_members,
        )

    def add_rows(self, rows: Iterable[ArticleRow]) -> list[int]:
        """Add articles stored in this library's cache, by their rows; return their ids.

        A row of a file listed as a preview completes it, keeping its id.
        """
        ids: list[int] = []
        previews = self._previews
        completed = False
        dates_moved = False
        for row in rows:
            article_id = previews.pop(row.path, -1) if previews else -1
            if article_id < 0:
                dates_moved = True
                article_id = len(self._paths)
                self._keys.append(row.key)
                self._paths.append(row.path)
                self._titles.append(row.title)
                self._published.append(None)
                self._date_keys.append(row.date_key)
                self._sources.append(None)
                self._tags.append(())
                self._flags.append(0)
            else:
                self._untag((article_id,))
                completed = True
                dates_moved = dates_moved or self._date_keys[article_id] != row.date_key
            self._set_row(article_id, row)
            ids.append(article_id)
        if completed:
            self.revision += 1
        if ids:
            # Rows that complete their previews on the same dates keep the list's order:
            # a long load does not sort the whole library again for each batch.
            self._forget_derived(dates_moved=dates_moved)
        return ids

    def _set_row(self, article_id: int, row: ArticleRow) -> None:
        """Put a row's columns in place for an article id, tagging it."""
        self._keys[article_id] = row.key
        self._titles[article_id] = row.title
        self._published[article_id] = encode_date(row.published)
        self._date_keys[article_id] = row.date_key
        source = row.source
        if source is not None:
            source = self._interned.setdefault(source, source)
        self._sources[article_id] = source
        tag_texts = self._tag_texts
        tag_ids = []
        for tag in row.tags:
            tag_id = tag_texts.get(tag)
            if tag_id is None:
                tag_id = self._tag_id(tag)
            tag_ids.append(tag_id)
            self._tag_members[tag_id].append(article_id)
        self._tags[article_id] = tuple(tag_ids)
        self._flags[article_id] = (
            row.has_unseparated * _HAS_UNSEPARATED
            + row.retagged * _RETAGGED
            + row.has_warnings * _HAS_WARNINGS
        )

    def _remove_keys(self, keys: Iterable[int]) -> None:
        """Stop listing the articles stored under these cache keys."""
        wanted = set(keys)
        self._remove_ids({article_id for article_id, key in enumerate(self._keys) if key in wanted})

    def _remove_ids(self, article_ids: set[int]) -> None:
        """Stop listing these articles."""
        flags = self._flags
        removed = {article_id for article_id in article_ids if not flags[article_id] & _REMOVED}
        if not removed:
            return
        self._untag(removed)
        for article_id in removed:
            self._tags[article_id] = ()
            flags[article_id] = _REMOVED
        self._removed += len(removed)
        self._by_path.clear()
        self._by_title.clear()
        self._indexed_paths = self._indexed_titles = 0
        self._forget_derived()

    def _untag(self, article_ids: Collection[int]) -> None:
        """Take articles out of the member lists of their tags (one pass per tag touched)."""
        touched: dict[int, set[int]] = {}
        for article_id in article_ids:
            for tag_id in self._tags[article_id]:
                touched.setdefault(tag_id, set()).add(article_id)
        for tag_id, leaving in touched.items():
            members = self._tag_members[tag_id]
            self._tag_members[tag_id] = array("i", filterfalse(leaving.__contains__, members))

    def _tag_id(self, tag: str) -> int:
        """Return the id of a tag as written, giving its identity an id when it is new."""
        key = tag_key(tag)
        tag_id = self._tag_id_of_key.get(key)
        if tag_id is None:
            tag_id = len(self._tag_keys)
            self._tag_id_of_key[key] = tag_id
            self._tag_keys.append(key)
            self._tag_names.append(canonical_tag(tag))
            self._tag_members.append(array("i"))
        self._tag_texts[tag] = tag_id
        return tag_id

    def apply_vocabulary(self) -> list[int]:
        """Rebuild separator-less tag lines with the multi-word tags other files separate.

        At the end of a complete load it also stores the library's snapshot in the cache, so
        that the next open lists everything at once.
        """
        cache = self.cache
        changed: list[int] = []
        if not cache.vocabulary_applied():  # a load regroups them on its own thread
            try:
                changed = self._apply_regrouped(regroup_tags(cache))
            except sqlite3.Error as error:
                cache.warnings.append(f"the cache could not store regrouped tags ({error})")
        if self._complete and cache.persistent and not self._removed:
            try:
                if not cache.has_snapshot():
                    cache.save_snapshot(self.snapshot())
            except sqlite3.Error as error:
                cache.warnings.append(f"the cache could not store the list ({error})")
        return changed

    def _apply_regrouped(self, regrouped: Iterable[Regrouped]) -> list[int]:
        """Give articles their tags regrouped with the folder's vocabulary; return their ids."""
        id_of_key = self._id_of_key()
        changes = {
            id_of_key[key]: (tags, retagged)
            for key, tags, retagged in regrouped
            if key < len(id_of_key) and id_of_key[key] >= 0
        }
        self._replace_tags(changes)
        return sorted(changes)

    def _tag_texts_of(self, article_id: int) -> tuple[str, ...]:
        """Return an article's tags as the library shows them."""
        return tuple(self._tag_names[tag_id] for tag_id in self._tags[article_id])

    def _replace_tags(self, changes: dict[int, tuple[tuple[str, ...], bool]]) -> None:
        """Give articles new tags (and whether they differ from the parser's), keeping the
        tag index right."""
        if not changes:
            return
        self.revision += 1
        self._untag(changes.keys())
        for article_id, (tags, retagged) in changes.items():
            tag_ids = []
            for tag in tags:
                tag_id = self._tag_texts.get(tag)
                if tag_id is None:
                    tag_id = self._tag_id(tag)
                tag_ids.append(tag_id)
                self._tag_members[tag_id].append(article_id)
            self._tags[article_id] = tuple(tag_ids)
            if retagged:
                self._flags[article_id] |= _RETAGGED
            else:
                self._flags[article_id] &= ~_RETAGGED
        self._forget_derived()

    def _forget_derived(self, *, dates_moved: bool = True) -> None:
        """Drop what is built from the articles on first use; it is built again when asked.

        dates_moved=False keeps the date orders: no article came, went or changed its date.
        """
        self._id_of_key_table = None
        self._all_facets = None
        self._ranks.clear()
        if dates_moved:
            self._orders.clear()
        else:
            for order in (SortOrder.TITLE, SortOrder.SOURCE):
                self._orders.pop(order, None)
        self._searches.clear()
        self._listings.clear()
        self._members_in_order.clear()

    def _parsed_article(self, article_id: int) -> Article:
        """Return the article as the parser made it (tags not regrouped)."""
        path = self._paths[article_id]
        try:
            return self.cache.parsed_article(self._keys[article_id], path)
        except (sqlite3.Error, KeyError, ValueError):
            return read_article(Path(path))

    def article(self, article_id: int) -> Article:
        """Return the article with this id, read from the cache (or the file, if that fails)."""
        path = self._paths[article_id]
        if self._flags[article_id] & _PREVIEW:
            return read_article(Path(path))  # not parsed by the load yet
        try:
            return self.cache.article(self._keys[article_id], path)
        except (sqlite3.Error, KeyError, ValueError):
            article = read_article(Path(path))
        tags = self._tag_texts_of(article_id)
        return article if tags == article.tags else replace(article, tags=tags)

    def row(self, article_id: int) -> ArticleRow:
        """Return what the list shows of an article, from memory: cheap, no file or cache read."""
        flags = self._flags[article_id]
        return ArticleRow(
            key=self._keys[article_id],
            path=self._paths[article_id],
            title=self._titles[article_id],
            published=decode_date(self._published[article_id]),
            source=self._sources[article_id],
            tags=self._tag_texts_of(article_id),
            date_key=self._date_keys[article_id],
            has_unseparated=bool(flags & _HAS_UNSEPARATED),
            retagged=bool(flags & _RETAGGED),
            has_warnings=bool(flags & _HAS_WARNINGS),
        )

    def warned_ids(self, ids: Iterable[int]) -> list[int]:
        """Return those of ids whose articles were read with warnings (from memory)."""
        flags = self._flags
        return [i for i in ids if flags[i] & _HAS_WARNINGS and not flags[i] & _REMOVED]

    def warnings_of(self, ids: Iterable[int]) -> list[tuple[str, tuple[str, ...]]]:
        """Return (path, warnings) of those of ids read with warnings, from the cache in one
        query (a crawl may have tens of thousands); an article the cache lacks is read whole,
        and left out when its file can no longer be read."""
        warned = self.warned_ids(ids)
        try:
            stored = self.cache.article_warnings([self._keys[i] for i in warned])
        except sqlite3.Error:
            stored = {}
        result = []
        for article_id in warned:
            warnings = stored.get(self._keys[article_id])
            if warnings is None:
                try:
                    warnings = self.article(article_id).warnings
                except (OSError, NotAnArticleError):
                    continue
            if warnings:
                result.append((self._paths[article_id], warnings))
        return result

    def warned_count(self) -> int:
        """Return how many listed articles were read with warnings (from memory, at C speed)."""
        return len(self._flags) - len(self._flags.translate(None, _WARNED_FLAG_BYTES))

    def ids(self) -> Sequence[int]:
        """Return every article id (a range unless some were removed by a reload)."""
        if not self._removed:
            return range(len(self._paths))
        flags = self._flags
        return [i for i in range(len(self._paths)) if not flags[i] & _REMOVED]

    def find_path(self, path: str) -> int | None:
        """Return the id of the article read from path, if any."""
        paths = self._paths
        for article_id in range(self._indexed_paths, len(paths)):
            if not self._flags[article_id] & _REMOVED:
                self._by_path[paths[article_id]] = article_id
        self._indexed_paths = len(paths)
        return self._by_path.get(path)

    def find_title(self, title: str) -> int | None:
        """Return the id of an article whose headline folds to the same text, if any."""
        titles = self._titles
        for article_id in range(self._indexed_titles, len(titles)):
            headline = titles[article_id]
            if headline and not self._flags[article_id] & _REMOVED:
                self._by_title.setdefault(fold(headline).strip(), article_id)
        self._indexed_titles = len(titles)
        return self._by_title.get(fold(title).strip())

    def display_tag(self, tag: str) -> str:
        """Return the tag as the library shows it (canonical letters, first spelling seen)."""
        tag_id = self._tag_id_of_key.get(tag_key(tag))
        return canonical_tag(tag) if tag_id is None else self._tag_names[tag_id]

    def _members(self, tag: str) -> Sequence[int]:
        """Return the ids of the articles that carry tag, in no particular order."""
        tag_id = self._tag_id_of_key.get(tag_key(tag))
        return () if tag_id is None else self._tag_members[tag_id]

    def tag_ids(self, tag: str) -> set[int]:
        """Return the ids of the articles that carry tag."""
        return set(self._members(tag))

    def search_ids(self, text: str) -> set[int] | None:
        """Return the ids holding every word of text (behind any proclitic); None for no words.

        Words are matched whole after folding (Latin letters in any case).
        """
        found = self._search(text)
        return None if found is None else set(found)

    def _search(self, text: str) -> array[int] | None:
        """Return the ascending ids that search finds for text, remembering the last few."""
        words = tuple(query_words(text))
        if not words:
            return None
        found = self._searches.get(words)
        if found is not None:
            self._searches.move_to_end(words)
            return found
        id_of_key = self._id_of_key()
        try:
            ids = sorted(map(id_of_key.__getitem__, self.cache.search(words)))
        except IndexError:  # a key stored after this library was last indexed
            size = len(id_of_key)
            ids = sorted(id_of_key[key] for key in self.cache.search(words) if key < size)
        # Keys of articles no longer listed map to -1, first in order. An array of ids takes
        # 4 bytes each: results of common words hold most of the library.
        found = array("i", ids[bisect_right(ids, -1) :])
        # Tag clicks while a search is in force ask for the same words again.
        self._searches[words] = found
        if len(self._searches) > _SEARCHES_KEPT:
            self._searches.popitem(last=False)
        return found

    def forget_results(self) -> None:
        """Drop the remembered searches and listings (dropped anyway when articles change)."""
        self._searches.clear()
        self._listings.clear()

    def _id_of_key(self) -> array[int]:
        """Return the article id of each cache key (-1 for keys of no listed article)."""
        table = self._id_of_key_table
        if table is None:
            size = max(self._keys, default=-1) + 1
            table = array("q", [-1]) * size
            flags = self._flags
            for article_id, key in enumerate(self._keys):
                if key >= 0 and not flags[article_id] & _REMOVED:
                    table[key] = article_id
            self._id_of_key_table = table
        return table

    def listing(self, query: Query, order: SortOrder) -> Sequence[int]:
        """Return sort(select(query), order), remembering the last few: a reader goes back and
        forth between a handful of tags. The sequence (a list, or an array the library keeps)
        is shared: do not change it."""
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

        The library's own order and a tag's members in order are arrays it keeps and never
        changes (it builds new ones): they are handed out as they are, as a copy into a list
        of 100,000 ints would take a millisecond or two of a click.
        """
        if query.is_empty():
            return self._order(order)  # the library's own order, built once
        in_order = self._members_in_order.get(order)
        one_tag = len(query.include) == 1 and not query.exclude and not query.search.strip()
        if in_order is not None and one_tag:
            tag_id = self._tag_id_of_key.get(tag_key(query.include[0]))
            if tag_id is None:
                return []
            if tag_id in in_order:
                return in_order[tag_id]
        return self.sort(self.select(query), order)

    def prepare_listings(self, order: SortOrder) -> None:
        """Keep the members of every tag with many in order, so that clicking one lists it
        with no sort (a smaller tag sorts in well under a millisecond).

        Sorts in C only (about 0.1 s at 100,000 articles): worth it once a load is
        complete, for the clicks that follow; dropped when articles change.
        """
        if not self._complete or order in self._members_in_order:
            return
        key, reverse = self._sort_key(order)
        self._members_in_order[order] = {
            # Members ascending first: ties keep file order, as in the library's own order.
            tag_id: array("i", sorted(sorted(members), key=key, reverse=reverse))
            for tag_id, members in enumerate(self._tag_members)
            if len(members) >= _PREPARED_MEMBERS
        }

    def select(self, query: Query) -> list[int]:
        """Return the ids of the articles that the query lets through, ascending."""
        if query.is_empty():
            return list(self.ids())
        if len(query.include) == 1 and not query.exclude and not query.search.strip():
            # One tag, the usual click: its member array is (nearly always) ascending already.
            return sorted(self._members(query.include[0]))
        selected: set[int] | None = None
        if query.include:
            members = sorted((self._members(tag) for tag in query.include), key=len)
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
            found = self._search(query.search)
            if found is not None and selected is not None:
                selected.intersection_update(found)
        if selected is None:
            if found is not None and not query.exclude:
                return list(found)
            selected = set(self.ids()) if found is None else set(found)
        for tag in query.exclude:
            selected.difference_update(self._members(tag))
        return sorted(selected)

    def tag_counts(self, ids: Collection[int] | None = None) -> list[tuple[str, int]]:
        """Return (tag, count) over ids (all articles when None), most used first."""
        facets = self.tag_facets(ids)
        names = map(self._tag_names.__getitem__, facets.order)
        return list(zip(names, map(facets.counts.__getitem__, facets.order), strict=True))

    def tag_facets(self, ids: Collection[int] | None = None) -> TagFacets:
        """Return the tag counts over ids (all articles when None), most used first."""
        if ids is None:
            if self._all_facets is None:
                # C-level passes: (id, count) pairs of the tags some article carries.
                sizes = enumerate(map(len, self._tag_members))
                self._all_facets = self._facets(dict(filter(itemgetter(1), sizes)))
            return self._all_facets
        tags = self._tags
        return self._facets(Counter(chain.from_iterable(map(tags.__getitem__, ids))))

    def _facets(self, counts: Mapping[int, int]) -> TagFacets:
        """Order counted tags most used first, ties in the order of the tags' folded forms."""
        alphabetical = self._tag_order
        keys = self._tag_keys
        if alphabetical is None or len(alphabetical) > len(keys):
            alphabetical = self._tag_order = sorted(range(len(keys)), key=keys.__getitem__)
        elif len(alphabetical) < len(keys):
            # Tags are only ever appended during a load: the new ones are sorted alone and
            # merged in (two sorted runs: one linear pass), not all 30,000 sorted again.
            new = sorted(range(len(alphabetical), len(keys)), key=keys.__getitem__)
            alphabetical = self._tag_order = sorted(alphabetical + new, key=keys.__getitem__)
        # C-level passes only: a sidebar over 100,000 articles has tens of thousands of tags.
        present = list(filter(counts.__contains__, alphabetical))
        present.sort(key=counts.__getitem__, reverse=True)
        return TagFacets(
            order=present,
            counts=counts,
            names=self._tag_names,
            keys=self._tag_keys,
            members=self._tag_members,
            ids_by_key=self._tag_id_of_key,
        )

    def sort(self, ids: Iterable[int], order: SortOrder) -> list[int]:
        """Return ids in the given order; ties keep file order."""
        ids = ids if isinstance(ids, Collection) else list(ids)
        size = len(self._paths)
        if len(ids) * 2 < size:
            key, reverse = self._sort_key(order)
            return sorted(ids, key=key, reverse=reverse)
        # Most of the library: walk its whole order (built once) and keep what is selected.
        ordered = self._order(order)
        if len(ids) == len(self):
            return list(ordered)
        mask = bytearray(size)
        for article_id in ids:
            mask[article_id] = 1
        return list(compress(ordered, map(mask.__getitem__, ordered)))

    def _order(self, order: SortOrder) -> array[int]:
        """Return every listed id in the given order, ties in file order (built once)."""
        ordered = self._orders.get(order)
        if ordered is None:
            key, reverse = self._sort_key(order)
            ordered = self._orders[order] = array("i", sorted(self.ids(), key=key, reverse=reverse))
        return ordered

    def _sort_key(self, order: SortOrder) -> tuple[Callable[[int], float], bool]:
        """Return the key and direction that a stable sort of ascending ids needs for order."""
        if order is SortOrder.NEWEST:
            return self._date_keys.__getitem__, True
        if order is SortOrder.OLDEST:
            return self._date_keys.__getitem__, False
        return self._rank(order).__getitem__, False

    def _rank(self, order: SortOrder) -> array[int]:
        """Return each article's place in a title or source order (equal keys, equal places)."""
        rank = self._ranks.get(order)
        if rank is None:
            if order is SortOrder.TITLE:
                keys = [
                    fold(title) if title else fold(_file_name(path))
                    for title, path in zip(self._titles, self._paths, strict=True)
                ]
            else:
                folded = {source: fold(source) for source in set(self._sources) if source}
                keys = [folded[s] if s else "\uffff" for s in self._sources]
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


def _file_name(path: str) -> str:
    """Return the last part of a path."""
    return path.replace("\\", "/").rsplit("/", 1)[-1]


def store_snapshot(cache: ArticleCache) -> None:
    """Store the snapshot of a folder's cached library, for the next open to list at once.

    Reads and writes the cache only, so a loader's thread can do it after a complete load
    (the window's library then finds it stored). Does nothing when one is stored already.
    """
    if not cache.persistent or cache.folder is None:
        return
    try:
        if cache.has_snapshot():
            return
        library = Library(cache)
        library.add_rows(cache.rows(cache.folder))
        cache.save_snapshot(library.snapshot())
    except sqlite3.Error as error:
        cache.warnings.append(f"the cache could not store the list ({error})")


def article_paths(folder: Path) -> list[Path]:
    """Return every *.txt file under folder, recursively, in name order (see scan_folder)."""
    return [Path(path) for path, _size, _mtime in scan_folder(folder)]


def load_folder(
    folder: Path,
    read: Callable[[Path], Article] = read_article,
    on_problem: Callable[[LoadProblem], None] | None = None,
    *,
    cache: ArticleCache | None = None,
    workers: int = 1,
) -> Library:
    """Load every article file under folder into a new library, keeping per-file problems.

    With a cache (ArticleCache.open), only new and changed files are parsed; without one the
    articles are kept in an in-memory cache. workers > 1 parses in that many processes.
    """
    library = Library(cache if cache is not None else ArticleCache.in_memory())
    for batch in load_folder_batches(folder, library.cache, read=read, workers=workers):
        library.add_batch(batch)
        if on_problem is not None:
            for problem in batch.problems:
                on_problem(problem)
    library.apply_vocabulary()
    return library
