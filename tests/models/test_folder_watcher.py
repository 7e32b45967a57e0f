"""FolderWatcher: one debounced folder_changed per burst of changes to article files."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from reader.models.folder_watcher import FolderWatcher

DEBOUNCE_MS = 40
# Long enough for the system to deliver an event that should not count, had there been one.
QUIET_MS = 250

Watch = Callable[..., FolderWatcher]


@pytest.fixture
def watch(qtbot: QtBot) -> Iterator[Watch]:
    """Return a function that watches a folder and waits until every watch is in place."""
    watchers: list[FolderWatcher] = []

    def watch_(
        folder: Path,
        *,
        debounce_ms: int = DEBOUNCE_MS,
        max_delay_ms: int = 3000,
        max_file_watches: int = 10_000,
    ) -> FolderWatcher:
        watcher = FolderWatcher(
            debounce_ms=debounce_ms, max_delay_ms=max_delay_ms, max_file_watches=max_file_watches
        )
        watchers.append(watcher)
        watcher.watch(folder)
        qtbot.waitUntil(watcher.is_settled)
        return watcher

    yield watch_
    for watcher in watchers:
        watcher.stop()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "001.txt").write_text("خبر أول\nنص.\n", encoding="utf-8")
    (folder / "002.txt").write_text("خبر ثان\nنص.\n", encoding="utf-8")
    return folder


def test_a_file_added_edited_and_removed_each_count(
    qtbot: QtBot, watch: Watch, folder: Path
) -> None:
    watcher = watch(folder)
    with qtbot.waitSignal(watcher.folder_changed):
        (folder / "003.txt").write_text("خبر ثالث\n", encoding="utf-8")
    qtbot.waitUntil(watcher.is_settled)
    # Written in place, as many editors do: the folder itself sees nothing.
    with (
        qtbot.waitSignal(watcher.folder_changed),
        (folder / "001.txt").open("a", encoding="utf-8") as file,
    ):
        file.write("سطر جديد\n")
    with qtbot.waitSignal(watcher.folder_changed):
        (folder / "002.txt").unlink()


def test_a_file_replaced_by_rename_counts(qtbot: QtBot, watch: Watch, folder: Path) -> None:
    watcher = watch(folder)
    (folder / "001.tmp").write_text("خبر معدل\n", encoding="utf-8")
    with qtbot.waitSignal(watcher.folder_changed):
        (folder / "001.tmp").replace(folder / "001.txt")


def test_other_files_reading_and_touching_do_not_count(
    qtbot: QtBot, watch: Watch, folder: Path
) -> None:
    watcher = watch(folder)
    with qtbot.assertNotEmitted(watcher.folder_changed, wait=QUIET_MS):
        (folder / "page.html.part").write_bytes(b"<html>")
        (folder / "001.txt").read_bytes()
        (folder / "notes").mkdir()
        (folder.parent / "sibling.txt").write_text("ليس في المجلد", encoding="utf-8")


def test_a_burst_of_changes_gives_one_signal(qtbot: QtBot, watch: Watch, folder: Path) -> None:
    watcher = watch(folder)
    emitted: list[None] = []
    watcher.folder_changed.connect(lambda: emitted.append(None))
    with qtbot.waitSignal(watcher.folder_changed):
        for index in range(20):
            (folder / f"{index + 100}.txt").write_text("خبر\n", encoding="utf-8")
    qtbot.waitUntil(watcher.is_settled)
    assert len(emitted) == 1


def test_a_folder_that_never_stops_changing_still_reports(
    qtbot: QtBot, watch: Watch, folder: Path
) -> None:
    watcher = watch(folder, debounce_ms=200, max_delay_ms=400)
    writes = iter(range(1000))
    writer = QTimer()
    writer.setInterval(20)
    writer.timeout.connect(
        lambda: (folder / f"{next(writes):04}.txt").write_text("خبر\n", encoding="utf-8")
    )
    writer.start()
    try:
        with qtbot.waitSignal(watcher.folder_changed, timeout=5000):
            pass
    finally:
        writer.stop()


def test_new_subfolders_are_watched(qtbot: QtBot, watch: Watch, folder: Path) -> None:
    watcher = watch(folder)
    sub = folder / "2024" / "05"
    with qtbot.waitSignal(watcher.folder_changed):
        sub.mkdir(parents=True)
        (sub / "010.txt").write_text("خبر في مجلد فرعي\n", encoding="utf-8")
    qtbot.waitUntil(watcher.is_settled)
    assert str(sub / "010.txt") in watcher.watched_paths()
    with qtbot.waitSignal(watcher.folder_changed):
        (sub / "010.txt").write_text("خبر معدل في مجلد فرعي\n", encoding="utf-8")
    with qtbot.waitSignal(watcher.folder_changed):
        shutil.rmtree(folder / "2024")


def test_the_folder_going_and_coming_back(qtbot: QtBot, watch: Watch, folder: Path) -> None:
    watcher = watch(folder)
    with qtbot.waitSignal(watcher.folder_changed):
        shutil.rmtree(folder)
    assert not watcher.folder_exists()
    qtbot.waitUntil(watcher.is_settled)
    with qtbot.waitSignal(watcher.folder_changed):
        folder.mkdir()
        (folder / "001.txt").write_text("عاد المجلد\n", encoding="utf-8")
    assert watcher.folder_exists()
    qtbot.waitUntil(watcher.is_settled)
    with qtbot.waitSignal(watcher.folder_changed):
        folder.rename(folder.parent / "renamed")
    assert not watcher.folder_exists()


def test_a_missing_folder_is_waited_for(qtbot: QtBot, watch: Watch, tmp_path: Path) -> None:
    folder = tmp_path / "later" / "articles"
    watcher = watch(folder)
    assert not watcher.folder_exists()
    with qtbot.waitSignal(watcher.folder_changed):
        folder.mkdir(parents=True)
    assert watcher.folder_exists()


def test_file_watches_stay_within_the_budget(qtbot: QtBot, watch: Watch, folder: Path) -> None:
    for index in range(10):
        (folder / f"{index + 100}.txt").write_text("خبر\n", encoding="utf-8")
    watcher = watch(folder, max_file_watches=3)
    files = [path for path in watcher.watched_paths() if path.endswith(".txt")]
    assert len(files) == 3
    # Beyond the budget, adds and removes still show through the folder's own watch.
    with qtbot.waitSignal(watcher.folder_changed):
        (folder / "109.txt").unlink()


def test_hostile_names_and_links(qtbot: QtBot, watch: Watch, folder: Path) -> None:
    (folder / "loop").mkdir()
    os.symlink(folder / "loop", folder / "loop" / "again")
    os.symlink(folder / "nowhere.txt", folder / "broken.txt")
    weird = Path(os.fsdecode(bytes(folder) + b"/\xff\xfe.txt"))
    weird.write_bytes(b"x")
    watcher = watch(folder)
    with qtbot.waitSignal(watcher.folder_changed):
        weird.unlink()
    qtbot.waitUntil(watcher.is_settled)
    with qtbot.waitSignal(watcher.folder_changed):
        (folder / "nowhere.txt").write_text("صار للرابط هدف\n", encoding="utf-8")


def test_stop_and_watch_another_folder(
    qtbot: QtBot, watch: Watch, folder: Path, tmp_path: Path
) -> None:
    watcher = watch(folder)
    other = tmp_path / "other"
    other.mkdir()
    watcher.watch(other)
    qtbot.waitUntil(watcher.is_settled)
    assert all(not path.startswith(str(folder) + os.sep) for path in watcher.watched_paths())
    with qtbot.assertNotEmitted(watcher.folder_changed, wait=QUIET_MS):
        (folder / "003.txt").write_text("في المجلد القديم\n", encoding="utf-8")
    with qtbot.waitSignal(watcher.folder_changed):
        (other / "001.txt").write_text("في المجلد الجديد\n", encoding="utf-8")
    watcher.stop()
    assert watcher.watched_paths() == []


def test_an_edit_before_the_file_is_watched_still_counts(qtbot: QtBot, folder: Path) -> None:
    watcher = FolderWatcher(debounce_ms=DEBOUNCE_MS)

    def edit() -> None:
        (folder / "001.txt").write_text("خبر معدل قبل المراقبة\n", encoding="utf-8")

    # Listed, but its watch comes on a later turn of the event loop: written in between.
    watcher.folder_listed.connect(edit)
    with qtbot.waitSignal(watcher.folder_changed):
        watcher.watch(folder)
    watcher.stop()


def test_the_tree_is_listed_off_the_thread_and_then_watched(qtbot: QtBot, folder: Path) -> None:
    (folder / "2024").mkdir()
    watcher = FolderWatcher(debounce_ms=DEBOUNCE_MS)
    with qtbot.waitSignal(watcher.folder_listed):
        watcher.watch(folder)
        assert not watcher.is_settled()
    assert {str(folder), str(folder / "2024")} <= set(watcher.watched_paths())
    qtbot.waitUntil(watcher.is_settled)
    watcher.stop()


def test_a_listing_for_an_older_watch_is_dropped(
    qtbot: QtBot, folder: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other"
    other.mkdir()
    watcher = FolderWatcher(debounce_ms=DEBOUNCE_MS)
    listed: list[None] = []
    watcher.folder_listed.connect(lambda: listed.append(None))
    watcher.watch(folder)
    watcher.watch(other)  # before the first listing is back
    qtbot.waitUntil(watcher.is_settled)
    with qtbot.assertNotEmitted(watcher.folder_listed, wait=QUIET_MS):
        pass
    assert listed == [None]
    assert all(not path.startswith(str(folder) + os.sep) for path in watcher.watched_paths())
    assert str(folder) not in watcher.watched_paths()
    watcher.stop()


def test_a_new_folder_is_watched_before_its_change_is_said(
    qtbot: QtBot, watch: Watch, folder: Path
) -> None:
    watcher = watch(folder)
    day = folder / "2024" / "05"
    with qtbot.waitSignal(watcher.folder_changed):
        day.mkdir(parents=True)
        (day / "010.txt").write_text("خبر في مجلد جديد\n", encoding="utf-8")
    # A reload started at the signal would miss nothing: the new folders are watched.
    assert {str(folder / "2024"), str(day)} <= set(watcher.watched_paths())


def test_a_stop_while_the_tree_is_listed_drops_it(qtbot: QtBot, folder: Path) -> None:
    watcher = FolderWatcher(debounce_ms=DEBOUNCE_MS)
    watcher.watch(folder)
    watcher.stop()
    assert watcher.is_settled()
    with qtbot.assertNotEmitted(watcher.folder_listed, wait=QUIET_MS):
        pass
    assert watcher.watched_paths() == []
