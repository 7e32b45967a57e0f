"""The article cache: reopen, changes on disk, FTS5 search, and readers beside a writer."""

from __future__ import annotations

import io
import json
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from typing_extensions import override

from reader.cli.main import main as cli_main
from reader.domain.article import Article
from reader.domain.library.library import Library
from reader.domain.library.query import Query
from reader.domain.loading.folder import load_folder
from reader.domain.problems import ProblemCode, WarningCode, describe
from reader.domain.store.cache import ArticleCache
from reader.domain.store.rows import ParsedFile
from reader.domain.text.parser import parse_text, read_article
from reader.domain.text.search import query_words
from tests.conftest import SAMPLE
from tests.domain.store.conftest import open_library, titles, write_file

# A reader that waits longer than this for the writer is taken to be blocked by it.
WAIT_SECONDS = 10.0


def test_reopen_reads_no_file_and_gives_the_same_library(folder: Path, cache_dir: Path) -> None:
    first = open_library(folder, cache_dir)
    parsed: list[str] = []
    again = load_folder(folder, parsed_reader(parsed), cache=ArticleCache.open(folder, cache_dir))
    assert parsed == []
    assert titles(again) == titles(first) == ["خبر أ", "خبر ب", "خبر ج"]
    assert again.tag_counts() == first.tag_counts()
    assert [p.code for p in again.problems] == [ProblemCode.EMPTY]
    assert again.select(Query(search="الصين")) == first.select(Query(search="الصين"))
    article = again.article(again.select(Query(include=("غزة",)))[0])
    assert article == read_article(folder / "b.txt")


def parsed_reader(parsed: list[str]) -> Callable[[Path], Article]:
    """Return a reader that records what it reads."""

    def read(path: Path) -> Article:
        parsed.append(path.name)
        return read_article(path)

    return read


def test_a_changed_file_is_parsed_again(folder: Path, cache_dir: Path) -> None:
    open_library(folder, cache_dir)
    path = write_file(
        folder, "b.txt", "خبر ب معدل\n19/09/2023\nفقرة عن القدس.\nكلمات دلالية: القدس\n"
    )
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10**9))
    parsed: list[str] = []
    library = load_folder(folder, parsed_reader(parsed), cache=ArticleCache.open(folder, cache_dir))
    assert parsed == ["b.txt"]
    assert titles(library) == ["خبر أ", "خبر ب معدل", "خبر ج"]
    assert dict(library.tag_counts()) == {"الصين": 2, "روسيا": 1, "القدس": 1}
    assert titles(library, Query(search="غزة")) == []
    assert titles(library, Query(search="القدس")) == ["خبر ب معدل"]


def test_a_deleted_file_disappears_and_a_new_one_appears(folder: Path, cache_dir: Path) -> None:
    open_library(folder, cache_dir)
    (folder / "a.txt").unlink()
    write_file(folder, "d.txt", "خبر د\n20/09/2023\nفقرة عن الصين.\nكلمات دلالية: الصين\n")
    (folder / "empty.txt").unlink()
    parsed: list[str] = []
    library = load_folder(folder, parsed_reader(parsed), cache=ArticleCache.open(folder, cache_dir))
    assert parsed == ["d.txt"]
    assert titles(library) == ["خبر ب", "خبر ج", "خبر د"]
    assert titles(library, Query(search="الصين")) == ["خبر ج", "خبر د"]
    assert dict(library.tag_counts())["الصين"] == 2
    assert library.problems == []
    assert library.find_path(str(folder / "a.txt")) is None


def test_a_cache_that_fails_later_leaves_the_file_to_the_caller(
    folder: Path, cache_dir: Path
) -> None:
    library = open_library(folder, cache_dir)
    article_id = library.select(Query(include=("غزة",)))[0]
    key, path = library.row(article_id).key, library.path_of(article_id)
    library.cache.close()
    with pytest.raises(sqlite3.Error):
        library.cache.article(key, path)
    assert library.article(article_id) is None
    assert read_article(Path(path)).title == "خبر ب"


