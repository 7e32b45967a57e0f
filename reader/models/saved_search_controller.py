"""The reader's saved searches for a window: the file read and written here, not in widgets."""

from __future__ import annotations

from PySide6.QtCore import QObject

from reader.domain.saved_searches import SavedSearch, SavedSearchStore
from reader.models.marks_controller import MarksController
from reader.models.query_controller import QueryController


class SavedSearchController(QObject):
    """Saves the query and marks filter in force under a name, and puts a saved one back.

    Every call reads the store's file again (the terminal, or another window, may have
    changed it); errors (SavedSearchError, OSError) reach the caller, which words them.
    """

    def __init__(
        self,
        query: QueryController,
        marks: MarksController,
        store: SavedSearchStore | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._query = query
        self._marks = marks
        self._store = store if store is not None else SavedSearchStore.open()

    def searches(self) -> dict[str, SavedSearch]:
        """Return the saved searches by name, in the order they were saved."""
        return self._store.searches()

    def default_name(self) -> str:
        """Return a name for the search in force: its words, else its tags."""
        query = self._query.query()
        return query.search.strip() or "، ".join(query.include)

    def save_current(self, name: str) -> None:
        """Save the query and marks filter in force under name (replacing one so named)."""
        self._store.save(SavedSearch(name, self._query.query(), self._marks.marks_filter()))

    def restore(self, name: str) -> None:
        """Put a saved search's query and marks filter in force."""
        search = self._store.get(name)
        self._query.set_query(search.query)
        self._marks.set_filter(search.marks)

    def rename(self, name: str, new: str) -> None:
        """Give a saved search another name."""
        self._store.rename(name, new)

    def delete(self, name: str) -> None:
        """Forget a saved search."""
        self._store.delete(name)
