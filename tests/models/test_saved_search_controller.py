"""Saved searches from the window's side: the query and marks filter in force, saved and put
back, in the user data folder."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from reader.domain.library.query import Query, TagMode
from reader.domain.marks import MarksFilter
from reader.domain.saved_searches import SavedSearchStore
from reader.models.folder_session import FolderSession
from reader.models.marks_controller import MarksController
from reader.models.saved_search_controller import SavedSearchController

NewSession = Callable[..., FolderSession]


def test_the_search_in_force_is_saved_and_put_back(
    qtbot: QtBot, new_session: NewSession, tmp_path: Path
) -> None:
    session = new_session()
    query = session.query_controller
    marks = MarksController(session, session)
    store = SavedSearchStore.open(tmp_path)
    saved = SavedSearchController(query, marks, store)
    query.set_query(Query(include=("الصين", "روسيا"), mode=TagMode.ANY, search="قمة"))
    marks.set_filter(MarksFilter(unread=True))
    assert saved.default_name() == "قمة"
    saved.save_current("قمة الصين")
    query.clear()
    marks.set_filter(MarksFilter())
    # Another window's controller, over the same file.
    SavedSearchController(query, marks, SavedSearchStore.open(tmp_path)).restore("قمة الصين")
    assert query.query() == Query(include=("الصين", "روسيا"), mode=TagMode.ANY, search="قمة")
    assert marks.marks_filter() == MarksFilter(unread=True)
    saved.rename("قمة الصين", "القمة")
    saved.delete("القمة")
    assert saved.searches() == {}


def test_a_search_of_tags_alone_is_named_by_its_tags(qtbot: QtBot, new_session: NewSession) -> None:
    session = new_session()
    query = session.query_controller
    saved = SavedSearchController(query, MarksController(session, session))
    query.set_query(Query(include=("الصين", "روسيا")))
    assert saved.default_name() == "الصين، روسيا"
