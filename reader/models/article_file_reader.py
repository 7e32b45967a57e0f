"""Read article files on a pool thread, handing each article (or why not) back by a signal."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from typing_extensions import override

from reader.domain.article import Article, LoadProblem, NotAnArticleError
from reader.domain.problems import ProblemCode


class _Relay(QObject):
    """Carries one read's outcome from the pool thread to the reader on the window's thread."""

    read = Signal(int, object)
    failed = Signal(int, object)


class _ReadTask(QRunnable):
    """Reads one file on a pool thread and reports through its relay."""

    def __init__(
        self, token: int, path: str, read: Callable[[Path], Article], relay: _Relay
    ) -> None:
        super().__init__()
        self._token = token
        self._path = path
        self._read = read
        # Made on the window's thread, so that its signals are queued to the reader there;
        # once the task is done nothing refers to it, and a reader gone by then misses nothing.
        self._relay = relay

    @override
    def run(self) -> None:
        # A reader deleted meanwhile (the window closed) takes its relay along: nobody waits.
        with contextlib.suppress(RuntimeError):
            self._read_and_report()

    def _read_and_report(self) -> None:
        """Read the file and report the article, or why not, through the relay."""
        try:
            article = self._read(Path(self._path))
        except NotAnArticleError as error:
            self._relay.failed.emit(self._token, error.problem)
        except OSError as error:
            reason = error.strerror or str(error)
            problem = LoadProblem(self._path, ProblemCode.UNREADABLE, reason)
            self._relay.failed.emit(self._token, problem)
        else:
            self._relay.read.emit(self._token, article)


class ArticleFileReader(QObject):
    """Reads whole articles from their files off the window's thread (an article the cache
    cannot give: a row listed from its headline, or a cache that failed)."""

    article_read = Signal(int, object)
    article_unreadable = Signal(int, object)

    def __init__(self, read: Callable[[Path], Article], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._read = read

    def read(self, token: int, path: str) -> None:
        """Read the file at path; article_read(token, article) or article_unreadable(token,
        problem) follows."""
        # The reader's child: deleted on this thread once the outcome is here (or with the
        # reader), never on the pool thread that drops the task's last reference to it.
        relay = _Relay(self)
        relay.read.connect(self._on_relay_read)
        relay.failed.connect(self._on_relay_failed)
        # The global pool: a pool of the reader's own would wait for a read under way when
        # destroyed, on the window's thread, holding the interpreter lock that the read needs.
        QThreadPool.globalInstance().start(_ReadTask(token, path, self._read, relay))

    @Slot(int, object)
    def _on_relay_read(self, token: int, article: Article) -> None:
        self.sender().deleteLater()
        self.article_read.emit(token, article)

    @Slot(int, object)
    def _on_relay_failed(self, token: int, problem: LoadProblem) -> None:
        self.sender().deleteLater()
        self.article_unreadable.emit(token, problem)
