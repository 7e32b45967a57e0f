"""The rows of a facet list: the filter's entries first, whatever their count, then the rest."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from itertools import filterfalse

from reader.models.tag_state import TagState


def filter_first(
    order: Sequence[int],
    find: Callable[[str], int | None],
    included: Collection[str],
    excluded: Collection[str],
) -> tuple[dict[int, TagState], Sequence[int]]:
    """Return the state of each entry of the filter (by id) and the rows: those first."""
    states: dict[int, TagState] = {}
    for names, state in ((included, TagState.INCLUDED), (excluded, TagState.EXCLUDED)):
        for name in names:
            entry = find(name)
            if entry is not None:
                states.setdefault(entry, state)
    if states:
        order = [*states, *filterfalse(states.__contains__, order)]
    return states, order
