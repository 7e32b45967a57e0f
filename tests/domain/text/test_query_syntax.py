"""Reading the search syntax: the tree of each form, and how an unreadable query is read."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.domain.text.query_syntax import (
    All,
    Any,
    Field,
    Not,
    ReadingNote,
    Term,
    positive_terms,
    read_query,
)

CHINA = Term(("الصين",))
BOOK = Term(("كتاب",))


@pytest.mark.parametrize(
    ("query", "tree"),
    [
        ("الصِّين", CHINA),
        ("الصين كتاب", All((CHINA, BOOK))),
        ("الصين AND كتاب", All((CHINA, BOOK))),
        ('"وزير الخارجيّة"', Term(("وزير", "الخارجيه"))),
        ("الصين OR كتاب", Any((CHINA, BOOK))),
        ("الصين|كتاب", Any((CHINA, BOOK))),
        ("-الصين", Not(CHINA)),
        ("NOT الصين", Not(CHINA)),
        ("كتاب -الصين", All((BOOK, Not(CHINA)))),
        ("مستشف*", Term(("مستشف",), prefix=True)),
        ('"اليوم الس"*', Term(("اليوم", "الس"), prefix=True)),
        ("title:الصين", Term(("الصين",), field=Field.TITLE)),
        ("TITLE:الصين", Term(("الصين",), field=Field.TITLE)),
        ("العنوان:الصين", Term(("الصين",), field=Field.TITLE)),
        ('source:"اليوم السابع"', Term(("اليوم", "السابع"), field=Field.SOURCE)),
        ("tag:اقتصاد*", Term(("اقتصاد",), prefix=True, field=Field.TAG)),
        (
            "body:(الصين OR كتاب)",
            Any((Term(("الصين",), field=Field.BODY), Term(("كتاب",), field=Field.BODY))),
        ),
        ("(الصين OR كتاب) -روسيا", All((Any((CHINA, BOOK)), Not(Term(("روسيا",)))))),
        ("الصين OR كتاب روسيا", Any((CHINA, All((BOOK, Term(("روسيا",))))))),
        ("covid-19", Term(("covid", "19"))),
        ("News", Term(("news",))),
        ("unknown:word", Term(("unknown", "word"))),
        ("  ، ", None),
    ],
)
def test_forms_read_as_trees(query: str, tree: object) -> None:
    reading = read_query(query)
    assert reading.note is None
    assert reading.tree == tree


@pytest.mark.parametrize(
    ("query", "note", "tree"),
    [
        ('"اليوم السابع', ReadingNote.UNCLOSED_QUOTE, All((Term(("اليوم",)), Term(("السابع",))))),
        ("(الصين OR كتاب", ReadingNote.UNCLOSED_PARENTHESIS, All((CHINA, BOOK))),
        ("الصين)", ReadingNote.UNOPENED_PARENTHESIS, CHINA),
        ("الصين OR", ReadingNote.MISSING_TERM, CHINA),
        ("| الصين", ReadingNote.MISSING_TERM, CHINA),
        ("الصين -", None, CHINA),  # a lone dash is no operator
        ("الصين NOT", ReadingNote.MISSING_TERM, CHINA),
        ('"مستشف*', ReadingNote.UNCLOSED_QUOTE, Term(("مستشف",), prefix=True)),
    ],
)
def test_unreadable_queries_are_read_as_plain_words(
    query: str, note: ReadingNote | None, tree: object
) -> None:
    reading = read_query(query)
    assert reading.note == note
    assert reading.tree == tree


@pytest.mark.parametrize(
    "query",
    [
        "الصين",
        '"وزير الخارجية" OR title:مستشف* -(روسيا | tag:"اليوم السابع")',
        "-(-الصين)",
        "(a OR b) (c OR d)",
        "(a OR b) OR c",
    ],
)
def test_the_written_back_key_reads_as_the_same_tree(query: str) -> None:
    tree = read_query(query).tree
    assert read_query(read_query(query).key()).tree == tree


def test_positive_terms_leave_out_what_is_excluded() -> None:
    tree = read_query("الصين (كتاب OR -روسيا) -مصر").tree
    assert [term.words for term in positive_terms(tree)] == [("الصين",), ("كتاب",)]


@given(st.text(alphabet=' "()|-*:ABNORTabcالصينو\u064e\u0640', max_size=40))
def test_reading_never_raises(query: str) -> None:
    reading = read_query(query)
    if reading.tree is not None:
        # The key is canonical: reading it again gives the same key (nested groups of one
        # kind may come back flattened, which finds the same articles).
        assert read_query(reading.key()).key() == reading.key()
