"""The stored forms of articles and dates: what goes in comes back equal."""

from __future__ import annotations

import json
import zlib
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from reader.domain.problems import ArticleWarning, WarningCode
from reader.domain.store.article_codec import (
    decode_article,
    decode_date,
    encode_article,
    encode_date,
)
from reader.domain.text.parser import parse_text, read_article
from tests.conftest import SEED


def test_articles_survive_the_round_trip_through_the_cache() -> None:
    article = read_article(SEED)
    assert decode_article(encode_article(article), article.path) == article
    stored = decode_article(encode_article(article), article.path)
    assert stored.unseparated_tag_words == article.unseparated_tag_words
    assert type(stored.published) is type(article.published)


def test_warnings_survive_the_round_trip_and_older_sentences_are_kept() -> None:
    article = parse_text("خبر\nمنذ 3 ساعات\nنص الخبر.\n", "w.txt")
    assert article.warnings
    assert decode_article(encode_article(article), "w.txt").warnings == article.warnings
    fields = json.loads(zlib.decompress(encode_article(article)))
    fields[10] = ["the date is relative"]  # as an older version stored it
    older = zlib.compress(json.dumps(fields).encode())
    assert decode_article(older, "w.txt").warnings == (
        ArticleWarning(WarningCode.OTHER, "the date is relative"),
    )


@pytest.mark.parametrize(
    "value",
    [
        None,
        date(2023, 9, 18),
        datetime(2023, 9, 18, 14, 30),
        datetime(2023, 9, 18, 14, 30, tzinfo=UTC),
        datetime(2023, 9, 18, 14, 30, tzinfo=timezone(timedelta(hours=3))),
    ],
)
def test_dates_keep_their_type_and_zone(value: date | datetime | None) -> None:
    decoded = decode_date(encode_date(value))
    assert decoded == value
    assert type(decoded) is type(value)
    if isinstance(value, datetime):
        assert isinstance(decoded, datetime)
        assert decoded.utcoffset() == value.utcoffset()
