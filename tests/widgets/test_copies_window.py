"""Syndicated copies through the window: the group-copies toggle, story rows with their badge
and outlets, counts of stories, and the copies of the article on show, each openable."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMenu, QToolBar
from pytestqt.qtbot import QtBot

from reader.models.roles import ItemRole
from reader.models.settings_store import SettingsStore
from reader.widgets.main_window import MainWindow
from reader.widgets.timeline_view import TimelineView
from tests.data.copies.build import OUTLETS, REWRITES, STORIES, TEMPLATES, TITLES, article, variants

OpenWindow = Callable[[Path], MainWindow]
# How each copy of the china story was made, by file name; 01_original is the story.
CHINA_COPIES = {
    "01_original": "original",
    "02_reposted": "reposted",
    "03_one-word": "one-word",
    "04_intro": "intro",
    "05_closing": "closing",
    "06_boilerplate": "boilerplate",
    "07_marks": "marks",
}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Seven copies of one story made as crawls make them, two of another, and non-copies:
    the same subject in other sentences, and two short items of one template."""
    folder = tmp_path / "news"
    folder.mkdir()
    made = variants("china", STORIES["china"])
    for name, kind in CHINA_COPIES.items():
        (folder / f"{name}.txt").write_text(made[kind], encoding="utf-8")
    same_bytes = variants("convoy", STORIES["convoy"])["same-bytes"]
    (folder / "10_convoy.txt").write_text(same_bytes, encoding="utf-8")
    (folder / "11_convoy-saved-twice.txt").write_text(same_bytes, encoding="utf-8")
    rewrite = article(TITLES["china-rewrite"], 22, REWRITES["china-rewrite"], "مصراوي", ["أخبار"])
    (folder / "20_rewrite.txt").write_text(rewrite, encoding="utf-8")
    for name in ("dollar-1", "dollar-2"):
        text = article("أسعار وطقس", 23, [TEMPLATES[name]], "مصراوي", ["أسعار"])
        (folder / f"30_{name}.txt").write_text(text, encoding="utf-8")
    return folder


def rows(window: MainWindow) -> list[tuple[str, int, str]]:
    """Return (file name, badge count, outlets) of every row the list shows."""
    model = window.article_list.model()
    shown = []
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        _title, _date, outlets, _tags = index.data(ItemRole.ROW_TEXTS)
        shown.append(
            (Path(index.data(ItemRole.PATH)).stem, index.data(ItemRole.COPY_COUNT), outlets)
        )
    return sorted(shown)


def select(qtbot: QtBot, window: MainWindow, stem: str) -> None:
    """Make the article of that file current in the list, and wait for the pane to show it."""
    folder = window.session.folder
    assert folder is not None
    article_id = window.library.find_path(str(folder / f"{stem}.txt"))
    assert article_id is not None
    assert window.article_list.select_article(article_id)
    qtbot.waitUntil(lambda: shown_stem(window) == stem)


def shown_stem(window: MainWindow) -> str | None:
    """Return the file name of the article the pane shows, without its suffix."""
    article = window.pane.article
    return None if article is None else Path(article.path).stem


def test_the_toggle_lists_one_row_per_story_with_its_badge_and_outlets(
    qtbot: QtBot, open_window: OpenWindow, folder: Path, settings: QSettings
) -> None:
    window = open_window(folder)
    action = window.window_actions.group_copies
    assert not action.isChecked()
    assert len(rows(window)) == 12
    assert all(badge == 0 for _stem, badge, _outlets in rows(window))

    action.trigger()

    assert rows(window) == [
        ("01_original", 7, "، ".join(OUTLETS)),
        ("10_convoy", 2, OUTLETS[0]),
        ("20_rewrite", 0, "مصراوي"),
        ("30_dollar-1", 0, "مصراوي"),
        ("30_dollar-2", 0, "مصراوي"),
    ]
    assert window.status.count_label.text() == "٥ قصص من ١٢ مقالًا"
    assert SettingsStore(settings).group_copies()

    action.trigger()
    assert len(rows(window)) == 12
    assert window.status.count_label.text() == "١٢ مقالًا"
    assert not SettingsStore(settings).group_copies()


def test_the_toggle_is_in_the_view_menu_and_the_toolbar_and_remembered(
    qtbot: QtBot, open_window: OpenWindow, folder: Path
) -> None:
    window = open_window(folder)
    action = window.window_actions.group_copies
    menus = [entry.menu() for entry in window.menuBar().actions()]
    view = [menu for menu in menus if isinstance(menu, QMenu) and action in menu.actions()]
    assert [menu.title() for menu in view] == ["عرض"]
    toolbar = window.findChild(QToolBar, "mainToolBar")
    assert toolbar is not None
    assert action in toolbar.actions()
    action.trigger()
    window.close()

    again = open_window(folder)
    assert again.window_actions.group_copies.isChecked()
    assert len(rows(again)) == 5


