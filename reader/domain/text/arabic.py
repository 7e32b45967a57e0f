"""Arabic text folding for matching, canonical fixes for display, and visual shaping."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence

from reader.domain.text.bidi_layout import Direction, visual_lines

# Bidi embeddings, overrides and isolates, plus marks that only steer bidi or joining.
_BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u061c\ufeff" + _BIDI_CONTROLS
_BIDI_CONTROL_RE = re.compile(f"[{_BIDI_CONTROLS}]")

# Harakat, Quranic marks, superscript alef, tatweel and invisible controls: dropped by folding.
_DROPPED_RE = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640" + _INVISIBLE + "]")
_LETTER_MAP = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ى": "ي",
    "ی": "ي",
    "ې": "ي",
    "ے": "ي",
    "ک": "ك",
    "ة": "ه",
    "ہ": "ه",
    "ۀ": "ه",
    "ھ": "ه",
    **{chr(0x0660 + d): str(d) for d in range(10)},
    **{chr(0x06F0 + d): str(d) for d in range(10)},
}
_MAPPED_RE = re.compile("[" + "".join(_LETTER_MAP) + "]")
# Presentation forms and compatibility characters that NFKC rewrites; plain text skips NFKC.
# (Only those that NFKC changes: dashes and quotes, common in news text, are left alone.)
_NFKC_BLOCKS = (
    (0xA0, 0xA0),
    (0x2000, 0x206F),
    (0xFB50, 0xFDFF),
    (0xFE70, 0xFEFF),
    (0xFF00, 0xFFEF),
)
_NEEDS_NFKC_RE = re.compile(
    "["
    + "".join(
        re.escape(char)
        for first, last in _NFKC_BLOCKS
        for char in map(chr, range(first, last + 1))
        if unicodedata.normalize("NFKC", char) != char
    )
    + "]"
)
_PERSIAN_TO_ARABIC = {"ی": "ي", "ک": "ك"}

WORD_RE = re.compile(r"\w+")
PROCLITIC_CONJUNCTIONS = "وف"
PROCLITIC_PREPOSITIONS = "بكل"


def nfkc(text: str) -> str:
    """Return NFKC-normalised text, skipping the work when nothing would change."""
    if text.isascii() or not _NEEDS_NFKC_RE.search(text):
        return unicodedata.normalize("NFC", text) if not text.isascii() else text
    return unicodedata.normalize("NFKC", text)


def canonical(text: str) -> str:
    """Apply the display-safe fixes: NFKC and removal of bidi embedding/override controls."""
    return _without_bidi_controls(nfkc(text))


def _without_bidi_controls(text: str) -> str:
    """Remove bidi embedding, override and isolate controls."""
    # Nine substring tests cost less than one regex scan of a long Arabic text.
    if len(text) < 256 or any(control in text for control in _BIDI_CONTROLS):
        return _BIDI_CONTROL_RE.sub("", text)
    return text


def _nfkc_by_line(text: str) -> str:
    """Return nfkc() of every line of text, joined back: one call for the whole text when it
    has nothing that needs NFKC (NFC works within a line; NFKC is chosen line by line)."""
    if text.isascii():
        return text
    text = unicodedata.normalize("NFC", text)
    first = _NEEDS_NFKC_RE.search(text)
    if first is None:
        return text
    # The lines before the first hit were searched already: only the rest is searched again.
    start = text.rfind("\n", 0, first.start()) + 1
    return text[:start] + "\n".join(
        unicodedata.normalize("NFKC", line) if _NEEDS_NFKC_RE.search(line) else line
        for line in text[start:].split("\n")
    )


def canonical_lines(text: str) -> list[str]:
    """Return canonical(line) for every line of text."""
    return _without_bidi_controls(_nfkc_by_line(text)).split("\n")


def canonical_folded_lines(text: str) -> tuple[list[str], list[str]]:
    """Return the non-empty canonical lines of text, stripped, and fold() of each."""
    normalized = _nfkc_by_line(text)
    shown = _without_bidi_controls(normalized)
    lines = [line for line in (raw.strip() for raw in shown.split("\n")) if line]
    if not lines:
        return [], []
    joined = "\n".join(lines)
    # Normalising twice changes nothing (stripping spaces and dropping empty lines keep that),
    # so folding skips it, unless removing a bidi control brought a letter and a mark together.
    if len(shown) != len(normalized):
        joined = _nfkc_by_line(joined)
    return lines, _fold_letters(joined).split("\n")


def canonical_tag(text: str) -> str:
    """Return a tag in canonical letters: the display fixes plus Persian yeh/kaf to Arabic."""
    return " ".join(_arabic_yeh_kaf(canonical(text)).split())


def canonical_tags(tags: Sequence[str]) -> list[str]:
    """Return canonical_tag() of each tag: one pass over them all unless one holds a line break."""
    text = "\n".join(tags)
    if not tags or text.count("\n") != len(tags) - 1:
        return [canonical_tag(tag) for tag in tags]
    text = _arabic_yeh_kaf(_without_bidi_controls(_nfkc_by_line(text)))
    return [" ".join(tag.split()) for tag in text.split("\n")]


def _arabic_yeh_kaf(text: str) -> str:
    """Return text with the Persian yeh and kaf made Arabic."""
    for persian, arabic in _PERSIAN_TO_ARABIC.items():
        text = text.replace(persian, arabic)
    return text


def fold(text: str) -> str:
    """Fold text for matching only: NFKC, no diacritics or tatweel, one form per letter."""
    return _fold_letters(nfkc(text))


def folds_char_by_char(text: str) -> bool:
    """Tell whether fold(text) is its characters folded one by one (true of canonical text:
    NFC, nothing for NFKC to change, so no character combines with its neighbours)."""
    return text.isascii() or (
        _NEEDS_NFKC_RE.search(text) is None and unicodedata.is_normalized("NFC", text)
    )


def fold_by_line(text: str) -> str:
    """Return fold() of every line of text, joined back (one call for the whole text)."""
    return _fold_letters(_nfkc_by_line(text))


def fold_lines(lines: list[str]) -> list[str]:
    """Return fold(line) for every line."""
    return fold_by_line("\n".join(lines)).split("\n") if lines else []


def fold_each(texts: Sequence[str]) -> list[str]:
    """Return fold() of each text: one call for them all unless one holds a line break."""
    folded = fold_lines(list(texts))
    if len(folded) != len(texts):
        return [fold(text) for text in texts]
    return folded


def fold_known(texts: Sequence[str], known: Mapping[str, str]) -> list[str]:
    """Return fold() of each text, taken from known (text -> fold(text)) when it is there."""
    missing = [text for text in texts if text not in known]
    more = dict(zip(missing, fold_each(missing), strict=True))
    return [known[text] if text in known else more[text] for text in texts]


def _fold_letters(text: str) -> str:
    """Drop diacritics, tatweel and controls and map letter variants (after normalisation)."""
    text = _DROPPED_RE.sub("", text)
    if _MAPPED_RE.search(text):
        for variant, base in _LETTER_MAP.items():
            if variant in text:
                text = text.replace(variant, base)
    return text


def folded_words(text: str) -> list[str]:
    """Return the folded words of text, in order."""
    return WORD_RE.findall(fold(text))


def visual(text: str, width: int | None = None, direction: Direction = "auto") -> str:
    """Shape and reorder logical Arabic text for displays with no shaping or bidi engine.

    Each paragraph (line of text) is wrapped to width columns first, then each of its lines
    is reordered and mirrored on its own, right-to-left ones aligned to the width's right edge;
    None leaves every paragraph on one line. direction is every paragraph's, "auto" its own.
    """
    return "\n".join(
        line for paragraph in text.split("\n") for line in visual_lines(paragraph, width, direction)
    )


# A word as written: letters plus the marks and joiners that folding drops.
RAW_WORD_RE = re.compile("[\\w\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c\u200d]+")


def proclitic_variants(word: str) -> set[str]:
    """Return the folded forms that hold word behind proclitics: و ف, ب ك ل, ال and لل."""
    bases = {word}
    if not word.startswith("ال"):
        bases.add("ال" + word)
    with_prepositions = set(bases)
    for base in bases:
        with_prepositions.update(p + base for p in PROCLITIC_PREPOSITIONS)
        if base.startswith("ال"):
            with_prepositions.add("ل" + base[1:])  # للصين: ل + الصين, the alef of ال elided
    return with_prepositions | {c + w for c in PROCLITIC_CONJUNCTIONS for w in with_prepositions}


_MARKS = "[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]*"


def tolerant_pattern(phrase: str) -> str:
    """Return a regex source that matches phrase as written: any letter variant, marks, tatweel."""
    parts = []
    for char in fold(phrase):
        if char.isspace():
            parts.append(r"\s+")
            continue
        variants = [char, *(v for v, base in _LETTER_MAP.items() if base == char)]
        letter = re.escape(char) if len(variants) == 1 else "[" + "".join(variants) + "]"
        parts.append(letter + _MARKS)
    return "".join(parts)
