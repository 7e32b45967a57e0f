"""The concordance tab: each hit of the search in its context, sortable and copyable."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader.domain.analysis.concordance import ConcordanceOrder
from reader.models.concordance_model import BEFORE, MATCH, ConcordanceModel


class ConcordanceView(QWidget):
    """Shows a concordance model with its counts, its order and copy commands; a click on a
    line emits hit_activated(article id, hit)."""

    hit_activated = Signal(int, object)

    def __init__(self, model: ConcordanceModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("concordance")
        self._model = model
        self.counts = QLabel()
        self.counts.setObjectName("concordanceCounts")
        self.order_box = QComboBox()
        self.order_box.setObjectName("concordanceOrder")
        self.order_box.setAccessibleName(self.tr("ترتيب السطور"))
        for order, label in (
            (ConcordanceOrder.DATE, self.tr("حسب تاريخ المقال")),
            (ConcordanceOrder.BEFORE_1, self.tr("حسب الكلمة السابقة")),
            (ConcordanceOrder.BEFORE_2, self.tr("حسب الكلمة الثانية قبلها")),
            (ConcordanceOrder.AFTER_1, self.tr("حسب الكلمة التالية")),
            (ConcordanceOrder.AFTER_2, self.tr("حسب الكلمة الثانية بعدها")),
        ):
            self.order_box.addItem(label, order)
        self.copy_text = QAction(self.tr("نسخ السطور"), self)
        self.copy_text.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_text.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.copy_tsv = QAction(self.tr("نسخ السطور جدولًا (TSV)"), self)
        # One button with both copies: the column must stay as narrow as the reader wants.
        copy_button = QToolButton()
        copy_button.setObjectName("concordanceCopy")
        copy_button.setText(self.tr("نسخ"))
        copy_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        copy_button.addActions([self.copy_text, self.copy_tsv])
        self.counts.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.order_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.order_box.setMinimumContentsLength(8)
        self.table = QTableView()
        self.table.setObjectName("concordanceTable")
        # Arabic lines: the text before a hit stands on its right, whatever the interface.
        self.table.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(BEFORE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(MATCH, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.addActions([self.copy_text, self.copy_tsv])
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        bar = QHBoxLayout()
        bar.addWidget(self.counts, 1)
        bar.addWidget(self.order_box)
        bar.addWidget(copy_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.order_box.currentIndexChanged.connect(self._on_order_box_current_index_changed)
        self.copy_text.triggered.connect(self._on_copy_text_triggered)
        self.copy_tsv.triggered.connect(self._on_copy_tsv_triggered)
        self.table.clicked.connect(self._on_table_clicked)
        self.table.activated.connect(self._on_table_clicked)
        model.counts_changed.connect(self._on_model_counts_changed)
        self._on_model_counts_changed(0, 0, True)

    def _chosen_rows(self) -> list[int]:
        """Return the selected lines in view order, or every line when none is selected."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return rows or list(range(self._model.rowCount()))

    def _copy(self, text: str) -> None:
        mime = QMimeData()
        mime.setText(text)
        QGuiApplication.clipboard().setMimeData(mime)

    @Slot()
    def _on_copy_text_triggered(self) -> None:
        self._copy(self._model.plain_text(self._chosen_rows()))

    @Slot()
    def _on_copy_tsv_triggered(self) -> None:
        rows = self._chosen_rows()
        mime = QMimeData()
        text = self._model.tab_separated(rows)
        mime.setText(text)
        mime.setData("text/tab-separated-values", text.encode("utf-8"))
        QGuiApplication.clipboard().setMimeData(mime)

    @Slot(int)
    def _on_order_box_current_index_changed(self, _index: int) -> None:
        self._model.set_order(ConcordanceOrder(self.order_box.currentData()))

    @Slot(QModelIndex)
    def _on_table_clicked(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        article_id, hit = self._model.hit(index.row())
        self.hit_activated.emit(article_id, hit)

    @Slot(int, int, bool)
    def _on_model_counts_changed(self, hits: int, articles: int, finished: bool) -> None:
        text = self.tr("%n مرة", "", hits) + " " + self.tr("في %n مقالًا", "", articles)
        if not finished:
            text += " " + self.tr("(جارٍ البحث…)")
        self.counts.setText(text)

    def scroll_to_top(self) -> None:
        """Show the first lines."""
        self.table.scrollToTop()
