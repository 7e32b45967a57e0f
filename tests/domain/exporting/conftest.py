"""Articles with everything a CSV, a JSON line or an HTML page must carry intact."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from reader.domain.article import Article, RelatedItem

HOSTILE = Article(
    path="/crawl/sub/001_a.txt",
    title='خبر "عاجل"، بالأرقام, <b>2023</b> & <script>alert(1)</script>',
    published=datetime(2023, 9, 18, 14, 5, tzinfo=UTC),
    published_text="18th, September 2023 GMT",
    source="بوابة, الوفد",
    byline='أحمد "المراسل"',
    tags=("الصين", "وزير الخارجية", "a,b"),
    body=(
        'فقرة أولى فيها فاصلة، وفاصلة, لاتينية و"علامات" اقتباس.',
        "سطر\nداخل الفقرة و<i>وسم</i> &amp; رمز",
        "Latin paragraph, left to right.",
    ),
    related=(RelatedItem("عنوان ذو صلة", ("فقرة",), "أنقرة", "زمان التركية"),),
    boilerplate=("انضم إلى قناة زمان على واتساب:",),
)
PLAIN = Article(path="/crawl/002_b.txt", title="خبر بسيط", published=date(2024, 1, 2))
EMPTY = Article(path="/crawl/\udcff\udcfe.txt")


@pytest.fixture
def articles() -> list[Article]:
    """Return an article with commas, quotes, line breaks and markup, a plain one, an empty one."""
    return [HOSTILE, PLAIN, EMPTY]
