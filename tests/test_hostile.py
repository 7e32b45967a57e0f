"""Hostile and broken files through the terminal front end: nothing crashes or is dropped."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest

from reader.domain.article import LoadProblem
from reader.domain.library.library import Library
from reader.domain.loading.folder import load_folder
from reader.domain.loading.pipeline import load_folder_batches
from reader.domain.problems import FileKind, ProblemCode
from reader.domain.store.cache import ArticleCache
from reader.domain.text.parser import read_article
from tests.hostile import Expectation, build_hostile_folder
from tests.test_cli import run

LINKS = {"broken_link.txt": "does not exist", "loop_a.txt": "", "loop_b.txt": ""}


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Expectation]]:
    folder = tmp_path_factory.mktemp("hostile")
    return folder, build_hostile_folder(folder)


def _snapshot(folder: Path) -> dict[str, tuple[str, int]]:
    """Return each file's checksum and modification time, without following links."""
    state = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            state[os.fsdecode(path)] = (digest, path.stat().st_mtime_ns)
    return state


def test_list_reports_every_bad_file_and_lists_every_good_one(
    hostile: tuple[Path, dict[str, Expectation]],
) -> None:
    folder, cases = hostile
    before = _snapshot(folder)
    result = run("list", "--json", str(folder))
    assert result.returncode == 0, result.stderr
    listed = {
        Path(json.loads(line)["path"]).name: json.loads(line) for line in result.stdout.splitlines()
    }
    lines = result.stderr.splitlines()
    problems = [line for line in lines if ": warning: " not in line]
    warned = [line for line in lines if ": warning: " in line]
    for name, expected in cases.items():
        shown = name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        if expected.problem is None:
            assert listed[shown]["title"] == expected.title, name
            assert bool(listed[shown]["warnings"]) == expected.warns, name
            stated = [w for w in warned if w.startswith(f"reader: {folder / shown}: warning: ")]
            assert len(stated) == len(listed[shown]["warnings"]), name
        else:
            lines = [line for line in problems if line.startswith(f"reader: {folder / name}:")]
            assert len(lines) == 1, name
            assert expected.problem in lines[0]
    for name, reason in LINKS.items():
        assert any(f"{folder / name}: " in line and reason in line for line in problems), name
    assert len(problems) == sum(1 for e in cases.values() if e.problem) + len(LINKS)
    assert _snapshot(folder) == before


def test_markup_stays_text_in_json(hostile: tuple[Path, dict[str, Expectation]]) -> None:
    folder, _ = hostile
    result = run("show", "--json", str(folder / "markup.txt"))
    article = json.loads(result.stdout)
    assert article["title"].startswith("<b>عريض</b> <script>")
    assert "<i>وسم</i>" in article["tags"]


def test_unreadable_file_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("خبر\nفقرة.\n", encoding="utf-8")
    path.chmod(0)
    if os.access(path, os.R_OK):
        pytest.skip("running as root: permissions do not stop reading")
    result = run("show", str(path))
    assert result.returncode == 1
    assert "permission denied" in result.stderr


def test_a_folder_of_ten_thousand_non_articles(tmp_path: Path) -> None:
    for index in range(10_000):
        (tmp_path / f"{index:05}.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(16))
    (tmp_path / "real.txt").write_text("خبر حقيقي\nفقرة.\n", encoding="utf-8")
    problems: list[LoadProblem] = []
    library = load_folder(tmp_path, read_article, on_problem=problems.append)
    assert len(library) == 1
    assert len(problems) == 10_000
    assert {(problem.code, problem.detail) for problem in problems} == {
        (ProblemCode.NOT_TEXT, FileKind.PNG)
    }


@pytest.mark.usefixtures("headline_first_load")
def test_a_long_load_of_hostile_files_lists_headers_first_and_ends_as_a_plain_one(
    hostile: tuple[Path, dict[str, Expectation]],
) -> None:
    folder, _cases = hostile
    plain = load_folder(folder, read_article)
    library = Library(ArticleCache.in_memory())
    batches = list(load_folder_batches(folder, library.cache, workers=2))
    previewed = [path for batch in batches if batch.previews for path in batch.previews.paths]
    # Binary, empty, UTF-16 and one-line files have no header to show; the rest are listed.
    assert 0 < len(previewed) < len(plain) + len(plain.problems)
    for batch in batches:
        library.add_batch(batch)
    library.apply_vocabulary()

    def rows(of: Library) -> dict[str, tuple[str | None, tuple[str, ...]]]:
        return {of.row(i).path: (of.row(i).title, of.row(i).tags) for i in of.ids()}

    assert rows(library) == rows(plain)
    assert sorted(map(str, library.problems)) == sorted(map(str, plain.problems))
