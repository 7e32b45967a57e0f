"""The bits of an article's flags, shared by the cache's files.flags and the library's column."""

from __future__ import annotations

from enum import IntFlag


class RowFlag(IntFlag):
    """What is known about one listed article, one bit each (stored as a byte)."""

    # The tag line had no separators: the library may regroup its words with the folder's.
    HAS_UNSEPARATED = 1
    # The tags were already regrouped with the folder's vocabulary.
    RETAGGED = 2
    # The library's own: the article left the folder (its row waits to be dropped).
    REMOVED = 4
    # The parser noted warnings; the cache keeps them.
    HAS_WARNINGS = 8
    # The library's own: only the headline, date and inline source are known yet.
    PREVIEW = 16
