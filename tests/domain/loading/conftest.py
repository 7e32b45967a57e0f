"""A small folder of generated articles, in subfolders, with one file that is no article."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.generate import ArticleWriter


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return a folder of 40 articles in three subfolders, and part0/broken.txt (a PNG)."""
    folder = tmp_path_factory.mktemp("corpus")
    writer = ArticleWriter(seed=7)
    for number in range(40):
        sub = folder / f"part{number % 3}"
        sub.mkdir(exist_ok=True)
        (sub / writer.file_name(number)).write_text(writer.article(number), encoding="utf-8")
    (folder / "part0" / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(32))
    return folder
