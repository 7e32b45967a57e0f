"""Search rules outside the index: query words, the FTS5 expression, and match highlighting.

The index itself (SQLite FTS5) is tested against the same cases in test_cache.py.
"""

from __future__ import annotations

import pytest

from reader.domain.text.search import match_expression, match_spans, query_words


@pytest.mark.parametrize(
    ("query", "words"),
    [
        ("الصِّين", ["الصين"]),
        ("الصين  والصين الصين", ["الصين", "والصين"]),
        ("Google NEWS", ["google", "news"]),
        ("  ، ", []),
    ],
)
def test_query_words(query: str, words: list[str]) -> None:
    assert query_words(query) == words


def test_match_expression_quotes_every_variant() -> None:
    expression = match_expression(['قرار"'])
    assert '"قرار"""' in expression
    assert '"والقرار"""' in expression
    assert " OR " in expression


def test_match_spans_cover_the_written_word() -> None:
    text = "وقعت مصر والصِّين اتفاقية مع الصينيين"
    spans = match_spans(text, "الصين")
    assert [text[start:end] for start, end in spans] == ["والصِّين"]


def test_match_spans_do_not_match_inside_words() -> None:
    assert match_spans("تحقيق الاستقرار", "قرار") == []


def test_match_spans_match_latin_letters_in_either_case() -> None:
    text = "تابعوا Google News"
    assert [text[a:b] for a, b in match_spans(text, "news")] == ["News"]
