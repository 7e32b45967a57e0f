import os
import shutil
from pathlib import Path

import pytest

from reader.domain.library_marks import LibraryMarks
from reader.domain.loading.folder import load_folder
from reader.domain.marks import (
    MARKS_FOLDER,
    FolderMarks,
    Mark,
    MarksFilter,
    MarksUnavailableError,
    key_path,
    relative_key,
)
from reader.domain.store.cache import ArticleCache
from reader.domain.user_data import default_data_dir
from tests.articles import write_article


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the user data folder ($XDG_DATA_HOME) at a throwaway folder."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return tmp_path / "data" / "arabic-news-reader"


@pytest.fixture
def crawl(tmp_path: Path) -> Path:
    folder = tmp_path / "crawl"
    (folder / "sub").mkdir(parents=True)
    for number in range(4):
        write_article(folder, f"{number}.txt", f"خبر {number}", "فقرة")
    write_article(folder / "sub", "4.txt", "خبر 4", "فقرة")
    return folder


@pytest.mark.parametrize(
    ("path", "key"),
    [
        ("crawl/a.txt", "a.txt"),
        ("crawl/sub/b.txt", "sub/b.txt"),
        ("crawl/sub/../c.txt", "c.txt"),
        ("crawl/\udcff.txt", "\udcff.txt"),
        ("other/a.txt", None),
        ("crawl", None),
        ("crawlx/a.txt", None),
    ],
)
def test_relative_key(path: str, key: str | None) -> None:
    assert relative_key(Path("crawl"), path) == key
    if key is not None:
        assert os.path.normpath(key_path(Path("crawl"), key)) == os.path.normpath(path)


def test_the_data_folder_honours_xdg_data_home(data_dir: Path) -> None:
    assert default_data_dir() == data_dir


def test_marks_round_trip_and_leave_the_article_folder_alone(data_dir: Path, crawl: Path) -> None:
    before = sorted(crawl.rglob("*"))
    marks = FolderMarks.open(crawl)
    assert list(marks.marked()) == []
    assert not marks.database.exists()  # reading creates nothing
    marks.set_mark(["0.txt", "sub/4.txt", "\udcff.txt"], Mark.READ)
    marks.set_mark(["0.txt", "1.txt"], Mark.STARRED)
    marks.set_mark(["sub/4.txt"], Mark.READ, on=False)
    marks.close()
    assert marks.database.parent == data_dir / MARKS_FOLDER
    reopened = FolderMarks.open(crawl)
    assert dict(reopened.marked()) == {
        "0.txt": Mark.READ | Mark.STARRED,
        "1.txt": Mark.STARRED,
        "\udcff.txt": Mark.READ,
    }
    assert reopened.keys(Mark.READ) == {"0.txt", "\udcff.txt"}
    assert reopened.marks_of("1.txt") == Mark.STARRED
    assert reopened.marks_of("2.txt") == Mark(0)
    assert sorted(crawl.rglob("*")) == before


def test_each_folder_has_its_own_marks(data_dir: Path, tmp_path: Path) -> None:
    FolderMarks.open(tmp_path / "one").set_mark(["a.txt"], Mark.READ)
    assert list(FolderMarks.open(tmp_path / "two").marked()) == []


def test_unmarking_nothing_creates_nothing(data_dir: Path, crawl: Path) -> None:
    marks = FolderMarks.open(crawl)
    marks.set_mark(["0.txt"], Mark.READ, on=False)
    assert not marks.database.exists()


def test_an_unusable_store_says_so(data_dir: Path, crawl: Path) -> None:
    data_dir.parent.mkdir(parents=True)
    data_dir.write_text("a file where the data folder should be")
    with pytest.raises(MarksUnavailableError, match="cannot be used"):
        FolderMarks.open(crawl).set_mark(["0.txt"], Mark.READ)


