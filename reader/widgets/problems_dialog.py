"""A dialog listing the files that could not be read as articles, with the reasons."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.domain.article import LoadProblem


class ProblemsDialog(QDialog):
    """Lists path and reason for each unreadable file."""

    def __init__(self, problems: Sequence[LoadProblem], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemsDialog")
        self.setWindowTitle(self.tr("ملفات تعذرت قراءتها"))
        self.resize(720, 360)
        intro = QLabel(self.tr("هذه الملفات ليست مقالات يمكن قراءتها، فلم تُضَف إلى القائمة:"))
        intro.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("problemsList")
        self.tree.setAccessibleName(self.tr("الملفات التي تعذرت قراءتها"))
        self.tree.setHeaderLabels([self.tr("الملف"), self.tr("السبب")])
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.addTopLevelItems([QTreeWidgetItem([p.path, p.reason]) for p in problems])
        self.tree.resizeColumnToContents(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
