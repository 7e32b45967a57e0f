"""Arabic dates and the plain, HTML and visual copy formats of articles."""

from __future__ import annotations

import unicodedata
from datetime import UTC, date, datetime, timedelta, timezone
from html.parser import HTMLParser

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typing_extensions import override

from reader.domain.article import Article, RelatedItem
from reader.domain.problems import ArticleWarning, WarningCode
from reader.domain.text.bidi_layout import display_width
from reader.domain.text.export import (
    ARTICLE_SEPARATOR,
    VISUAL_COPY_WIDTH,
    MetaField,
    arabic_date,
    article_html,
    article_plain_text,
    articles_html,
    articles_plain_text,
    articles_visual_text,
    date_text,
    english_date,
    first_strong_direction,
    meta_parts,
    relative_date,
    relative_origin,
)
from reader.domain.text.parser import parse_text

SEED_LIKE = Article(
    path="/crawl/000_19d5c2ce21f9d31f.txt",
    title="وزير الخارجية الصيني يُشيد بالعلاقات بين موسكو وبكين",
    published=datetime(2023, 9, 18, tzinfo=UTC),
    published_text="18th, September 2023 GMT",
    source="بوابة الوفد",
    byline="أحمد علي",
    tags=("لافروف", "وانغ يي", "الصين وروسيا"),
    body=("أكد وزير الخارجية الصيني أن العلاقات متينة.", "وأضاف أن التعاون مستمر."),
    related=(
        RelatedItem(
            title="وزير الخارجية الروسي يزور تركيا الاثنين",
            body=("أنقرة (زمان التركية) – كشفت مصادر عن الزيارة.",),
            place="أنقرة",
            source="زمان التركية",
        ),
    ),
    boilerplate=("انضم إلى قناة زمان على واتساب:",),
    warnings=(ArticleWarning(WarningCode.OTHER, "a warning nobody should copy"),),
)

HOSTILE = Article(
    path="hostile.txt",
    title="عنوان <b>bold</b>",
    source="<script>alert(1)</script>",
    tags=("<img src=x>", "وسم"),
    body=("فقرة فيها <img src=x> و <script>alert(1)</script>", 'English <a href="x">link</a>'),
    related=(RelatedItem(title="<b>مرتبط</b>"),),
)

# The tags that article_html itself writes; anything else came from the article text.
OWN_TAGS = {"div", "h1", "p", "b", "ul", "li"}


class _StartTags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []

    @override
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)


def start_tags(fragment: str) -> list[str]:
    parser = _StartTags()
    parser.feed(fragment)
    parser.close()
    return parser.tags


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        (None, ""),
        (date(2023, 9, 18), "الاثنين ١٨ سبتمبر ٢٠٢٣"),
        (date(2023, 9, 17), "الأحد ١٧ سبتمبر ٢٠٢٣"),
        (date(2024, 1, 6), "السبت ٦ يناير ٢٠٢٤"),
        (date(2025, 12, 31), "الأربعاء ٣١ ديسمبر ٢٠٢٥"),
        (datetime(2024, 4, 19, 22, 35), "الجمعة ١٩ أبريل ٢٠٢٤، ١٠:٣٥ م"),
        (datetime(2024, 4, 19, 0, 5), "الجمعة ١٩ أبريل ٢٠٢٤، ١٢:٠٥ ص"),
        (datetime(2024, 4, 19, 12, 0), "الجمعة ١٩ أبريل ٢٠٢٤، ١٢:٠٠ م"),
        (datetime(2024, 4, 19, 9, 7), "الجمعة ١٩ أبريل ٢٠٢٤، ٩:٠٧ ص"),
        (
            datetime(2023, 9, 18, 14, 43, tzinfo=UTC),
            "الاثنين ١٨ سبتمبر ٢٠٢٣، ٢:٤٣ م غرينتش",
        ),
        (
            datetime(2024, 12, 9, 18, 49, tzinfo=timezone(timedelta(hours=3))),
            "الاثنين ٩ ديسمبر ٢٠٢٤، ٦:٤٩ م +٠٣:٠٠",
        ),
        (
            datetime(2024, 12, 9, 8, 0, tzinfo=timezone(-timedelta(hours=5, minutes=30))),
            "الاثنين ٩ ديسمبر ٢٠٢٤، ٨:٠٠ ص -٠٥:٣٠",
        ),
    ],
)
def test_arabic_date(published: date | datetime | None, expected: str) -> None:
    assert arabic_date(published) == expected


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        (None, ""),
        (date(2023, 12, 1), "Friday 1 December 2023"),
        (datetime(2023, 12, 1, 22, 5), "Friday 1 December 2023, 10:05 PM"),
        (datetime(2024, 5, 29, 0, 43, tzinfo=UTC), "Wednesday 29 May 2024, 12:43 AM GMT"),
        (
            datetime(2024, 12, 9, 18, 49, tzinfo=timezone(timedelta(hours=3))),
            "Monday 9 December 2024, 6:49 PM +03:00",
        ),
    ],
)
def test_english_date(published: date | datetime | None, expected: str) -> None:
    assert english_date(published) == expected
    assert date_text(published, "en") == expected


