"""Finding tag phrases in an article's texts, and rebuilding separator-less tag lines."""

from __future__ import annotations

import pytest

from reader.domain.text.tags import PhraseFinder, unseparated_tags

_TEXTS = [
    "وزير الخارجية الصيني وانغ يي في موسكو",
    "قال للخارجية الروسية إن  التعاون\tالاقتصادي مستمر",
    "وبوابة الوفد، نشرت الخبر. الصين وروسيا تتعاونان",
    "ناقش الاستقرار الإقليمي",
]


@pytest.mark.parametrize(
    ("phrase", "found"),
    [
        ("وانغ يي", True),
        ("وزير الخارجيه الصيني", True),  # folded letters
        ("الخارجيه الروسيه", True),  # لل in the text for ال
        ("بوابه الوفد", True),  # و before the first word
        ("التعاون الاقتصادي", True),  # two spaces and a tab between the words
        ("الوفد نشرت", False),  # a comma between the words
        ("الخبر الصين", False),  # a full stop between the words
        ("الصين وروسيا", True),
        ("الاستقرار الاقليمي", True),
        ("استقرار الاقليمي", False),  # part of a word is not the word
        ("يي في موسكو", True),
        ("في موسكو الان", False),  # runs past the end of the text
        ("روسيا تتعاون", False),  # the last word is longer in the text
        ("موسكو قال", False),  # texts are not joined into one
        ("الصيني", False),  # one word is not a phrase
        ("وانغ (يي)", False),  # punctuation inside a phrase word
    ],
)
def test_phrase_finder(phrase: str, found: bool) -> None:
    assert (phrase in PhraseFinder(_TEXTS)) is found


def test_unseparated_tags_take_the_longest_known_run() -> None:
    words = ["لافروف", "وانغ", "يي", "الصين", "وروسيا", "بوابة", "الوفد", "وزير", "الخارجية"]
    assert unseparated_tags(words, _TEXTS) == [
        "لافروف",
        "وانغ يي",
        "الصين وروسيا",
        "بوابة الوفد",
        "وزير الخارجية",
    ]


def test_vocabulary_joins_words_the_texts_do_not() -> None:
    words = ["مجلس", "الأمن", "غزة"]
    assert unseparated_tags(words, _TEXTS, {"مجلس الامن"}) == ["مجلس الأمن", "غزة"]
