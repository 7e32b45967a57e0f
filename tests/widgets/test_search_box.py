"""SearchBox: the search is said once typing pauses, at once on Enter, never twice."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from reader.widgets.search_box import SearchBox

TypeText = Callable[[QWidget, str], None]


@pytest.fixture
def box(qtbot: QtBot) -> SearchBox:
    """Show a search box."""
    widget = SearchBox()
    qtbot.addWidget(widget)
    with qtbot.waitExposed(widget):
        widget.show()
    return widget


def test_typing_says_the_whole_search_once(
    qtbot: QtBot, box: SearchBox, type_text: TypeText
) -> None:
    said: list[str] = []
    box.search_changed.connect(said.append)
    with qtbot.waitSignal(box.search_changed):
        type_text(box, "الصين")
    assert said == ["الصين"]
    qtbot.wait(200)  # past the pause that would say it again
    assert said == ["الصين"]


def test_enter_says_the_search_at_once(qtbot: QtBot, box: SearchBox, type_text: TypeText) -> None:
    said: list[str] = []
    box.search_changed.connect(said.append)
    type_text(box, "غزة")
    QTest.keyClick(box, Qt.Key.Key_Return)
    assert said == ["غزة"]
    qtbot.wait(200)
    assert said == ["غزة"]


def test_a_search_set_from_outside_is_shown_not_said_back(
    qtbot: QtBot, box: SearchBox, type_text: TypeText
) -> None:
    with qtbot.assertNotEmitted(box.search_changed, wait=200):
        box.set_search("روسيا")
    assert box.text() == "روسيا"
    with qtbot.waitSignal(box.search_changed) as changed:
        box.clear()
    assert changed.args == [""]


def test_a_field_for_screen_readers_and_a_hint(box: SearchBox) -> None:
    assert box.accessibleName()
    assert box.placeholderText()
    assert box.isClearButtonEnabled()
