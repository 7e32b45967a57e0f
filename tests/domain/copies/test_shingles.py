"""Bodies as copy detection reads them: folded words, stable hashes, shingles, similarity."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.domain.copies.shingles import (
    body_text,
    digest,
    jaccard,
    shingle_hashes,
    word_count,
    word_hashes,
)


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (["قال الوزيرُ: «الصين وروسيا»."], "قال الوزير الصين وروسيا"),
        (["أكد وزیر الخارجـــية"], "اكد وزير الخارجيه"),
        (["سطر أول.", "سطر ثان!"], "سطر اول سطر ثان"),
        (["العدد ٢٠٢٣ و۱۸"], "العدد 2023 و18"),
        ([], ""),
        (["  ...  "], ""),
    ],
)
def test_body_text_folds_and_keeps_only_words(paragraphs: list[str], expected: str) -> None:
    assert body_text(paragraphs) == expected


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        (["أكد الوزير أن بكين"], ["أكّد الوزير", "أن بكين"], True),
        (["أكد الوزير أن بكين"], ["أكد الوزير أن موسكو"], False),
        (["نص"], ["نص."], True),
    ],
)
def test_digest_is_equal_exactly_for_equal_folded_bodies(
    first: list[str], second: list[str], same: bool
) -> None:
    assert (digest(body_text(first)) == digest(body_text(second))) is same


def test_a_word_hashes_the_same_wherever_and_with_whatever_it_is_hashed() -> None:
    first = word_hashes(["الصين وروسيا الصين", "موسكو"])
    second = word_hashes(["موسكو الصين"])
    assert first[0] == first[2] == second[1]
    assert first[3] == second[0]
    assert len(set(first.tolist())) == 3


def test_word_hashes_are_stable_across_runs() -> None:
    # Signatures stay in the cache: the same word must hash the same in every process.
    assert word_hashes(["ab"]).tolist() == word_hashes(["x ab"])[1:].tolist()
    assert word_hashes(["الصين"]).tolist() == [word_hashes(["الصين"]).tolist()[0]]


@pytest.mark.parametrize(("words", "shingles"), [(0, 0), (1, 0), (4, 0), (5, 1), (9, 5)])
def test_a_text_has_a_shingle_per_five_word_run(words: int, shingles: int) -> None:
    text = " ".join(f"w{n}" for n in range(words))
    hashes, offsets = shingle_hashes(["a b c d e f", text, "g h i j k"])
    assert offsets.tolist() == [0, 2, 2 + shingles, 3 + shingles]
    assert len(hashes) == 3 + shingles
    assert word_count(text) == words


def test_shingles_never_run_from_one_text_into_the_next() -> None:
    hashes, offsets = shingle_hashes(["a b c d e", "f g h i j"])
    joined, _ = shingle_hashes(["a b c d e f g h i j"])
    assert offsets.tolist() == [0, 1, 2]
    assert set(hashes.tolist()) < set(joined.tolist())


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("a b c d e f g", "a b c d e f g", 1.0),
        ("a b c d e f g", "b c d e f g h", 0.5),
        ("a b c d e f g", "h i j k l m n", 0.0),
        ("a b c d e a b c d e", "a b c d e", 1 / 5),
    ],
)
def test_jaccard_of_shingle_sets(first: str, second: str, expected: float) -> None:
    hashes, offsets = shingle_hashes([first, second])
    a, b = hashes[offsets[0] : offsets[1]], hashes[offsets[1] : offsets[2]]
    assert jaccard(a, b) == pytest.approx(expected)


@given(st.lists(st.text(min_size=1, max_size=30), max_size=20))
def test_shingling_never_raises_on_arbitrary_text(paragraphs: list[str]) -> None:
    text = body_text(paragraphs)
    hashes, offsets = shingle_hashes([text, text])
    assert offsets[-1] == len(hashes)
    assert np.array_equal(hashes[offsets[0] : offsets[1]], hashes[offsets[1] : offsets[2]])
