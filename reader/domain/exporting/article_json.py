"""An article as the JSON object the terminal prints (`list --json`) and JSON Lines exports hold."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from reader.domain.article import Article, display_path
from reader.domain.problems import describe


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
    """Return compact JSON that keeps Arabic readable (undecodable file name bytes as U+FFFD)."""
    return display_path(json.dumps(value, ensure_ascii=False))
