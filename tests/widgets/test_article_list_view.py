"""The article list keeps the newest row current while the reader has not picked one."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from reader.domain.library.library import Library
from reader.domain.text.parser import parse_text
from reader.models.article_list_model import ArticleListModel
from reader.widgets.article_list_view import ArticleListView


def _library(days: range) -> Library:
    library = Library()
    library.add(
        parse_text(f"خبر يوم {day}\n{day:02}/09/2023\nفقرة.\n", f"{day:02}.txt") for day in days
    )
    return library


def show_list_view(
    qtbot: QtBot, library: Library, size: tuple[int, int] = (400, 200)
) -> tuple[ArticleListModel, ArticleListView]:
    """Show an article list of library's articles (none listed yet) at size."""
    model = ArticleListModel(library)
    view = ArticleListView(model)
    qtbot.addWidget(view)
    view.resize(*size)
    with qtbot.waitExposed(view):
        view.show()
    return model, view


def test_newer_rows_arriving_keep_the_top_row_current(qtbot: QtBot) -> None:
    library = _library(range(1, 29))
    model, view = show_list_view(qtbot, library)
    older = [i for i in library.ids() if library.row(i).path < "15"]
    model.set_ids(sorted(older, reverse=True))  # the first batch of a load, newest first
    assert view.current_path() == "14.txt"
    model.set_ids(sorted(library.ids(), reverse=True))  # newer files arrive, sorted above
    assert view.current_path() == "28.txt"
    assert view.verticalScrollBar().value() == 0


def test_an_article_the_reader_picked_stays_current(qtbot: QtBot) -> None:
    library = _library(range(1, 29))
    model, view = show_list_view(qtbot, library)
    model.set_ids(sorted(library.ids(), reverse=True))
    view.setCurrentIndex(model.index(3, 0))  # as a click or an arrow key does
    picked = view.current_path()
    model.set_ids(sorted(library.ids()))
    assert view.current_path() == picked
