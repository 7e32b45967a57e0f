"""The tag sidebar's list: every tag of the current result with its faceted count."""

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

from reader.domain.library.query import TagFacets
from reader.domain.text.arabic import fold
from reader.models.facet_order import filter_first
from reader.models.roles import ItemRole
from reader.models.tag_state import TagState


class TagListModel(QAbstractListModel):
    """Tags with counts; ItemRole.TAG_KEY gives the bare tag, DisplayRole "tag (count)".

    Rows are tag ids into the library's facets: a click over a large library re-lists tens of
    thousands of tags, so names and counts are looked up only for the rows a view shows.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Whether the counts are of stories (copies grouped), for what the tooltips say.
        self._stories = False
        self._facets: TagFacets | None = None
        # Tag ids: the filter's tags first, then the rest, most used first.
        self._order: Sequence[int] = []
        self._states: dict[int, TagState] = {}
        # The tag ids the filter text lets through, in row order.
        self._rows: Sequence[int] = []
        self._filter = ""

    def set_tags(
        self,
        facets: TagFacets | None,
        included: Collection[str] = (),
        excluded: Collection[str] = (),
    ) -> None:
        """Show the tags of facets, the tags of the filter first whatever their count."""
        states: dict[int, TagState] = {}
        order: Sequence[int] = ()
        if facets is not None:
            states, order = filter_first(facets.order, facets.tag_id, included, excluded)
        self.beginResetModel()
        self._facets = facets
        self._states = states
        self._order = order
        self._rows = self._filtered()
        self.endResetModel()

    def set_filter_text(self, text: str) -> None:
        """Show only the tags whose folded form holds the folded text."""
        folded = " ".join(fold(text).split())
        if folded == self._filter:
            return
        self.beginResetModel()
        self._filter = folded
        self._rows = self._filtered()
        self.endResetModel()

    def filter_text(self) -> str:
        """Return the folded filter text in force."""
        return self._filter

    def row_of(self, tag: str) -> int | None:
        """Return the row that shows tag (in any spelling), if one does."""
        tag_id = None if self._facets is None else self._facets.tag_id(tag)
        if tag_id is None:
            return None
        try:
            return self._rows.index(tag_id)  # one C-level scan of tens of thousands of rows
        except ValueError:
            return None

    def tag(self, row: int) -> str:
        """Return the bare tag on row."""
        assert self._facets is not None  # there are rows
        return self._facets.names[self._rows[row]]

    def tags(self) -> list[str]:
        """Return the bare tags shown, in row order."""
        if self._facets is None:
            return []
        return list(map(self._facets.names.__getitem__, self._rows))

    def _filtered(self) -> Sequence[int]:
        """Return the tag ids that the filter text lets through."""
        if not self._filter or self._facets is None:
            return self._order
        keys = self._facets.keys
        return [tag_id for tag_id in self._order if self._filter in keys[tag_id]]

    def _hits(self, facets: TagFacets, tag_id: int) -> int:
        """Return the count shown for a tag: in the result, or in the library when excluded."""
        if self._states.get(tag_id) is TagState.EXCLUDED:
            return len(facets.members[tag_id])
        return facets.count(tag_id)

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
        tag_id = self._rows[index.row()]
        state = self._states.get(tag_id, TagState.NEUTRAL)
        if role == Qt.ItemDataRole.DisplayRole:
            hits = self._hits(facets, tag_id)
            return f"{facets.names[tag_id]} ({QLocale().toString(hits)})"
        if role == ItemRole.TAG_KEY:
            return facets.names[tag_id]
        if role == ItemRole.TAG_COUNT:
            return self._hits(facets, tag_id)
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
            return self._state_description(state, self._hits(facets, tag_id))
        return None

    def set_counting_stories(self, stories: bool) -> None:
        """Say whether the counts are of stories (copies grouped) or of articles."""
        self._stories = stories
        if self.rowCount():
            self.dataChanged.emit(self.index(0), self.index(self.rowCount() - 1))

    def _state_description(self, state: TagState, count: int) -> str:
        """Describe a tag's part in the filter, for tooltips and screen readers."""
        if state is TagState.INCLUDED:
            return self.tr("مُضمَّن في التصفية")
        if state is TagState.EXCLUDED:
            return self.tr("مُستبعَد من النتائج")
        if self._stories:
            return self.tr("%Ln قصة", "", count)
        return self.tr("%Ln مقال", "", count)

    @override
    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
