"""The outlet facet's list: every outlet of the current result with its faceted count."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont
from typing_extensions import override

from reader.domain.library.outlets import NO_SOURCE_ID, OutletFacets
from reader.models.facet_order import filter_first
from reader.models.roles import ItemRole
from reader.models.tag_state import TagState


class SourceListModel(QAbstractListModel):
    """Outlets with counts; UserRole gives the outlet as shown, ItemRole.SOURCE the name to
    filter by ("" for the articles with no source), DisplayRole "outlet (count)"."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Whether the counts are of stories (copies grouped), for what the tooltips say.
        self._stories = False
        self._facets: OutletFacets | None = None
        # Outlet ids: the filter's outlets first, then the rest, most articles first.
        self._rows: Sequence[int] = []
        self._states: dict[int, TagState] = {}

    def set_outlets(
        self,
        facets: OutletFacets | None,
        included: Collection[str] = (),
        excluded: Collection[str] = (),
    ) -> None:
        """Show the outlets of facets, those of the filter first whatever their count."""
        states: dict[int, TagState] = {}
        rows: Sequence[int] = ()
        if facets is not None:
            states, rows = filter_first(facets.order, facets.outlet_id, included, excluded)
        self.beginResetModel()
        self._facets = facets
        self._states = states
        self._rows = rows
        self.endResetModel()

    def source(self, row: int) -> str:
        """Return the outlet on row as the filter names it ("" for no source)."""
        assert self._facets is not None  # there are rows
        return self._facets.names[self._rows[row]]

    def shown(self, row: int) -> str:
        """Return the outlet on row as shown."""
        outlet = self._rows[row]
        if outlet == NO_SOURCE_ID:
            return self.tr("بدون مصدر")
        assert self._facets is not None  # there are rows
        return self._facets.names[outlet]

    def _hits(self, facets: OutletFacets, outlet: int) -> int:
        """Return the count shown: in the result, or in the folder when excluded."""
        if self._states.get(outlet) is TagState.EXCLUDED:
            return facets.totals[outlet]
        return facets.counts[outlet]

    @override
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        if parent.isValid():
            return 0
        return len(self._rows)

    @override
    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if (
            not index.isValid()
            or index.parent().isValid()
            or not 0 <= index.row() < len(self._rows)
        ):
            return None
        facets = self._facets
        assert facets is not None  # there are rows
        row = index.row()
        outlet = self._rows[row]
        state = self._states.get(outlet, TagState.NEUTRAL)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{self.shown(row)} ({QLocale().toString(self._hits(facets, outlet))})"
        if role == Qt.ItemDataRole.UserRole:
            return self.shown(row)
        if role == ItemRole.SOURCE:
            return facets.names[outlet]
        if role == ItemRole.TAG_COUNT:
            return self._hits(facets, outlet)
        if role == ItemRole.TAG_STATE:
            return int(state)
        if role == Qt.ItemDataRole.CheckStateRole:
            if state is TagState.INCLUDED:
                return Qt.CheckState.Checked
            return Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.FontRole and state is not TagState.NEUTRAL:
            font = QFont()
            font.setBold(state is TagState.INCLUDED)
            font.setStrikeOut(state is TagState.EXCLUDED)
            return font
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            if state is TagState.INCLUDED:
                return self.tr("مُضمَّن في التصفية")
            if state is TagState.EXCLUDED:
                return self.tr("مُستبعَد من النتائج")
            if self._stories:
                return self.tr("%Ln قصة", "", self._hits(facets, outlet))
            return self.tr("%Ln مقال", "", self._hits(facets, outlet))
        return None

    def set_counting_stories(self, stories: bool) -> None:
        """Say whether the counts are of stories (copies grouped) or of articles."""
        self._stories = stories
        if self.rowCount():
            self.dataChanged.emit(self.index(0), self.index(self.rowCount() - 1))

    @override
    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
