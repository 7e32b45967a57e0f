"""File paths as the interface shows them inside its sentences."""

from __future__ import annotations

from reader.domain.article import display_path


def path_in_text(path: str) -> str:
    """Return path ready to sit inside a sentence: displayable, and isolated left to right.

    Without the isolate, an Arabic sentence moves a path's leading slash to its other end.
    """
    return f"\u2066{display_path(path)}\u2069"
