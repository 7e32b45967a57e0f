"""The article's own helpers: file names, and paths that hold undecodable bytes."""

from __future__ import annotations

import os

import pytest

from reader.domain.article import Article, display_path, display_title, file_name


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("/news/001.txt", "001.txt"),
        ("C:\\news\\001.txt", "001.txt"),
        ("001.txt", "001.txt"),
        ("/news/", ""),
    ],
)
def test_file_name_is_the_last_part_of_a_path(path: str, name: str) -> None:
    assert file_name(path) == name


def test_display_title_falls_back_to_the_file_name() -> None:
    assert display_title("عنوان", "/news/a.txt") == "عنوان"
    assert display_title(None, "/news/a.txt") == "a.txt"
    assert display_title("", "/news/a.txt") == "a.txt"
    assert Article(path="/news/b.txt").display_title == "b.txt"


def test_display_path_shows_undecodable_bytes_as_replacement_characters() -> None:
    path = os.fsdecode(b"/news/\xff\xfe-\xd8\xae\xd8\xa8\xd8\xb1.txt")
    assert display_path(path) == "/news/\ufffd\ufffd-خبر.txt"
    assert display_path("/news/خبر.txt") == "/news/خبر.txt"
    assert display_path("/news/a.txt") == "/news/a.txt"
