"""FolderSession, first loads: what it says while a folder loads, its caches, and articles read
from their files in the background."""

from __future__ import annotations

import gc
import os
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel
from pytestqt.qtbot import QtBot

from benchmarks.generate import ArticleWriter
from reader.domain.article import Article, LoadProblem
from reader.domain.loading.folder import load_folder
from reader.domain.problems import CacheWarningCode, ProblemCode
from reader.domain.store.database import database_path, default_cache_dir
from reader.domain.text.parser import read_article
from reader.models import folder_session as folder_session_module
from reader.models.folder_session import FolderSession
from reader.models.roles import ItemRole
from tests.articles import write_article
from tests.models.conftest import LOAD_TIMEOUT_MS, OpenSession, listed_paths, listed_titles

NewSession = Callable[..., FolderSession]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Three articles, one read with warnings, and a file that is not an article."""
    folder = tmp_path / "news"
    folder.mkdir()
    write_article(folder, "001.txt", "الخبر الأول", "نص الخبر الأول.", "اقتصاد")
    write_article(folder, "002.txt", "الخبر الثاني", "نص الخبر الثاني.", "سياسة")
    mojibake = "خبر مشوه الترميز".encode().decode("cp1256")
    (folder / "003.txt").write_text(f"{mojibake}\nنص الخبر.\nكلمات دلالية: مشوه\n", "utf-8")
    (folder / "004.txt").write_bytes(b"")
    return folder


def counting(parsed: list[Path]) -> Callable[[Path], Article]:
    """Return a read function that records every file it parses."""

    def read(path: Path) -> Article:
        parsed.append(path)
        return read_article(path)

    return read


def test_a_load_says_what_it_does_then_finishes(
    qtbot: QtBot, new_session: NewSession, folder: Path
) -> None:
    session = new_session()
    loading: list[bool] = []
    reading: list[bool] = []
    counts: list[tuple[int, int]] = []
    session.loading_changed.connect(loading.append)
    session.reading_changed.connect(reading.append)
    session.problem_counts_changed.connect(lambda *count: counts.append(count))
    with qtbot.waitSignal(session.load_finished, timeout=LOAD_TIMEOUT_MS):
        session.load_folder(folder)
        # At once: the list says that the folder is being read.
        assert (loading, reading, counts) == ([True], [True], [(0, 0)])
    assert (loading, reading) == ([True, False], [True, False])
    assert counts[-1] == (1, 1)
    assert len(listed_paths(session)) == 3
    assert session.folder == folder
    assert [p.path for p in session.library.problems] == [str(folder / "004.txt")]


def test_a_loaded_library_is_kept_out_of_the_cyclic_collector(
    qtbot: QtBot, new_session: NewSession, folder: Path
) -> None:
    gc.unfreeze()
    session = new_session()
    with qtbot.waitSignal(session.load_finished, timeout=LOAD_TIMEOUT_MS):
        session.load_folder(folder)
    assert gc.get_freeze_count() > 0  # a full collection no longer walks the library


def test_a_missing_folder_is_said_and_is_a_problem(
    qtbot: QtBot, new_session: NewSession, tmp_path: Path
) -> None:
    session = new_session()
    with (
        qtbot.waitSignal(session.folder_missing) as missing,
        qtbot.waitSignal(session.load_finished, timeout=LOAD_TIMEOUT_MS),
    ):
        session.load_folder(tmp_path / "nowhere")
    assert missing.args == [str(tmp_path / "nowhere")]
    assert listed_paths(session) == []
    assert [p.code for p in session.library.problems] == [ProblemCode.NOT_A_FOLDER]


def test_cancelling_a_first_load_keeps_what_was_read(
    qtbot: QtBot, new_session: NewSession, folder: Path
) -> None:
    release = threading.Event()

    def slow_read(path: Path) -> Article:
        release.wait(timeout=10)
        return read_article(path)

    session = new_session(slow_read)
    session.load_folder(folder)
    with (
        qtbot.waitSignal(session.load_cancelled, timeout=LOAD_TIMEOUT_MS) as cancelled,
        qtbot.waitSignal(session.reading_changed) as reading,
        qtbot.assertNotEmitted(session.load_finished),
    ):
        session.cancel_load()
        release.set()
    assert cancelled.args == [False]
    assert reading.args == [False]
    assert len(listed_paths(session)) < 3


def test_a_second_session_lists_the_same_rows_from_the_cache(
    open_session: OpenSession, folder: Path
) -> None:
    first = open_session(folder)
    # The cache is in the test's XDG_CACHE_HOME, never the user's.
    assert default_cache_dir().is_relative_to(Path(os.environ["XDG_CACHE_HOME"]))
    assert database_path(folder, default_cache_dir()).is_file()
    parsed: list[Path] = []
    second = open_session(folder, counting(parsed))
    assert parsed == []
    assert listed_titles(second) == listed_titles(first)
    assert len(listed_paths(second)) == 3
    assert second.library.warned_count() == first.library.warned_count() == 1
    assert len(second.library.problems) == len(first.library.problems) == 1


def test_a_file_edited_between_opens_is_read_again(open_session: OpenSession, folder: Path) -> None:
    first = open_session(folder)
    assert listed_titles(first)[str(folder / "002.txt")] == "الخبر الثاني"
    edited = write_article(folder, "002.txt", "عنوان جديد للخبر الثاني", "نص جديد.", "سياسة")
    # A different modification time, whatever the file system's clock resolution.
    stat = edited.stat()
    os.utime(edited, ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))
    parsed: list[Path] = []
    second = open_session(folder, counting(parsed))
    assert parsed == [edited]
    titles = listed_titles(second)
    assert titles[str(edited)] == "عنوان جديد للخبر الثاني"
    assert titles[str(folder / "001.txt")] == "الخبر الأول"
    assert len(titles) == 3


def test_a_damaged_cache_is_rebuilt_and_said(
    qtbot: QtBot, new_session: NewSession, folder: Path
) -> None:
    database = database_path(folder, default_cache_dir())
    database.parent.mkdir(parents=True, exist_ok=True)
    database.write_bytes(b"this is not a database" * 100)
    session = new_session()
    with (
        qtbot.waitSignal(session.cache_warned, timeout=LOAD_TIMEOUT_MS) as warned,
        qtbot.waitSignal(session.load_finished, timeout=LOAD_TIMEOUT_MS),
    ):
        session.load_folder(folder)
    assert [warning.code for warning in warned.args[0]] == [CacheWarningCode.DAMAGED]
    assert warned.args[0][0].path == str(database)
    assert len(listed_paths(session)) == 3


def test_an_article_comes_from_the_cache_at_once(
    open_session: OpenSession, folder: Path, qtbot: QtBot
) -> None:
    session = open_session(folder)
    article_id = session.library.find_path(str(folder / "001.txt"))
    assert article_id is not None
    with qtbot.assertNotEmitted(session.article_read, wait=50):
        article = session.request_article(article_id)
    assert article is not None
    assert article.title == "الخبر الأول"
    assert session.article(article_id) == article


def test_an_article_the_cache_cannot_give_is_read_from_its_file(
    open_session: OpenSession, folder: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = open_session(folder)
    library = session.library
    article_id = library.find_path(str(folder / "002.txt"))
    assert article_id is not None
    # As a cache that fails, or a row listed from its headline, not parsed yet.
    monkeypatch.setattr(type(library), "article", lambda _library, _id: None)
    with qtbot.waitSignal(session.article_read, timeout=LOAD_TIMEOUT_MS) as read:
        assert session.request_article(article_id) is None
    assert read.args[0] == article_id
    assert read.args[1].title == "الخبر الثاني"
    (folder / "002.txt").unlink()
    with qtbot.waitSignal(session.article_unreadable, timeout=LOAD_TIMEOUT_MS) as unreadable:
        assert session.request_article(article_id) is None
    problem = unreadable.args[0]
    assert isinstance(problem, LoadProblem)
    assert problem.path == str(folder / "002.txt")
    assert problem.code is ProblemCode.MISSING


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """Sixty generated articles: enough for a load that lists headlines first."""
    folder = tmp_path / "crawl"
    folder.mkdir()
    writer = ArticleWriter(seed=11)
    for number in range(60):
        (folder / writer.file_name(number)).write_text(writer.article(number), encoding="utf-8")
    return folder


@pytest.mark.usefixtures("headline_first_load")
def test_rows_listed_from_headers_are_completed_in_place(
    qtbot: QtBot,
    new_session: NewSession,
    corpus: Path,
    check_model: Callable[[QAbstractItemModel, bool], None],
) -> None:
    session = new_session()
    model = session.query_controller.article_model
    check_model(model, False)
    repainted: list[int] = []
    model.dataChanged.connect(lambda top, bottom: repainted.append(bottom.row() - top.row() + 1))
    with qtbot.waitSignal(session.load_finished, timeout=LOAD_TIMEOUT_MS):
        session.load_folder(corpus)
    assert model.rowCount() == 60
    assert repainted, "rows completed in place were never repainted"
    expected = load_folder(corpus, workers=1)  # what a load without previews lists
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        article_id = expected.find_path(index.data(ItemRole.PATH))
        assert article_id is not None
        source = expected.row(article_id).source
        assert source is not None
        assert index.data(ItemRole.SOURCE) == source
        shown_tags = index.data(ItemRole.TAGS)
        assert shown_tags
        assert shown_tags == list(expected.row(article_id).tags)[: len(shown_tags)]


@pytest.mark.usefixtures("headline_first_load")
def test_every_file_is_listed_as_soon_as_all_are_known(
    qtbot: QtBot, new_session: NewSession, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(folder_session_module, "_REFRESH_MS", 3_600_000)  # no timed refresh
    session = new_session()
    shown_while_loading: list[int] = []
    session.query_controller.results_changed.connect(
        lambda shown, _total: shown_while_loading.append(shown)
    )
    with qtbot.waitSignal(session.load_finished, timeout=LOAD_TIMEOUT_MS):
        session.load_folder(corpus)
    assert session.query_controller.article_model.rowCount() == 60
    # Listed in full from the headers, before the last refresh at the end of the load.
    assert shown_while_loading.count(60) >= 2
