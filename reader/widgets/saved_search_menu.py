"""The Saved searches menu: name the filter in force, restore one with a click, rename, delete."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMenu, QMessageBox, QWidget

from reader.domain.saved_searches import SavedSearch, SavedSearchError
from reader.models.saved_search_controller import SavedSearchController


class SavedSearchMenu(QMenu):
    """Lists the saved searches (read again each time it opens: the terminal may have saved
    one) and saves the query and marks filter in force under a name."""

    # A passing message for the status bar: what was saved, restored or could not be.
    message_posted = Signal(str)
    restored = Signal(str)

    def __init__(self, saved: SavedSearchController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("عمليات البحث المحفوظة"))
        self.setObjectName("savedSearchMenu")
        self._saved = saved
        # Not the menu's: clear() deletes the menu's own actions.
        self.save_search = QAction(self.tr("حفظ البحث الحالي…"), parent)
        self.save_search.setObjectName("actionSaveSearch")
        # WORKAROUND: connected straight to the @Slot() method, triggered(bool) never reached
        # it in this QMenu subclass (PySide6 6.x); a lambda takes the checked argument.
        self.save_search.triggered.connect(lambda _checked=False: self._on_save_search_triggered())
        self._rename_menu = QMenu(self.tr("إعادة تسمية"), self)
        self._rename_menu.setObjectName("renameSavedSearchMenu")
        self._delete_menu = QMenu(self.tr("حذف"), self)
        self._delete_menu.setObjectName("deleteSavedSearchMenu")
        self.aboutToShow.connect(self.rebuild)
        self.rebuild()

    def searches(self) -> dict[str, SavedSearch]:
        """Return the saved searches by name; none (and a message) when the file is unusable."""
        try:
            return self._saved.searches()
        except SavedSearchError as error:
            self.message_posted.emit(self.tr("تعذر قراءة عمليات البحث المحفوظة: {0}").format(error))
            return {}

    @Slot()
    def rebuild(self) -> None:
        """List the saved searches as they are now."""
        self.clear()
        self._rename_menu.clear()
        self._delete_menu.clear()
        self.addAction(self.save_search)
        self.addSeparator()
        searches = self.searches()
        for name in searches:
            action = self.addAction(name)
            action.setObjectName("savedSearch")
            action.setData(name)
            action.triggered.connect(self._calling(self.restore, name))
            self._rename_menu.addAction(name).triggered.connect(self._calling(self.rename, name))
            self._delete_menu.addAction(name).triggered.connect(self._calling(self.delete, name))
        if not searches:
            self.addAction(self.tr("لا عمليات بحث محفوظة")).setEnabled(False)
            return
        self.addSeparator()
        self.addMenu(self._rename_menu)
        self.addMenu(self._delete_menu)

    @staticmethod
    def _calling(slot: Callable[[str], None], name: str) -> Callable[[], None]:
        return lambda: slot(name)

    def restore(self, name: str) -> None:
        """Put a saved search's query and marks filter in force."""
        try:
            self._saved.restore(name)
        except SavedSearchError as error:
            self.message_posted.emit(str(error))
            return
        self.message_posted.emit(self.tr("البحث المحفوظ «{0}»").format(name))
        self.restored.emit(name)

    @Slot()
    def _on_save_search_triggered(self) -> None:
        default = self._saved.default_name()
        name, accepted = QInputDialog.getText(
            self.parentWidget(),
            self.tr("حفظ البحث"),
            self.tr("اسم البحث المحفوظ:"),
            QLineEdit.EchoMode.Normal,
            default,
        )
        name = name.strip()
        if not accepted or not name:
            return
        if name in self.searches() and not self._confirm(
            self.tr("يوجد بحث محفوظ باسم «{0}». أتريد استبداله؟").format(name)
        ):
            return
        try:
            self._saved.save_current(name)
        except (SavedSearchError, OSError) as error:
            self.message_posted.emit(self.tr("تعذر حفظ البحث: {0}").format(error))
            return
        self.rebuild()
        self.message_posted.emit(self.tr("حُفظ البحث «{0}»").format(name))

    def rename(self, name: str) -> None:
        """Ask for a new name for a saved search."""
        new, accepted = QInputDialog.getText(
            self.parentWidget(),
            self.tr("إعادة تسمية البحث"),
            self.tr("الاسم الجديد:"),
            QLineEdit.EchoMode.Normal,
            name,
        )
        if not accepted or new.strip() == name:
            return
        try:
            self._saved.rename(name, new)
        except (SavedSearchError, OSError) as error:
            self.message_posted.emit(self.tr("تعذرت إعادة التسمية: {0}").format(error))
            return
        self.rebuild()

    def delete(self, name: str) -> None:
        """Forget a saved search, once the reader confirms."""
        if not self._confirm(self.tr("أتريد حذف البحث المحفوظ «{0}»؟").format(name)):
            return
        try:
            self._saved.delete(name)
        except (SavedSearchError, OSError) as error:
            self.message_posted.emit(self.tr("تعذر الحذف: {0}").format(error))
            return
        self.rebuild()
        self.message_posted.emit(self.tr("حُذف البحث «{0}»").format(name))

    def _confirm(self, text: str) -> bool:
        """Ask a yes-or-no question."""
        answer = QMessageBox.question(self.parentWidget(), self.tr("عمليات البحث المحفوظة"), text)
        return answer == QMessageBox.StandardButton.Yes
