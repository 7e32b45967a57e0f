"""The parser, driven by tables of real-looking article files in the encodings users have."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.domain.article import Article, LoadProblem, NotAnArticleError, RelatedItem
from reader.domain.problems import ArticleWarning, ProblemCode, WarningCode
from reader.domain.text import parser
from reader.domain.text.parser import parse_dateline, parse_text, read_article, read_header
from tests.conftest import SEED

BODY = (
    "أكد وزير الخارجية أن العلاقات بين البلدين تشهد تطورا ملحوظا في مختلف المجالات.\n"
    "وأضاف أن الجانبين اتفقا على مواصلة التنسيق بشأن القضايا الإقليمية والدولية.\n"
)


def test_seed_parses_as_format_md_says() -> None:
    article = read_article(SEED)
    assert article.title == "وزير الخارجية الصيني يُشيد بالعلاقات بين موسكو وبكين"
    assert article.published == date(2023, 9, 18)
    assert article.published_text == "18th, September 2023 GMT"
    assert article.source == "بوابة الوفد"
    assert article.tags == ("لافروف", "وانغ يي", "الصين وروسيا", "بوابة الوفد", "وزير الخارجية")
    assert len(article.body) == 6
    assert article.body[0].startswith("أكد وزير الخارجية الصيني")
    assert len(article.related) == 1
    related = article.related[0]
    assert related.title == "وزير الخارجية الروسي يزور تركيا الاثنين"
    assert len(related.body) == 6
    assert (related.place, related.source) == ("أنقرة", "زمان التركية")
    assert related.body[0].startswith("أنقرة (زمان التركية) –")  # the dateline stays
    assert article.boilerplate == ("انضم إلى قناة زمان على واتساب:",)
    assert all("واتساب" not in p for p in (*article.body, *related.body))
    assert article.encoding == "utf-8"
    assert article.warnings == ()


# One row per variation of FORMAT.md: (id, file text, expected fields).
ROWS: list[tuple[str, str, dict[str, Any]]] = [
    (
        "date-iso-at-gmt",
        "عنوان الخبر\nتاريخ النشر: 2025-05-29@14:43:47 GMT\n" + BODY,
        {"published": datetime(2025, 5, 29, 14, 43, 47, tzinfo=UTC), "title": "عنوان الخبر"},
    ),
    (
        "date-iso-offset",
        "عنوان الخبر\n2024-12-09T18:49:10+00:00\n" + BODY,
        {"published": datetime(2024, 12, 9, 18, 49, 10, tzinfo=UTC), "body": 2},
    ),
    (
        "date-naive-kept-naive",
        "عنوان الخبر\nنشر في: 2022-06-05 00:00:00\n" + BODY,
        {"published": datetime(2022, 6, 5, 0, 0)},
    ),
    (
        "date-arabic-weekday-time",
        "عنوان الخبر\nالجمعة 19 أبريل 2024 - 10:35 م\n" + BODY,
        {
            "published": datetime(2024, 4, 19, 22, 35),
            "published_text": "الجمعة 19 أبريل 2024 - 10:35 م",
        },
    ),
    (
        "date-before-headline",
        "آخر تحديث: ١٨ سبتمبر ٢٠٢٣\nعنوان الخبر\n" + BODY,
        {"published": date(2023, 9, 18), "title": "عنوان الخبر"},
    ),
    (
        "date-levantine-month",
        "عنوان الخبر\n18 كانون الثاني 2024\n" + BODY,
        {"published": date(2024, 1, 18)},
    ),
    (
        "date-maghrebi-month",
        "عنوان الخبر\nنشر في: 5 جويلية 2023\n" + BODY,
        {"published": date(2023, 7, 5)},
    ),
    (
        "date-numeric-day-first",
        "عنوان الخبر\n18/09/2023\n" + BODY,
        {"published": date(2023, 9, 18)},
    ),
    (
        "date-hijri-ignored",
        "عنوان الخبر\nالاثنين 18 سبتمبر 2023 الموافق 3 ربيع الأول 1445 هـ\n" + BODY,
        {"published": date(2023, 9, 18)},
    ),
    (
        "date-unreadable-kept-raw",
        "عنوان الخبر\nتاريخ النشر: قبل العيد بقليل\n" + BODY,
        {
            "published": None,
            "published_text": "قبل العيد بقليل",
            "title": "عنوان الخبر",
            "body": 2,
            "warns": True,
        },
    ),
    (
        "date-only-in-header",
        "عنوان الخبر\n" + BODY + "18 سبتمبر 2023\n",
        {"published": None, "body": 3},
    ),
    (
        "inline-source-after-date",
        "عنوان الخبر\nتاريخ النشر: 18th, September 2023 GMT - المصدر: سام برس\n" + BODY,
        {"published": date(2023, 9, 18), "source": "سام برس"},
    ),
    (
        "source-spaced-colon",
        "عنوان الخبر\n" + BODY + "المصدر : اليوم السابع\n",
        {"source": "اليوم السابع", "body": 2},
    ),
    (
        "byline-colon",
        "عنوان الخبر\nبقلم: أحمد علي\n" + BODY,
        {"byline": "أحمد علي", "body": 2},
    ),
    (
        "byline-slash",
        "عنوان الخبر\nبقلم/ سارة محمود\n" + BODY,
        {"byline": "سارة محمود"},
    ),
    (
        "byline-dash",
        "عنوان الخبر\nبقلم - خالد حسن\n" + BODY,
        {"byline": "خالد حسن"},
    ),
    (
        "tags-arabic-comma",
        "عنوان الخبر\n" + BODY + "كلمات دلالية: غزة، الأمم المتحدة، وقف إطلاق النار\n",
        {"tags": ("غزة", "الأمم المتحدة", "وقف إطلاق النار")},
    ),
    (
        "tags-spaced-dash-and-label-variant",
        "عنوان الخبر\n" + BODY + "الكلمات الدلالية: الاقتصاد - البنك المركزي - الدولار\n",
        {"tags": ("الاقتصاد", "البنك المركزي", "الدولار")},
    ),
    (
        "tags-hash",
        "عنوان الخبر\n" + BODY + "الوسوم #كرة_القدم #الدوري_المصري\n",
        {"tags": ("كرة_القدم", "الدوري_المصري")},
    ),
    (
        "tags-latin-label-pipes",
        "عنوان الخبر\n" + BODY + "Tags: تونس | الانتخابات\n",
        {"tags": ("تونس", "الانتخابات")},
    ),
    (
        "tags-label-alone",
        "عنوان الخبر\n" + BODY + "كلمات مفتاحية\nالنفط، أوبك\n",
        {"tags": ("النفط", "أوبك"), "body": 2},
    ),
    (
        "tags-persian-yeh-deduped",
        "عنوان الخبر\n" + BODY + "وسوم: وزیر الخارجیة، وزير الخارجية، الصين\n",
        {"tags": ("وزير الخارجية", "الصين")},
    ),
    (
        "tags-unseparated-with-proclitic",
        "اجتماع في نيويورك\nقال المندوب إن الاجتماع عقد في مقر للأمم المتحدة أمس وبحث "
        "ملف المياه.\nكلمات دلالية: الأمم المتحدة نيويورك ملف المياه\n",
        {"tags": ("الأمم المتحدة", "نيويورك", "ملف المياه")},
    ),
    (
        "read-also-headline-list",
        "عنوان الخبر\n"
        + BODY
        + "اقرأ أيضا\nارتفاع أسعار الذهب اليوم\nالبنك المركزي يثبت الفائدة\n",
        {"related": [("ارتفاع أسعار الذهب اليوم", 0), ("البنك المركزي يثبت الفائدة", 0)]},
    ),
    (
        "read-also-inline-teaser",
        "عنوان الخبر\nالفقرة الأولى من الخبر.\nإقرأ أيضا: وزير المالية يعلن الموازنة الجديدة\n"
        "الفقرة الثانية من الخبر.\n",
        {"related": [("وزير المالية يعلن الموازنة الجديدة", 0)], "body": 2},
    ),
    (
        "read-also-article-dash-dateline",
        "عنوان الخبر\n" + BODY + "أخبار ذات صلة:\nعنوان الخبر المرتبط\n"
        "القاهرة - اليوم السابع - أعلنت الوزارة عن خطة جديدة للنقل.\nوتشمل الخطة عدة مراحل.\n",
        {"related": [("عنوان الخبر المرتبط", 2)], "related_place": ("القاهرة", "اليوم السابع")},
    ),
    (
        "boilerplate-kept-aside",
        "عنوان الخبر\nشارك الخبر\nحجم الخط\n"
        + BODY
        + "تابعوا أخبارنا عبر Google News\nتابعونا على تلغرام\nجميع الحقوق محفوظة © 2024\n",
        {"boilerplate": 5, "body": 2},
    ),
    (
        "nbsp-and-blank-runs",
        "عنوان\u00a0الخبر\n\n\n\nفقرة\u00a0أولى.\n\n\nفقرة ثانية.\n",
        {"title": "عنوان الخبر", "body": 2},
    ),
    (
        "presentation-forms-and-overrides",
        "\u202eﺍﻟﺼﻴﻦ\u202c تعلن\nفقرة.\n",
        {"title": "الصين تعلن"},
    ),
    (
        "headline-only",
        "عنوان بلا متن",
        {"title": "عنوان بلا متن", "body": 0, "warns": True},
    ),
]


def _check(article: Article, expected: dict[str, Any]) -> None:
    """Compare the fields a table row names."""
    for name in ("title", "published", "published_text", "source", "byline", "tags"):
        if name in expected:
            assert getattr(article, name) == expected[name], name
    if "body" in expected:
        assert len(article.body) == expected["body"]
    if "boilerplate" in expected:
        assert len(article.boilerplate) == expected["boilerplate"]
    if "related" in expected:
        assert [(r.title, len(r.body)) for r in article.related] == expected["related"]
    if "related_place" in expected:
        assert (article.related[0].place, article.related[0].source) == expected["related_place"]
    if "published" in expected and isinstance(expected["published"], datetime):
        assert type(article.published) is datetime
        assert (article.published.tzinfo is None) == (expected["published"].tzinfo is None)
    assert bool(article.warnings) == expected.get("warns", False), article.warnings


@pytest.mark.parametrize(("text", "expected"), [row[1:] for row in ROWS], ids=[r[0] for r in ROWS])
def test_variation(text: str, expected: dict[str, Any]) -> None:
    _check(parse_text(text, "x.txt"), expected)


ENCODINGS = {
    "utf-8": lambda text: text.encode("utf-8"),
    "utf-8-sig": lambda text: b"\xef\xbb\xbf" + text.encode("utf-8"),
    "utf-16": lambda text: text.encode("utf-16"),
    "cp1256": lambda text: text.encode("cp1256"),
    "crlf": lambda text: text.replace("\n", "\r\n").encode("utf-8"),
    "lone-cr": lambda text: text.replace("\n", "\r").encode("utf-8"),
}
PORTABLE = [
    row
    for row in ROWS
    if row[0]
    in {
        "date-arabic-weekday-time",
        "tags-arabic-comma",
        "read-also-article-dash-dateline",
        "boilerplate-kept-aside",
        "byline-colon",
        "source-spaced-colon",
    }
]


@pytest.mark.parametrize("encoding", ENCODINGS)
@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in PORTABLE], ids=[r[0] for r in PORTABLE]
)
def test_variation_in_every_encoding(
    tmp_path: Path, encoding: str, text: str, expected: dict[str, Any]
) -> None:
    path = tmp_path / "001_0123456789abcdef.txt"
    path.write_bytes(ENCODINGS[encoding](text))
    article = read_article(path)
    _check(article, expected)
    assert article.encoding == {"crlf": "utf-8", "lone-cr": "utf-8"}.get(encoding, encoding)


def test_seed_in_windows_1256_keeps_its_fields(tmp_path: Path) -> None:
    # Windows-1256 cannot hold the Persian yeh of the tag line, so the user's file has ي.
    text = SEED.read_text(encoding="utf-8").replace("ی", "ي")
    path = tmp_path / "seed.txt"
    path.write_bytes(text.encode("cp1256"))
    article = read_article(path)
    assert article.encoding == "cp1256"
    assert article.tags[-1] == "وزير الخارجية"
    assert article.related[0].place == "أنقرة"


def test_double_decoded_headline_is_repaired(tmp_path: Path) -> None:
    headline = "وزير الخارجية يزور القاهرة"
    path = tmp_path / "m.txt"
    path.write_bytes((headline.encode().decode("cp1256") + "\n" + BODY).encode("utf-8"))
    article = read_article(path)
    assert article.title == headline
    assert article.warnings == (ArticleWarning(WarningCode.LINES_REPAIRED, "1"),)


def test_relative_date_uses_the_file_time(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_text("عنوان الخبر\nمنذ 5 ساعات\n" + BODY, encoding="utf-8")
    stamp = datetime(2024, 3, 1, 12, 0, tzinfo=UTC).timestamp()
    import os

    os.utime(path, (stamp, stamp))
    article = read_article(path)
    assert article.published == datetime(2024, 3, 1, 7, 0, tzinfo=UTC)
    assert article.warnings == (ArticleWarning(WarningCode.DATE_RELATIVE, "منذ 5 ساعات"),)


@pytest.mark.parametrize(
    ("paragraph", "place", "source"),
    [
        ("أنقرة (زمان التركية) – كشفت مصادر", "أنقرة", "زمان التركية"),
        ("القاهرة - بوابة الوفد - أعلنت الحكومة", "القاهرة", "بوابة الوفد"),
        ("الرباط — قال مسؤول مغربي", "الرباط", None),
        ("قال مسؤول مغربي إن الحكومة", None, None),
    ],
)
def test_dateline(paragraph: str, place: str | None, source: str | None) -> None:
    assert parse_dateline(paragraph) == (place, source)


def test_missing_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(NotAnArticleError, match="does not exist") as caught:
        read_article(tmp_path / "gone.txt")
    assert caught.value.problem == LoadProblem(str(tmp_path / "gone.txt"), ProblemCode.MISSING)


def test_a_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(NotAnArticleError) as caught:
        read_article(tmp_path)
    assert caught.value.problem == LoadProblem(str(tmp_path), ProblemCode.IS_FOLDER)


@pytest.mark.parametrize(
    ("error", "code", "detail"),
    [
        (PermissionError(13, "Permission denied"), ProblemCode.PERMISSION_DENIED, ""),
        (OSError(5, "Input/output error"), ProblemCode.UNREADABLE, "Input/output error"),
        (OSError("no strerror"), ProblemCode.UNREADABLE, "no strerror"),
    ],
)
def test_a_file_that_cannot_be_read_says_why(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: OSError, code: ProblemCode, detail: str
) -> None:
    def refuse(*_args: object) -> None:
        raise error

    path = tmp_path / "a.txt"
    path.write_text("عنوان\nفقرة.", encoding="utf-8")
    monkeypatch.setattr(parser, "open", refuse, raising=False)
    with pytest.raises(NotAnArticleError) as caught:
        read_article(path)
    assert caught.value.problem == LoadProblem(str(path), code, detail)


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("عنوان\nفقرة.", ()),
        ("", ((WarningCode.NO_HEADLINE, ""), (WarningCode.NO_BODY, ""))),
        ("تاريخ النشر: 18/09/2023", ((WarningCode.NO_HEADLINE, ""), (WarningCode.NO_BODY, ""))),
        ("عنوان", ((WarningCode.NO_BODY, ""),)),
        ("عنوان\nفقرة.\nاقرأ أيضا:", ((WarningCode.EMPTY_READ_ALSO, ""),)),
        ("تاريخ النشر: غدا\nعنوان\nفقرة.", ((WarningCode.DATE_NOT_UNDERSTOOD, "غدا"),)),
        ("عنوان\nأمس\nفقرة.", ((WarningCode.DATE_NOT_UNDERSTOOD, "أمس"),)),  # no file time
    ],
)
def test_each_warning_carries_its_code_and_data(
    text: str, codes: tuple[tuple[WarningCode, str], ...]
) -> None:
    expected = tuple(ArticleWarning(code, detail) for code, detail in codes)
    assert parse_text(text, "x.txt").warnings == expected


def test_a_file_too_large_is_read_in_part_with_a_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(parser, "MAX_FILE_BYTES", 2**20)
    path = tmp_path / "big.txt"
    path.write_text("عنوان\n" + "A paragraph.\n" * 100_000, encoding="utf-8")
    article = read_article(path)
    assert article.warnings == (ArticleWarning(WarningCode.TRUNCATED, "1"),)


def test_related_items_are_plain_data() -> None:
    article = parse_text("عنوان\nفقرة.\nاقرأ أيضا: خبر آخر\n", "x.txt")
    assert article.related == (RelatedItem(title="خبر آخر"),)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_text_parses(text: str) -> None:
    parse_text(text, "x.txt")


@settings(max_examples=200, deadline=None)
@given(st.binary())
def test_any_bytes_read_or_report(tmp_path_factory: pytest.TempPathFactory, data: bytes) -> None:
    path = tmp_path_factory.mktemp("fuzz") / "f.txt"
    path.write_bytes(data)
    try:
        outcome = read_article(path).display_title
    except NotAnArticleError as error:
        outcome = error.problem.code
    assert outcome


def _parse_seconds(text: str) -> float:
    """Return the best of three parse times of text."""
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        parse_text(text, "x.txt")
        best = min(best, time.perf_counter() - start)
    return best


@pytest.mark.parametrize("unit", ["ب", "الصين وروسيا ", "ط§ظ„", "كلمات دلالية: ", "((- ", "1/"])
def test_parse_time_grows_linearly(unit: str) -> None:
    # A ratio of two sizes in the same run, not a wall-clock limit: 16 times the input takes
    # about 16 times as long when parsing is linear (slack for noise), 256 times if quadratic.
    small = unit * 10_000
    large = unit * 160_000
    assert _parse_seconds(large) < 80 * max(_parse_seconds(small), 1e-4)


_HEADER_ARTICLE = (
    "انضم إلى قناتنا على واتساب\n"
    "الصين وروسيا تبحثان التعاون الاقتصادي\n"
    "تاريخ النشر: 18th, September 2023 GMT\n"
    "أكد وزير الخارجية الصيني أن بكين وموسكو تنتهجان سياسة مستقلة.\n"
    * 1
    + "وقال إن التعاون غير موجه ضد دول أخرى.\n" * 60
    + "المصدر: بوابة الوفد\nكلمات دلالية: الصين، روسيا\n"
)


@pytest.mark.parametrize("encoding", [name for name in ENCODINGS if name != "utf-16"])
def test_read_header_gives_what_read_article_gives(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(ENCODINGS[encoding](_HEADER_ARTICLE))
    header = read_header(str(path))
    article = read_article(path)
    assert header is not None
    assert header.title == article.title == "الصين وروسيا تبحثان التعاون الاقتصادي"
    assert header.published == article.published == date(2023, 9, 18)
    assert header.source is None  # named further down, for the full parse to find


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("utf-16", _HEADER_ARTICLE.encode("utf-16")),  # a cut could split a character
        ("png", b"\x89PNG\r\n\x1a\n" + bytes(2000)),
        ("empty", b""),
        ("date-only", b"18/09/2023\n"),
        ("one-long-line", ("كلمة " * 400).encode()),  # no whole line in the first kilobyte
    ],
)
def test_read_header_leaves_odd_files_to_the_full_parse(
    tmp_path: Path, name: str, data: bytes
) -> None:
    path = tmp_path / f"{name}.txt"
    path.write_bytes(data)
    assert read_header(str(path)) is None


def test_read_header_of_a_missing_file_is_none(tmp_path: Path) -> None:
    assert read_header(str(tmp_path / "gone.txt")) is None


def test_read_header_takes_an_inline_source_and_a_relative_date(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("عنوان الخبر\nمنذ 3 ساعات | المصدر: الجزيرة\nنص الخبر.\n", encoding="utf-8")
    header = read_header(str(path))
    article = read_article(path)
    assert header is not None
    assert (header.title, header.published, header.source) == (
        article.title,
        article.published,
        article.source,
    )
    assert header.source is not None
    assert header.published is not None
