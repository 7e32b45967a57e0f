"""The analysis commands: a concordance of a search (kwic) and a word list with keyness (words)."""

from __future__ import annotations

import argparse

from reader.cli.folder import (
    add_filter_arguments,
    add_folder_arguments,
    article_of,
    filtered_ids,
    load,
    selected_ids,
)
from reader.cli.output import Printer
from reader.cli.parsing import CommandAdder
from reader.domain.analysis.concordance import DEFAULT_WIDTH, article_hits
from reader.domain.analysis.word_list import word_list
from reader.domain.library.query import SortOrder
from reader.domain.store.word_index import WordIndex


def add_commands(commands: CommandAdder) -> None:
    """Add kwic and words to the front end's subcommands."""
    kwic = commands.add(
        "kwic",
        "print every hit of a search with the text around it; here --width N is the "
        f"context on each side, in characters (default {DEFAULT_WIDTH})",
    )
    add_folder_arguments(kwic)
    add_filter_arguments(kwic)
    kwic.add_argument(
        "--json",
        action="store_true",
        help='print JSON Lines {"path", "left", "match", "right"}, one per hit',
    )
    kwic.set_defaults(run=run_kwic)
    words = commands.add("words", "list the words of the articles with counts and keyness")
    add_folder_arguments(words)
    add_filter_arguments(words)
    words.add_argument("--top", type=int, default=50, metavar="N", help="print N words (50)")
    words.add_argument(
        "--all-words", action="store_true", help="keep the Arabic function words (stopwords)"
    )
    words.add_argument(
        "--json",
        action="store_true",
        help='print a JSON array of {"word", "count", "articles", "keyness"}',
    )
    words.set_defaults(run=run_words)


def run_kwic(args: argparse.Namespace, out: Printer) -> int:
    """Print the hits of the search, newest article first, in text order within one."""
    if not (args.search or "").strip():
        raise SystemExit("reader: kwic needs --search TEXT")
    library = load(args)
    # The output option --width means the context's width here (the kwic syntax);
    # a shaped table is not wrapped.
    width = DEFAULT_WIDTH if args.width is None else args.width
    out.width = None
    rows: list[tuple[str, str, str]] = []
    for article_id in library.sort(selected_ids(args, library), SortOrder.NEWEST):
        article = article_of(library, article_id)
        for hit in article_hits(article, args.search, width):
            if args.json:
                out.json(
                    {"path": hit.path, "left": hit.left, "match": hit.match, "right": hit.right}
                )
            else:
                rows.append((hit.left, hit.match, hit.right))
    if not args.json:
        left_width = max((len(left.strip()) for left, _m, _r in rows), default=0)
        for left, match, right in rows:
            # Padded at its start, the text before a hit aligns every hit in one column (at
            # the right in a right-to-left line).
            out.line(f"{left.strip():>{left_width}} «{match}» {right.strip()}", "rtl")
    return 0


def run_words(args: argparse.Namespace, out: Printer) -> int:
    """Print the most frequent words of the result, with keyness against the rest."""
    library = load(args)
    ids = filtered_ids(args, library)
    keys = None if ids is None else [library.row(article_id).key for article_id in ids]
    words = word_list(WordIndex(library.cache), keys, stopwords=not args.all_words)
    rows = words.by_frequency()[: max(0, args.top)]
    keyness = words.keyness
    if args.json:
        out.json(
            [
                {
                    "word": words.words[row],
                    "count": int(words.counts[row]),
                    "articles": int(words.articles[row]),
                    "keyness": None if keyness is None else round(float(keyness[row]), 2),
                }
                for row in rows
            ]
        )
        return 0
    count_width = max((len(str(int(words.counts[row]))) for row in rows), default=1)
    article_width = max((len(str(int(words.articles[row]))) for row in rows), default=1)
    out.line(("keyness  " if keyness is not None else "") + "articles  count  word", "ltr")
    for row in rows:
        score = "" if keyness is None else f"{float(keyness[row]):>10.2f}  "
        out.line(
            f"{score}{int(words.articles[row]):>{article_width}}  "
            f"{int(words.counts[row]):>{count_width}}  {words.words[row]}",
            "ltr",
        )
    return 0
