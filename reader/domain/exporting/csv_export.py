"""Articles and counts as CSV: UTF-8 with a byte-order mark (Excel then shows Arabic), RFC 4180."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import TextIO

from reader.domain.article import Article, display_path
from reader.domain.exporting.article_json import iso_date

HEADER = ("path", "title", "published", "source", "byline", "tags", "body")
TAG_SEPARATOR = "، "
PARAGRAPH_SEPARATOR = "\n\n"
# Excel reads a CSV as UTF-8 only when it starts with one; other tools skip it.
BOM = "\ufeff"


def article_row(article: Article) -> tuple[str, ...]:
    """Return an article's cells, in HEADER's order; an empty field is an empty cell."""
    return (
        display_path(article.path),
        article.title or "",
        iso_date(article.published) or "",
        article.source or "",
        article.byline or "",
        TAG_SEPARATOR.join(article.tags),
        PARAGRAPH_SEPARATOR.join(article.body),
    )


class CsvArticleWriter:
    """Writes articles as CSV rows under the header; the stream must be opened with newline=""."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        # The excel dialect is RFC 4180: CRLF rows, fields with a comma, a quote or a line
        # break quoted, quotes doubled.
        self._writer = csv.writer(stream, dialect="excel")

    def begin(self) -> None:
        """Write the byte-order mark and the header."""
        self._stream.write(BOM)
        self._writer.writerow(HEADER)

    def write(self, article: Article) -> None:
        """Write one article as one row."""
        self._writer.writerow(article_row(article))

    def end(self) -> None:
        """Nothing follows the last row."""


def write_counts_csv(stream: TextIO, label: str, counts: Iterable[tuple[str | None, int]]) -> int:
    """Write (name, count) pairs under the header `label,count` (None as an empty name, the
    articles with no outlet); return how many rows.

    The stream must be opened with newline="". The counts behind the tag and outlet lists
    export this way.
    """
    stream.write(BOM)
    writer = csv.writer(stream, dialect="excel")
    writer.writerow((label, "count"))
    rows = 0
    for name, count in counts:
        writer.writerow((name or "", count))
        rows += 1
    return rows
