"""Bytes to text: encoding detection, binary detection and repair of double-decoded lines."""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.domain.article import LoadProblem, NotAnArticleError
from reader.domain.problems import ArticleWarning, FileKind, ProblemCode, WarningCode

_MAGIC = (
    (b"\x89PNG", FileKind.PNG),
    (b"\xff\xd8\xff", FileKind.JPEG),
    (b"GIF8", FileKind.GIF),
    (b"%PDF", FileKind.PDF),
    (b"PK\x03\x04", FileKind.ZIP),
    (b"\x1f\x8b", FileKind.GZIP),
    (b"7z\xbc\xaf", FileKind.SEVEN_ZIP),
    (b"Rar!", FileKind.RAR),
    (b"\x7fELF", FileKind.EXECUTABLE),
    (b"MZ", FileKind.EXECUTABLE),
    (b"RIFF", FileKind.MEDIA),
    (b"ID3", FileKind.MP3),
    (b"SQLite format 3", FileKind.SQLITE),
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
    warnings: tuple[ArticleWarning, ...] = ()


def _binary_kind(data: bytes) -> FileKind | None:
    """Return what the bytes look like when they are not text, else None."""
    if data.startswith(_MAGIC_BYTES):
        return next(kind for magic, kind in _MAGIC if data.startswith(magic))
    head = data[:_SNIFF_SIZE]
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if controls > max(8, len(head) // 20):
        return FileKind.BINARY
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
        raise NotAnArticleError(LoadProblem(path, ProblemCode.EMPTY))
    is_utf16 = data.startswith((b"\xff\xfe", b"\xfe\xff"))
    kind = None if is_utf16 else _binary_kind(data)
    if kind is not None:
        raise NotAnArticleError(LoadProblem(path, ProblemCode.NOT_TEXT, kind))
    text, encoding = _decode_bytes(data)
    warnings: list[ArticleWarning] = []
    if "\ufffd" in text and encoding != "cp1256":
        warnings.append(ArticleWarning(WarningCode.BYTES_REPLACED))
    if "\x00" in text:
        text = text.replace("\x00", "")
        warnings.append(ArticleWarning(WarningCode.NUL_REMOVED))
    text = _LINE_BREAK_RE.sub("\n", text)
    if not text.strip():
        raise NotAnArticleError(LoadProblem(path, ProblemCode.WHITESPACE_ONLY))
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
        warnings.append(ArticleWarning(WarningCode.LINES_REPAIRED, str(repaired_count)))
    return DecodedText(text, encoding, tuple(warnings))
