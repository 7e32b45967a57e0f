"""Folders of articles that copy one another, loaded through a cache, and their groups by name."""

from __future__ import annotations

from pathlib import Path

from reader.domain.copies.groups import CopyGroups
from reader.domain.copies.library import library_copy_groups
from reader.domain.copies.update import update_copy_groups
from reader.domain.library.library import Library
from reader.domain.loading.folder import load_folder
from reader.domain.store.cache import ArticleCache
from tests.data.copies.build import article


def write(folder: Path, name: str, text: str) -> Path:
    """Write one article file."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def write_body(folder: Path, name: str, body: list[str], day: int = 18, outlet: str = "أ") -> Path:
    """Write an article with this body (a headline, date, outlet and tags around it)."""
    return write(folder, name, article(f"خبر {name}", day, body, outlet, ["وسم"]))


def open_groups(folder: Path, cache_dir: Path, workers: int = 1) -> tuple[Library, CopyGroups]:
    """Load folder through its cache and return the library with its groups (by id)."""
    cache = ArticleCache.open(folder, cache_dir)
    library = load_folder(folder, cache=cache)
    groups = update_copy_groups(cache, workers=workers)
    return library, library_copy_groups(library, groups)


def named_groups(folder: Path, cache_dir: Path, workers: int = 1) -> list[list[str]]:
    """Return the groups of folder's copies as file names, each oldest first, sorted."""
    library, groups = open_groups(folder, cache_dir, workers)
    names = [[Path(library.path_of(member)).name for member in group] for group in groups]
    library.cache.close()
    return sorted(names)
