"""The library: the articles of a folder, their tag index, search and filters."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path

from reader.domain.article import Article, LoadProblem, NotAnArticleError
from reader.domain.batches import LoadBatch
from reader.domain.library.columns import ArticleColumns
from reader.domain.library.coverage import Coverage
from reader.domain.library.expected_search import ExpectedSearch
from reader.domain.library.frequent_search import FrequentSearch
from reader.domain.library.listing import Listings
from reader.domain.library.outlets import OutletFacets
from reader.domain.library.periods import Period, Timeline
from reader.domain.library.query import Query, SortOrder, TagFacets
from reader.domain.library.tag_index import TagIndex
from reader.domain.library.vocabulary import Regrouped, regroup_tags
from reader.domain.problems import ArticleWarning, CacheWarning, CacheWarningCode
from reader.domain.store.cache import ArticleCache
from reader.domain.store.query_search import Keys
from reader.domain.store.rows import ArticleRow, ParsedFile
from reader.domain.store.snapshot import LibrarySnapshot
from reader.domain.text.query_syntax import read_query


class Library:
    """The articles of one folder, indexed by tag and by word.

    Memory holds only what the list shows (headline, date, source, tag ids, path) in
    columns; `article(id)` gives the whole article from the cache (an in-memory one when none
    is given), so a library of 100,000 articles stays small. Ids are given in the order
    articles arrive and stay valid; a removed article's id is never reused.
    """

    def __init__(self, cache: ArticleCache | None = None) -> None:
        self._cache = cache
        self._problems: list[LoadProblem] = []
        self._tag_index = TagIndex()
        self._columns = ArticleColumns(self._tag_index)
        self._coverage = Coverage(self._columns)
        self._expected = ExpectedSearch(self._search_keys)
        self.frequent = FrequentSearch()
        self._listings = Listings(
            self._columns, self._tag_index, self._expected.keys, self._coverage
        )
        # Grows whenever listed articles change in place (a preview completed, tags regrouped).
        self.revision = 0
        self._complete = False

    def __len__(self) -> int:
        return len(self._columns)

    @property
    def cache(self) -> ArticleCache:
        """The cache the articles are read from (created in memory when none was given)."""
        if self._cache is None:
            self._cache = ArticleCache.in_memory()
        return self._cache

    @property
    def cache_warnings(self) -> list[CacheWarning]:
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
        columns = self._columns
        ids: list[int] = []
        if batch.snapshot is not None:
            columns.adopt(batch.snapshot)
            self._tag_index.adopt(batch.snapshot)
            self._forget_derived()
            ids.extend(self.ids())
        if batch.removed:
            self._remove(columns.ids_of_keys(batch.removed))
        if batch.previews is not None and columns.add_previews(batch.previews):
            self._forget_derived()
        ids += self.add_rows(batch.rows)
        self._problems.extend(batch.problems)
        if batch.regrouped:
            ids += self._apply_regrouped(batch.regrouped)
        if columns.previews and batch.problems:
            # A file listed from its header that turned out to be no article after all.
            failed = [columns.previews.pop(problem.path, -1) for problem in batch.problems]
            self._remove(article_id for article_id in failed if article_id >= 0)
        if batch.complete:
            self._complete = True
            # Every previewed file has had its row or its problem by now; a path spelled
            # otherwise by the two (never seen) must not stay listed half-read.
            self._remove(columns.previews.values())
            columns.previews.clear()
            # Searches read the cache's last commit, which lags the rows listed by up to one
            # commit's worth during a load: the final commit makes every search whole.
            self._listings.forget_results()
        return ids

    def snapshot(self) -> LibrarySnapshot:
        """Return the library's columns for the cache (shared, not copied: store them at once)."""
        return self._columns.snapshot()

    def add_rows(self, rows: Iterable[ArticleRow]) -> list[int]:
        """Add articles stored in this library's cache, by their rows; return their ids.

        A row of a file listed as a preview completes it, keeping its id.
        """
        ids, completed, dates_moved = self._columns.add_rows(rows)
        if completed:
            self.revision += 1
        if ids:
            # Rows that complete their previews on the same dates keep the list's order:
            # a long load does not sort the whole library again for each batch.
            self._forget_derived(dates_moved=dates_moved)
        return ids

    def _remove(self, article_ids: Iterable[int]) -> None:
        """Stop listing these articles."""
        if self._columns.remove(article_ids):
            self._forget_derived()

    def apply_vocabulary(self) -> list[int]:
        """Rebuild separator-less tag lines with the multi-word tags other files separate.

        At the end of a complete load it also stores the library's snapshot in the cache, so
        that the next open lists everything at once.
        """
        # A load regroups them on its own thread: then the cache has nothing left to regroup.
        changed = self._apply_regrouped(regroup_tags(self.cache))
        if self._complete and not self._columns.removed:
            save_snapshot(self.cache, self.snapshot)
        return changed

    def _apply_regrouped(self, regrouped: Iterable[Regrouped]) -> list[int]:
        """Give articles their tags regrouped with the folder's vocabulary; return their ids."""
        id_of_key = self._columns.id_of_key()
        changes = {
            id_of_key[key]: (tags, retagged)
            for key, tags, retagged in regrouped
            if key < len(id_of_key) and id_of_key[key] >= 0
        }
        if changes:
            self.revision += 1
            self._columns.retag(changes)
            self._forget_derived()
        return sorted(changes)

    def _forget_derived(self, *, dates_moved: bool = True) -> None:
        """Drop what is built from the articles on first use; it is built again when asked.

        dates_moved=False keeps the date orders: no article came, went or changed its date.
        """
        self._columns.forget_derived()
        self._tag_index.forget_facets()
        self._coverage.forget()
        self._listings.forget(dates_moved=dates_moved)
        self._expected.forget()
        self.frequent.forget()

    def article(self, article_id: int) -> Article | None:
        """Return the article with this id from the cache, or None when the cache cannot
        answer (a file listed from its header, not parsed yet, or a failing cache).

        The library reads no file: on None, read path_of(id) away from the window's thread
        and give the article with_library_tags.
        """
        if self._columns.is_preview(article_id):
            return None
        try:
            return self.cache.article(self._columns.keys[article_id], self.path_of(article_id))
        except (sqlite3.Error, KeyError, ValueError):
            return None

    def path_of(self, article_id: int) -> str:
        """Return the path of the file an article was read from."""
        return self._columns.paths[article_id]

    def with_library_tags(self, article_id: int, article: Article) -> Article:
        """Return an article read from its file with the tags the library gives it (regrouped
        with the folder's vocabulary); a file not parsed by the load yet keeps its own."""
        if self._columns.is_preview(article_id):
            return article
        tags = self._tag_index.names_of(self._columns.tags[article_id])
        return article if tags == article.tags else replace(article, tags=tags)

    def row(self, article_id: int) -> ArticleRow:
        """Return what the list shows of an article, from memory: cheap, no file or cache read."""
        return self._columns.row(article_id)

    def warned_ids(self, ids: Iterable[int]) -> list[int]:
        """Return those of ids whose articles were read with warnings (from memory)."""
        return self._columns.warned_ids(ids)

    def warnings_of(
        self, ids: Iterable[int], read: Callable[[Path], Article] | None = None
    ) -> list[tuple[str, tuple[ArticleWarning, ...]]]:
        """Return (path, warnings) of those of ids read with warnings, from the cache in one
        query (a crawl may have tens of thousands).

        An article whose warnings the cache lacks is taken whole from the cache, or else read
        with read (the caller's, off the window's thread); it is left out when it cannot be.
        """
        warned = self.warned_ids(ids)
        keys = self._columns.keys
        try:
            stored = self.cache.article_warnings([keys[i] for i in warned])
        except sqlite3.Error:
            stored = {}
        result = []
        for article_id in warned:
            warnings = stored.get(keys[article_id])
            if warnings is None:
                article = self.article(article_id)
                if article is None and read is not None:
                    try:
                        article = read(Path(self.path_of(article_id)))
                    except (OSError, NotAnArticleError):
                        continue
                if article is None:
                    continue
                warnings = article.warnings
            if warnings:
                result.append((self.path_of(article_id), warnings))
        return result

    def warned_count(self) -> int:
        """Return how many listed articles were read with warnings (from memory, at C speed)."""
        return self._columns.warned_count()

    def ids(self) -> Sequence[int]:
        """Return every article id (a range unless some were removed by a reload)."""
        return self._columns.ids()

    def find_path(self, path: str) -> int | None:
        """Return the id of the article read from path, if any."""
        return self._columns.find_path(path)

    def find_title(self, title: str) -> int | None:
        """Return the id of an article whose headline folds to the same text, if any."""
        return self._columns.find_title(title)

    def display_tag(self, tag: str) -> str:
        """Return the tag as the library shows it (canonical letters, first spelling seen)."""
        return self._tag_index.display(tag)

    def tag_ids(self, tag: str) -> set[int]:
        """Return the ids of the articles that carry tag."""
        return set(self._tag_index.members_of(tag))

    def search_ids(self, text: str) -> set[int] | None:
        """Return the ids holding every word of text (behind any proclitic); None for no words.

        Words are matched whole after folding (Latin letters in any case).
        """
        found = self._listings.search(text)
        return None if found is None else set(found)

    def _search_keys(self, words: tuple[str, ...]) -> Keys:
        """Return the cache keys (ascending) of the articles holding every folded word."""
        return self.cache.search(words, self.frequent.current())

    def expect_search(self, text: str) -> None:
        """Start finding the articles of a search expected soon (what the search box will send
        when the typing pauses) on another thread, so that its listing waits for less."""
        words = (read_query(text).key(),)
        if words[0]:
            self._expected.expect(words)

    def forget_results(self) -> None:
        """Drop the remembered searches and listings (dropped anyway when articles change)."""
        self._listings.forget_results()
        self._expected.forget()

    def listing(self, query: Query, order: SortOrder) -> Sequence[int]:
        """Return sort(select(query), order), remembering the last few: a reader goes back and
        forth between a handful of tags. The sequence (a list, or an array the library keeps)
        is shared: do not change it."""
        return self._listings.listing(query, order)

    def prepare_listings(self, order: SortOrder) -> None:
        """Keep the members of every tag with many in order, so that clicking one lists it
        with no sort, and the tags column flat for the counts: worth it once a load is
        complete, for the clicks that follow, and the frequent words' articles for the
        searches; dropped when articles change."""
        if self._complete:
            self._listings.prepare(order)
            self._tag_index.prepare(self._columns.tags)
            self.frequent.prepare(self.cache, len(self))

    def select(self, query: Query) -> list[int]:
        """Return the ids of the articles that the query lets through, ascending."""
        return self._listings.select(query)

    def sort(self, ids: Iterable[int], order: SortOrder) -> list[int]:
        """Return ids in the given order; ties keep file order."""
        return self._listings.sort(ids, order)

    def tag_counts(self, ids: Collection[int] | None = None) -> list[tuple[str, int]]:
        """Return (tag, count) over ids (all articles when None), most used first."""
        facets = self.tag_facets(ids)
        names = map(facets.names.__getitem__, facets.order)
        return list(zip(names, map(facets.counts.__getitem__, facets.order), strict=True))

    def tag_facets(self, ids: Collection[int] | None = None) -> TagFacets:
        """Return the tag counts over ids (all articles when None), most used first."""
        return self._tag_index.facets(self._columns.tags, ids)

    def outlet_facets(self, ids: Collection[int] | None = None) -> OutletFacets:
        """Return the outlet counts over ids (all articles when None), most articles first;
        outlets whose folded names agree are one, shown in their most frequent spelling."""
        return self._coverage.outlet_facets(ids)

    def source_counts(self, ids: Collection[int] | None = None) -> list[tuple[str | None, int]]:
        """Return (outlet, count) over ids (all articles when None), most articles first;
        None stands for the articles with no source."""
        return [(name or None, count) for name, count in self.outlet_facets(ids).pairs()]

    def display_source(self, source: str) -> str:
        """Return an outlet as the library shows it (its most frequent spelling)."""
        facets = self._coverage.outlet_facets()
        outlet = facets.outlet_id(source)
        return source if outlet is None else facets.names[outlet]

    def date_span(self) -> tuple[date, date] | None:
        """Return the first and last day (as written) of the dated articles, if any."""
        return self._coverage.date_span()

    def timeline(
        self,
        ids: Collection[int] | None = None,
        by: Period | None = None,
        start: date | None = None,
        end: date | None = None,
    ) -> Timeline:
        """Return the articles of ids (all when None) and of the whole folder per period,
        from the first to the last dated day (within start and end), empty periods included;
        by None chooses the period from the span."""
        return self._coverage.timeline(ids, by, start, end)


def save_snapshot(cache: ArticleCache, snapshot: Callable[[], LibrarySnapshot]) -> None:
    """Store a library's snapshot (made only when needed) in a persistent cache that has none,
    for the next open to list at once; a cache that fails says so in its warnings."""
    if not cache.persistent:
        return
    try:
        if not cache.has_snapshot():
            cache.save_snapshot(snapshot())
    except sqlite3.Error as error:
        cache.warnings.append(
            CacheWarning(CacheWarningCode.LIST_NOT_STORED, str(cache.path), str(error))
        )
