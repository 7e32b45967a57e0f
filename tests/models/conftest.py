"""Model tests: the sample library as the domain layer reads it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QAbstractItemModel

from reader.domain.library.library import Library, load_folder
from reader.domain.text.parser import read_article

if TYPE_CHECKING:
    # Imported for annotations only: the module needs pytest-qt set up first.
    from pytestqt.modeltest import ModelTester


@pytest.fixture(scope="session")
def sample_library() -> Library:
    """Return the bundled sample, loaded without Qt."""
    return load_folder(Path(__file__).resolve().parents[2] / "resources" / "sample", read_article)


@pytest.fixture
def check_model(qtmodeltester: ModelTester) -> Callable[[QAbstractItemModel, bool], None]:
    """Return qtmodeltester.check, typed: it keeps the tester attached for the whole test."""
    check: Callable[..., None] = qtmodeltester.check

    def check_model_(model: QAbstractItemModel, force_py: bool) -> None:
        check(model, force_py=force_py)

    return check_model_
