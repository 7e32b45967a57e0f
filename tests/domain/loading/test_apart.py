"""Work on a cache run in a process of its own, then found done in place."""

from __future__ import annotations

import functools
import operator
import threading
from pathlib import Path
from typing import cast

import pytest

from reader.domain.copies.update import update_copy_groups
from reader.domain.loading import apart
from reader.domain.loading.apart import Job, run_apart
from reader.domain.loading.folder import load_folder
from reader.domain.store.cache import ArticleCache
from reader.domain.store.copy_store import CopyStore
from tests.articles import write_article

GROUP: Job = functools.partial(update_copy_groups, workers=1)


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ArticleCache:
    """A folder of three articles loaded into its cache, with apart work allowed for it."""
    monkeypatch.setattr(apart, "MIN_APART_ARTICLES", 1)
    folder = tmp_path / "news"
    folder.mkdir()
    for number in range(3):
        write_article(folder, f"{number}.txt", f"خبر رقم {number}", "نص الخبر.", "اقتصاد")
    cache = ArticleCache.open(folder, tmp_path / "cache")
    load_folder(folder, cache=cache)
    return cache


def test_the_work_is_done_apart_and_found_stored(cache: ArticleCache) -> None:
    store = CopyStore(cache)
    assert not store.up_to_date()
    assert run_apart(GROUP, cache)
    assert store.up_to_date()  # grouped by the other process, seen here
    assert store.unsigned_count() == 0


def test_a_job_that_fails_apart_says_so(cache: ArticleCache) -> None:
    failing = cast(Job, operator.itemgetter(0))  # a cache is no sequence: it raises
    assert not run_apart(failing, cache)
    assert not CopyStore(cache).up_to_date()


def test_a_cancel_stops_the_process(cache: ArticleCache) -> None:
    cancelled = threading.Event()
    cancelled.set()
    assert not run_apart(GROUP, cache, cancelled)


def test_small_and_memory_caches_stay_in_place(
    cache: ArticleCache, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(apart, "MIN_APART_ARTICLES", 4)
    assert not run_apart(GROUP, cache)
    assert not run_apart(GROUP, ArticleCache.in_memory())
    assert not CopyStore(cache).up_to_date()
