"""Folding, canonical fixes, proclitic expansion and visual shaping."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.domain.text.arabic import (
    canonical,
    canonical_lines,
    canonical_tag,
    fold,
    fold_lines,
    folded_words,
    proclitic_variants,
    tolerant_pattern,
    visual,
)


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("وزیر الخارجیة", "وزير الخارجيه"),  # Persian yeh, ta marbuta
        ("أيضاً", "ايضا"),  # alef + fathatan
        ("ووفقًا", "ووفقا"),  # fathatan + alef
        ("الصِّين", "الصين"),  # shadda, kasra
        ("إسلام آمن ٱلله", "اسلام امن الله"),
        ("مصطفى", "مصطفي"),
        ("کتاب", "كتاب"),
        ("الـــصين", "الصين"),  # tatweel
        ("١٨ سبتمبر ٢٠٢٣", "18 سبتمبر 2023"),
        ("۱۴۰۲", "1402"),
        ("ﺍﻟﺼﻴﻦ", "الصين"),  # presentation forms
        ("\u202bالصين\u202c", "الصين"),  # embedding controls
        ("ال\u200fصين\u200b", "الصين"),
        ("\ufeffخبر", "خبر"),
        ("الرحمٰن", "الرحمن"),  # superscript alef
        ("Google News", "Google News"),
    ],
)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_fold_is_idempotent_on_the_seed_tag_line() -> None:
    line = "لافروف وانغ يي الصين وروسيا بوابة الوفد وزیر الخارجیة"
    assert fold(fold(line)) == fold(line)


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("\u202eسلام\u202c", "سلام"),
        ("\u2067خبر\u2069 عاجل", "خبر عاجل"),
        ("ﺍﻟﺼﻴﻦ", "الصين"),
        ("الصِّين", "الصِّين"),  # diacritics stay in what the user reads
        ("وزیر", "وزیر"),  # Persian yeh stays outside tags
    ],
)
def test_canonical_keeps_letters_and_drops_bidi_controls(text: str, shown: str) -> None:
    assert canonical(text) == shown


def test_canonical_tag_turns_persian_letters_arabic() -> None:
    assert canonical_tag(" وزیر  الخارجیة ") == "وزير الخارجية"
    assert canonical_tag("کرة القدم") == "كرة القدم"


def test_folded_words_drops_punctuation() -> None:
    assert folded_words('قال "الصِّين"، وروسيا.') == ["قال", "الصين", "وروسيا"]


@pytest.mark.parametrize("written", ["الصين", "والصين", "بالصين", "للصين", "فالصين", "وبالصين"])
def test_proclitic_variants_hold_the_written_forms(written: str) -> None:
    assert written in proclitic_variants("الصين")


@pytest.mark.parametrize(("query", "other"), [("قرار", "استقرار"), ("سلام", "الاسلام")])
def test_proclitic_variants_are_whole_words(query: str, other: str) -> None:
    assert other not in proclitic_variants(query)


def test_kitab_finds_al_kitab_but_not_katib() -> None:
    variants = proclitic_variants("كتاب")
    assert "الكتاب" in variants
    assert "الكاتب" not in variants
    assert "المكتبه" not in variants


def test_tolerant_pattern_matches_spelling_variants() -> None:
    pattern = re.compile(tolerant_pattern("اقرأ أيضا"))
    for written in ["إقرأ أيضاً", "اقرأ أيضًا", "اقرا ايضا", "اقـرأ أيضـاً"]:
        assert pattern.match(written), written


def test_visual_shapes_and_reverses() -> None:
    shown = visual("سلام")
    assert all("\ufe70" <= char <= "\ufeff" for char in shown)
    assert shown[0] == "\ufee1"  # final meem comes first in visual order
    assert visual("a\nb") == "a\nb"


# Lines that mix what NFKC rewrites (presentation forms, NBSP, ligatures) with plain Arabic,
# dashes, bidi controls and newlines: the whole-text forms must equal the line-by-line ones.
_MIXED_TEXT = st.text(
    alphabet=st.sampled_from(
        [*"الصين وروسيا\n–“”…²ﬁ\u00a0\u202e\u2067\u200c\u0640\u064eﻻﺍأة٣\ufdfa\ufef7\u2002"]
    ),
    max_size=60,
)


@settings(max_examples=300, deadline=None)
@given(_MIXED_TEXT)
def test_canonical_lines_equal_canonical_of_each_line(text: str) -> None:
    assert canonical_lines(text) == [canonical(line) for line in text.split("\n")]


@settings(max_examples=300, deadline=None)
@given(st.lists(_MIXED_TEXT.map(lambda text: text.replace("\n", " ")), max_size=6))
def test_fold_lines_equal_fold_of_each_line(lines: list[str]) -> None:
    assert fold_lines(lines) == [fold(line) for line in lines]


def test_nfkc_applies_to_the_lines_that_need_it_only() -> None:
    # The ligature line is rewritten; the superscript two on a line without one is kept.
    assert canonical_lines("ﻻ نعم\n²–") == ["لا نعم", "²–"]
