"""The mark command: mark a folder's article files read or unread, starred or not."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from reader.cli.errors import CommandError
from reader.cli.output import Printer
from reader.cli.parsing import CommandAdder
from reader.domain.article import display_path
from reader.domain.marks import FolderMarks, Mark, MarksUnavailableError, relative_key


def add_commands(commands: CommandAdder) -> None:
    """Add mark to the front end's subcommands."""
    mark = commands.add(
        "mark",
        "mark article files read or unread, starred or not (kept in the user data folder, "
        "$XDG_DATA_HOME/arabic-news-reader on Linux, never in FOLDER)",
    )
    mark.add_argument("folder", metavar="FOLDER", help="the folder the articles belong to")
    mark.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="an article file in FOLDER, as a path or relative to FOLDER",
    )
    read = mark.add_mutually_exclusive_group()
    read.add_argument(
        "--read", dest="read", action="store_const", const=True, help="mark them read"
    )
    read.add_argument(
        "--unread", dest="read", action="store_const", const=False, help="mark them unread"
    )
    star = mark.add_mutually_exclusive_group()
    star.add_argument("--star", dest="star", action="store_const", const=True, help="star them")
    star.add_argument(
        "--unstar", dest="star", action="store_const", const=False, help="take their star off"
    )
    mark.set_defaults(run=run_mark)


def article_key(folder: Path, path: str) -> str:
    """Return the key of an article file of folder given as a path, or relative to folder."""
    for candidate in (path, os.path.join(folder, path)):
        if os.path.isfile(candidate):
            key = relative_key(folder, candidate)
            if key is not None:
                return key
            raise CommandError(f"{display_path(path)}: not in {display_path(str(folder))}")
    raise CommandError(f"{display_path(path)}: no such article file")


def run_mark(args: argparse.Namespace, out: Printer) -> int:
    """Mark the files; nothing is marked when one of them is not an article file of FOLDER."""
    if args.read is None and args.star is None:
        raise CommandError("mark: give --read, --unread, --star or --unstar")
    folder = Path(args.folder)
    if not folder.is_dir():
        raise CommandError(f"{display_path(args.folder)}: not a folder")
    keys = [article_key(folder, path) for path in args.paths]
    try:
        with FolderMarks.open(folder) as marks:
            if args.read is not None:
                marks.set_mark(keys, Mark.READ, args.read)
            if args.star is not None:
                marks.set_mark(keys, Mark.STARRED, args.star)
    except MarksUnavailableError as error:
        raise CommandError(str(error)) from error
    return 0
