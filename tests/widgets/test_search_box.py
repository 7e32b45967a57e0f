"""SearchBox: the search is said once typing pauses (the word being typed as a prefix), at once
and as written on Enter or a paste, never twice; its syntax help; how it read a query."""

from __future__ import annotations

import html
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from reader.widgets.search_box import DEBOUNCE_MS, SearchBox

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
    assert said == ["الصين*"]  # the word is still being typed: the list narrows by prefix
    qtbot.wait(200)  # past the pause that would say it again
    assert said == ["الصين*"]
    assert box.text() == "الصين"


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


def test_a_word_left_behind_the_cursor_or_finished_is_not_a_prefix(
    qtbot: QtBot, box: SearchBox, type_text: TypeText
) -> None:
    said: list[str] = []
    box.search_changed.connect(said.append)
    type_text(box, "الصين ")
    qtbot.waitUntil(lambda: said == ["الصين "])
    type_text(box, "OR")
    qtbot.waitUntil(lambda: said == ["الصين ", "الصين OR"])  # an operator is no prefix
    QTest.keyClick(box, Qt.Key.Key_Home)
    type_text(box, "x")
    qtbot.waitUntil(lambda: said[-1] == "xالصين OR")


def test_the_box_keeps_the_typed_text_when_its_prefix_search_comes_back(
    qtbot: QtBot, box: SearchBox, type_text: TypeText
) -> None:
    with qtbot.waitSignal(box.search_changed) as said:
        type_text(box, "مستش")
    box.set_search(said.args[0])  # the query in force, shown back as the window does
    assert box.text() == "مستش"
    assert said.args == ["مستش*"]


def test_a_paste_is_searched_at_once_as_written(qtbot: QtBot, box: SearchBox) -> None:
    QApplication.clipboard().setText('"وزير الخارجية" -روسيا')
    said: list[str] = []
    box.search_changed.connect(said.append)
    box.paste()
    assert said == ['"وزير الخارجية" -روسيا']  # before any pause


@pytest.mark.parametrize(
    ("typed", "reason", "words"),
    [
        ('"اليوم السابع', "علامة اقتباس غير مغلقة", "اليوم، السابع"),
        ("(الصين OR روسيا", "قوس غير مغلق", "الصين، روسيا"),
        ("الصين)", "قوس إغلاق بلا قوس فتح", "الصين"),
    ],
)
def test_an_unreadable_query_says_how_it_was_read(
    qtbot: QtBot, box: SearchBox, typed: str, reason: str, words: str
) -> None:
    box.setText(typed)
    note = box.note_action
    assert note.isVisible()
    assert reason in note.toolTip()
    assert note.toolTip().endswith(words)
    assert box.reading_note() == note.toolTip()
    assert note in box.actions()
    box.setText("الصين")
    assert not note.isVisible()
    assert note not in box.actions()  # no warning icon left in the field
    assert box.reading_note() == ""


def test_the_help_shows_every_form(qtbot: QtBot, box: SearchBox) -> None:
    box.help_action.trigger()
    popup = box.help_popup
    qtbot.waitUntil(popup.isVisible)
    text = popup.text()
    for form in ('"وزير الخارجية"', "OR", "-روسيا", "مستشف*", "title:", "source:"):
        assert html.escape(form) in text
    popup.hide()
    box.setFocus()
    QTest.keyClick(box, Qt.Key.Key_F1)
    qtbot.waitUntil(popup.isVisible)
    popup.hide()


@pytest.mark.parametrize(
    ("typed", "searched"),
    [
        ("ال", None),  # every word starts so: nothing searched yet
        ("الص", None),  # nor nearly so: ال and one letter
        ("الصي", "الصي*"),
        ("مست", "مست*"),
        ("الصين ر", "الصين"),  # the short last word waits; the whole ones narrow
        ("الصين -ر", "الصين"),
        ("الصين title:ر", "الصين"),
        ("الصين رو", "الصين"),
        ("الصين روس", "الصين روس*"),
    ],
)
def test_a_word_being_typed_is_searched_once_it_has_letters_enough(
    qtbot: QtBot, box: SearchBox, type_text: TypeText, typed: str, searched: str | None
) -> None:
    said: list[str] = []
    box.search_changed.connect(said.append)
    type_text(box, typed)
    qtbot.wait(DEBOUNCE_MS + 100)
    assert said == ([] if searched is None else [searched])


def test_each_key_says_at_once_what_the_pause_will_search(
    qtbot: QtBot, box: SearchBox, type_text: TypeText
) -> None:
    expected: list[str] = []
    said: list[str] = []
    box.search_expected.connect(expected.append)
    box.search_changed.connect(said.append)
    type_text(box, "الصين")
    # Each key that changes the search, before the pause: the library starts on it while the
    # typing goes on (a word too short to search yet changes nothing).
    assert expected == ["الصي*", "الصين*"]
    assert said == []
    qtbot.wait(DEBOUNCE_MS + 100)
    assert said == [expected[-1]]


def test_the_typing_pause_is_timed_precisely(box: SearchBox) -> None:
    # A coarse timer may fire 5 % early or late: 7 ms either way on every typed search.
    pauses = [timer for timer in box.findChildren(QTimer) if timer.interval() == DEBOUNCE_MS]
    assert [timer.timerType() for timer in pauses] == [Qt.TimerType.PreciseTimer]
