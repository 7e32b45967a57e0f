"""The problems view: files that could not be read, and articles read with warnings."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, Qt, Signal, Slot
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.domain.article import LoadProblem, display_path
from reader.domain.problems import ArticleWarning
from reader.models.file_paths import path_in_text
from reader.models.problem_texts import problem_text, warning_text
from reader.widgets.left_to_right_delegate import LeftToRightDelegate


class ProblemsDialog(QDialog):
    """Two lists of (file, problem): unreadable files, and every warning of every article.

    warned holds (path, warnings) for each article read with warnings.

    Double-clicking an article's warning emits article_activated with its path and closes
    the dialog; "Copy list" (or Ctrl+C on selected rows) copies tab-separated text.
    """

    article_activated = Signal(str)

    def __init__(
        self,
        problems: Sequence[LoadProblem],
        warned: Sequence[tuple[str, Sequence[ArticleWarning]]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("problemsDialog")
        self.setWindowTitle(self.tr("مشكلات القراءة"))
        self.resize(820, 520)
        locale = QLocale()

        self.tree = self._tree(
            "problemsList", self.tr("الملفات التي تعذرت قراءتها"), self.tr("السبب")
        )
        self.tree.addTopLevelItems([_row(p.path, problem_text(p)) for p in problems])
        self.problems_heading = QLabel(
            self.tr("ملفات تعذرت قراءتها ({0})").format(locale.toString(len(problems)))
        )
        problems_intro = QLabel(
            self.tr("هذه الملفات ليست مقالات يمكن قراءتها، فلم تُضَف إلى القائمة:")
        )

        # One row per warning; the row's article is found by its position in this list.
        self._warned_paths = [path for path, warnings in warned for _warning in warnings]
        self.warnings_tree = self._tree(
            "warningsList", self.tr("المقالات التي قُرئت مع تحذيرات"), self.tr("التحذير")
        )
        self.warnings_tree.addTopLevelItems(
            [_row(path, warning_text(warning)) for path, warnings in warned for warning in warnings]
        )
        self.warnings_tree.itemActivated.connect(self._on_warnings_tree_item_activated)
        self.warnings_heading = QLabel(
            self.tr("مقالات قُرئت مع تحذيرات ({0})").format(locale.toString(len(warned)))
        )
        warnings_intro = QLabel(
            self.tr("هذه المقالات في القائمة، لكن شيئًا فيها بدا خطأً. انقر مرتين لفتح المقال:")
        )

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        for heading, intro, tree in (
            (self.problems_heading, problems_intro, self.tree),
            (self.warnings_heading, warnings_intro, self.warnings_tree),
        ):
            section = QWidget()
            column = QVBoxLayout(section)
            column.setContentsMargins(0, 0, 0, 0)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            intro.setWordWrap(True)
            column.addWidget(heading)
            column.addWidget(intro)
            column.addWidget(tree, 1)
            section.setVisible(tree.topLevelItemCount() > 0)
            splitter.addWidget(section)
        self._nothing = QLabel(self.tr("قُرئت كل الملفات دون مشكلات."))
        self._nothing.setVisible(not problems and not warned)

        self.copy_button = QPushButton(self.tr("نسخ القائمة"))
        self.copy_button.setObjectName("copyProblemsButton")
        self.copy_button.setToolTip(self.tr("نسخ القائمتين نصًا، عمود الملف ثم المشكلة"))
        self.copy_button.clicked.connect(self.copy_all)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._nothing)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)

    def _tree(self, name: str, accessible_name: str, problem_header: str) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setObjectName(name)
        tree.setAccessibleName(accessible_name)
        tree.setHeaderLabels([self.tr("الملف"), problem_header])
        tree.setRootIsDecorated(False)
        tree.setUniformRowHeights(True)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        tree.setColumnWidth(0, 420)
        # Paths are left to right in either language: laid out right to left, a path's
        # leading slash would move to its end. Cut in the middle, a path keeps both ends.
        tree.setItemDelegateForColumn(0, LeftToRightDelegate(tree))
        tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        copy = QAction(self.tr("نسخ"), tree)
        copy.setShortcut(QKeySequence.StandardKey.Copy)
        copy.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        copy.triggered.connect(lambda: self._copy_rows(tree, tree.selectedItems()))
        tree.addAction(copy)
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        return tree

    def focus_warnings(self) -> None:
        """Put the focus on the first article with warnings."""
        first = self.warnings_tree.topLevelItem(0)
        if first is not None:
            self.warnings_tree.setCurrentItem(first)
        self.warnings_tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def as_text(self) -> str:
        """Return both lists as text: a heading, then one "file<TAB>problem" line per row."""
        sections = []
        for heading, tree in (
            (self.problems_heading, self.tree),
            (self.warnings_heading, self.warnings_tree),
        ):
            if tree.topLevelItemCount():
                rows = _rows_text(tree, _items(tree))
                sections.append(f"{heading.text()}\n{rows}")
        return "\n\n".join(sections) + "\n" if sections else ""

    @Slot()
    def copy_all(self) -> None:
        """Put both lists on the clipboard as text."""
        QGuiApplication.clipboard().setText(self.as_text())

    def _copy_rows(self, tree: QTreeWidget, items: list[QTreeWidgetItem]) -> None:
        if items:
            items.sort(key=tree.indexOfTopLevelItem)
            QGuiApplication.clipboard().setText(_rows_text(tree, items) + "\n")

    @Slot(QTreeWidgetItem, int)
    def _on_warnings_tree_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        row = self.warnings_tree.indexOfTopLevelItem(item)
        if 0 <= row < len(self._warned_paths):
            self.article_activated.emit(self._warned_paths[row])
            self.accept()


def _row(path: str, reason: str) -> QTreeWidgetItem:
    """Return a row of a path and a reason, the whole path in its tooltip."""
    item = QTreeWidgetItem([display_path(path), reason])
    item.setToolTip(0, path_in_text(path))
    item.setToolTip(1, reason)
    return item


def _items(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    """Return every row of a flat tree."""
    items = (tree.topLevelItem(row) for row in range(tree.topLevelItemCount()))
    return [item for item in items if item is not None]


def _rows_text(tree: QTreeWidget, items: list[QTreeWidgetItem]) -> str:
    """Return rows as "file<TAB>problem" lines."""
    columns = tree.columnCount()
    return "\n".join("\t".join(item.text(c) for c in range(columns)) for item in items)
