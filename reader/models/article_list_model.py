"""The article list: one row per article id of the current result, over a Library."""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable, Sequence
from datetime import date, datetime

from PySide6.QtCore import (
    QAbstractListModel,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from typing_extensions import override

from reader.domain.article import display_path
from reader.domain.copies.groups import CopyGroups
from reader.domain.copies.library import story_outlets
from reader.domain.library.library import Library
from reader.domain.library.query import Query
from reader.domain.text.export import arabic_date
from reader.domain.text.query_syntax import positive_terms, read_query
from reader.domain.text.search import snippet
from reader.models.roles import ItemRole

# How many tags the second line of a row shows.
_ROW_TAGS = 3
# A tooltip or a screen reader gets at most this much of a headline (a scraped "headline" can
# be a whole five-megabyte page on one line).
_MAX_TIP_CHARS = 500
# How many rows' snippets are kept: some screenfuls, so that scrolling back costs nothing.
_SNIPPETS_KEPT = 512
# A paint makes the snippets of its rows for this long at most (a screenful after a search:
# 2-3 ms); the rest come right after it, so that a long jump never slows a paint much.
_PAINT_SNIPPETS_SECONDS = 0.006


class ArticleListModel(QAbstractListModel):
    """Lists a library's articles by id: ItemRole.PATH gives the path, DisplayRole the headline.

    A path whose name is not valid UTF-8 comes with U+FFFD for the bytes that are not.
    While a search that finds by some term is in force, ItemRole.SNIPPET gives each row a
    line of its body around the first hit, made as the row is first painted (make_snippets)
    or right after.
    """

    # Whether rows have snippets now (a search started or ended).
    snippets_shown_changed = Signal(bool)

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._ids: Sequence[int] = []
        # The library revision the rows were last shown at (rows may change in place).
        self._revision = library.revision
        # The search the snippets show (empty: none), and the snippets made, by article id.
        self._search = ""
        self._snippets: OrderedDict[int, tuple[str, int, int] | None] = OrderedDict()
        # Rows painted before their snippet was made: article id -> row, made after the paint.
        self._pending: dict[int, int] = {}
        # Owned by the model, so that a model deleted before it fires makes no snippets.
        self._snippet_timer = QTimer(self)
        self._snippet_timer.setSingleShot(True)
        self._snippet_timer.setInterval(0)
        self._snippet_timer.timeout.connect(self._make_snippets)
        # The groups of copies while a row stands for its story (None: one row per article).
        self._copies: CopyGroups | None = None
        # An article's Mark bits by id (None: no marks kept).
        self._marks: Callable[[int], int] | None = None

    @property
    def library(self) -> Library:
        """The library the ids refer to."""
        return self._library

    def snippets_shown(self) -> bool:
        """Tell whether rows have snippets (a search that finds by some term is in force)."""
        return bool(self._search)

    @Slot(object)
    def set_query(self, query: Query) -> None:
        """Take the search of query for the snippets of the rows."""
        search = query.search if positive_terms(read_query(query.search).tree) else ""
        if search == self._search:
            return
        shown = self.snippets_shown()
        self._search = search
        self._snippets.clear()
        self._pending.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0), self.index(len(self._ids) - 1), [ItemRole.SNIPPET])
        if shown != self.snippets_shown():
            self.snippets_shown_changed.emit(self.snippets_shown())

    def set_marks(self, marks: Callable[[int], int] | None) -> None:
        """Give rows their read and starred marks from marks (article id -> Mark bits)."""
        self._marks = marks
        self.refresh_marks()

    @Slot()
    def refresh_marks(self) -> None:
        """Have every row's marks painted again (they changed)."""
        if self._ids:
            self.dataChanged.emit(self.index(0), self.index(len(self._ids) - 1), [ItemRole.MARKS])

    def set_copy_groups(self, copies: CopyGroups | None) -> None:
        """Show each row as its story, with its copy count and outlets (None: as itself)."""
        if copies is self._copies:
            return
        self._copies = copies
        if self._ids:
            self.dataChanged.emit(self.index(0), self.index(len(self._ids) - 1))

    def set_library(self, library: Library, ids: Sequence[int] = ()) -> None:
        """Show ids of another library."""
        self.beginResetModel()
        self._snippets.clear()
        self._pending.clear()
        self._library = library
        self._ids = ids  # kept, as set_ids keeps it
        self._revision = library.revision
        self.endResetModel()

    def set_ids(self, ids: Sequence[int]) -> None:
        """Show these article ids, in this order; rows appended to the end are inserted.

        The sequence is kept, not copied (the library's listings are lists or arrays it never
        changes): do not change it afterwards.
        """
        new_ids = ids
        old_count = len(self._ids)
        if self._revision != self._library.revision:
            # Articles changed in place (previews completed): repaint the rows that stay.
            self._revision = self._library.revision
            self._snippets.clear()
            if old_count:
                self.dataChanged.emit(self.index(0), self.index(old_count - 1))
        if len(new_ids) == old_count and _starts_with(new_ids, self._ids):
            return
        if len(new_ids) > old_count and _starts_with(new_ids, self._ids):
            self.beginInsertRows(QModelIndex(), old_count, len(new_ids) - 1)
            self._ids = new_ids
            self.endInsertRows()
            return
        self.beginResetModel()
        self._ids = new_ids
        self._revision = self._library.revision
        self.endResetModel()

    def ids(self) -> list[int]:
        """Return the ids shown, in row order."""
        return list(self._ids)

    def article_id(self, row: int) -> int:
        """Return the id of the article on row."""
        return self._ids[row]

    def article_path(self, row: int) -> str:
        """Return the file path of the article on row, exactly as the library holds it."""
        return self._library.row(self._ids[row]).path

    def row_of(self, article_id: int) -> int | None:
        """Return the row that shows article_id, if it is shown."""
        # One C-level scan: cheaper than a dictionary rebuilt after every click.
        try:
            return self._ids.index(article_id)
        except ValueError:
            return None

    @override
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        if parent.isValid():
            return 0
        return len(self._ids)

    @override
    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if role not in _ROLES or not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None  # the style asks for a dozen roles per painted row: answer at once
        if index.parent().isValid():
            return None
        article_id = self._ids[index.row()]
        if role == ItemRole.ARTICLE_ID:
            return article_id
        if role == ItemRole.SNIPPET:
            return self._snippet(index.row(), article_id)
        if role == ItemRole.MARKS:
            return None if self._marks is None else self._marks(article_id)
        if role == ItemRole.COPY_COUNT:
            return len(self._copies.group(article_id)) if self._copies is not None else 0
        # The row from memory: painting never reads the cache or a file.
        article = self._library.row(article_id)
        if role == ItemRole.ROW_TEXTS:
            return (
                article.display_title,
                _date_text(article.published),
                self._outlets(article_id, article.source or ""),
                article.tags[:_ROW_TAGS],
            )
        if role == Qt.ItemDataRole.DisplayRole:
            return article.display_title
        if role == Qt.ItemDataRole.ToolTipRole:
            return _shortened(article.display_title)
        if role == ItemRole.PATH:
            return display_path(article.path)
        if role == ItemRole.DATE_TEXT:
            return _date_text(article.published)
        if role == ItemRole.SOURCE:
            return self._outlets(article_id, article.source or "")
        if role == ItemRole.TAGS:
            return list(article.tags[:_ROW_TAGS])  # the library's names, as the sidebar shows
        if role == Qt.ItemDataRole.AccessibleTextRole:
            parts = [
                _shortened(article.display_title),
                _date_text(article.published),
                article.source or "",
            ]
            return "، ".join(part for part in parts if part)
        return None

    def _outlets(self, article_id: int, source: str) -> str:
        """Return a row's outlet, or while grouping every outlet of its story."""
        copies = self._copies
        if copies is None or not copies.group(article_id):
            return source
        return "، ".join(story_outlets(self._library, copies, article_id))

    def make_snippets(self, first: int, last: int) -> None:
        """Make the snippets of rows first to last that have none, for a paint about to show
        them (one paint, not a second one for the snippets), within _PAINT_SNIPPETS_SECONDS."""
        if not self._search:
            return
        started = time.perf_counter()
        for article_id in self._ids[max(first, 0) : last + 1]:
            if article_id not in self._snippets:
                if time.perf_counter() - started > _PAINT_SNIPPETS_SECONDS:
                    break
                self._make_snippet(article_id)
        self._forget_old_snippets()

    def _snippet(self, row: int, article_id: int) -> tuple[str, int, int] | None:
        """Return the snippet of an article once made; None with no search, no hit in the body,
        or not made yet: rows painted without one get theirs right after (dataChanged)."""
        if not self._search:
            return None
        if article_id in self._snippets:
            self._snippets.move_to_end(article_id)
            return self._snippets[article_id]
        if not self._pending:
            self._snippet_timer.start()
        self._pending[article_id] = row
        return None

    @Slot()
    def _make_snippets(self) -> None:
        """Make the snippets of the rows painted without one, from the cache's stored
        articles (memoised there), and have those rows painted again."""
        pending, self._pending = self._pending, {}
        rows = []
        for article_id, row in pending.items():
            if not self._search or not self._make_snippet(article_id):
                continue  # listed from its headline: asked again once it is parsed
            if row < len(self._ids) and self._ids[row] == article_id:
                rows.append(row)
        self._forget_old_snippets()
        if rows:
            self.dataChanged.emit(self.index(min(rows)), self.index(max(rows)), [ItemRole.SNIPPET])

    def _make_snippet(self, article_id: int) -> bool:
        """Make and keep an article's snippet; False when it is not parsed yet."""
        article = self._library.article(article_id)
        if article is None:
            return False
        found = snippet(article.body, self._search)
        self._snippets[article_id] = None if found is None else (found.text, found.start, found.end)
        return True

    def _forget_old_snippets(self) -> None:
        """Keep the snippets of the _SNIPPETS_KEPT rows asked for last."""
        while len(self._snippets) > _SNIPPETS_KEPT:
            self._snippets.popitem(last=False)

    @override
    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )


