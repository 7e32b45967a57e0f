"""TimelineView: time runs right to left in Arabic and left to right in English."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from reader.domain.library.periods import Period, Timeline, period_starts
from reader.models.timeline_model import TimelineModel
from reader.widgets.timeline_view import TimelineView


@pytest.fixture
def model() -> TimelineModel:
    """Return a model holding three months, the middle one empty."""
    model = TimelineModel()
    starts = tuple(period_starts(date(2023, 10, 1), date(2023, 12, 1), Period.MONTH))
    model.set_timeline(Timeline(Period.MONTH, starts, (2, 0, 1), (4, 0, 1)), None, None)
    return model


@pytest.mark.parametrize(
    ("direction", "first_side"),
    [(Qt.LayoutDirection.RightToLeft, "right"), (Qt.LayoutDirection.LeftToRight, "left")],
)
def test_time_runs_the_way_the_interface_reads(
    qtbot: QtBot, model: TimelineModel, direction: Qt.LayoutDirection, first_side: str
) -> None:
    view = TimelineView(model)
    qtbot.addWidget(view)
    view.setLayoutDirection(direction)
    view.resize(300, 72)
    view.show()
    first, last = view.bar_center(0).x(), view.bar_center(2).x()
    assert (first > last) == (first_side == "right")
    assert view.index_at(first) == 0
    with qtbot.waitSignal(view.range_chosen) as chosen:
        QTest.mouseClick(view, Qt.MouseButton.LeftButton, pos=view.bar_center(1))
    assert chosen.args == [date(2023, 11, 1), date(2023, 11, 30)]
    view.grab()  # paints without error, empty period included


def test_an_empty_timeline_chooses_nothing(qtbot: QtBot) -> None:
    view = TimelineView(TimelineModel())
    qtbot.addWidget(view)
    view.resize(200, 72)
    view.show()
    with qtbot.assertNotEmitted(view.range_chosen):
        QTest.mouseClick(view, Qt.MouseButton.LeftButton, pos=view.rect().center())
    assert view.bar_count() == 0
    view.grab()
