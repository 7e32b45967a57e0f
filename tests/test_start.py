"""What the reader opens first: the path given, the folder opened last, or the sample."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.start import Start, StartNote, choose_start


@pytest.fixture
def places(tmp_path: Path) -> dict[str, Path]:
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "a.txt").write_text("خبر\nنص.", encoding="utf-8")
    sample = tmp_path / "sample"
    sample.mkdir()
    return {
        "folder": folder,
        "file": folder / "a.txt",
        "sample": sample,
        "gone": tmp_path / "gone",
    }


@pytest.mark.parametrize(
    ("given", "last", "expected"),
    [
        # The first run: the sample, nothing remembered.
        (None, None, Start(Path("{sample}"))),
        # The folder opened last, while it exists.
        (None, "folder", Start(Path("{folder}"), remember=True)),
        # The folder opened last is gone: the sample, and a note.
        (
            None,
            "gone",
            Start(Path("{sample}"), note=StartNote.LAST_FOLDER_GONE, noted=Path("{gone}")),
        ),
        ("folder", "gone", Start(Path("{folder}"), remember=True)),
        # A file opens its folder on that article.
        ("file", None, Start(Path("{folder}"), article=Path("{file}"), remember=True)),
        # A missing path is shown missing and not remembered.
        (
            "gone",
            "folder",
            Start(Path("{gone}"), note=StartNote.MISSING_PATH, noted=Path("{gone}")),
        ),
    ],
)
def test_choose_start(
    places: dict[str, Path], given: str | None, last: str | None, expected: Start
) -> None:
    def place(path: Path | None) -> Path | None:
        return None if path is None else Path(str(path).format(**places))

    start = choose_start(
        None if given is None else places[given],
        None if last is None else places[last],
        places["sample"],
    )
    assert start == Start(
        place(expected.folder) or places["sample"],
        article=place(expected.article),
        remember=expected.remember,
        note=expected.note,
        noted=place(expected.noted),
    )
