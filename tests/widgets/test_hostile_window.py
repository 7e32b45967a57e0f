"""Hostile and broken files in the window: every good article listed, every bad file explained."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from reader.domain.article import display_path
from reader.domain.problems import describe
from reader.models.problem_texts import problem_text
from reader.widgets.article_pane import MAX_SHOWN_CHARS
from reader.widgets.main_window import MainWindow
from reader.widgets.problems_dialog import ProblemsDialog
from tests.hostile import Expectation, build_hostile_folder
from tests.widgets.test_main_window import article_list, click_row, listed_paths, pane

OpenWindow = Callable[[Path], MainWindow]
BIDI_CONTROLS = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# The entries build_hostile_folder makes besides its cases: links that lead nowhere.
LINKS = ("broken_link.txt", "loop_a.txt", "loop_b.txt")


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Expectation]]:
    folder = tmp_path_factory.mktemp("hostile-window")
    return folder, build_hostile_folder(folder, big=False)


def shown_path(folder: Path, name: str) -> str:
    """Return the path as the window shows it (U+FFFD for bytes that are not UTF-8)."""
    return display_path(str(folder / name))


def titles_by_path(window: MainWindow) -> dict[str, str]:
    model = article_list(window).model()
    indexes = [model.index(row, 0) for row in range(model.rowCount())]
    return {
        index.data(Qt.ItemDataRole.UserRole): index.data(Qt.ItemDataRole.DisplayRole)
        for index in indexes
    }


def problems_view(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> tuple[dict[str, str], dict[str, list[str]]]:
    """Open the problems view from the status bar; return its two lists by path."""
    problems: dict[str, str] = {}
    warnings: dict[str, list[str]] = {}

    def record(dialog: ProblemsDialog) -> int:
        for tree, into in ((dialog.tree, problems), (dialog.warnings_tree, warnings)):
            for row in range(tree.topLevelItemCount()):
                item = tree.topLevelItem(row)
                assert item is not None
                if into is problems:
                    problems[item.text(0)] = item.text(1)
                else:
                    warnings.setdefault(item.text(0), []).append(item.text(1))
        return 0

    monkeypatch.setattr(ProblemsDialog, "exec", record)
    QTest.mouseClick(window.status.problems_button, Qt.MouseButton.LeftButton)
    return problems, warnings


def select(qtbot: QtBot, window: MainWindow, folder: Path, name: str) -> None:
    click_row(qtbot, window, listed_paths(window).index(shown_path(folder, name)))


def test_every_good_article_is_listed_and_every_bad_file_explained(
    open_window: OpenWindow,
    hostile: tuple[Path, dict[str, Expectation]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder, cases = hostile
    window = open_window(folder)
    listed = titles_by_path(window)
    problems, warnings = problems_view(window, monkeypatch)
    reasons = {display_path(p.path): p for p in window.library.problems}
    for name, expected in cases.items():
        path = shown_path(folder, name)
        if expected.problem is None:
            assert listed[path] == expected.title, name
            assert (path in warnings) == expected.warns, name
        else:
            assert path not in listed, name
            problem = reasons[path]
            assert expected.problem in describe(problem), name
            assert problems[path] == problem_text(problem), name
    good = [e for e in cases.values() if e.problem is None]
    assert len(listed) == len(good)
    assert len(warnings) == sum(e.warns for e in good)
    # Nothing on show can reorder the list: no headline keeps a bidi control.
    assert not any(set(title) & BIDI_CONTROLS for title in listed.values())
    # A name that is not UTF-8 is listed with U+FFFD for the bytes it cannot show.
    assert any("\ufffd" in path and listed[path] == "ملف باسم غير صالح" for path in listed)


def test_broken_links_and_link_loops_are_explained(
    open_window: OpenWindow,
    hostile: tuple[Path, dict[str, Expectation]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder, _cases = hostile
    window = open_window(folder)
    problems, _warnings = problems_view(window, monkeypatch)
    for name in LINKS:
        assert shown_path(folder, name) in problems, name


def test_markup_in_headline_body_and_tags_is_shown_as_text(
    qtbot: QtBot, open_window: OpenWindow, hostile: tuple[Path, dict[str, Expectation]]
) -> None:
    folder, _cases = hostile
    window = open_window(folder)
    select(qtbot, window, folder, "markup.txt")
    text = pane(window).toPlainText()
    assert text.startswith("<b>عريض</b> <script>alert(1)</script>")
    assert '<img src="file:///etc/passwd">' in text
    assert "javascript:alert(1)" in text
    assert "<i>وسم</i>" in text
    html = pane(window).toHtml()
    assert "<img" not in html
    assert "<script" not in html
    assert "javascript:" not in html.replace("javascript:alert(1)", "").replace(
        "javascript:void(0)", ""
    )


def test_huge_headlines_and_tag_lines_do_not_break_the_layout(
    qtbot: QtBot, open_window: OpenWindow, hostile: tuple[Path, dict[str, Expectation]]
) -> None:
    folder, cases = hostile
    window = open_window(folder)
    view = article_list(window)
    model = view.model()
    delegate = view.itemDelegate()
    option = QStyleOptionViewItem()
    option.font = view.font()
    rows = range(model.rowCount())
    heights = {delegate.sizeHint(option, model.index(row, 0)).height() for row in rows}
    assert len(heights) == 1
    assert len({view.rowHeight(row) for row in rows}) == 1

    for name in ("long_title.txt", "many_tags.txt", "one_line_5mb.txt"):
        row = listed_paths(window).index(shown_path(folder, name))
        view.scrollTo(model.index(row, 0))
        started = time.monotonic()
        view.viewport().grab()
        # Eliding a five-megabyte headline whole takes about a second per paint.
        assert time.monotonic() - started < 0.5, name
        select(qtbot, window, folder, name)
        title = cases[name].title
        assert title is not None
        assert pane(window).toPlainText().startswith(title[:200]), name
        assert len(pane(window).toPlainText()) < MAX_SHOWN_CHARS + 10_000, name
    # The five-megabyte line is cut, and the pane says so.
    assert "أطول من أن يُعرض" in pane(window).toPlainText()
    tooltip = model.index(listed_paths(window).index(shown_path(folder, "one_line_5mb.txt")), 0)
    assert len(tooltip.data(Qt.ItemDataRole.ToolTipRole)) <= 501


def test_a_fifty_megabyte_file_loads_and_opens(
    qtbot: QtBot, open_window: OpenWindow, tmp_path: Path
) -> None:
    cases = build_hostile_folder(tmp_path, big=True)
    window = open_window(tmp_path)
    listed = titles_by_path(window)
    huge = shown_path(tmp_path, "huge_50mb.txt")
    assert listed[huge] == cases["huge_50mb.txt"].title
    select(qtbot, window, tmp_path, "huge_50mb.txt")
    assert "أطول من أن يُعرض" in pane(window).toPlainText()
