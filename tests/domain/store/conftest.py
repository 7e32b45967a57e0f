"""A small folder of three articles (one in a subfolder) and an empty file, with a cache folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.domain.library.library import Library
from reader.domain.library.query import Query
from reader.domain.loading.folder import load_folder
from reader.domain.store.cache import ArticleCache

ARTICLES = {
    "a.txt": "خبر أ\n18/09/2023\nفقرة عن الصين.\nكلمات دلالية: الصين، روسيا\n",
    "b.txt": "خبر ب\n19/09/2023\nفقرة عن غزة.\nكلمات دلالية: غزة، روسيا\n",
    "sub/c.txt": "خبر ج\n17/09/2023\nفقرة عن والصين.\nكلمات دلالية: الصین\n",
}


def write_file(folder: Path, name: str, text: str) -> Path:
    """Write text to folder/name in UTF-8, making its folder; return its path."""
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    articles = tmp_path / "articles"
    for name, text in ARTICLES.items():
        write_file(articles, name, text)
    (articles / "empty.txt").write_bytes(b"")
    return articles


@pytest.fixture
def cache_dir(tmp_path: Path) -> Path:
    return tmp_path / "cache"


def open_library(folder: Path, cache_dir: Path) -> Library:
    """Open folder as the window does: through its cache, parsing in this process."""
    return load_folder(folder, cache=ArticleCache.open(folder, cache_dir))


def titles(library: Library, query: Query | None = None) -> list[str]:
    """Return the sorted headlines of the articles query selects, each read from the cache."""
    found = []
    for article_id in library.select(query or Query()):
        article = library.article(article_id)
        assert article is not None
        found.append(article.display_title)
    return sorted(found)
