"""Bytes to text: encoding detection, binary detection and repair of double-decoded lines."""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.domain.article import LoadProblem, NotAnArticleError

_MAGIC = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"\x7fELF", "an executable"),
    (b"MZ", "an executable"),
    (b"RIFF", "a media file"),
    (b"ID3", "an MP3 file"),
    (b"SQLite format 3", "an SQLite database"),
)
_MAGIC_BYTES = tuple(magic for magic, _kind in _MAGIC)
# C0 controls that never occur in text (tab, newline, form feed and carriage return do).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))
_SNIFF_SIZE = 8192
# A UTF-8 Arabic letter decoded as Windows-1256 shows as ط or ظ followed by punctuation or a
# Latin-1 letter: "ط§ظ„" for "ال".
_MOJIBAKE_PAIR_RE = re.compile("[طظ][\u0080-\u05ffپٹچژڈگکڑںھہ\u2000-\u206f\u20ac\u2122]")
_LINE_BREAK_RE = re.compile(r"\r\n?")


@dataclass(frozen=True, slots=True)
class DecodedText:
    """Text decoded from a file's bytes, with the encoding used and what was fixed."""

    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


def _binary_kind(data: bytes) -> str | None:
    """Return what the bytes look like when they are not text, else None."""
    if data.startswith(_MAGIC_BYTES):
        return next(kind for magic, kind in _MAGIC if data.startswith(magic))
    head = data[:_SNIFF_SIZE]
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if controls > max(8, len(head) // 20):
        return "binary data"
    return None


def repair_mojibake(line: str) -> str | None:
    """Return the line repaired when it is UTF-8 that was decoded as Windows-1256, else None."""
    if len(_MOJIBAKE_PAIR_RE.findall(line, 0, 4096)) < 2:
        return None
    try:
        repaired = line.encode("cp1256").decode("utf-8")
    except UnicodeError:
        return None
    return repaired if repaired != line else None


def _decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode by BOM, then strict UTF-8, then Windows-1256 (which decodes any byte)."""
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError:
            return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1256", errors="replace"), "cp1256"


def decode(data: bytes, path: str) -> DecodedText:
    """Decode an article file's bytes; raise NotAnArticleError for binary or empty content."""
    if not data:
        raise NotAnArticleError(LoadProblem(path, "the file is empty"))
    is_utf16 = data.startswith((b"\xff\xfe", b"\xfe\xff"))
    kind = None if is_utf16 else _binary_kind(data)
    if kind is not None:
        raise NotAnArticleError(LoadProblem(path, f"not a text file: it looks like {kind}"))
    text, encoding = _decode_bytes(data)
    warnings: list[str] = []
    if "\ufffd" in text and encoding != "cp1256":
        warnings.append("some bytes could not be decoded and were replaced")
    if "\x00" in text:
        text = text.replace("\x00", "")
        warnings.append("NUL bytes were removed")
    text = _LINE_BREAK_RE.sub("\n", text)
    if not text.strip():
        raise NotAnArticleError(LoadProblem(path, "the file holds only whitespace"))
    if _MOJIBAKE_PAIR_RE.search(text) is None:  # the usual case: one scan, no line loop
        return DecodedText(text, encoding, tuple(warnings))
    lines = text.split("\n")
    repaired_count = 0
    for index, line in enumerate(lines):
        if "ط" in line or "ظ" in line:
            repaired = repair_mojibake(line)
            if repaired is not None:
                lines[index] = repaired
                repaired_count += 1
    if repaired_count:
        text = "\n".join(lines)
        warnings.append(
            f"{repaired_count} line(s) were UTF-8 decoded as Windows-1256 and were repaired"
        )
    return DecodedText(text, encoding, tuple(warnings))