def test_meta_parts_write_the_date_in_the_language_asked() -> None:
    article = Article(path="a.txt", published=date(2023, 12, 1), source="الوفد")
    assert meta_parts(article, "en")[0] == (MetaField.DATE, "Friday 1 December 2023")
    assert meta_parts(article, "ar")[0] == (MetaField.DATE, "الجمعة ١ ديسمبر ٢٠٢٣")
    assert meta_parts(article, "en")[1] == (MetaField.SOURCE, "الوفد")


_FILE_TIME = datetime(2024, 5, 3, 14, 20, tzinfo=UTC)


@pytest.mark.parametrize(
    ("date_line", "origin"),
    [
        ("منذ 5 ساعات", _FILE_TIME),
        ("منذ 20 دقيقة", _FILE_TIME),
        ("أمس", _FILE_TIME.date()),
        ("منذ 3 أيام", _FILE_TIME.date()),
        ("الجمعة 19 أبريل 2024", None),
    ],
)
def test_relative_origin_is_the_file_time_the_date_was_counted_from(
    date_line: str, origin: date | datetime | None
) -> None:
    article = parse_text(f"عنوان الخبر\n{date_line}\nفقرة من النص.", "a.txt", now=_FILE_TIME)
    assert relative_origin(article) == origin
    assert relative_date(article) == (date_line if origin is not None else None)


MSA_MONTHS = "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر"


@pytest.mark.parametrize(("month", "name"), list(enumerate(MSA_MONTHS.split(" "), start=1)))
def test_arabic_date_month_names(month: int, name: str) -> None:
    assert arabic_date(date(2024, month, 1)).split()[2] == name


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("English paragraph.", "ltr"),
        ("فقرة عربية", "rtl"),
        ("2023: Report from Cairo", "ltr"),
        ("«٢٠٢٣» سنة", "rtl"),
        ('"Quoted" ثم عربي', "ltr"),
        ("", "rtl"),
        ("123 - 456", "rtl"),
    ],
)
def test_first_strong_direction(text: str, direction: str) -> None:
    assert first_strong_direction(text) == direction


def test_plain_text_of_a_full_article() -> None:
    assert article_plain_text(SEED_LIKE) == (
        "وزير الخارجية الصيني يُشيد بالعلاقات بين موسكو وبكين\n"
        "الاثنين ١٨ سبتمبر ٢٠٢٣، ١٢:٠٠ ص غرينتش\n"
        "المصدر: بوابة الوفد\n"
        "بقلم: أحمد علي\n"
        "\n"
        "أكد وزير الخارجية الصيني أن العلاقات متينة.\n"
        "\n"
        "وأضاف أن التعاون مستمر.\n"
        "\n"
        "كلمات دلالية: لافروف، وانغ يي، الصين وروسيا\n"
        "\n"
        "اقرأ أيضاً:\n"
        "وزير الخارجية الروسي يزور تركيا الاثنين"
    )


