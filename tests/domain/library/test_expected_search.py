"""The search expected next: found on another thread while the typing pauses, taken after."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import numpy as np

from reader.domain.library.expected_search import ExpectedSearch, Words
from reader.domain.library.query import Query, SortOrder
from reader.domain.loading.folder import load_folder
from reader.domain.store.query_search import Keys
from reader.domain.text.parser import read_article


class Index:
    """A stand-in for the cache's index: keys by words, and the threads that asked."""

    def __init__(self, release: threading.Event | None = None) -> None:
        self.threads: list[tuple[Words, int]] = []
        self._release = release

    def search(self, words: Words) -> Keys:
        self.threads.append((words, threading.get_ident()))
        if self._release is not None and words == ("بطيء",):
            self._release.wait(5)
        if words == ("معطوب",) and threading.get_ident() != threading.main_thread().ident:
            raise sqlite3.OperationalError("database is locked")
        return np.array([len(words[0])], dtype=np.int64)


def test_the_expected_search_is_found_elsewhere_and_taken_once() -> None:
    index = Index()
    expected = ExpectedSearch(index.search)
    expected.expect(("الصين",))
    assert expected.keys(("الصين",)).tolist() == [5]
    assert expected.keys(("الصين",)).tolist() == [5]  # taken once: asked again, searched here
    main = threading.get_ident()
    assert [(words, thread == main) for words, thread in index.threads] == [
        (("الصين",), False),
        (("الصين",), True),
    ]


def test_other_words_are_searched_at_once_and_a_forgotten_search_is_not_taken() -> None:
    index = Index()
    expected = ExpectedSearch(index.search)
    expected.expect(("الصين",))
    assert expected.keys(("روسيا",)).tolist() == [5]
    deadline = time.monotonic() + 5
    while len(index.threads) < 2 and time.monotonic() < deadline:
        time.sleep(0.01)  # found on the other thread: forgetting must still drop it
    expected.forget()
    expected.keys(("الصين",))
    main = threading.get_ident()
    assert [words for words, thread in index.threads if thread == main] == [
        ("روسيا",),
        ("الصين",),
    ]


def test_a_search_queued_behind_another_is_not_waited_for() -> None:
    release = threading.Event()
    index = Index(release)
    expected = ExpectedSearch(index.search)
    expected.expect(("بطيء",))  # holds the finder's thread until released
    expected.expect(("غزة",))
    assert expected.keys(("غزة",)).tolist() == [3]
    release.set()
    assert index.threads[-1] == (("غزة",), threading.get_ident())


def test_a_failed_expected_search_is_searched_again_here() -> None:
    index = Index()
    expected = ExpectedSearch(index.search)
    expected.expect(("معطوب",))
    assert expected.keys(("معطوب",)).tolist() == [5]


def test_a_library_lists_an_expected_search_as_any_other(tmp_path: Path) -> None:
    for name, text in (
        ("a.txt", "خبر أ\n18/09/2023\nفقرة عن الصين وروسيا.\n"),
        ("b.txt", "خبر ب\n19/09/2023\nفقرة عن الصينيين.\n"),
        ("c.txt", "خبر ج\n17/09/2023\nفقرة عن غزة.\n"),
    ):
        (tmp_path / name).write_text(text, encoding="utf-8")
    library = load_folder(tmp_path, read_article)
    plain = {
        text: library.listing(Query(search=text), SortOrder.NEWEST) for text in ("الصين*", "غزة")
    }
    library.forget_results()
    for text in ("الصين*", "غزة"):
        library.expect_search(text)
        assert list(library.listing(Query(search=text), SortOrder.NEWEST)) == list(plain[text])
    assert [library.path_of(i) for i in plain["الصين*"]] == [
        str(tmp_path / "b.txt"),
        str(tmp_path / "a.txt"),
    ]
