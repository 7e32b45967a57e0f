"""ArticleListModel: roles, appending rows while loading, and resets, under the model tester."""

from __future__ import annotations

from array import array
from collections.abc import Callable

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from pytestqt.qtbot import QtBot

from reader.domain.article import Article
from reader.domain.library.library import Library
from reader.domain.library.query import SortOrder
from reader.models.article_list_model import ArticleListModel
from reader.models.roles import ItemRole

CheckModel = Callable[[QAbstractItemModel, bool], None]


@pytest.mark.parametrize("force_py", [False, True])
def test_model_tester_through_load_and_reset(
    check_model: CheckModel, qtbot: QtBot, sample_library: Library, force_py: bool
) -> None:
    library = Library()
    model = ArticleListModel(library)
    check_model(model, force_py)
    read = (sample_library.article(i) for i in sample_library.ids())
    articles = [article for article in read if article is not None]
    assert len(articles) == len(sample_library.ids())  # the sample is read in full
    library.add(articles[:5])
    with qtbot.waitSignal(model.rowsInserted):
        model.set_ids(list(library.ids()))
    library.add(articles[5:])
    with qtbot.waitSignal(model.rowsInserted):
        model.set_ids(list(library.ids()))
    assert model.rowCount() == len(articles)
    with qtbot.waitSignal(model.modelReset):
        model.set_ids(library.sort(library.ids(), SortOrder.NEWEST))
    with qtbot.waitSignal(model.modelReset):
        model.set_ids([0, 1])
    with qtbot.waitSignal(model.modelReset):
        model.set_library(Library())
    assert model.rowCount() == 0


def test_roles_give_path_headline_and_second_line(sample_library: Library) -> None:
    model = ArticleListModel(sample_library)
    model.set_ids(list(sample_library.ids()))
    for row in range(model.rowCount()):
        article = sample_library.article(row)
        assert article is not None  # the sample is read in full
        index = model.index(row, 0)
        assert index.data(Qt.ItemDataRole.UserRole) == article.path
        assert index.data(ItemRole.PATH) == article.path
        assert index.data(Qt.ItemDataRole.DisplayRole) == article.display_title
        assert index.data(ItemRole.ARTICLE_ID) == row
        assert index.data(ItemRole.SOURCE) == (article.source or "")
        assert len(index.data(ItemRole.TAGS)) == min(3, len(article.tags))
        assert bool(index.data(ItemRole.DATE_TEXT)) == (article.published is not None)
        title, date_text, source, tags = index.data(ItemRole.ROW_TEXTS)  # what a row paints
        assert (title, date_text, source) == (
            article.display_title,
            index.data(ItemRole.DATE_TEXT),
            article.source or "",
        )
        assert list(tags) == index.data(ItemRole.TAGS)
    assert not model.index(0, 0).flags() & Qt.ItemFlag.ItemIsEditable
    assert model.rowCount(model.index(0, 0)) == 0


def test_untitled_article_shows_its_file_name() -> None:
    library = Library()
    library.add([Article(path="/crawl/042_abc.txt")])
    model = ArticleListModel(library)
    model.set_ids([0])
    assert model.index(0, 0).data() == "042_abc.txt"
    assert model.index(0, 0).data(ItemRole.DATE_TEXT) == ""


def test_row_lookup_and_same_ids_change_nothing(qtbot: QtBot, sample_library: Library) -> None:
    model = ArticleListModel(sample_library)
    model.set_ids([3, 1, 2])
    assert model.row_of(1) == 1
    assert model.row_of(7) is None
    assert model.article_id(0) == 3
    with qtbot.assertNotEmitted(model.modelReset):
        model.set_ids([3, 1, 2])
    assert model.ids() == [3, 1, 2]
    assert model.data(QModelIndex()) is None


@pytest.mark.parametrize("force_py", [False, True])
def test_listings_as_arrays_or_lists_append_and_compare_alike(
    check_model: CheckModel, qtbot: QtBot, sample_library: Library, force_py: bool
) -> None:
    # The library hands out its own orders as arrays, other listings as lists.
    model = ArticleListModel(sample_library)
    check_model(model, force_py)
    with qtbot.waitSignal(model.rowsInserted):
        model.set_ids(array("i", [3, 1]))  # rows of a load arriving: appended, not reset
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.rowsInserted):
        model.set_ids([3, 1, 2])
    with qtbot.assertNotEmitted(model.modelReset), qtbot.assertNotEmitted(model.rowsInserted):
        model.set_ids(array("i", [3, 1, 2]))  # the same rows in an array: nothing changes
    with qtbot.waitSignal(model.modelReset):
        model.set_ids(array("i", [2, 1, 3]))
    assert model.ids() == [2, 1, 3]
    assert model.row_of(3) == 2
    assert model.row_of(7) is None
