"""The filters every folder command takes on marks and saved searches: --unread, --starred,
--saved NAME."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from reader.cli.errors import CommandError
from reader.domain.library.library import Library
from reader.domain.library.query import Query
from reader.domain.library_marks import LibraryMarks
from reader.domain.marks import FolderMarks, MarksFilter, MarksUnavailableError
from reader.domain.saved_searches import (
    SavedSearch,
    SavedSearchError,
    SavedSearchStore,
    with_given,
)


def add_mark_filter_arguments(command: argparse.ArgumentParser) -> None:
    """Add the filters on read and starred marks and the saved-search filter."""
    command.add_argument("--unread", action="store_true", help="keep articles not read yet")
    command.add_argument("--starred", action="store_true", help="keep starred articles")
    command.add_argument(
        "--saved",
        metavar="NAME",
        help="start from the saved search NAME; a filter given too replaces that part of it "
        "(--unread and --starred add to it)",
    )


def saved_search_of(args: argparse.Namespace) -> SavedSearch | None:
    """Return the saved search --saved names, if any."""
    name = getattr(args, "saved", None)
    if not name:
        return None
    try:
        return SavedSearchStore.open().get(name)
    except SavedSearchError as error:
        raise CommandError(str(error)) from error


def with_saved_query(args: argparse.Namespace, given: Query) -> Query:
    """Return the query the filter options give, on top of the saved search's (if any)."""
    saved = saved_search_of(args)
    return given if saved is None else with_given(saved.query, given)


def marks_filter_of(args: argparse.Namespace) -> MarksFilter:
    """Return the marks filter --unread, --starred and the saved search ask for."""
    saved = saved_search_of(args)
    marks = saved.marks if saved is not None else MarksFilter()
    return MarksFilter(
        unread=marks.unread or getattr(args, "unread", False),
        starred=marks.starred or getattr(args, "starred", False),
    )


def keep_marked(
    library: Library, folder: Path, ids: Sequence[int], marks_filter: MarksFilter
) -> Sequence[int]:
    """Return those of ids the marks filter lets through, in the same order."""
    if marks_filter.is_empty():
        return ids
    try:
        with FolderMarks.open(folder) as marks:
            return LibraryMarks(library, folder, marks).select(ids, marks_filter)
    except MarksUnavailableError as error:
        raise CommandError(str(error)) from error
