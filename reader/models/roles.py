"""The custom data roles of the reader's item models."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Qt


class ItemRole(IntEnum):
    """Data roles beyond Qt's own, one meaning each; UserRole is a listed article's path."""

    # On the article list: the article's file path, as the reader shows it.
    PATH = Qt.ItemDataRole.UserRole
    ARTICLE_ID = Qt.ItemDataRole.UserRole + 1
    DATE_TEXT = Qt.ItemDataRole.UserRole + 2
    SOURCE = Qt.ItemDataRole.UserRole + 3
    TAGS = Qt.ItemDataRole.UserRole + 4
    TAG_COUNT = Qt.ItemDataRole.UserRole + 5
    TAG_STATE = Qt.ItemDataRole.UserRole + 6
    # On the article list: (headline, date text, source, first tags), what a row paints, in
    # one call (a call into Python per role costs more than the row's own work).
    ROW_TEXTS = Qt.ItemDataRole.UserRole + 7
    # On the tag list: the bare tag, without its count.
    TAG_KEY = Qt.ItemDataRole.UserRole + 8
    # On the article list, while a search is in force: (line, hit start, hit end), a line of
    # the body as written around the first hit; None when the body holds no hit.
    SNIPPET = Qt.ItemDataRole.UserRole + 9
    # On the article list while copies are grouped: how many copies the row's story has (0:
    # none, or not grouping).
    COPY_COUNT = Qt.ItemDataRole.UserRole + 10
    # On the article list: the row's read and starred marks, as Mark bits (None: no marks
    # kept, so every row reads as unread).
    MARKS = Qt.ItemDataRole.UserRole + 11