def test_counts_say_stories_while_grouped(
    qtbot: QtBot, open_window: OpenWindow, folder: Path
) -> None:
    window = open_window(folder)
    controller = window.query_controller

    def counts() -> tuple[dict[str, int], dict[str, int], int]:
        tags = controller.tag_model
        tag_counts = {
            tags.index(row, 0).data(ItemRole.TAG_KEY): tags.index(row, 0).data(ItemRole.TAG_COUNT)
            for row in range(tags.rowCount())
        }
        outlets = controller.source_model
        outlet_counts = {
            outlets.index(row, 0).data(ItemRole.SOURCE): outlets.index(row, 0).data(
                ItemRole.TAG_COUNT
            )
            for row in range(outlets.rowCount())
        }
        return tag_counts, outlet_counts, sum(controller.timeline_model.timeline().counts)

    tags, outlets, dated = counts()
    assert (tags["أخبار"], outlets[OUTLETS[0]], dated) == (10, 3, 12)
    window.window_actions.group_copies.trigger()
    qtbot.waitUntil(lambda: counts()[2] == 5)
    tags, outlets, dated = counts()
    # The china story, the convoy story and the rewrite; the story's first outlet alone.
    assert (tags["أخبار"], outlets[OUTLETS[0]], dated) == (3, 2, 5)
    # The sidebar's lists and the timeline say that they count stories.
    tag_row = next(
        controller.tag_model.index(row, 0)
        for row in range(controller.tag_model.rowCount())
        if controller.tag_model.index(row, 0).data(ItemRole.TAG_KEY) == "أخبار"
    )
    # "قص": قصة or قصص, with or without the Arabic plural forms installed.
    assert "قص" in tag_row.data(Qt.ItemDataRole.ToolTipRole)
    assert "قص" in controller.source_model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    timeline = window.findChild(TimelineView, "timeline")
    assert timeline is not None
    assert "قصة" in timeline.describe(0)

    window.query_controller.include("أسعار")
    qtbot.waitUntil(lambda: window.article_list.model().rowCount() == 2)
    assert window.status.count_label.text() == "٢ قصص من ٢ مقالًا (من ٥ قصة في المجلد)"


def activate_copy_link(qtbot: QtBot, window: MainWindow, position: int) -> None:
    """Open the copy at position in the notice's list, from the keyboard: Tab to its link,
    Enter."""
    notice = window.reading_column.copies
    notice.setFocus(Qt.FocusReason.OtherFocusReason)
    for _step in range(position + 1):
        QTest.keyClick(notice, Qt.Key.Key_Tab)
    QTest.keyClick(notice, Qt.Key.Key_Return)


def test_the_pane_of_a_story_lists_every_copy_each_openable(
    qtbot: QtBot, open_window: OpenWindow, folder: Path
) -> None:
    window = open_window(folder)
    window.window_actions.group_copies.trigger()
    select(qtbot, window, "01_original")
    notice = window.reading_column.copies
    assert notice.isVisible()
    text = notice.text()
    assert text.startswith("نُشر أيضًا في:")
    for outlet in OUTLETS[1:]:
        assert outlet in text
    assert "١٩ سبتمبر ٢٠٢٣" in text
    copies = [Path(window.library.path_of(copy)).stem for copy in notice.copy_ids()]
    # Oldest first: by day, then by path.
    assert copies == [
        "02_reposted",
        "03_one-word",
        "06_boilerplate",
        "04_intro",
        "05_closing",
        "07_marks",
    ]

    with qtbot.waitSignal(notice.copy_activated) as opened:
        activate_copy_link(qtbot, window, 1)
    assert Path(window.library.path_of(opened.args[0])).stem == "03_one-word"
    qtbot.waitUntil(lambda: shown_stem(window) == "03_one-word")
    # The copy lists the others, the story among them.
    assert "01_original" in [Path(window.library.path_of(c)).stem for c in notice.copy_ids()]


def test_with_the_toggle_off_an_article_with_copies_still_says_so(
    qtbot: QtBot, open_window: OpenWindow, folder: Path
) -> None:
    window = open_window(folder)
    select(qtbot, window, "10_convoy")
    notice = window.reading_column.copies
    assert notice.isVisible()
    assert notice.text().startswith("لهذا المقال ١ نسخ:")
    select(qtbot, window, "20_rewrite")
    assert not notice.isVisible()
    select(qtbot, window, "30_dollar-2")
    assert not notice.isVisible()
    select(qtbot, window, "02_reposted")
    assert notice.text().startswith("لهذا المقال ٦ نسخ:")
    window.window_actions.group_copies.trigger()
    assert notice.text().startswith("نُشر أيضًا في:")
