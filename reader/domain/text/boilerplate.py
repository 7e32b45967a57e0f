"""Boilerplate lines: calls to follow or share an outlet's channels, and page chrome."""

from __future__ import annotations

import re

from reader.domain.text.arabic import fold

_CALL_PLATFORMS = (
    r"(?:واتساب|واتس اب|whatsapp|تلغرام|تليغرام|تيليجرام|تليجرام|telegram"
    r"|google news|جوجل نيوز|قوقل نيوز)"
)
_BOILERPLATE_RES = (
    re.compile(r"^(?:انضم|انضموا|تابع|تابعوا|تابعونا|اشترك|اشتركوا)\b.*" + _CALL_PLATFORMS, re.I),
    re.compile(r"(?:علي|عبر)\s+" + _CALL_PLATFORMS + r"\s*:?\s*$", re.I),
    re.compile(r"^(?:مشاركه|شارك الخبر|شارك المقال|حجم الخط|حول الموقع|استمع للمقال)\s*:?"),
    re.compile(r"جميع الحقوق محفوظه"),
)
_MAX_BOILERPLATE_WORDS = 25


def is_boilerplate(line: str, folded: str | None = None) -> bool:
    """Tell whether a line is a call to follow or share, or page chrome (folded: fold(line))."""
    if line.count(" ") >= _MAX_BOILERPLATE_WORDS:
        return False
    if folded is None:
        folded = fold(line)
    return any(pattern.search(folded) for pattern in _BOILERPLATE_RES)