_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
        ItemRole.PATH,
        ItemRole.ARTICLE_ID,
        ItemRole.DATE_TEXT,
        ItemRole.SOURCE,
        ItemRole.TAGS,
        ItemRole.ROW_TEXTS,
        ItemRole.SNIPPET,
        ItemRole.COPY_COUNT,
        ItemRole.MARKS,
    }
)


def _starts_with(ids: Sequence[int], prefix: Sequence[int]) -> bool:
    """Tell whether ids begins with prefix, lists and arrays alike (a list never equals an
    array, whatever they hold)."""
    if ids is prefix:
        return True
    head = ids[: len(prefix)]
    if type(head) is type(prefix):
        return head == prefix
    return list(head) == list(prefix)


def _shortened(text: str) -> str:
    """Return text cut to what a tooltip can show."""
    return text if len(text) <= _MAX_TIP_CHARS else text[:_MAX_TIP_CHARS] + "…"


def _date_text(published: date | datetime | None) -> str:
    """Return the publication day as the UI language writes it; empty when unknown."""
    if published is None:
        return ""
    # The list shows the day only; the pane shows the time and zone too.
    day = published.date() if isinstance(published, datetime) else published
    locale = QLocale()
    if locale.language() == QLocale.Language.Arabic:
        return arabic_date(day)
    return locale.toString(QDate(day.year, day.month, day.day), "d MMM yyyy")
