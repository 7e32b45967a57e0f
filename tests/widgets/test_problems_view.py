"""The problems view: unreadable files and articles with warnings, reachable from the status bar."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTreeWidget
from pytestqt.qtbot import QtBot

from reader.app import RESOURCES
from reader.domain.article import LoadProblem
from reader.domain.problems import ArticleWarning, FileKind, ProblemCode, WarningCode
from reader.widgets.main_window import MainWindow
from reader.widgets.problems_dialog import ProblemsDialog
from tests.articles import write_article
from tests.widgets.test_main_window import article_list, click_tag, listed_paths, pane

OpenWindow = Callable[[Path], MainWindow]


def rows(tree: QTreeWidget) -> list[tuple[str, str]]:
    items = [tree.topLevelItem(row) for row in range(tree.topLevelItemCount())]
    return [(item.text(0), item.text(1)) for item in items if item is not None]


@pytest.fixture
def dirty_folder(tmp_path: Path) -> Path:
    """Two good articles, one read with warnings, and three files that are not articles."""
    folder = tmp_path / "dirty"
    folder.mkdir()
    write_article(folder, "001.txt", "خبر سليم", "نص سليم.", "سليم")
    write_article(folder, "002.txt", "خبر سليم آخر", "نص سليم آخر.", "سليم")
    mojibake = "خبر مشوه الترميز".encode().decode("cp1256")
    (folder / "003.txt").write_text(f"{mojibake}\nنص الخبر.\nكلمات دلالية: مشوه\n", "utf-8")
    (folder / "004.txt").write_bytes(b"")
    (folder / "005.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    (folder / "006.txt").write_bytes(b"   \n\n  ")
    return folder


def test_the_status_bar_counts_both_kinds(open_window: OpenWindow, dirty_folder: Path) -> None:
    window = open_window(dirty_folder)
    assert len(listed_paths(window)) == 3
    assert window.status.problems_button.isVisible()
    assert window.status.problems_button.text() == "٣ ملفات تعذرت قراءتها"
    assert window.status.warnings_button.isVisible()
    assert window.status.warnings_button.text() == "مقال واحد بتحذيرات"


def test_the_dialog_lists_every_file_with_its_problem(
    qtbot: QtBot, open_window: OpenWindow, dirty_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(dirty_folder)
    seen: list[ProblemsDialog] = []

    def record(dialog: ProblemsDialog) -> int:
        seen.append(dialog)
        problems = dict(rows(dialog.tree))
        unreadable = ("004.txt", "005.txt", "006.txt")
        assert set(problems) == {str(dirty_folder / name) for name in unreadable}
        assert problems[str(dirty_folder / "004.txt")] == "الملف فارغ"
        assert problems[str(dirty_folder / "005.txt")] == "ليس ملفًا نصيًا: يبدو أنه صورة PNG"
        warnings = rows(dialog.warnings_tree)
        assert [path for path, _warning in warnings] == [str(dirty_folder / "003.txt")]
        assert "Windows-1256" in warnings[0][1]
        assert "٣" in dialog.problems_heading.text()
        # The warnings link puts the reader on the warnings.
        assert dialog.warnings_tree.currentItem() is not None
        return 0

    monkeypatch.setattr(ProblemsDialog, "exec", record)
    QTest.mouseClick(window.status.warnings_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 1


def test_double_clicking_a_warning_opens_the_article(
    qtbot: QtBot, open_window: OpenWindow, dirty_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(dirty_folder)
    # Filter the article out of the list first: it opens in the pane all the same.
    click_tag(qtbot, window, "سليم")
    assert str(dirty_folder / "003.txt") not in listed_paths(window)

    def double_click(dialog: ProblemsDialog) -> int:
        with qtbot.waitExposed(dialog):
            dialog.show()
        tree = dialog.warnings_tree
        item = tree.topLevelItem(0)
        assert item is not None
        center = tree.visualItemRect(item).center()
        with qtbot.waitSignal(dialog.finished):
            # A view acts on a double click only after the press of the first click.
            QTest.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=center)
            QTest.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=center)
        return 0

    monkeypatch.setattr(ProblemsDialog, "exec", double_click)
    QTest.mouseClick(window.status.warnings_button, Qt.MouseButton.LeftButton)
    assert pane(window).toPlainText().startswith("خبر مشوه الترميز")
    assert window.status.currentMessage()

    # Without the filter, the list selects it.
    window.clear_filters()
    QTest.mouseClick(window.status.warnings_button, Qt.MouseButton.LeftButton)
    current = article_list(window).currentIndex().data(Qt.ItemDataRole.UserRole)
    assert current == str(dirty_folder / "003.txt")


def test_copy_list_and_copy_rows(
    qtbot: QtBot, open_window: OpenWindow, dirty_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(dirty_folder)

    def copy(dialog: ProblemsDialog) -> int:
        QTest.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
        text = QGuiApplication.clipboard().text()
        assert dialog.problems_heading.text() in text
        assert dialog.warnings_heading.text() in text
        assert f"{dirty_folder / '004.txt'}\t" in text
        assert f"{dirty_folder / '003.txt'}\t" in text
        with qtbot.waitExposed(dialog):
            dialog.show()
        with qtbot.waitActive(dialog):
            dialog.activateWindow()
        tree = dialog.tree
        tree.setFocus()
        second = tree.topLevelItem(1)
        assert second is not None
        tree.setCurrentItem(second)
        QTest.keyClick(tree, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
        assert QGuiApplication.clipboard().text() == f"{second.text(0)}\t{second.text(1)}\n"
        dialog.close()
        return 0

    monkeypatch.setattr(ProblemsDialog, "exec", copy)
    QTest.mouseClick(window.status.problems_button, Qt.MouseButton.LeftButton)


def test_an_empty_dialog_says_so(qtbot: QtBot) -> None:
    dialog = ProblemsDialog([], [])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.as_text() == ""
    assert not dialog.tree.isVisible()
    assert not dialog.warnings_tree.isVisible()


def test_every_warning_of_an_article_is_a_row(qtbot: QtBot) -> None:
    problem = LoadProblem("/x/b.txt", ProblemCode.EMPTY)
    warnings = (ArticleWarning(WarningCode.NO_HEADLINE), ArticleWarning(WarningCode.NO_BODY))
    dialog = ProblemsDialog([problem], [("/x/a.txt", warnings)])
    qtbot.addWidget(dialog)
    assert rows(dialog.warnings_tree) == [
        ("/x/a.txt", "لم يوجد للمقال عنوان"),
        ("/x/a.txt", "ليس للمقال فقرات"),
    ]
    assert rows(dialog.tree) == [("/x/b.txt", "الملف فارغ")]
    assert dialog.as_text().splitlines()[1] == "/x/b.txt\tالملف فارغ"


def test_reasons_carry_their_data(qtbot: QtBot) -> None:
    problems = [
        LoadProblem("/x/a.txt", ProblemCode.NOT_TEXT, FileKind.PDF),
        LoadProblem("/x/b.txt", ProblemCode.UNREADABLE, "Input/output error"),
        LoadProblem("/x/c.txt", ProblemCode.OTHER, "a sentence stored by an older version"),
    ]
    warnings = (
        ArticleWarning(WarningCode.DATE_NOT_UNDERSTOOD, "قبل العيد"),
        ArticleWarning(WarningCode.LINES_REPAIRED, "12"),
    )
    dialog = ProblemsDialog(problems, [("/x/d.txt", warnings)])
    qtbot.addWidget(dialog)
    assert [reason for _path, reason in rows(dialog.tree)] == [
        "ليس ملفًا نصيًا: يبدو أنه مستند PDF",
        # The system's words are isolated: Latin text keeps its order inside Arabic.
        "تعذرت قراءته: \u2068Input/output error\u2069",
        "a sentence stored by an older version",
    ]
    dated, repaired = (reason for _path, reason in rows(dialog.warnings_tree))
    assert dated == "تعذر فهم التاريخ: \u2068قبل العيد\u2069"
    assert "Windows-1256" in repaired
    assert "١٢" in repaired  # counts in the interface's digits


def test_the_english_interface_gives_english_reasons(qtbot: QtBot) -> None:
    english = QTranslator()
    assert english.load(str(RESOURCES / "translations" / "reader_en.qm"))
    QCoreApplication.installTranslator(english)
    try:
        problems = [
            LoadProblem("/x/a.txt", ProblemCode.EMPTY),
            LoadProblem("/x/b.txt", ProblemCode.NOT_TEXT, FileKind.PNG),
        ]
        dialog = ProblemsDialog(problems, [("/x/c.txt", (ArticleWarning(WarningCode.NO_BODY),))])
        qtbot.addWidget(dialog)
        assert rows(dialog.tree) == [
            ("/x/a.txt", "the file is empty"),
            ("/x/b.txt", "not a text file: it looks like a PNG image"),
        ]
        assert rows(dialog.warnings_tree) == [("/x/c.txt", "the article has no body paragraphs")]
    finally:
        QCoreApplication.removeTranslator(english)
