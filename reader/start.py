"""The desktop reader's entry point for main.py and the console script, and what it opens first.

It imports Qt and the window only once it runs: a cold load's worker processes start by
re-running the script that started the reader, and importing Qt there would cost each of
them a third of a second.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum, auto
from pathlib import Path


class StartNote(Enum):
    """What the window should say about how it started."""

    NONE = auto()
    # The folder opened last is gone: the sample is shown instead.
    LAST_FOLDER_GONE = auto()
    # The path given does not exist: it is shown as a missing folder, and not remembered.
    MISSING_PATH = auto()


@dataclass(frozen=True, slots=True)
class Start:
    """The folder to open first, the article to show in it, and whether to remember it."""

    folder: Path
    article: Path | None = None
    remember: bool = False
    note: StartNote = StartNote.NONE
    # The path the note is about.
    noted: Path | None = None


def choose_start(given: Path | None, last_folder: Path | None, sample: Path) -> Start:
    """Return what to open: the path given (a folder, or an article file in its folder), else
    the folder opened last while it exists, else the bundled sample."""
    if given is None:
        if last_folder is not None and last_folder.is_dir():
            return Start(last_folder, remember=True)
        if last_folder is not None:
            return Start(sample, note=StartNote.LAST_FOLDER_GONE, noted=last_folder)
        return Start(sample)
    path = given.expanduser().resolve()
    if path.is_file():
        return Start(path.parent, article=path, remember=True)
    if path.is_dir():
        return Start(path, remember=True)
    return Start(path, note=StartNote.MISSING_PATH, noted=path)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the reader (reader.app.main): argv is the arguments after the program name."""
    from reader.app import main as run_reader

    return run_reader(argv)
