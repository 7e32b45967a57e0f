"""`reader list FOLDER --search QUERY --json` takes the whole search syntax."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from reader.cli.main import main as cli_main
from tests.articles import write_article

ARTICLES = {
    "001.txt": ("زيارة إلى بكين", "قال وزيرُ الخارجيّة إن الصين شريك مهم لروسيا."),
    "002.txt": ("صادرات", "تصدّر تونس زيت الزيتون للصين والمستشفيات."),
    "003.txt": ("قمة", "اجتمع الوزير مع وزير الخارجية الروسي في موسكو."),
}


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    folder = tmp_path / "news"
    folder.mkdir()
    for name, (title, body) in ARTICLES.items():
        write_article(folder, name, title, body)
    return folder


def listed(folder: Path, query: str) -> list[str]:
    out = io.StringIO()
    assert cli_main(["list", str(folder), "--search", query, "--json"], stdout=out) == 0
    return sorted(Path(json.loads(line)["path"]).name for line in out.getvalue().splitlines())


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("الصين", ["001.txt", "002.txt"]),
        ('"وزير الخارجية"', ["001.txt", "003.txt"]),
        ("الصين OR موسكو", ["001.txt", "002.txt", "003.txt"]),
        ("الصين | موسكو", ["001.txt", "002.txt", "003.txt"]),
        ("الصين -روسيا", ["002.txt"]),
        ("NOT الصين", ["003.txt"]),
        ("(بكين OR موسكو) وزير", ["001.txt", "003.txt"]),
        ("مستشف*", ["002.txt"]),
        ("title:قمة", ["003.txt"]),
        ('body:"وزير الخارجية" -title:بكين', ["003.txt"]),
        ('source:"بوابة الاختبار"', ["001.txt", "002.txt", "003.txt"]),
        ('"وزير الخارجية', ["001.txt", "003.txt"]),  # unreadable: plain words
    ],
)
def test_list_search_takes_the_syntax(folder: Path, query: str, expected: list[str]) -> None:
    assert listed(folder, query) == expected


def test_the_command_line_as_typed(folder: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "reader", "list", str(folder), "--search", "الصين -روسيا", "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert [Path(json.loads(line)["path"]).name for line in done.stdout.splitlines()] == ["002.txt"]
