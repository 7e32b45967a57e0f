"""A word list as a table: word, occurrences, articles and keyness, sorted by the figures."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from typing_extensions import override

from reader.domain.analysis.word_list import WordList

WORD, COUNT, ARTICLES, KEYNESS = range(4)


class WordListModel(QAbstractTableModel):
    """The words of a result, most frequent (or most key) first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: WordList | None = None
        self._rows: list[int] = []
        self._by_keyness = False

    def set_words(self, words: WordList | None) -> None:
        """Show a word list (None: none)."""
        self.beginResetModel()
        self._words = words
        self._rows = self._ordered()
        self.endResetModel()

    def words(self) -> WordList | None:
        """Return the word list on show."""
        return self._words

    def set_by_keyness(self, by_keyness: bool) -> None:
        """Sort by keyness (most key first) instead of frequency."""
        if by_keyness == self._by_keyness:
            return
        self._by_keyness = by_keyness
        self.set_words(self._words)

    def word(self, row: int) -> str:
        """Return the word of a row, as shown."""
        assert self._words is not None
        return self._words.words[self._rows[row]]

    def _ordered(self) -> list[int]:
        words = self._words
        if words is None:
            return []
        return words.by_keyness() if self._by_keyness else words.by_frequency()

    @override
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    @override
    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    @override
    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        words = self._words
        if words is None or not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == WORD:
                return words.words[row]
            if column == COUNT:
                return int(words.counts[row])
            if column == ARTICLES:
                return int(words.articles[row])
            return "" if words.keyness is None else f"{float(words.keyness[row]):+.1f}"
        if role == Qt.ItemDataRole.TextAlignmentRole and column != WORD:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    @override
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < 4:
            return None
        return (self.tr("الكلمة"), self.tr("مرات"), self.tr("مقالات"), self.tr("التميّز"))[section]

    @override
    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
