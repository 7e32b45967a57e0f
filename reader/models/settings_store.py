"""The reader's remembered state, typed, over an injected QSettings."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from reader.domain.library.query import SortOrder

LANGUAGES = ("ar", "en")
_MAX_RECENT = 8
# Where a reset leaves word of itself for the window, which may read the settings through
# another QSettings: Qt parses a file once per process, so only the first one sees the damage.
_RESET_KEY = "notices/settings_reset"
_DAMAGED_SUFFIX = ".damaged"
# Text formats whose bytes can be checked: Qt writes them in UTF-8, and never writes a NUL.
_TEXT_SUFFIXES = (".ini", ".conf")


class SettingsStore:
    """Reads and writes the window's remembered state; bad stored values give the defaults.

    A settings file that is damaged (Qt cannot parse it, or it is not text) is copied aside
    and the settings start again from the defaults; take_reset_notice() tells the window.
    """

    def __init__(self, settings: QSettings) -> None:
        self._settings = settings
        # Read the file again if it changed since the QSettings was made, so that status()
        # speaks of what is on the disk now.
        settings.sync()
        if settings.status() != QSettings.Status.AccessError and _is_damaged(settings):
            self._reset_damaged()

    @property
    def settings(self) -> QSettings:
        """The QSettings written to."""
        return self._settings

    def is_unreadable(self) -> bool:
        """Tell whether the settings could not be read: defaults are used, changes may be lost."""
        return self._settings.status() == QSettings.Status.AccessError

    def take_reset_notice(self) -> str | None:
        """Return, once, where damaged settings were copied when they were reset.

        None when there was no reset; an empty string when the copy could not be made.
        """
        value = self._settings.value(_RESET_KEY)
        if value is None:
            return None
        self._settings.remove(_RESET_KEY)
        return value if isinstance(value, str) else ""

    def _reset_damaged(self) -> None:
        """Keep a copy of the damaged file, then start again from the defaults."""
        name = self._settings.fileName()
        copy = name + _DAMAGED_SUFFIX
        try:
            shutil.copyfile(name, copy)
        except OSError:
            copy = ""
        self._settings.clear()
        self._settings.setValue(_RESET_KEY, copy)
        self._settings.sync()

    def _text(self, key: str, default: str = "") -> str:
        """Return a stored string, or default when missing or of another type."""
        value = self._settings.value(key, default)
        return value if isinstance(value, str) else default

    def _bytes(self, key: str) -> QByteArray:
        """Return stored bytes, or empty bytes when missing or of another type."""
        value = self._settings.value(key, QByteArray())
        return value if isinstance(value, QByteArray) else QByteArray()

    def geometry(self) -> QByteArray:
        """Return the saved window geometry (empty when none)."""
        return self._bytes("window/geometry")

    def set_geometry(self, geometry: QByteArray) -> None:
        """Save the window geometry."""
        self._settings.setValue("window/geometry", geometry)

    def window_state(self) -> QByteArray:
        """Return the saved toolbar and dock state (empty when none)."""
        return self._bytes("window/state")

    def set_window_state(self, state: QByteArray) -> None:
        """Save the toolbar and dock state."""
        self._settings.setValue("window/state", state)

    def splitter_state(self) -> QByteArray:
        """Return the saved splitter sizes (empty when none)."""
        return self._bytes("window/splitter")

    def set_splitter_state(self, state: QByteArray) -> None:
        """Save the splitter sizes."""
        self._settings.setValue("window/splitter", state)

    def sort_order(self) -> SortOrder:
        """Return the saved sort order, newest first by default."""
        try:
            return SortOrder(self._text("view/sort", SortOrder.NEWEST.value))
        except ValueError:
            return SortOrder.NEWEST

    def set_sort_order(self, order: SortOrder) -> None:
        """Save the sort order."""
        self._settings.setValue("view/sort", order.value)

    def zoom(self) -> int:
        """Return the saved zoom level of the reading pane, 0 by default."""
        try:
            return int(self._text("view/zoom", "0"))
        except ValueError:
            return 0

    def set_zoom(self, level: int) -> None:
        """Save the zoom level of the reading pane."""
        self._settings.setValue("view/zoom", str(level))

    def group_copies(self) -> bool:
        """Return whether the list shows one row per story (copies grouped), off by default."""
        return self._text("view/group_copies", "false") == "true"

    def set_group_copies(self, grouped: bool) -> None:
        """Save whether the list shows one row per story."""
        self._settings.setValue("view/group_copies", "true" if grouped else "false")

    def show_timeline(self) -> bool:
        """Return whether the timeline shows above the article list, on by default."""
        return self._text("view/show_timeline", "true") == "true"

    def set_show_timeline(self, shown: bool) -> None:
        """Save whether the timeline shows above the article list."""
        self._settings.setValue("view/show_timeline", "true" if shown else "false")

    def language(self) -> str:
        """Return the saved UI language code ("ar" or "en"), Arabic by default."""
        language = self._text("view/language", "ar")
        return language if language in LANGUAGES else "ar"

    def set_language(self, language: str) -> None:
        """Save the UI language code for the next start."""
        self._settings.setValue("view/language", language)

    def last_folder(self) -> Path | None:
        """Return the folder opened last, if any."""
        text = self._text("library/last_folder")
        return Path(text) if text else None

    def recent_folders(self) -> list[Path]:
        """Return the folders opened recently, most recent first."""
        value = self._settings.value("library/recent", [])
        if isinstance(value, str):
            # WORKAROUND: an ini file gives back a one-element list as a bare string.
            value = [value]
        if not isinstance(value, list):
            return []
        return [Path(item) for item in value if isinstance(item, str) and item]

    def add_recent_folder(self, folder: Path) -> None:
        """Remember folder as the last opened, at the head of the recent folders."""
        text = str(folder)
        recent = [text] + [str(path) for path in self.recent_folders() if str(path) != text]
        self._settings.setValue("library/recent", recent[:_MAX_RECENT])
        self._settings.setValue("library/last_folder", text)

    def clear_recent_folders(self) -> None:
        """Forget the recent folders."""
        self._settings.remove("library/recent")


def _is_damaged(settings: QSettings) -> bool:
    """Tell whether the settings file is damaged: Qt could not parse it, or it is not text.

    Qt's ini parser takes almost anything (random bytes give random keys) and reports a
    FormatError only for a few faults, so a text file's bytes are checked too.
    """
    if settings.status() == QSettings.Status.FormatError:
        return True
    path = Path(settings.fileName())
    if path.suffix not in _TEXT_SUFFIXES:
        return False
    try:
        data = path.read_bytes()
    except OSError:
        return False
    if b"\0" in data:
        return True
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return True
    return False
