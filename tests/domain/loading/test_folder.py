"""Loading a whole folder into a library."""

from __future__ import annotations

from pathlib import Path

from reader.domain.article import LoadProblem
from reader.domain.loading.folder import load_folder
from reader.domain.problems import ProblemCode
from reader.domain.text.parser import read_article


def test_loads_recursively_and_keeps_problems(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("خبر أ\n18/09/2023\nفقرة.\n", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "d.txt").write_text("خبر د\nفقرة بلا تاريخ.\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "notes.md").write_text("ليس مقالا", encoding="utf-8")
    reported: list[LoadProblem] = []
    library = load_folder(tmp_path, read_article, on_problem=reported.append)
    assert len(library) == 2
    assert sorted(library.row(i).title or "" for i in library.ids()) == ["خبر أ", "خبر د"]
    assert [p.path.endswith("empty.txt") for p in library.problems] == [True]
    assert library.problems[0].code is ProblemCode.EMPTY
    assert reported == library.problems
