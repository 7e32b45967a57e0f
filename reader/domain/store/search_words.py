"""What the cache's FTS5 index holds of an article: the folded words of each searchable field.

The index has a column per field (title, body, source, tags), each holding the field's folded
words in order, so that phrases and field filters work; paragraphs are kept apart by a gap
word that no query can hold, so that a phrase never runs from one paragraph into the next.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from reader.domain.article import Article
from reader.domain.text.arabic import WORD_RE, fold_each, fold_known

# Joins the four columns in the one string a parsed file carries (it never occurs in words).
FIELD_JOIN = "\x1e"
# Between paragraphs: a word to the index (any non-ASCII character is), never a query's word.
PARAGRAPH_GAP = " \u00b6 "
# The index's columns, in the order search_columns gives them.
COLUMNS = ("title", "body", "source", "tags")


def searchable_texts(article: Article) -> Iterator[str]:
    """Yield the texts that search covers: headline, body, source and tags."""
    if article.title:
        yield article.title
    yield from article.body
    if article.source:
        yield article.source
    yield from article.tags


def search_columns(
    article: Article, folds: Mapping[str, str] | None = None
) -> tuple[str, str, str, str]:
    """Return the folded words of headline, body, source and tags, each field's in order."""
    # folds: fold() of some of these texts, by text (the parse's), so as not to fold them again.
    texts = [article.title or "", *article.body, article.source or "", *article.tags]
    folded = fold_each(texts) if folds is None else fold_known(texts, folds)
    lines = [" ".join(WORD_RE.findall(line)) for line in folded]
    body_end = 1 + len(article.body)
    return (
        lines[0],
        PARAGRAPH_GAP.join(line for line in lines[1:body_end] if line),
        lines[body_end],
        " ".join(line for line in lines[body_end + 1 :] if line),
    )


def search_words(article: Article, folds: Mapping[str, str] | None = None) -> str:
    """Return search_columns joined by FIELD_JOIN: what a load worker hands to the cache."""
    return FIELD_JOIN.join(search_columns(article, folds))
