import contextlib
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.domain.article import Article, LoadProblem
from reader.domain.atomic_file import UnwritableError
from reader.domain.exporting.exporter import (
    ExportCancelledError,
    StreamWriteError,
    export_articles,
    library_articles,
    write_articles,
    writer_for,
)
from reader.domain.exporting.formats import ExportFormat
from reader.domain.loading.folder import load_folder
from tests.articles import write_article

FORMATS = list(ExportFormat)


def _leftovers(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


@pytest.mark.parametrize("export_format", FORMATS)
def test_progress_counts_every_article(
    tmp_path: Path, articles: list[Article], export_format: ExportFormat
) -> None:
    seen: list[int] = []
    written = export_articles(tmp_path / "out", export_format, articles, progress=seen.append)
    assert written == 3
    assert seen == [1, 2, 3]
    assert _leftovers(tmp_path) == ["out"]


@pytest.mark.parametrize("export_format", FORMATS)
@pytest.mark.parametrize("cancel_after", [0, 1, 3])
def test_a_cancelled_export_leaves_no_file(
    tmp_path: Path, articles: list[Article], export_format: ExportFormat, cancel_after: int
) -> None:
    seen: list[int] = []
    with pytest.raises(ExportCancelledError):
        export_articles(
            tmp_path / "out.csv",
            export_format,
            articles,
            progress=seen.append,
            cancelled=lambda: len(seen) >= cancel_after,
        )
    assert len(seen) == cancel_after
    assert _leftovers(tmp_path) == []


def test_a_cancelled_export_keeps_the_earlier_file(tmp_path: Path, articles: list[Article]) -> None:
    target = tmp_path / "out.csv"
    target.write_bytes(b"earlier")
    with pytest.raises(ExportCancelledError):
        export_articles(target, ExportFormat.CSV, articles, cancelled=lambda: True)
    assert target.read_bytes() == b"earlier"
    assert _leftovers(tmp_path) == ["out.csv"]


def test_a_failed_read_leaves_no_file(tmp_path: Path, articles: list[Article]) -> None:
    def failing() -> Iterator[Article]:
        yield articles[0]
        raise KeyError("the cache went away")

    with pytest.raises(KeyError):
        export_articles(tmp_path / "out.html", ExportFormat.HTML, failing())
    assert _leftovers(tmp_path) == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes read-only folders")
def test_a_read_only_folder_says_so_and_leaves_nothing(
    tmp_path: Path, articles: list[Article]
) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with pytest.raises(UnwritableError, match=r"cannot write \(Permission denied"):
            export_articles(folder / "out.csv", ExportFormat.CSV, articles)
        assert _leftovers(folder) == []
    finally:
        folder.chmod(stat.S_IRWXU)


def test_a_read_only_file_is_not_replaced(tmp_path: Path, articles: list[Article]) -> None:
    target = tmp_path / "out.csv"
    target.write_bytes(b"protected")
    target.chmod(stat.S_IRUSR)
    with pytest.raises(UnwritableError, match="read-only"):
        export_articles(target, ExportFormat.CSV, articles)
    assert target.read_bytes() == b"protected"
    assert _leftovers(tmp_path) == ["out.csv"]


def test_a_missing_folder_says_so_and_leaves_nothing(
    tmp_path: Path, articles: list[Article]
) -> None:
    with pytest.raises(UnwritableError, match="No such file or directory"):
        export_articles(tmp_path / "missing" / "out.csv", ExportFormat.CSV, articles)
    assert _leftovers(tmp_path) == []


def test_a_folder_is_no_target(tmp_path: Path, articles: list[Article]) -> None:
    with pytest.raises(UnwritableError, match="folder"):
        export_articles(tmp_path, ExportFormat.JSONL, articles)


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_disk_is_a_stream_write_error(articles: list[Article]) -> None:
    stream = open("/dev/full", "w", encoding="utf-8")  # noqa: SIM115 - closed below
    try:
        with pytest.raises(StreamWriteError, match="No space left"):
            write_articles(writer_for(ExportFormat.HTML, stream), articles * 2000)
    finally:
        with contextlib.suppress(OSError):
            stream.close()


def test_new_file_gets_the_users_permissions(tmp_path: Path, articles: list[Article]) -> None:
    umask = os.umask(0o022)
    os.umask(umask)
    target = tmp_path / "out.jsonl"
    export_articles(target, ExportFormat.JSONL, articles)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask


def test_library_articles_skip_a_file_gone_since_the_load(tmp_path: Path) -> None:
    folder = tmp_path / "crawl"
    folder.mkdir()
    for number in range(3):
        write_article(folder, f"{number}.txt", f"خبر {number}", "فقرة")
    library = load_folder(folder)
    # An article the cache cannot give is read from its file: here it is gone.
    (folder / "1.txt").unlink()
    gone = library.find_path(str(folder / "1.txt"))
    assert gone is not None
    library.cache.close()
    problems: list[LoadProblem] = []
    found = list(library_articles(library, library.ids(), on_problem=problems.append))
    assert [article.title for article in found] == ["خبر 0", "خبر 2"]
    assert [problem.path for problem in problems] == [str(folder / "1.txt")]


def test_ctrl_c_leaves_no_file(tmp_path: Path, articles: list[Article]) -> None:
    def interrupt(done: int) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        export_articles(tmp_path / "out.csv", ExportFormat.CSV, articles, progress=interrupt)
    assert _leftovers(tmp_path) == []
