"""What the FTS5 index holds of an article."""

from __future__ import annotations

from reader.domain.store.rows import ParsedFile
from reader.domain.store.search_words import search_words
from reader.domain.text.parser import parse_text


def test_parsed_file_words_cover_headline_body_source_and_tags() -> None:
    article = parse_text("عنوان\nفقرة عن الصين.\nالمصدر: بوابة الوفد\nكلمات دلالية: روسيا\n")
    words = ParsedFile.from_article(article).words.split()
    assert {"عنوان", "الصين", "بوابه", "الوفد", "روسيا"} <= set(words)
    assert len(words) == len(set(words))
    assert search_words(article) == " ".join(words)
