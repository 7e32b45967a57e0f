"""The fast parse of a first open gives what the plain computation gives, file for file."""

# The plain computations are the ones each speed fix replaced: benchmarks/parse.py keeps them
# (it times both side by side), and its `plain` puts them back in place of the fast ones.

from __future__ import annotations

import os
import re
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.generate import generate
from benchmarks.parse import FIXES, plain, plain_read_bytes
from reader.domain.article import NotAnArticleError
from reader.domain.loading.workers import Parsed, parse_files
from reader.domain.store.article_codec import decode_article
from reader.domain.store.rows import ParsedFile
from reader.domain.text import parser
from reader.domain.text.arabic import (
    canonical_folded_lines,
    canonical_lines,
    canonical_tag,
    canonical_tags,
    fold,
    fold_each,
    fold_known,
    fold_lines,
)
from reader.domain.text.parser import parse_text, parse_text_folded, read_article
from reader.domain.text.tags import PhraseFinder, dedupe_folded_tags, rebuild_unseparated
from tests.hostile import build_hostile_folder

# Texts that make folding, tags and search words differ when a shortcut is wrong.
EDGE_FILES = {
    "diacritics.txt": "الصِّينُ تُعلِنُ\nتاريخ النشر: ١٨/٠٩/٢٠٢٣\n"
    "قالت الصِّين إنَّ الأُمَمَ المُتَّحِدَة تدعم مجلسَ الأمنِ.\n"
    "كلمات دلالية: الصين الأمم المتحدة مجلس الأمن\n",
    "tatweel.txt": "الصـــين\nفقرة عن الأمـــم المتـــحدة وعن الصين.\n"
    "كلمات دلالية: الأمم المتحدة ـ الصين\n",
    "presentation.txt": "ﺍﻟﺼﻴﻦ ﺗﻌﻠﻦ\nفقرة عن ﺍﻷﻣﻢ ﺍﻟﻤﺘﺤﺪﺓ هنا.\nكلمات دلالية: ﺍﻷﻣﻢ ﺍﻟﻤﺘﺤﺪﺓ ﺍﻟﺼﻴﻦ\n",
    # A Persian yeh before a hamza mark: Arabic yeh and the mark compose (ئ) only after the fix.
    "yeh_hamza.txt": "خبر عن یٔ و ی\u0654\nفقرة فيها ی\u0654 وزیر\nكلمات دلالية: ی\u0654 وزیر\n",
    # Removing a bidi control brings a letter and a mark together: NFC composes them then.
    "bidi_marks.txt": "خبر\u202c\u0654 ا\u202cٔ و\u2066\u0654\u2069\n"
    "فقرة e\u202c\u0301 الصين\u202c\u0654 وروسيا\nكلمات دلالية: الصين\u202c\u0654 وروسيا\n",
    "nbsp.txt": "خبر\u00a0مهم \u00a0\nفقرة\u00a0عن\u00a0الأمم المتحدة.\u00a0\n"
    "\u00a0كلمات دلالية:\u00a0الأمم المتحدة\u00a0الصين\u00a0\n",
    "odd_spaces.txt": "خبر\tمهم\nفقرة عن الأمم\u3000المتحدة وعن  مجلس الأمن.\n"
    "كلمات دلالية: الأمم المتحدة مجلس الأمن\n",
    "zero_width.txt": "خبر\u200b \u200b\nفقرة عن مجلس الأمن \u200b\n"
    "كلمات دلالية: مجلس الأمن\u200b الصين\n",
    "two_tag_lines.txt": "خبر\nفقرة عن مجلس الأمن ووزير الخارجية.\nكلمات دلالية: مجلس الأمن\n"
    "وسوم: وزير الخارجية للأمم المتحدة\nاقرأ أيضا:\nالأمم المتحدة تجتمع\n",
    "label_alone.txt": "خبر\nفقرة عن مجلس الأمن.\nكلمات دلالية:\nمجلس الأمن الصين\n",
    "crlf.txt": "خبر\r\nتاريخ النشر: 18/09/2023\r\nفقرة عن الصين.\r\nالمصدر: بوابة الوفد\r\n",
}
# Characters the generated texts are drawn from: letters and their variants, marks, tatweel,
# invisible and bidi controls, what NFKC rewrites, odd spaces, line breaks, Latin and marks.
_ALPHABET = (
    "ابتجدرسصطعفقكلمنهويءآأإؤئةى یکېےہھٱ٠١٢۴"
    "\u064b\u064e\u0650\u0651\u0652\u0653\u0654\u0655\u0670\u0640\u06d6"
    "\u200b\u200c\u200d\u200f\u061c\ufeff\u202a\u202c\u202e\u2066\u2069"
    "\u00a0\u2002\u2026\ufb50\ufe8d\ufedf\ufef5\uff21\u3000\t\x1c"
    "  \n\n،.:-eEſ\u0301\u0327"
)
_WORDS = ("الصين", "وروسيا", "الأمم", "المتحدة", "للأمم", "مجلس", "الأمن", "وزیر", "الخارجیة")
_TEXTS = st.lists(
    st.one_of(st.text(alphabet=_ALPHABET, max_size=12), st.sampled_from(_WORDS)), max_size=40
).map(" ".join)
_ARTICLES = st.lists(
    st.one_of(
        _TEXTS,
        st.sampled_from(("كلمات دلالية: ", "المصدر: ", "اقرأ أيضا:", "تاريخ النشر: 18/09/2023")),
        st.builds(lambda tags: "كلمات دلالية: " + tags, _TEXTS),
    ),
    max_size=12,
).map("\n".join)


def _parse_both(files: list[Path]) -> tuple[list[Parsed], list[Parsed]]:
    """Return parse_files' results for files, the fast way and the plain way."""
    stats = [(os.fsdecode(path), None, None) for path in files]
    fast = parse_files(read_article, stats)
    with plain(FIXES):
        slow = parse_files(read_article, stats)
    return fast, slow


