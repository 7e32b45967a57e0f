"""The copies command (groups of syndicated copies) and list's --group-copies option."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from dataclasses import dataclass

from reader.cli.folder import add_filter_arguments, add_folder_arguments, load, selected_ids
from reader.cli.output import Printer
from reader.cli.parsing import CommandAdder
from reader.domain.copies.groups import CopyGroups
from reader.domain.copies.library import library_copy_groups
from reader.domain.copies.update import update_copy_groups
from reader.domain.library.library import Library
from reader.domain.library.query import SortOrder
from reader.domain.loading.workers import default_workers

_COPIES_HELP = (
    "two articles are copies when their bodies (not headline, outlet, tags or read-also "
    "items) are identical after folding, or share at least 70%% of their 5-word phrases "
    "(bodies of 20 words or more); the groups are kept in the cache"
)


def add_commands(commands: CommandAdder) -> None:
    """Add copies to the front end's subcommands."""
    copies = commands.add(
        "copies", "list the groups of copies of one story among a folder's articles"
    )
    copies.description = "Print the groups of copies (syndicated or re-posted articles) among "
    copies.description += "the articles the filters keep, newest story first. " + _COPIES_HELP
    add_folder_arguments(copies)
    add_filter_arguments(copies)
    copies.add_argument(
        "--json",
        action="store_true",
        help='print a JSON array of {"story": PATH, "paths": [PATH, ...]}: the story is the '
        "earliest published copy (dated before undated, then by path), paths every copy, "
        "oldest first",
    )
    copies.set_defaults(run=run_copies)


def add_group_copies_argument(command: argparse.ArgumentParser) -> None:
    """Add --group-copies to the list command."""
    command.add_argument(
        "--group-copies",
        action="store_true",
        help="list one entry per story, its earliest copy, marked ×N (with --json, "
        '"copies" holds the paths of the other copies among the listed articles); ' + _COPIES_HELP,
    )


@dataclass(frozen=True, slots=True)
class ListedCopies:
    """A listing with one entry per story, and the copies of each among the listing."""

    library: Library
    stories: list[int]
    groups: CopyGroups

    def paths(self, article_id: int) -> list[str]:
        """Return the paths of the other copies of an entry's story, oldest first."""
        return [self.library.path_of(member) for member in self.groups.copies(article_id)]

    def badge(self, article_id: int) -> str:
        """Return "  ×N" for a story with N copies in all, "" for one with none."""
        count = len(self.groups.group(article_id))
        return f"  ×{count}" if count else ""


def story_groups(library: Library, ids: Sequence[int]) -> CopyGroups:
    """Return the groups of copies among ids (library ids), bringing the cache's up to date."""
    groups = update_copy_groups(library.cache, workers=default_workers())
    return library_copy_groups(library, groups).within(ids)


def listed_copies(library: Library, ids: Sequence[int]) -> ListedCopies:
    """Return a listing's stories, in its order, with the copies of each among it."""
    groups = story_groups(library, ids)
    return ListedCopies(library, groups.collapse(ids), groups)


def run_copies(args: argparse.Namespace, out: Printer) -> int:
    """Print the groups of copies among the articles the filters keep."""
    library = load(args)
    groups = story_groups(library, selected_ids(args, library))
    stories = library.sort([group[0] for group in groups], SortOrder.NEWEST)
    if args.json:
        out.json(
            [
                {
                    "story": library.path_of(story),
                    "paths": [library.path_of(member) for member in groups.group(story)],
                }
                for story in stories
            ]
        )
        return 0
    for number, story in enumerate(stories):
        if number:
            out.line()
        members = groups.group(story)
        out.line(f"×{len(members)}  {_entry(library, story)}")
        for member in members:
            row = library.row(member)
            source = f" — {row.source}" if row.source else ""
            out.line(f"    {_day(library, member)}  {library.path_of(member)}{source}")
    return 0


def _day(library: Library, article_id: int) -> str:
    """Return an article's day as the list prints it."""
    published = library.row(article_id).published
    return published.isoformat()[:10] if published else "----------"


def _entry(library: Library, article_id: int) -> str:
    """Return an article's line as the list prints it: day, headline and outlet."""
    row = library.row(article_id)
    source = f" — {row.source}" if row.source else ""
    return f"{_day(library, article_id)}  {row.display_title}{source}"
