"""Tests for reading header date lines: every form, label, source, relative and non-date."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from unittest import mock

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from reader.domain.text import dates
from reader.domain.text.arabic import fold
from reader.domain.text.date_words import DATE_LABELS
from reader.domain.text.dates import ParsedDate, parse_date_line

PLUS_3 = timezone(timedelta(hours=3))
PLUS_530 = timezone(timedelta(hours=5, minutes=30))
MINUS_5 = timezone(timedelta(hours=-5))
NOW = datetime(2024, 5, 10, 15, 30, tzinfo=UTC)
NAIVE_NOW = datetime(2024, 5, 10, 15, 30)

Value = date | datetime | None


def assert_same(actual: Value, expected: Value) -> None:
    """Equal, of the same type, and aware or naive alike (== alone mixes them up)."""
    assert type(actual) is type(expected)
    assert actual == expected
    if isinstance(actual, datetime) and isinstance(expected, datetime):
        assert actual.utcoffset() == expected.utcoffset()


def parse(line: str, now: datetime | None = NOW) -> ParsedDate:
    result = parse_date_line(line, now=now)
    assert result is not None
    return result


# Absolute dates on lines with no label: line, value; the text is the whole line.
ABSOLUTE = [
    # English day-first, with and without ordinal suffixes.
    ("18th, September 2023 GMT", date(2023, 9, 18)),
    ("1st, October 2023 GMT", date(2023, 10, 1)),
    ("2nd, October 2023 UTC", date(2023, 10, 2)),
    ("3rd, October 2023", date(2023, 10, 3)),
    ("18 September 2023", date(2023, 9, 18)),
    ("18 SEP 2023", date(2023, 9, 18)),
    ("18-Sep-2023", date(2023, 9, 18)),
    ("18 of September 2023", date(2023, 9, 18)),
    # English month-first.
    ("September 18, 2023", date(2023, 9, 18)),
    ("Sep 18, 2023", date(2023, 9, 18)),
    ("sept. 18th, 2023", date(2023, 9, 18)),
    ("Monday, September 18, 2023", date(2023, 9, 18)),
    # A time with a zone is aware, without one it is naive; the zone alone changes nothing.
    ("18th, September 2023 14:05 GMT", datetime(2023, 9, 18, 14, 5, tzinfo=UTC)),
    ("18th, September 2023 14:05 UTC", datetime(2023, 9, 18, 14, 5, tzinfo=UTC)),
    ("18th, September 2023 14:05", datetime(2023, 9, 18, 14, 5)),
    ("Mon, 18 Sep 2023 14:05:00 +0000", datetime(2023, 9, 18, 14, 5, tzinfo=UTC)),
    ("Mon, 18 Sep 2023 14:05:00 -0500", datetime(2023, 9, 18, 14, 5, tzinfo=MINUS_5)),
    ("18 September 2023 10:35 GMT+3", datetime(2023, 9, 18, 10, 35, tzinfo=PLUS_3)),
    ("18 September 2023 (GMT+03:00)", date(2023, 9, 18)),
    ("September 18th, 2023 at 10:35 PM GMT", datetime(2023, 9, 18, 22, 35, tzinfo=UTC)),
    ("September 18, 2023 12:10 am", datetime(2023, 9, 18, 0, 10)),
    # ISO and its cousins.
    ("2025-05-29@14:43:47 GMT", datetime(2025, 5, 29, 14, 43, 47, tzinfo=UTC)),
    ("2024-12-09T18:49:10+00:00", datetime(2024, 12, 9, 18, 49, 10, tzinfo=UTC)),
    ("2024-12-09T18:49:10+03:00", datetime(2024, 12, 9, 18, 49, 10, tzinfo=PLUS_3)),
    ("2024-12-09T18:49:10Z", datetime(2024, 12, 9, 18, 49, 10, tzinfo=UTC)),
    ("2024-12-09T18:49:10.25+05:30", datetime(2024, 12, 9, 18, 49, 10, 250000, PLUS_530)),
    ("2024-09-26T11:30:00", datetime(2024, 9, 26, 11, 30)),
    ("2022-06-05 00:00:00", datetime(2022, 6, 5, 0, 0)),
    ("2023-09-18", date(2023, 9, 18)),
    ("2023/09/18", date(2023, 9, 18)),
    # Numeric, day first.
    ("18/09/2023", date(2023, 9, 18)),
    ("18-09-2023", date(2023, 9, 18)),
    ("18.09.2023", date(2023, 9, 18)),
    ("8/9/2023", date(2023, 9, 8)),
    ("18/09/2023 14:30", datetime(2023, 9, 18, 14, 30)),
    ("18/09/2023 - 14:30 GMT", datetime(2023, 9, 18, 14, 30, tzinfo=UTC)),
    # Arabic, with weekday, time and 12-hour marks.
    ("الجمعة 19 أبريل 2024 - 10:35 م", datetime(2024, 4, 19, 22, 35)),
    ("الجمعة 19 أبريل 2024 - 10:35 ص", datetime(2024, 4, 19, 10, 35)),
    ("الجمعة 19 أبريل 2024 - 12:05 ص", datetime(2024, 4, 19, 0, 5)),
    ("الجمعة 19 أبريل 2024 - 12:30 م", datetime(2024, 4, 19, 12, 30)),
    ("الجمعة 19 أبريل 2024 - 10:35م", datetime(2024, 4, 19, 22, 35)),
    ("الخميس 18 يوليو 2024 الساعة 9:15 صباحاً", datetime(2024, 7, 18, 9, 15)),
    ("الخميس 18 يوليو 2024 الساعة 9:15 مساءً", datetime(2024, 7, 18, 21, 15)),
    ("10:35 م - الجمعة 19 أبريل 2024", datetime(2024, 4, 19, 22, 35)),
    ("الجمعة، 19 أبريل، 2024", date(2024, 4, 19)),
    ("جمعة 19 أبريل 2024", date(2024, 4, 19)),
    ("يوم الجمعة 19 أبريل 2024", date(2024, 4, 19)),
    ("الإثنين 18 سبتمبر 2023", date(2023, 9, 18)),
    ("الاثنين 18 سبتمبر 2023", date(2023, 9, 18)),
    ("الأربعاء 20 سبتمبر 2023", date(2023, 9, 20)),
    ("الجُمُعَة 19 أبريـــل 2024", date(2024, 4, 19)),
    ("الاثنين 18 سبتمبر 2023م", date(2023, 9, 18)),
    ("| الاثنين - 18 سبتمبر 2023 |", date(2023, 9, 18)),
    # Zones in words: fixed offsets give an aware time, other places stay naive.
    ("الثلاثاء 19 سبتمبر 2023 | 10:35 م بتوقيت مكة", datetime(2023, 9, 19, 22, 35, tzinfo=PLUS_3)),
    (
        "الثلاثاء 19 سبتمبر 2023 | 10:35 م بتوقيت مكة المكرمة",
        datetime(2023, 9, 19, 22, 35, tzinfo=PLUS_3),
    ),
    ("الثلاثاء 19 سبتمبر 2023 10:35 بتوقيت غرينتش", datetime(2023, 9, 19, 10, 35, tzinfo=UTC)),
    ("الثلاثاء 19 سبتمبر 2023 10:35 بتوقيت القاهرة", datetime(2023, 9, 19, 10, 35)),
    ("الثلاثاء 19 سبتمبر 2023 بتوقيت القاهرة", date(2023, 9, 19)),
    # Paired month names, in either order.
    ("18 أكتوبر/ تشرين الأول 2023", date(2023, 10, 18)),
    ("18 تشرين الأول / أكتوبر 2023", date(2023, 10, 18)),
    ("18 أكتوبر - تشرين الأول 2023", date(2023, 10, 18)),
    ("18 أكتوبر (تشرين الأول) 2023", date(2023, 10, 18)),
    ("الخميس 18 كانون الثاني/يناير 2024", date(2024, 1, 18)),
    # Arabic-Indic and Persian digits.
    ("١٨ سبتمبر ٢٠٢٣", date(2023, 9, 18)),
    ("۱۸ سبتمبر ۲۰۲۳", date(2023, 9, 18)),
    ("٢٠٢٣-٠٩-١٨", date(2023, 9, 18)),
    ("١٨/٠٩/٢٠٢٣", date(2023, 9, 18)),
    ("الجمعة ١٩ أبريل ٢٠٢٤ - ١٠:٣٥ م", datetime(2024, 4, 19, 22, 35)),
    # A Hijri date beside a Gregorian one is ignored.
    ("الاثنين 18 سبتمبر 2023 الموافق 3 ربيع الأول 1445 هـ", date(2023, 9, 18)),
    ("3 ربيع الأول 1445 هـ الموافق 18 سبتمبر 2023 م", date(2023, 9, 18)),
    ("الأحد 1 أكتوبر 2023 الموافق 16 ربيع الآخر 1445هـ", date(2023, 10, 1)),
    ("18/09/2023 الموافق 03/03/1445 هـ", date(2023, 9, 18)),
]


@pytest.mark.parametrize(("line", "expected"), ABSOLUTE)
def test_absolute_date_lines(line: str, expected: Value) -> None:
    result = parse(line)
    assert_same(result.value, expected)
    assert result.text == line
    assert not result.approximate
    assert result.source is None


# Every month name of every regional set, as "5 <month> 2023".
MONTH_NAMES = [
    # MSA (Egypt and the Gulf), with common spelling variants.
    *[
        (name, month)
        for month, names in enumerate(
            [
                ["يناير"],
                ["فبراير"],
                ["مارس"],
                ["أبريل", "ابريل", "إبريل"],
                ["مايو"],
                ["يونيو", "يونيه"],
                ["يوليو", "يوليه"],
                ["أغسطس", "اغسطس"],
                ["سبتمبر"],
                ["أكتوبر", "اكتوبر"],
                ["نوفمبر"],
                ["ديسمبر"],
            ],
            start=1,
        )
        for name in names
    ],
    # Levantine and Iraqi.
    ("كانون الثاني", 1),
    ("شباط", 2),
    ("آذار", 3),
    ("نيسان", 4),
    ("أيار", 5),
    ("حزيران", 6),
    ("تموز", 7),
    ("آب", 8),
    ("أيلول", 9),
    ("تشرين الأول", 10),
    ("تشرين الثاني", 11),
    ("كانون الأول", 12),
    # Algeria and Tunisia.
    ("جانفي", 1),
    ("فيفري", 2),
    ("أفريل", 4),
    ("ماي", 5),
    ("جوان", 6),
    ("جويلية", 7),
    ("أوت", 8),
    # Morocco.
    ("يوليوز", 7),
    ("غشت", 8),
    ("شتنبر", 9),
    ("نونبر", 11),
    ("دجنبر", 12),
    # English, full and short, any case.
    ("January", 1),
    ("february", 2),
    ("MARCH", 3),
    ("Apr", 4),
    ("May", 5),
    ("Jun", 6),
    ("July", 7),
    ("Aug", 8),
    ("Sept", 9),
    ("oct", 10),
    ("Nov", 11),
    ("Dec", 12),
]


@pytest.mark.parametrize(("name", "month"), MONTH_NAMES)
def test_month_names(name: str, month: int) -> None:
    assert_same(parse(f"5 {name} 2023").value, date(2023, month, 5))


# Labelled lines: line, value, text (the label removed).
LABELLED = [
    ("تاريخ النشر: 18th, September 2023 GMT", date(2023, 9, 18), "18th, September 2023 GMT"),
    ("تاريخ النشر : 18 سبتمبر 2023", date(2023, 9, 18), "18 سبتمبر 2023"),
    ("تاريخ النشر:18 سبتمبر 2023", date(2023, 9, 18), "18 سبتمبر 2023"),
    ("  تاريخ   النشر :  18 سبتمبر 2023  ", date(2023, 9, 18), "18 سبتمبر 2023"),
    ("نشر في: 2023-09-18", date(2023, 9, 18), "2023-09-18"),
    ("نشر في 18/09/2023", date(2023, 9, 18), "18/09/2023"),
    ("نُشر في: الاثنين 18 سبتمبر 2023", date(2023, 9, 18), "الاثنين 18 سبتمبر 2023"),
    ("نشر فى: 18 سبتمبر 2023", date(2023, 9, 18), "18 سبتمبر 2023"),
    (
        "آخر تحديث: 19 سبتمبر 2023 - 10:35 ص",
        datetime(2023, 9, 19, 10, 35),
        "19 سبتمبر 2023 - 10:35 ص",
    ),
    ("اخر تحديث 18/9/2023 | 14:30", datetime(2023, 9, 18, 14, 30), "18/9/2023 | 14:30"),
    # A label makes the line a date line even with other words around the date.
    ("تاريخ النشر: 18 سبتمبر 2023 بقلم أحمد", date(2023, 9, 18), "18 سبتمبر 2023 بقلم أحمد"),
]


@pytest.mark.parametrize(("line", "expected", "text"), LABELLED)
def test_labelled_date_lines(line: str, expected: Value, text: str) -> None:
    result = parse(line)
    assert_same(result.value, expected)
    assert result.text == text
    assert result.source is None


# Inline sources: line, value, text, source.
INLINE_SOURCE = [
    (
        "تاريخ النشر: 18th, September 2023 GMT - المصدر: بوابة الوفد",
        date(2023, 9, 18),
        "18th, September 2023 GMT",
        "بوابة الوفد",
    ),
    (
        "الاثنين 18 سبتمبر 2023 - المصدر : سام برس",
        date(2023, 9, 18),
        "الاثنين 18 سبتمبر 2023",
        "سام برس",
    ),
    (
        "نشر في: 18/09/2023 | المصدر: زمان التركية",
        date(2023, 9, 18),
        "18/09/2023",
        "زمان التركية",
    ),
    (
        "الجمعة 19 أبريل 2024 - 10:35 م - المصدر: الوفد",
        datetime(2024, 4, 19, 22, 35),
        "الجمعة 19 أبريل 2024 - 10:35 م",
        "الوفد",
    ),
    ("تاريخ النشر: غير معروف - المصدر: الوفد", None, "غير معروف", "الوفد"),
]


@pytest.mark.parametrize(("line", "expected", "text", "source"), INLINE_SOURCE)
def test_inline_source(line: str, expected: Value, text: str, source: str) -> None:
    result = parse(line)
    assert_same(result.value, expected)
    assert result.text == text
    assert result.source == source


# Relative dates against NOW (2024-05-10 15:30 UTC): line, value.
RELATIVE = [
    ("منذ 5 ساعات", NOW - timedelta(hours=5)),
    ("منذ ٥ ساعات", NOW - timedelta(hours=5)),
    ("منذ ساعة", NOW - timedelta(hours=1)),
    ("منذ ساعتين", NOW - timedelta(hours=2)),
    ("منذ ثلاث ساعات", NOW - timedelta(hours=3)),
    ("منذ 3 دقائق", NOW - timedelta(minutes=3)),
    ("منذ دقيقة", NOW - timedelta(minutes=1)),
    ("منذ 30 ثانية", NOW - timedelta(seconds=30)),
    ("قبل 5 ساعات", NOW - timedelta(hours=5)),
    ("منذ يوم", date(2024, 5, 9)),
    ("منذ يومين", date(2024, 5, 8)),
    ("منذ 3 أيام", date(2024, 5, 7)),
    ("منذ أسبوع", date(2024, 5, 3)),
    ("أمس", date(2024, 5, 9)),
    ("البارحة", date(2024, 5, 9)),
    ("أول أمس", date(2024, 5, 8)),
    ("أول من أمس", date(2024, 5, 8)),
    ("أمس الأول", date(2024, 5, 8)),
    ("اليوم", date(2024, 5, 10)),
    ("اليوم 10:35 م", datetime(2024, 5, 10, 22, 35)),
    ("أمس الساعة 09:00 GMT", datetime(2024, 5, 9, 9, 0, tzinfo=UTC)),
    ("آخر تحديث: منذ 5 ساعات", NOW - timedelta(hours=5)),
    ("نشر في: أمس", date(2024, 5, 9)),
]


@pytest.mark.parametrize(("line", "expected"), RELATIVE)
def test_relative_dates(line: str, expected: Value) -> None:
    result = parse(line)
    assert_same(result.value, expected)
    assert result.approximate


def test_relative_date_keeps_a_naive_now_naive() -> None:
    assert_same(parse("منذ 5 ساعات", now=NAIVE_NOW).value, datetime(2024, 5, 10, 10, 30))


@pytest.mark.parametrize("line", ["منذ 5 ساعات", "أمس", "اليوم", "تاريخ النشر: منذ يومين"])
def test_relative_date_without_now_is_unknown(line: str) -> None:
    result = parse(line, now=None)
    assert result.value is None
    assert result.approximate


@pytest.mark.parametrize(
    "line",
    [
        # Headlines and body sentences, including ones that hold a date among other words.
        "وزير الخارجية الصيني يُشيد بالعلاقات بين موسكو وبكين",
        "وزير الخارجية الروسي يزور تركيا الاثنين",
        "اليوم العالمي للمرأة",
        "أمس واليوم وغدا",
        "منذ ساعات طويلة والناس ينتظرون",
        "واستقبل المعرض اليوم الاثنين 18 سبتمبر وحتى 21 سبتمبر الجاري",
        "وقعت الحادثة في 18 سبتمبر 2023 بحسب الشرطة",
        "18 سبتمبر 2023: ذكرى الاتفاق",
        "Published by the desk on September 18, 2023",
        # Other header lines.
        "المصدر: بوابة الوفد",
        "كلمات دلالية: لافروف وانغ يي الصين وروسيا",
        "إقرأ أيضاً:",
        "انضم إلى قناة زمان على واتساب:",
        # Parts of a date, but no date.
        "الاثنين",
        "10:35 م",
        "سبتمبر 2023",
        "18 سبتمبر",
        "2023",
        "منذ زمن بعيد",
        # Nothing at all.
        "",
        "   ",
    ],
)
def test_not_a_date_line(line: str) -> None:
    assert parse_date_line(line, now=NOW) is None


@pytest.mark.parametrize(
    "line",
    [
        "31/02/2023",
        "30 فبراير 2024",
        "32 سبتمبر 2023",
        "2023-13-01",
        "18/13/2023",
        "الأحد 18 سبتمبر 2023 - 25:00",
        "18 September 2023 10:35 GMT+30",
    ],
)
def test_invalid_date_without_label_is_not_a_date_line(line: str) -> None:
    assert parse_date_line(line, now=NOW) is None


# Date lines that cannot be understood: kept raw, value None.
UNDERSTOOD_NOT = [
    ("تاريخ النشر: 31/02/2023", "31/02/2023"),
    ("تاريخ النشر: 2023-13-01", "2023-13-01"),
    ("نشر في: 30 فبراير 2024", "30 فبراير 2024"),
    ("تاريخ النشر: 32 سبتمبر 2023", "32 سبتمبر 2023"),
    ("آخر تحديث: 18 سبتمبر 2023 - 25:61", "18 سبتمبر 2023 - 25:61"),
    ("تاريخ النشر: غير متوفر", "غير متوفر"),
    ("تاريخ النشر: 18 سبتمبر", "18 سبتمبر"),
    ("تاريخ النشر:", ""),
    ("نشر في اليوم السابع", "اليوم السابع"),
    # A Hijri date alone is a date, but not one this reader converts.
    ("تاريخ النشر: 3 ربيع الأول 1445 هـ", "3 ربيع الأول 1445 هـ"),
    ("3 ربيع الأول 1445 هـ", "3 ربيع الأول 1445 هـ"),
    ("15/03/1445 هـ", "15/03/1445 هـ"),
]


@pytest.mark.parametrize(("line", "text"), UNDERSTOOD_NOT)
def test_date_line_that_cannot_be_understood(line: str, text: str) -> None:
    result = parse(line)
    assert result.value is None
    assert result.text == text
    assert not result.approximate


def test_date_labels() -> None:
    assert DATE_LABELS == ("تاريخ النشر", "نشر في", "آخر تحديث")


def test_text_keeps_the_original_spelling() -> None:
    line = "تاريخ النشر: الجُمُعة ١٩ أبريل ٢٠٢٤"
    assert parse(line).text == "الجُمُعة ١٩ أبريل ٢٠٢٤"


LONG = 200_000


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("كلمة " * (LONG // 5), None),
        ("1" * LONG, None),
        ("1 " * (LONG // 2), None),
        ("1:" * (LONG // 2), None),
        ("1-" * (LONG // 2), None),
        ("18 سبتمبر " * (LONG // 10), None),
        ("الاثنين - " * (LONG // 10), None),
        ("منذ " * (LONG // 4), None),
        ("GMT+" * (LONG // 4), None),
        ("\u064e" * LONG, None),
        ("18 سبتمبر 2023 " + "الاثنين - " * (LONG // 10), date(2023, 9, 18)),
        ("تاريخ النشر: 18 سبتمبر 2023 " + "كلمة " * (LONG // 5), date(2023, 9, 18)),
    ],
    ids=lambda value: repr(value)[:20],
)
def test_long_lines(line: str, expected: Value) -> None:
    # Linear-time regexes keep these well under a second; backtracking would hang here.
    result = parse_date_line(line, now=NOW)
    assert_same(None if result is None else result.value, expected)


DATE_WORDS = [
    *DATE_LABELS,
    "المصدر:",
    "18",
    "١٨",
    "2023",
    "1445",
    "th",
    "September",
    "Sep.",
    "سبتمبر",
    "تشرين الأول",
    "ربيع الأول",
    "الموافق",
    "هـ",
    "م",
    "ص",
    "الاثنين",
    "يوم",
    "GMT",
    "UTC+3",
    "بتوقيت مكة",
    "منذ",
    "ساعات",
    "يومين",
    "أمس",
    "اليوم",
    "10:35",
    "25:99:99",
    "+03:00",
    "Z",
    "T",
    "@",
    "-",
    "/",
    ".",
    "،",
    "|",
]


@given(st.text(), st.none() | st.datetimes(timezones=st.none() | st.just(UTC)))
def test_arbitrary_text_never_raises(line: str, now: datetime | None) -> None:
    result = parse_date_line(line, now=now)
    if result is not None:
        assert result.text in line
        assert result.source is None or result.source in line


@example("GMT GMT بتوقيت مكة أمس", None)  # CPython 3.11's re bug with *+ (dates.py)
@given(
    st.lists(st.sampled_from(DATE_WORDS), max_size=12).map(" ".join),
    st.none() | st.datetimes(timezones=st.none() | st.just(UTC)),
)
def test_date_like_text_never_raises(line: str, now: datetime | None) -> None:
    result = parse_date_line(line, now=now)
    if result is not None:
        assert result.text in line


# Pieces that fold differently in a whole line than one character at a time (marks that
# combine with their letter), or to more or fewer characters (lam-alef, harakat, tatweel).
FOLDING_PIECES = ["\u0627\u0654", "\u0648\u0654", "e\u0301", "\ufefb", "\u064e", "\u0640", "ی"]


@example("تاريخ النشر: 18/09/2023 e\u0301", None)  # é composes: one character, not two
@given(
    st.lists(st.sampled_from(DATE_WORDS + FOLDING_PIECES), max_size=12).map(" ".join),
    st.none() | st.datetimes(timezones=st.none() | st.just(UTC)),
)
def test_whole_line_folding_reads_as_char_by_char_folding(line: str, now: datetime | None) -> None:
    fast = parse_date_line(line, now=now)
    assert parse_date_line(line, now=now, folded=fold(line)) == fast
    with mock.patch.object(dates, "folds_char_by_char", return_value=False):
        assert parse_date_line(line, now=now) == fast
