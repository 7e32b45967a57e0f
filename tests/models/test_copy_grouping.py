"""Copies in the session and its list: groups found after a load, swapped with a reload, and
the article list collapsed to one row per story while grouping, qtmodeltester attached."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel
from pytestqt.qtbot import QtBot

from reader.models.folder_session import FolderSession
from reader.models.roles import ItemRole
from tests.data.copies.build import OUTLETS, STORIES, TEMPLATES, article, variants
from tests.models.conftest import LOAD_TIMEOUT_MS, OpenSession, listed_paths

NewSession = Callable[..., FolderSession]
CheckModel = Callable[[QAbstractItemModel, bool], None]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Three copies of one story (a repost, an intro added), and two short template items."""
    folder = tmp_path / "news"
    folder.mkdir()
    made = variants("quake", STORIES["quake"])
    for name in ("original", "reposted", "intro"):
        (folder / f"{name}.txt").write_text(made[name], encoding="utf-8")
    for name in ("weather-1", "weather-2"):
        text = article("طقس", 23, [TEMPLATES[name]], OUTLETS[5], ["طقس"])
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def names(session: FolderSession) -> list[str]:
    """Return the file names the session's list shows, sorted."""
    return sorted(Path(path).stem for path in listed_paths(session))


def badges(session: FolderSession) -> dict[str, int]:
    """Return file name -> the copy count its row shows."""
    model = session.query_controller.article_model
    return {
        Path(model.index(row, 0).data(ItemRole.PATH)).stem: model.index(row, 0).data(
            ItemRole.COPY_COUNT
        )
        for row in range(model.rowCount())
    }


@pytest.mark.parametrize("force_py", [False, True])
def test_grouping_collapses_the_list_to_one_row_per_story(
    qtbot: QtBot,
    new_session: NewSession,
    check_model: CheckModel,
    folder: Path,
    force_py: bool,
) -> None:
    session = new_session()
    controller = session.query_controller
    check_model(controller.article_model, force_py)
    controller.set_grouping(True)
    with qtbot.waitSignal(session.load_finished, timeout=LOAD_TIMEOUT_MS):
        session.load_folder(folder)
    assert names(session) == ["original", "weather-1", "weather-2"]
    assert badges(session) == {"original": 3, "weather-1": 0, "weather-2": 0}

    with qtbot.waitSignal(controller.results_changed) as counted:
        controller.set_grouping(False)
    assert counted.args == [5, 5]
    assert names(session) == ["intro", "original", "reposted", "weather-1", "weather-2"]
    assert set(badges(session).values()) == {0}

    with qtbot.waitSignal(controller.stories_counted) as stories:
        controller.set_grouping(True)
    assert stories.args == [(3, 5)]
    controller.include("طقس")
    assert names(session) == ["weather-1", "weather-2"]
    controller.clear()
    assert names(session) == ["original", "weather-1", "weather-2"]


def test_the_articles_are_whole_before_the_copies_are_looked_for(
    qtbot: QtBot, new_session: NewSession, folder: Path
) -> None:
    session = new_session()
    controller = session.query_controller
    controller.set_grouping(True)
    seen: list[tuple[str, list[str], dict[str, int]]] = []

    def look(signal: str) -> None:
        controller.set_search("طقس")
        found = names(session)
        controller.set_search("")
        seen.append((signal, found, badges(session)))

    session.articles_read.connect(lambda: look("articles read"))
    session.reading_changed.connect(lambda reading: seen.append(("reading", [], {})))
    with qtbot.waitSignal(session.load_finished, timeout=LOAD_TIMEOUT_MS):
        session.load_folder(folder)
    look("load finished")
    assert [signal for signal, _names, _badges in seen] == [
        "reading",
        "reading",
        "articles read",
        "load finished",
    ]
    # Every file is searchable at once; the copies are grouped only at the end.
    assert seen[2][1] == seen[3][1] == ["weather-1", "weather-2"]
    assert set(seen[2][2].values()) == {0}
    assert seen[3][2] == {"original": 3, "weather-1": 0, "weather-2": 0}


def test_a_reload_swaps_the_groups_with_the_library(
    qtbot: QtBot, open_session: OpenSession, check_model: CheckModel, folder: Path
) -> None:
    session = open_session(folder)
    controller = session.query_controller
    check_model(controller.article_model, False)
    controller.set_grouping(True)
    assert badges(session)["original"] == 3

    made = variants("quake", STORIES["quake"])
    with qtbot.waitSignal(session.library_swapped, timeout=LOAD_TIMEOUT_MS):
        (folder / "closing.txt").write_text(made["closing"], encoding="utf-8")
        (folder / "intro.txt").unlink()
    assert names(session) == ["original", "weather-1", "weather-2"]
    assert badges(session)["original"] == 3
    library = session.library
    story = library.find_path(str(folder / "original.txt"))
    assert story is not None
    copies = [Path(library.path_of(copy)).stem for copy in controller.copy_groups.copies(story)]
    assert copies == ["reposted", "closing"]


def test_another_folder_starts_with_no_groups(
    qtbot: QtBot, open_session: OpenSession, folder: Path, tmp_path: Path
) -> None:
    session = open_session(folder)
    assert len(session.query_controller.copy_groups) == 1
    other = tmp_path / "other"
    other.mkdir()
    (other / "one.txt").write_text(variants("china", STORIES["china"])["original"], "utf-8")
    with qtbot.waitSignal(session.load_finished, timeout=LOAD_TIMEOUT_MS):
        session.load_folder(other)
    assert len(session.query_controller.copy_groups) == 0
