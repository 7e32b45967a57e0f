"""What the terminal front end prints: articles as text or JSON, and problems on stderr."""

from __future__ import annotations

import sys
from typing import TextIO

from reader.domain.article import Article, LoadProblem, display_path
from reader.domain.exporting.article_json import article_json as article_json
from reader.domain.exporting.article_json import dumps
from reader.domain.problems import describe
from reader.domain.text.arabic import visual
from reader.domain.text.bidi_layout import Direction


class Printer:
    """Writes lines to a stream, in logical order or shaped for displays that cannot shape.

    width is the display's width in characters: visual lines are wrapped to it and aligned
    to its right edge; None leaves lines as long as they are.
    """

    def __init__(self, stream: TextIO, shape: bool, width: int | None = None) -> None:
        self.stream = stream
        self.shape = shape
        self.width = width

    def line(self, text: str = "", direction: Direction = "auto") -> None:
        """Print one paragraph: as it is, or shaped, wrapped and visually ordered when asked to.

        direction is the paragraph's when it is shown visually; "auto" takes its first letter's.
        """
        text = display_path(text)
        self.stream.write(
            (visual(text, self.width, direction) if self.shape and text else text) + "\n"
        )

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
    # An ISO time's "T" would make the line left to right: it belongs with the Arabic headline.
    out.line(" | ".join(part for part in meta if part), "rtl")
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
