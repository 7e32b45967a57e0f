"""Arabic-aware search: folding, proclitics, whole words, and match spans."""

from __future__ import annotations

import pytest

from reader.domain.search import SearchIndex, match_spans

DOCS = {
    0: "أعلنت الصين خطة جديدة",
    1: "وقعت مصر والصين اتفاقية",
    2: "سافر الوفد بالصين أسبوعا",
    3: "رسالة للصين من واشنطن",
    4: "تحدث الوزير عن الصِّين طويلا",
    5: "تحقيق الاستقرار في المنطقة",
    6: "مؤتمر حول الإسلام والعلم",
    7: "قرأت الكتاب في المكتبة ثم قابلت الكاتب",
    8: "صدر القرار أمس",
}


@pytest.fixture
def index() -> SearchIndex:
    built = SearchIndex()
    for doc_id, text in DOCS.items():
        built.add(doc_id, [text])
    return built


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("الصين", {0, 1, 2, 3, 4}),
        ("الصِّين", {0, 1, 2, 3, 4}),
        ("الـصين", {0, 1, 2, 3, 4}),
        ("قرار", {8}),  # not استقرار
        ("سلام", set()),  # not الإسلام
        ("كتاب", {7}),
        ("اسلام", {6}),
        ("الصين اتفاقية", {1}),  # every word must match
        ("اتفاقيه", {1}),  # ة and ه fold together
        ("نيويورك", set()),
    ],
)
def test_search(index: SearchIndex, query: str, found: set[int]) -> None:
    assert index.search(query) == found


def test_empty_query_matches_nothing_in_particular(index: SearchIndex) -> None:
    assert index.search("  ، ") is None


def test_match_spans_cover_the_written_word() -> None:
    text = "وقعت مصر والصِّين اتفاقية مع الصينيين"
    spans = match_spans(text, "الصين")
    assert [text[start:end] for start, end in spans] == ["والصِّين"]


def test_match_spans_do_not_match_inside_words() -> None:
    assert match_spans("تحقيق الاستقرار", "قرار") == []


def test_latin_letters_match_in_either_case() -> None:
    built = SearchIndex()
    built.add(0, ["خبر عن Google News"])
    assert built.search("google") == {0}
    text = "تابعوا Google News"
    assert [text[a:b] for a, b in match_spans(text, "news")] == ["News"]