def _assert_same(fast: list[Parsed], slow: list[Parsed]) -> None:
    """Assert that two runs parsed every file alike: articles, tags, search words, blobs."""
    assert len(fast) == len(slow)
    for quick, plainly in zip(fast, slow, strict=True):
        if not isinstance(plainly, ParsedFile):
            assert quick == plainly
            continue
        assert isinstance(quick, ParsedFile), plainly.path
        stored = decode_article(quick.blob, quick.path)
        expected = decode_article(plainly.blob, plainly.path)
        assert stored == expected, quick.path
        assert stored.unseparated_tag_words == expected.unseparated_tag_words, quick.path
        assert quick.tags == plainly.tags, quick.path
        assert quick.words == plainly.words, quick.path
        assert quick == replace(plainly, blob=quick.blob), quick.path


def _check_folder(files: list[Path]) -> None:
    fast, slow = _parse_both(files)
    _assert_same(fast, slow)
    for path in files:
        try:
            article, folds = parser.read_article_folded(path)
        except NotAnArticleError:  # parse_files compared its problem
            continue
        with plain(FIXES):
            assert read_article(path) == article
        assert all(folded == fold(text) for text, folded in folds.items())


def test_the_sample_folder_parses_alike(sample_folder: Path) -> None:
    _check_folder(sorted(sample_folder.glob("*.txt")))


def test_hostile_and_edge_files_parse_alike(tmp_path: Path) -> None:
    build_hostile_folder(tmp_path, big=False)
    for name, text in EDGE_FILES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "utf16_edge.txt").write_bytes(EDGE_FILES["nbsp.txt"].encode("utf-16"))
    (tmp_path / "bom_edge.txt").write_bytes(EDGE_FILES["bidi_marks.txt"].encode("utf-8-sig"))
    files = sorted(path for path in tmp_path.iterdir() if path.name != "one_line_5mb.txt")
    _check_folder(files)


def test_a_generated_folder_parses_alike(tmp_path: Path) -> None:
    generate(tmp_path, 300)
    _check_folder(sorted(tmp_path.rglob("*.txt")))


@settings(max_examples=150, deadline=None)
@given(_ARTICLES)
def test_any_text_parses_alike(text: str) -> None:
    article, folds = parse_text_folded(text, "x.txt")
    with plain(FIXES):
        expected = parse_text(text, "x.txt")
        plain_parsed = ParsedFile.from_article(expected)
    assert article == expected
    assert article.unseparated_tag_words == expected.unseparated_tag_words
    parsed = ParsedFile.from_article(article, folds=folds)
    assert parsed.words == plain_parsed.words
    assert parsed.unseparated == plain_parsed.unseparated
    assert decode_article(parsed.blob, "x.txt") == decode_article(plain_parsed.blob, "x.txt")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET))
def test_canonical_folded_lines_are_the_stripped_canonical_lines_folded(text: str) -> None:
    lines = [line for line in (raw.strip() for raw in canonical_lines(text)) if line]
    assert canonical_folded_lines(text) == (lines, fold_lines(lines))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet=_ALPHABET, max_size=15), max_size=8))
def test_texts_folded_and_tags_made_canonical_together_are_as_one_by_one(
    texts: list[str],
) -> None:
    assert fold_each(texts) == [fold(text) for text in texts]
    known = {text: fold(text) for text in texts[::2]}
    assert fold_known(texts, known) == [fold(text) for text in texts]
    assert canonical_tags(texts) == [canonical_tag(text) for text in texts]
    shown, folded = dedupe_folded_tags(texts)
    assert folded == tuple(fold(tag) for tag in shown)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from((*_WORDS, "ـ", "وال")), max_size=10), _TEXTS)
def test_tag_runs_found_shortest_first_are_those_found_longest_first(
    words: list[str], text: str
) -> None:
    finder = PhraseFinder([text, " ".join(_WORDS[:4]), "مجلس الأمن وزير الخارجية"])
    known = finder.__contains__
    assert rebuild_unseparated(words, known, prefix_closed=True) == rebuild_unseparated(
        words, known
    )


def test_odd_spaces_are_all_unprintable() -> None:
    odd = re.compile(r"[^\S \n]")
    assert not [
        char
        for char in map(chr, range(sys.maxunicode + 1))
        if char.isspace() and odd.match(char) and char.isprintable()
    ]


@pytest.mark.parametrize("size", [0, 1, 4095, 4096, 4097, 70_000, 200_000])
def test_a_read_sized_by_the_stat_reads_what_the_plain_read_reads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, size: int
) -> None:
    monkeypatch.setattr(parser, "MAX_FILE_BYTES", 100_000)
    path = tmp_path / "a.txt"
    path.write_bytes(bytes(range(256)) * (size // 256) + b"x" * (size % 256))
    assert parser._read_bytes(path) == plain_read_bytes(path)


def test_a_file_that_grew_after_its_stat_is_read_on_up_to_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(parser, "MAX_FILE_BYTES", 150_000)
    path = tmp_path / "growing.txt"
    data = os.urandom(200_000)
    path.write_bytes(data)
    real_fstat = os.fstat

    def stale_fstat(fd: int) -> os.stat_result:
        info = real_fstat(fd)
        return os.stat_result((*info[:6], 100, *info[7:10]))  # st_size as it was before

    monkeypatch.setattr(os, "fstat", stale_fstat)
    read, _mtime, truncated = parser._read_bytes(path)
    assert (read, truncated) == (data[:150_000], True)
    path.write_bytes(data[:120_000])
    assert parser._read_bytes(path)[0::2] == (data[:120_000], False)