def test_the_corpus_vocabulary_survives_a_reopen(tmp_path: Path, cache_dir: Path) -> None:
    write_file(tmp_path, "u.txt", "خبر\nفقرة عن الطاقة.\nكلمات دلالية: البنك الدولي الطاقة\n")
    write_file(tmp_path, "s.txt", "خبر آخر\nفقرة.\nكلمات دلالية: البنك الدولي، القروض\n")
    for _ in range(2):
        library = open_library(tmp_path, cache_dir)
        unseparated = library.find_path(str(tmp_path / "u.txt"))
        assert unseparated is not None
        article = library.article(unseparated)
        assert article is not None
        assert article.tags == ("البنك الدولي", "الطاقة")
        assert dict(library.tag_counts())["البنك الدولي"] == 2
    (tmp_path / "s.txt").unlink()
    library = open_library(tmp_path, cache_dir)
    assert len(library) == 1
    (only,) = library.ids()
    article = library.article(only)
    assert article is not None
    assert article.tags == ("البنك", "الدولي", "الطاقة")
    assert "البنك الدولي" not in dict(library.tag_counts())


def test_the_bundled_sample_is_the_same_through_the_cache(cache_dir: Path) -> None:
    plain = load_folder(SAMPLE, read_article)
    cold = open_library(SAMPLE, cache_dir)
    warm = open_library(SAMPLE, cache_dir)
    for library in (cold, warm):
        assert [library.article(i) for i in library.ids()] == [
            plain.article(i) for i in plain.ids()
        ]
        assert library.tag_counts() == plain.tag_counts()


# The expectations of test_search.py, through the FTS5 index of the library's cache.
DOCS = {
    0: "أعلنت الصين خطة جديدة",
    1: "وقعت مصر والصين اتفاقية",
    2: "سافر الوفد بالصين أسبوعا",
    3: "رسالة للصين من واشنطن",
    4: "تحدث الوزير عن الصِّين طويلا",
    5: "تحقيق الاستقرار في المنطقة",
    6: "مؤتمر حول الإسلام والعلم",
    7: "قرأت الكتاب في المكتبة ثم قابلت الكاتب",
    8: "صدر القرار أمس",
    9: "Google News و google",
}


@pytest.fixture(scope="module")
def indexed() -> Library:
    library = Library()
    library.add(parse_text(f"عنوان\n{text}\n", f"{doc_id}.txt") for doc_id, text in DOCS.items())
    return library


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("الصين", {0, 1, 2, 3, 4}),
        ("الصِّين", {0, 1, 2, 3, 4}),
        ("الـصين", {0, 1, 2, 3, 4}),
        ("قرار", {8}),  # not استقرار
        ("سلام", set()),  # not الإسلام
        ("كتاب", {7}),
        ("اسلام", {6}),
        ("الصين اتفاقية", {1}),  # every word must match
        ("اتفاقيه", {1}),  # ة and ه fold together
        ("نيويورك", set()),
        ('"الصين" OR NEAR(', set()),  # FTS5 syntax is never interpreted
        ("news", {9}),  # Latin letters in any case
        ("عنوان", set(DOCS)),
    ],
)
def test_fts_search_semantics(indexed: Library, query: str, found: set[int]) -> None:
    assert indexed.search_ids(query) == found


def test_fts_empty_query_matches_nothing_in_particular(indexed: Library) -> None:
    assert indexed.search_ids("  ، ") is None
    assert indexed.select(Query(search="  ، ")) == list(indexed.ids())


