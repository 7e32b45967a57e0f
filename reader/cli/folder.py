"""The options every folder command shares: the folder, the cache, and the filters."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from reader.cli.output import report
from reader.domain.article import Article, LoadProblem, NotAnArticleError
from reader.domain.library.library import Library
from reader.domain.library.query import Query, TagMode
from reader.domain.loading.folder import load_folder
from reader.domain.loading.workers import default_workers
from reader.domain.problems import ProblemCode
from reader.domain.store.cache import ArticleCache
from reader.domain.text.parser import read_article


def add_folder_arguments(command: argparse.ArgumentParser) -> None:
    """Add FOLDER and --no-cache to a command that loads a folder."""
    command.add_argument("folder", metavar="FOLDER", help="a folder of article files")
    command.add_argument(
        "--no-cache",
        action="store_true",
        help="parse every file and leave the cache alone (by default a folder's parse is kept "
        "in the user cache folder, $XDG_CACHE_HOME/arabic-news-reader on Linux, and a reopen "
        "parses only new and changed files)",
    )


def add_filter_arguments(command: argparse.ArgumentParser) -> None:
    """Add the filters that narrow a folder's articles."""
    command.add_argument(
        "--tag", action="append", default=[], metavar="T", help="keep articles tagged T"
    )
    command.add_argument(
        "--any", action="store_true", help="keep articles with any --tag (default: all of them)"
    )
    command.add_argument(
        "--exclude", action="append", default=[], metavar="T", help="drop articles tagged T"
    )
    command.add_argument(
        "--search",
        metavar="TEXT",
        help="keep articles whose headline, body, source or tags hold every word of TEXT "
        "(ignoring diacritics, letter variants and proclitics such as و ب ل ال)",
    )


def query_of(args: argparse.Namespace) -> Query:
    """Return the query the filter options ask for."""
    return Query(
        include=tuple(args.tag),
        mode=TagMode.ANY if args.any else TagMode.ALL,
        exclude=tuple(args.exclude),
        search=args.search or "",
    )


def load(args: argparse.Namespace) -> Library:
    """Load a folder through its cache (unless --no-cache), reporting unreadable files."""
    path = Path(args.folder)
    if not path.is_dir():
        raise NotAnArticleError(LoadProblem(args.folder, ProblemCode.NOT_A_FOLDER))
    cache = ArticleCache.in_memory() if args.no_cache else ArticleCache.open(path)
    for warning in cache.warnings:
        print(f"reader: warning: {warning}", file=sys.stderr)
    return load_folder(
        path, read_article, on_problem=report, cache=cache, workers=default_workers()
    )


def article_of(library: Library, article_id: int) -> Article:
    """Return an article of the library; the terminal may wait for its file to be read."""
    article = library.article(article_id)
    if article is None:  # the cache cannot answer
        article = library.with_library_tags(
            article_id, read_article(Path(library.path_of(article_id)))
        )
    return article
