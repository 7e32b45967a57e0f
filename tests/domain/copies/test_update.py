"""Copies kept in the cache: a reopen recomputes nothing; a change regroups only its group."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from reader.domain.copies import matching, update
from reader.domain.copies.groups import CopyGroups
from reader.domain.copies.signatures import Signatures, signatures_of
from reader.domain.copies.update import update_copy_groups
from reader.domain.loading.folder import load_folder
from reader.domain.problems import CacheWarningCode
from reader.domain.store.cache import ArticleCache
from tests.data.copies.build import STORIES, variants
from tests.domain.copies.conftest import named_groups, write, write_body


def write_stories(folder: Path) -> None:
    """Write three stories: china twice, quake three times, match once."""
    china = variants("china", STORIES["china"])
    quake = variants("quake", STORIES["quake"])
    write(folder, "china-a.txt", china["original"])
    write(folder, "china-b.txt", china["intro"])
    write(folder, "quake-a.txt", quake["original"])
    write(folder, "quake-b.txt", quake["one-word"])
    write(folder, "quake-c.txt", quake["closing"])
    write(folder, "match.txt", variants("match", STORIES["match"])["original"])


@pytest.fixture
def signed(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Record how many articles each update signs."""
    counts: list[int] = []

    def counting(keys: list[int], bodies: list[tuple[str, ...]]) -> Signatures:
        counts.append(len(keys))
        return signatures_of(keys, bodies)

    monkeypatch.setattr(update, "signatures_of", counting)
    return counts


BEFORE = [
    ["china-a.txt", "china-b.txt"],
    ["quake-a.txt", "quake-b.txt", "quake-c.txt"],
]


def test_a_reopen_reads_the_stored_groups_and_computes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, signed: list[int]
) -> None:
    write_stories(tmp_path / "f")
    assert named_groups(tmp_path / "f", tmp_path / "cache") == BEFORE
    assert signed == [6]

    def fail(*_args: Any) -> None:
        raise AssertionError("a reopen compared articles")

    monkeypatch.setattr(update, "join_copies", fail)
    monkeypatch.setattr(update, "band_pairs", fail)
    assert named_groups(tmp_path / "f", tmp_path / "cache") == BEFORE
    assert signed == [6]


def test_an_added_copy_is_signed_alone_and_joins_its_story(
    tmp_path: Path, signed: list[int]
) -> None:
    write_stories(tmp_path / "f")
    named_groups(tmp_path / "f", tmp_path / "cache")
    write(tmp_path / "f", "match-b.txt", variants("match", STORIES["match"])["reposted"])
    write(tmp_path / "f", "china-c.txt", variants("china", STORIES["china"])["marks"])
    assert named_groups(tmp_path / "f", tmp_path / "cache") == [
        ["china-a.txt", "china-b.txt", "china-c.txt"],
        ["match.txt", "match-b.txt"],
        ["quake-a.txt", "quake-b.txt", "quake-c.txt"],
    ]
    assert signed == [6, 2]


def test_a_changed_file_leaves_its_group_and_the_others_stay(
    tmp_path: Path, signed: list[int]
) -> None:
    write_stories(tmp_path / "f")
    named_groups(tmp_path / "f", tmp_path / "cache")
    changed = write(tmp_path / "f", "quake-b.txt", variants("match", STORIES["match"])["intro"])
    os.utime(changed, ns=(1, 1))
    assert named_groups(tmp_path / "f", tmp_path / "cache") == [
        ["china-a.txt", "china-b.txt"],
        ["match.txt", "quake-b.txt"],
        ["quake-a.txt", "quake-c.txt"],
    ]
    assert signed == [6, 1]


