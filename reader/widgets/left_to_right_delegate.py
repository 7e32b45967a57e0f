"""An item delegate for columns of left-to-right text (paths, key names) in any interface."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem
from typing_extensions import override


class LeftToRightDelegate(QStyledItemDelegate):
    """Lays out a column's text left to right, aligned to the start of the view's direction.

    Laid out right to left, a path's leading slash moves to its end and "Ctrl+=" reads
    "=+Ctrl"; the item keeps its text as it is, for copying.
    """

    @override
    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if option.direction == Qt.LayoutDirection.RightToLeft:
            option.direction = Qt.LayoutDirection.LeftToRight
            option.displayAlignment = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
