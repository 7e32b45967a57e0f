"""ArticleListModel's snippets: a line of the body around the first hit while a search is in
force, the hit's offsets in the text as written; under the model tester."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QAbstractItemModel
from pytestqt.qtbot import QtBot

from reader.domain.library.library import Library
from reader.domain.library.query import Query
from reader.domain.text.parser import parse_text
from reader.models.article_list_model import ArticleListModel
from reader.models.roles import ItemRole

CheckModel = Callable[[QAbstractItemModel, bool], None]

BODIES = (
    "فقرة لا شيء فيها.\nوصل وزیرُ الخارجـیّة إلى بكين أمس.",
    "زار الرئيس ﺍﻟﺼﻴﻦ في الربيع.",
    "نص بلا شيء مما يبحث عنه.",
)


@pytest.fixture
def library() -> Library:
    library = Library()
    library.add(parse_text(f"عنوان {i}\n{body}\n", f"{i}.txt") for i, body in enumerate(BODIES))
    return library


def hits(model: ArticleListModel) -> list[str | None]:
    """Return the emphasised part of each row's snippet (None: the row has none, or not yet:
    the rows asked for get theirs on the event loop's next turn)."""
    found: list[str | None] = []
    for row in range(model.rowCount()):
        line = model.index(row, 0).data(ItemRole.SNIPPET)
        found.append(None if line is None else line[0][line[1] : line[2]])
    return found


@pytest.mark.parametrize("force_py", [False, True])
def test_snippets_follow_the_search_under_the_model_tester(
    qtbot: QtBot, check_model: CheckModel, library: Library, force_py: bool
) -> None:
    model = ArticleListModel(library)
    check_model(model, force_py)
    model.set_ids(list(library.ids()))
    assert hits(model) == [None, None, None]
    assert not model.snippets_shown()
    with qtbot.waitSignal(model.snippets_shown_changed) as shown:
        model.set_query(Query(search='"وزير الخارجية" OR الصين'))
    assert shown.args == [True]
    assert hits(model) == [None, None, None]  # asked for, made after this paint
    # The parser stores presentation forms as letters (NFKC); marks and tatweel stay.
    qtbot.waitUntil(lambda: hits(model) == ["وزیرُ الخارجـیّة", "الصين", None])
    with qtbot.waitSignal(model.dataChanged):
        model.set_query(Query(search="بكي*"))
    qtbot.waitUntil(lambda: hits(model) == ["بكين", None, None])
    with qtbot.waitSignal(model.modelReset):
        model.set_ids([1])
    assert hits(model) == [None]
    with qtbot.waitSignal(model.snippets_shown_changed) as shown:
        model.set_query(Query(search="-الصين"))  # finds by no term: nothing to show
    assert shown.args == [False]
    assert hits(model) == [None]


def test_a_snippet_is_made_once_per_row_and_search(qtbot: QtBot, library: Library) -> None:
    model = ArticleListModel(library)
    model.set_ids(list(library.ids()))
    model.set_query(Query(search="الصين"))
    with qtbot.waitSignal(model.dataChanged):
        assert model.index(1, 0).data(ItemRole.SNIPPET) is None
    first = model.index(1, 0).data(ItemRole.SNIPPET)
    assert first is not None
    assert model.index(1, 0).data(ItemRole.SNIPPET) is first
    with qtbot.assertNotEmitted(model.dataChanged, wait=50):
        model.index(1, 0).data(ItemRole.SNIPPET)  # made: nothing is asked again
    model.set_query(Query(search="الربيع"))
    with qtbot.waitSignal(model.dataChanged):
        model.index(1, 0).data(ItemRole.SNIPPET)
    assert model.index(1, 0).data(ItemRole.SNIPPET) not in (None, first)


def test_a_paint_makes_the_snippets_of_its_rows_at_once(library: Library) -> None:
    model = ArticleListModel(library)
    model.set_ids(list(library.ids()))
    model.make_snippets(0, 2)  # no search: nothing to make
    model.set_query(Query(search="الصين"))
    model.make_snippets(1, 1)
    assert hits(model) == [None, "الصين", None]  # the others asked for, made after the paint
