import dataclasses
import json
from datetime import date
from pathlib import Path

import pytest

from reader.domain.library.query import Query, TagMode
from reader.domain.marks import MarksFilter
from reader.domain.saved_searches import (
    SavedSearch,
    SavedSearchError,
    SavedSearchStore,
    fields_json,
    from_fields_json,
    with_given,
)

FULL = Query(include=("الصين", "روسيا"), mode=TagMode.ANY, exclude=("غزة",), search="وزير الخارجية")


def _every_field_set() -> Query:
    """Return a query with every field away from its default, whatever fields Query has."""
    values: dict[str, object] = {}
    for field in dataclasses.fields(Query):
        default = getattr(Query(), field.name)
        if isinstance(default, tuple):
            values[field.name] = ("بوابة الوفد", "سام برس")
        elif isinstance(default, TagMode):
            values[field.name] = TagMode.ANY
        elif isinstance(default, str):
            values[field.name] = "الصين"
        elif default is None and "date" in field.name:
            values[field.name] = date(2023, 9, 18)
        elif isinstance(default, bool):
            values[field.name] = not default
    return Query(**values)  # type: ignore[arg-type]


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> SavedSearchStore:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return SavedSearchStore.open()


def test_saved_search_round_trip_keeps_every_field(store: SavedSearchStore) -> None:
    query = _every_field_set()
    assert all(
        getattr(query, field.name) != getattr(Query(), field.name)
        for field in dataclasses.fields(Query)
    )
    search = SavedSearch("الصين غير المقروءة", query, MarksFilter(unread=True, starred=True))
    store.save(search)
    assert store.path.parent.name == "arabic-news-reader"
    assert SavedSearchStore(store.path).get("الصين غير المقروءة") == search


@pytest.mark.parametrize(
    ("stored", "expected"),
    [
        ({}, Query()),
        ({"include": ["أ"], "mode": "any"}, Query(include=("أ",), mode=TagMode.ANY)),
        ({"search": "x", "no_such_field": 1}, Query(search="x")),
        ({"mode": "sideways", "search": 3}, Query()),
        ({"include": "not a list"}, Query()),
    ],
)
def test_stored_fields_that_no_longer_fit_take_their_default(
    stored: dict[str, object], expected: Query
) -> None:
    assert from_fields_json(Query, stored) == expected


def test_fields_are_stored_by_name_as_json(store: SavedSearchStore) -> None:
    store.save(SavedSearch("s", FULL, MarksFilter(starred=True)))
    stored = json.loads(store.path.read_text(encoding="utf-8"))
    assert stored["version"] == 1
    assert stored["searches"]["s"]["query"] == fields_json(FULL)
    assert stored["searches"]["s"]["query"]["include"] == ["الصين", "روسيا"]
    assert stored["searches"]["s"]["marks"] == {"unread": False, "starred": True}


def test_rename_and_delete(store: SavedSearchStore) -> None:
    store.save(SavedSearch("أ", FULL))
    store.save(SavedSearch("ب"))
    store.save(SavedSearch("ج"))
    store.rename("ب", " د ")
    assert list(store.searches()) == ["أ", "د", "ج"]
    assert store.get("د") == SavedSearch("د")
    with pytest.raises(SavedSearchError, match="already named"):
        store.rename("أ", "ج")
    store.delete("أ")
    assert list(store.searches()) == ["د", "ج"]
    with pytest.raises(SavedSearchError, match="no saved search"):
        store.delete("أ")
    with pytest.raises(SavedSearchError, match="no saved search"):
        store.get("أ")
    with pytest.raises(SavedSearchError, match="needs a name"):
        store.save(SavedSearch("  "))


def test_saving_again_replaces_and_leaves_no_partial_file(store: SavedSearchStore) -> None:
    store.save(SavedSearch("s", FULL))
    store.save(SavedSearch("s", Query(search="آخر")))
    assert store.get("s").query == Query(search="آخر")
    assert [path.name for path in store.path.parent.iterdir()] == [store.path.name]


def test_a_damaged_file_is_reported_not_overwritten(store: SavedSearchStore) -> None:
    store.path.parent.mkdir(parents=True)
    store.path.write_text("{not json", encoding="utf-8")
    with pytest.raises(SavedSearchError, match="not a saved-searches file"):
        store.save(SavedSearch("s"))
    assert store.path.read_text(encoding="utf-8") == "{not json"


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        (Query(), FULL),
        (Query(search="غزة"), dataclasses.replace(FULL, search="غزة")),
        (Query(include=("مصر",)), dataclasses.replace(FULL, include=("مصر",))),
    ],
)
def test_options_given_replace_the_saved_fields(given: Query, expected: Query) -> None:
    assert with_given(FULL, given) == expected