def test_plain_text_leaves_out_boilerplate_warnings_and_paths() -> None:
    text = article_plain_text(SEED_LIKE)
    assert "واتساب" not in text
    assert "warning" not in text
    assert "000_19d5c2ce21f9d31f" not in text
    assert "كشفت مصادر" not in text  # related paragraphs: only their headlines are copied


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        (Article(path="a.txt"), ""),
        (Article(path="a.txt", body=("فقرة وحيدة",)), "فقرة وحيدة"),
        (
            Article(path="a.txt", title="عنوان", published_text="منذ زمن بعيد"),
            "عنوان\nمنذ زمن بعيد",
        ),
        (
            Article(path="a.txt", published=date(2023, 9, 18), published_text="18/09/2023"),
            "الاثنين ١٨ سبتمبر ٢٠٢٣",
        ),
        (Article(path="a.txt", tags=("وسم",)), "كلمات دلالية: وسم"),
        (
            Article(path="a.txt", related=(RelatedItem("أول"), RelatedItem("ثان"))),
            "اقرأ أيضاً:\nأول\nثان",
        ),
    ],
)
def test_plain_text_skips_empty_fields(article: Article, expected: str) -> None:
    assert article_plain_text(article) == expected


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        (Article(path="a.txt"), []),
        (
            Article(path="a.txt", published=date(2023, 9, 18), published_text="18/09/2023"),
            [(MetaField.DATE, "الاثنين ١٨ سبتمبر ٢٠٢٣")],
        ),
        (
            Article(path="a.txt", published_text="منذ زمن", source="وكالة", byline="كاتب"),
            [(MetaField.DATE, "منذ زمن"), (MetaField.SOURCE, "وكالة"), (MetaField.BYLINE, "كاتب")],
        ),
        (Article(path="a.txt", byline="كاتب"), [(MetaField.BYLINE, "كاتب")]),
    ],
)
def test_meta_parts_give_date_source_and_byline_in_order(
    article: Article, expected: list[tuple[MetaField, str]]
) -> None:
    assert meta_parts(article) == expected


def test_html_is_a_right_to_left_fragment() -> None:
    fragment = article_html(SEED_LIKE)
    assert fragment.startswith('<div dir="rtl" lang="ar">')
    assert fragment.endswith("</div>")
    assert "<h1" in fragment
    assert "كلمات دلالية: لافروف، وانغ يي، الصين وروسيا" in fragment
    assert "واتساب" not in fragment


def test_html_escapes_markup_from_the_article() -> None:
    fragment = article_html(HOSTILE)
    assert set(start_tags(fragment)) <= OWN_TAGS
    assert "&lt;b&gt;bold&lt;/b&gt;" in fragment
    assert "&lt;img src=x&gt;" in fragment
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in fragment
    assert "<img" not in fragment
    assert "<script" not in fragment


def test_html_gives_each_paragraph_its_own_direction() -> None:
    fragment = article_html(HOSTILE)
    assert '<p dir="ltr">English &lt;a href=&quot;x&quot;&gt;link&lt;/a&gt;</p>' in fragment
    assert '<p dir="rtl">فقرة فيها' in fragment


@given(st.text(), st.text())
def test_html_never_lets_text_become_markup(title: str, paragraph: str) -> None:
    article = Article(path="x", title=title, tags=(paragraph,), body=(paragraph, title))
    assert set(start_tags(article_html(article))) <= OWN_TAGS


def test_several_articles_are_separated() -> None:
    other = Article(path="b.txt", title="خبر ثان", body=("نص",))
    text = articles_plain_text([SEED_LIKE, other])
    assert text == f"{article_plain_text(SEED_LIKE)}\n\n{ARTICLE_SEPARATOR}\n\nخبر ثان\n\nنص"
    fragment = articles_html([SEED_LIKE, other])
    assert fragment == f"{article_html(SEED_LIKE)}\n<hr>\n{article_html(other)}"
    assert fragment.count('<div dir="rtl" lang="ar">') == 2


def test_visual_text_is_shaped_and_reversed() -> None:
    article = Article(path="a.txt", title="وزير الخارجية يزور بكين", body=("Hello world",))
    lines = articles_visual_text([article]).split("\n")
    assert lines[0] != article.title
    assert all("\ufe70" <= char <= "\ufeff" for char in lines[0].replace(" ", ""))
    # Right to left: aligned to the right edge of the copy's 72 columns.
    assert len(lines[0]) == VISUAL_COPY_WIDTH
    assert unicodedata.normalize("NFKC", lines[0].strip()[::-1]) == article.title
    assert lines[2] == "Hello world"


def test_visual_text_is_wrapped_to_the_copy_width() -> None:
    long = Article(path="c.txt", title="خبر", body=("كلمات كثيرة في فقرة طويلة " * 12,))
    articles = [SEED_LIKE, HOSTILE, long]
    lines = articles_visual_text(articles).split("\n")
    assert max(map(display_width, lines)) <= VISUAL_COPY_WIDTH
    assert len(lines) > articles_plain_text(articles).count("\n") + 1


def test_visual_text_without_a_width_keeps_the_lines_of_the_plain_text() -> None:
    articles = [SEED_LIKE, HOSTILE]
    text = articles_visual_text(articles, width=None)
    assert text.count("\n") == articles_plain_text(articles).count("\n")
