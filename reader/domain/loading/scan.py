"""Listing a folder's tree: the article files a load reads, and the folders a watcher watches.

Plain file-system calls with no shared state, so both run on any thread.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

# (path, size, mtime_ns) of one article file; size and mtime are None when the folder was
# listed without stats (a cold load: the worker that reads the file takes its stat).
FileStat = tuple[str, int | None, int | None]

_ARTICLE_SUFFIX = ".txt"


def scan_folder(folder: Path, *, stats: bool = True) -> list[FileStat]:
    """Return every *.txt file under folder, recursively, with its stat, in name order.

    stats=False leaves the size and mtime of plain files None: listing is then several times
    faster, as no file is stat'ed (only links, folders and odd entries are).
    The order is that of sorted Path objects (names compared part by part): each folder's
    entries are visited in name order, going down into subfolders where they sort. Links are
    followed, each folder once; a broken or looping link is listed with size -1, so that
    reading it reports the reason; pipes and devices are left out (reading one could block).
    Raises OSError when folder itself cannot be listed; unreadable subfolders are skipped.
    """
    root = os.fsdecode(Path(folder))
    top = os.stat(root)
    seen_dirs = {(top.st_dev, top.st_ino)}
    found: list[FileStat] = []
    pending: list[Iterator[os.DirEntry[str]]] = [iter(_sorted_entries(root))]
    while pending:
        entry = next(pending[-1], None)
        if entry is None:
            pending.pop()
            continue
        is_text = entry.name.endswith(_ARTICLE_SUFFIX)
        try:
            if not stats and is_text and entry.is_file(follow_symlinks=False):
                found.append((entry.path, None, None))
                continue
            if not is_text and not entry.is_dir():
                continue
            info = entry.stat()
        except OSError:
            # A broken or looping link: listed, so that reading it reports why.
            if is_text:
                found.append((entry.path, -1, -1))
            continue
        if stat.S_ISDIR(info.st_mode):
            identity = (info.st_dev, info.st_ino)
            if identity not in seen_dirs:
                seen_dirs.add(identity)
                try:
                    pending.append(iter(_sorted_entries(entry.path)))
                except OSError:
                    continue
        elif is_text and stat.S_ISREG(info.st_mode):
            found.append((entry.path, info.st_size, info.st_mtime_ns))
    return found


def _sorted_entries(directory: str) -> list[os.DirEntry[str]]:
    """Return the entries of a folder in name order."""
    with os.scandir(directory) as entries:
        return sorted(entries, key=_entry_name)


def _entry_name(entry: os.DirEntry[str]) -> str:
    """Return an entry's name (the sort key of a folder's entries)."""
    return entry.name


@dataclass(slots=True)
class FolderListing:
    """One folder's article files (name -> inode) and subfolder names, as a watcher keeps them."""

    files: dict[str, int] = field(default_factory=dict)
    subfolders: set[str] = field(default_factory=set)


def list_folder(path: str) -> FolderListing | None:
    """Return the article files and subfolders of one folder; None when it cannot be listed.

    Any case of the suffix counts, so that a watcher sees every file that may be an article.
    """
    listing = FolderListing()
    try:
        with os.scandir(path) as entries:
            for entry in entries:
                try:
                    # Links to folders are not followed: a link back up the tree never ends.
                    if entry.is_dir(follow_symlinks=False):
                        listing.subfolders.add(entry.name)
                    elif entry.name.lower().endswith(_ARTICLE_SUFFIX):
                        listing.files[entry.name] = entry.inode()
                except OSError:
                    continue
    except OSError:
        return None
    return listing


def list_tree(root: str) -> dict[str, FolderListing]:
    """Return the listing of root and of every folder under it that can be listed.

    The keys are the folders to watch; a watcher may call this on a worker thread and hand
    the result to the thread that owns the watches, as a large tree takes long to list.
    """
    tree: dict[str, FolderListing] = {}
    pending = [root]
    while pending:
        path = pending.pop()
        listing = list_folder(path)
        if listing is None:
            continue
        tree[path] = listing
        pending.extend(os.path.join(path, name) for name in listing.subfolders)
    return tree
