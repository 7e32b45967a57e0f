"""File paths, key names and other left-to-right fragments as the interface shows them in text."""

from __future__ import annotations

from reader.domain.article import display_path

# Unicode's isolates: a fragment between them is laid out on its own, and the sentence around
# it treats it as one neutral character (UAX #9, X5a-X6a).
LEFT_TO_RIGHT_ISOLATE = "\u2066"
FIRST_STRONG_ISOLATE = "\u2068"
POP_DIRECTIONAL_ISOLATE = "\u2069"
_ISOLATES = str.maketrans("", "", "\u2066\u2067\u2068\u2069")


def path_in_text(path: str) -> str:
    """Return path ready to sit inside a sentence: displayable, and isolated left to right.

    Without the isolate, an Arabic sentence moves a path's leading slash to its other end.
    """
    return ltr_in_text(display_path(path))


def ltr_in_text(text: str) -> str:
    """Return a left-to-right fragment (key names, a size with its unit, a Latin name) isolated,
    so that right-to-left text around it neither reorders nor splits it."""
    return f"{LEFT_TO_RIGHT_ISOLATE}{text}{POP_DIRECTIONAL_ISOLATE}"


def isolated(text: str) -> str:
    """Return text from a file (a headline, a date as written) isolated in its own direction,
    the one of its first strong letter."""
    return f"{FIRST_STRONG_ISOLATE}{text}{POP_DIRECTIONAL_ISOLATE}"


def without_isolates(text: str) -> str:
    """Return text with the isolates taken out, for the clipboard."""
    return text.translate(_ISOLATES)
