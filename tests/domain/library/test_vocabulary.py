"""The vocabulary pass: separator-less tag lines regrouped with the tags other files separate."""

from __future__ import annotations

import sqlite3

import pytest

from reader.domain.library.library import Library
from reader.domain.library.vocabulary import regroup_tags
from reader.domain.problems import CacheWarning, CacheWarningCode
from reader.domain.store.cache import ArticleCache
from reader.domain.text.parser import parse_text


def test_corpus_vocabulary_joins_a_tag_seen_split_elsewhere() -> None:
    library = Library()
    unseparated = parse_text("خبر\nفقرة عن الطاقة.\nكلمات دلالية: البنك الدولي الطاقة\n", "u.txt")
    assert unseparated.tags == ("البنك", "الدولي", "الطاقة")
    separated = parse_text("خبر آخر\nفقرة.\nكلمات دلالية: البنك الدولي، القروض\n", "s.txt")
    library.add([unseparated, separated])
    assert library.apply_vocabulary() == [0]
    article = library.article(0)
    assert article is not None
    assert article.tags == ("البنك الدولي", "الطاقة")
    assert dict(library.tag_counts())["البنك الدولي"] == 2
    assert "البنك" not in dict(library.tag_counts())


def test_a_failing_cache_regroups_nothing_and_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    cache = ArticleCache.in_memory()

    def broken() -> bool:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(cache, "vocabulary_applied", broken)
    assert regroup_tags(cache) == []
    assert cache.warnings == [CacheWarning(CacheWarningCode.TAGS_NOT_STORED, "", "disk I/O error")]
