"""Query -> expected files, through the library and its cache's FTS5 index: every form of the
search syntax and their combinations, on text with diacritics, tatweel, proclitics, ی/ي and
presentation forms; the precision rules of plain words still hold."""

from __future__ import annotations

import pytest

from reader.domain.library.frequent_search import FrequentSearch
from reader.domain.library.library import Library
from reader.domain.library.query import Query
from reader.domain.text.parser import parse_text

# name -> (headline, body, source, tags)
ARTICLES = {
    "stability": (
        "تحقيق الاستقرار",
        "مؤتمر حول الإسلام والعلم في القاهرة.",
        "بوابة الوفد",
        "الإسلام",
    ),
    "decision": (
        "صدر القـــرار أمس",
        "أعلنت الحكومة القرارَ الجديد بشأن المستشفى.",
        "اليوم السابع",
        "اقتصاد، سياسة",
    ),
    "china": (
        "وزير الخارجية يزور الصين",
        "وصل وزیر الخارجیة إلى بكين، وللصين علاقات قوية مع روسيا.",
        "زمان التركية",
        "الصين وروسيا",
    ),
    "hospitals": (
        "افتتاح مستشفى جديد",
        "والمستشفيات الحكومية في اليوم السابع من الشهر مزدحمة.",
        "سام برس",
        "صحة",
    ),
    "books": ("معرض الكتاب", "قرأت الكتاب في المكتبة ثم قابلت الكاتب.", "بوابة الوفد", "ثقافة"),
    "forms": ("خبر عن ﺍﻟﺼﻴﻦ", "السلام عليكم. Google News تتابع الصِّين.", "Reuters", "اقتصاد"),
}
NAMES = list(ARTICLES)


@pytest.fixture(scope="module")
def library() -> Library:
    library = Library()
    library.add(
        parse_text(
            f"{title}\nفقرة أولى.\n{body}\nالمصدر: {source}\nكلمات دلالية: {tags}\n", f"{n}.txt"
        )
        for n, (title, body, source, tags) in ARTICLES.items()
    )
    return library


CASES = [
    # words, as before: whole words after folding, behind proclitics
    ("الصين", {"china", "forms"}),
    ("قرار", {"decision"}),  # tatweel and harakat in القـــرار, القرارَ; not الاستقرار
    ("سلام", {"forms"}),  # السلام, not الإسلام
    ("كتاب", {"books"}),  # not الكاتب nor المكتبة
    ("وزیر", {"china"}),  # Persian yeh in the query and in the body
    ("وزير الخارجية", {"china"}),
    ("news", {"forms"}),
    ("NEWS google", {"forms"}),
    # phrases: in order and side by side, a proclitic on the first word only
    ('"وزير الخارجية"', {"china"}),
    ('"الخارجية وزير"', set()),
    ('"اليوم السابع"', {"decision", "hospitals"}),
    ('"الحكومية في اليوم"', {"hospitals"}),
    ('"الصين علاقات"', {"china"}),  # وللصين: و + ل + الصين
    ('"وصل وزير"', {"china"}),
    ('"القاهره فقره"', set()),  # no phrase across the end of a paragraph
    # OR and |
    ("الصين OR الكتاب", {"china", "forms", "books"}),
    ("الصين | الكتاب", {"china", "forms", "books"}),
    ("قرار OR سلام OR نيويورك", {"decision", "forms"}),
    ("الصين or الكتاب", set()),  # a lower-case "or" is a word
    # exclusion: -term and NOT
    ("اقتصاد -الصين", {"decision"}),
    ("اقتصاد NOT الصين", {"decision"}),
    ("-الصين", {"stability", "decision", "hospitals", "books"}),
    ('-"اليوم السابع" -الصين', {"stability", "books"}),
    ("الصين OR -الكتاب", {"stability", "decision", "china", "hospitals", "forms"}),
    # parentheses
    ("(الصين OR الكتاب) -روسيا", {"books", "forms"}),
    ("(الصين OR الكتاب) (روسيا OR المكتبة)", {"china", "books"}),
    ("-(الصين OR الكتاب) فقرة", {"stability", "decision", "hospitals"}),
    # prefixes, behind proclitics too
    ("مستشف*", {"decision", "hospitals"}),
    ("قرا*", {"decision", "books"}),  # القرار, قرأت; not الاستقرار
    ('"وزير الخارج"*', {"china"}),
    ("مستشف* -افتتاح", {"decision"}),
    # fields
    ("title:الصين", {"china", "forms"}),
    ("body:الصين", {"china", "forms"}),
    ("source:الوفد", {"stability", "books"}),
    ('source:"اليوم السابع"', {"decision"}),
    ('body:"اليوم السابع"', {"hospitals"}),
    ("tag:اقتصاد", {"decision", "forms"}),
    ("tag:إسلام", {"stability"}),
    ("title:مستشف*", {"hospitals"}),
    ("source:(الوفد OR برس)", {"stability", "books", "hospitals"}),
    ("المصدر:الوفد الكتاب", {"books"}),
    ("title:قرار -tag:سياسة", set()),
    ("الكتاب -source:الوفد", set()),
    # an unreadable query is read as plain words
    ('"اليوم السابع', {"decision", "hospitals"}),
    ("(الصين OR", {"china", "forms"}),
    ("الصين)", {"china", "forms"}),
    ("الصين OR", {"china", "forms"}),
    ('"الصين" OR NEAR(', set()),  # FTS5 syntax is never interpreted
]


@pytest.mark.parametrize(("query", "found"), CASES)
def test_query_finds_files(library: Library, query: str, found: set[str]) -> None:
    ids = library.search_ids(query)
    assert ids is not None
    assert {NAMES[article_id] for article_id in ids} == found


@pytest.fixture(scope="module", params=[1, 2], ids=["every word frequent", "words in 2 files"])
def library_with_frequent(request: pytest.FixtureRequest) -> Library:
    """Return the library with its frequent words' bitmaps kept, every word (1) or those of
    two files or more (2) counting as frequent."""
    library = Library()
    library.frequent = FrequentSearch(min_articles=1, least=request.param)
    library.add(
        parse_text(
            f"{title}\nفقرة أولى.\n{body}\nالمصدر: {source}\nكلمات دلالية: {tags}\n", f"{n}.txt"
        )
        for n, (title, body, source, tags) in ARTICLES.items()
    )
    library.frequent.prepare(library.cache, len(library))
    assert library.frequent.wait() is not None
    return library


@pytest.mark.parametrize(("query", "found"), CASES)
def test_frequent_words_from_memory_find_the_same_files(
    library_with_frequent: Library, query: str, found: set[str]
) -> None:
    ids = library_with_frequent.search_ids(query)
    assert ids is not None
    assert {NAMES[article_id] for article_id in ids} == found


@pytest.mark.parametrize("query", ["", "  ، ", "()", '""', "-", "*"])
def test_a_query_asking_nothing_lists_everything(library: Library, query: str) -> None:
    assert library.search_ids(query) is None
    assert library.select(Query(search=query)) == list(library.ids())


def test_spellings_of_one_query_share_one_result(library: Library) -> None:
    assert library.search_ids("الصِّين  OR  كتاب") == library.search_ids("الصين | كتاب")
