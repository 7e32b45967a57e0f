"""Visual order for displays with no bidi engine: a paragraph wrapped, then reordered by line.

The paragraph's embedding levels come from the Unicode bidi algorithm (UAX #9, rules P2-P3,
W1-W7, N0-N2, I1-I2; the text has no explicit embeddings: they are removed first). The
paragraph is then broken into lines in logical order, and each line is reordered on its own
(L1-L2) with the characters of right-to-left runs mirrored (L4), as the algorithm prescribes:
a paragraph reordered whole and wrapped afterwards would read from its last line up.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator, Sequence
from typing import Literal

# python-bidi's table of BidiMirroring.txt: its Rust get_display() applies no mirroring, so
# the pairs are mirrored here.
from bidi.mirror import MIRRORED

Direction = Literal["auto", "rtl", "ltr"]

_MIRROR: dict[str, str] = dict(MIRRORED)
# Paired brackets (BidiBrackets.txt): an opening punctuation mark whose mirror closes.
_CLOSING_OF = {
    char: mirror
    for char, mirror in _MIRROR.items()
    if unicodedata.category(char) == "Ps" and unicodedata.category(mirror) == "Pe"
}
_CLOSINGS = frozenset(_CLOSING_OF.values())
_MAX_BRACKET_DEPTH = 63
_NEUTRALS = frozenset(("B", "S", "WS", "ON"))
_WHITESPACE_CLASSES = frozenset(("B", "S", "WS"))
_TERMINATORS = frozenset(("ET",))
# Classes that make a run left-to-right, or take a level above a right-to-left paragraph's.
_NOT_RTL = frozenset(("L", "EN", "AN"))
_NOT_LTR = frozenset(("R", "AL", "AN"))
# Embeddings, overrides and isolates: a plain text's runs need none, and they have no width.
_CONTROLS_RE = re.compile("[\u202a-\u202e\u2066-\u2069]")
# Marks that steer bidi but print nothing.
_INVISIBLE_MARKS = frozenset("\u200e\u200f\u061c")
_ARABIC_RE = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_WORD_RE = re.compile(r"\S+")


def display_width(text: str) -> int:
    """Return how many terminal columns text takes: marks none, wide characters two."""
    if text.isascii() or not _not_one_column_re().search(text):
        return len(text)
    return sum(_char_width(char) for char in text)


@functools.cache
def _not_one_column_re() -> re.Pattern[str]:
    """Return a pattern of every character that may take other than one column: marks,
    controls, wide forms, and (unchecked) everything beyond the Basic Multilingual Plane."""
    ranges: list[tuple[int, int]] = []
    for code in range(0x80, 0x10000):
        if 0xD800 <= code < 0xE000 or _char_width(chr(code)) == 1:
            continue
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1] = (ranges[-1][0], code)
        else:
            ranges.append((code, code))
    ranges.append((0x10000, 0x10FFFF))
    return re.compile(
        "[" + "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges) + "]"
    )


def _char_width(char: str) -> int:
    if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def mirrored(char: str) -> str:
    """Return the mirror image of a character (its Bidi_Mirroring_Glyph), or the character."""
    return _MIRROR.get(char, char)


def visual_lines(
    paragraph: str, width: int | None = None, direction: Direction = "auto"
) -> list[str]:
    """Return one paragraph shaped, wrapped to width columns and in visual order, line by line.

    Right-to-left lines are padded on the left to width; None leaves the paragraph on one line.
    direction "auto" takes the paragraph's from its first strong character (right to left when
    it has none).
    """
    text = _CONTROLS_RE.sub("", paragraph).replace("\t", " ")
    if _ARABIC_RE.search(text):
        # Imported here so that the domain layer loads fast when nothing needs shaping.
        import arabic_reshaper

        text = str(arabic_reshaper.reshape(text))
    classes = list(map(unicodedata.bidirectional, text))
    if "BN" in classes:
        # Joiners and soft hyphens have done their work in shaping, and print nothing.
        text = "".join(char for char, kind in zip(text, classes, strict=True) if kind != "BN")
        classes = [kind for kind in classes if kind != "BN"]
    base = _paragraph_level(classes, direction)
    levels = _resolve_levels(text, classes, base)
    lines = []
    for start, end in _line_spans(text, width):
        line = _reordered(text, classes, levels, start, end, base)
        if base and width is not None and line:
            line = " " * (width - display_width(line)) + line
        lines.append(line)
    return lines


def _paragraph_level(classes: Sequence[str], direction: Direction) -> int:
    """Return 1 for a right-to-left paragraph, 0 for a left-to-right one (P2-P3)."""
    if direction != "auto":
        return 1 if direction == "rtl" else 0
    for kind in classes:
        if kind == "L":
            return 0
        if kind in ("R", "AL"):
            return 1
    return 1


def _strong(kind: str) -> str | None:
    """Return the direction a resolved type counts as beside neutrals: numbers count as R."""
    if kind == "L":
        return "L"
    if kind in ("R", "EN", "AN"):
        return "R"
    return None


def _resolve_levels(text: str, classes: Sequence[str], base: int) -> list[int]:
    """Return the embedding level of every character of one paragraph with no embeddings."""
    kinds = set(classes)
    if base == 1 and kinds.isdisjoint(_NOT_RTL):
        return [1] * len(classes)
    if base == 0 and kinds.isdisjoint(_NOT_LTR):
        return [0] * len(classes)
    sos = "R" if base else "L"
    types = _resolve_weak(classes, sos)
    _resolve_brackets(text, classes, types, sos)
    _resolve_neutrals(types, sos)
    if base:
        return [1 if kind == "R" else 2 for kind in types]
    return [0 if kind == "L" else 1 if kind == "R" else 2 for kind in types]


def _resolve_weak(classes: Sequence[str], sos: str) -> list[str]:
    """Apply W1-W7: marks, numbers and separators take the types their neighbours give them."""
    types = list(classes)
    count = len(types)
    previous = sos
    last_strong = sos
    for index, kind in enumerate(types):
        if kind == "NSM":
            kind = types[index] = previous
        if kind == "EN" and last_strong == "AL":
            types[index] = "AN"
        if kind in ("L", "R", "AL"):
            last_strong = kind
        previous = types[index]
    types = ["R" if kind == "AL" else kind for kind in types]
    for index in range(1, count - 1):
        before, kind, after = types[index - 1], types[index], types[index + 1]
        if kind == "ES" and before == after == "EN":
            types[index] = "EN"
        elif kind == "CS" and before == after and before in ("EN", "AN"):
            types[index] = before
    for start, end in _runs(types, _TERMINATORS):
        if (start > 0 and types[start - 1] == "EN") or (end < count and types[end] == "EN"):
            types[start:end] = ["EN"] * (end - start)
    last_strong = sos
    for index, kind in enumerate(types):
        if kind in ("ES", "ET", "CS"):
            types[index] = "ON"
        elif kind == "EN" and last_strong == "L":
            types[index] = "L"
        elif kind in ("L", "R"):
            last_strong = kind
    return types


def _runs(types: Sequence[str], wanted: frozenset[str]) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of every run of consecutive types in wanted."""
    index, count = 0, len(types)
    while index < count:
        if types[index] in wanted:
            end = index + 1
            while end < count and types[end] in wanted:
                end += 1
            yield index, end
            index = end
        else:
            index += 1


