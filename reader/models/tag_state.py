"""Whether a tag takes part in the current filter."""

from __future__ import annotations

from enum import IntEnum


class TagState(IntEnum):
    """A tag's part in the filter: none, included or excluded."""

    NEUTRAL = 0
    INCLUDED = 1
    EXCLUDED = 2
