from html.parser import HTMLParser
from pathlib import Path

import pytest
from typing_extensions import override

from reader.domain.article import Article
from reader.domain.exporting.exporter import export_articles
from reader.domain.exporting.formats import ExportFormat


class _Elements(HTMLParser):
    """Collects the tags of a document and the text of each element by tag."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.texts: list[tuple[str, str]] = []

    @override
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    @override
    def handle_data(self, data: str) -> None:
        if self.tags:
            self.texts.append((self.tags[-1][0], data))


@pytest.fixture
def page(tmp_path: Path, articles: list[Article]) -> tuple[str, _Elements]:
    target = tmp_path / "out.html"
    export_articles(target, ExportFormat.HTML, articles, title="تصدير <الاختبار>")
    text = target.read_text(encoding="utf-8")
    parser = _Elements()
    parser.feed(text)
    return text, parser


def test_html_is_one_right_to_left_arabic_document(page: tuple[str, _Elements]) -> None:
    text, parser = page
    assert text.startswith("<!DOCTYPE html>")
    assert ("html", {"dir": "rtl", "lang": "ar"}) in parser.tags
    assert ("meta", {"charset": "utf-8"}) in parser.tags
    assert text.count("<article>") == 3
    assert "@media print" in text
    assert text.rstrip().endswith("</html>")


def test_html_escapes_markup_in_headlines_and_bodies(page: tuple[str, _Elements]) -> None:
    text, parser = page
    assert "<script>" not in text
    assert "<b>2023" not in text
    assert "<i>وسم" not in text
    assert {tag for tag, _ in parser.tags} <= {
        "html", "head", "meta", "title", "style", "body", "h1", "article", "h2", "p"
    }  # fmt: skip
    headlines = [data for tag, data in parser.texts if tag == "h2"]
    assert headlines[0] == 'خبر "عاجل"، بالأرقام, <b>2023</b> & <script>alert(1)</script>'
    paragraphs = [data for tag, data in parser.texts if tag == "p"]
    assert "سطر\nداخل الفقرة و<i>وسم</i> &amp; رمز" in paragraphs
    assert ("title", "تصدير <الاختبار>") in parser.texts


def test_html_shows_date_outlet_tags_and_paragraph_directions(
    page: tuple[str, _Elements],
) -> None:
    text, parser = page
    paragraphs = [data for tag, data in parser.texts if tag == "p"]
    assert "الاثنين ١٨ سبتمبر ٢٠٢٣، ٢:٠٥ م غرينتش · المصدر: بوابة, الوفد" in paragraphs[0]
    assert "كلمات دلالية: الصين، وزير الخارجية، a,b" in paragraphs
    assert '<p dir="ltr">Latin paragraph, left to right.</p>' in text
    assert ("h2", {"dir": "rtl"}) in parser.tags
    # An article with no headline is headed by its file name.
    assert ("h2", "\ufffd\ufffd.txt") in parser.texts
