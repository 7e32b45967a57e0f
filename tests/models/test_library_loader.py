"""LibraryLoader: the cache and batches from a worker thread, problems, progress, cancel."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reader.domain.article import Article, LoadProblem, NotAnArticleError
from reader.domain.batches import LoadBatch
from reader.domain.library.library import Library
from reader.domain.problems import ProblemCode
from reader.domain.store.cache import ArticleCache
from reader.domain.store.rows import ArticleRow
from reader.domain.text.parser import read_article
from reader.models.library_loader import LibraryLoader


def collect(
    loader: LibraryLoader,
) -> tuple[list[ArticleRow], list[LoadProblem], list[tuple[int, int]]]:
    articles: list[ArticleRow] = []
    problems: list[LoadProblem] = []
    progress: list[tuple[int, int]] = []

    def take(batch: LoadBatch) -> None:
        articles.extend(batch.rows)
        problems.extend(batch.problems)

    loader.batch_loaded.connect(take)
    loader.problem_found.connect(problems.append)
    loader.progress_changed.connect(lambda done, total: progress.append((done, total)))
    return articles, problems, progress


def test_loads_every_article_and_reports_problems(qtbot: QtBot, tmp_path: Path) -> None:
    for number in range(450):
        (tmp_path / f"{number:03}.txt").write_text(f"خبر رقم {number}\nنص الخبر.", "utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    loader = LibraryLoader(read_article)
    articles, problems, progress = collect(loader)
    with qtbot.waitSignal(loader.finished, timeout=30_000):
        loader.start(tmp_path)
    assert len(articles) == 450
    assert [p.path for p in problems] == [str(tmp_path / "empty.txt")]
    assert all(total == 451 for _done, total in progress)
    assert [done for done, _total in progress] == sorted(done for done, _total in progress)
    assert progress[-1] == (451, 451)
    assert not loader.is_running()


def test_a_missing_folder_is_one_problem(qtbot: QtBot, tmp_path: Path) -> None:
    loader = LibraryLoader(read_article)
    articles, problems, _progress = collect(loader)
    with qtbot.waitSignal(loader.finished):
        loader.start(tmp_path / "nowhere")
    assert articles == []
    assert [p.path for p in problems] == [str(tmp_path / "nowhere")]


def test_a_parser_bug_is_a_problem_not_the_end(qtbot: QtBot, tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text("خبر", "utf-8")

    def read(path: Path) -> Article:
        if path.name == "b.txt":
            raise ZeroDivisionError("bug")
        if path.name == "c.txt":
            raise NotAnArticleError(LoadProblem(str(path), ProblemCode.EMPTY))
        return Article(path=str(path), title="خبر")

    loader = LibraryLoader(read)
    articles, problems, _progress = collect(loader)
    with qtbot.waitSignal(loader.finished):
        loader.start(tmp_path)
    assert [a.path for a in articles] == [str(tmp_path / "a.txt")]
    assert [(p.code, p.detail) for p in problems] == [
        (ProblemCode.FAILED, "ZeroDivisionError: bug"),
        (ProblemCode.EMPTY, ""),
    ]


def test_cancel_stops_the_load(qtbot: QtBot, tmp_path: Path) -> None:
    for number in range(20):
        (tmp_path / f"{number:02}.txt").write_text("خبر", "utf-8")
    release = threading.Event()
    started = threading.Event()

    def read(path: Path) -> Article:
        started.set()
        release.wait(timeout=10)
        return Article(path=str(path), title="خبر")

    loader = LibraryLoader(read)
    articles, _problems, _progress = collect(loader)
    loader.start(tmp_path)
    qtbot.waitUntil(started.is_set)
    with qtbot.waitSignal(loader.cancelled), qtbot.assertNotEmitted(loader.finished):
        loader.cancel()
        release.set()
    assert len(articles) < 20


def test_a_new_load_replaces_the_one_under_way(qtbot: QtBot, tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    for folder in (first, second):
        folder.mkdir()
        for number in range(300):
            (folder / f"{number:03}.txt").write_text(f"خبر {number}", "utf-8")
    loader = LibraryLoader(read_article)
    articles, _problems, _progress = collect(loader)
    loader.start(first)
    with qtbot.waitSignal(loader.finished, timeout=30_000):
        loader.start(second)
    assert len(articles) >= 300
    assert {Path(a.path).parent for a in articles[-300:]} == {second}
    assert all(Path(a.path).parent == second for a in articles)


def test_destroying_a_loader_under_way_stops_its_thread(tmp_path: Path) -> None:
    for number in range(200):
        (tmp_path / f"{number:03}.txt").write_text("خبر", "utf-8")
    loader = LibraryLoader(read_article)
    loader.start(tmp_path)
    del loader  # must not abort with "QThread: Destroyed while thread is still running"


def test_the_cache_is_opened_on_the_loader_thread_and_handed_over_first(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "001.txt").write_text("خبر\nنص الخبر.", "utf-8")
    opened_on: list[int] = []
    open_cache = ArticleCache.open

    def open_recording(folder: Path, cache_dir: Path | None = None) -> ArticleCache:
        opened_on.append(threading.get_ident())
        return open_cache(folder, cache_dir)

    # Opening a damaged cache rebuilds it: never on the window's thread.
    monkeypatch.setattr(ArticleCache, "open", open_recording)
    loader = LibraryLoader(read_article, cache_dir=tmp_path / "cache")
    order: list[object] = []
    loader.library_opened.connect(order.append)
    loader.batch_loaded.connect(order.append)
    with qtbot.waitSignal(loader.finished):
        loader.start(tmp_path)
    assert opened_on
    assert threading.get_ident() not in opened_on
    library = order[0]
    assert isinstance(library, Library)
    assert library.cache.path is not None
    assert library.cache.path.is_relative_to(tmp_path / "cache")
    assert all(isinstance(batch, LoadBatch) for batch in order[1:])
    library.cache.close()
