"""What the cache's FTS5 index holds of an article: the folded words of its searchable texts."""

from __future__ import annotations

from collections.abc import Iterator

from reader.domain.article import Article
from reader.domain.text.arabic import folded_words


def searchable_texts(article: Article) -> Iterator[str]:
    """Yield the texts that search covers: headline, body, source and tags."""
    if article.title:
        yield article.title
    yield from article.body
    if article.source:
        yield article.source
    yield from article.tags


def search_words(article: Article) -> str:
    """Return the distinct folded words of an article's searchable texts, space-separated."""
    # One fold over the joined texts costs less than one per paragraph.
    return " ".join(dict.fromkeys(folded_words("\n".join(searchable_texts(article)))))
