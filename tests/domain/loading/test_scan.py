"""Listing a folder: the order of files, links, listing without stats, the tree a watcher keeps."""

from __future__ import annotations

import os
from pathlib import Path

from reader.domain.loading.scan import list_folder, list_tree, scan_folder


def test_files_come_in_path_order_with_subfolders_and_links(tmp_path: Path) -> None:
    for name in ("b.txt", "a-b/x.txt", "a/b/y.txt", "a/z.txt", "A.txt", "notes.md", "a.txt"):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("خبر\n", encoding="utf-8")
    (tmp_path / "a" / "loop").symlink_to(tmp_path / "a")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    found = [path for path, _size, _mtime in scan_folder(tmp_path)]
    expected = sorted(path for path in tmp_path.rglob("*.txt") if "loop" not in path.parts)
    assert found == [str(path) for path in expected]
    assert dict((p, s) for p, s, _m in scan_folder(tmp_path))[str(tmp_path / "gone.txt")] == -1


def test_a_listing_without_stats_finds_the_same_files(tmp_path: Path) -> None:
    for name in ("b.txt", "a/y.txt", "a/z.txt", "notes.md"):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("خبر\n", encoding="utf-8")
    (tmp_path / "a" / "loop").symlink_to(tmp_path / "a")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "link.txt").symlink_to(tmp_path / "b.txt")
    os.mkfifo(tmp_path / "pipe.txt")
    with_stats = scan_folder(tmp_path)
    without = scan_folder(tmp_path, stats=False)
    assert [path for path, _s, _m in without] == [path for path, _s, _m in with_stats]
    sizes = {Path(path).name: size for path, size, _mtime in without}
    linked = (tmp_path / "b.txt").stat().st_size
    unknown = {"b.txt": None, "y.txt": None, "z.txt": None}
    assert sizes == {"gone.txt": -1, "link.txt": linked, **unknown}


def test_the_tree_lists_every_folder_with_its_article_files_and_no_linked_folder(
    tmp_path: Path,
) -> None:
    for name in ("b.txt", "a/y.TXT", "a/deep/z.txt", "a/notes.md", "empty/.keep"):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("خبر\n", encoding="utf-8")
    (tmp_path / "a" / "loop").symlink_to(tmp_path)  # a link back up the tree never ends
    root = str(tmp_path)
    tree = list_tree(root)
    a, deep, empty = (os.path.join(root, name) for name in ("a", "a/deep", "empty"))
    assert sorted(tree) == [root, a, deep, empty]
    assert tree[root].files == {"b.txt": (tmp_path / "b.txt").stat().st_ino}
    assert tree[root].subfolders == {"a", "empty"}
    assert set(tree[a].files) == {"y.TXT"}
    assert tree[a].subfolders == {"deep"}
    assert set(tree[deep].files) == {"z.txt"}
    assert tree[empty].files == {}


def test_a_folder_that_cannot_be_listed_is_left_out(tmp_path: Path) -> None:
    assert list_folder(str(tmp_path / "nowhere")) is None
    assert list_tree(str(tmp_path / "nowhere")) == {}
