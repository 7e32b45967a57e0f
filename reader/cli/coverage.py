"""The coverage commands: a folder's outlets and its articles over time, filtered."""

from __future__ import annotations

import argparse
import shutil

from reader.cli.folder import (
    add_filter_arguments,
    add_folder_arguments,
    filtered_ids,
    load,
    query_of,
)
from reader.cli.output import Printer
from reader.cli.parsing import CommandAdder
from reader.domain.library.periods import Period, Timeline

NO_SOURCE_TEXT = "(no source)"
UNDATED_TEXT = "undated"
_FULL = "█"
_EIGHTHS = " ▏▎▍▌▋▊▉"
_BEHIND = "░"


def add_commands(commands: CommandAdder) -> None:
    """Add sources and timeline to the front end's subcommands."""
    sources = commands.add("sources", "list the outlets of a folder's articles, most first")
    add_folder_arguments(sources)
    add_filter_arguments(sources)
    sources.add_argument(
        "--json", action="store_true", help='print a JSON array of {"source", "count"}'
    )
    sources.set_defaults(run=run_sources)
    timeline = commands.add("timeline", "count a folder's articles per day, week, month or year")
    add_folder_arguments(timeline)
    add_filter_arguments(timeline)
    timeline.add_argument(
        "--by",
        choices=[period.value for period in Period],
        help="the period of each line (default: chosen from the span, at most 60 lines)",
    )
    timeline.add_argument(
        "--json",
        action="store_true",
        help='print {"by", "periods": [{"period", "count", "total"}], "undated": '
        '{"count", "total"}}; total counts the whole folder',
    )
    timeline.set_defaults(run=run_timeline)


def run_sources(args: argparse.Namespace, out: Printer) -> int:
    """Print the outlets of the result with their counts, most articles first."""
    library = load(args)
    counts = library.source_counts(filtered_ids(args, library))
    if args.json:
        out.json([{"source": source, "count": count} for source, count in counts])
        return 0
    width = len(str(counts[0][1])) if counts else 1
    for source, count in counts:
        out.line(f"{count:>{width}}  {source or NO_SOURCE_TEXT}")
    return 0


def run_timeline(args: argparse.Namespace, out: Printer) -> int:
    """Print the result's articles and the folder's per period, as JSON or as bars."""
    library = load(args)
    query = query_of(args)
    by = Period(args.by) if args.by else None
    timeline = library.timeline(filtered_ids(args, library), by, query.date_from, query.date_to)
    if args.json:
        out.json(timeline_json(timeline))
        return 0
    # --width sizes the bars even when the output is piped in logical order.
    columns = args.width or out.width or shutil.get_terminal_size((80, 24)).columns
    for line in timeline_lines(timeline, columns):
        out.line(line)
    return 0


def timeline_json(timeline: Timeline) -> dict[str, object]:
    """Return a timeline as the JSON object the front end prints."""
    return {
        "by": timeline.by.value,
        "periods": [
            {"period": timeline.label(index), "count": count, "total": total}
            for index, (count, total) in enumerate(
                zip(timeline.counts, timeline.totals, strict=True)
            )
        ],
        "undated": {"count": timeline.undated, "total": timeline.undated_total},
    }


def timeline_lines(timeline: Timeline, columns: int) -> list[str]:
    """Return one line per period: label, count / folder's count, and a bar of block
    characters (the result solid, the rest of the folder's shaded) sized to columns."""
    labels = [timeline.label(index) for index in range(len(timeline))]
    label_width = max(map(len, [*labels, UNDATED_TEXT]))
    number_width = len(str(max([*timeline.totals, timeline.undated_total, 1])))
    prefix = label_width + 2 * number_width + 7
    room = max(columns - prefix - 1, 10)
    most = max(timeline.totals, default=0) or 1
    lines = []
    for label, count, total in zip(labels, timeline.counts, timeline.totals, strict=True):
        counts = f"{count:>{number_width}} / {total:>{number_width}}"
        lines.append(f"{label:<{label_width}}  {counts}  {_bar(count, total, most, room)}")
    counts = f"{timeline.undated:>{number_width}} / {timeline.undated_total:>{number_width}}"
    lines.append(f"{UNDATED_TEXT:<{label_width}}  {counts}")
    return [line.rstrip() for line in lines]


def _bar(count: int, total: int, most: int, room: int) -> str:
    """Return count as a solid bar in eighths of a character, followed by the rest of total
    shaded, both scaled so that most fills room."""
    eighths = round(count * room * 8 / most)
    solid = _FULL * (eighths // 8) + (_EIGHTHS[eighths % 8] if eighths % 8 else "")
    behind = max(round(total * room / most) - len(solid), 0)
    return solid + _BEHIND * behind
