"""WindowActions: the actions' keys and menus, the recent folders, the sort and language choices."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox, QToolBar, QWidget
from pytestqt.qtbot import QtBot

from reader.domain.library.query import SortOrder
from reader.models.settings_store import SettingsStore
from reader.widgets.window_actions import WindowActions


@pytest.fixture
def store(settings: QSettings) -> SettingsStore:
    """Return the settings the actions read the recent folders from."""
    return SettingsStore(settings)


@pytest.fixture
def window(qtbot: QtBot) -> QMainWindow:
    """Return a bare window for the actions."""
    window = QMainWindow()
    qtbot.addWidget(window)
    return window


@pytest.fixture
def actions(window: QMainWindow, store: SettingsStore) -> WindowActions:
    """Return the actions of window, with their menus and toolbar, sorted by title, in Arabic."""
    actions = WindowActions(window, store, sort_order=SortOrder.TITLE, language="ar")
    actions.build_menus(window.menuBar())
    window.addToolBar(actions.build_toolbar())
    return actions


def action(window: QWidget, name: str) -> QAction:
    found = window.findChild(QAction, name)
    assert found is not None, name
    return found


def menu_texts(menu: QWidget) -> list[str]:
    return [entry.text() for entry in menu.actions()]


def top_menu(window: QMainWindow, title: str) -> QMenu:
    for entry in window.menuBar().actions():
        if entry.text() == title:
            menu = entry.menu()
            assert isinstance(menu, QMenu)
            return menu
    raise AssertionError(title)


@pytest.mark.parametrize(
    ("name", "text", "keys"),
    [
        ("actionOpenFolder", "فتح مجلد…", ["Ctrl+O"]),
        ("actionReload", "إعادة قراءة المجلد", ["F5"]),
        ("actionQuit", "خروج", ["Ctrl+Q"]),
        ("actionCopy", "نسخ", ["Ctrl+C"]),
        ("actionCopyArticle", "نسخ المقال", ["Ctrl+Shift+C"]),
        ("actionCopyVisual", "نسخ لبرامج لا تدعم العربية", ["Ctrl+Alt+C"]),
        ("actionFind", "بحث", ["Ctrl+F"]),
        ("actionClearFilters", "مسح التصفية والبحث", ["Esc"]),
        ("actionFocusTags", "تصفية الوسوم", ["Ctrl+T"]),
        ("actionFocusList", "قائمة المقالات", ["Ctrl+L"]),
        ("actionFocusPane", "نص المقال", ["Ctrl+R"]),
        ("actionZoomIn", "تكبير النص", ["Ctrl+=", "Ctrl++"]),
        ("actionZoomOut", "تصغير النص", ["Ctrl+-"]),
        ("actionZoomReset", "الحجم الأصلي للنص", ["Ctrl+0"]),
        ("actionShortcuts", "اختصارات لوحة المفاتيح", ["F1"]),
        ("actionAbout", "عن البرنامج", []),
    ],
)
def test_every_action_is_the_windows_with_its_text_and_keys(
    window: QMainWindow, actions: WindowActions, name: str, text: str, keys: list[str]
) -> None:
    found = action(window, name)
    assert found in window.actions()  # its shortcut works wherever the focus is in the window
    assert found.text() == text
    assert [key.toString() for key in found.shortcuts()][: len(keys)] == keys


def test_the_copy_and_reload_actions_say_what_they_do_in_a_tooltip(
    window: QMainWindow, actions: WindowActions
) -> None:
    assert "Ctrl+Shift+C" in action(window, "actionCopyArticle").toolTip()
    assert "Ctrl+Alt+C" in action(window, "actionCopyVisual").toolTip()
    assert "F5" in action(window, "actionReload").toolTip()


def test_a_shortcut_key_triggers_its_action(
    qtbot: QtBot, window: QMainWindow, actions: WindowActions
) -> None:
    with qtbot.waitExposed(window):
        window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    with qtbot.waitSignal(actions.reload.triggered):
        QTest.keyClick(window, Qt.Key.Key_F5)
    with qtbot.waitSignal(actions.copy_article.triggered):
        modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        QTest.keyClick(window, Qt.Key.Key_C, modifiers)


def test_menus_hold_the_actions_in_order(window: QMainWindow, actions: WindowActions) -> None:
    assert menu_texts(window.menuBar()) == ["ملف", "تحرير", "عرض", "انتقال", "مساعدة"]
    assert menu_texts(top_menu(window, "ملف")) == [
        "فتح مجلد…",
        "إعادة قراءة المجلد",
        "المجلدات الأخيرة",
        "",
        "خروج",
    ]
    assert menu_texts(top_menu(window, "تحرير")) == [
        "نسخ",
        "نسخ المقال",
        "نسخ لبرامج لا تدعم العربية",
        "",
        "بحث",
        "مسح التصفية والبحث",
    ]
    assert menu_texts(top_menu(window, "عرض")) == [
        "ترتيب المقالات",
        "تجميع النسخ",
        "إظهار الخط الزمني",
        "",
        "تكبير النص",
        "تصغير النص",
        "الحجم الأصلي للنص",
        "",
        "لغة الواجهة",
    ]
    assert menu_texts(top_menu(window, "انتقال")) == [
        "بحث",
        "تصفية الوسوم",
        "قائمة المقالات",
        "نص المقال",
        "",
        "المقال السابق المعروض",
        "المقال التالي المعروض",
    ]
    assert menu_texts(top_menu(window, "مساعدة")) == ["اختصارات لوحة المفاتيح", "عن البرنامج"]


def test_the_toolbar_holds_the_actions_used_most(
    window: QMainWindow, actions: WindowActions
) -> None:
    toolbar = window.findChild(QToolBar, "mainToolBar")
    assert toolbar is not None
    assert toolbar.actions()[0] is actions.open_folder
    assert [entry.text() for entry in toolbar.actions()] == [
        "فتح مجلد…",
        "إعادة قراءة المجلد",
        "",
        "نسخ المقال",
        "نسخ لبرامج لا تدعم العربية",
        "",
        "تجميع النسخ",
        "",
        "تصغير النص",
        "تكبير النص",
    ]


def test_a_copy_menu_offers_the_two_ways_to_copy(qtbot: QtBot, actions: WindowActions) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    actions.add_copy_menu(widget)
    assert widget.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    assert widget.actions() == [actions.copy_article, actions.copy_visual]


def test_the_recent_folders_menu_lists_the_settings_folders(
    qtbot: QtBot, window: QMainWindow, actions: WindowActions, store: SettingsStore, tmp_path: Path
) -> None:
    older, newer = tmp_path / "أخبار قديمة", tmp_path / "news"
    store.add_recent_folder(older)
    store.add_recent_folder(newer)
    menu = window.findChild(QMenu, "recentMenu")
    assert menu is actions.recent_menu
    menu.aboutToShow.emit()
    assert menu_texts(menu) == [str(newer), str(older), "", "مسح القائمة"]
    with qtbot.waitSignal(actions.recent_folder_chosen) as chosen:
        menu.actions()[1].trigger()
    assert chosen.args == [older]


def test_clearing_the_recent_folders_empties_the_menu(
    actions: WindowActions, store: SettingsStore, tmp_path: Path
) -> None:
    store.add_recent_folder(tmp_path)
    menu = actions.recent_menu
    menu.aboutToShow.emit()
    menu.actions()[-1].trigger()
    assert store.recent_folders() == []
    menu.aboutToShow.emit()
    assert menu_texts(menu) == ["لا مجلدات حديثة"]
    assert not menu.actions()[0].isEnabled()


def test_the_sort_orders_are_one_choice(
    qtbot: QtBot, window: QMainWindow, actions: WindowActions
) -> None:
    names = ["actionSortNewest", "actionSortOldest", "actionSortTitle", "actionSortSource"]
    assert [action(window, name).isChecked() for name in names] == [False, False, True, False]
    sort_menu = top_menu(window, "عرض").actions()[0].menu()
    assert isinstance(sort_menu, QMenu)
    assert menu_texts(sort_menu) == [
        "الأحدث أولًا",
        "الأقدم أولًا",
        "حسب العنوان",
        "حسب المصدر",
    ]
    with qtbot.waitSignal(actions.sort_order_chosen) as chosen:
        action(window, "actionSortOldest").trigger()
    assert chosen.args == [SortOrder.OLDEST]
    assert [action(window, name).isChecked() for name in names] == [False, True, False, False]


def test_a_language_chosen_is_kept_said_and_checked(
    qtbot: QtBot,
    window: QMainWindow,
    actions: WindowActions,
    store: SettingsStore,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    assert action(window, "actionLanguageAr").isChecked()  # the language it runs in
    with qtbot.waitSignal(actions.language_chosen) as chosen:
        action(window, "actionLanguageEn").trigger()
    assert chosen.args == ["en"]
    assert store.language() == "en"
    assert told == ["ستظهر الواجهة باللغة المختارة عند تشغيل البرنامج في المرة القادمة."]
    assert action(window, "actionLanguageEn").isChecked()
    assert not action(window, "actionLanguageAr").isChecked()


def test_the_shortcut_table_lists_every_key_of_the_window(
    window: QMainWindow, actions: WindowActions
) -> None:
    rows = actions.shortcut_table()
    assert rows[0] == ("Ctrl+O", "فتح مجلد")  # without the ellipsis of the menu
    assert ("Ctrl+Shift+C", "نسخ المقال") in rows
    assert ("Esc", "مسح التصفية والبحث") in rows
    assert ("F1", "اختصارات لوحة المفاتيح") in rows
    assert ("↓ / ↑ ، J / K", "المقال التالي / السابق في القائمة") in rows
    assert all(text != "عن البرنامج" for _keys, text in rows)  # it has no key
    extra = QAction("إجراء آخر", window)
    extra.setShortcut("Ctrl+K")
    window.addAction(extra)
    assert ("Ctrl+K", "إجراء آخر") in actions.shortcut_table()