def _bracket_pairs(text: str, types: Sequence[str]) -> list[tuple[int, int]]:
    """Return the paired brackets of the text as (opening, closing) positions, in order (BD16)."""
    pairs: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    for index, char in enumerate(text):
        if types[index] != "ON":
            continue
        if char in _CLOSING_OF:
            if len(stack) == _MAX_BRACKET_DEPTH:
                break
            stack.append((_CLOSING_OF[char], index))
        elif char in _CLOSINGS:
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] == char:
                    pairs.append((stack[depth][1], index))
                    del stack[depth:]
                    break
    return sorted(pairs)


def _resolve_brackets(text: str, classes: Sequence[str], types: list[str], sos: str) -> None:
    """Apply N0: a pair of brackets takes the direction of what it encloses and precedes it."""
    for opening, closing in _bracket_pairs(text, types):
        inside = None
        for kind in types[opening + 1 : closing]:
            strong = _strong(kind)
            if strong == sos:
                inside = sos
                break
            inside = strong or inside
        if inside is None:
            continue
        if inside != sos:
            context = next(
                (s for s in map(_strong, reversed(types[:opening])) if s is not None), sos
            )
            inside = inside if context == inside else sos
        for position in (opening, closing):
            types[position] = inside
            following = position + 1
            while following < len(types) and classes[following] == "NSM":
                types[following] = inside
                following += 1


