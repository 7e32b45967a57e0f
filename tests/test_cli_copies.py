"""The copies command and list --group-copies, run as a user runs them: python -m reader."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.data.copies.build import STORIES, variants

LABELLED = Path(__file__).resolve().parent / "data" / "copies" / "articles"


def run(cache: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run the front end in a child process, with its cache under cache."""
    return subprocess.run(
        [sys.executable, "-m", "reader", "--logical", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        env={**os.environ, "XDG_CACHE_HOME": str(cache)},
    )


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A folder with three copies of one story (one undated), two of another, one alone."""
    folder = tmp_path / "f"
    folder.mkdir()
    china = variants("china", STORIES["china"])
    match = variants("match", STORIES["match"])
    (folder / "c1.txt").write_text(china["reposted"], encoding="utf-8")  # the 19th
    (folder / "c2.txt").write_text(china["original"], encoding="utf-8")  # the 18th
    undated = china["closing"].replace("تاريخ النشر: 20/09/2023\n", "")
    (folder / "c3.txt").write_text(undated, encoding="utf-8")
    (folder / "m1.txt").write_text(match["intro"], encoding="utf-8")  # the 20th
    (folder / "m2.txt").write_text(match["one-word"], encoding="utf-8")  # the 19th
    (folder / "q.txt").write_text(variants("quake", STORIES["quake"])["original"], "utf-8")
    return folder


def test_copies_json_gives_each_group_story_first_and_oldest_first(
    folder: Path, tmp_path: Path
) -> None:
    result = run(tmp_path / "cache", "copies", str(folder), "--json")
    assert result.returncode == 0, result.stderr
    groups = json.loads(result.stdout)

    def path(name: str) -> str:
        return str(folder / name)

    assert groups == [
        {"story": path("m2.txt"), "paths": [path("m2.txt"), path("m1.txt")]},
        {"story": path("c2.txt"), "paths": [path("c2.txt"), path("c1.txt"), path("c3.txt")]},
    ]
    # A second run reads the groups the first stored in the cache.
    assert json.loads(run(tmp_path / "cache", "copies", str(folder), "--json").stdout) == groups


def test_copies_prints_each_group_with_its_outlets(folder: Path, tmp_path: Path) -> None:
    result = run(tmp_path / "cache", "copies", str(folder), "--no-cache")
    lines = result.stdout.splitlines()
    assert lines[0].startswith("×2  2023-09-19  الوداد يفوز على الرجاء")
    assert lines[1] == f"    2023-09-19  {folder / 'm2.txt'} — سام برس"
    assert lines[2] == f"    2023-09-20  {folder / 'm1.txt'} — زمان التركية"
    assert lines[3] == ""
    assert lines[4].startswith("×3  2023-09-18  وزير الخارجية الصيني")
    assert lines[7] == f"    ----------  {folder / 'c3.txt'} — هلا أخبار"


def test_copies_looks_only_among_the_filtered_articles(folder: Path, tmp_path: Path) -> None:
    # Only the re-post carries the tag عاجل with one other copy: a group needs two.
    result = run(tmp_path / "cache", "copies", str(folder), "--json", "--search", "الوداد")
    assert [len(group["paths"]) for group in json.loads(result.stdout)] == [2]
    result = run(tmp_path / "cache", "copies", str(folder), "--json", "--tag", "عاجل")
    assert json.loads(result.stdout) == []


def test_list_group_copies_lists_one_entry_per_story(folder: Path, tmp_path: Path) -> None:
    result = run(tmp_path / "cache", "list", str(folder), "--group-copies", "--json")
    assert result.returncode == 0, result.stderr
    entries = {
        Path(e["path"]).name: e["copies"] for e in map(json.loads, result.stdout.splitlines())
    }
    assert entries == {
        "m2.txt": [str(folder / "m1.txt")],
        "c2.txt": [str(folder / "c1.txt"), str(folder / "c3.txt")],
        "q.txt": [],
    }
    text = run(tmp_path / "cache", "list", str(folder), "--group-copies").stdout.splitlines()
    assert len(text) == 3
    assert text[0].endswith("  ×2")
    assert text[1].endswith("  ×3")
    assert "×" not in text[2]
    plain = run(tmp_path / "cache", "list", str(folder), "--json").stdout.splitlines()
    assert len(plain) == 6
    assert all("copies" not in json.loads(line) for line in plain)


def test_the_labelled_set_through_the_terminal(tmp_path: Path) -> None:
    folder = shutil.copytree(LABELLED, tmp_path / "labelled")
    result = run(tmp_path / "cache", "copies", str(folder), "--json")
    groups = json.loads(result.stdout)
    assert sorted(len(group["paths"]) for group in groups) == [8] * 6
    for group in groups:
        assert group["story"] == group["paths"][0]
        assert len({Path(path).name.split("_")[1] for path in group["paths"]}) == 1
