"""The article cache: reopen, changes on disk, broken caches, and FTS5 search semantics."""

from __future__ import annotations

import io
import json
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from reader import cli
from reader.domain.article import Article
from reader.domain.library.library import Library, Query, load_folder
from reader.domain.store import cache as cache_module
from reader.domain.store.cache import (
    ArticleCache,
    ParsedFile,
    database_path,
    decode_article,
    default_cache_dir,
    encode_article,
)
from reader.domain.text.parser import parse_text, read_article
from tests.conftest import SAMPLE, SEED

ARTICLES = {
    "a.txt": "خبر أ\n18/09/2023\nفقرة عن الصين.\nكلمات دلالية: الصين، روسيا\n",
    "b.txt": "خبر ب\n19/09/2023\nفقرة عن غزة.\nكلمات دلالية: غزة، روسيا\n",
    "sub/c.txt": "خبر ج\n17/09/2023\nفقرة عن والصين.\nكلمات دلالية: الصین\n",
}


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    articles = tmp_path / "articles"
    for name, text in ARTICLES.items():
        _write(articles, name, text)
    (articles / "empty.txt").write_bytes(b"")
    return articles


@pytest.fixture
def cache_dir(tmp_path: Path) -> Path:
    return tmp_path / "cache"


def _open(folder: Path, cache_dir: Path) -> Library:
    """Open folder as the window does: through its cache, parsing in this process."""
    return load_folder(folder, cache=ArticleCache.open(folder, cache_dir))


def _titles(library: Library, query: Query | None = None) -> list[str]:
    ids = library.select(query or Query())
    return sorted(library.article(i).display_title for i in ids)


def test_reopen_reads_no_file_and_gives_the_same_library(folder: Path, cache_dir: Path) -> None:
    first = _open(folder, cache_dir)
    parsed: list[str] = []
    again = load_folder(folder, parsed_reader(parsed), cache=ArticleCache.open(folder, cache_dir))
    assert parsed == []
    assert _titles(again) == _titles(first) == ["خبر أ", "خبر ب", "خبر ج"]
    assert again.tag_counts() == first.tag_counts()
    assert [p.reason for p in again.problems] == ["the file is empty"]
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
    _open(folder, cache_dir)
    path = _write(folder, "b.txt", "خبر ب معدل\n19/09/2023\nفقرة عن القدس.\nكلمات دلالية: القدس\n")
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10**9))
    parsed: list[str] = []
    library = load_folder(folder, parsed_reader(parsed), cache=ArticleCache.open(folder, cache_dir))
    assert parsed == ["b.txt"]
    assert _titles(library) == ["خبر أ", "خبر ب معدل", "خبر ج"]
    assert dict(library.tag_counts()) == {"الصين": 2, "روسيا": 1, "القدس": 1}
    assert _titles(library, Query(search="غزة")) == []
    assert _titles(library, Query(search="القدس")) == ["خبر ب معدل"]


def test_a_deleted_file_disappears_and_a_new_one_appears(folder: Path, cache_dir: Path) -> None:
    _open(folder, cache_dir)
    (folder / "a.txt").unlink()
    _write(folder, "d.txt", "خبر د\n20/09/2023\nفقرة عن الصين.\nكلمات دلالية: الصين\n")
    (folder / "empty.txt").unlink()
    parsed: list[str] = []
    library = load_folder(folder, parsed_reader(parsed), cache=ArticleCache.open(folder, cache_dir))
    assert parsed == ["d.txt"]
    assert _titles(library) == ["خبر ب", "خبر ج", "خبر د"]
    assert _titles(library, Query(search="الصين")) == ["خبر ج", "خبر د"]
    assert dict(library.tag_counts())["الصين"] == 2
    assert library.problems == []
    assert library.find_path(str(folder / "a.txt")) is None


def test_a_garbage_cache_file_is_rebuilt_with_a_warning(folder: Path, cache_dir: Path) -> None:
    cache_dir.mkdir()
    database_path(folder, cache_dir).write_bytes(b"this is no database " * 100)
    library = _open(folder, cache_dir)
    assert _titles(library) == ["خبر أ", "خبر ب", "خبر ج"]
    assert any("rebuilt" in warning for warning in library.cache_warnings)
    assert library.cache.persistent
    assert _open(folder, cache_dir).cache_warnings == []


def test_an_outdated_schema_is_rebuilt(folder: Path, cache_dir: Path) -> None:
    _open(folder, cache_dir).cache.close()
    with sqlite3.connect(database_path(folder, cache_dir)) as db:
        db.execute("UPDATE schema_version SET version = 0")
    library = _open(folder, cache_dir)
    assert any("schema version 0" in warning for warning in library.cache_warnings)
    assert _titles(library) == ["خبر أ", "خبر ب", "خبر ج"]