def _resolve_neutrals(types: list[str], sos: str) -> None:
    """Apply N1-N2: neutrals between two of one direction take it, the others the paragraph's."""
    count = len(types)
    for start, end in list(_runs(types, _NEUTRALS)):
        before = sos if start == 0 else _strong(types[start - 1]) or sos
        after = sos if end == count else _strong(types[end]) or sos
        types[start:end] = [before if before == after else sos] * (end - start)


def _line_spans(text: str, width: int | None) -> list[tuple[int, int]]:
    """Return (start, end) of each line of text wrapped by words to width columns.

    A word longer than the width is cut; the spaces at a break belong to no line.
    """
    if width is None or display_width(text) <= width:
        return [(0, len(text))]
    spans: list[tuple[int, int]] = []
    start = end = -1
    used = 0
    for match in _WORD_RE.finditer(text):
        word_start, word_end = match.span()
        word_width = display_width(match.group())
        if start >= 0 and used + display_width(text[end:word_start]) + word_width <= width:
            used += display_width(text[end:word_start]) + word_width
            end = word_end
            continue
        if start >= 0:
            spans.append((start, end))
        pieces = _cut(text, word_start, word_end, width)
        spans.extend(pieces[:-1])
        start, end = pieces[-1]
        used = display_width(text[start:end])
    if start >= 0:
        spans.append((start, end))
    return spans or [(0, 0)]


def _cut(text: str, start: int, end: int, width: int) -> list[tuple[int, int]]:
    """Return a word cut into pieces of at most width columns (one piece when it fits)."""
    pieces = []
    piece_start, used = start, 0
    for index in range(start, end):
        char_width = _char_width(text[index])
        if used + char_width > width and index > piece_start:
            pieces.append((piece_start, index))
            piece_start, used = index, 0
        used += char_width
    pieces.append((piece_start, end))
    return pieces


def _reordered(
    text: str, classes: Sequence[str], levels: Sequence[int], start: int, end: int, base: int
) -> str:
    """Return one line in visual order: L1 (trailing spaces), L4 (mirroring) and L2."""
    line_levels = list(levels[start:end])
    chars = list(text[start:end])
    position = len(chars)
    while position > 0 and classes[start + position - 1] in _WHITESPACE_CLASSES:
        position -= 1
        line_levels[position] = base
    for index, level in enumerate(line_levels):
        if level % 2 and chars[index] in _MIRROR:
            chars[index] = _MIRROR[chars[index]]
    if line_levels:
        lowest_odd = min((level for level in line_levels if level % 2), default=None)
        if lowest_odd is not None:
            for level in range(max(line_levels), lowest_odd - 1, -1):
                for run_start, run_end in list(_level_runs(line_levels, level)):
                    chars[run_start:run_end] = chars[run_start:run_end][::-1]
                    line_levels[run_start:run_end] = line_levels[run_start:run_end][::-1]
    return "".join(char for char in chars if char not in _INVISIBLE_MARKS)


def _level_runs(levels: Sequence[int], level: int) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of every run of levels at or above level."""
    index, count = 0, len(levels)
    while index < count:
        if levels[index] >= level:
            end = index + 1
            while end < count and levels[end] >= level:
                end += 1
            yield index, end
            index = end
        else:
            index += 1
