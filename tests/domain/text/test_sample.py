"""Every bundled sample article parses as tests/data/sample_expectations.py says."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from reader.domain.text.parser import read_article
from tests.conftest import SAMPLE
from tests.data.sample_expectations import EXPECTED, MTIME_MINUS_5_HOURS, Expectation


def test_every_sample_file_has_an_expectation() -> None:
    assert sorted(path.name for path in SAMPLE.glob("*.txt")) == sorted(EXPECTED)
    assert len(EXPECTED) >= 16


@pytest.mark.parametrize(("name", "expected"), EXPECTED.items(), ids=list(EXPECTED))
def test_sample_file(name: str, expected: Expectation) -> None:
    path = SAMPLE / name
    article = read_article(path)
    assert article.title == expected["title"]
    published = expected["published"]
    if published == MTIME_MINUS_5_HOURS:
        seconds, nanoseconds = divmod(path.stat().st_mtime_ns, 10**9)
        mtime = datetime.fromtimestamp(seconds, UTC) + timedelta(microseconds=nanoseconds // 1000)
        assert article.published == mtime - timedelta(hours=5)
    else:
        assert (article.published.isoformat() if article.published else None) == published
    assert article.source == expected["source"]
    assert article.byline == expected["byline"]
    assert list(article.tags) == expected["tags"]
    assert len(article.body) == expected["body_paragraphs"]
    related = [(r.title, len(r.body), r.place, r.source) for r in article.related]
    assert related == expected["related"]
    assert len(article.boilerplate) == expected["boilerplate"]
    assert article.encoding == expected["encoding"]
    assert bool(article.warnings) == expected["warnings"], article.warnings
