"""What the FTS5 index holds of an article: each field's folded words, in order."""

from __future__ import annotations

import pytest

from reader.domain.store.rows import ParsedFile
from reader.domain.store.search_words import FIELD_JOIN, PARAGRAPH_GAP, search_columns
from reader.domain.text.parser import parse_text


@pytest.mark.parametrize(
    ("text", "columns"),
    [
        (
            "عنوان الخبر\nفقرة عن الصِّين.\nالمصدر: بوابة الوفد\n"
            "كلمات دلالية: روسيا، وزیر الخارجیة\n",
            ("عنوان الخبر", "فقره عن الصين", "بوابه الوفد", "روسيا وزير الخارجيه"),
        ),
        (
            "عنوان\nفقرة أولى عن ﺍﻟﺼﻴﻦ.\nفقرة ثانية: اليوم ـالسابع\n",
            ("عنوان", "فقره اولي عن الصين" + PARAGRAPH_GAP + "فقره ثانيه اليوم السابع", "", ""),
        ),
        ("\n\nعنوان وحده\n", ("عنوان وحده", "", "", "")),
    ],
)
def test_columns_hold_each_fields_folded_words_in_order(
    text: str, columns: tuple[str, str, str, str]
) -> None:
    article = parse_text(text)
    assert search_columns(article) == columns
    assert ParsedFile.from_article(article).words == FIELD_JOIN.join(columns)


def test_repeated_words_are_kept_for_phrases() -> None:
    article = parse_text("عنوان\nقال إن قال الوزير\n")
    assert search_columns(article)[1] == "قال ان قال الوزير"
