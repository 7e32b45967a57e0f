"""SettingsStore: values survive a new QSettings on the same file; bad values give defaults."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from reader.domain.library.query import SortOrder
from reader.models.settings_store import SettingsStore


def store(path: Path) -> SettingsStore:
    return SettingsStore(QSettings(str(path), QSettings.Format.IniFormat))


def test_defaults(tmp_path: Path) -> None:
    settings = store(tmp_path / "reader.ini")
    assert settings.sort_order() is SortOrder.NEWEST
    assert settings.zoom() == 0
    assert settings.language() == "ar"
    assert settings.last_folder() is None
    assert settings.recent_folders() == []
    assert settings.geometry().isEmpty()


def test_values_are_remembered(tmp_path: Path) -> None:
    first = store(tmp_path / "reader.ini")
    first.set_sort_order(SortOrder.SOURCE)
    first.set_zoom(-3)
    first.set_language("en")
    first.set_geometry(QByteArray(b"\x01\x02"))
    first.set_splitter_state(QByteArray(b"\x03"))
    first.add_recent_folder(tmp_path / "one")
    first.settings.sync()
    second = store(tmp_path / "reader.ini")
    assert second.sort_order() is SortOrder.SOURCE
    assert second.zoom() == -3
    assert second.language() == "en"
    assert second.geometry() == QByteArray(b"\x01\x02")
    assert second.splitter_state() == QByteArray(b"\x03")
    assert second.recent_folders() == [tmp_path / "one"]
    assert second.last_folder() == tmp_path / "one"


def test_recent_folders_most_recent_first_without_repeats(tmp_path: Path) -> None:
    settings = store(tmp_path / "reader.ini")
    for name in ["a", "b", "c", "a", *"defghijk"]:
        settings.add_recent_folder(tmp_path / name)
    recent = settings.recent_folders()
    assert recent[0] == tmp_path / "k"
    assert len(recent) == 8
    assert len(set(recent)) == 8
    settings.clear_recent_folders()
    assert settings.recent_folders() == []


def test_damaged_values_give_defaults(tmp_path: Path) -> None:
    path = tmp_path / "reader.ini"
    path.write_text("[view]\nsort=sideways\nzoom=big\nlanguage=tlh\n", encoding="utf-8")
    settings = store(path)
    assert settings.sort_order() is SortOrder.NEWEST
    assert settings.zoom() == 0
    assert settings.language() == "ar"


GARBAGE = bytes(range(256)) * 4 + b"\x00\xff[view\nsort=title\n\x89PNG"


def test_a_file_of_garbage_is_set_aside_and_the_defaults_used(tmp_path: Path) -> None:
    path = tmp_path / "reader.ini"
    path.write_bytes(GARBAGE)
    settings = store(path)
    assert settings.sort_order() is SortOrder.NEWEST
    assert settings.recent_folders() == []
    copy = settings.take_reset_notice()
    assert copy == str(path) + ".damaged"
    assert Path(copy).read_bytes() == GARBAGE
    # Said once; the file is clean text again, and a new store finds nothing wrong.
    assert settings.take_reset_notice() is None
    settings.set_zoom(2)
    settings.settings.sync()
    path.read_bytes().decode("utf-8")
    again = store(path)
    assert again.take_reset_notice() is None
    assert again.zoom() == 2


def test_a_file_qt_cannot_parse_is_reset(tmp_path: Path) -> None:
    path = tmp_path / "reader.ini"
    path.write_text("[view\nsort=title\n", encoding="utf-8")
    settings = store(path)
    assert settings.sort_order() is SortOrder.NEWEST
    assert settings.take_reset_notice() == str(path) + ".damaged"


def test_the_reset_is_told_to_a_second_store_on_the_same_file(tmp_path: Path) -> None:
    # The application reads the language through one QSettings and the window uses another;
    # Qt parses the file once, so only the first sees the damage.
    path = tmp_path / "reader.ini"
    path.write_text("[view\nsort=title\n", encoding="utf-8")
    first = store(path)
    assert first.language() == "ar"
    second = store(path)
    assert second.take_reset_notice() == str(path) + ".damaged"


def test_an_unreadable_file_gives_defaults(tmp_path: Path) -> None:
    # A folder where the file should be: it cannot be read or written, whoever runs the tests.
    path = tmp_path / "reader.ini"
    path.mkdir()
    settings = store(path)
    assert settings.is_unreadable()
    assert settings.sort_order() is SortOrder.NEWEST
    assert settings.take_reset_notice() is None
    settings.set_sort_order(SortOrder.TITLE)
    settings.settings.sync()


def test_values_of_the_wrong_type_give_defaults(tmp_path: Path) -> None:
    path = tmp_path / "reader.ini"
    path.write_text(
        "[window]\ngeometry=@Rect(1 2 3 4)\nsplitter=@Size(1 2)\nstate=hello\n"
        "[view]\nzoom=@Point(1 2)\nsort=@ByteArray(title)\nlanguage=7\n"
        "[library]\nrecent=@Size(3 4)\nlast_folder=@Rect(1 2 3 4)\n",
        encoding="utf-8",
    )
    settings = store(path)
    assert settings.take_reset_notice() is None
    assert settings.geometry().isEmpty()
    assert settings.splitter_state().isEmpty()
    assert settings.window_state().isEmpty()
    assert settings.zoom() == 0
    assert settings.sort_order() is SortOrder.NEWEST
    assert settings.language() == "ar"
    assert settings.recent_folders() == []
    assert settings.last_folder() is None
