"""The frequent words' bitmaps: built from the index, stored, outdated by files coming or
going, and searched with the same result as FTS5 alone."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reader.domain.article import Article
from reader.domain.library.library import Library
from reader.domain.store import frequent_terms, query_search
from reader.domain.store.cache import ArticleCache
from reader.domain.store.frequent_terms import FrequentTerms, keep_frequent_terms
from reader.domain.store.query_search import Keys

# الصين in four files, once only behind proclitics (وللصين); the other words in one each.
BODIES = ("الصين اليوم", "الصين غدا", "زار الصين امس", "وللصين علاقات", "روسيا فقط")


def _library(tmp_path: Path, bodies: tuple[str, ...] = BODIES) -> tuple[Library, list[int]]:
    """Return a library of one article per body, cached in tmp_path, and the articles' keys."""
    folder = tmp_path / "folder"
    folder.mkdir(exist_ok=True)
    library = Library(ArticleCache.open(folder, tmp_path / "cache"))
    ids = library.add(
        Article(path=str(folder / f"{n}.txt"), title=f"خبر {n}", body=(body,))
        for n, body in enumerate(bodies)
    )
    return library, [library.row(article_id).key for article_id in ids]


def _kept(terms: FrequentTerms | None) -> dict[str, list[int]]:
    """Return each kept word's keys."""
    assert terms is not None
    chosen = {term: terms.articles_of([term])[0] for term in terms.bits}
    return {
        term: [] if bits is None else bits.nonzero()[0].tolist() for term, bits in chosen.items()
    }


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("الصين", [0, 1, 2, 3]),  # وللصين, a rare form, from FTS5
        ("الصين امس", [2]),
        ("الصين -امس", [0, 1, 3]),
        ("-الصين روسيا", [4]),
        ("الصين OR روسيا", [0, 1, 2, 3, 4]),
        ("(الصين OR فقط) -اليوم", [1, 2, 3, 4]),
        ("امس OR -الصين", [2, 4]),
        ("(امس OR غدا) الصين", [1, 2]),
        ('"زار الصين"', [2]),
        ("title:خبر الصين", [0, 1, 2, 3]),
        ("صين", [0, 1, 2, 3]),  # الصين is صين behind ال
        ("الصينية", []),
    ],
)
def test_frequent_words_find_what_fts5_finds(tmp_path: Path, query: str, found: list[int]) -> None:
    library, keys = _library(tmp_path)
    terms = keep_frequent_terms(library.cache, least=2)
    assert set(_kept(terms)) == {"الصين", "خبر"}
    expected = [keys[n] for n in found]
    assert library.cache.search((query,)).tolist() == expected
    assert library.cache.search((query,), terms).tolist() == expected
    library.cache.close()


def test_the_bitmaps_are_stored_and_read_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    library, keys = _library(tmp_path)
    built = _kept(keep_frequent_terms(library.cache, least=2))
    assert built["الصين"] == keys[:3]  # the word itself; وللصين is another index word
    library.cache.close()

    def no_scan(_cache: ArticleCache, _least: int) -> list[str]:
        raise AssertionError("the index was read again")

    monkeypatch.setattr(frequent_terms, "_frequent_words", no_scan)
    reopened = ArticleCache.open(tmp_path / "folder", tmp_path / "cache")
    assert _kept(keep_frequent_terms(reopened, least=2)) == built
    reopened.close()


def test_files_coming_or_going_outdate_the_stored_bitmaps(tmp_path: Path) -> None:
    library, keys = _library(tmp_path)
    keep_frequent_terms(library.cache, least=2)
    (added,) = library.add([Article(path=str(tmp_path / "folder" / "new.txt"), body=("الصين",))])
    new_key = library.row(added).key
    assert _kept(keep_frequent_terms(library.cache, least=2))["الصين"] == [*keys[:3], new_key]
    library.cache.remove([keys[0]])
    assert _kept(keep_frequent_terms(library.cache, least=2))["الصين"] == [*keys[1:3], new_key]
    library.cache.close()


def test_a_file_gone_during_a_build_throws_the_build_away(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    library, keys = _library(tmp_path)
    read = query_search.fts_keys
    removed: list[int] = []

    def read_while_a_file_goes(db: sqlite3.Connection, expression: str) -> Keys:
        if not removed:
            removed.append(keys[0])
            library.cache.remove(removed)
        return read(db, expression)

    monkeypatch.setattr(frequent_terms, "fts_keys", read_while_a_file_goes)
    assert keep_frequent_terms(library.cache, least=2) is None
    monkeypatch.setattr(frequent_terms, "fts_keys", read)
    assert _kept(keep_frequent_terms(library.cache, least=2))["الصين"] == keys[1:3]
    library.cache.close()


def test_the_most_frequent_words_are_kept_not_the_paragraph_gap(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(frequent_terms, "MOST_TERMS", 2)
    folder = tmp_path / "folder"
    folder.mkdir()
    library = Library(ArticleCache.open(folder, tmp_path / "cache"))
    paragraphs = [("أ ب ج", "أ ب"), ("أ ب", "أ"), ("أ", "ج"), ("ج", "د")]
    library.add(Article(path=str(folder / f"{n}.txt"), body=p) for n, p in enumerate(paragraphs))
    # The gap between paragraphs is in all four files, ا (أ folded) and ج in three, ب in two.
    assert set(_kept(keep_frequent_terms(library.cache, least=1))) == {"ا", "ج"}
    library.cache.close()
