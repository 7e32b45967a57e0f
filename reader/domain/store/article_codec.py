"""The stored form of a parsed article (compressed JSON) and of its date (tagged ISO text)."""

from __future__ import annotations

import json
import zlib
from datetime import date, datetime
from typing import Any

from reader.domain.article import Article, RelatedItem
from reader.domain.problems import ArticleWarning


def encode_date(value: date | datetime | None) -> str | None:
    """Return a date or datetime as text that decode_date turns back into an equal value."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return "t" + value.isoformat()
    return "d" + value.isoformat()


def decode_date(text: str | None) -> date | datetime | None:
    """Return the date or datetime encode_date wrote."""
    if not text:
        return None
    if text[0] == "t":
        return datetime.fromisoformat(text[1:])
    return date.fromisoformat(text[1:])


def encode_article(article: Article) -> bytes:
    """Return an article as compressed JSON (its path left out: the row has it)."""
    fields = [
        article.title,
        encode_date(article.published),
        article.published_text,
        article.source,
        article.byline,
        article.tags,
        article.body,
        [[item.title, item.body, item.place, item.source] for item in article.related],
        article.boilerplate,
        article.encoding,
        [warning.encode() for warning in article.warnings],
        article.unseparated_tag_words,
    ]
    return _compress(json.dumps(fields, ensure_ascii=False).encode("utf-8", "surrogatepass"))


def _compress(data: bytes) -> bytes:
    """Return data as a zlib stream of Huffman codes alone (zlib.decompress reads any stream)."""
    # No search for repeats: 40% less time than level 1 for a third more bytes, a few percent
    # of the cache (benchmarks/README.md, "Parse"); old caches' level 1 blobs read the same.
    compressor = zlib.compressobj(1, zlib.DEFLATED, zlib.MAX_WBITS, 8, zlib.Z_HUFFMAN_ONLY)
    return compressor.compress(data) + compressor.flush()


def decode_article(blob: bytes, path: str) -> Article:
    """Return the article encode_article stored, read from path."""
    fields: list[Any] = json.loads(zlib.decompress(blob).decode("utf-8", "surrogatepass"))
    (title, published, published_text, source, byline, tags, body) = fields[:7]
    related, boilerplate, encoding, warnings, unseparated = fields[7:]
    return Article(
        path=path,
        title=title,
        published=decode_date(published),
        published_text=published_text,
        source=source,
        byline=byline,
        tags=tuple(tags),
        body=tuple(body),
        related=tuple(
            RelatedItem(title=t, body=tuple(b), place=p, source=s) for t, b, p, s in related
        ),
        boilerplate=tuple(boilerplate),
        encoding=encoding,
        warnings=tuple(map(ArticleWarning.decode, warnings)),
        unseparated_tag_words=tuple(unseparated),
    )
