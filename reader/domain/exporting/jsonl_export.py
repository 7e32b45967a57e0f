"""Articles as JSON Lines: one object per line, exactly the objects `list --json` prints."""

from __future__ import annotations

from typing import TextIO

from reader.domain.article import Article
from reader.domain.exporting.article_json import article_json, dumps


class JsonLinesArticleWriter:
    """Writes each article as one line of compact JSON."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def begin(self) -> None:
        """JSON Lines has no header."""

    def write(self, article: Article) -> None:
        """Write one article as one line."""
        self._stream.write(dumps(article_json(article)) + "\n")

    def end(self) -> None:
        """JSON Lines has no footer."""
