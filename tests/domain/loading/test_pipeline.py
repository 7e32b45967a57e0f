"""Loading in batches: regrouped tags last, batch sizes, reopen batches, cancelling, snapshots."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from reader.domain.batches import LoadBatch
from reader.domain.library.library import Library
from reader.domain.library.query import Query
from reader.domain.loading import workers
from reader.domain.loading.folder import load_folder, store_snapshot
from reader.domain.loading.pipeline import load_folder_batches
from reader.domain.loading.scan import scan_folder
from reader.domain.store import snapshot as snapshot_module
from reader.domain.store.cache import ArticleCache


def test_the_last_batch_brings_the_tags_regrouped_with_the_folder_vocabulary(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "u.txt").write_text(
        "خبر\nفقرة عن الطاقة.\nكلمات دلالية: البنك الدولي الطاقة\n", encoding="utf-8"
    )
    (folder / "s.txt").write_text(
        "خبر آخر\nفقرة.\nكلمات دلالية: البنك الدولي، القروض\n", encoding="utf-8"
    )
    cache = ArticleCache.open(folder, tmp_path / "cache")
    library = Library(cache)
    batches = list(load_folder_batches(folder, cache, workers=1))
    assert [batch.complete for batch in batches][-1]
    assert [tags for _key, tags, _retagged in batches[-1].regrouped] == [("البنك الدولي", "الطاقة")]
    for batch in batches:
        library.add_batch(batch)
    # Nothing is left for the window's thread to regroup.
    assert library.apply_vocabulary() == []
    article_id = library.find_path(str(folder / "u.txt"))
    assert article_id is not None
    assert library.row(article_id).tags == ("البنك الدولي", "الطاقة")
    assert dict(library.tag_counts())["البنك الدولي"] == 2
    cache.close()
    again = ArticleCache.open(folder, tmp_path / "cache")
    assert list(load_folder_batches(folder, again, workers=1))[-1].regrouped == []


def test_rows_come_in_batches_as_files_are_parsed(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(workers, "CHUNK_FILES", 5)
    batches = list(load_folder_batches(corpus, ArticleCache.in_memory(), batch_rows=10))
    assert len(batches) > 3
    assert [batch.done for batch in batches] == sorted(batch.done for batch in batches)
    assert batches[-1].complete
    assert batches[-1].done == batches[-1].total == 41
    assert not any(batch.complete for batch in batches[:-1])
    assert sum(len(batch.rows) for batch in batches) == 40


def test_a_reopen_lists_the_snapshot_first_then_what_changed(corpus: Path, tmp_path: Path) -> None:
    folder = tmp_path / "copy"
    for path, _size, _mtime in scan_folder(corpus):
        target = folder / Path(path).relative_to(corpus)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(Path(path).read_bytes())
    cache_dir = tmp_path / "cache"
    load_folder(folder, cache=ArticleCache.open(folder, cache_dir))
    gone = sorted(folder.glob("part1/*.txt"))[0]
    gone.unlink()
    cache = ArticleCache.open(folder, cache_dir)
    library = Library(cache)
    batches = load_folder_batches(folder, cache)
    first = next(batches)
    assert first.snapshot is not None
    assert first.rows == []
    library.add_batch(first)
    assert len(library) == 40
    assert library.find_path(str(gone)) is not None
    rest: list[LoadBatch] = list(batches)
    assert sum(len(batch.removed) for batch in rest) == 1
    for batch in rest:
        library.add_batch(batch)
    library.apply_vocabulary()
    assert len(library) == len(library.ids()) == len(library.select(Query())) == 39
    assert library.find_path(str(gone)) is None
    articles = [library.article(i) for i in library.ids()]
    assert sum(count for _tag, count in library.tag_counts()) == sum(
        len(article.tags) for article in articles if article is not None
    )
    assert None not in articles
    assert [p.path.rsplit("/", 1)[-1] for p in library.problems] == ["broken.txt"]


def test_a_cancelled_load_stops_between_chunks(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(workers, "CHUNK_FILES", 4)
    cancelled = threading.Event()
    seen = []
    for batch in load_folder_batches(corpus, ArticleCache.in_memory(), cancelled=cancelled):
        seen.append(batch)
        cancelled.set()
    assert len(seen) == 1
    assert not seen[0].complete
    assert seen[0].done < seen[0].total


def test_a_missing_folder_raises_os_error(tmp_path: Path) -> None:
    with pytest.raises(OSError, match="nowhere"):
        next(load_folder_batches(tmp_path / "nowhere", ArticleCache.in_memory()))


def test_the_folder_may_be_named_differently_from_the_cache(corpus: Path, tmp_path: Path) -> None:
    cache_dir = tmp_path / "cache"
    load_folder(corpus, cache=ArticleCache.open(corpus, cache_dir))
    other_name = Path(os.path.relpath(corpus)) if corpus.is_absolute() else corpus.absolute()
    library = load_folder(other_name, cache=ArticleCache.open(corpus, cache_dir))
    assert len(library) == 40
    assert all(library.row(i).path.startswith(str(corpus)) for i in library.ids())
    with pytest.raises(ValueError, match="cannot hold"):
        next(load_folder_batches(tmp_path, ArticleCache.open(corpus, cache_dir)))


@pytest.mark.parametrize("piece", [10_000, 3])  # the columns in one piece, or in many
def test_the_snapshot_is_stored_from_the_cache_alone(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, piece: int
) -> None:
    monkeypatch.setattr(snapshot_module, "_SNAPSHOT_PIECE", piece)
    cache = ArticleCache.open(corpus, tmp_path / "cache")
    loaded = Library(cache)
    for batch in load_folder_batches(corpus, cache, workers=1):
        loaded.add_batch(batch)
    assert not cache.has_snapshot()
    store_snapshot(cache)  # what the window's loader does on its thread after a load
    assert cache.has_snapshot()
    cache.close()
    again = ArticleCache.open(corpus, tmp_path / "cache")
    first = next(load_folder_batches(corpus, again, workers=1))
    assert first.snapshot is not None
    reopened = Library(again)
    reopened.add_batch(first)
    assert [reopened.row(i) for i in reopened.ids()] == [loaded.row(i) for i in loaded.ids()]
    assert reopened.tag_counts() == loaded.tag_counts()
    frequent = Query(include=(loaded.tag_counts()[0][0],))
    assert reopened.select(frequent) == loaded.select(frequent) != []


def test_a_snapshot_in_another_format_is_stored_again(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as older:
        older.setattr(snapshot_module, "_SNAPSHOT_FORMAT", "library-0/an older reader")
        cache = ArticleCache.open(corpus, tmp_path)
        list(load_folder_batches(corpus, cache, workers=1))
        store_snapshot(cache)
        cache.close()
    cache = ArticleCache.open(corpus, tmp_path)
    assert next(load_folder_batches(corpus, cache, workers=1)).snapshot is None
    store_snapshot(cache)  # what the window's loader does after the load
    cache.close()
    cache = ArticleCache.open(corpus, tmp_path)
    assert next(load_folder_batches(corpus, cache, workers=1)).snapshot is not None