def test_a_group_that_loses_its_link_splits(tmp_path: Path) -> None:
    # b links a and c, which share too little: without b they are two stories.
    write_body(tmp_path / "f", "a.txt", [" ".join(f"كلمة{n}" for n in range(100))])
    words = [f"كلمة{n}" if n not in {10, 30} else "بديل" for n in range(100)]
    write_body(tmp_path / "f", "b.txt", [" ".join(words)])
    words = [f"كلمة{n}" if n not in {10, 30, 50, 70, 90} else "بديل" for n in range(100)]
    write_body(tmp_path / "f", "c.txt", [" ".join(words)])
    write_body(tmp_path / "f", "d.txt", [" ".join(words)])
    assert named_groups(tmp_path / "f", tmp_path / "cache") == [
        ["a.txt", "b.txt", "c.txt", "d.txt"]
    ]
    (tmp_path / "f" / "b.txt").unlink()
    assert named_groups(tmp_path / "f", tmp_path / "cache") == [["c.txt", "d.txt"]]


def test_a_deleted_copy_ends_a_group_of_two(tmp_path: Path) -> None:
    write_stories(tmp_path / "f")
    named_groups(tmp_path / "f", tmp_path / "cache")
    (tmp_path / "f" / "china-b.txt").unlink()
    assert named_groups(tmp_path / "f", tmp_path / "cache") == BEFORE[1:]


def test_an_in_memory_cache_groups_too(tmp_path: Path) -> None:
    write_stories(tmp_path / "f")
    cache = ArticleCache.in_memory(folder=tmp_path / "f")
    load_folder(tmp_path / "f", cache=cache)
    groups = update_copy_groups(cache)
    assert sorted(len(group) for group in groups) == [2, 3]


def test_many_new_articles_are_signed_on_worker_processes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(update, "_SIGN_CHUNK", 2)
    monkeypatch.setattr(update, "_MIN_PARALLEL", 4)
    write_stories(tmp_path / "f")
    assert named_groups(tmp_path / "f", tmp_path / "cache", workers=2) == BEFORE


def test_a_crowded_bucket_still_finds_its_copies(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(matching, "_ALL_PAIRS_BUCKET", 3)
    for number in range(12):
        words = [f"كلمة{n}" if n != number * 8 else "بديل" for n in range(100)]
        write_body(tmp_path / "f", f"{number:02}.txt", [" ".join(words)])
    assert named_groups(tmp_path / "f", tmp_path / "cache") == [
        [f"{number:02}.txt" for number in range(12)]
    ]


def test_a_failing_cache_gives_no_groups_and_says_so(tmp_path: Path) -> None:
    write_stories(tmp_path / "f")
    cache = ArticleCache.open(tmp_path / "f", tmp_path / "cache")
    load_folder(tmp_path / "f", cache=cache)
    cache.close()
    assert update_copy_groups(cache).member_count == 0
    assert [warning.code for warning in cache.warnings] == [CacheWarningCode.FAILED]


def test_copy_groups_answer_by_member() -> None:
    groups = CopyGroups([[5, 2, 9], [7, 1], [3]])
    assert len(groups) == 2
    assert list(groups) == [(5, 2, 9), (7, 1)]
    assert groups.group(2) == (5, 2, 9)
    assert groups.group(3) == ()
    assert groups.story(9) == 5
    assert groups.story(4) == 4
    assert groups.copies(5) == (2, 9)
    assert groups.copies(4) == ()


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        ([9, 2, 5, 4, 1, 7], [5, 4, 7]),
        ([9, 4, 2], [4, 2]),
        ([4, 8], [4, 8]),
        ([], []),
    ],
)
def test_collapse_keeps_the_earliest_member_of_each_story_in_its_place(
    items: list[int], expected: list[int]
) -> None:
    assert CopyGroups([[5, 2, 9], [7, 1]]).collapse(items) == expected


def test_within_and_mapped_keep_groups_of_two_or_more() -> None:
    groups = CopyGroups([[5, 2, 9], [7, 1]])
    assert list(groups.within([2, 9, 7, 4])) == [(2, 9)]
    table = [-1, 10, 11, -1, -1, 12, -1, 13, -1, 14]
    assert list(groups.mapped(table)) == [(12, 11, 14), (13, 10)]
    assert list(groups.mapped([-1] * 10)) == []
    assert list(CopyGroups().within([1])) == []
