"""TagSidebar: clicks, keys and the context menu include and exclude tags; the filter box."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QRadioButton, QWidget
from pytestqt.qtbot import QtBot

from reader.domain.article import Article
from reader.domain.library.library import Library
from reader.domain.library.query import TagMode
from reader.models.roles import ItemRole
from reader.models.tag_list_model import TagListModel
from reader.widgets.tag_sidebar import TagSidebar

TypeText = Callable[[QWidget, str], None]


@pytest.fixture
def sidebar(qtbot: QtBot) -> TagSidebar:
    """Show a sidebar of three tags: الصين on 3 articles, الأمم المتحدة on 2, غزة on 1."""
    library = Library()
    library.add(
        Article(path=f"{number}.txt", tags=tags)
        for number, tags in enumerate(
            [("الصين", "الأمم المتحدة"), ("الصين", "الأمم المتحدة"), ("الصين", "غزة")]
        )
    )
    model = TagListModel()
    model.set_tags(library.tag_facets(library.ids()))
    widget = TagSidebar(model)
    qtbot.addWidget(widget)
    widget.resize(300, 400)
    with qtbot.waitExposed(widget):
        widget.show()
    return widget


def shown_tags(sidebar: TagSidebar) -> list[str]:
    model = sidebar.list_view.model()
    return [model.index(row, 0).data(ItemRole.TAG_KEY) for row in range(model.rowCount())]


def click_tag(
    sidebar: TagSidebar,
    row: int,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    view = sidebar.list_view
    center = view.visualRect(view.model().index(row, 0)).center()
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, center)


def test_the_tags_show_with_their_counts_most_used_first(sidebar: TagSidebar) -> None:
    assert shown_tags(sidebar) == ["الصين", "الأمم المتحدة", "غزة"]
    first = sidebar.list_view.model().index(0, 0).data(Qt.ItemDataRole.DisplayRole)
    assert first.startswith("الصين (")


def test_a_click_includes_a_tag_and_ctrl_click_excludes_it(
    qtbot: QtBot, sidebar: TagSidebar
) -> None:
    with qtbot.waitSignal(sidebar.include_toggled) as included:
        click_tag(sidebar, 1)
    assert included.args == ["الأمم المتحدة"]
    assert sidebar.list_view.currentIndex().row() == 1
    with (
        qtbot.waitSignal(sidebar.exclude_toggled) as excluded,
        qtbot.assertNotEmitted(sidebar.include_toggled),
    ):
        click_tag(sidebar, 2, Qt.KeyboardModifier.ControlModifier)
    assert excluded.args == ["غزة"]


def test_typing_in_the_filter_box_narrows_the_tags(
    sidebar: TagSidebar, type_text: TypeText
) -> None:
    type_text(sidebar.filter_box, "الامم")  # without the hamza
    assert shown_tags(sidebar) == ["الأمم المتحدة"]
    sidebar.filter_box.clear()
    assert len(shown_tags(sidebar)) == 3


def test_keys_move_from_the_filter_box_and_include_or_exclude(
    qtbot: QtBot, sidebar: TagSidebar
) -> None:
    with qtbot.waitActive(sidebar):
        sidebar.activateWindow()
    sidebar.focus_filter()
    assert QApplication.focusWidget() is sidebar.filter_box
    QTest.keyClick(sidebar.filter_box, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is sidebar.list_view
    assert sidebar.list_view.currentIndex().row() == 0
    with qtbot.waitSignal(sidebar.include_toggled) as included:
        QTest.keyClick(sidebar.list_view, Qt.Key.Key_Space)
    assert included.args == ["الصين"]
    QTest.keyClick(sidebar.list_view, Qt.Key.Key_Down)
    with qtbot.waitSignal(sidebar.exclude_toggled) as excluded:
        QTest.keyClick(sidebar.list_view, Qt.Key.Key_Minus)
    assert excluded.args == ["الأمم المتحدة"]
    with qtbot.waitSignal(sidebar.exclude_toggled) as excluded:
        QTest.keyClick(sidebar.list_view, Qt.Key.Key_Delete)
    assert excluded.args == ["الأمم المتحدة"]


def test_the_context_menu_offers_include_and_exclude(qtbot: QtBot, sidebar: TagSidebar) -> None:
    view = sidebar.list_view
    view.customContextMenuRequested.emit(view.visualRect(view.model().index(2, 0)).center())
    menu = sidebar.findChild(QMenu, "tagContextMenu")
    assert menu is not None
    assert [entry.text() for entry in menu.actions()] == ["تضمين", "استبعاد"]
    with qtbot.waitSignal(sidebar.exclude_toggled) as excluded:
        menu.actions()[1].trigger()
    assert excluded.args == ["غزة"]
    menu.close()


def test_the_mode_switch_says_its_choice_and_set_mode_is_silent(
    qtbot: QtBot, sidebar: TagSidebar
) -> None:
    any_button = sidebar.findChild(QRadioButton, "tagModeAny")
    assert any_button is not None
    assert sidebar.mode() is TagMode.ALL
    with qtbot.waitSignal(sidebar.mode_changed) as changed:
        QTest.mouseClick(any_button, Qt.MouseButton.LeftButton)
    assert changed.args == [TagMode.ANY]
    with qtbot.assertNotEmitted(sidebar.mode_changed):
        sidebar.set_mode(TagMode.ALL)
    assert sidebar.mode() is TagMode.ALL


def test_new_tags_are_laid_out_before_the_list_paints_again(sidebar: TagSidebar) -> None:
    library = Library()
    library.add(Article(path=f"{number}.txt", tags=(f"وسم {number}",)) for number in range(200))
    model = sidebar.list_view.model()
    assert isinstance(model, TagListModel)
    model.set_tags(library.tag_facets(library.ids()))
    # No event is processed in between: Qt alone would lay the rows out after the next paint
    # and paint the list twice.
    scroll_bar = sidebar.list_view.verticalScrollBar()
    assert scroll_bar.maximum() > 0
