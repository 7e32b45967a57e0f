"""Loading in batches: parallel parsing, the order of files, reopen batches, cancelling."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from benchmarks.generate import ArticleWriter
from reader.domain.article import LoadProblem
from reader.domain.batches import LoadBatch
from reader.domain.library.library import Library, Query, load_folder, store_snapshot
from reader.domain.loading import pipeline as loading
from reader.domain.loading.pipeline import load_folder_batches, scan_folder
from reader.domain.store import cache as cache_module
from reader.domain.store.cache import ArticleCache
from reader.domain.text.parser import read_article


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    writer = ArticleWriter(seed=7)
    for number in range(40):
        sub = folder / f"part{number % 3}"
        sub.mkdir(exist_ok=True)
        (sub / writer.file_name(number)).write_text(writer.article(number), encoding="utf-8")
    (folder / "part0" / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(32))
    return folder


def test_parallel_load_gives_the_same_library_as_a_serial_one(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    serial = load_folder(corpus, read_article, workers=1)
    monkeypatch.setattr(loading, "MIN_PARALLEL_FILES", 0)
    monkeypatch.setattr(loading, "CHUNK_FILES", 8)
    parallel = load_folder(corpus, read_article, workers=2)
    assert len(parallel) == len(serial) == 40
    assert [parallel.article(i) for i in parallel.ids()] == [
        serial.article(i) for i in serial.ids()
    ]
    assert parallel.problems == serial.problems
    assert [p.path.rsplit("/", 1)[-1] for p in parallel.problems] == ["broken.txt"]
    assert parallel.tag_counts() == serial.tag_counts()
    assert parallel.select(Query(search="الرئيس")) == serial.select(Query(search="الرئيس"))


@pytest.mark.usefixtures("headline_first_load")
def test_a_long_cold_load_lists_headlines_first_then_completes_them(corpus: Path) -> None:
    serial = load_folder(corpus, read_article, workers=1)
    library = Library(ArticleCache.in_memory())
    batches = list(load_folder_batches(corpus, library.cache, workers=2))
    previews = [batch.previews for batch in batches if batch.previews is not None]
    # Every article is listed from its header before any full row comes.
    first_row = next(i for i, batch in enumerate(batches) if batch.rows)
    assert all(batch.previews is None for batch in batches[first_row:])
    assert sum(len(p.paths) for p in previews) == 40  # broken.txt has no header to show
    for batch in batches[:first_row]:
        library.add_batch(batch)
    assert len(library) == 40
    shown = {library.row(i).path: (i, library.row(i)) for i in library.ids()}
    for path, (_i, row) in shown.items():
        article = read_article(Path(path))
        assert (row.title, row.published) == (article.title, article.published)
        assert row.tags == ()
    assert library.article(shown[str(sorted(shown)[0])][0]) == read_article(Path(sorted(shown)[0]))
    completed: list[int] = []
    for batch in batches[first_row:]:
        completed += library.add_batch(batch)
    library.apply_vocabulary()
    # The full rows completed the previews in place: same ids, nothing added.
    assert sorted(completed) == sorted(i for i, _row in shown.values())
    assert {library.row(i).path: i for i in library.ids()} == {p: i for p, (i, _r) in shown.items()}
    assert [library.article(i) for i in library.ids()] == [serial.article(i) for i in serial.ids()]
    assert library.tag_counts() == serial.tag_counts()
    assert library.select(Query(search="الرئيس")) == serial.select(Query(search="الرئيس"))
    assert [p.path.rsplit("/", 1)[-1] for p in library.problems] == ["broken.txt"]


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


def test_a_previewed_file_that_is_no_article_is_taken_off_the_list(tmp_path: Path) -> None:
    library = Library(ArticleCache.in_memory())
    good, bad = str(tmp_path / "a.txt"), str(tmp_path / "b.txt")
    (tmp_path / "a.txt").write_text("خبر أول\nنص الخبر.\n", encoding="utf-8")
    previews = loading.preview_files([(good, 0, 0), (bad, 0, 0)])
    assert previews.paths == [good]  # b.txt does not exist: no header
    previews.paths.append(bad)
    previews.titles.append("عنوان")
    previews.published.append(None)
    previews.date_keys.append(-1.0)
    previews.sources.append(None)
    library.add_batch(LoadBatch(previews=previews))
    assert len(library) == 2
    library.add_batch(LoadBatch(problems=[LoadProblem(bad, "the file does not exist")]))
    assert [library.row(i).path for i in library.ids()] == [good]
    assert library.find_path(bad) is None


def test_files_come_in_path_order_with_subfolders_and_links(tmp_path: Path) -> None:
    for name in ("b.txt", "a-b/x.txt", "a/b/y.txt", "a/z.txt", "A.txt", "notes.md", "a.txt"):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("خبر\n", encoding="utf-8")
    (tmp_path / "a" / "loop").symlink_to(tmp_path / "a")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    found = [path for path, _size, _mtime in scan_folder(tmp_path)]
    expected = sorted(path for path in tmp_path.rglob("*.txt") if "loop" not in path.parts)
    assert found == [str(path) for path in expected]
    assert dict((p, s) for p, s, _m in scan_folder(tmp_path))[str(tmp_path / "gone.txt")] == -1


def test_a_listing_without_stats_finds_the_same_files(tmp_path: Path) -> None:
    for name in ("b.txt", "a/y.txt", "a/z.txt", "notes.md"):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("خبر\n", encoding="utf-8")
    (tmp_path / "a" / "loop").symlink_to(tmp_path / "a")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "link.txt").symlink_to(tmp_path / "b.txt")
    os.mkfifo(tmp_path / "pipe.txt")
    with_stats = scan_folder(tmp_path)
    without = scan_folder(tmp_path, stats=False)
    assert [path for path, _s, _m in without] == [path for path, _s, _m in with_stats]
    sizes = {Path(path).name: size for path, size, _mtime in without}
    linked = (tmp_path / "b.txt").stat().st_size
    unknown = {"b.txt": None, "y.txt": None, "z.txt": None}
    assert sizes == {"gone.txt": -1, "link.txt": linked, **unknown}


@pytest.mark.usefixtures("headline_first_load")
@pytest.mark.parametrize("workers", [1, 2])
def test_a_cold_load_stores_each_file_stat(corpus: Path, tmp_path: Path, workers: int) -> None:
    cache = ArticleCache.open(corpus, tmp_path)
    list(load_folder_batches(corpus, cache, workers=workers))
    known, problems = cache.stats()
    stats = {}
    for path in corpus.rglob("*.txt"):
        info = path.stat()
        stats[str(path.relative_to(corpus))] = (info.st_size, info.st_mtime_ns)
    stored = {path: (size, mtime) for path, (_key, size, mtime) in known.items()}
    stored |= {path: (size, mtime) for path, (size, mtime, _reason) in problems.items()}
    assert stored == stats
    # So a reopen parses no file again: every file counts as done from the start.
    cache.close()
    reopened = ArticleCache.open(corpus, tmp_path)
    batches = list(load_folder_batches(corpus, reopened, workers=workers))
    assert [(batch.done, batch.total) for batch in batches] == [(41, 41)] * len(batches)
    assert sum(len(batch.rows) for batch in batches) == 40


def test_rows_come_in_batches_as_files_are_parsed(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(loading, "CHUNK_FILES", 5)
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
    assert sum(count for _tag, count in library.tag_counts()) == sum(
        len(library.article(i).tags) for i in library.ids()
    )
    assert [p.path.rsplit("/", 1)[-1] for p in library.problems] == ["broken.txt"]


def test_a_cancelled_load_stops_between_chunks(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(loading, "CHUNK_FILES", 4)
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
    monkeypatch.setattr(cache_module, "_SNAPSHOT_PIECE", piece)
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
        older.setattr(cache_module, "_SNAPSHOT_FORMAT", "library-0/an older reader")
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
