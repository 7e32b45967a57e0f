"""One export of articles to a file, run on a pool thread, with progress and Cancel."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from typing_extensions import override

from reader.domain.atomic_file import UnwritableError
from reader.domain.exporting.exporter import (
    ExportCancelledError,
    export_articles,
    library_articles,
)
from reader.domain.exporting.formats import ExportFormat
from reader.domain.library.library import Library

# Progress crosses to the window's thread at most this often: a signal per article would
# queue tens of thousands of events.
_PROGRESS_SECONDS = 0.1


class _Relay(QObject):
    """Carries an export's progress and outcome from the pool thread to the window's."""

    progressed = Signal(int)
    finished = Signal(int)
    failed = Signal(str)
    cancelled = Signal()


class _ExportTask(QRunnable):
    """Writes the articles of ids to target on a pool thread."""

    def __init__(
        self,
        library: Library,
        ids: Sequence[int],
        target: Path,
        export_format: ExportFormat,
        stop: threading.Event,
        relay: _Relay,
    ) -> None:
        super().__init__()
        self._library = library
        self._ids = ids
        self._target = target
        self._format = export_format
        self._stop = stop
        self._relay = relay
        self._last_report = 0.0

    def _progress(self, done: int) -> None:
        now = time.monotonic()
        if now - self._last_report >= _PROGRESS_SECONDS:
            self._last_report = now
            self._relay.progressed.emit(done)

    @override
    def run(self) -> None:
        # A job deleted meanwhile (the window closed) takes its relay along: nobody waits then.
        with contextlib.suppress(RuntimeError):
            self._export()

    def _export(self) -> None:
        """Write the articles and report the outcome through the relay."""
        try:
            written = export_articles(
                self._target,
                self._format,
                library_articles(self._library, self._ids),
                progress=self._progress,
                cancelled=self._stop.is_set,
            )
        except ExportCancelledError:
            self._relay.cancelled.emit()
        except UnwritableError as error:
            self._relay.failed.emit(error.reason)
        except Exception as error:  # told to the reader, not lost in a thread
            self._relay.failed.emit(str(error) or type(error).__name__)
        else:
            self._relay.finished.emit(written)


class ExportJob(QObject):
    """Exports articles of a library to a file off the window's thread, whole or not at all.

    progressed(done, total) follows the writing; then exactly one of finished(count),
    failed(reason) or cancelled(). A cancelled or failed export leaves no file.
    """

    progressed = Signal(int, int)
    finished = Signal(int)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(
        self,
        library: Library,
        ids: Sequence[int],
        target: Path,
        export_format: ExportFormat,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        # A copy: the ids may be a listing the list replaces while the export runs.
        self._ids = list(ids)
        self._library = library
        self.target = target
        self.export_format = export_format
        self._stop = threading.Event()
        self._running = False

    @property
    def total(self) -> int:
        """How many articles the export writes."""
        return len(self._ids)

    def is_running(self) -> bool:
        """Tell whether the export is under way."""
        return self._running

    def start(self) -> None:
        """Start writing on a pool thread."""
        # The job's child: deleted on this thread (with the job, or once the outcome is here),
        # never on the pool thread that drops the task's last reference to it.
        relay = _Relay(self)
        relay.progressed.connect(self._on_relay_progressed)
        relay.finished.connect(self._on_relay_finished)
        relay.failed.connect(self._on_relay_failed)
        relay.cancelled.connect(self._on_relay_cancelled)
        self._running = True
        task = _ExportTask(
            self._library, self._ids, self.target, self.export_format, self._stop, relay
        )
        QThreadPool.globalInstance().start(task)

    @Slot()
    def cancel(self) -> None:
        """Stop after the article being written; cancelled() follows and no file is left."""
        self._stop.set()

    @Slot(int)
    def _on_relay_progressed(self, done: int) -> None:
        self.progressed.emit(done, len(self._ids))

    @Slot(int)
    def _on_relay_finished(self, written: int) -> None:
        self._running = False
        self.sender().deleteLater()
        self.finished.emit(written)

    @Slot(str)
    def _on_relay_failed(self, reason: str) -> None:
        self._running = False
        self.sender().deleteLater()
        self.failed.emit(reason)

    @Slot()
    def _on_relay_cancelled(self) -> None:
        self._running = False
        self.sender().deleteLater()
        self.cancelled.emit()
