"""The library's articles: from the cache, or read elsewhere and given the library's tags."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reader.domain.article import Article
from reader.domain.batches import LoadBatch, Previews
from reader.domain.library.library import Library
from reader.domain.loading.folder import load_folder
from reader.domain.store.cache import ArticleCache
from reader.domain.text.parser import parse_text, read_article


def test_loaded_articles_come_from_the_cache(small: Library) -> None:
    for article_id in small.ids():
        article = small.article(article_id)
        assert article is not None
        assert article == read_article(Path(small.path_of(article_id)))


def test_a_file_listed_from_its_header_is_read_elsewhere(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("خبر أ\n18/09/2023\nفقرة.\nكلمات دلالية: الصين، روسيا\n", encoding="utf-8")
    library = Library(ArticleCache.in_memory())
    library.add_batch(LoadBatch(previews=Previews([str(path)], ["خبر أ"], [None], [1.0], [None])))
    assert library.article(0) is None  # not parsed by the load yet: the library reads no file
    read = read_article(Path(library.path_of(0)))
    # The library knows no tags of it yet: the file's own stay.
    assert library.with_library_tags(0, read) == read
    assert read.tags == ("الصين", "روسيا")


def test_with_library_tags_gives_the_tags_regrouped_with_the_folder() -> None:
    library = Library()
    unseparated = parse_text("خبر\nفقرة عن الطاقة.\nكلمات دلالية: البنك الدولي الطاقة\n", "u.txt")
    separated = parse_text("خبر آخر\nفقرة.\nكلمات دلالية: البنك الدولي، القروض\n", "s.txt")
    library.add([unseparated, separated])
    library.apply_vocabulary()
    assert library.with_library_tags(0, unseparated).tags == ("البنك الدولي", "الطاقة")
    assert library.with_library_tags(1, separated) is separated  # the same tags: no copy


def test_a_failing_cache_leaves_the_article_to_the_caller(
    small: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(_key: int, _path: str) -> Article:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(small.cache, "article", broken)
    assert small.article(0) is None


def test_warnings_the_cache_cannot_give_are_read_by_the_caller(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("001.txt", "002.txt"):
        (tmp_path / name).write_text("خبر\nمنذ 3 ساعات\nنص الخبر.\n", encoding="utf-8")
    library = load_folder(tmp_path)
    from_cache = library.warnings_of(library.ids())
    assert len(from_cache) == 2

    def broken(*_args: object) -> object:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(library.cache, "article_warnings", broken)
    monkeypatch.setattr(library.cache, "article", broken)
    assert library.warnings_of(library.ids()) == []  # the library reads no file
    (tmp_path / "002.txt").unlink()
    # The gone file is left out.
    assert library.warnings_of(library.ids(), read_article) == from_cache[:1]
