"""A library keeps its frequent words' bitmaps once loaded, searches with them, and drops
them when its articles change."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest

from reader.domain.article import Article
from reader.domain.library.frequent_search import FrequentSearch
from reader.domain.library.library import Library
from reader.domain.library.query import SortOrder
from reader.domain.loading.folder import load_folder
from reader.domain.store import frequent_terms
from reader.domain.store.cache import ArticleCache


def _folder(tmp_path: Path, count: int) -> Path:
    """Write count articles about الصين, every other one about روسيا too."""
    folder = tmp_path / "folder"
    folder.mkdir()
    for n in range(count):
        body = "زيارة إلى الصين" + (" وروسيا" if n % 2 else "")
        (folder / f"{n}.txt").write_text(f"خبر {n}\n{body}\n", encoding="utf-8")
    return folder


def _loaded(tmp_path: Path, frequent: FrequentSearch) -> Library:
    """Return the library of a loaded folder of six articles, keeping bitmaps as frequent says."""
    folder = _folder(tmp_path, 6)
    library = load_folder(folder, cache=ArticleCache.open(folder, tmp_path / "cache"))
    library.frequent = frequent
    return library


def _kept_with_china(library: Library) -> int:
    """Return how many articles the kept bitmaps (once ready) say hold الصين."""
    kept = library.frequent.wait()
    assert kept is not None
    chosen, _rare = kept.articles_of(["الصين"])
    assert chosen is not None
    return int(chosen.sum())


def test_a_loaded_library_keeps_its_frequent_words_and_finds_the_same(tmp_path: Path) -> None:
    library = _loaded(tmp_path, FrequentSearch(min_articles=5, least=3))
    plain = library.search_ids("الصين روسيا")
    library.prepare_listings(SortOrder.NEWEST)
    kept = library.frequent.wait()
    assert kept is not None
    assert {"الصين", "وروسيا"} <= set(kept.bits)
    assert library.search_ids("الصين روسيا") == plain
    assert plain is not None
    assert len(plain) == 3
    library.cache.close()


def test_a_small_library_keeps_none(tmp_path: Path) -> None:
    library = _loaded(tmp_path, FrequentSearch(min_articles=7, least=3))
    library.prepare_listings(SortOrder.NEWEST)
    assert library.frequent.wait() is None
    library.cache.close()


def test_articles_changing_drop_the_bitmaps_until_prepared_again(tmp_path: Path) -> None:
    library = _loaded(tmp_path, FrequentSearch(min_articles=5, least=3, quiet_seconds=0))
    library.prepare_listings(SortOrder.NEWEST)
    assert library.frequent.wait() is not None
    library.add([Article(path=str(tmp_path / "folder" / "new.txt"), body=("الصين",))])
    assert library.frequent.current() is None
    assert library.search_ids("الصين") == set(library.ids())
    library.frequent.prepare(library.cache, len(library))
    assert _kept_with_china(library) == 7
    library.cache.close()


def test_a_closed_cache_gives_no_bitmaps(tmp_path: Path) -> None:
    library = _loaded(tmp_path, FrequentSearch(min_articles=5, least=3))
    library.cache.close()
    library.frequent.prepare(library.cache, len(library))
    assert library.frequent.wait() is None


def test_changed_articles_wait_for_quiet_before_a_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    library = _loaded(tmp_path, FrequentSearch(min_articles=5, least=3, quiet_seconds=60))
    library.prepare_listings(SortOrder.NEWEST)
    assert library.frequent.wait() is not None  # the first, at once
    library.add([Article(path=str(tmp_path / "folder" / "new.txt"), body=("الصين",))])
    library.prepare_listings(SortOrder.NEWEST)
    assert library.frequent.wait() is None
    later = time.monotonic() + 61
    monkeypatch.setattr(time, "monotonic", lambda: later)
    library.prepare_listings(SortOrder.NEWEST)
    assert _kept_with_china(library) == 7
    library.cache.close()


def test_a_reopened_library_reads_the_stored_bitmaps(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    library = _loaded(tmp_path, FrequentSearch(min_articles=5, least=3))
    library.prepare_listings(SortOrder.NEWEST)
    built = library.frequent.wait()
    assert built is not None
    library.cache.close()

    def no_scan(_cache: ArticleCache, _least: int) -> list[str]:
        raise AssertionError("the index was read again")

    monkeypatch.setattr(frequent_terms, "_frequent_words", no_scan)
    folder = tmp_path / "folder"
    reopened = load_folder(folder, cache=ArticleCache.open(folder, tmp_path / "cache"))
    reopened.frequent = FrequentSearch(min_articles=5, least=3)
    reopened.prepare_listings(SortOrder.NEWEST)
    kept = reopened.frequent.wait()
    assert kept is not None
    assert set(kept.bits) == set(built.bits)
    reopened.cache.close()


def test_a_build_that_fails_is_tried_again_after_a_quiet_while(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    library = _loaded(tmp_path, FrequentSearch(min_articles=5, least=3, quiet_seconds=60))
    tries: list[int] = []

    def locked(_cache: ArticleCache, _least: int) -> list[str]:
        tries.append(1)
        raise sqlite3.OperationalError("database is locked")  # another process writing

    scan = frequent_terms._frequent_words
    monkeypatch.setattr(frequent_terms, "_frequent_words", locked)
    library.prepare_listings(SortOrder.NEWEST)
    assert library.frequent.wait() is None
    library.prepare_listings(SortOrder.NEWEST)
    assert library.frequent.wait() is None
    assert len(tries) == 1
    monkeypatch.setattr(frequent_terms, "_frequent_words", scan)
    later = time.monotonic() + 61
    monkeypatch.setattr(time, "monotonic", lambda: later)
    library.prepare_listings(SortOrder.NEWEST)
    assert _kept_with_china(library) == 6
    library.cache.close()