def test_a_cache_folder_that_cannot_be_created_is_bypassed(folder: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    library = _open(folder, blocker / "cache")
    assert not library.cache.persistent
    assert library.cache_warnings
    assert _titles(library, Query(search="الصين")) == ["خبر أ", "خبر ج"]


def test_a_read_only_cache_folder_still_opens_the_folder(folder: Path, cache_dir: Path) -> None:
    cache_dir.mkdir()
    cache_dir.chmod(0o500)
    try:
        library = _open(folder, cache_dir)
        assert _titles(library, Query(include=("روسيا",))) == ["خبر أ", "خبر ب"]
        if not os.access(cache_dir, os.W_OK):  # root writes anyway
            assert not library.cache.persistent
            assert library.cache_warnings
    finally:
        cache_dir.chmod(0o700)


def test_a_locked_cache_is_bypassed(
    folder: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _open(folder, cache_dir).cache.close()
    monkeypatch.setattr(cache_module, "_BUSY_SECONDS", 0.05)
    holder = sqlite3.connect(database_path(folder, cache_dir), isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        library = _open(folder, cache_dir)
    finally:
        holder.close()
    assert any("locked" in warning for warning in library.cache_warnings)
    assert _titles(library) == ["خبر أ", "خبر ب", "خبر ج"]


def test_a_cache_that_fails_later_falls_back_to_the_files(folder: Path, cache_dir: Path) -> None:
    library = _open(folder, cache_dir)
    article_id = library.select(Query(include=("غزة",)))[0]
    library.cache.close()
    assert library.article(article_id).title == "خبر ب"


def test_the_default_cache_folder_follows_xdg_cache_home(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert default_cache_dir() == tmp_path / "xdg" / "arabic-news-reader"
    cache = ArticleCache.open(folder)
    assert cache.path is not None
    assert cache.path.parent == tmp_path / "xdg" / "arabic-news-reader"


def test_one_database_per_folder(tmp_path: Path, cache_dir: Path) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    _write(one, "a.txt", ARTICLES["a.txt"])
    _write(two, "b.txt", ARTICLES["b.txt"])
    assert _titles(_open(one, cache_dir)) == ["خبر أ"]
    assert _titles(_open(two, cache_dir)) == ["خبر ب"]
    assert _titles(_open(one, cache_dir)) == ["خبر أ"]
    assert len(list(cache_dir.glob("*.sqlite3"))) == 2


def test_the_corpus_vocabulary_survives_a_reopen(tmp_path: Path, cache_dir: Path) -> None:
    _write(tmp_path, "u.txt", "خبر\nفقرة عن الطاقة.\nكلمات دلالية: البنك الدولي الطاقة\n")
    _write(tmp_path, "s.txt", "خبر آخر\nفقرة.\nكلمات دلالية: البنك الدولي، القروض\n")
    for _ in range(2):
        library = _open(tmp_path, cache_dir)
        unseparated = library.find_path(str(tmp_path / "u.txt"))
        assert unseparated is not None
        assert library.article(unseparated).tags == ("البنك الدولي", "الطاقة")
        assert dict(library.tag_counts())["البنك الدولي"] == 2
    (tmp_path / "s.txt").unlink()
    library = _open(tmp_path, cache_dir)
    assert len(library) == 1
    (only,) = library.ids()
    assert library.article(only).tags == ("البنك", "الدولي", "الطاقة")
    assert "البنك الدولي" not in dict(library.tag_counts())


def test_the_bundled_sample_is_the_same_through_the_cache(cache_dir: Path) -> None:
    plain = load_folder(SAMPLE, read_article)
    cold = _open(SAMPLE, cache_dir)
    warm = _open(SAMPLE, cache_dir)
    for library in (cold, warm):
        assert [library.article(i) for i in library.ids()] == [
            plain.article(i) for i in plain.ids()
        ]
        assert library.tag_counts() == plain.tag_counts()


def test_articles_survive_the_round_trip_through_the_cache() -> None:
    article = read_article(SEED)
    assert decode_article(encode_article(article), article.path) == article
    stored = decode_article(encode_article(article), article.path)
    assert stored.unseparated_tag_words == article.unseparated_tag_words
    assert type(stored.published) is type(article.published)


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


def test_parsed_file_words_cover_headline_body_source_and_tags() -> None:
    article = parse_text("عنوان\nفقرة عن الصين.\nالمصدر: بوابة الوفد\nكلمات دلالية: روسيا\n")
    words = ParsedFile.from_article(article).words.split()
    assert {"عنوان", "الصين", "بوابه", "الوفد", "روسيا"} <= set(words)
    assert len(words) == len(set(words))


def test_cli_uses_the_cache_and_no_cache_leaves_it_alone(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    cache_dir = tmp_path / "xdg" / "arabic-news-reader"

    def listed(*extra: str) -> list[str]:
        out = io.StringIO()
        assert cli.main(["list", str(folder), "--json", *extra], stdout=out) == 0
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
    _write(folder, "001.txt", "خبر سليم\nنص سليم.\n")
    mojibake = "خبر مشوه الترميز".encode().decode("cp1256")
    _write(folder, "002.txt", f"{mojibake}\nنص الخبر.\n")
    for _open_number in range(2):  # cold, then from the snapshot
        library = _open(folder, cache_dir)
        flagged = library.warned_ids(library.ids())
        assert [library.row(i).path for i in flagged] == [str(folder / "002.txt")]
        assert library.row(flagged[0]).has_warnings
        warnings = library.article(flagged[0]).warnings
        assert any("repaired" in warning for warning in warnings)
        assert library.warnings_of(library.ids()) == [(str(folder / "002.txt"), warnings)]
        library.cache.close()


def test_warnings_come_from_the_cache_or_else_from_the_file(
    tmp_path: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "warned"
    for name in ("001.txt", "002.txt"):
        _write(folder, name, "خبر\nمنذ 3 ساعات\nنص الخبر.\n")
    library = _open(folder, cache_dir)
    from_cache = library.warnings_of(library.ids())
    assert [path.rsplit("/", 1)[-1] for path, _warnings in from_cache] == ["001.txt", "002.txt"]
    assert all("relative" in warnings[0] for _path, warnings in from_cache)

    def broken(_keys: object) -> dict[int, tuple[str, ...]]:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(library.cache, "article_warnings", broken)
    library.cache.close()  # so that reading an article from the cache fails too
    (folder / "002.txt").unlink()
    assert library.warnings_of(library.ids()) == from_cache[:1]  # the gone file is left out
