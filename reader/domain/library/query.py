"""What a listing asks the library for: tag modes, sort orders, queries and tag counts."""

from __future__ import annotations

from collections.abc import Mapping, Sequence, Sized
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from reader.domain.text.tags import tag_key


class TagMode(StrEnum):
    """How included tags combine: every one of them, or any one."""

    ALL = "all"
    ANY = "any"


class SortOrder(StrEnum):
    """The orders the article list offers."""

    NEWEST = "newest"
    OLDEST = "oldest"
    TITLE = "title"
    SOURCE = "source"


@dataclass(frozen=True, slots=True)
class Query:
    """A filter: tags to include (all or any), tags to exclude, search words, outlets to
    include (any of them) or exclude, and a range of days (both ends included).

    An outlet is named in any spelling; "" (outlets.NO_SOURCE) stands for articles with no
    source. With a date bound, undated articles are left out.
    """

    include: tuple[str, ...] = ()
    mode: TagMode = TagMode.ALL
    exclude: tuple[str, ...] = ()
    search: str = ""
    sources: tuple[str, ...] = ()
    exclude_sources: tuple[str, ...] = ()
    date_from: date | None = None
    date_to: date | None = None

    def is_empty(self) -> bool:
        """Tell whether the query lets every article through."""
        return not (
            self.include or self.exclude or self.search.strip() or self.narrows_by_coverage()
        )

    def narrows_by_coverage(self) -> bool:
        """Tell whether the query asks for outlets or a date range."""
        return bool(
            self.sources
            or self.exclude_sources
            or self.date_from is not None
            or self.date_to is not None
        )

    def has_dates(self) -> bool:
        """Tell whether the query has a date bound."""
        return self.date_from is not None or self.date_to is not None

    def single_tag(self) -> str | None:
        """Return the one included tag when that is all the query asks (the usual click)."""
        if (
            len(self.include) == 1
            and not self.exclude
            and not self.search.strip()
            and not self.narrows_by_coverage()
        ):
            return self.include[0]
        return None


@dataclass(frozen=True, slots=True)
class TagFacets:
    """How many of some articles carry each tag, by tag id, with the library's tag columns.

    The sequences are the library's own (read them, do not change them): a sidebar over
    100,000 articles lists tens of thousands of tags, so nothing is copied per tag.
    """

    # Ids of the tags the articles carry, most used first, ties in folded-key order.
    order: Sequence[int]
    # By tag id (tags newer than the count are past its end).
    counts: Sequence[int]
    # By tag id: shown name, folded key, and the ids of every article carrying it.
    names: Sequence[str]
    keys: Sequence[str]
    members: Sequence[Sized]
    ids_by_key: Mapping[str, int]

    def tag_id(self, tag: str) -> int | None:
        """Return the id of a tag in any spelling, if the library has it."""
        return self.ids_by_key.get(tag_key(tag))

    def count(self, tag_id: int) -> int:
        """Return how many of the articles carry a tag, by id."""
        return self.counts[tag_id] if tag_id < len(self.counts) else 0
