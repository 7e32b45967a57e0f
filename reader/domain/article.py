"""The parsed article and the problems met while loading files."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime

from typing_extensions import override


def display_title(title: str | None, path: str) -> str:
    """Return the headline, or the file name when there is none."""
    if title:
        return title
    return path.replace("\\", "/").rsplit("/", 1)[-1]


@dataclass(frozen=True, slots=True)
class RelatedItem:
    """A "read also" item: a headline, possibly with its paragraphs and dateline parts."""

    title: str
    body: tuple[str, ...] = ()
    place: str | None = None
    source: str | None = None


@dataclass(frozen=True, slots=True)
class Article:
    """One article file, parsed; every field but the path may be empty."""

    path: str
    title: str | None = None
    published: date | datetime | None = None
    published_text: str | None = None
    source: str | None = None
    byline: str | None = None
    tags: tuple[str, ...] = ()
    body: tuple[str, ...] = ()
    related: tuple[RelatedItem, ...] = ()
    boilerplate: tuple[str, ...] = ()
    encoding: str = "utf-8"
    warnings: tuple[str, ...] = ()
    # The words of a tag line that had no separators, kept so that a whole library can
    # rebuild its multi-word tags with the vocabulary of the other files.
    unseparated_tag_words: tuple[str, ...] = field(default=(), compare=False)

    def matching_texts(self) -> Iterator[str]:
        """Yield the texts a tag phrase may be found in: headline, body, source, related."""
        if self.title:
            yield self.title
        yield from self.body
        if self.source:
            yield self.source
        for item in self.related:
            yield item.title
            yield from item.body

    @property
    def display_title(self) -> str:
        """The headline, or the file name when the article has none."""
        return display_title(self.title, self.path)


@dataclass(frozen=True, slots=True)
class LoadProblem:
    """A file that is not an article (missing, unreadable, empty, binary), with the reason."""

    path: str
    reason: str

    @override
    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


class NotAnArticleError(Exception):
    """Raised for a file that holds no article text; carries the LoadProblem."""

    def __init__(self, problem: LoadProblem) -> None:
        super().__init__(str(problem))
        self.problem = problem
