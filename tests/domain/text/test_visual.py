"""Visual text for displays with no bidi engine: wrapped in logical order, reordered by line."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.domain.text.arabic import visual
from reader.domain.text.bidi_layout import display_width, mirrored
from reader.domain.text.parser import read_article
from tests.conftest import SAMPLE

# In a line read backwards, a left-to-right run (Latin words, numbers) comes out backwards too.
_LTR_RUN_RE = re.compile(r"[0-9A-Za-z](?:[0-9A-Za-z ,./:]*[0-9A-Za-z])?")


def read_back(line: str) -> str:
    """Return a right-to-left visual line as a reader reads it: from the right, un-shaped,
    brackets turned back, Latin words and numbers left to right."""
    backwards = "".join(mirrored(char) for char in reversed(line.strip(" ")))
    logical = unicodedata.normalize("NFKC", backwards)
    return _LTR_RUN_RE.sub(lambda match: match.group()[::-1], logical)


def unshaped(line: str) -> str:
    """Return a visual line with its presentation forms as plain letters (no lam-alef here)."""
    return unicodedata.normalize("NFKC", line)


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("قالت (الصين) نعم", "معن (نيصلا) تلاق"),
        ("قال «نعم» [أ] {ب} <ج> ‹د›", "‹د› <ج> {ب} [أ] «معن» لاق"),
        ("منظمة الصحة (WHO) قالت", "تلاق (WHO) ةحصلا ةمظنم"),
        ("وقال UN Agency (WHO)", "UN Agency (WHO) لاقو"),
        ("عام 2024 ونسبة 50% من 1,200", "1,200 نم %50 ةبسنو 2024 ماع"),
        ("في 18/09/2023 الساعة 10:35", "10:35 ةعاسلا 18/09/2023 يف"),
        ("The UN said «نعم» (yes)", "The UN said «معن» (yes)"),
        ("(نعم)", "(معن)"),
    ],
)
def test_one_line_reads_in_visual_order(paragraph: str, expected: str) -> None:
    assert unshaped(visual(paragraph)) == expected


@pytest.mark.parametrize(
    ("paragraph", "width", "expected"),
    [
        # Wrapped in logical order: the first words are on the first line, at its right.
        ("واحد اثنان خمسة ستة", 10, ["نانثا دحاو", "  ةتس ةسمخ"]),
        ("واحد اثنان خمسة ستة", 12, ["  نانثا دحاو", "    ةتس ةسمخ"]),
        # A word longer than the width is cut.
        ("كلمةطويلةجدا", 5, ["طةملك", "جةليو", "   اد"]),
        # Left-to-right paragraphs are not padded.
        ("one two three «نعم»", 9, ["one two", "three", "«معن»"]),
        # Numbers and Latin runs keep their order on their line.
        ("قال 2024 ثم UN Agency", 12, [" مث 2024 لاق", "   UN Agency"]),
        # An empty paragraph is an empty line.
        ("", 10, [""]),
    ],
)
def test_wrapped_lines(paragraph: str, width: int, expected: list[str]) -> None:
    assert [unshaped(line) for line in visual(paragraph, width).split("\n")] == expected


_PARAGRAPHS = [
    "قالت وكالة (الأونروا) في بيان «عاجل» إن 1,200 شخص نزحوا [وفق تقديرات أولية] منذ 18/09/2023.",
    "أكد وزير الخارجية الصيني، وانغ يي، أن بكين وموسكو (وهما عضوان في مجلس الأمن)"
    " تنتهجان سياسة مستقلة.",
    "وقالت منظمة الصحة العالمية WHO إن نسبة 50% من الحالات «خفيفة» وإن {العدد}"
    " في ازدياد <حتى الآن>.",
    "ذكرت صحيفة The Guardian البريطانية أن الاجتماع عقد يوم 12 مارس في مدينة جنيف السويسرية.",
]


@pytest.mark.parametrize("paragraph", _PARAGRAPHS)
@pytest.mark.parametrize("width", [16, 24, 40, 72])
def test_wrapped_paragraph_reads_back_in_order(paragraph: str, width: int) -> None:
    lines = visual(paragraph, width).split("\n")
    assert all(display_width(line) <= width for line in lines)
    # Right to left: every line ends at the right edge.
    assert all(display_width(line) == width for line in lines)
    assert all(not line.endswith(" ") for line in lines)
    assert " ".join(read_back(line) for line in lines) == paragraph


@pytest.mark.parametrize(
    ("line", "opening", "closing"),
    [("(نعم)", "(", ")"), ("«نعم»", "«", "»"), ("[نعم]", "[", "]"), ("‹نعم›", "‹", "›")],
)
def test_brackets_face_the_text_they_enclose(line: str, opening: str, closing: str) -> None:
    shown = visual(line)
    # Printed left to right, the closing bracket of a right-to-left phrase comes first.
    assert shown[0] == opening
    assert shown[-1] == closing


def test_paragraphs_stay_apart_and_empty_lines_stay_empty() -> None:
    lines = visual("واحد اثنان\n\nخمسة ستة", 10).split("\n")
    assert [unshaped(line) for line in lines] == ["نانثا دحاو", "", "  ةتس ةسمخ"]


def test_no_width_keeps_each_paragraph_on_one_line() -> None:
    paragraph = _PARAGRAPHS[1]
    assert "\n" not in visual(paragraph)
    assert read_back(visual(paragraph)) == paragraph


def test_a_forced_direction_rules_a_line_that_starts_left_to_right() -> None:
    line = "2023-09-18T10:00:00+03:00 | بوابة الوفد"
    assert unshaped(visual(line, direction="rtl")).startswith("دفولا ةباوب |")
    assert unshaped(visual(line)).startswith("2023-09-18T10:00:00+03:00 |")


@pytest.mark.parametrize("width", [10, 33, 72])
def test_sample_articles_never_exceed_the_width(width: int) -> None:
    for path in sorted(SAMPLE.glob("*.txt"))[:20]:
        article = read_article(path)
        for paragraph in (article.display_title, *article.body):
            for line in visual(paragraph, width).split("\n"):
                assert display_width(line) <= width, (path.name, line)


@given(
    st.text(
        alphabet=st.sampled_from(
            list("ابتثجحخ لا()«»[]{}<>aZ019%,.:-/ \u064e\u200c\u200f\u202b\t")
        ),
        max_size=80,
    ),
    st.integers(1, 30),
)
def test_any_text_wraps_within_the_width(text: str, width: int) -> None:
    for line in visual(text, width).split("\n"):
        assert display_width(line) <= width
