"""TagListModel: counts, states, the folded filter, under the model tester."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QAbstractItemModel, QLocale, Qt
from pytestqt.qtbot import QtBot

from reader.domain.article import Article
from reader.domain.library.library import Library
from reader.domain.library.query import TagFacets
from reader.models.roles import ItemRole
from reader.models.tag_list_model import TagListModel
from reader.models.tag_state import TagState

CheckModel = Callable[[QAbstractItemModel, bool], None]


def _facets() -> TagFacets:
    """Counts over articles 0 to 5: الصين 6, الأمم المتحدة 3, وزير الخارجية 2; غزة is only on
    article 6, outside them."""
    tags = [
        ("الصين", "الأمم المتحدة", "وزير الخارجية"),
        ("الصين", "الأمم المتحدة", "وزير الخارجية"),
        ("الصين", "الأمم المتحدة"),
        ("الصين",),
        ("الصين",),
        ("الصين",),
        ("غزة",),
    ]
    library = Library()
    library.add(Article(path=f"{number}.txt", tags=t) for number, t in enumerate(tags))
    return library.tag_facets(range(6))


COUNTS = _facets()


def rows(model: TagListModel) -> list[str]:
    return [model.index(row, 0).data(ItemRole.TAG_KEY) for row in range(model.rowCount())]


@pytest.mark.parametrize("force_py", [False, True])
def test_model_tester_through_counts_filter_and_reset(
    check_model: CheckModel, qtbot: QtBot, force_py: bool
) -> None:
    model = TagListModel()
    check_model(model, force_py)
    with qtbot.waitSignal(model.modelReset):
        model.set_tags(COUNTS)
    with qtbot.waitSignal(model.modelReset):
        model.set_filter_text("الامم")
    with qtbot.waitSignal(model.modelReset):
        model.set_tags(COUNTS, included=["الصين"], excluded=["غزة"])
    with qtbot.waitSignal(model.modelReset):
        model.set_filter_text("")
    with qtbot.waitSignal(model.modelReset):
        model.set_tags(None)
    assert model.rowCount() == 0


def test_display_has_the_count_in_the_locale_digits() -> None:
    model = TagListModel()
    model.set_tags(COUNTS)
    index = model.index(0, 0)
    assert index.data(ItemRole.TAG_KEY) == "الصين"
    assert index.data(ItemRole.PATH) is None  # a tag is no path
    assert index.data(Qt.ItemDataRole.DisplayRole) == f"الصين ({QLocale().toString(6)})"
    assert index.data(ItemRole.TAG_COUNT) == 6


def test_tags_with_no_article_are_hidden_unless_in_the_filter() -> None:
    model = TagListModel()
    model.set_tags(COUNTS)
    assert "غزة" not in rows(model)
    model.set_tags(COUNTS, excluded=["غزة"])
    assert rows(model)[0] == "غزة"


def test_filter_tags_come_first_with_their_state_shown() -> None:
    model = TagListModel()
    model.set_tags(COUNTS, included=["وزير الخارجية"], excluded=["غزة"])
    assert rows(model) == ["وزير الخارجية", "غزة", "الصين", "الأمم المتحدة"]
    included, excluded, neutral = (model.index(row, 0) for row in (0, 1, 2))
    assert included.data(ItemRole.TAG_STATE) == TagState.INCLUDED
    assert included.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert included.data(Qt.ItemDataRole.FontRole).bold()
    assert excluded.data(ItemRole.TAG_STATE) == TagState.EXCLUDED
    assert excluded.data(Qt.ItemDataRole.FontRole).strikeOut()
    assert neutral.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert neutral.data(Qt.ItemDataRole.FontRole) is None


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("الصين", ["الصين"]),
        ("الصِّين", ["الصين"]),  # diacritics
        ("الصيـن", ["الصين"]),  # tatweel
        ("وزیر", ["وزير الخارجية"]),  # Persian yeh
        ("الامم", ["الأمم المتحدة"]),  # hamza on alef
        ("الخارجيه", ["وزير الخارجية"]),  # teh marbuta written as heh
        ("  ", ["الصين", "الأمم المتحدة", "وزير الخارجية"]),
        ("لا شيء", []),
    ],
)
def test_filter_text_matches_folded_forms(typed: str, expected: list[str]) -> None:
    model = TagListModel()
    model.set_tags(COUNTS)
    model.set_filter_text(typed)
    assert rows(model) == expected
    assert model.tags() == expected
