"""The parsed article, the problems met while loading files, and file names as shown."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime

from typing_extensions import override

from reader.domain.problems import ArticleWarning, ProblemCode, decode_coded, describe, encode_coded


def file_name(path: str) -> str:
    """Return the last part of a path, whichever slash separates its parts."""
    return path.replace("\\", "/").rsplit("/", 1)[-1]


def display_path(path: str) -> str:
    """Return a path (or text holding paths) with a file name's undecodable bytes as U+FFFD.

    Python keeps such bytes as lone surrogates, which Qt would silently drop and a terminal
    cannot print.
    """
    if path.isascii():
        return path
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def display_title(title: str | None, path: str) -> str:
    """Return the headline, or the file name when there is none."""
    return title or file_name(path)


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
    warnings: tuple[ArticleWarning, ...] = ()
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
    """A file that is not an article (missing, unreadable, empty, binary): why, and the data."""

    path: str
    code: ProblemCode
    # What the code's wording needs: the system's reason, the kind of file...
    detail: str = ""

    def encode(self) -> str:
        """Return the code and detail as one line of text, for the cache (the path is apart)."""
        return encode_coded(self.code, self.detail)

    @classmethod
    def decode(cls, path: str, text: str) -> LoadProblem:
        """Return the problem encode wrote (an older version's sentence as an OTHER one)."""
        return cls(path, *decode_coded(text, ProblemCode, ProblemCode.OTHER))

    @override
    def __str__(self) -> str:
        return f"{self.path}: {describe(self)}"


class NotAnArticleError(Exception):
    """Raised for a file that holds no article text; carries the LoadProblem."""

    def __init__(self, problem: LoadProblem) -> None:
        super().__init__(str(problem))
        self.problem = problem
