"""The read and starred marks of the folder on show, the marks filter, and "read after a moment"."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot
from typing_extensions import override

from reader.domain.library.library import Library
from reader.domain.library_marks import LibraryMarks
from reader.domain.marks import FolderMarks, Mark, MarksFilter, MarksUnavailableError
from reader.models.folder_session import FolderSession

# An article on show this long counts as read: long enough that stepping through the list
# with the arrow keys marks only the article the reader stops on.
READ_DELAY_MS = 1500


class _Relay(QObject):
    """Carries a lookup's marks from the pool thread back to the window's thread."""

    looked_up = Signal(int, object)  # generation, LibraryMarks (or an error's text)


class _LookupTask(QRunnable):
    """Looks a folder's marks up in a library on a pool thread, with a connection of its own."""

    def __init__(self, generation: int, library: Library, folder: Path, relay: _Relay) -> None:
        super().__init__()
        self._generation = generation
        self._library = library
        self._folder = folder
        self._relay = relay

    @override
    def run(self) -> None:
        try:
            folder_marks = FolderMarks.open(self._folder)
            marks = LibraryMarks(self._library, self._folder, folder_marks)
            # SQLite connections stay on the thread that opened them: the window's thread
            # opens its own on the first change.
            folder_marks.close()
        except MarksUnavailableError as error:
            self._relay.looked_up.emit(self._generation, str(error))
        else:
            self._relay.looked_up.emit(self._generation, marks)


class MarksController(QObject):
    """Keeps the marks of the session's library, filters its listings by them, and marks the
    article the reader stays on as read.

    The marks are looked up again off the window's thread when a load finishes or a newer
    reading of the folder is swapped in; until then a library's rows show no marks.
    """

    marks_changed = Signal()
    filter_changed = Signal(object)  # MarksFilter
    failed = Signal(str)  # why the marks cannot be kept, in English (the store's words)

    def __init__(self, session: FolderSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._marks: LibraryMarks | None = None
        self._filter = MarksFilter()
        # Which lookup is the latest, and whether marks changed while it ran.
        self._generation = 0
        self._changed_since_lookup = False
        self._read_timer = QTimer(self)
        self._read_timer.setSingleShot(True)
        self._read_timer.setInterval(READ_DELAY_MS)
        self._read_timer.timeout.connect(self._on_read_timer_timeout)
        self._reading: int | None = None
        session.load_finished.connect(self.look_up)
        session.library_swapped.connect(self.look_up)
        session.query_controller.result_filter = self._select

    @property
    def read_delay_ms(self) -> int:
        """How long an article is on show before it counts as read."""
        return self._read_timer.interval()

    @read_delay_ms.setter
    def read_delay_ms(self, milliseconds: int) -> None:
        self._read_timer.setInterval(milliseconds)

    def marks_filter(self) -> MarksFilter:
        """Return the marks filter in force."""
        return self._filter

    def is_ready(self) -> bool:
        """Tell whether the marks of the library on show are known."""
        marks = self._marks
        return marks is not None and marks.library is self._session.library

    def marks_of(self, article_id: int) -> int:
        """Return an article's Mark bits (none while the library's marks are looked up)."""
        marks = self._marks
        if marks is None or marks.library is not self._session.library:
            return 0
        return int(marks.marks_of(article_id))

    def count(self, ids: Sequence[int], marks_filter: MarksFilter) -> int:
        """Return how many of ids a marks filter lets through."""
        marks = self._current()
        return len(ids) if marks is None else marks.count(ids, marks_filter)

    @Slot()
    def look_up(self) -> None:
        """Look the folder's marks up in the library on show, off the window's thread."""
        folder = self._session.folder
        if folder is None:
            return
        self._generation += 1
        self._changed_since_lookup = False
        # No parent: the task keeps it alive until it has reported.
        relay = _Relay()
        relay.looked_up.connect(self._on_relay_looked_up)
        task = _LookupTask(self._generation, self._session.library, folder, relay)
        QThreadPool.globalInstance().start(task)

    @Slot(int, object)
    def _on_relay_looked_up(self, generation: int, found: LibraryMarks | str) -> None:
        if generation != self._generation:
            return
        if isinstance(found, str):
            self.failed.emit(found)
            return
        if found.library is not self._session.library:
            return  # a newer library is on show: its own lookup follows
        if self._changed_since_lookup:
            self.look_up()  # a mark set meanwhile is missing from these bytes
            return
        if self._marks is not None:
            self._marks.marks.close()
        self._marks = found
        if not self._filter.is_empty():
            self._session.query_controller.refresh()
        self.marks_changed.emit()

    def set_filter(self, marks_filter: MarksFilter) -> None:
        """Keep only unread articles, only starred ones, both, or all."""
        if marks_filter == self._filter:
            return
        self._filter = marks_filter
        self._session.query_controller.refresh()
        self.filter_changed.emit(marks_filter)

    @Slot(bool)
    def set_unread_only(self, on: bool) -> None:
        """Keep only unread articles, or stop."""
        self.set_filter(MarksFilter(unread=on, starred=self._filter.starred))

    @Slot(bool)
    def set_starred_only(self, on: bool) -> None:
        """Keep only starred articles, or stop."""
        self.set_filter(MarksFilter(unread=self._filter.unread, starred=on))

    @Slot()
    def clear_filter(self) -> None:
        """Let every article through again."""
        self.set_filter(MarksFilter())

    def set_mark(self, ids: Iterable[int], mark: Mark, on: bool = True) -> bool:
        """Give articles a mark or take it off; False (and failed) when it cannot be kept."""
        marks = self._current()
        if marks is None:
            return False
        try:
            marks.set_mark(ids, mark, on)
        except MarksUnavailableError as error:
            self.failed.emit(str(error))
            return False
        self._changed_since_lookup = True
        self.marks_changed.emit()
        return True

    def toggle_star(self, ids: Sequence[int]) -> bool:
        """Star the articles, or unstar them when the first one is starred already."""
        if not ids:
            return False
        starred = bool(self.marks_of(ids[0]) & Mark.STARRED)
        return self.set_mark(ids, Mark.STARRED, not starred)

    @Slot(object)
    def start_reading(self, article_id: int | None) -> None:
        """Note the article on show: it counts as read once it has stayed a moment."""
        self._reading = article_id
        if article_id is None:
            self._read_timer.stop()
        else:
            self._read_timer.start()

    @Slot()
    def _on_read_timer_timeout(self) -> None:
        article_id = self._reading
        if article_id is None or not self.is_ready():
            return
        if not self.marks_of(article_id) & Mark.READ:
            self.set_mark([article_id], Mark.READ)

    def _current(self) -> LibraryMarks | None:
        """Return the marks of the library on show, looked up here when not yet (a change or
        a filter cannot wait for the pool)."""
        marks = self._marks
        library = self._session.library
        if marks is not None and marks.library is library:
            return marks
        folder = self._session.folder
        if folder is None:
            return None
        try:
            self._marks = LibraryMarks(library, folder, FolderMarks.open(folder))
        except MarksUnavailableError as error:
            self.failed.emit(str(error))
            return None
        if marks is not None:
            marks.marks.close()
        self._generation += 1  # a lookup under way is older than this
        return self._marks

    def _select(self, ids: Sequence[int]) -> Sequence[int]:
        """Return the ids of a listing the marks filter lets through."""
        if self._filter.is_empty():
            return ids
        marks = self._current()
        return ids if marks is None else marks.select(ids, self._filter)

    def close(self) -> None:
        """Close the marks' database (the window is closing)."""
        self._read_timer.stop()
        if self._marks is not None:
            self._marks.marks.close()
