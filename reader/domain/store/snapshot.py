"""A library's columns stored in one piece (marshal data), so that a reopen lists it at once."""

from __future__ import annotations

import marshal
import os
import sys
from array import array
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

# Marshal's format may change between Python versions: a snapshot from another is ignored.
_SNAPSHOT_FORMAT = f"library-4/python-{sys.version_info.major}.{sys.version_info.minor}"
# A snapshot's text columns are marshalled in pieces of this many items.
_SNAPSHOT_PIECE = 10_000


@dataclass(slots=True)
class LibrarySnapshot:
    """A whole library's columns, stored in one piece so that a reopen lists it at once.

    Per article: cache key, path, file size and mtime (to find what changed), headline,
    encoded date, date key, source, tag ids and flags. Per tag id: folded key, shown name,
    member article ids. tag_texts maps each spelling met to its tag id.
    """

    keys: array[int]
    paths: list[str]
    sizes: array[int]
    mtimes: array[int]
    titles: list[str | None]
    published: list[str | None]
    date_keys: array[float]
    sources: list[str | None]
    tags: list[tuple[int, ...]]
    flags: bytearray
    tag_keys: list[str]
    tag_names: list[str]
    tag_texts: dict[str, int]
    tag_members: list[array[int]]


def set_file_stats(
    snapshot: LibrarySnapshot, stats: Mapping[int, tuple[int | None, int | None]]
) -> None:
    """Set the size and mtime of each of a snapshot's files from key -> (size, mtime); -1 for
    a file whose stat is unknown."""
    sizes = array("q")
    mtimes = array("q")
    for key in snapshot.keys:
        size, mtime = stats.get(key, (-1, -1))
        sizes.append(-1 if size is None else size)
        mtimes.append(-1 if mtime is None else mtime)
    snapshot.sizes, snapshot.mtimes = sizes, mtimes


def encode_snapshot(snapshot: LibrarySnapshot, root: str) -> bytes:
    """Return a snapshot as marshal data (no code runs when it is read back), paths relative.

    The long columns are marshalled in pieces laid end to end after a head that gives their
    sizes: marshal holds the interpreter lock for a whole call, and the window must not wait
    for 100,000 titles; read back from one buffer, the pieces cost no copies.
    """
    skip = len(root) + 1
    texts = (
        [path[skip:] for path in snapshot.paths],
        snapshot.titles,
        snapshot.published,
        snapshot.sources,
    )
    # Kept whole: marshal writes an object met twice once, within one call. The articles'
    # tag ids are the same few int objects, and a tag's name is also a spelling of it; in
    # pieces, each piece would have its own copies.
    tags = (
        snapshot.tags,
        [(snapshot.tag_keys, snapshot.tag_names, snapshot.tag_texts)],
    )
    pieces = [_pieces(column, _SNAPSHOT_PIECE) for column in texts]
    pieces += [_pieces(column, max(1, len(column))) for column in tags]
    head = marshal.dumps(
        (
            _SNAPSHOT_FORMAT,
            snapshot.keys.tobytes(),
            snapshot.sizes.tobytes(),
            snapshot.mtimes.tobytes(),
            snapshot.date_keys.tobytes(),
            bytes(snapshot.flags),
            [members.tobytes() for members in snapshot.tag_members],
            [[len(piece) for piece in column] for column in pieces],
        )
    )
    body = b"".join(piece for column in pieces for piece in column)
    return len(head).to_bytes(8, "little") + head + body


def _pieces(values: list[Any], size: int) -> list[bytes]:
    """Return a list marshalled in pieces of size items."""
    return [marshal.dumps(values[start : start + size]) for start in range(0, len(values), size)]


def decode_snapshot(data: bytes, root: str) -> LibrarySnapshot:
    """Return the snapshot encode_snapshot wrote; raise ValueError when it is not one."""
    view = memoryview(data)
    try:
        head_size = int.from_bytes(view[:8], "little")
        head = marshal.loads(view[8 : 8 + head_size])
        if head[0] != _SNAPSHOT_FORMAT:
            raise ValueError("another snapshot format")
        (_format, keys, sizes, mtimes, date_keys, flags, members, piece_sizes) = head
        position = 8 + head_size
        columns: list[list[Any]] = []
        for column_sizes in piece_sizes:
            values: list[Any] = []
            for size in column_sizes:
                values += marshal.loads(view[position : position + size])
                position += size
            columns.append(values)
        paths, titles, published, sources, tags, [(tag_keys, tag_names, tag_texts)] = columns
    except (EOFError, TypeError, IndexError) as error:
        raise ValueError(f"not a library snapshot: {error}") from None
    prefix = root + os.sep
    return LibrarySnapshot(
        keys=array("q", keys),
        paths=[prefix + path for path in paths],
        sizes=array("q", sizes),
        mtimes=array("q", mtimes),
        titles=titles,
        published=published,
        date_keys=array("d", date_keys),
        sources=sources,
        tags=tags,
        flags=bytearray(flags),
        tag_keys=tag_keys,
        tag_names=tag_names,
        tag_texts=tag_texts,
        tag_members=[array("i", ids) for ids in members],
    )
