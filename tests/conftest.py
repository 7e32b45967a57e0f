"""Shared fixtures: Qt runs offscreen, and the bundled sample folder."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

from reader.domain.loading import workers

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The article cache goes to a throwaway folder, never the user's (children inherit it too).
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="reader-test-cache-")
atexit.register(shutil.rmtree, os.environ["XDG_CACHE_HOME"], ignore_errors=True)
# Marks and saved searches go to the user data folder: never the tester's own.
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="reader-test-data-")
atexit.register(shutil.rmtree, os.environ["XDG_DATA_HOME"], ignore_errors=True)

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "resources" / "sample"
SEED = SAMPLE / "000_19d5c2ce21f9d31f.txt"  # the real seed, byte for byte


@pytest.fixture
def sample_folder() -> Path:
    """Return the bundled sample articles folder."""
    return SAMPLE


@pytest.fixture
def headline_first_load(monkeypatch: pytest.MonkeyPatch) -> None:
    """Load a small folder as a large one loads: in worker processes, every file listed by its
    headline first, in small chunks."""
    monkeypatch.setattr(workers, "MIN_PARALLEL_FILES", 0)
    monkeypatch.setattr(workers, "MIN_PREVIEW_FILES", 0)
    monkeypatch.setattr(workers, "PREVIEW_CHUNK_FILES", 16)
    monkeypatch.setattr(workers, "CHUNK_FILES", 8)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Empty the clipboard while Python still runs.

    WORKAROUND: the offscreen platform keeps the clipboard's QMimeData in a Qt global that is
    destroyed after the interpreter, and the data the tests copied was made in Python:
    deleting it then called into a finalized interpreter and crashed pytest's exit.
    """
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is not None:
        QGuiApplication.clipboard().clear()
