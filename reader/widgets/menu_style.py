"""A style for menus in a right-to-left interface: paths and key sequences drawn left to right."""

from __future__ import annotations

from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QStyleOptionMenuItem, QWidget
from typing_extensions import override

from reader.models.file_paths import FIRST_STRONG_ISOLATE, isolated, ltr_in_text


class MenuKeysStyle(QProxyStyle):
    """Draws a menu item's text isolated in its own direction, and its keys left to right.

    Qt lays both out in the menu's direction: in Arabic "Ctrl+=" came out as "=+Ctrl" and a
    recent folder "/tmp/ux/big" as "tmp/ux/big/". The actions keep their texts as they are.
    """

    @override
    def drawControl(
        self,
        element: QStyle.ControlElement,
        opt: QStyleOption,
        p: QPainter,
        w: QWidget | None = None,
    ) -> None:
        if element == QStyle.ControlElement.CE_MenuItem and isinstance(opt, QStyleOptionMenuItem):
            text, tab, keys = opt.text.partition("\t")
            if text and not text.startswith(FIRST_STRONG_ISOLATE):
                opt = QStyleOptionMenuItem(opt)
                opt.text = isolated(text) + (f"\t{ltr_in_text(keys)}" if tab and keys else "")
        super().drawControl(element, opt, p, w)
