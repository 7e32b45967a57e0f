"""The reading commands: show one article, list a folder's articles, count its tags."""

from __future__ import annotations

import argparse
from pathlib import Path

from reader.cli.copies import add_group_copies_argument, listed_copies
from reader.cli.folder import (
    add_filter_arguments,
    add_folder_arguments,
    article_of,
    load,
    selected_ids,
)
from reader.cli.output import Printer, article_json, print_article, report_warnings
from reader.cli.parsing import CommandAdder
from reader.domain.library.query import SortOrder
from reader.domain.text.parser import read_article


def add_commands(commands: CommandAdder) -> None:
    """Add show, list and tags to the front end's subcommands."""
    show = commands.add("show", "print one article file, parsed")
    show.add_argument("path", metavar="PATH", help="an article file")
    show.add_argument("--json", action="store_true", help="print one JSON object")
    show.set_defaults(run=run_show)
    listing = commands.add("list", "list a folder's articles, newest first")
    add_folder_arguments(listing)
    add_filter_arguments(listing)
    listing.add_argument("--json", action="store_true", help="print JSON Lines, one per article")
    add_group_copies_argument(listing)
    listing.set_defaults(run=run_list)
    tags = commands.add("tags", "list a folder's tags with counts, most used first")
    add_folder_arguments(tags)
    add_filter_arguments(tags)
    tags.add_argument("--json", action="store_true", help='print a JSON array of {"tag", "count"}')
    tags.set_defaults(run=run_tags)


def run_show(args: argparse.Namespace, out: Printer) -> int:
    """Print one article."""
    article = read_article(Path(args.path))
    if args.json:
        out.json(article_json(article))
    else:
        print_article(out, article)
    return 0


def run_list(args: argparse.Namespace, out: Printer) -> int:
    """Print the articles that match the filters, newest first."""
    library = load(args)
    ids = library.sort(selected_ids(args, library), SortOrder.NEWEST)
    copies = listed_copies(library, ids) if args.group_copies else None
    for article_id in copies.stories if copies else ids:
        article = article_of(library, article_id)
        report_warnings(article)
        if args.json:
            record = article_json(article)
            if copies:
                record["copies"] = copies.paths(article_id)
            out.json(record)
            continue
        day = article.published.isoformat()[:10] if article.published else "----------"
        source = f" — {article.source}" if article.source else ""
        badge = copies.badge(article_id) if copies else ""
        out.line(f"{day}  {article.display_title}{source}{badge}")
    return 0


def run_tags(args: argparse.Namespace, out: Printer) -> int:
    """Print the tags with their counts, most used first."""
    library = load(args)
    counts = library.tag_counts(selected_ids(args, library))
    if args.json:
        out.json([{"tag": tag, "count": count} for tag, count in counts])
    else:
        width = len(str(counts[0][1])) if counts else 1
        for tag, count in counts:
            out.line(f"{count:>{width}}  {tag}")
    return 0
