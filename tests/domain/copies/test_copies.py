"""Copies as crawls make them, and texts that are not copies, found in a folder's articles."""

from __future__ import annotations

from collections.abc import Callable, Collection
from pathlib import Path

import pytest

from tests.data.copies.build import (
    CLOSING,
    INTRO,
    REWRITES,
    STORIES,
    TEMPLATES,
    TITLES,
    article,
    variants,
)
from tests.domain.copies.conftest import named_groups, write, write_body

CRAWL_COPIES = ["same-bytes", "reposted", "one-word", "intro", "closing", "boilerplate", "marks"]


@pytest.mark.parametrize("story", sorted(STORIES))
@pytest.mark.parametrize("kind", CRAWL_COPIES)
def test_a_copy_made_as_crawls_make_them_joins_its_story(
    tmp_path: Path, story: str, kind: str
) -> None:
    made = variants(story, STORIES[story])
    write(tmp_path / "f", "a.txt", made["original"])
    write(tmp_path / "f", "b.txt", made[kind])
    assert named_groups(tmp_path / "f", tmp_path / "cache") == [["a.txt", "b.txt"]]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # Same subject and vocabulary in other sentences.
        (STORIES["china"], REWRITES["china-rewrite"]),
        (STORIES["inflation"], REWRITES["inflation-rewrite"]),
        # Two short items of one template with different facts.
        ([TEMPLATES["dollar-1"]], [TEMPLATES["dollar-2"]]),
        ([TEMPLATES["weather-1"]], [TEMPLATES["weather-2"]]),
        # Unrelated stories.
        (STORIES["match"], STORIES["quake"]),
        # Headline, outlet and tags alike, bodies not: the body alone decides.
        (STORIES["convoy"], STORIES["ankara"]),
    ],
)
def test_texts_that_are_not_copies_stay_apart(
    tmp_path: Path, first: list[str], second: list[str]
) -> None:
    write(tmp_path / "f", "a.txt", article("عنوان واحد", 18, first, "أ", ["وسم"]))
    write(tmp_path / "f", "b.txt", article("عنوان واحد", 18, second, "أ", ["وسم"]))
    assert named_groups(tmp_path / "f", tmp_path / "cache") == []


def numbered_words(count: int, changed: Collection[int] = ()) -> list[str]:
    """Return a body of distinct words, with the words at the changed places replaced."""
    words = [f"كلمة{n}" if n not in changed else f"بديل{n}" for n in range(count)]
    return [" ".join(words)]


@pytest.mark.parametrize(
    ("changed", "copies"),
    [
        # 100 words give 96 shingles; each changed word, far from the others, swaps 5 of
        # them: Jaccard (96 - 5m) / (96 + 5m).
        ({10}, True),  # 0.90
        ({10, 30}, True),  # 0.81
        ({10, 30, 50}, True),  # 0.73
        ({10, 30, 50, 70}, False),  # 0.66
        ({10, 30, 50, 70, 90}, False),  # 0.58
    ],
)
def test_the_threshold_is_a_jaccard_of_0_7(tmp_path: Path, changed: set[int], copies: bool) -> None:
    write_body(tmp_path / "f", "a.txt", numbered_words(100))
    write_body(tmp_path / "f", "b.txt", numbered_words(100, changed))
    expected = [["a.txt", "b.txt"]] if copies else []
    assert named_groups(tmp_path / "f", tmp_path / "cache") == expected


@pytest.mark.parametrize(
    ("first", "second", "copies"),
    [
        (numbered_words(12), numbered_words(12), True),
        (numbered_words(12), numbered_words(12, {6}), False),
        (numbered_words(19), numbered_words(19, {18}), False),
        (numbered_words(3), ["كلمة0 كلمة1،", "كلمة2."], True),
        ([], [], False),
        (["..."], ["..."], False),
    ],
)
def test_short_bodies_are_copies_only_when_identical(
    tmp_path: Path, first: list[str], second: list[str], copies: bool
) -> None:
    write_body(tmp_path / "f", "a.txt", first)
    write_body(tmp_path / "f", "b.txt", second)
    expected = [["a.txt", "b.txt"]] if copies else []
    assert named_groups(tmp_path / "f", tmp_path / "cache") == expected


def test_groups_are_connected_components(tmp_path: Path) -> None:
    # b copies a, c copies b, but a and c share too little: one story all the same.
    write_body(tmp_path / "f", "a.txt", numbered_words(100))
    write_body(tmp_path / "f", "b.txt", numbered_words(100, {10, 30}))
    write_body(tmp_path / "f", "c.txt", numbered_words(100, {10, 30, 50, 70, 90}))
    write_body(tmp_path / "f", "d.txt", numbered_words(100, set(range(0, 100, 3))))
    assert named_groups(tmp_path / "f", tmp_path / "cache") == [["a.txt", "b.txt", "c.txt"]]


@pytest.mark.parametrize(
    ("dated", "expected"),
    [
        # name -> day (None: undated): the story is the earliest dated, then by path.
        ({"a.txt": 20, "b.txt": 18, "c.txt": 19}, ["b.txt", "c.txt", "a.txt"]),
        ({"a.txt": None, "b.txt": 19, "c.txt": 19}, ["b.txt", "c.txt", "a.txt"]),
        ({"a.txt": None, "b.txt": None}, ["a.txt", "b.txt"]),
    ],
)
def test_a_group_is_oldest_first(
    tmp_path: Path, dated: dict[str, int | None], expected: list[str]
) -> None:
    for name, day in dated.items():
        text = article("عنوان", day or 1, STORIES["quake"], "أ", [])
        if day is None:
            text = text.replace("تاريخ النشر: 1/09/2023\n", "")
        write(tmp_path / "f", name, text)
    assert named_groups(tmp_path / "f", tmp_path / "cache") == [expected]


def test_the_labelled_set_groups_as_labelled_but_for_excerpts(tmp_path: Path) -> None:
    folder = Path(__file__).resolve().parents[2] / "data" / "copies" / "articles"
    groups = named_groups(folder, tmp_path / "cache")
    assert [len(group) for group in groups] == [8] * len(TITLES.keys() - REWRITES.keys())
    assert all(len({name.split("_")[1] for name in group}) == 1 for group in groups)


@pytest.mark.parametrize("make", [lambda body: [INTRO, *body], lambda body: [*body, CLOSING]])
def test_a_sentence_added_to_a_short_body_can_make_it_another_text(
    tmp_path: Path, make: Callable[[list[str]], list[str]]
) -> None:
    # Twenty-five words and a sentence of fifteen: under the threshold, by the rule.
    body = numbered_words(25)
    write_body(tmp_path / "f", "a.txt", body)
    write_body(tmp_path / "f", "b.txt", make(body))
    assert named_groups(tmp_path / "f", tmp_path / "cache") == []
