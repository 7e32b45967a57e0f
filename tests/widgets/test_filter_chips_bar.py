"""FilterChipsBar: one chip per filter, each removing it when clicked, and Clear all."""

from __future__ import annotations

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


def test_the_bar_keeps_its_height_whatever_the_query(bar: FilterChipsBar) -> None:
    height = bar.sizeHint().height()
    bar.set_query(Query(include=tuple(f"وسم {n}" for n in range(30)), search="بحث"))
    assert bar.sizeHint().height() == height
    bar.set_query(Query())
    assert bar.chip_texts() == []
    assert bar.sizeHint().height() == height
