"""FilterChipsBar: one chip per filter, each removing it when clicked, and Clear all."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QToolButton
from pytestqt.qtbot import QtBot

from reader.domain.library.query import Query, TagMode
from reader.widgets.filter_chips_bar import FilterChipsBar


@pytest.fixture
def bar(qtbot: QtBot) -> FilterChipsBar:
    """Show an empty chips bar."""
    widget = FilterChipsBar()
    qtbot.addWidget(widget)
    widget.resize(700, 60)
    with qtbot.waitExposed(widget):
        widget.show()
    return widget


def chip(bar: FilterChipsBar, text: str) -> QToolButton:
    QApplication.processEvents()  # a chip added to a shown bar shows on the next turn
    for button in bar.findChildren(QToolButton):
        if button.isVisible() and button.property("chip") and button.text().startswith(text):
            return button
    raise AssertionError(text)


def clear_button(bar: FilterChipsBar) -> QToolButton:
    button = bar.findChild(QToolButton, "clearFiltersButton")
    assert button is not None
    return button


def hint(bar: FilterChipsBar) -> str:
    return bar.findChildren(QLabel)[0].text()


def test_with_no_filter_a_hint_shows_and_no_chip(bar: FilterChipsBar) -> None:
    assert bar.chip_texts() == []
    assert hint(bar).startswith("لا تصفية")
    assert not clear_button(bar).isVisible()


def test_each_filter_has_its_chip(qtbot: QtBot, bar: FilterChipsBar) -> None:
    bar.set_query(
        Query(include=("الصين", "روسيا"), mode=TagMode.ANY, exclude=("غزة",), search=" لافروف ")
    )
    assert bar.chip_texts() == ["الصين  ✕", "روسيا  ✕", "− غزة  ✕", "بحث: «لافروف»  ✕"]
    assert chip(bar, "− غزة").font().strikeOut()
    assert chip(bar, "الصين").toolTip() == "إزالة الوسم الصين"
    assert hint(bar) == "أيٌّ من الوسوم:"
    assert clear_button(bar).isVisible()
    bar.set_query(Query(include=("الصين", "روسيا")))
    assert hint(bar) == "كل الوسوم:"
    bar.set_query(Query(include=("الصين",)))
    assert bar.chip_texts() == ["الصين  ✕"]
    assert hint(bar) == "التصفية:"


def test_clicking_a_chip_removes_its_filter(qtbot: QtBot, bar: FilterChipsBar) -> None:
    bar.set_query(Query(include=("الصين",), exclude=("غزة",), search="لافروف"))
    with qtbot.waitSignal(bar.tag_removed) as removed:
        QTest.mouseClick(chip(bar, "− غزة"), Qt.MouseButton.LeftButton)
    assert removed.args == ["غزة"]
    with qtbot.waitSignal(bar.tag_removed) as removed:
        QTest.mouseClick(chip(bar, "الصين"), Qt.MouseButton.LeftButton)
    assert removed.args == ["الصين"]
    with qtbot.waitSignal(bar.search_removed):
        QTest.mouseClick(chip(bar, "بحث"), Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(bar.clear_all_clicked):
        QTest.mouseClick(clear_button(bar), Qt.MouseButton.LeftButton)


def test_the_bar_keeps_one_rows_height_and_wraps_many_chips(bar: FilterChipsBar) -> None:
    height = bar.sizeHint().height()
    bar.set_query(Query(include=("الصين",)))
    assert bar.sizeHint().height() == height
    many = Query(include=tuple(f"وسم {n}" for n in range(30)), search="بحث")
    bar.set_query(many)
    QApplication.processEvents()
    # No scrolling: the chips wrap onto more rows, every one of them inside the bar.
    assert bar.heightForWidth(700) > height
    bar.resize(700, bar.heightForWidth(700))
    QApplication.processEvents()
    chips = [chip(bar, f"وسم {n}  ") for n in range(30)]
    assert len({button.y() for button in chips}) > 1
    for button in chips:
        corners = (
            button.mapTo(bar, button.rect().topLeft()),
            button.mapTo(bar, button.rect().bottomRight()),
        )
        assert all(bar.rect().contains(corner) for corner in corners)
    # Right to left: the first chip starts the first row on the right.
    assert chips[0].x() > chips[1].x()
    bar.set_query(Query())
    assert bar.chip_texts() == []
    assert bar.sizeHint().height() == height


def test_outlets_and_the_date_range_have_chips(qtbot: QtBot, bar: FilterChipsBar) -> None:
    bar.set_query(
        Query(
            sources=("بوابة الوفد", ""),
            exclude_sources=("سام برس",),
            date_from=date(2023, 10, 1),
            date_to=date(2023, 10, 31),
        )
    )
    assert bar.chip_texts() == [
        "مصدر: بوابة الوفد  ✕",
        "مصدر: بدون مصدر  ✕",
        "− مصدر: سام برس  ✕",
        "التاريخ: 2023-10-01 – 2023-10-31  ✕",
    ]
    assert chip(bar, "− مصدر").font().strikeOut()
    with qtbot.waitSignal(bar.source_removed) as removed:
        QTest.mouseClick(chip(bar, "مصدر: بدون"), Qt.MouseButton.LeftButton)
    assert removed.args == [""]
    with qtbot.waitSignal(bar.dates_removed):
        QTest.mouseClick(chip(bar, "التاريخ"), Qt.MouseButton.LeftButton)
    bar.set_query(Query(date_to=date(2024, 1, 31)))
    assert bar.chip_texts() == ["التاريخ: حتى 2024-01-31  ✕"]
    bar.set_query(Query(date_from=date(2024, 1, 5), date_to=date(2024, 1, 5)))
    assert bar.chip_texts() == ["التاريخ: 2024-01-05  ✕"]
