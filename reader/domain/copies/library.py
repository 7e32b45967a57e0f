"""Copies as a library shows them: groups by article id, and the outlets of a story."""

from __future__ import annotations

import numpy as np

from reader.domain.copies.groups import CopyGroups
from reader.domain.flags import RowFlag
from reader.domain.library.library import Library

_REMOVED = int(RowFlag.REMOVED)


def library_copy_groups(library: Library, groups: CopyGroups) -> CopyGroups:
    """Return groups (by cache key, as update_copy_groups gives them) by the library's
    article ids; members the library does not list are left out. Runs at C speed."""
    snapshot = library.snapshot()
    keys = np.frombuffer(snapshot.keys, dtype=np.int64) if len(snapshot.keys) else None
    if keys is None or not len(groups):
        return CopyGroups()
    flags = np.frombuffer(bytes(snapshot.flags), dtype=np.uint8)
    # A preview has no key yet; a removed article's key may be a later file's.
    listed = (keys >= 0) & (flags & _REMOVED == 0)
    table = np.full(int(keys.max()) + 1, -1, dtype=np.int64)
    table[keys[listed]] = np.flatnonzero(listed)
    return groups.mapped(table)


def story_outlets(library: Library, groups: CopyGroups, article_id: int) -> list[str]:
    """Return the outlets (sources) of an article's story, each once, oldest copy first;
    groups are by article id."""
    members = groups.group(article_id) or (article_id,)
    outlets = (library.row(member).source for member in members)
    return list(dict.fromkeys(outlet for outlet in outlets if outlet))
