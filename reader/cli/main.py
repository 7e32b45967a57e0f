"""The front end's command line: output options, the commands, exit codes."""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from collections.abc import Callable, Sequence
from typing import TextIO

from reader.cli import analysis, copies, coverage, export, marks, reading, saved
from reader.cli.errors import CommandError
from reader.cli.output import Printer, report
from reader.cli.parsing import CommandAdder, output_options
from reader.domain.article import NotAnArticleError

PROGRAM = "python -m reader"
# Each module adds its commands; a new group of commands is one more entry.
COMMAND_GROUPS = (reading, coverage, copies, analysis, export, marks, saved)


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser of the terminal front end."""
    parser = argparse.ArgumentParser(
        prog=PROGRAM,
        description="Read folders of scraped Arabic news articles in a terminal.",
        epilog="Exit codes: 0 success; 1 a file or folder that cannot be read as articles, or a "
        "file that cannot be written; "
        "2 usage error.",
        parents=[output_options(suppress=False)],
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    adder = CommandAdder(commands)
    for group in COMMAND_GROUPS:
        group.add_commands(adder)
    return parser


def _printer(args: argparse.Namespace, stream: TextIO) -> Printer:
    """Return the printer the output options ask for on this stream."""
    on_terminal = stream.isatty()
    shape = args.visual or (on_terminal and not args.logical)
    width = args.width
    if width is None and shape and on_terminal:
        width = shutil.get_terminal_size().columns
    return Printer(stream, shape, width if shape else None)


def main(argv: Sequence[str] | None = None, stdout: TextIO | None = None) -> int:
    """Run the terminal front end; return the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.width is not None and args.width < 10:
        parser.error("--width must be at least 10")
    stream = stdout if stdout is not None else sys.stdout
    run: Callable[[argparse.Namespace, Printer], int] = args.run
    try:
        return run(args, _printer(args, stream))
    except NotAnArticleError as error:
        report(error.problem)
        return 1
    except CommandError as error:
        print(f"reader: {error}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader of a pipe went away (| head): stop quietly, as Unix tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
