"""The terminal's coverage filters and commands: --from/--to/--source/--exclude-source on
every folder command, `sources` and `timeline`, on a folder with an outlet in two spellings,
undated articles and an empty month."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from reader.cli.main import main
from tests.coverage_corpus import write_coverage_folder


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return the coverage folder."""
    return write_coverage_folder(tmp_path_factory.mktemp("coverage-cli"))


def run(*args: str) -> str:
    """Run the front end in this process, piped (logical order), and return what it prints."""
    out = io.StringIO()
    assert main([*args, "--no-cache"], out) == 0
    return out.getvalue()


def run_json(*args: str) -> object:
    return json.loads(run(*args, "--json"))


def listed(folder: Path, *filters: str) -> list[str]:
    lines = run("list", str(folder), *filters, "--json").splitlines()
    return sorted(Path(json.loads(line)["path"]).stem for line in lines)


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ((), ["a1", "a2", "a3", "a4", "a5", "a6", "a7"]),
        (("--source", "بوابه الوفد"), ["a1", "a2", "a4"]),
        (("--source", "سام برس", "--source", "الجزيرة نت"), ["a3", "a5", "a7"]),
        (("--exclude-source", "بوابة الوفد"), ["a3", "a5", "a6", "a7"]),
        (("--from", "2023-12"), ["a3", "a4", "a7"]),
        (("--from", "2024"), ["a4"]),
        (("--to", "2023"), ["a1", "a2", "a3", "a7"]),
        (("--to", "2023-12-01"), ["a1", "a2", "a3"]),
        (("--from", "2023-11", "--to", "2023-11"), []),
        (("--tag", "الصين", "--from", "2023-10-20"), ["a2", "a4"]),
        (("--search", "غزة", "--source", "سام برس"), ["a3"]),
    ],
)
def test_list_takes_every_filter(
    folder: Path, filters: tuple[str, ...], expected: list[str]
) -> None:
    assert listed(folder, *filters) == expected


def test_sources_lists_outlets_in_their_most_frequent_spelling(folder: Path) -> None:
    assert run_json("sources", str(folder)) == [
        {"source": "بوابة الوفد", "count": 3},
        {"source": "سام برس", "count": 2},
        {"source": "الجزيرة نت", "count": 1},
        {"source": None, "count": 1},
    ]
    assert run_json("sources", str(folder), "--tag", "الصين", "--from", "2023") == [
        {"source": "بوابة الوفد", "count": 3},
    ]
    assert run("sources", str(folder), "--exclude-source", "سام برس").splitlines() == [
        "3  بوابة الوفد",
        "1  الجزيرة نت",
        "1  (no source)",
    ]


def test_timeline_json_counts_the_result_and_the_folder_per_month(folder: Path) -> None:
    assert run_json("timeline", str(folder), "--tag", "الصين", "--by", "month") == {
        "by": "month",
        "periods": [
            {"period": "2023-10", "count": 2, "total": 2},
            {"period": "2023-11", "count": 0, "total": 0},
            {"period": "2023-12", "count": 0, "total": 2},
            {"period": "2024-01", "count": 1, "total": 1},
        ],
        "undated": {"count": 1, "total": 2},
    }


@pytest.mark.parametrize(
    ("args", "by", "labels"),
    [
        (("--by", "year"), "year", ["2023", "2024"]),
        (("--by", "week", "--from", "2023-12"), "week", ["2023-W48", "2023-W49", "2023-W50",
                                                        "2023-W51", "2023-W52", "2024-W01",
                                                        "2024-W02", "2024-W03"]),
        (("--by", "day", "--from", "2023-12-31", "--to", "2024-01"), "day",
         ["2023-12-31"] + [f"2024-01-{day:02}" for day in range(1, 16)]),
        (("--source", "سام برس", "--by", "month"), "month",
         ["2023-10", "2023-11", "2023-12", "2024-01"]),
        ((), "week", None),
    ],
)  # fmt: skip
def test_timeline_periods_run_over_the_folder_within_the_bounds(
    folder: Path, args: tuple[str, ...], by: str, labels: list[str] | None
) -> None:
    result = run_json("timeline", str(folder), *args)
    assert isinstance(result, dict)
    assert result["by"] == by
    if labels is not None:
        assert [period["period"] for period in result["periods"]] == labels


def test_a_date_bound_leaves_undated_articles_out(folder: Path) -> None:
    result = run_json("timeline", str(folder), "--from", "2023", "--by", "year")
    assert result == {
        "by": "year",
        "periods": [
            {"period": "2023", "count": 4, "total": 4},
            {"period": "2024", "count": 1, "total": 1},
        ],
        "undated": {"count": 0, "total": 2},
    }


def test_timeline_text_draws_one_bar_per_period_sized_to_the_width(folder: Path) -> None:
    lines = run("timeline", str(folder), "--by", "month", "--width", "40").splitlines()
    assert [line.split()[0] for line in lines] == [
        "2023-10",
        "2023-11",
        "2023-12",
        "2024-01",
        "undated",
    ]
    assert lines[0].startswith("2023-10  2 / 2  █")
    assert lines[1] == "2023-11  0 / 0"
    assert "░" not in lines[0]
    assert all(len(line) <= 40 for line in lines)
    tagged = run("timeline", str(folder), "--by", "month", "--tag", "غزة", "--width", "40")
    # December: one of the folder's two articles is in the result, the other shaded behind.
    december = tagged.splitlines()[2]
    assert december.startswith("2023-12  1 / 2  █")
    assert december.endswith("░")


@pytest.mark.parametrize("bound", ["2023-13", "yesterday", "10/2023"])
def test_a_bad_date_is_a_usage_error(folder: Path, bound: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "reader", "list", str(folder), "--from", bound],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert result.returncode == 2
    assert "YYYY-MM-DD" in result.stderr


def test_tags_takes_the_filters(folder: Path) -> None:
    assert run_json("tags", str(folder), "--source", "سام برس") == [
        {"tag": "الصين", "count": 1},
        {"tag": "غزة", "count": 1},
    ]


def test_the_marks_filters_narrow_sources_and_timeline(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert main(["mark", str(folder), str(folder / "a3.txt"), "--star"], io.StringIO()) == 0
    assert run_json("sources", str(folder), "--starred") == [{"source": "سام برس", "count": 1}]
    timeline = run_json("timeline", str(folder), "--starred", "--by", "year")
    assert isinstance(timeline, dict)
    assert sum(period["count"] for period in timeline["periods"]) == 1
