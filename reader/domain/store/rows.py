"""The records that carry articles into and out of the cache: list rows and parsed files."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime

from reader.domain.article import Article, display_title
from reader.domain.store.article_codec import encode_article, encode_date
from reader.domain.store.search_words import search_words
from reader.domain.text.arabic import fold_each


@dataclass(frozen=True, slots=True)
class ArticleRow:
    """What the article list shows of one article; `key` finds the whole article in the cache."""

    key: int
    path: str
    title: str | None
    published: date | datetime | None
    source: str | None
    tags: tuple[str, ...]
    # date_sort_key as one number: what the newest/oldest orders sort by.
    date_key: float = -1.0
    # True when a tag line had no separators (the library may regroup its words), and when
    # the tags are already regrouped with the folder's vocabulary.
    has_unseparated: bool = False
    retagged: bool = False
    # True when the parser noted warnings: library.article(id).warnings says which.
    has_warnings: bool = False

    @property
    def display_title(self) -> str:
        """The headline, or the file name when the article has none."""
        return display_title(self.title, self.path)


@dataclass(frozen=True, slots=True)
class ParsedFile:
    """A parsed file as a worker sends it: its stat, row columns and the stored forms."""

    path: str
    size: int | None
    mtime_ns: int | None
    title: str | None
    published: str | None
    date_key: float
    source: str | None
    tags: tuple[str, ...]
    unseparated: str | None
    blob: bytes
    words: str
    # As ArticleWarning.encode writes them.
    warnings: tuple[str, ...] = ()

    @classmethod
    def from_article(
        cls,
        article: Article,
        size: int | None = None,
        mtime_ns: int | None = None,
        folds: Mapping[str, str] | None = None,
    ) -> ParsedFile:
        """Prepare a parsed article for the cache (this is the work a load worker does)."""
        # folds: fold() of the article's texts, by text, as the parse made them (not redone).
        unseparated = " ".join(fold_each(article.unseparated_tag_words))
        return cls(
            path=article.path,
            size=size,
            mtime_ns=mtime_ns,
            title=article.title,
            published=encode_date(article.published),
            date_key=date_number(article.published),
            source=article.source,
            tags=article.tags,
            unseparated=unseparated or None,
            blob=encode_article(article),
            words=search_words(article, folds),
            warnings=tuple(warning.encode() for warning in article.warnings),
        )


def date_sort_key(published: date | datetime | None) -> tuple[int, float]:
    """Return a key that orders dates and datetimes (aware or naive) together; None first."""
    if published is None:
        return (0, 0.0)
    if isinstance(published, datetime):
        if published.tzinfo is not None:
            published = published.astimezone(UTC).replace(tzinfo=None)
        midnight = datetime.combine(published.date(), datetime.min.time())
        return (published.toordinal(), (published - midnight).total_seconds())
    return (published.toordinal(), 0.0)


def date_number(published: date | datetime | None) -> float:
    """Return date_sort_key as one number (seconds since year 1); -1 for no date."""
    if published is None:
        return -1.0
    days, seconds = date_sort_key(published)
    return days * 86400.0 + seconds
