"""Saved searches: a name for a query and a marks filter, kept in the user data folder.

The query's fields are stored by name, whatever they are (dataclasses.fields), so a field
added to Query later is kept without a change here; a stored field the Query no longer has
is dropped, and one it lacks takes the Query's default.
"""

from __future__ import annotations

import json
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from types import NoneType, UnionType
from typing import Any, TypeVar

from reader.domain.atomic_file import atomic_text_file
from reader.domain.library.query import Query
from reader.domain.marks import MarksFilter
from reader.domain.user_data import default_data_dir

FILE_NAME = "saved-searches.json"
FORMAT_VERSION = 1

_Stored = TypeVar("_Stored", Query, MarksFilter)


class SavedSearchError(Exception):
    """Raised for a name that is empty, taken or unknown, or a file that cannot be used."""


@dataclass(frozen=True, slots=True)
class SavedSearch:
    """A named filter: the query (tags, outlets, dates, search words) and the marks filter."""

    name: str
    query: Query = field(default_factory=Query)
    marks: MarksFilter = field(default_factory=MarksFilter)


def _to_json(value: object) -> object:
    """Return a field's value as JSON can hold it."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, tuple | list | frozenset | set):
        return [_to_json(item) for item in value]
    return value


def _from_json(value: object, kind: object) -> object:
    """Return a JSON value as the annotated type asks; ValueError when it cannot be."""
    origin = typing.get_origin(kind)
    if origin in (UnionType, typing.Union):
        options = typing.get_args(kind)
        if value is None and NoneType in options:
            return None
        for option in options:
            if option is not NoneType:
                try:
                    return _from_json(value, option)
                except (ValueError, TypeError):
                    continue
        raise ValueError(f"{value!r} is none of {kind}")
    if origin in (tuple, frozenset, list, set):
        if not isinstance(value, list):
            raise ValueError(f"{value!r} is not a list")
        item_kind = typing.get_args(kind)[0] if typing.get_args(kind) else Any
        return origin(_from_json(item, item_kind) for item in value)
    if kind is Any:
        return value
    if isinstance(kind, type) and issubclass(kind, Enum):
        return kind(value)
    # datetime before date: a datetime is a date too.
    if kind is datetime and isinstance(value, str):
        return datetime.fromisoformat(value)
    if kind is date and isinstance(value, str):
        return date.fromisoformat(value)
    if kind is float and isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    if isinstance(kind, type) and isinstance(value, kind):
        return value
    raise ValueError(f"{value!r} is not a {kind}")


def fields_json(instance: Query | MarksFilter) -> dict[str, object]:
    """Return a query's or a marks filter's fields by name, as JSON values."""
    return {item.name: _to_json(getattr(instance, item.name)) for item in fields(instance)}


def from_fields_json(cls: type[_Stored], stored: Mapping[str, object]) -> _Stored:
    """Return a query or a marks filter from fields_json's mapping; unknown names and values
    that no longer fit their field are left out (the field keeps its default)."""
    try:
        hints = typing.get_type_hints(cls)
    except NameError:  # an annotation only a type checker can resolve
        hints = {}
    values: dict[str, Any] = {}
    for item in fields(cls):
        if item.name not in stored:
            continue
        try:
            values[item.name] = _from_json(stored[item.name], hints.get(item.name, Any))
        except (ValueError, TypeError):
            continue
    return cls(**values)


def search_json(search: SavedSearch) -> dict[str, object]:
    """Return a saved search as the JSON object the file keeps (its name is the object's key)."""
    return {"query": fields_json(search.query), "marks": fields_json(search.marks)}


def search_from_json(name: str, stored: Mapping[str, Any]) -> SavedSearch:
    """Return the saved search search_json wrote."""
    query = stored.get("query")
    marks = stored.get("marks")
    return SavedSearch(
        name,
        from_fields_json(Query, query if isinstance(query, Mapping) else {}),
        from_fields_json(MarksFilter, marks if isinstance(marks, Mapping) else {}),
    )


def with_given(saved: Query, given: Query) -> Query:
    """Return a saved query with the fields given on top of it: every field of given that is
    not the default replaces the saved one (`list --saved NAME --search X`)."""
    default = Query()
    changed = {
        item.name: getattr(given, item.name)
        for item in fields(Query)
        if getattr(given, item.name) != getattr(default, item.name)
    }
    return replace(saved, **changed)


class SavedSearchStore:
    """The saved searches, by name, in one JSON file written whole (beside, then renamed).

    Each change reads the file again first, so that two windows (or a window and the
    terminal) lose nothing but a change to the very same name.
    """

    def __init__(self, path: Path) -> None:
        self.path = path

    @classmethod
    def open(cls, data_dir: Path | None = None) -> SavedSearchStore:
        """Return the store in data_dir (default: the user data folder)."""
        return cls((data_dir if data_dir is not None else default_data_dir()) / FILE_NAME)

    def searches(self) -> dict[str, SavedSearch]:
        """Return the saved searches by name, in the order they were saved."""
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return {}
        except OSError as error:
            raise SavedSearchError(f"{self.path}: cannot read ({error.strerror})") from error
        try:
            stored = json.loads(text)
        except ValueError as error:
            raise SavedSearchError(f"{self.path}: not a saved-searches file ({error})") from error
        found = stored.get("searches") if isinstance(stored, dict) else None
        if not isinstance(found, dict):
            raise SavedSearchError(f"{self.path}: not a saved-searches file")
        return {
            name: search_from_json(name, value)
            for name, value in found.items()
            if isinstance(value, Mapping)
        }

    def get(self, name: str) -> SavedSearch:
        """Return the search saved under name."""
        try:
            return self.searches()[name]
        except KeyError:
            raise SavedSearchError(f"no saved search is named {name!r}") from None

    def save(self, search: SavedSearch) -> None:
        """Save a search under its name, replacing any of that name."""
        name = search.name.strip()
        if not name:
            raise SavedSearchError("a saved search needs a name")
        searches = self.searches()
        searches[name] = replace(search, name=name)
        self._write(searches)

    def rename(self, old: str, new: str) -> None:
        """Give a saved search another name (not one that is taken), keeping its place."""
        new = new.strip()
        searches = self.searches()
        if old not in searches:
            raise SavedSearchError(f"no saved search is named {old!r}")
        if not new:
            raise SavedSearchError("a saved search needs a name")
        if new != old and new in searches:
            raise SavedSearchError(f"a saved search is already named {new!r}")
        renamed = {
            (new if name == old else name): (replace(search, name=new) if name == old else search)
            for name, search in searches.items()
        }
        self._write(renamed)

    def delete(self, name: str) -> None:
        """Forget a saved search."""
        searches = self.searches()
        if searches.pop(name, None) is None:
            raise SavedSearchError(f"no saved search is named {name!r}")
        self._write(searches)

    def _write(self, searches: Mapping[str, SavedSearch]) -> None:
        stored = {
            "version": FORMAT_VERSION,
            "searches": {name: search_json(search) for name, search in searches.items()},
        }
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise SavedSearchError(f"{self.path}: cannot write ({error.strerror})") from error
        # ensure_ascii keeps a lone surrogate (never typed, but possible) writable as UTF-8.
        with atomic_text_file(self.path) as stream:
            json.dump(stored, stream, ensure_ascii=True, indent=1)
            stream.write("\n")
