"""Parsing on every core: the same library as a serial load, headlines first, file stats."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.domain.article import LoadProblem
from reader.domain.batches import LoadBatch
from reader.domain.library.library import Library
from reader.domain.library.query import Query
from reader.domain.loading import workers
from reader.domain.loading.folder import load_folder
from reader.domain.loading.pipeline import load_folder_batches
from reader.domain.problems import ProblemCode
from reader.domain.store.cache import ArticleCache
from reader.domain.text.parser import read_article


@pytest.mark.parametrize("in_flight", [1, 4])  # 2 chunks asked ahead of 5 (refilled), or all
def test_parallel_load_gives_the_same_library_as_a_serial_one(
    corpus: Path, monkeypatch: pytest.MonkeyPatch, in_flight: int
) -> None:
    serial = load_folder(corpus, read_article, workers=1)
    monkeypatch.setattr(workers, "MIN_PARALLEL_FILES", 0)
    monkeypatch.setattr(workers, "CHUNK_FILES", 8)
    monkeypatch.setattr(workers, "IN_FLIGHT_CHUNKS", in_flight)
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
    first_id = shown[sorted(shown)[0]][0]
    # A preview is not in the cache yet: the caller reads its file and gives it the tags.
    assert library.article(first_id) is None
    read = read_article(Path(library.path_of(first_id)))
    assert library.with_library_tags(first_id, read) == read_article(Path(sorted(shown)[0]))
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


def test_a_previewed_file_that_is_no_article_is_taken_off_the_list(tmp_path: Path) -> None:
    library = Library(ArticleCache.in_memory())
    good, bad = str(tmp_path / "a.txt"), str(tmp_path / "b.txt")
    (tmp_path / "a.txt").write_text("خبر أول\nنص الخبر.\n", encoding="utf-8")
    previews = workers.preview_files([(good, 0, 0), (bad, 0, 0)])
    assert previews.paths == [good]  # b.txt does not exist: no header
    previews.paths.append(bad)
    previews.titles.append("عنوان")
    previews.published.append(None)
    previews.date_keys.append(-1.0)
    previews.sources.append(None)
    library.add_batch(LoadBatch(previews=previews))
    assert len(library) == 2
    library.add_batch(LoadBatch(problems=[LoadProblem(bad, ProblemCode.MISSING)]))
    assert [library.row(i).path for i in library.ids()] == [good]
    assert library.find_path(bad) is None


@pytest.mark.usefixtures("headline_first_load")
@pytest.mark.parametrize("processes", [1, 2])
def test_a_cold_load_stores_each_file_stat(corpus: Path, tmp_path: Path, processes: int) -> None:
    cache = ArticleCache.open(corpus, tmp_path)
    list(load_folder_batches(corpus, cache, workers=processes))
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
    batches = list(load_folder_batches(corpus, reopened, workers=processes))
    assert [(batch.done, batch.total) for batch in batches] == [(41, 41)] * len(batches)
    assert sum(len(batch.rows) for batch in batches) == 40
