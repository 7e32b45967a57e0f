"""Parse a folder of article files on a worker thread, handing back articles in batches."""

from __future__ import annotations

import functools
import threading
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot

from reader.domain.article import Article, LoadProblem, NotAnArticleError
from reader.domain.library import article_paths

# A batch goes out when it holds this many articles or is this old, whichever comes first:
# big enough that the window is not flooded, small enough that rows appear at once.
_BATCH_SIZE = 200
_BATCH_SECONDS = 0.05


class _ParseWorker(QObject):
    """Lives on the loader's thread: lists the folder and parses each file."""

    # Every signal carries the load's generation, so that the loader can drop what a
    # replaced load left in the event queue.
    articles_parsed = Signal(int, list)
    problem_found = Signal(int, object)
    progress_changed = Signal(int, int, int)
    done = Signal(int, bool)

    def __init__(
        self,
        generation: int,
        folder: Path,
        read: Callable[[Path], Article],
        cancelled: threading.Event,
    ) -> None:
        super().__init__()
        self._generation = generation
        self._folder = folder
        self._read = read
        self._cancelled = cancelled

    @Slot()
    def run(self) -> None:
        """Parse every article file of the folder, then report whether all were done."""
        try:
            paths = self._list_paths()
        except OSError as error:
            self._report(self._folder, error.strerror or str(error))
            paths = []
        total = len(paths)
        self.progress_changed.emit(self._generation, 0, total)
        batch: list[Article] = []
        started = time.monotonic()
        for done, path in enumerate(paths, start=1):
            if self._cancelled.is_set():
                break
            article = self._parse(path)
            if article is not None:
                batch.append(article)
            if len(batch) >= _BATCH_SIZE or time.monotonic() - started >= _BATCH_SECONDS:
                self.articles_parsed.emit(self._generation, batch)
                self.progress_changed.emit(self._generation, done, total)
                batch = []
                started = time.monotonic()
        if batch:
            self.articles_parsed.emit(self._generation, batch)
        if not self._cancelled.is_set():
            self.progress_changed.emit(self._generation, total, total)
        self.done.emit(self._generation, not self._cancelled.is_set())

    def _list_paths(self) -> list[Path]:
        """Return the article files of the folder; an error when it is not a folder."""
        if not self._folder.is_dir():
            raise NotADirectoryError(0, "ليس مجلدًا أو لا يمكن فتحه", str(self._folder))
        return article_paths(self._folder)

    def _parse(self, path: Path) -> Article | None:
        """Parse one file; report it as a problem when it is not an article."""
        try:
            return self._read(path)
        except NotAnArticleError as error:
            self.problem_found.emit(self._generation, error.problem)
        except OSError as error:
            self._report(path, error.strerror or str(error))
        except Exception as error:
            # A parser bug on one file must not end the load of the thousands after it.
            self._report(path, f"{type(error).__name__}: {error}")
        return None

    def _report(self, path: Path, reason: str) -> None:
        """Report a file or folder that gave no article."""
        self.problem_found.emit(self._generation, LoadProblem(str(path), reason))


class LibraryLoader(QObject):
    """Loads one folder at a time in the background; a new load cancels the previous one."""

    articles_parsed = Signal(list)
    problem_found = Signal(object)
    progress_changed = Signal(int, int)
    finished = Signal()
    cancelled = Signal()

    def __init__(self, read: Callable[[Path], Article], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._read = read
        self._thread: QThread | None = None
        self._worker: _ParseWorker | None = None
        self._cancel_event = threading.Event()
        self._generation = 0
        # The threads under way with their cancel flags and workers, for _stop_threads: a
        # QThread destroyed while it runs aborts the process, a worker deleted while it runs
        # crashes it, and the loader can be destroyed with its window at any moment.
        self._running: dict[QThread, tuple[threading.Event, _ParseWorker]] = {}
        self.destroyed.connect(functools.partial(_stop_threads, self._running))

    def is_running(self) -> bool:
        """Tell whether a load is under way."""
        return self._worker is not None

    def start(self, folder: Path) -> None:
        """Start loading folder, cancelling any load under way."""
        self.shutdown()
        self._cancel_event = threading.Event()
        self._generation += 1
        thread = QThread(self)
        worker = _ParseWorker(self._generation, folder, self._read, self._cancel_event)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.articles_parsed.connect(self._on_worker_articles_parsed)
        worker.problem_found.connect(self._on_worker_problem_found)
        worker.progress_changed.connect(self._on_worker_progress_changed)
        worker.done.connect(self._on_worker_done)
        worker.done.connect(thread.quit)
        self._thread = thread
        self._worker = worker
        self._running[thread] = (self._cancel_event, worker)
        thread.start()

    @Slot()
    def cancel(self) -> None:
        """Stop the load under way after the file being parsed; emits cancelled."""
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

    @Slot(int, list)
    def _on_worker_articles_parsed(self, generation: int, articles: list[Article]) -> None:
        if self._is_current(generation):
            self.articles_parsed.emit(articles)

    @Slot(int, object)
    def _on_worker_problem_found(self, generation: int, problem: LoadProblem) -> None:
        if self._is_current(generation):
            self.problem_found.emit(problem)

    @Slot(int, int, int)
    def _on_worker_progress_changed(self, generation: int, done: int, total: int) -> None:
        if self._is_current(generation):
            self.progress_changed.emit(done, total)

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
    running: dict[QThread, tuple[threading.Event, _ParseWorker]], *_destroyed: object
) -> None:
    """Cancel and wait for the threads under way, before Qt destroys them with their loader."""
    for thread, (cancelled, _worker) in list(running.items()):
        cancelled.set()
        thread.quit()
        thread.wait()
    running.clear()
