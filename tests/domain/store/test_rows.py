"""Rows and parsed files: date keys that order dates and datetimes together."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from reader.domain.store.rows import ArticleRow, ParsedFile, date_number, date_sort_key
from reader.domain.text.parser import parse_text


def test_date_keys_order_dates_and_datetimes_aware_or_naive_together() -> None:
    values: list[date | datetime | None] = [
        datetime(2023, 9, 18, 12, 0, tzinfo=timezone(timedelta(hours=3))),  # 09:00 UTC
        None,
        datetime(2023, 9, 18, 10, 0),
        date(2023, 9, 18),
        datetime(2023, 9, 17, 23, 0, tzinfo=UTC),
    ]
    ordered = sorted(values, key=date_sort_key)
    assert ordered == [values[1], values[4], values[3], values[0], values[2]]
    assert sorted(values, key=date_number) == ordered
    assert date_number(None) == -1.0


def test_a_parsed_file_stores_encoded_warnings_and_folded_unseparated_words() -> None:
    article = parse_text("خبر\nمنذ 3 ساعات\nنص الخبر.\nكلمات دلالية: البنك الدولي\n", "p.txt")
    parsed = ParsedFile.from_article(article, size=10, mtime_ns=20)
    assert parsed.warnings == tuple(warning.encode() for warning in article.warnings)
    assert parsed.unseparated == "البنك الدولي"
    assert (parsed.size, parsed.mtime_ns, parsed.date_key) == (10, 20, -1.0)


def test_a_row_without_a_headline_shows_its_file_name() -> None:
    row = ArticleRow(
        key=1, path="/news/sub/a.txt", title=None, published=None, source=None, tags=()
    )
    assert row.display_title == "a.txt"
