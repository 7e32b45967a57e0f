"""Search rules outside the index: query words, the FTS5 expression, and match highlighting.

The index itself (SQLite FTS5) is tested against the same cases in test_cache.py.
"""

from __future__ import annotations

import pytest

from reader.domain.text.search import match_expression, match_spans, query_words, snippet


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


@pytest.mark.parametrize(
    ("text", "query", "marked"),
    [
        ("قال وزیر الخارجیة إن الوزير", '"وزير الخارجية"', ["وزیر الخارجیة"]),
        ("في اليوم السابع من اليوم الأول", '"اليوم السابع"', ["اليوم السابع"]),
        ("والمستشفيات ومستشفى المدينة", "مستشف*", ["والمستشفيات", "ومستشفى"]),
        ("الصين وروسيا ومصر", "الصين -روسيا", ["الصين"]),
        ("الصين وروسيا ومصر", "مصر OR روسيا", ["وروسيا", "ومصر"]),
        ("قال وزيرُ الخارجـيّة", 'title:"وزير الخارجية"', ["وزيرُ الخارجـيّة"]),
        ("تحقيق الاستقرار", "قرا*", []),
        ("اليوم السابع", '"اليوم الس"*', ["اليوم السابع"]),
        # Hits never overlap: the third word starts no second hit inside the first.
        ("شكرا شكرا شكرا", '"شكرا شكرا"', ["شكرا شكرا"]),
        ("غزة غزة غزة", "غزة", ["غزة", "غزة", "غزة"]),
    ],
)
def test_match_spans_follow_the_query_syntax(text: str, query: str, marked: list[str]) -> None:
    assert [text[a:b] for a, b in match_spans(text, query)] == marked


@pytest.mark.parametrize(
    ("paragraphs", "query", "hit"),
    [
        (["لا شيء هنا", "وصلت إلى الصِّين أمس"], "الصين", "الصِّين"),
        (["وصل إلى الصـــين"], "الصين", "الصـــين"),
        (["خبر عن ﺍﻟﺼﻴﻦ اليوم"], "الصين", "ﺍﻟﺼﻴﻦ"),
        (["قال وزیرُ الخارجیة"], '"وزير الخارجية"', "وزیرُ الخارجیة"),
        (["كلمة " * 30 + "والمستشفيات " + "بعد " * 80], "مستشف*", "والمستشفيات"),
    ],
)
def test_snippet_emphasises_the_hit_as_written(paragraphs: list[str], query: str, hit: str) -> None:
    found = snippet(paragraphs, query)
    assert found is not None
    assert found.text[found.start : found.end] == hit
    assert len(found.text) < 300


def test_snippet_is_none_without_a_hit_and_cut_at_words() -> None:
    assert snippet(["الصين"], "روسيا") is None
    assert snippet(["الصين"], "-الصين") is None
    long = snippet(["كلمة " * 30 + "الصين " + "بعد " * 80], "الصين")
    assert long is not None
    assert long.text.startswith("… كلمة")
    assert long.text.endswith(" …")


@pytest.mark.parametrize(
    ("text", "query", "hit"),
    [
        ("تصدير النفط للصين وروسيا", "الصين", "للصين"),  # لل for ال: the alef elided
        ("قال إن الصِّـين شريك", "الصين", "الصِّـين"),  # marks and tatweel inside the word
        ("نقل إلى المستشفيات أمس", "مستشف*", "المستشفيات"),
        ("زار وفد من GAZA المدينة", "gaza", "GAZA"),
        ("في الشرق الأوسط اليوم", '"الشرق الأوسط"', "الشرق الأوسط"),
        ("في الشرق الأقصى اليوم", '"الشرق الأوسط"', None),
    ],
)
def test_a_paragraph_is_skipped_only_when_it_holds_no_hit(
    text: str, query: str, hit: str | None
) -> None:
    spans = match_spans(text, query)
    assert [text[start:end] for start, end in spans] == ([hit] if hit else [])