def test_marks_survive_the_cache_being_deleted_and_a_file_being_edited(
    data_dir: Path, crawl: Path, tmp_path: Path
) -> None:
    cache_dir = tmp_path / "cache"
    library = load_folder(crawl, cache=ArticleCache.open(crawl, cache_dir))
    marks = LibraryMarks(library, crawl, FolderMarks.open(crawl))
    first = library.find_path(str(crawl / "0.txt"))
    deep = library.find_path(str(crawl / "sub" / "4.txt"))
    assert first is not None
    assert deep is not None
    marks.set_mark([first, deep], Mark.READ)
    marks.set_mark([first], Mark.STARRED)
    assert marks.marks.keys(Mark.READ) == {"0.txt", "sub/4.txt"}
    library.cache.close()
    marks.marks.close()

    shutil.rmtree(cache_dir)
    write_article(crawl, "0.txt", "خبر 0 بعد التحرير", "فقرة أطول بعد التحرير")
    library = load_folder(crawl, cache=ArticleCache.open(crawl, cache_dir))
    marks = LibraryMarks(library, crawl, FolderMarks.open(crawl))
    edited = library.find_path(str(crawl / "0.txt"))
    assert edited is not None
    assert library.row(edited).title == "خبر 0 بعد التحرير"
    assert marks.marks_of(edited) == Mark.READ | Mark.STARRED
    assert marks.is_read(library.find_path(str(crawl / "sub" / "4.txt")) or -1)
    assert not marks.is_read(library.find_path(str(crawl / "1.txt")) or -1)


def test_a_moved_folder_keeps_its_marks(data_dir: Path, crawl: Path, tmp_path: Path) -> None:
    FolderMarks.open(crawl).set_mark(["1.txt"], Mark.STARRED)
    moved = tmp_path / "elsewhere" / "crawl"
    moved.parent.mkdir()
    crawl.rename(moved)
    assert dict(FolderMarks.open(moved).marked()) == {"1.txt": Mark.STARRED}


def test_a_same_named_folder_does_not_take_marks_of_one_still_there(
    data_dir: Path, crawl: Path, tmp_path: Path
) -> None:
    FolderMarks.open(crawl).set_mark(["1.txt"], Mark.STARRED)
    twin = tmp_path / "elsewhere" / "crawl"
    shutil.copytree(crawl, twin)
    assert list(FolderMarks.open(twin).marked()) == []


@pytest.mark.parametrize(
    ("marks_filter", "expected"),
    [
        (MarksFilter(), [0, 1, 2, 3, 4]),
        (MarksFilter(unread=True), [2, 3, 4]),
        (MarksFilter(starred=True), [1, 3]),
        (MarksFilter(unread=True, starred=True), [3]),
    ],
)
def test_library_marks_filter_a_listing(
    data_dir: Path, crawl: Path, marks_filter: MarksFilter, expected: list[int]
) -> None:
    library = load_folder(crawl)
    by_title = {library.row(i).title: i for i in library.ids()}
    ids = [by_title[f"خبر {number}"] for number in range(5)]
    marks = LibraryMarks(library, crawl, FolderMarks.open(crawl))
    marks.set_mark([ids[0], ids[1]], Mark.READ)
    marks.set_mark([ids[1], ids[3]], Mark.STARRED)
    listing = list(reversed(ids))
    assert marks.select(listing, marks_filter) == [ids[n] for n in reversed(expected)]
    assert marks.count(listing, marks_filter) == len(expected)
    # Another view of the same store sees the same marks.
    again = LibraryMarks(library, crawl, FolderMarks.open(crawl))
    assert again.select(listing, marks_filter) == [ids[n] for n in reversed(expected)]


def test_library_marks_follow_a_change_made_through_another_object(
    data_dir: Path, crawl: Path
) -> None:
    library = load_folder(crawl)
    store = FolderMarks.open(crawl)
    marks = LibraryMarks(library, crawl, store)
    first = library.find_path(str(crawl / "2.txt"))
    assert first is not None
    store.set_mark(["2.txt"], Mark.READ)
    assert marks.select(list(library.ids()), MarksFilter(unread=True)).count(first) == 0
    assert marks.is_read(first)
