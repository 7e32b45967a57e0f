"""The export command: a folder's filtered articles, or their tag or outlet counts, to a file."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from reader.cli.errors import CommandError
from reader.cli.folder import add_filter_arguments, add_folder_arguments, load, selected_ids
from reader.cli.output import Printer, report
from reader.cli.parsing import CommandAdder
from reader.domain.atomic_file import UnwritableError, atomic_text_file
from reader.domain.exporting.csv_export import write_counts_csv
from reader.domain.exporting.exporter import (
    StreamWriteError,
    export_articles,
    library_articles,
    write_articles,
    writer_for,
)
from reader.domain.exporting.formats import ExportFormat
from reader.domain.library.library import Library
from reader.domain.library.query import SortOrder

STDOUT = "-"
# What --counts exports, and the header of its first column.
COUNTS = {"tags": "tag", "sources": "source"}
# The progress line on a terminal is redrawn once per this many articles.
_PROGRESS_EVERY = 500


def add_commands(commands: CommandAdder) -> None:
    """Add export to the front end's subcommands."""
    export = commands.add(
        "export",
        "write a folder's filtered articles (newest first) to a CSV, JSON Lines or HTML file",
    )
    add_folder_arguments(export)
    add_filter_arguments(export)
    export.add_argument(
        "--format",
        choices=[export_format.value for export_format in ExportFormat],
        help="csv: UTF-8 with a byte-order mark, columns path,title,published,source,byline,"
        "tags,body; jsonl: the objects of list --json; html: one right-to-left page "
        "(default: from the file name's suffix)",
    )
    export.add_argument(
        "--output",
        required=True,
        metavar="FILE",
        help="the file to write, whole or not at all (- writes to standard output)",
    )
    export.add_argument(
        "--counts",
        choices=sorted(COUNTS),
        help="write the result's tag or outlet counts as CSV (label,count) instead of articles",
    )
    export.set_defaults(run=run_export)


def _format_of(args: argparse.Namespace) -> ExportFormat:
    if args.counts:
        if args.format not in (None, ExportFormat.CSV.value):
            raise CommandError("--counts writes CSV only")
        return ExportFormat.CSV
    if args.format:
        return ExportFormat(args.format)
    found = ExportFormat.for_path(Path(args.output)) if args.output != STDOUT else None
    if found is None:
        raise CommandError(f"{args.output}: give --format (csv, jsonl or html)")
    return found


def run_export(args: argparse.Namespace, out: Printer) -> int:
    """Export the articles (or counts) that match the filters; exit 1 when FILE cannot be
    written."""
    export_format = _format_of(args)
    library = load(args)
    ids = library.sort(selected_ids(args, library), SortOrder.NEWEST)
    try:
        if args.counts:
            _export_counts(args, library, ids, out)
        else:
            _export_articles(args, library, ids, export_format, out)
    except UnwritableError as error:
        raise CommandError(str(error)) from error
    return 0


def _export_counts(
    args: argparse.Namespace, library: Library, ids: Sequence[int], out: Printer
) -> None:
    counts = library.tag_counts(ids) if args.counts == "tags" else library.source_counts(ids)
    label = COUNTS[args.counts]
    if args.output == STDOUT:
        write_counts_csv(out.stream, label, counts)
        return
    with atomic_text_file(Path(args.output), newline="") as stream:
        write_counts_csv(stream, label, counts)


def _export_articles(
    args: argparse.Namespace,
    library: Library,
    ids: Sequence[int],
    export_format: ExportFormat,
    out: Printer,
) -> None:
    articles = library_articles(library, ids, on_problem=report)
    title = Path(args.folder).resolve().name
    if args.output == STDOUT:
        try:
            write_articles(writer_for(export_format, out.stream, title), articles)
        except StreamWriteError as error:
            raise CommandError(f"standard output: cannot write ({error.reason})") from error
        return
    export_articles(
        Path(args.output), export_format, articles, title=title, progress=_progress(len(ids))
    )
    if sys.stderr.isatty():
        print(file=sys.stderr)


def _progress(total: int) -> Callable[[int], None] | None:
    """Return a progress line for a terminal, redrawn in place; None when stderr is piped."""
    if not sys.stderr.isatty():
        return None

    def show(done: int) -> None:
        if done % _PROGRESS_EVERY == 0 or done == total:
            print(f"\rreader: exported {done}/{total}", end="", file=sys.stderr, flush=True)

    return show
