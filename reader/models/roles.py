"""The custom data roles of the reader's item models."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Qt


class ItemRole(IntEnum):
    """Data roles beyond Qt's own; UserRole is the contract role (article path, bare tag)."""

    # On the article list: the article's file path; on the tag list: the bare tag text.
    KEY = Qt.ItemDataRole.UserRole
    ARTICLE_ID = Qt.ItemDataRole.UserRole + 1
    DATE_TEXT = Qt.ItemDataRole.UserRole + 2
    SOURCE = Qt.ItemDataRole.UserRole + 3
    TAGS = Qt.ItemDataRole.UserRole + 4
    TAG_COUNT = Qt.ItemDataRole.UserRole + 5
    TAG_STATE = Qt.ItemDataRole.UserRole + 6
    # On the article list: (headline, date text, source, first tags), what a row paints, in
    # one call (a call into Python per role costs more than the row's own work).
    ROW_TEXTS = Qt.ItemDataRole.UserRole + 7
