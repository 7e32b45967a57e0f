"""Load a folder through its cache on a worker thread, handing back batches of rows."""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot

from reader.domain.article import Article, LoadProblem
from reader.domain.batches import LoadBatch
from reader.domain.copies.groups import CopyGroups
from reader.domain.copies.update import update_copy_groups
from reader.domain.library.library import Library
from reader.domain.loading.apart import run_apart
from reader.domain.loading.folder import store_snapshot
from reader.domain.loading.free_memory import release_free_memory
from reader.domain.loading.pipeline import load_folder_batches
from reader.domain.loading.workers import default_workers
from reader.domain.problems import ProblemCode
from reader.domain.store.cache import ArticleCache
from reader.domain.store.copy_store import CopyStore


class _LoadWorker(QObject):
    """Lives on the loader's thread: opens the folder's cache, then runs load_folder_batches
    and sends each batch over."""

    # Every signal carries the load's generation, so that the loader can drop what a
    # replaced load left in the event queue.
    library_opened = Signal(int, object)
    batch_loaded = Signal(int, object)
    problem_found = Signal(int, object)
    # Every file of a complete load is read and stored (its snapshot too): copies come next.
    articles_read = Signal(int)
    # The folder's groups of copies (CopyGroups by cache key), just before a complete done.
    copies_found = Signal(int, object)
    done = Signal(int, bool)

    def __init__(
        self,
        generation: int,
        folder: Path,
        cache_dir: Path | None,
        read: Callable[[Path], Article],
        cancelled: threading.Event,
    ) -> None:
        super().__init__()
        self._generation = generation
        self._folder = folder
        self._cache_dir = cache_dir
        self._read = read
        self._cancelled = cancelled

    @Slot()
    def run(self) -> None:
        """Open the cache, load every article file of the folder, then report whether the load
        ran to its end."""
        # Here, not on the window's thread: opening a damaged cache deletes and rebuilds it,
        # and a cache on a slow or network disk can take seconds to open at all.
        library = Library(ArticleCache.open(self._folder, self._cache_dir))
        cache = library.cache
        self.library_opened.emit(self._generation, library)
        complete = False
        if not self._folder.is_dir():
            self._report(ProblemCode.NOT_A_FOLDER)
            complete = True
        else:
            batches = load_folder_batches(
                self._folder,
                cache,
                read=self._read,
                workers=default_workers(),
                cancelled=self._cancelled,
            )
            try:
                for batch in batches:
                    if self._cancelled.is_set():
                        break
                    self.batch_loaded.emit(self._generation, batch)
                    complete = batch.complete
            except OSError as error:
                self._report(ProblemCode.UNREADABLE, error.strerror or str(error))
                complete = True
            finally:
                # Stops the worker processes at once after a cancel.
                batches.close()
            if complete and not self._cancelled.is_set():
                self._finish(cache)
        self.done.emit(self._generation, complete and not self._cancelled.is_set())

    def _finish(self, cache: ArticleCache) -> None:
        """Store the snapshot of a complete load, then group its copies, unless cancelled.

        Here, not on the window's thread (seconds of work at 100,000 articles), and before
        done: the loader waits for this thread once done arrives. For a large folder each
        runs in a process of its own first (loading/apart.py), so that what it builds on the
        way does not stay in this one; done here afterwards, it finds the work stored.
        """
        cancelled = self._cancelled
        if not cache.has_snapshot():  # a reopen has it, and its copies grouped
            run_apart(store_snapshot, cache, cancelled)
        if cancelled.is_set():
            return
        store_snapshot(cache)
        self.articles_read.emit(self._generation)
        group = functools.partial(update_copy_groups, workers=default_workers())
        if not CopyStore(cache).up_to_date():
            run_apart(group, cache, cancelled)
        if cancelled.is_set():
            return
        self.copies_found.emit(self._generation, group(cache))
        release_free_memory()

    def _report(self, code: ProblemCode, detail: str = "") -> None:
        """Report the folder as giving no article."""
        self.problem_found.emit(self._generation, LoadProblem(str(self._folder), code, detail))


