"""Why a file is not an article, and what looked wrong in one that is: codes and data, no words."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from reader.domain.article import LoadProblem


class ProblemCode(StrEnum):
    """Why a file gave no article (the value is the stored form: never change one)."""

    MISSING = "missing"
    PERMISSION_DENIED = "permission-denied"
    IS_FOLDER = "is-folder"
    # detail: the system's reason (strerror).
    UNREADABLE = "unreadable"
    EMPTY = "empty"
    WHITESPACE_ONLY = "whitespace-only"
    # detail: a FileKind, what the bytes look like.
    NOT_TEXT = "not-text"
    # The folder to load is not a folder, or cannot be opened.
    NOT_A_FOLDER = "not-a-folder"
    # detail: the exception; a bug of the reader on one file.
    FAILED = "failed"
    # detail: a reason stored as a sentence by an older version.
    OTHER = "other"


class FileKind(StrEnum):
    """What a file that is not text looks like, from its first bytes."""

    PNG = "png"
    JPEG = "jpeg"
    GIF = "gif"
    PDF = "pdf"
    ZIP = "zip"
    GZIP = "gzip"
    SEVEN_ZIP = "7z"
    RAR = "rar"
    EXECUTABLE = "executable"
    MEDIA = "media"
    MP3 = "mp3"
    SQLITE = "sqlite"
    BINARY = "binary"


class WarningCode(StrEnum):
    """What looked wrong in a file that was still read as an article (the stored form)."""

    BYTES_REPLACED = "bytes-replaced"
    NUL_REMOVED = "nul-removed"
    # detail: how many lines.
    LINES_REPAIRED = "lines-repaired"
    # detail: the size read, in megabytes.
    TRUNCATED = "truncated"
    # detail (both): the date's raw text.
    DATE_NOT_UNDERSTOOD = "date-not-understood"
    DATE_RELATIVE = "date-relative"
    EMPTY_READ_ALSO = "empty-read-also"
    NO_HEADLINE = "no-headline"
    NO_BODY = "no-body"
    # detail: a warning stored as a sentence by an older version.
    OTHER = "other"


# A detail is stored on one line: backslashes and line breaks are escaped.
_ESCAPES = {"\\": "\\\\", "\n": "\\n", "\r": "\\r"}
_ESCAPE_RE = re.compile(r"[\\\n\r]")
_UNESCAPES = {"\\": "\\", "n": "\n", "r": "\r"}
_UNESCAPE_RE = re.compile(r"\\(.)", re.DOTALL)

Code = TypeVar("Code", bound=StrEnum)


def encode_coded(code: str, detail: str) -> str:
    """Return a code and its detail as one line of text: "code:detail"."""
    if not detail:
        return str(code)
    return f"{code}:{_ESCAPE_RE.sub(lambda match: _ESCAPES[match[0]], detail)}"


def decode_coded(text: str, codes: type[Code], other: Code) -> tuple[Code, str]:
    """Return the code and detail encode_coded wrote; text in no such form is other's detail.

    Older versions stored sentences, not codes: they are read back as the `other` code.
    """
    name, colon, detail = text.partition(":")
    try:
        code = codes(name)
    except ValueError:
        return other, text
    if not colon:
        return code, ""
    return code, _UNESCAPE_RE.sub(lambda match: _UNESCAPES.get(match[1], match[1]), detail)


@dataclass(frozen=True, slots=True)
class ArticleWarning:
    """One thing that looked wrong in an article's file, with what it is about."""

    code: WarningCode
    detail: str = ""

    def encode(self) -> str:
        """Return the warning as one line of text, for the cache."""
        return encode_coded(self.code, self.detail)

    @classmethod
    def decode(cls, text: str) -> ArticleWarning:
        """Return the warning encode wrote (an older version's sentence as an OTHER one)."""
        return cls(*decode_coded(text, WarningCode, WarningCode.OTHER))


_FILE_KINDS: dict[str, str] = {
    FileKind.PNG: "a PNG image",
    FileKind.JPEG: "a JPEG image",
    FileKind.GIF: "a GIF image",
    FileKind.PDF: "a PDF document",
    FileKind.ZIP: "a ZIP archive",
    FileKind.GZIP: "a gzip archive",
    FileKind.SEVEN_ZIP: "a 7-Zip archive",
    FileKind.RAR: "a RAR archive",
    FileKind.EXECUTABLE: "an executable",
    FileKind.MEDIA: "a media file",
    FileKind.MP3: "an MP3 file",
    FileKind.SQLITE: "an SQLite database",
    FileKind.BINARY: "binary data",
}
_PROBLEMS = {
    ProblemCode.MISSING: "the file does not exist",
    ProblemCode.PERMISSION_DENIED: "permission denied",
    ProblemCode.IS_FOLDER: "it is a folder, not a file",
    ProblemCode.UNREADABLE: "could not be read: {0}",
    ProblemCode.EMPTY: "the file is empty",
    ProblemCode.WHITESPACE_ONLY: "the file holds only whitespace",
    ProblemCode.NOT_TEXT: "not a text file: it looks like {0}",
    ProblemCode.NOT_A_FOLDER: "not a folder, or it cannot be opened",
    ProblemCode.FAILED: "the reader failed on this file: {0}",
    ProblemCode.OTHER: "{0}",
}
_WARNINGS = {
    WarningCode.BYTES_REPLACED: "some bytes could not be decoded and were replaced",
    WarningCode.NUL_REMOVED: "NUL bytes were removed",
    WarningCode.LINES_REPAIRED: (
        "{0} line(s) were UTF-8 decoded as Windows-1256 and were repaired"
    ),
    WarningCode.TRUNCATED: "the file is larger than {0} MB; only its start was read",
    WarningCode.DATE_NOT_UNDERSTOOD: "the date could not be understood: {0}",
    WarningCode.DATE_RELATIVE: (
        "the date {0!r} is relative; it was resolved approximately "
        "against the file's modification time"
    ),
    WarningCode.EMPTY_READ_ALSO: "a read-also label was followed by nothing",
    WarningCode.NO_HEADLINE: "no headline was found",
    WarningCode.NO_BODY: "the article has no body paragraphs",
    WarningCode.OTHER: "{0}",
}


def describe(record: LoadProblem | ArticleWarning) -> str:
    """Return a problem's or a warning's reason in English, for the terminal (it has no tr())."""
    if isinstance(record, ArticleWarning):
        return _WARNINGS[record.code].format(record.detail)
    detail = record.detail
    if record.code is ProblemCode.NOT_TEXT:
        detail = _FILE_KINDS.get(detail, detail)  # a StrEnum member is found by its value
    return _PROBLEMS[record.code].format(detail)
