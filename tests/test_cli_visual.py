"""The terminal front end's visual output, as a user without a bidi terminal runs it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from reader.domain.text.bidi_layout import display_width
from tests.domain.text.test_visual import read_back

HEADLINE = "وكالة الأونروا تحذر من نقص الغذاء"
PARAGRAPH = (
    "قالت وكالة غوث وتشغيل اللاجئين (الأونروا) في بيان «عاجل» يوم الخميس إن 1,200 أسرة"
    " [على الأقل] نزحت من بيوتها."
)


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """Run the front end in a child process (its output piped) and capture what it prints."""
    return subprocess.run(
        [sys.executable, "-m", "reader", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )


@pytest.fixture
def article_file(tmp_path: Path) -> Path:
    path = tmp_path / "unrwa.txt"
    path.write_text(f"{HEADLINE}\n\n{PARAGRAPH}\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "arguments",
    [
        ("show", "{file}", "--visual", "--width", "40"),
        ("--visual", "--width", "40", "show", "{file}"),
        ("--visual", "show", "{file}", "--width", "40"),
    ],
)
def test_show_visual_reads_top_to_bottom_with_brackets_facing_in(
    article_file: Path, arguments: tuple[str, ...]
) -> None:
    result = run(*(argument.format(file=article_file) for argument in arguments))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.rstrip("\n").split("\n")
    assert all(display_width(line) <= 40 for line in lines)
    assert read_back(lines[0]) == HEADLINE
    body = [line for line in lines[1:] if line.strip()]
    assert len(body) > 1
    # Every line of the paragraph ends at the right edge, and the lines read in order.
    assert all(display_width(line) == 40 for line in body)
    assert " ".join(read_back(line) for line in body) == PARAGRAPH
    # Printed left to right, a right-to-left phrase's closing bracket comes first.
    shown = "".join(body)
    assert "(" in shown
    assert shown.index("(") < shown.index(")")
    assert shown.index("«") < shown.index("»")
    assert shown.index("[") < shown.index("]")


def test_show_logical_after_the_command_prints_the_text_as_written(article_file: Path) -> None:
    result = run("show", str(article_file), "--logical")
    assert result.returncode == 0, result.stderr
    assert PARAGRAPH in result.stdout.split("\n")


def test_visual_without_a_width_when_piped_keeps_each_paragraph_on_one_line(
    article_file: Path,
) -> None:
    result = run("show", str(article_file), "--visual")
    lines = [line for line in result.stdout.split("\n") if line.strip()]
    assert [read_back(line) for line in lines] == [HEADLINE, PARAGRAPH]
