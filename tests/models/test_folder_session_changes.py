"""FolderSession, a folder that changes while it is open: read again out of sight, then swapped
in whole, the query and the order kept."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel
from pytestqt.qtbot import QtBot

from reader.domain.article import Article
from reader.domain.library.query import SortOrder
from reader.domain.text.parser import read_article
from reader.models.folder_session import FolderSession
from tests.articles import write_article
from tests.models.conftest import LOAD_TIMEOUT_MS, OpenSession, listed_paths, listed_titles

NewSession = Callable[..., FolderSession]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    write_article(folder, "001.txt", "الخبر الأول", "نص الخبر الأول عن الصين.", "الصين، اقتصاد")
    write_article(folder, "002.txt", "الخبر الثاني", "نص الخبر الثاني عن روسيا.", "روسيا، سياسة")
    write_article(folder, "003.txt", "الخبر الثالث", "نص الخبر الثالث عن الصين.", "الصين، سياسة")
    return folder


def test_a_file_added_is_swapped_in(qtbot: QtBot, open_session: OpenSession, folder: Path) -> None:
    session = open_session(folder)
    old = session.library
    with (
        qtbot.waitSignal(session.library_about_to_swap),
        qtbot.waitSignal(session.library_swapped, timeout=LOAD_TIMEOUT_MS),
    ):
        write_article(folder, "004.txt", "خبر جديد", "وصل هذا الخبر والجلسة مفتوحة.")
    assert session.library is not old
    assert listed_titles(session)[str(folder / "004.txt")] == "خبر جديد"
    assert len(listed_paths(session)) == 4


def test_a_file_in_a_new_subfolder_is_swapped_in(
    qtbot: QtBot, open_session: OpenSession, folder: Path
) -> None:
    session = open_session(folder)
    day = folder / "2024" / "05"
    with qtbot.waitSignal(session.library_swapped, timeout=LOAD_TIMEOUT_MS):
        day.mkdir(parents=True)
        write_article(day, "010.txt", "خبر في مجلد فرعي", "نص.")
    assert listed_titles(session)[str(day / "010.txt")] == "خبر في مجلد فرعي"


def test_a_file_deleted_is_gone_and_the_query_and_order_stay(
    qtbot: QtBot, open_session: OpenSession, folder: Path
) -> None:
    session = open_session(folder)
    controller = session.query_controller
    controller.set_sort_order(SortOrder.TITLE)
    controller.toggle_include("الصين")
    query = controller.query()
    assert len(listed_paths(session)) == 2
    with qtbot.waitSignal(session.library_swapped, timeout=LOAD_TIMEOUT_MS):
        (folder / "003.txt").unlink()
    assert listed_paths(session) == [str(folder / "001.txt")]
    assert controller.query() == query
    assert controller.sort_order() is SortOrder.TITLE


def test_a_file_that_becomes_unreadable_becomes_a_problem(
    qtbot: QtBot, open_session: OpenSession, folder: Path
) -> None:
    session = open_session(folder)
    with (
        qtbot.waitSignal(session.problem_counts_changed) as counts,
        qtbot.waitSignal(session.library_swapped, timeout=LOAD_TIMEOUT_MS),
    ):
        (folder / "002.txt").write_bytes(b"")
    assert counts.args == [1, 0]
    assert str(folder / "002.txt") not in listed_paths(session)


def test_the_folder_going_keeps_the_library_and_its_return_is_read(
    qtbot: QtBot, open_session: OpenSession, folder: Path
) -> None:
    session = open_session(folder)
    before = listed_paths(session)
    with qtbot.waitSignal(session.folder_missing, timeout=LOAD_TIMEOUT_MS) as missing:
        shutil.rmtree(folder)
    assert missing.args == [str(folder)]
    assert listed_paths(session) == before
    # Reloading by hand says the same, and reads nothing.
    with (
        qtbot.waitSignal(session.folder_missing) as missing,
        qtbot.assertNotEmitted(session.loading_changed),
    ):
        session.reload()
    assert missing.args == [str(folder)]
    qtbot.waitUntil(session.watcher.is_settled)
    with (
        qtbot.waitSignal(session.library_swapped, timeout=LOAD_TIMEOUT_MS),
        qtbot.waitSignal(session.folder_missing, timeout=LOAD_TIMEOUT_MS) as missing,
    ):
        folder.mkdir()
        write_article(folder, "005.txt", "عاد المجلد", "نص.")
    assert missing.args == [None]
    assert listed_paths(session) == [str(folder / "005.txt")]


def test_a_missing_folder_is_listed_when_it_appears(
    qtbot: QtBot, new_session: NewSession, tmp_path: Path
) -> None:
    folder = tmp_path / "not yet"
    session = new_session()
    with qtbot.waitSignal(session.load_finished, timeout=LOAD_TIMEOUT_MS):
        session.load_folder(folder)
    qtbot.waitUntil(session.watcher.is_settled)
    with qtbot.waitSignal(session.library_swapped, timeout=LOAD_TIMEOUT_MS):
        folder.mkdir()
        write_article(folder, "001.txt", "ظهر المجلد", "نص.")
    assert listed_paths(session) == [str(folder / "001.txt")]


def test_the_load_starts_once_the_watcher_has_listed_the_folder(
    qtbot: QtBot, new_session: NewSession, folder: Path
) -> None:
    # Listed first: a change the load does not see is one the watcher reports.
    events: list[str] = []

    def read(path: Path) -> Article:
        events.append("read")
        return read_article(path)

    session = new_session(read)
    session.watcher.folder_listed.connect(lambda: events.append("listed"))
    with qtbot.waitSignal(session.load_finished, timeout=LOAD_TIMEOUT_MS):
        session.load_folder(folder)
        session.reload()  # asked for before the load starts: that load reads the folder
    assert events == ["listed", "read", "read", "read"]


def test_a_change_during_the_load_is_read_after_it(
    qtbot: QtBot, new_session: NewSession, folder: Path
) -> None:
    started = threading.Event()
    release = threading.Event()

    def slow_read(path: Path) -> Article:
        started.set()
        release.wait(timeout=10)
        return read_article(path)

    session = new_session(slow_read)
    session.load_folder(folder)
    qtbot.waitUntil(started.is_set)
    write_article(folder, "004.txt", "خبر أثناء التحميل", "نص.")
    # Let the watcher see it while the first load still runs.
    qtbot.waitUntil(lambda: not session.watcher.is_settled())
    qtbot.waitUntil(session.watcher.is_settled)
    with qtbot.waitSignal(session.library_swapped, timeout=LOAD_TIMEOUT_MS):
        release.set()
    assert str(folder / "004.txt") in listed_paths(session)


def test_a_file_deleted_while_the_folder_loads_is_reported_then_forgotten(
    qtbot: QtBot, new_session: NewSession, folder: Path
) -> None:
    started = threading.Event()
    release = threading.Event()

    def slow_read(path: Path) -> Article:
        started.set()
        release.wait(timeout=10)
        return read_article(path)

    session = new_session(slow_read)
    counts: list[tuple[int, int]] = []
    session.problem_counts_changed.connect(lambda *count: counts.append(count))
    with qtbot.waitSignal(session.load_finished, timeout=LOAD_TIMEOUT_MS):
        session.load_folder(folder)
        qtbot.waitUntil(started.is_set)
        # Listed, not yet read: the load finds it gone and says so.
        (folder / "003.txt").unlink()
        release.set()
    assert counts[-1][0] == 1
    # The folder changed while it loaded: it is read again, and the problem is gone.
    with qtbot.waitSignal(session.library_swapped, timeout=LOAD_TIMEOUT_MS):
        pass
    assert counts[-1][0] == 0
    assert len(listed_paths(session)) == 2


def test_a_reload_asked_for_reads_an_edit_in_place(
    qtbot: QtBot, open_session: OpenSession, folder: Path
) -> None:
    # With no file watches, an edit in place is seen only when the folder is read again.
    session = open_session(folder, max_file_watches=0)
    write_article(folder, "001.txt", "الخبر الأول معدلًا", "نص.")
    loading: list[bool] = []
    session.loading_changed.connect(loading.append)
    with qtbot.waitSignal(session.library_swapped, timeout=LOAD_TIMEOUT_MS):
        session.reload()
    assert loading == [True, False]
    assert listed_titles(session)[str(folder / "001.txt")] == "الخبر الأول معدلًا"


def test_a_cancelled_reload_keeps_the_library(
    qtbot: QtBot, open_session: OpenSession, folder: Path
) -> None:
    release = threading.Event()
    started = threading.Event()

    def read(path: Path) -> Article:
        if path.name == "004.txt":
            started.set()
            release.wait(timeout=10)
        return read_article(path)

    session = open_session(folder, read)
    library = session.library
    write_article(folder, "004.txt", "خبر رابع", "نص.")
    qtbot.waitUntil(started.is_set)  # the watcher has seen it: a reload reads it
    with (
        qtbot.waitSignal(session.load_cancelled, timeout=LOAD_TIMEOUT_MS) as cancelled,
        qtbot.assertNotEmitted(session.library_swapped),
    ):
        session.cancel_load()
        release.set()
    assert cancelled.args == [True]
    assert session.library is library
    assert len(listed_paths(session)) == 3


@pytest.fixture
def watched_session(open_session: OpenSession, folder: Path) -> FolderSession:
    """The session on folder, made in a fixture so that it outlives the model tester."""
    return open_session(folder)


@pytest.mark.parametrize("which", ["article_model", "tag_model"])
@pytest.mark.parametrize("force_py", [False, True])
def test_the_models_pass_the_model_tester_through_a_reload(
    watched_session: FolderSession,
    check_model: Callable[[QAbstractItemModel, bool], None],
    qtbot: QtBot,
    folder: Path,
    which: str,
    force_py: bool,
) -> None:
    session = watched_session
    check_model(getattr(session.query_controller, which), force_py)
    session.query_controller.toggle_include("الصين")
    with qtbot.waitSignal(session.library_swapped, timeout=LOAD_TIMEOUT_MS):
        write_article(folder, "004.txt", "خبر رابع عن الصين", "نص.", "الصين، جديد")
        (folder / "002.txt").unlink()
    assert len(listed_paths(session)) == 3
