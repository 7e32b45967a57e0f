"""The installed PySide6 must not leak references to None (6.12.0 on Python 3.11 does)."""

from __future__ import annotations

import sys

import PySide6
from PySide6.QtCore import QObject

CALLS = 5_000


def test_void_qt_calls_keep_the_reference_count_of_none() -> None:
    # PySide6-Essentials 6.12.0 on Python 3.11 drops a reference to None on every Qt call
    # that returns nothing; after a few thousand the process aborts with
    # "Fatal Python error: none_dealloc". From Python 3.12 None is immortal.
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        probe.setObjectName("probe")
    lost = before - sys.getrefcount(None)
    assert lost < CALLS // 10, (
        f"PySide6 {PySide6.__version__} on Python {sys.version.split()[0]} lost {lost} "
        f"references to None in {CALLS} Qt calls: it will abort with none_dealloc. "
        "Install the version pyproject.toml asks for (PySide6-Essentials<6.12 on Python 3.11)."
    )