class LibraryLoader(QObject):
    """Loads one folder at a time in the background; a new load cancels the previous one.

    Each load opens the folder's cache on the worker thread and hands over an empty library
    over it (library_opened) before the first batch for Library.add_batch. The cache lives in
    the user cache directory (or the loader's cache_dir); one that cannot be used is replaced
    by one in memory, said in library.cache_warnings. A complete load finds the folder's
    copies on the same thread and hands them over (copies_found) just before finished; it
    says when every file is read (articles_read), before it looks for the copies.
    """

    library_opened = Signal(object)
    batch_loaded = Signal(object)
    problem_found = Signal(object)
    articles_read = Signal()
    # The CopyGroups (by cache key) of the library just loaded.
    copies_found = Signal(object)
    progress_changed = Signal(int, int)
    finished = Signal()
    cancelled = Signal()

    def __init__(
        self,
        read: Callable[[Path], Article],
        parent: QObject | None = None,
        *,
        cache_dir: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self._read = read
        self._cache_dir = cache_dir
        self._thread: QThread | None = None
        self._worker: _LoadWorker | None = None
        self._cancel_event = threading.Event()
        self._generation = 0
        # The threads under way with their cancel flags and workers, for _stop_threads: a
        # QThread destroyed while it runs aborts the process, a worker deleted while it runs
        # crashes it, and the loader can be destroyed with its window at any moment.
        self._running: dict[QThread, tuple[threading.Event, _LoadWorker]] = {}
        self.destroyed.connect(functools.partial(_stop_threads, self._running))

    def is_running(self) -> bool:
        """Tell whether a load is under way."""
        return self._worker is not None

    def start(self, folder: Path) -> None:
        """Start loading folder through its cache, cancelling any load under way."""
        self.shutdown()
        self._cancel_event = threading.Event()
        self._generation += 1
        thread = QThread(self)
        worker = _LoadWorker(
            self._generation, folder, self._cache_dir, self._read, self._cancel_event
        )
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.library_opened.connect(self._on_worker_library_opened)
        worker.batch_loaded.connect(self._on_worker_batch_loaded)
        worker.problem_found.connect(self._on_worker_problem_found)
        worker.articles_read.connect(self._on_worker_articles_read)
        worker.copies_found.connect(self._on_worker_copies_found)
        worker.done.connect(self._on_worker_done)
        worker.done.connect(thread.quit)
        self._thread = thread
        self._worker = worker
        self._running[thread] = (self._cancel_event, worker)
        thread.start()

    @Slot()
    def cancel(self) -> None:
        """Stop the load under way after the files being parsed; emits cancelled."""
        self._cancel_event.set()

    def shutdown(self) -> None:
        """Cancel the load under way and wait for its thread to end."""
        self._cancel_event.set()
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._running.pop(self._thread, None)
            self._thread.deleteLater()
            self._thread = None
        # Only now: the worker must outlive the run() that its thread executes.
        self._worker = None

    def _is_current(self, generation: int) -> bool:
        """Tell whether a worker's signal comes from the load under way."""
        return self._worker is not None and generation == self._generation

    @Slot(int, object)
    def _on_worker_library_opened(self, generation: int, library: Library) -> None:
        if self._is_current(generation):
            self.library_opened.emit(library)
        else:
            # Nobody will read a replaced load's library: its worker is done with the cache.
            library.cache.close()

    @Slot(int, object)
    def _on_worker_batch_loaded(self, generation: int, batch: LoadBatch) -> None:
        if self._is_current(generation):
            self.batch_loaded.emit(batch)
            if batch.total:
                self.progress_changed.emit(batch.done, batch.total)

    @Slot(int, object)
    def _on_worker_problem_found(self, generation: int, problem: LoadProblem) -> None:
        if self._is_current(generation):
            self.problem_found.emit(problem)

    @Slot(int)
    def _on_worker_articles_read(self, generation: int) -> None:
        if self._is_current(generation):
            self.articles_read.emit()

    @Slot(int, object)
    def _on_worker_copies_found(self, generation: int, copies: CopyGroups) -> None:
        if self._is_current(generation):
            self.copies_found.emit(copies)

    @Slot(int, bool)
    def _on_worker_done(self, generation: int, completed: bool) -> None:
        if not self._is_current(generation):
            return
        self.shutdown()
        if completed:
            self.finished.emit()
        else:
            self.cancelled.emit()


def _stop_threads(
    running: dict[QThread, tuple[threading.Event, _LoadWorker]], *_destroyed: object
) -> None:
    """Cancel and wait for the threads under way, before Qt destroys them with their loader."""
    for thread, (cancelled, _worker) in list(running.items()):
        cancelled.set()
        thread.quit()
        thread.wait()
    running.clear()
