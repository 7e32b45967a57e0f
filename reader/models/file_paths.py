"""File paths as the interface shows them."""

from __future__ import annotations


def display_path(path: str) -> str:
    """Return path as text Qt can hold: bytes of a name that are not UTF-8 become U+FFFD.

    Python keeps such bytes as lone surrogates, which Qt would silently drop.
    """
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def path_in_text(path: str) -> str:
    """Return path ready to sit inside a sentence: displayable, and isolated left to right.

    Without the isolate, an Arabic sentence moves a path's leading slash to its other end.
    """
    return f"\u2066{display_path(path)}\u2069"
