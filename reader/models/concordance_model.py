"""The concordance as a table: the words before each hit, the hit, the words after."""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QFont
from typing_extensions import override

from reader.domain.analysis.concordance import (
    ConcordanceOrder,
    Hit,
    article_hits,
    sort_key,
)
from reader.domain.library.library import Library
from reader.models.roles import ItemRole

BEFORE, MATCH, AFTER = range(3)
# The first slice fills a screen at once; the rest streams in slices of this many ms, the
# event loop turning in between, so that the window never freezes.
FIRST_SCREEN_HITS = 100
_SLICE_SECONDS = 0.015
# Lines kept for display; hits beyond are still counted.
MAX_LINES = 50_000
_ALIGNMENTS = {
    # The table is right to left: the text before a hit stands on its right and ends at the
    # hit, the text after starts at it.
    BEFORE: Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute,
    MATCH: Qt.AlignmentFlag.AlignHCenter,
    AFTER: Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute,
}


class ConcordanceModel(QAbstractTableModel):
    """Every hit of a search in the headlines and bodies of some articles, in date order or
    sorted by a word beside the hit; the hits stream in behind the first screen."""

    # (hits, articles with hits, whether every article has been read)
    counts_changed = Signal(int, int, bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library: Library | None = None
        self._search = ""
        self._pending: Sequence[int] = ()
        self._next = 0
        # (article id, hit), in date order; _rows maps a row to one of them.
        self._hits: list[tuple[int, Hit]] = []
        self._rows: list[int] = []
        self._order = ConcordanceOrder.DATE
        self._hit_count = 0
        self._article_count = 0
        self._bold = QFont()
        self._bold.setBold(True)
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._on_timer_timeout)

    def set_source(self, library: Library | None, ids: Sequence[int], search: str) -> None:
        """List the hits of search in the articles with these ids (in their order)."""
        self._timer.stop()
        self.beginResetModel()
        self._library = library
        self._search = search
        self._pending = ids if library is not None and search.strip() else ()
        self._next = 0
        self._hits = []
        self._rows = []
        self._hit_count = self._article_count = 0
        self.endResetModel()
        self._read(time.perf_counter() + 0.05, FIRST_SCREEN_HITS)
        self._say_counts()
        if not self.is_finished():
            self._timer.start()

    def set_order(self, order: ConcordanceOrder) -> None:
        """Sort the lines by date or by a word beside the hit."""
        if order is self._order:
            return
        self._order = order
        self._sort()

    def order(self) -> ConcordanceOrder:
        """Return the order of the lines."""
        return self._order

    def is_finished(self) -> bool:
        """Tell whether every article has been read for hits."""
        return self._next >= len(self._pending)

    def counts(self) -> tuple[int, int]:
        """Return the hits found so far and the articles they are in."""
        return self._hit_count, self._article_count

    def hit(self, row: int) -> tuple[int, Hit]:
        """Return the article id and the hit of a row."""
        return self._hits[self._rows[row]]

    def plain_text(self, rows: Iterable[int]) -> str:
        """Return lines as plain text: each hit with its context, one a line."""
        return "\n".join(
            (hit.left + hit.match + hit.right).strip() for _id, hit in map(self.hit, rows)
        )

    def tab_separated(self, rows: Iterable[int]) -> str:
        """Return lines as tab-separated values: before, hit, after, headline, date, path."""
        library = self._library
        lines = ["\t".join(("before", "hit", "after", "headline", "date", "path"))]
        for article_id, hit in map(self.hit, rows):
            row = library.row(article_id) if library is not None else None
            cells = [
                hit.left.strip(),
                hit.match,
                hit.right.strip(),
                row.display_title if row is not None else "",
                row.published.isoformat() if row is not None and row.published else "",
                hit.path,
            ]
            lines.append("\t".join(" ".join(cell.split()) for cell in cells))
        return "\n".join(lines)

    @override
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    @override
    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    @override
    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        article_id, hit = self.hit(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (hit.left.strip(), hit.match, hit.right.strip())[column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _ALIGNMENTS[column] | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.FontRole and column == MATCH:
            return self._bold
        if role == ItemRole.ARTICLE_ID:
            return article_id
        if role == ItemRole.PATH:
            return hit.path
        return None

    @override
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < 3:
            return None
        return (self.tr("قبل"), self.tr("الكلمة"), self.tr("بعد"))[section]

    @override
    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    @Slot()
    def _on_timer_timeout(self) -> None:
        self._read(time.perf_counter() + _SLICE_SECONDS, None)
        self._say_counts()
        if self.is_finished():
            self._timer.stop()

    def _read(self, deadline: float, enough: int | None) -> None:
        """Read articles for hits until the deadline (or enough hits); show the new lines."""
        library = self._library
        if library is None:
            return
        found: list[tuple[int, Hit]] = []
        while self._next < len(self._pending):
            article_id = self._pending[self._next]
            self._next += 1
            article = library.article(article_id)
            hits = article_hits(article, self._search) if article is not None else []
            if hits:
                self._hit_count += len(hits)
                self._article_count += 1
                room = MAX_LINES - len(self._hits) - len(found)
                found += [(article_id, hit) for hit in hits[: max(0, room)]]
            if time.perf_counter() > deadline or (enough is not None and len(found) >= enough):
                break
        if found:
            first = len(self._hits)
            self.beginInsertRows(QModelIndex(), first, first + len(found) - 1)
            self._hits += found
            self._rows += range(first, first + len(found))
            self.endInsertRows()
            if self._order is not ConcordanceOrder.DATE:
                self._sort()

    def _sort(self) -> None:
        """Put the rows in the order chosen, keeping persistent indexes on their hits."""
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        kept = [self._rows[index.row()] for index in persistent]
        order = self._order
        hits = self._hits
        if order is ConcordanceOrder.DATE:
            self._rows = list(range(len(hits)))
        else:
            self._rows = sorted(range(len(hits)), key=lambda i: sort_key(hits[i][1], order))
        row_of = {hit: row for row, hit in enumerate(self._rows)}
        self.changePersistentIndexList(
            persistent,
            [
                self.index(row_of[hit], index.column())
                for hit, index in zip(kept, persistent, strict=True)
            ],
        )
        self.layoutChanged.emit()

    def _say_counts(self) -> None:
        self.counts_changed.emit(self._hit_count, self._article_count, self.is_finished())
