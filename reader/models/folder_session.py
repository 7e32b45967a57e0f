"""The folder open in the reader: its load, its watching, and reloads swapped in whole."""

from __future__ import annotations

import gc
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from reader.domain.article import Article, LoadProblem
from reader.domain.batches import LoadBatch
from reader.domain.copies.groups import CopyGroups
from reader.domain.copies.library import library_copy_groups
from reader.domain.library.library import Library
from reader.domain.text.parser import read_article
from reader.models.article_file_reader import ArticleFileReader
from reader.models.folder_watcher import FolderWatcher
from reader.models.library_loader import LibraryLoader
from reader.models.query_controller import QueryController

# While loading, the list is refreshed at most this often; its first rows, and every file once
# all are listed, show at once.
_REFRESH_MS = 250
# During a load, the wait between list refreshes is this many times what the last one took.
_REFRESH_SPACING = 9


class FolderSession(QObject):
    """One folder at a time, read into the library that the query controller lists.

    A first load fills the library on show as its files are read. While the folder is open
    it is watched: a change is read again in the background into a new library, which then
    replaces the old one in a single step (library_about_to_swap, library_swapped), keeping
    the query and the order. The window listens to the signals and displays.
    """

    loading_changed = Signal(bool)
    # True while a first load still reads the listed articles in full.
    reading_changed = Signal(bool)
    # (files that are not articles, articles read with warnings)
    problem_counts_changed = Signal(int, int)
    progress_changed = Signal(int, int)
    library_about_to_swap = Signal()
    library_swapped = Signal()
    # Every file of a first load is read: list, tags and search are whole (the copies are
    # looked for next, and load_finished follows).
    articles_read = Signal()
    load_finished = Signal()
    # True when a reload was stopped (the list stays as it was), False for a first load.
    load_cancelled = Signal(bool)
    # The folder's path while it is missing, None once it is there.
    folder_missing = Signal(object)
    # The CacheWarning records of the library on show, when its cache was not used as it was.
    cache_warned = Signal(list)
    # (article id, article) for request_article's reads of a file.
    article_read = Signal(int, object)
    # The LoadProblem of a file request_article could not read: its path and why.
    article_unreadable = Signal(object)

    def __init__(
        self,
        loader: LibraryLoader,
        watcher: FolderWatcher | None = None,
        parent: QObject | None = None,
        *,
        file_reader: ArticleFileReader | None = None,
    ) -> None:
        super().__init__(parent)
        self._loader = loader
        loader.setParent(self)
        self._watcher = watcher if watcher is not None else FolderWatcher()
        self._watcher.setParent(self)
        self._file_reader = (
            file_reader if file_reader is not None else ArticleFileReader(read_article)
        )
        self._file_reader.setParent(self)
        self._query = QueryController(Library(), self)
        self._folder: Path | None = None
        # Whether the load under way is a reload, read out of sight into _reloading (None
        # until the loader has opened the folder's cache).
        self._reload = False
        self._reloading: Library | None = None
        self._reload_wanted = False
        # The copies the load under way found (by cache key), until it finishes.
        self._found_copies = CopyGroups()
        # Whether the first load waits for the watcher to list the folder.
        self._awaiting_listing = False
        # Whether the list has shown every file of the load under way (headlines at least),
        # and whether a first load still reads the listed files in full.
        self._all_listed = False
        self._reading = False
        # The files being read for request_article, by token: which library asked, for what.
        self._requests: dict[int, tuple[Library, int]] = {}
        self._last_token = 0
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(_REFRESH_MS)
        self._refresh_timer.timeout.connect(self._on_refresh_timer_timeout)
        loader.library_opened.connect(self._on_loader_library_opened)
        loader.batch_loaded.connect(self._on_loader_batch_loaded)
        loader.problem_found.connect(self._on_loader_problem_found)
        loader.articles_read.connect(self._on_loader_articles_read)
        loader.copies_found.connect(self._on_loader_copies_found)
        loader.progress_changed.connect(self.progress_changed)
        loader.finished.connect(self._on_loader_finished)
        loader.cancelled.connect(self._on_loader_cancelled)
        self._watcher.folder_changed.connect(self._on_watcher_folder_changed)
        self._watcher.folder_listed.connect(self._on_watcher_folder_listed)
        self._file_reader.article_read.connect(self._on_file_reader_article_read)
        self._file_reader.article_unreadable.connect(self._on_file_reader_article_unreadable)

    @property
    def library(self) -> Library:
        """The library on show."""
        return self._query.library

    @property
    def query_controller(self) -> QueryController:
        """The query in force over the library on show, and the models it drives."""
        return self._query

    @property
    def folder(self) -> Path | None:
        """The folder loaded last."""
        return self._folder

    @property
    def watcher(self) -> FolderWatcher:
        """What tells the session that the folder changed."""
        return self._watcher

    def load_folder(self, folder: Path) -> None:
        """Start loading folder in the background; the list fills as files are parsed."""
        self._folder = folder
        self._refresh_timer.stop()
        self._reload = False
        self._reload_wanted = False
        self._all_listed = False
        # The loader stops using the old caches before they are closed.
        self._loader.shutdown()
        if self._reloading is not None:
            self._reloading.cache.close()
        self._reloading = None
        old = self._query.library
        self._found_copies = CopyGroups()
        self._query.set_copy_groups(CopyGroups())
        # Empty until the loader has opened the folder's cache, off this thread.
        self._query.set_library(Library())
        old.cache.close()
        self.problem_counts_changed.emit(0, 0)
        self.loading_changed.emit(True)
        self._reading = True
        self.reading_changed.emit(True)
        # Watched first: a change made while the files are read is then seen, and read again.
        # The watcher lists the folder off this thread; the load starts once it has.
        self._awaiting_listing = True
        self._watcher.watch(folder)
        self.folder_missing.emit(None if self._watcher.folder_exists() else str(folder))

    @Slot()
    def reload(self) -> None:
        """Read the folder again in the background; the list changes once all of it is read."""
        folder = self._folder
        if folder is None or self._awaiting_listing:
            return  # a load about to start reads the folder as it is then
        if self._loader.is_running():
            self._reload_wanted = True
            return
        if not self._watcher.folder_exists():
            self._on_folder_missing()
            return
        self._reload = True
        self._found_copies = CopyGroups()
        self.loading_changed.emit(True)
        self._loader.start(folder)

    @Slot()
    def cancel_load(self) -> None:
        """Stop the load under way after the files being parsed."""
        if self._awaiting_listing:
            self._awaiting_listing = False
            self._on_loader_cancelled()
        else:
            self._loader.cancel()

    def close(self) -> None:
        """Stop watching the folder and loading it (the reader is closing)."""
        self._awaiting_listing = False
        self._watcher.stop()
        self._loader.shutdown()

    def article(self, article_id: int) -> Article | None:
        """Return an article of the library on show as its cache gives it, or None."""
        return self._query.library.article(article_id)

    def request_article(self, article_id: int) -> Article | None:
        """Return an article of the library on show; when its cache cannot give it, return
        None and read its file in the background: article_read or article_unreadable follows."""
        library = self._query.library
        article = library.article(article_id)
        if article is None:
            self._last_token += 1
            self._requests[self._last_token] = (library, article_id)
            self._file_reader.read(self._last_token, library.path_of(article_id))
        return article

    @Slot(object)
    def _on_loader_library_opened(self, library: Library) -> None:
        if self._reload:
            self._reloading = library
        else:
            self._query.replace_library(library)

    @Slot(object)
    def _on_loader_batch_loaded(self, batch: LoadBatch) -> None:
        reloading = self._reloading
        library = reloading if reloading is not None else self._query.library
        library.add_batch(batch)
        # What the library now holds lives as long as it: out of the cyclic collector's
        # sight, whose full passes over a large library stopped the window.
        gc.freeze()
        if reloading is not None:
            return
        self.problem_counts_changed.emit(len(library.problems), library.warned_count())
        listed = len(library) + len(library.problems)
        every_file = not self._all_listed and 0 < batch.total <= listed
        self._all_listed = self._all_listed or every_file
        # The first rows, and the moment every file is listed, show at once.
        if self._query.article_model.rowCount() == 0 or every_file:
            self._query.refresh()
        elif not self._refresh_timer.isActive():
            self._refresh_timer.start()

    @Slot(object)
    def _on_loader_problem_found(self, problem: LoadProblem) -> None:
        if self._reloading is not None:
            self._reloading.add_problem(problem)
            return
        library = self._query.library
        library.add_problem(problem)
        self.problem_counts_changed.emit(len(library.problems), library.warned_count())

    @Slot()
    def _on_loader_articles_read(self) -> None:
        if not self._reload:  # a reload is swapped in whole once its copies are found
            self._finish_reading()
            self._query.refresh()

    def _finish_reading(self) -> None:
        """Make a first load's library whole once every file is read: tags regrouped."""
        if not self._reading:
            return
        self._reading = False
        self._refresh_timer.stop()
        self.reading_changed.emit(False)
        self._query.library.apply_vocabulary()
        self.articles_read.emit()

    @Slot(object)
    def _on_loader_copies_found(self, copies: CopyGroups) -> None:
        self._found_copies = copies

    @Slot()
    def _on_refresh_timer_timeout(self) -> None:
        # While a large folder loads, re-listing it and recounting its tags takes tens of
        # milliseconds: space the refreshes so that they take at most a tenth of the time
        # (the cores are parsing), by what the last one took, sidebar included.
        self._query.refresh()
        spent_ms = self._query.update_seconds() * 1000
        self._refresh_timer.setInterval(max(_REFRESH_MS, round(_REFRESH_SPACING * spent_ms)))

    @Slot()
    def _on_loader_finished(self) -> None:
        self._refresh_timer.stop()
        self.loading_changed.emit(False)
        self._reload = False
        reloaded, self._reloading = self._reloading, None
        found, self._found_copies = self._found_copies, CopyGroups()
        if reloaded is None:
            library = self._query.library
            self._finish_reading()
            self._query.set_copy_groups(library_copy_groups(library, found))
            self._query.refresh()
            self.load_finished.emit()
            self._say_cache_warnings(library)
        elif not self._watcher.folder_exists():
            # Gone while it was read: what was read is partial, and the old list is better.
            reloaded.cache.close()
            self._on_folder_missing()
        else:
            reloaded.apply_vocabulary()
            self._swap_in(reloaded, library_copy_groups(reloaded, found))
        if self._reload_wanted:
            self._reload_wanted = False
            self.reload()

    def _swap_in(self, library: Library, copies: CopyGroups) -> None:
        """Put a newer reading of the folder, and its copies by article id, in place of the
        old one, query and order kept."""
        old = self._query.library
        self.library_about_to_swap.emit()
        # Ids name other articles in the newer reading: its groups come in the same step.
        self._query.set_copy_groups(copies)
        self._query.replace_library(library)
        self.problem_counts_changed.emit(len(library.problems), library.warned_count())
        self.folder_missing.emit(None)
        self.library_swapped.emit()
        old.cache.close()
        self._say_cache_warnings(library)

    def _say_cache_warnings(self, library: Library) -> None:
        """Say when the folder's cache could not be used as it was."""
        warnings = library.cache_warnings
        if warnings:
            self.cache_warned.emit(warnings)

    @Slot()
    def _on_loader_cancelled(self) -> None:
        self._refresh_timer.stop()
        self.loading_changed.emit(False)
        self._reload_wanted = False
        reload, self._reload = self._reload, False
        if reload:
            if self._reloading is not None:
                self._reloading.cache.close()
                self._reloading = None
            self.load_cancelled.emit(True)
            return
        self._reading = False
        self.reading_changed.emit(False)
        self._query.refresh()
        self.load_cancelled.emit(False)

    @Slot()
    def _on_watcher_folder_listed(self) -> None:
        folder = self._folder
        if self._awaiting_listing and folder is not None:
            self._awaiting_listing = False
            self._loader.start(folder)

    @Slot()
    def _on_watcher_folder_changed(self) -> None:
        if self._watcher.folder_exists():
            self.reload()
        else:
            self._on_folder_missing()

    def _on_folder_missing(self) -> None:
        """Keep the library read last, and say that its folder is gone."""
        if self._folder is not None:
            self.folder_missing.emit(str(self._folder))

    @Slot(int, object)
    def _on_file_reader_article_read(self, token: int, article: Article) -> None:
        library, article_id = self._requests.pop(token)
        # An id means nothing in a newer reading of the folder: its swap asks again.
        if library is self._query.library:
            self.article_read.emit(article_id, library.with_library_tags(article_id, article))

    @Slot(int, object)
    def _on_file_reader_article_unreadable(self, token: int, problem: LoadProblem) -> None:
        del self._requests[token]
        self.article_unreadable.emit(problem)
