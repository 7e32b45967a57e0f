import csv
import io
from pathlib import Path

import pytest

from reader.domain.article import Article
from reader.domain.exporting.article_json import article_json
from reader.domain.exporting.csv_export import HEADER, CsvArticleWriter, write_counts_csv
from reader.domain.exporting.exporter import export_articles
from reader.domain.exporting.formats import ExportFormat


def _expected_cells(article: Article) -> dict[str, str]:
    """The CSV cells list --json's object stands for: lists joined, null as empty."""
    fields = article_json(article)
    return {
        "path": fields["path"].encode("utf-8", "surrogateescape").decode("utf-8", "replace"),
        "title": fields["title"] or "",
        "published": fields["published"] or "",
        "source": fields["source"] or "",
        "byline": fields["byline"] or "",
        "tags": "، ".join(fields["tags"]),
        "body": "\n\n".join(fields["body"]),
    }


def test_csv_read_back_equals_the_json_fields(tmp_path: Path, articles: list[Article]) -> None:
    target = tmp_path / "out.csv"
    assert export_articles(target, ExportFormat.CSV, articles) == len(articles)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in raw
    with target.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert [list(row) for row in rows] == [list(HEADER)] * len(articles)
    assert rows == [_expected_cells(article) for article in articles]


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        ("title", 'خبر "عاجل"، بالأرقام, <b>2023</b> & <script>alert(1)</script>'),
        ("published", "2023-09-18T14:05:00+00:00"),
        ("source", "بوابة, الوفد"),
        ("tags", "الصين، وزير الخارجية، a,b"),
        ("body", 'فقرة أولى فيها فاصلة، وفاصلة, لاتينية و"علامات" اقتباس.\n\nسطر\nداخل'),
    ],
)
def test_csv_cells_keep_arabic_commas_quotes_and_line_breaks(
    articles: list[Article], field: str, expected: str
) -> None:
    stream = io.StringIO(newline="")
    writer = CsvArticleWriter(stream)
    writer.begin()
    writer.write(articles[0])
    writer.end()
    stream.seek(0)
    assert stream.read(1) == "\ufeff"
    (row,) = csv.DictReader(stream)
    assert row[field].startswith(expected)


def test_csv_quotes_the_rfc_4180_way(articles: list[Article]) -> None:
    stream = io.StringIO(newline="")
    writer = CsvArticleWriter(stream)
    writer.begin()
    writer.write(articles[0])
    text = stream.getvalue()
    assert text.startswith("\ufeffpath,title,published,source,byline,tags,body\r\n")
    assert '"خبر ""عاجل""، بالأرقام, <b>2023</b>' in text


def test_counts_export_as_csv(tmp_path: Path) -> None:
    stream = io.StringIO(newline="")
    rows = write_counts_csv(stream, "tag", [("الصين", 3), ("وزير, الخارجية", 1)])
    assert rows == 2
    stream.seek(0)
    assert stream.read(1) == "\ufeff"
    assert list(csv.reader(stream)) == [["tag", "count"], ["الصين", "3"], ["وزير, الخارجية", "1"]]
