"""The library's articles in columns: what the list shows, tag ids and flags, by article id."""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Sequence
from itertools import islice, repeat

from reader.domain.batches import Previews
from reader.domain.flags import RowFlag
from reader.domain.library.outlets import OutletIndex
from reader.domain.library.periods import written_day
from reader.domain.library.tag_index import TagIndex
from reader.domain.store.article_codec import decode_date, encode_date
from reader.domain.store.rows import ArticleRow
from reader.domain.store.snapshot import LibrarySnapshot
from reader.domain.text.arabic import fold

# Plain ints: the loops over every article test these bits.
_HAS_UNSEPARATED = int(RowFlag.HAS_UNSEPARATED)
_RETAGGED = int(RowFlag.RETAGGED)
_REMOVED = int(RowFlag.REMOVED)
_HAS_WARNINGS = int(RowFlag.HAS_WARNINGS)
_PREVIEW = int(RowFlag.PREVIEW)
# The flag bytes of listed articles read with warnings.
_WARNED_FLAG_BYTES = bytes(b for b in range(256) if b & _HAS_WARNINGS and not b & _REMOVED)


class ArticleColumns:
    """One entry per article id in each column, in the order articles arrive.

    A removed article keeps its entries (flagged REMOVED, no tags): ids are never reused.
    """

    def __init__(self, tag_index: TagIndex) -> None:
        self._tag_index = tag_index
        self.keys: array[int] = array("q")
        self.paths: list[str] = []
        self.titles: list[str | None] = []
        self.published: list[str | None] = []  # as encode_date writes it
        self.date_keys: array[float] = array("d")
        self.sources: list[str | None] = []
        self.tags: list[tuple[int, ...]] = []
        self.flags = bytearray()
        self.removed = 0
        # Articles listed from their headers, by path, until their rows complete them.
        self.previews: dict[str, int] = {}
        # One string object per source: thousands of articles share a handful of sources.
        self._interned: dict[str, str] = {}
        # Built on first use, dropped when articles come or go.
        self._id_of_key_table: array[int] | None = None
        self._by_path: dict[str, int] = {}
        self._by_title: dict[str, int] = {}
        self._indexed_paths = 0
        self._indexed_titles = 0
        # Outlets by spelling, and per article its day as written and its source's spelling
        # id: extended on first use after articles come, kept right as rows change.
        self.outlets = OutletIndex()
        self._days: array[int] = array("i")
        self._spellings: array[int] = array("i")

    def __len__(self) -> int:
        return len(self.paths) - self.removed

    def add_previews(self, previews: Previews) -> int:
        """List files by their headers; their rows come later. Return how many were listed."""
        first = len(self.paths)
        count = len(previews.paths)
        interned = self._interned
        self.keys.extend(repeat(-1, count))
        self.paths.extend(previews.paths)
        self.titles.extend(previews.titles)
        self.published.extend(previews.published)
        self.date_keys.extend(previews.date_keys)
        self.sources.extend(
            source if source is None else interned.setdefault(source, source)
            for source in previews.sources
        )
        self.tags.extend(repeat((), count))
        self.flags.extend(repeat(_PREVIEW, count))
        self.previews.update(zip(previews.paths, range(first, first + count), strict=True))
        return count

    def adopt(self, snapshot: LibrarySnapshot) -> None:
        """Take over the article columns of a snapshot, into an empty library."""
        if self.paths:
            raise ValueError("a snapshot goes only into an empty library")
        self.keys = snapshot.keys
        self.paths = snapshot.paths
        self.titles = snapshot.titles
        self.published = snapshot.published
        self.date_keys = snapshot.date_keys
        self.sources = snapshot.sources
        self.tags = snapshot.tags
        self.flags = snapshot.flags
        self._interned = {}
        self._days = array("i")
        self._spellings = array("i")

    def snapshot(self) -> LibrarySnapshot:
        """Return the columns and the tag index for the cache (shared, not copied)."""
        tag_index = self._tag_index
        return LibrarySnapshot(
            keys=self.keys,
            paths=self.paths,
            sizes=array("q"),
            mtimes=array("q"),
            titles=self.titles,
            published=self.published,
            date_keys=self.date_keys,
            sources=self.sources,
            tags=self.tags,
            flags=self.flags,
            tag_keys=tag_index.keys,
            tag_names=tag_index.names,
            tag_texts=tag_index.texts,
            tag_members=tag_index.members,
        )

    def add_rows(self, rows: Iterable[ArticleRow]) -> tuple[list[int], bool, bool]:
        """Add rows (a row of a file listed as a preview completes it, keeping its id).

        Return their ids, whether any completed a preview, and whether any article came or
        changed its date (when none did, the date orders still hold).
        """
        ids: list[int] = []
        previews = self.previews
        completed = False
        dates_moved = False
        for row in rows:
            article_id = previews.pop(row.path, -1) if previews else -1
            if article_id < 0:
                dates_moved = True
                article_id = len(self.paths)
                self.keys.append(row.key)
                self.paths.append(row.path)
                self.titles.append(row.title)
                self.published.append(None)
                self.date_keys.append(row.date_key)
                self.sources.append(None)
                self.tags.append(())
                self.flags.append(0)
            else:
                self._tag_index.untag((article_id,), self.tags)
                completed = True
                dates_moved = dates_moved or self.date_keys[article_id] != row.date_key
            self._set_row(article_id, row)
            ids.append(article_id)
        return ids, completed, dates_moved

    def _set_row(self, article_id: int, row: ArticleRow) -> None:
        """Put a row's columns in place for an article id, tagging it."""
        self.keys[article_id] = row.key
        self.titles[article_id] = row.title
        published = self.published[article_id] = encode_date(row.published)
        self.date_keys[article_id] = row.date_key
        source = row.source
        if source is not None:
            source = self._interned.setdefault(source, source)
        self.sources[article_id] = source
        if article_id < len(self._days):
            self._days[article_id] = written_day(published)
        if article_id < len(self._spellings):
            self._spellings[article_id] = self.outlets.spelling_id(source)
        self.tags[article_id] = self._tag_index.tag(article_id, row.tags)
        self.flags[article_id] = (
            row.has_unseparated * _HAS_UNSEPARATED
            + row.retagged * _RETAGGED
            + row.has_warnings * _HAS_WARNINGS
        )

    def retag(self, changes: dict[int, tuple[tuple[str, ...], bool]]) -> None:
        """Give articles new tags (and whether they differ from the parser's), keeping the
        tag index right."""
        tag_index = self._tag_index
        tag_index.untag(changes.keys(), self.tags)
        for article_id, (tags, retagged) in changes.items():
            self.tags[article_id] = tag_index.tag(article_id, tags)
            if retagged:
                self.flags[article_id] |= _RETAGGED
            else:
                self.flags[article_id] &= ~_RETAGGED

    def ids_of_keys(self, keys: Iterable[int]) -> set[int]:
        """Return the ids of the articles stored under these cache keys."""
        wanted = set(keys)
        return {article_id for article_id, key in enumerate(self.keys) if key in wanted}

    def remove(self, article_ids: Iterable[int]) -> bool:
        """Stop listing these articles; tell whether any was listed."""
        flags = self.flags
        removed = {article_id for article_id in article_ids if not flags[article_id] & _REMOVED}
        if not removed:
            return False
        self._tag_index.untag(removed, self.tags)
        for article_id in removed:
            self.tags[article_id] = ()
            flags[article_id] = _REMOVED
        self.removed += len(removed)
        self._by_path.clear()
        self._by_title.clear()
        self._indexed_paths = self._indexed_titles = 0
        return True

    def forget_derived(self) -> None:
        """Drop the key table: articles came or went."""
        self._id_of_key_table = None

    def id_of_key(self) -> array[int]:
        """Return the article id of each cache key (-1 for keys of no listed article)."""
        table = self._id_of_key_table
        if table is None:
            size = max(self.keys, default=-1) + 1
            table = array("q", [-1]) * size
            flags = self.flags
            for article_id, key in enumerate(self.keys):
                if key >= 0 and not flags[article_id] & _REMOVED:
                    table[key] = article_id
            self._id_of_key_table = table
        return table

    def days(self) -> array[int]:
        """Return each article's day as written (date.toordinal; -1 undated), by id.

        The column grows as articles come: do not keep a buffer view of it.
        """
        days = self._days
        if len(days) < len(self.published):
            days.extend(map(written_day, islice(self.published, len(days), None)))
        return days

    def spellings(self) -> array[int]:
        """Return the spelling id of each article's source (0: none), by id; see days()."""
        spellings = self._spellings
        if len(spellings) < len(self.sources):
            spellings.extend(self.outlets.spelling_ids(islice(self.sources, len(spellings), None)))
        return spellings

    def is_preview(self, article_id: int) -> bool:
        """Tell whether an article is listed from its header only, not parsed yet."""
        return bool(self.flags[article_id] & _PREVIEW)

    def row(self, article_id: int) -> ArticleRow:
        """Return what the list shows of an article, from memory."""
        flags = self.flags[article_id]
        return ArticleRow(
            key=self.keys[article_id],
            path=self.paths[article_id],
            title=self.titles[article_id],
            published=decode_date(self.published[article_id]),
            source=self.sources[article_id],
            tags=self._tag_index.names_of(self.tags[article_id]),
            date_key=self.date_keys[article_id],
            has_unseparated=bool(flags & _HAS_UNSEPARATED),
            retagged=bool(flags & _RETAGGED),
            has_warnings=bool(flags & _HAS_WARNINGS),
        )

    def ids(self) -> Sequence[int]:
        """Return every listed article id (a range unless some were removed)."""
        if not self.removed:
            return range(len(self.paths))
        flags = self.flags
        return [i for i in range(len(self.paths)) if not flags[i] & _REMOVED]

    def warned_ids(self, ids: Iterable[int]) -> list[int]:
        """Return those of ids whose articles were read with warnings."""
        flags = self.flags
        return [i for i in ids if flags[i] & _HAS_WARNINGS and not flags[i] & _REMOVED]

    def warned_count(self) -> int:
        """Return how many listed articles were read with warnings (at C speed)."""
        return len(self.flags) - len(self.flags.translate(None, _WARNED_FLAG_BYTES))

    def find_path(self, path: str) -> int | None:
        """Return the id of the article read from path, if any."""
        paths = self.paths
        for article_id in range(self._indexed_paths, len(paths)):
            if not self.flags[article_id] & _REMOVED:
                self._by_path[paths[article_id]] = article_id
        self._indexed_paths = len(paths)
        return self._by_path.get(path)

    def find_title(self, title: str) -> int | None:
        """Return the id of an article whose headline folds to the same text, if any."""
        titles = self.titles
        for article_id in range(self._indexed_titles, len(titles)):
            headline = titles[article_id]
            if headline and not self.flags[article_id] & _REMOVED:
                self._by_title.setdefault(fold(headline).strip(), article_id)
        self._indexed_titles = len(titles)
        return self._by_title.get(fold(title).strip())
