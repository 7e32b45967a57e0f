"""The marks of one library's articles by id: a byte per article, written through to the store."""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from itertools import compress
from pathlib import Path

from reader.domain.library.library import Library
from reader.domain.marks import FolderMarks, Mark, MarksFilter, key_path, relative_key


def _table(keep: Iterable[int]) -> bytes:
    """Return a translation table of mark bytes: 1 for the bytes a filter keeps, else 0."""
    kept = set(keep)
    return bytes(1 if byte in kept else 0 for byte in range(256))


# By MarksFilter(unread, starred): which mark bytes the filter keeps.
_FILTER_TABLES = {
    (True, False): _table(b for b in range(256) if not b & Mark.READ),
    (False, True): _table(b for b in range(256) if b & Mark.STARRED),
    (True, True): _table(b for b in range(256) if b & Mark.STARRED and not b & Mark.READ),
}


class LibraryMarks:
    """The read and starred marks of a library's articles, by article id, in one bytearray.

    Answers "is it read" for painting a row and filters a listing at C speed; a change goes
    to the folder's marks (one transaction) and to the bytes at once. Build one per library
    (a reload's new library gets its own); articles the library gains later (a load in
    batches) are looked up on the next `refresh`, which the filters call when they meet one.
    """

    def __init__(self, library: Library, folder: Path, marks: FolderMarks) -> None:
        self.library = library
        self.folder = folder
        self.marks = marks
        self._bytes = bytearray()
        self._revision = -1
        # What a load of the folder puts before each relative path.
        self._prefix = os.path.join(os.fspath(folder), "")
        self.refresh()

    def refresh(self) -> None:
        """Look every mark of the folder up in the library again."""
        ids = self.library.ids()
        size = ids[-1] + 1 if len(ids) else 0
        found = bytearray(size)
        find = self.library.find_path
        # A load joins the folder and the relative parts with os.sep: with "/" as os.sep
        # a key needs no splitting.
        prefix = self._prefix if os.sep == "/" else None
        for key, marks in self.marks.marked_bits():
            path = prefix + key if prefix is not None else key_path(self.folder, key)
            article_id = find(path)
            if article_id is not None:
                found[article_id] = marks
        self._bytes = found
        self._revision = self.marks.revision

    def _key(self, path: str) -> str | None:
        """Return an article path's key: a slice for the paths a load of the folder gives."""
        if path.startswith(self._prefix) and os.sep == "/":
            return path[len(self._prefix) :]
        return relative_key(self.folder, path)

    def _covering(self, ids: Sequence[int]) -> bytearray:
        """Return the mark bytes, looked up again when ids go past them or the store changed
        behind this object's back."""
        if self._revision != self.marks.revision or (ids and max(ids) >= len(self._bytes)):
            self.refresh()
        return self._bytes

    def marks_of(self, article_id: int) -> Mark:
        """Return an article's marks (none for an article the library gained since)."""
        marks = self._bytes
        return Mark(marks[article_id]) if article_id < len(marks) else Mark(0)

    def is_read(self, article_id: int) -> bool:
        """Tell whether an article was read."""
        return bool(self.marks_of(article_id) & Mark.READ)

    def is_starred(self, article_id: int) -> bool:
        """Tell whether an article is starred."""
        return bool(self.marks_of(article_id) & Mark.STARRED)

    def set_mark(self, ids: Iterable[int], mark: Mark, on: bool = True) -> None:
        """Give articles a mark or take it off: in the folder's marks, then here.

        Raises MarksUnavailableError (and changes nothing here) when the store cannot be
        written.
        """
        ids = list(ids)
        path_of = self.library.path_of
        keys = [self._key(path_of(article_id)) for article_id in ids]
        self.marks.set_mark((key for key in keys if key is not None), mark, on)
        marks = self._bytes
        if ids and max(ids) >= len(marks):
            marks.extend(bytes(max(ids) + 1 - len(marks)))
        for article_id in ids:
            marks[article_id] = marks[article_id] | mark if on else marks[article_id] & ~mark
        self._revision = self.marks.revision

    def select(self, ids: Sequence[int], marks_filter: MarksFilter) -> Sequence[int]:
        """Return those of ids that the filter lets through, in the same order."""
        if marks_filter.is_empty():
            return ids
        table = _FILTER_TABLES[marks_filter.unread, marks_filter.starred]
        kept = self._covering(ids).translate(table)
        return list(compress(ids, map(kept.__getitem__, ids)))

    def count(self, ids: Sequence[int], marks_filter: MarksFilter) -> int:
        """Return how many of ids the filter lets through (the "unread" figure of a list)."""
        if marks_filter.is_empty():
            return len(ids)
        table = _FILTER_TABLES[marks_filter.unread, marks_filter.starred]
        kept = self._covering(ids).translate(table)
        return sum(map(kept.__getitem__, ids))
