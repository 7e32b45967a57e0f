"""The terminal's export, mark and saved-search commands, and the --unread, --starred and
--saved filters, on a folder whose articles carry commas, quotes, line breaks and markup."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from reader.cli.main import main

HOSTILE = """خبر "عاجل"، بالأرقام, <b>2023</b> & <script>alert(1)</script>
تاريخ النشر: 18th, September 2023 GMT
فقرة أولى فيها فاصلة، وفاصلة, لاتينية و"علامات" اقتباس.
فقرة ثانية فيها <i>وسم</i> &amp; رمز.
المصدر: بوابة الوفد
كلمات دلالية: الصين، وزير الخارجية، روسيا"""
SECOND = """خبر عن الصين
تاريخ النشر: 19th, September 2023 GMT
فقرة عن الصين.
المصدر: سام برس
كلمات دلالية: الصين، غزة"""
THIRD = """خبر ثالث بلا وسوم
تاريخ النشر: 17th, September 2023 GMT
فقرة وحيدة.
المصدر: بوابة الوفد"""


@pytest.fixture(autouse=True)
def user_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the user data and cache folders at throwaway ones (children inherit them)."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    crawl = tmp_path / "crawl"
    (crawl / "sub").mkdir(parents=True)
    (crawl / "a.txt").write_text(HOSTILE, encoding="utf-8")
    (crawl / "sub" / "b.txt").write_text(SECOND, encoding="utf-8")
    (crawl / "c.txt").write_text(THIRD, encoding="utf-8")
    return crawl


def run(*args: str) -> str:
    """Run the front end in this process, piped, and return what it prints (exit code 0)."""
    out = io.StringIO()
    assert main(list(args), out) == 0
    return out.getvalue()


def failing(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    """Run the front end expecting exit code 1; return its one line on stderr."""
    capsys.readouterr()
    out = io.StringIO()
    assert main(list(args), out) == 1
    assert out.getvalue() == ""
    error = capsys.readouterr().err
    assert error.count("\n") == 1, error
    return error


def listed_json(folder: Path, *filters: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in run("list", str(folder), *filters, "--json").splitlines()]


def titles(folder: Path, *filters: str) -> list[str]:
    return [str(record["title"]) for record in listed_json(folder, *filters)]


def checksums(folder: Path) -> dict[str, str]:
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    } | {str(path.relative_to(folder)) + "/": "" for path in folder.rglob("*") if path.is_dir()}


def test_csv_reads_back_as_list_json_field_by_field(folder: Path, tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    assert run("export", str(folder), "--output", str(target)) == ""
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfpath,title,published,source,byline,tags,body\r\n")
    with target.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    expected = listed_json(folder)
    assert len(rows) == len(expected) == 3
    for row, record in zip(rows, expected, strict=True):
        assert row == {
            "path": record["path"],
            "title": record["title"] or "",
            "published": record["published"] or "",
            "source": record["source"] or "",
            "byline": record["byline"] or "",
            "tags": "، ".join(record["tags"]),  # type: ignore[arg-type]
            "body": "\n\n".join(record["body"]),  # type: ignore[arg-type]
        }
    assert rows[1]["title"] == 'خبر "عاجل"، بالأرقام, <b>2023</b> & <script>alert(1)</script>'
    assert "\n\n" in rows[1]["body"]


def test_json_lines_equal_list_json(folder: Path, tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    run("export", str(folder), "--tag", "الصين", "--output", str(target))
    listed = run("list", str(folder), "--tag", "الصين", "--json")
    assert target.read_text(encoding="utf-8") == listed
    assert listed.count("\n") == 2


def test_html_escapes_markup_in_headlines_and_bodies(folder: Path) -> None:
    page = run("export", str(folder), "--format", "html", "--output", "-")
    assert '<html dir="rtl" lang="ar">' in page
    assert "<title>crawl</title>" in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<script>" not in page
    assert "&lt;i&gt;وسم&lt;/i&gt; &amp;amp; رمز" in page
    assert page.count("<article>") == 3


def test_output_dash_writes_to_standard_output_in_a_child_process(folder: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "reader", "export", str(folder), "--format", "csv", "-o", "-"],
        capture_output=True,
        check=False,
    )
    assert result.returncode == 2  # -o is no option: --output is spelled out
    result = subprocess.run(
        [sys.executable, "-m", "reader", "export", str(folder), "--format=csv", "--output=-"],
        capture_output=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("\ufeffpath,title".encode())
    assert result.stdout.count(b"\r\n") >= 4


@pytest.mark.parametrize(
    ("name", "expected"),
    [("out.csv", "\ufeffpath,"), ("out.jsonl", '{"path"'), ("out.HTML", "<!DOCTYPE html>")],
)
def test_the_format_follows_the_file_name(
    folder: Path, tmp_path: Path, name: str, expected: str
) -> None:
    run("export", str(folder), "--output", str(tmp_path / name))
    assert (tmp_path / name).read_text(encoding="utf-8").startswith(expected)


def test_a_file_name_with_no_format_asks_for_one(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    error = failing(capsys, "export", str(folder), "--output", str(tmp_path / "out.txt"))
    assert "give --format" in error
    assert not (tmp_path / "out.txt").exists()


def test_a_file_that_cannot_be_written_exits_1_and_leaves_nothing(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing" / "out.csv"
    error = failing(capsys, "export", str(folder), "--output", str(missing))
    assert error == f"reader: {missing}: cannot write (No such file or directory)\n"
    protected = tmp_path / "protected.csv"
    protected.write_text("kept", encoding="utf-8")
    protected.chmod(stat.S_IRUSR)
    error = failing(capsys, "export", str(folder), "--output", str(protected))
    assert error == f"reader: {protected}: cannot write (the file is read-only)\n"
    assert protected.read_text(encoding="utf-8") == "kept"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["cache", "crawl", "protected.csv"]


@pytest.mark.parametrize(
    ("counts", "expected"),
    [
        ("tags", [["tag", "count"], ["الصين", "2"], ["روسيا", "1"], ["غزة", "1"]]),
        ("sources", [["source", "count"], ["بوابة الوفد", "2"], ["سام برس", "1"]]),
    ],
)
def test_counts_export_as_csv(
    folder: Path, tmp_path: Path, counts: str, expected: list[list[str]]
) -> None:
    target = tmp_path / "counts.csv"
    run("export", str(folder), "--counts", counts, "--output", str(target))
    with target.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    assert rows[0] == expected[0]
    assert [row for row in rows[1:] if row in expected[1:]] == expected[1:]
    if counts == "tags":
        assert ["وزير الخارجية", "1"] in rows


def test_mark_then_filter_unread_and_starred(folder: Path) -> None:
    everything = titles(folder)
    assert titles(folder, "--unread") == everything
    assert titles(folder, "--starred") == []
    run("mark", str(folder), str(folder / "a.txt"), "sub/b.txt", "--read")
    run("mark", str(folder), "sub/b.txt", "c.txt", "--star")
    assert titles(folder, "--unread") == ["خبر ثالث بلا وسوم"]
    assert titles(folder, "--starred") == ["خبر عن الصين", "خبر ثالث بلا وسوم"]
    assert titles(folder, "--starred", "--unread") == ["خبر ثالث بلا وسوم"]
    assert titles(folder, "--starred", "--tag", "الصين") == ["خبر عن الصين"]
    run("mark", str(folder), "sub/b.txt", "--unread", "--unstar")
    assert titles(folder, "--unread") == ["خبر عن الصين", "خبر ثالث بلا وسوم"]
    assert titles(folder, "--starred") == ["خبر ثالث بلا وسوم"]


def test_export_takes_the_marks_filters(folder: Path, tmp_path: Path) -> None:
    run("mark", str(folder), "c.txt", "--star")
    target = tmp_path / "starred.jsonl"
    run("export", str(folder), "--starred", "--output", str(target))
    assert target.read_text(encoding="utf-8") == run("list", str(folder), "--starred", "--json")
    assert [json.loads(line)["title"] for line in target.read_text().splitlines()] == [
        "خبر ثالث بلا وسوم"
    ]


@pytest.mark.parametrize(
    ("paths", "reason"),
    [
        (["nothing.txt"], "no such article file"),
        (["c.txt", "../outside.txt"], "not in"),
    ],
)
def test_a_bad_path_marks_nothing(
    folder: Path, capsys: pytest.CaptureFixture[str], paths: list[str], reason: str
) -> None:
    (folder.parent / "outside.txt").write_text("خبر", encoding="utf-8")
    error = failing(capsys, "mark", str(folder), *paths, "--read")
    assert reason in error
    assert titles(folder, "--unread") == titles(folder)


def test_mark_needs_a_mark(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert "give --read" in failing(capsys, "mark", str(folder), "c.txt")


def test_saved_search_round_trip(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run("save-search", "الصين المميزة", "--tag", "الصين", "--starred", "--from", "2023-09")
    run("mark", str(folder), "sub/b.txt", "--star")
    assert titles(folder, "--saved", "الصين المميزة") == ["خبر عن الصين"]
    # A filter given too replaces that field of the saved search.
    assert titles(folder, "--saved", "الصين المميزة", "--tag", "روسيا") == []
    listing = run("saved-searches")
    assert listing.startswith("الصين المميزة: include: الصين; date_from: 2023-09-01")
    assert listing.rstrip().endswith("; starred")
    (record,) = [json.loads(line) for line in run("saved-searches", "--json").splitlines()]
    assert record["query"]["include"] == ["الصين"]
    assert record["marks"] == {"unread": False, "starred": True}
    run("rename-search", "الصين المميزة", "مميزة")
    assert titles(folder, "--saved", "مميزة") == ["خبر عن الصين"]
    run("delete-search", "مميزة")
    assert run("saved-searches") == ""
    assert "no saved search is named" in failing(capsys, "list", str(folder), "--saved", "مميزة")


def test_a_session_leaves_the_article_folder_byte_identical(
    folder: Path, tmp_path: Path, user_folders: Path
) -> None:
    before = checksums(folder)
    run("mark", str(folder), "a.txt", "--read", "--star")
    run("save-search", "s", "--tag", "الصين", "--unread")
    for name in ("out.csv", "out.jsonl", "out.html"):
        run("export", str(folder), "--saved", "s", "--output", str(tmp_path / name))
    run("export", str(folder), "--counts", "tags", "--output", str(tmp_path / "tags.csv"))
    run("list", str(folder), "--starred", "--json")
    run("rename-search", "s", "t")
    assert checksums(folder) == before
    marks = list((user_folders / "data" / "arabic-news-reader" / "marks").iterdir())
    assert len(marks) == 1


def test_marks_survive_the_cache_being_deleted_and_a_file_being_edited(
    folder: Path, user_folders: Path
) -> None:
    run("mark", str(folder), "a.txt", "c.txt", "--star")
    assert len(listed_json(folder, "--starred")) == 2
    assert (user_folders / "cache").is_dir()
    shutil.rmtree(user_folders / "cache")
    (folder / "a.txt").write_text(HOSTILE.replace("فقرة أولى", "فقرة معدلة"), encoding="utf-8")
    starred = listed_json(folder, "--starred")
    assert [Path(str(record["path"])).name for record in starred] == ["a.txt", "c.txt"]
    assert "فقرة معدلة" in str(starred[0]["body"])
