"""The word list tab: the words of the result with counts and keyness; a click searches."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reader.domain.analysis.word_list import WordList
from reader.models.word_list_model import WORD, WordListModel


class WordListView(QWidget):
    """Shows a word list model, its order and the stopword switch; a click on a word emits
    word_activated(word)."""

    word_activated = Signal(str)
    # Whether Arabic function words are left out.
    stopwords_toggled = Signal(bool)

    def __init__(self, model: WordListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wordList")
        self._model = model
        self.status = QLabel()
        self.status.setObjectName("wordListStatus")
        self.order_box = QComboBox()
        self.order_box.setObjectName("wordListOrder")
        self.order_box.setAccessibleName(self.tr("ترتيب الكلمات"))
        self.order_box.addItem(self.tr("الأكثر تكرارًا"), False)
        self.order_box.addItem(self.tr("الأكثر تميّزًا"), True)
        self.stopwords = QCheckBox(self.tr("دون كلمات الربط"))
        self.stopwords.setObjectName("wordListStopwords")
        self.stopwords.setToolTip(
            self.tr("تُستبعد حروف الجر والعطف والضمائر وأمثالها (قائمة مرفقة بالبرنامج)")
        )
        self.stopwords.setChecked(True)
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.order_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.order_box.setMinimumContentsLength(8)
        self.table = QTableView()
        self.table.setObjectName("wordListTable")
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(WORD, QHeaderView.ResizeMode.Stretch)
        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        bar.addWidget(self.stopwords)
        bar.addWidget(self.order_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.order_box.currentIndexChanged.connect(self._on_order_box_current_index_changed)
        self.stopwords.toggled.connect(self.stopwords_toggled)
        self.table.clicked.connect(self._on_table_clicked)
        self.table.activated.connect(self._on_table_clicked)

    def set_counting(self) -> None:
        """Say that the list is being counted."""
        self.status.setText(self.tr("جارٍ عدّ الكلمات…"))

    def show_words(self, words: WordList) -> None:
        """Show a counted word list and what it covers."""
        self._model.set_words(words)
        text = (
            self.tr("%n كلمة", "", len(words))
            + " "
            + self.tr("في %n مقالًا", "", words.article_count)
        )
        if words.keyness is None:
            text += " " + self.tr("(التميّز يُحسب مقارنةً ببقية المجلد عند التصفية)")
        self.status.setText(text)

    @Slot(int)
    def _on_order_box_current_index_changed(self, _index: int) -> None:
        self._model.set_by_keyness(bool(self.order_box.currentData()))

    @Slot(QModelIndex)
    def _on_table_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.word_activated.emit(self._model.word(index.row()))
