"""The options every folder command shares: the folder, the cache, and the filters."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from reader.cli.mark_filters import (
    add_mark_filter_arguments,
    keep_marked,
    marks_filter_of,
    with_saved_query,
)
from reader.cli.output import report
from reader.domain.article import Article, LoadProblem, NotAnArticleError
from reader.domain.library.library import Library
from reader.domain.library.periods import parse_bound
from reader.domain.library.query import Query, TagMode
from reader.domain.loading.folder import load_folder
from reader.domain.loading.workers import default_workers
from reader.domain.problems import ProblemCode, describe
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
        metavar="QUERY",
        help="keep articles that QUERY finds in their headline, body, source or tags: "
        'every word; "a phrase"; a OR b (or a | b); -word or NOT word; (groups); prefix*; '
        'title: body: source: tag: before a word, phrase or group (source:"اليوم السابع"). '
        "Words ignore diacritics, letter variants and proclitics such as و ب ل ال; "
        "a query that cannot be read is read as plain words",
    )
    command.add_argument(
        "--from",
        dest="date_from",
        type=_first_day,
        metavar="D",
        help="keep articles dated D or later: D is YYYY, YYYY-MM or YYYY-MM-DD, from the "
        "start of that period (undated articles are left out)",
    )
    command.add_argument(
        "--to",
        dest="date_to",
        type=_last_day,
        metavar="D",
        help="keep articles dated up to the end of D (YYYY, YYYY-MM or YYYY-MM-DD)",
    )
    command.add_argument(
        "--source",
        action="append",
        default=[],
        metavar="S",
        help="keep articles from outlet S (repeat for any of several; spellings that differ "
        "only in letter variants are one outlet)",
    )
    command.add_argument(
        "--exclude-source", action="append", default=[], metavar="S", help="drop outlet S"
    )
    add_mark_filter_arguments(command)


def _first_day(text: str) -> date:
    """Return the first day of the period a --from value names."""
    try:
        return parse_bound(text)[0]
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _last_day(text: str) -> date:
    """Return the last day of the period a --to value names."""
    try:
        return parse_bound(text)[1]
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def query_of(args: argparse.Namespace) -> Query:
    """Return the query the filter options ask for (on top of --saved's)."""
    given = Query(
        include=tuple(args.tag),
        mode=TagMode.ANY if args.any else TagMode.ALL,
        exclude=tuple(args.exclude),
        search=args.search or "",
        sources=tuple(args.source),
        exclude_sources=tuple(args.exclude_source),
        date_from=args.date_from,
        date_to=args.date_to,
    )
    return with_saved_query(args, given)


def selected_ids(args: argparse.Namespace, library: Library) -> Sequence[int]:
    """Return the ids of the articles every filter option lets through (marks too), ascending."""
    ids = library.select(query_of(args))
    return keep_marked(library, Path(args.folder), ids, marks_filter_of(args))


def filtered_ids(args: argparse.Namespace, library: Library) -> Sequence[int] | None:
    """Return selected_ids, or None when no filter narrows the folder (counts are then whole)."""
    if query_of(args).is_empty() and marks_filter_of(args).is_empty():
        return None
    return selected_ids(args, library)


def load(args: argparse.Namespace) -> Library:
    """Load a folder through its cache (unless --no-cache), reporting unreadable files."""
    path = Path(args.folder)
    if not path.is_dir():
        raise NotAnArticleError(LoadProblem(args.folder, ProblemCode.NOT_A_FOLDER))
    cache = ArticleCache.in_memory() if args.no_cache else ArticleCache.open(path)
    for warning in cache.warnings:
        print(f"reader: warning: {describe(warning)}", file=sys.stderr)
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
