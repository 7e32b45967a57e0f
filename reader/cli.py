"""The terminal front end: show one article, list a folder's articles, count its tags."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, TextIO

from reader.domain.article import Article, LoadProblem, NotAnArticleError, display_path
from reader.domain.library.library import Library
from reader.domain.library.query import Query, SortOrder, TagMode
from reader.domain.loading.folder import load_folder
from reader.domain.loading.workers import default_workers
from reader.domain.problems import ProblemCode, describe
from reader.domain.store.cache import ArticleCache
from reader.domain.text.arabic import visual
from reader.domain.text.parser import read_article

PROGRAM = "python -m reader"
# Parse new files on every core; load_folder parses small batches in this process anyway.
_WORKERS = default_workers()


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


def _dumps(value: object) -> str:
    """Return compact JSON that keeps Arabic readable."""
    return display_path(json.dumps(value, ensure_ascii=False))


class _Printer:
    """Writes lines to a stream, shaping Arabic for terminals that cannot."""

    def __init__(self, stream: TextIO, shape: bool) -> None:
        self.stream = stream
        self.shape = shape

    def line(self, text: str = "") -> None:
        """Print one line, shaped and visually ordered when asked to."""
        text = display_path(text)
        self.stream.write((visual(text) if self.shape and text else text) + "\n")


def _print_article(out: _Printer, article: Article) -> None:
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


def _report(problem: LoadProblem) -> None:
    """Print one unreadable file as one line on stderr."""
    print(f"reader: {display_path(problem.path)}: {describe(problem)}", file=sys.stderr)


def _report_warnings(article: Article) -> None:
    """Print each warning of a listed article as one line on stderr, as the window lists them."""
    for warning in article.warnings:
        path = display_path(article.path)
        print(f"reader: {path}: warning: {describe(warning)}", file=sys.stderr)


def _load(args: argparse.Namespace) -> Library:
    """Load a folder through its cache (unless --no-cache), reporting unreadable files."""
    path = Path(args.folder)
    if not path.is_dir():
        raise NotAnArticleError(LoadProblem(args.folder, ProblemCode.NOT_A_FOLDER))
    cache = ArticleCache.in_memory() if args.no_cache else ArticleCache.open(path)
    for warning in cache.warnings:
        print(f"reader: warning: {warning}", file=sys.stderr)
    return load_folder(path, read_article, on_problem=_report, cache=cache, workers=_WORKERS)


def _cmd_show(args: argparse.Namespace, out: _Printer) -> int:
    """Print one article."""
    article = read_article(Path(args.path))
    if args.json:
        out.stream.write(_dumps(article_json(article)) + "\n")
    else:
        _print_article(out, article)
    return 0


def _cmd_list(args: argparse.Namespace, out: _Printer) -> int:
    """Print the articles that match the filters, newest first."""
    library = _load(args)
    query = Query(
        include=tuple(args.tag),
        mode=TagMode.ANY if args.any else TagMode.ALL,
        exclude=tuple(args.exclude),
        search=args.search or "",
    )
    ids = library.sort(library.select(query), SortOrder.NEWEST)
    for article_id in ids:
        article = library.article(article_id)
        if article is None:  # the cache cannot answer: the terminal may wait for the file
            article = library.with_library_tags(
                article_id, read_article(Path(library.path_of(article_id)))
            )
        _report_warnings(article)
        if args.json:
            out.stream.write(_dumps(article_json(article)) + "\n")
            continue
        day = article.published.isoformat()[:10] if article.published else "----------"
        source = f" — {article.source}" if article.source else ""
        out.line(f"{day}  {article.display_title}{source}")
    return 0


def _cmd_tags(args: argparse.Namespace, out: _Printer) -> int:
    """Print the tags with their counts, most used first."""
    library = _load(args)
    counts = library.tag_counts()
    if args.json:
        out.stream.write(_dumps([{"tag": tag, "count": count} for tag, count in counts]) + "\n")
    else:
        width = len(str(counts[0][1])) if counts else 1
        for tag, count in counts:
            out.line(f"{count:>{width}}  {tag}")
    return 0


def _add_cache_option(command: argparse.ArgumentParser) -> None:
    """Add --no-cache to a command that loads a folder."""
    command.add_argument(
        "--no-cache",
        action="store_true",
        help="parse every file and leave the cache alone (by default a folder's parse is kept "
        "in the user cache folder, $XDG_CACHE_HOME/arabic-news-reader on Linux, and a reopen "
        "parses only new and changed files)",
    )


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser of the terminal front end."""
    parser = argparse.ArgumentParser(
        prog=PROGRAM,
        description="Read folders of scraped Arabic news articles in a terminal.",
        epilog="Exit codes: 0 success; 1 a file or folder that cannot be read as articles; "
        "2 usage error.",
    )
    parser.add_argument(
        "--logical",
        action="store_true",
        help="print Arabic in logical order even on a terminal (for terminals that do their "
        "own bidi and shaping); piped output is always logical",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    show = commands.add_parser("show", help="print one article file, parsed")
    show.add_argument("path", metavar="PATH", help="an article file")
    show.add_argument("--json", action="store_true", help="print one JSON object")
    show.set_defaults(run=_cmd_show)
    listing = commands.add_parser("list", help="list a folder's articles, newest first")
    listing.add_argument("folder", metavar="FOLDER", help="a folder of article files")
    listing.add_argument(
        "--tag", action="append", default=[], metavar="T", help="keep articles tagged T"
    )
    listing.add_argument(
        "--any", action="store_true", help="keep articles with any --tag (default: all of them)"
    )
    listing.add_argument(
        "--exclude", action="append", default=[], metavar="T", help="drop articles tagged T"
    )
    listing.add_argument(
        "--search",
        metavar="TEXT",
        help="keep articles whose headline, body, source or tags hold every word of TEXT "
        "(ignoring diacritics, letter variants and proclitics such as و ب ل ال)",
    )
    listing.add_argument("--json", action="store_true", help="print JSON Lines, one per article")
    _add_cache_option(listing)
    listing.set_defaults(run=_cmd_list)
    tags = commands.add_parser("tags", help="list a folder's tags with counts, most used first")
    tags.add_argument("folder", metavar="FOLDER", help="a folder of article files")
    tags.add_argument("--json", action="store_true", help='print a JSON array of {"tag", "count"}')
    _add_cache_option(tags)
    tags.set_defaults(run=_cmd_tags)
    return parser


def main(argv: Sequence[str] | None = None, stdout: TextIO | None = None) -> int:
    """Run the terminal front end; return the exit code."""
    args = build_parser().parse_args(argv)
    stream = stdout if stdout is not None else sys.stdout
    shape = stream.isatty() and not args.logical
    run: Callable[[argparse.Namespace, _Printer], int] = args.run
    try:
        return run(args, _Printer(stream, shape))
    except NotAnArticleError as error:
        _report(error.problem)
        return 1
    except BrokenPipeError:
        # The reader of a pipe went away (| head): stop quietly, as Unix tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
