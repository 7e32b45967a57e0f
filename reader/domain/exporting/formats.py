"""The export formats, and the one a file name asks for."""

from __future__ import annotations

from enum import StrEnum
from pathlib import PurePath


class ExportFormat(StrEnum):
    """A file format articles export to."""

    CSV = "csv"
    JSONL = "jsonl"
    HTML = "html"

    @property
    def suffix(self) -> str:
        """The file name suffix a save dialog proposes."""
        return "." + self.value

    @classmethod
    def for_path(cls, path: PurePath) -> ExportFormat | None:
        """Return the format a file name's suffix names, if any."""
        return _BY_SUFFIX.get(path.suffix.lower())


_BY_SUFFIX = {
    ".csv": ExportFormat.CSV,
    ".jsonl": ExportFormat.JSONL,
    ".ndjson": ExportFormat.JSONL,
    ".html": ExportFormat.HTML,
    ".htm": ExportFormat.HTML,
}
