"""The saved-search commands: save the filters under a name, list, rename and delete them."""

from __future__ import annotations

import argparse
from dataclasses import fields

from reader.cli.errors import CommandError
from reader.cli.folder import add_filter_arguments, query_of
from reader.cli.mark_filters import marks_filter_of
from reader.cli.output import Printer
from reader.cli.parsing import CommandAdder
from reader.domain.library.query import Query
from reader.domain.saved_searches import (
    SavedSearch,
    SavedSearchError,
    SavedSearchStore,
    fields_json,
)


def add_commands(commands: CommandAdder) -> None:
    """Add save-search, saved-searches, rename-search and delete-search."""
    save = commands.add(
        "save-search", "save the filters under a name, for --saved NAME and the window's list"
    )
    save.add_argument("name", metavar="NAME")
    add_filter_arguments(save)
    save.set_defaults(run=run_save)
    listing = commands.add("saved-searches", "list the saved searches and their filters")
    listing.add_argument(
        "--json", action="store_true", help='print JSON Lines of {"name", "query", "marks"}'
    )
    listing.set_defaults(run=run_list_saved)
    rename = commands.add("rename-search", "give a saved search another name")
    rename.add_argument("old", metavar="NAME")
    rename.add_argument("new", metavar="NEW")
    rename.set_defaults(run=run_rename)
    delete = commands.add("delete-search", "forget a saved search")
    delete.add_argument("name", metavar="NAME")
    delete.set_defaults(run=run_delete)


def _store() -> SavedSearchStore:
    return SavedSearchStore.open()


def run_save(args: argparse.Namespace, out: Printer) -> int:
    """Save the filter options under NAME, replacing a search of that name."""
    try:
        _store().save(SavedSearch(args.name, query_of(args), marks_filter_of(args)))
    except SavedSearchError as error:
        raise CommandError(str(error)) from error
    return 0


def describe_search(search: SavedSearch) -> str:
    """Return a saved search's filters as one line: the fields that narrow, by name."""
    default = Query()
    parts = []
    for item in fields(Query):
        value = getattr(search.query, item.name)
        if value != getattr(default, item.name):
            shown = "، ".join(value) if isinstance(value, tuple) else str(value)
            parts.append(f"{item.name}: {shown}")
    parts += [name for name in ("unread", "starred") if getattr(search.marks, name)]
    return "; ".join(parts) or "everything"


def run_list_saved(args: argparse.Namespace, out: Printer) -> int:
    """Print the saved searches, in the order they were saved."""
    try:
        searches = _store().searches()
    except SavedSearchError as error:
        raise CommandError(str(error)) from error
    for search in searches.values():
        if args.json:
            query, marks = fields_json(search.query), fields_json(search.marks)
            out.json({"name": search.name, "query": query, "marks": marks})
        else:
            out.line(f"{search.name}: {describe_search(search)}")
    return 0


def run_rename(args: argparse.Namespace, out: Printer) -> int:
    """Rename a saved search."""
    try:
        _store().rename(args.old, args.new)
    except SavedSearchError as error:
        raise CommandError(str(error)) from error
    return 0


def run_delete(args: argparse.Namespace, out: Printer) -> int:
    """Delete a saved search."""
    try:
        _store().delete(args.name)
    except SavedSearchError as error:
        raise CommandError(str(error)) from error
    return 0
