"""What the terminal front end prints: articles as text or JSON, and problems on stderr."""

from __future__ import annotations

import json
import sys
from datetime import date, datetime
from typing import Any, TextIO

from reader.domain.article import Article, LoadProblem, display_path
from reader.domain.problems import describe
from reader.domain.text.arabic import visual


def iso_date(published: date | datetime | None) -> str | None:
    """Return a date as ISO 8601: a day, or a time with an offset only when one is known."""
    return None if published is None else published.isoformat()


def article_json(article: Article) -> dict[str, Any]:
    """Return the article as the JSON object the front end prints."""
    return {
        "path": article.path,
        "title": article.title,
        "published": iso_date(article.published),
        "published_text": article.published_text,
        "source": article.source,
        "byline": article.byline,
        "tags": list(article.tags),
        "body": list(article.body),
        "related": [
            {
                "title": item.title,
                "body": list(item.body),
                "place": item.place,
                "source": item.source,
            }
            for item in article.related
        ],
        "boilerplate": list(article.boilerplate),
        "encoding": article.encoding,
        "warnings": [describe(warning) for warning in article.warnings],
    }


def dumps(value: object) -> str:
    """Return compact JSON that keeps Arabic readable."""
    return display_path(json.dumps(value, ensure_ascii=False))


class Printer:
    """Writes lines to a stream, in logical order or shaped for displays that cannot shape.

    width is the display's width in characters: visual lines are wrapped to it and aligned
    to its right edge; None leaves lines as long as they are.
    """

    def __init__(self, stream: TextIO, shape: bool, width: int | None = None) -> None:
        self.stream = stream
        self.shape = shape
        self.width = width

    def line(self, text: str = "") -> None:
        """Print one line (a paragraph), shaped and visually ordered when asked to."""
        text = display_path(text)
        self.stream.write((visual(text) if self.shape and text else text) + "\n")

    def json(self, value: object) -> None:
        """Print one JSON value on its own line."""
        self.stream.write(dumps(value) + "\n")


def print_article(out: Printer, article: Article) -> None:
    """Print an article as readable text."""
    out.line(article.display_title)
    meta = [
        article.published.isoformat() if article.published else article.published_text or "",
        article.source or "",
        article.byline or "",
    ]
    out.line(" | ".join(part for part in meta if part))
    if article.tags:
        out.line("كلمات دلالية: " + "، ".join(article.tags))
    for paragraph in article.body:
        out.line()
        out.line(paragraph)
    for item in article.related:
        out.line()
        out.line("اقرأ أيضاً: " + item.title)
        for paragraph in item.body:
            out.line(paragraph)
    for warning in article.warnings:
        out.line(f"warning: {describe(warning)}")


def report(problem: LoadProblem) -> None:
    """Print one unreadable file as one line on stderr."""
    print(f"reader: {display_path(problem.path)}: {describe(problem)}", file=sys.stderr)


def report_warnings(article: Article) -> None:
    """Print each warning of a listed article as one line on stderr, as the window lists them."""
    for warning in article.warnings:
        path = display_path(article.path)
        print(f"reader: {path}: warning: {describe(warning)}", file=sys.stderr)
