"""The article rows as painted: backgrounds from the style, lines elided as Qt elides them,
and lines drawn from the delegate's cache the same as when first laid out."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPalette
from pytestqt.qtbot import QtBot

from reader.domain.library.library import Library
from reader.domain.text.parser import parse_text
from reader.models.article_list_model import ArticleListModel
from reader.widgets.article_delegate import _laid_out_line
from reader.widgets.article_list_view import ArticleListView
from tests.widgets.test_article_list_view import show_list_view

_HEADLINES = [
    "انطلاق معرض الكتاب الدولي في دورته الجديدة",
    "Markets close higher after the central bank's decision",
    # As long as the first, on the same background: a line is known by its text.
    "في دورته الجديدة انطلاق معرض الكتاب الدولي",
    "ارتفاع أسعار النفط في الأسواق العالمية",
]


_ARTICLE = "{headline}\n0{day}/09/2023\nفقرة.\nكلمات دلالية: اقتصاد، سياسة\n"


def _view(qtbot: QtBot) -> tuple[ArticleListModel, ArticleListView]:
    library = Library()
    library.add(
        parse_text(_ARTICLE.format(headline=headline, day=day), f"{day}.txt")
        for day, headline in enumerate(_HEADLINES, start=1)
    )
    model, view = show_list_view(qtbot, library, (420, 320))
    model.set_ids(sorted(library.ids()))
    return model, view


def _rows_image(view: ArticleListView) -> QImage:
    return view.viewport().grab().toImage()


def _unselected_rows_image(view: ArticleListView) -> QImage:
    """Return the rows as painted with none selected (one window is active, one not)."""
    view.clear_current()
    return _rows_image(view)


def _background(view: ArticleListView, image: QImage, row: int) -> QColor:
    """Return the colour a row shows at its edge, where no text is drawn."""
    rect = view.visualRect(view.model().index(row, 0))
    return image.pixelColor(rect.left() + 2, rect.center().y())


def _near(shown: QColor, expected: QColor) -> bool:
    """Tell whether two colours differ by a shade at most (the style may shade a fill)."""
    return all(
        abs(a - b) <= 4
        for a, b in (
            (shown.red(), expected.red()),
            (shown.green(), expected.green()),
            (shown.blue(), expected.blue()),
        )
    )


def test_rows_show_the_selection_and_alternating_backgrounds(qtbot: QtBot) -> None:
    model, view = _view(qtbot)
    view.select_article(model.article_id(2))
    image = _rows_image(view)
    palette = view.palette()
    assert any(
        _near(_background(view, image, 2), palette.color(group, QPalette.ColorRole.Highlight))
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive)
    )
    base = palette.color(QPalette.ColorRole.Base)
    alternate = palette.color(QPalette.ColorRole.AlternateBase)
    assert not _near(base, alternate)
    assert _near(_background(view, image, 0), base)
    assert _near(_background(view, image, 1), alternate)
    assert _near(_background(view, image, 3), alternate)


def test_each_row_shows_its_own_headline_and_date(qtbot: QtBot) -> None:
    _model, view = _view(qtbot)
    image = _unselected_rows_image(view)
    for first, second in ((0, 2), (1, 3)):  # rows on the same background
        rects = [view.visualRect(view.model().index(row, 0)) for row in (first, second)]
        heights = rects[0].height() // 2
        for offset in (0, heights):  # the headline, then the line of date, source and tags
            top, bottom = (image.copy(r.adjusted(0, offset, 0, offset - heights)) for r in rects)
            assert top != bottom


def test_lines_drawn_again_match_a_fresh_paint(qtbot: QtBot) -> None:
    model, view = _view(qtbot)
    ids = model.ids()
    first = _unselected_rows_image(view)
    model.set_ids(list(reversed(ids)))
    reversed_rows = _unselected_rows_image(view)
    assert reversed_rows != first  # other headlines on the same rows: nothing stale shown
    fresh_model, fresh_view = _view(qtbot)
    fresh_model.set_ids(list(reversed(fresh_model.ids())))
    assert _unselected_rows_image(fresh_view) == reversed_rows
    model.set_ids(ids)
    assert _unselected_rows_image(view) == first


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("خبر قصير", id="fits"),
        pytest.param("الرئيس يستقبل وفدا رسميا " * 120, id="long Arabic"),
        pytest.param("Breaking news from the capital " * 80, id="long Latin"),
        # The first two hundred characters are marks of no width: they fit whole, so the
        # text itself is elided.
        pytest.param("ب" + "\u0651" * 400 + " وزير الخارجية يصل إلى العاصمة" * 40, id="marks"),
        pytest.param("عاجل: " + "x" * 150 + " نهاية", id="mixed directions"),
    ],
)
@pytest.mark.parametrize("bold", [False, True])
def test_a_line_is_elided_as_qt_elides_the_whole_text(
    qtbot: QtBot, text: str, *, bold: bool
) -> None:
    font = QFont()
    font.setBold(bold)
    metrics = QFontMetrics(font)
    layout = _laid_out_line(metrics, font, text, 300, rtl=True)
    assert layout.text() == metrics.elidedText(text, Qt.TextElideMode.ElideRight, 300)
