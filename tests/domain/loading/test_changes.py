"""Comparing a folder's listing with the cache: what to parse, what to drop, what is unchanged."""

from __future__ import annotations

from array import array

import pytest

from reader.domain.article import LoadProblem
from reader.domain.loading.changes import (
    KnownFiles,
    KnownProblems,
    compare_listing,
    snapshot_stats,
    unchanged_problems,
)
from reader.domain.loading.scan import FileStat
from reader.domain.problems import ProblemCode
from reader.domain.store.snapshot import LibrarySnapshot

ROOT = "/news"
SKIP = len(ROOT) + 1


def _snapshot(files: list[FileStat]) -> LibrarySnapshot:
    """Return a snapshot of articles at these paths and stats, keys 10, 11, ..."""
    count = len(files)
    return LibrarySnapshot(
        keys=array("q", range(10, 10 + count)),
        paths=[path for path, _size, _mtime in files],
        sizes=array("q", [size or 0 for _path, size, _mtime in files]),
        mtimes=array("q", [mtime or 0 for _path, _size, mtime in files]),
        titles=[None] * count,
        published=[None] * count,
        date_keys=array("d", [0.0] * count),
        sources=[None] * count,
        tags=[()] * count,
        flags=bytearray(count),
        tag_keys=[],
        tag_names=[],
        tag_texts={},
        tag_members=[],
    )


def test_new_changed_and_gone_files_are_told_apart() -> None:
    known: KnownFiles = {
        "/news/same.txt": (1, 5, 50),
        "/news/edited.txt": (2, 5, 50),
        "/news/gone.txt": (3, 5, 50),
    }
    known_problems: KnownProblems = {
        "bad.txt": (7, 70, "empty"),
        "fixed.txt": (7, 70, "empty"),
        "deleted.txt": (7, 70, "empty"),
    }
    files: list[FileStat] = [
        ("/news/bad.txt", 7, 70),
        ("/news/edited.txt", 6, 60),
        ("/news/fixed.txt", 8, 80),
        ("/news/new.txt", 1, 10),
        ("/news/same.txt", 5, 50),
    ]
    changes = compare_listing(files, known, known_problems, SKIP)
    assert changes.to_parse == [files[1], files[2], files[3]]
    assert changes.problems == [LoadProblem("/news/bad.txt", ProblemCode.EMPTY)]
    assert sorted(changes.stale) == [2, 3]
    assert sorted(changes.stale_problems) == ["deleted.txt", "fixed.txt"]
    assert changes.fresh == 1


def test_a_cold_listing_parses_everything() -> None:
    files: list[FileStat] = [("/news/a.txt", None, None), ("/news/b.txt", None, None)]
    changes = compare_listing(files, {}, {}, SKIP)
    assert changes.to_parse == files
    assert (changes.problems, changes.stale, changes.stale_problems, changes.fresh) == (
        [],
        [],
        [],
        0,
    )


def test_the_snapshot_stats_are_keyed_by_path() -> None:
    snapshot = _snapshot([("/news/a.txt", 3, 30), ("/news/b.txt", 4, 40)])
    assert snapshot_stats(snapshot) == {"/news/a.txt": (10, 3, 30), "/news/b.txt": (11, 4, 40)}


ARTICLES: list[FileStat] = [("/news/a.txt", 3, 30), ("/news/c.txt", 4, 40)]
PROBLEMS: KnownProblems = {"b.txt": (1, 10, "empty")}


def test_an_unchanged_folder_gives_its_cached_problems_in_file_order() -> None:
    files: list[FileStat] = [ARTICLES[0], ("/news/b.txt", 1, 10), ARTICLES[1]]
    assert unchanged_problems(_snapshot(ARTICLES), files, PROBLEMS, SKIP) == [
        LoadProblem("/news/b.txt", ProblemCode.EMPTY)
    ]


@pytest.mark.parametrize(
    "files",
    [
        [ARTICLES[0], ("/news/b.txt", 1, 10)],  # an article gone
        [ARTICLES[0], ("/news/b.txt", 1, 10), ("/news/c.txt", 4, 41)],  # an article changed
        [ARTICLES[0], ("/news/b.txt", 2, 10), ARTICLES[1]],  # a problem file changed
        [*ARTICLES],  # a problem file gone
        [*ARTICLES, ("/news/d.txt", 1, 1)],  # a file added
    ],
)
def test_any_change_means_the_folder_must_be_compared_in_full(files: list[FileStat]) -> None:
    assert unchanged_problems(_snapshot(ARTICLES), files, PROBLEMS, SKIP) is None
