"""The kwic and words commands, run as a user runs them, on a small folder of articles."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.articles import write_article


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    write_article(
        folder, "a.txt", "زيارة إلى الصين", "التقى الوزير رئيس الصين في بكين.", "الصين، دبلوماسية"
    )
    (folder / "b.txt").write_text(
        "العلاقات مع روسيا\n18/09/2024\nتحدث الوزير عن روسيا والصين والهند.\nكلمات دلالية: روسيا",
        encoding="utf-8",
    )
    write_article(folder, "c.txt", "أخبار الرياضة", "فاز الفريق بالمباراة.", "رياضة")
    return folder


def run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    return subprocess.run(
        [sys.executable, "-m", "reader", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        env=environment,
    )


def test_kwic_json_lines_are_pieces_of_the_text(tmp_path: Path, folder: Path) -> None:
    result = run(tmp_path, "kwic", str(folder), "--search", "الصين", "--json")
    assert result.returncode == 0, result.stderr
    hits = [json.loads(line) for line in result.stdout.splitlines()]
    assert [hit["match"] for hit in hits] == ["والصين", "الصين", "الصين"]
    # Newest article first (b, 2024), then a's headline before its body.
    assert [Path(hit["path"]).name for hit in hits] == ["b.txt", "a.txt", "a.txt"]
    assert set(hits[0]) == {"path", "left", "match", "right"}
    assert hits[0]["left"] == "تحدث الوزير عن روسيا "
    assert hits[0]["right"] == " والهند."
    texts = {
        "b.txt": ["تحدث الوزير عن روسيا والصين والهند."],
        "a.txt": ["زيارة إلى الصين", "التقى الوزير رئيس الصين في بكين."],
    }
    for hit in hits:
        piece = hit["left"] + hit["match"] + hit["right"]
        assert any(piece in text for text in texts[Path(hit["path"]).name])


def test_kwic_width_and_filters(tmp_path: Path, folder: Path) -> None:
    result = run(
        tmp_path,
        "kwic",
        str(folder),
        "--search",
        "الصين",
        "--tag",
        "روسيا",
        "--width",
        "10",
        "--json",
    )
    assert result.returncode == 0, result.stderr
    (hit,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert (hit["left"], hit["match"], hit["right"]) == ("عن روسيا ", "والصين", " والهند.")
    assert len(hit["left"]) <= 10


def test_kwic_table(tmp_path: Path, folder: Path) -> None:
    result = run(tmp_path, "--logical", "kwic", str(folder), "--search", "الوزير")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    assert all("«الوزير»" in line for line in lines)
    # Aligned on the hit: the text before it is padded to one width.
    assert len({line.index("«") for line in lines}) == 1


def test_words_json(tmp_path: Path, folder: Path) -> None:
    result = run(tmp_path, "words", str(folder), "--json")
    assert result.returncode == 0, result.stderr
    words = json.loads(result.stdout)
    assert words[0] == {"word": "الصين", "count": 3, "articles": 2, "keyness": None}
    assert words[1]["word"] == "الوزير"
    listed = {word["word"] for word in words}
    # Function words and one-letter tokens are out; والصين went under الصين.
    assert not listed & {"في", "إلى", "عن", "مع", "والصين"}


def test_words_with_a_filter_has_keyness(tmp_path: Path, folder: Path) -> None:
    result = run(tmp_path, "words", str(folder), "--tag", "رياضة", "--top", "3", "--json")
    assert result.returncode == 0, result.stderr
    words = json.loads(result.stdout)
    assert len(words) == 3
    assert {word["word"] for word in words} <= {"أخبار", "الرياضة", "فاز", "الفريق", "بالمباراة"}
    assert all(word["keyness"] > 0 for word in words)
    result = run(tmp_path, "words", str(folder), "--search", "روسيا", "--json")
    scores = {word["word"]: word["keyness"] for word in json.loads(result.stdout)}
    assert scores["روسيا"] > 0
    assert scores["الوزير"] < scores["روسيا"]


def test_words_table(tmp_path: Path, folder: Path) -> None:
    result = run(tmp_path, "--logical", "words", str(folder), "--top", "2")
    assert result.returncode == 0, result.stderr
    header, first, second = result.stdout.splitlines()
    assert first.split() == ["2", "3", "الصين"]
    assert second.split()[-1] == "الوزير"
    assert "articles" in header
