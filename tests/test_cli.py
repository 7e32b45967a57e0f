"""The terminal front end, run as a user runs it: python -m reader."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SAMPLE, SEED

ARTICLE_KEYS = {
    "path",
    "title",
    "published",
    "published_text",
    "source",
    "byline",
    "tags",
    "body",
    "related",
    "boilerplate",
    "encoding",
    "warnings",
}


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """Run the front end in a child process and capture what it prints."""
    return subprocess.run(
        [sys.executable, "-m", "reader", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )


def test_show_json_prints_the_seed_fields() -> None:
    result = run("show", "--json", str(SEED))
    assert result.returncode == 0, result.stderr
    article = json.loads(result.stdout)
    assert set(article) == ARTICLE_KEYS
    assert article["published"] == "2023-09-18"
    assert article["source"] == "بوابة الوفد"
    assert article["tags"][-1] == "وزير الخارجية"
    assert article["related"][0]["place"] == "أنقرة"
    assert set(article["related"][0]) == {"title", "body", "place", "source"}


def test_show_text_is_logical_when_piped() -> None:
    result = run("show", str(SEED))
    assert result.returncode == 0
    assert result.stdout.startswith("وزير الخارجية الصيني")
    assert "واتساب" not in result.stdout


@pytest.mark.parametrize(
    ("content", "reason"),
    [(None, "does not exist"), (b"", "empty"), (b"\x89PNG\r\n\x1a\n" + bytes(64), "PNG")],
)
def test_show_not_an_article_exits_1_with_one_line(
    tmp_path: Path, content: bytes | None, reason: str
) -> None:
    path = tmp_path / "bad.txt"
    if content is not None:
        path.write_bytes(content)
    result = run("show", str(path))
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert str(path) in result.stderr
    assert reason in result.stderr


def test_usage_error_exits_2() -> None:
    assert run("list").returncode == 2
    assert run("frobnicate").returncode == 2


def test_help_explains_each_command() -> None:
    result = run("--help")
    for command in ("show", "list", "tags"):
        assert command in result.stdout
    assert "--exclude" in run("list", "--help").stdout


def _listed(*args: str) -> list[dict[str, object]]:
    result = run("list", str(SAMPLE), "--json", *args)
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_list_is_newest_first_and_complete() -> None:
    articles = _listed()
    assert len(articles) == len(list(SAMPLE.glob("*.txt")))
    dated = [a["published"] for a in articles if a["published"]]
    assert [str(d)[:10] for d in dated] == sorted((str(d)[:10] for d in dated), reverse=True)


def test_list_filters_by_tags_and_search() -> None:
    tags = json.loads(run("tags", str(SAMPLE), "--json").stdout)
    (first, first_count), (second, _) = [(t["tag"], t["count"]) for t in tags[:2]]
    assert len(_listed("--tag", first)) == first_count
    both = {a["path"] for a in _listed("--tag", first, "--tag", second)}
    either = {a["path"] for a in _listed("--tag", first, "--tag", second, "--any")}
    without = {a["path"] for a in _listed("--tag", first, "--exclude", second)}
    assert both < either
    assert without == {a["path"] for a in _listed("--tag", first)} - both
    found = _listed("--search", "الصين")
    assert found
    assert all("صين" in json.dumps(a, ensure_ascii=False) for a in found)


def test_tags_json_is_most_used_first() -> None:
    tags = json.loads(run("tags", str(SAMPLE), "--json").stdout)
    assert set(tags[0]) == {"tag", "count"}
    counts = [t["count"] for t in tags]
    assert counts == sorted(counts, reverse=True)


def test_list_reports_unreadable_files_and_goes_on(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("خبر\nفقرة.\n", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"")
    result = run("list", str(tmp_path))
    assert result.returncode == 0
    assert "خبر" in result.stdout
    assert result.stderr.strip().endswith("bad.txt: the file is empty")
