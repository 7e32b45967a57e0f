"""The tag sidebar's list: every tag of the current result with its faceted count."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from functools import partial
from itertools import repeat
from operator import itemgetter
from typing import NamedTuple

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

from reader.domain.arabic import fold
from reader.domain.library import tag_key
from reader.models.roles import ItemRole
from reader.models.tag_state import TagState


class _TagRow(NamedTuple):
    """One row: the tag as shown, its count, its part in the filter, and its folded form."""

    tag: str
    hits: int  # not "count": NamedTuple rows already have tuple.count
    state: TagState
    folded: str


# Builds a row from a plain tuple in C: a click re-lists tens of thousands of tags.
_new_row = partial(tuple.__new__, _TagRow)


class TagListModel(QAbstractListModel):
    """Tags with counts; UserRole gives the bare tag, DisplayRole "tag (count)"."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[_TagRow] = []
        self._rows: list[_TagRow] = []
        self._filter = ""
        # Folded forms by tag: a click re-lists thousands of tags, and folding is the slow part.
        self._keys: dict[str, str] = {}

    def _folded_keys(self, tags: list[str]) -> list[str]:
        """Return tag_key of each tag, folding only the tags not seen before."""
        for tag in set(tags).difference(self._keys):
            self._keys[tag] = tag_key(tag)
        return list(map(self._keys.__getitem__, tags))

    def set_tags(
        self,
        counts: Sequence[tuple[str, int]],
        included: Collection[str] = (),
        excluded: Collection[str] = (),
    ) -> None:
        """Show these (tag, count) pairs, the tags of the filter first whatever their count."""
        tags = list(map(itemgetter(0), counts))
        keys = self._folded_keys(tags)
        active = [(tag, TagState.INCLUDED) for tag in included]
        active += [(tag, TagState.EXCLUDED) for tag in excluded]
        active_keys = self._folded_keys([tag for tag, _state in active])
        rows = []
        if active_keys:
            count_of = dict(zip(keys, map(itemgetter(1), counts), strict=True))
            rows = [
                _TagRow(tag, count_of.get(folded, 0), state, folded)
                for (tag, state), folded in zip(active, active_keys, strict=True)
            ]
        hits = list(map(itemgetter(1), counts))
        neutral = list(map(_new_row, zip(tags, hits, repeat(TagState.NEUTRAL), keys)))
        if active_keys or 0 in hits:
            shown = set(active_keys)
            neutral = [row for row in neutral if row[1] > 0 and row[3] not in shown]
        rows += neutral
        self.beginResetModel()
        self._all = rows
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

    def tag(self, row: int) -> str:
        """Return the bare tag on row."""
        return self._rows[row].tag

    def tags(self) -> list[str]:
        """Return the bare tags shown, in row order."""
        return [row.tag for row in self._rows]

    def _filtered(self) -> list[_TagRow]:
        """Return the rows that the filter text lets through."""
        if not self._filter:
            return list(self._all)
        return [row for row in self._all if self._filter in row.folded]

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
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row.tag} ({QLocale().toString(row.hits)})"
        if role == ItemRole.KEY:
            return row.tag
        if role == ItemRole.TAG_COUNT:
            return row.hits
        if role == ItemRole.TAG_STATE:
            return int(row.state)
        if role == Qt.ItemDataRole.CheckStateRole:
            if row.state is TagState.INCLUDED:
                return Qt.CheckState.Checked
            return Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.FontRole and row.state is not TagState.NEUTRAL:
            font = QFont()
            font.setBold(row.state is TagState.INCLUDED)
            font.setStrikeOut(row.state is TagState.EXCLUDED)
            return font
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return self._state_description(row.state, row.hits)
        return None

    def _state_description(self, state: TagState, count: int) -> str:
        """Describe a tag's part in the filter, for tooltips and screen readers."""
        if state is TagState.INCLUDED:
            return self.tr("مُضمَّن في التصفية")
        if state is TagState.EXCLUDED:
            return self.tr("مُستبعَد من النتائج")
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
