"""SettingsStore: values survive a new QSettings on the same file; bad values give defaults."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from reader.domain.library import SortOrder
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