def test_cli_uses_the_cache_and_no_cache_leaves_it_alone(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    cache_dir = tmp_path / "xdg" / "arabic-news-reader"

    def listed(*extra: str) -> list[str]:
        out = io.StringIO()
        assert cli_main(["list", str(folder), "--json", *extra], stdout=out) == 0
        return [json.loads(line)["title"] for line in out.getvalue().splitlines()]

    assert listed("--no-cache") == ["خبر ب", "خبر أ", "خبر ج"]
    assert not cache_dir.exists()
    assert listed() == ["خبر ب", "خبر أ", "خبر ج"]
    assert len(list(cache_dir.glob("*.sqlite3"))) == 1
    assert listed("--search", "الصين") == ["خبر أ", "خبر ج"]


def test_rows_flag_articles_read_with_warnings_cold_and_warm(
    tmp_path: Path, cache_dir: Path
) -> None:
    folder = tmp_path / "warned"
    write_file(folder, "001.txt", "خبر سليم\nنص سليم.\n")
    mojibake = "خبر مشوه الترميز".encode().decode("cp1256")
    write_file(folder, "002.txt", f"{mojibake}\nنص الخبر.\n")
    for _open_number in range(2):  # cold, then from the snapshot
        library = open_library(folder, cache_dir)
        flagged = library.warned_ids(library.ids())
        assert [library.row(i).path for i in flagged] == [str(folder / "002.txt")]
        assert library.row(flagged[0]).has_warnings
        article = library.article(flagged[0])
        assert article is not None
        assert any("repaired" in describe(warning) for warning in article.warnings)
        assert library.warnings_of(library.ids()) == [(str(folder / "002.txt"), article.warnings)]
        library.cache.close()


def test_warnings_come_from_the_cache_or_else_from_the_file(
    tmp_path: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "warned"
    for name in ("001.txt", "002.txt"):
        write_file(folder, name, "خبر\nمنذ 3 ساعات\nنص الخبر.\n")
    library = open_library(folder, cache_dir)
    from_cache = library.warnings_of(library.ids())
    assert [path.rsplit("/", 1)[-1] for path, _warnings in from_cache] == ["001.txt", "002.txt"]
    assert all(warnings[0].code is WarningCode.DATE_RELATIVE for _path, warnings in from_cache)

    def broken(_keys: object) -> object:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(library.cache, "article_warnings", broken)
    library.cache.close()  # so that reading an article from the cache fails too
    (folder / "002.txt").unlink()
    # The gone file is left out.
    assert library.warnings_of(library.ids(), read_article) == from_cache[:1]


class _StalledFiles(list[ParsedFile]):
    """Parsed files that stall the writer after the first, inside add()'s open transaction."""

    def __init__(self, files: list[ParsedFile], writing: threading.Event) -> None:
        super().__init__(files)
        self._writing = writing
        self.release = threading.Event()
        self.timed_out = False

    @override
    def __iter__(self) -> Iterator[ParsedFile]:
        files = super().__iter__()
        yield next(files)
        self._writing.set()
        self.timed_out = not self.release.wait(WAIT_SECONDS)
        yield from files


def test_readers_do_not_wait_for_a_write_transaction_on_another_thread(
    folder: Path, cache_dir: Path
) -> None:
    cache = ArticleCache.open(folder, cache_dir)
    assert cache.persistent
    stored = ParsedFile.from_article(read_article(folder / "a.txt"))
    (row,) = cache.add([stored])
    cache.flush()
    news = [
        ParsedFile.from_article(parse_text(f"خبر {word}\nفقرة عن {word}.\n", f"{word}.txt"))
        for word in ("القدس", "بيروت")
    ]
    writing = threading.Event()
    stalled = _StalledFiles(news, writing)
    writer = threading.Thread(target=cache.add, args=(stalled,))
    writer.start()
    try:
        assert writing.wait(WAIT_SECONDS)
        # The writer holds its lock, in a transaction that has stored القدس: readers read
        # the last commit, without waiting for either.
        assert cache.article(row.key, row.path).title == "خبر أ"
        assert cache.parsed_article(row.key, row.path).title == "خبر أ"
        assert list(cache.search(query_words("الصين"))) == [row.key]
        assert list(cache.search(query_words("القدس"))) == []
        assert [r.key for r in cache.rows(str(folder))] == [row.key]
        assert cache.article_warnings([row.key]) == {}
        assert not stalled.release.is_set()
    finally:
        stalled.release.set()
        writer.join(WAIT_SECONDS)
    assert not stalled.timed_out
    cache.flush()
    assert len(list(cache.search(query_words("القدس")))) == 1
    cache.close()


def test_an_in_memory_cache_reads_its_open_transaction() -> None:
    cache = ArticleCache.in_memory()
    (row,) = cache.add([ParsedFile.from_article(parse_text("خبر\nفقرة عن غزة.\n", "g.txt"))])
    # One connection holds a database in memory: its readers see what add() left uncommitted.
    assert list(cache.search(query_words("غزة"))) == [row.key]
    assert cache.article(row.key, "g.txt").title == "خبر"
    cache.close()
