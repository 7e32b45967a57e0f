"""Model tests: the sample library as the domain layer reads it, and folder sessions."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from pytestqt.qtbot import QtBot

from reader.domain.article import Article
from reader.domain.library.library import Library
from reader.domain.loading.folder import load_folder
from reader.domain.text.parser import read_article
from reader.models.folder_session import FolderSession
from reader.models.folder_watcher import FolderWatcher
from reader.models.library_loader import LibraryLoader
from reader.models.roles import ItemRole

if TYPE_CHECKING:
    # Imported for annotations only: the module needs pytest-qt set up first.
    from pytestqt.modeltest import ModelTester

LOAD_TIMEOUT_MS = 30_000
# Short, so that the tests stay quick.
DEBOUNCE_MS = 50

OpenSession = Callable[..., FolderSession]


@pytest.fixture(scope="session")
def sample_library() -> Library:
    """Return the bundled sample, loaded without Qt."""
    return load_folder(Path(__file__).resolve().parents[2] / "resources" / "sample", read_article)


@pytest.fixture
def check_model(qtmodeltester: ModelTester) -> Callable[[QAbstractItemModel, bool], None]:
    """Return qtmodeltester.check, typed: it keeps the tester attached for the whole test."""
    check: Callable[..., None] = qtmodeltester.check

    def check_model_(model: QAbstractItemModel, force_py: bool) -> None:
        check(model, force_py=force_py)

    return check_model_


@pytest.fixture
def new_session() -> Iterator[Callable[..., FolderSession]]:
    """Return a function that makes a session whose loads read each file with read, in this
    process (a test can hold some files back); each is closed at the end of the test."""
    made: list[FolderSession] = []

    def new(
        read: Callable[[Path], Article] = read_article, *, max_file_watches: int = 10_000
    ) -> FolderSession:
        watcher = FolderWatcher(debounce_ms=DEBOUNCE_MS, max_file_watches=max_file_watches)
        session = FolderSession(LibraryLoader(read), watcher)
        made.append(session)
        return session

    yield new
    for session in made:
        session.close()


@pytest.fixture
def open_session(qtbot: QtBot, new_session: Callable[..., FolderSession]) -> OpenSession:
    """Return a function that loads a folder into a new session, watched once it is listed."""

    def open_(
        folder: Path,
        read: Callable[[Path], Article] = read_article,
        *,
        max_file_watches: int = 10_000,
    ) -> FolderSession:
        session = new_session(read, max_file_watches=max_file_watches)
        with qtbot.waitSignal(session.load_finished, timeout=LOAD_TIMEOUT_MS):
            session.load_folder(folder)
        qtbot.waitUntil(session.watcher.is_settled)
        return session

    return open_


def listed_paths(session: FolderSession) -> list[str]:
    """Return the path of every article the session's list shows, in list order."""
    model = session.query_controller.article_model
    return [model.index(row, 0).data(ItemRole.PATH) for row in range(model.rowCount())]


def listed_titles(session: FolderSession) -> dict[str, str]:
    """Return path -> headline of every article the session's list shows."""
    model = session.query_controller.article_model
    return {
        model.index(row, 0).data(ItemRole.PATH): model.index(row, 0).data(
            Qt.ItemDataRole.DisplayRole
        )
        for row in range(model.rowCount())
    }
