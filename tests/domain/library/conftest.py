"""A small hand-made folder, loaded: four articles (one in a subfolder) and two non-articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.domain.library.library import Library
from reader.domain.loading.folder import load_folder
from reader.domain.text.parser import read_article


def _write(folder: Path, name: str, text: str) -> None:
    (folder / name).write_text(text, encoding="utf-8")


@pytest.fixture
def small(tmp_path: Path) -> Library:
    """Return the library of a folder whose tags differ only by a Persian yeh, and a file
    with no date."""
    _write(tmp_path, "a.txt", "خبر أ\n18/09/2023\nفقرة عن الصين.\nكلمات دلالية: الصين، روسيا\n")
    _write(tmp_path, "b.txt", "خبر ب\n19/09/2023\nفقرة عن غزة.\nكلمات دلالية: غزة، روسيا\n")
    _write(tmp_path, "c.txt", "خبر ج\n17/09/2023\nفقرة عن والصين.\nكلمات دلالية: الصین\n")
    (tmp_path / "sub").mkdir()
    _write(tmp_path / "sub", "d.txt", "خبر د\nفقرة بلا تاريخ.\n")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "notes.md").write_text("ليس مقالا", encoding="utf-8")
    return load_folder(tmp_path, read_article)
