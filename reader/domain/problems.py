"""Why a file is not an article, what looked wrong in one that is, and what went wrong with a
folder's cache: codes and data, no words."""

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


class CacheWarningCode(StrEnum):
    """What went wrong with a folder's cache database; the folder was read all the same."""

    # detail (three): SQLite's reason. The database was deleted and made anew.
    DAMAGED = "damaged"
    NO_VERSION = "no-version"
    # detail: the schema version found, another version of the reader's.
    OUTDATED = "outdated"
    # The rest leave the folder cached in memory only, until it is opened again.
    NOT_REBUILT = "not-rebuilt"
    # Another program (another reader) holds the database.
    LOCKED = "locked"
    # detail: the system's reason. The cache folder or the database cannot be written.
    READ_ONLY = "read-only"
    # detail: the system's or SQLite's reason.
    UNUSABLE = "unusable"
    # path: the cache folder; detail: the system's reason.
    NO_FOLDER = "no-folder"
    # detail: SQLite's reason; the database failed in the middle of a load.
    FAILED = "failed"
    # path: the database, empty for a cache in memory; detail: SQLite's reason.
    # The next open lists the folder from its files, not at once.
    LIST_NOT_STORED = "list-not-stored"
    # path and detail as LIST_NOT_STORED. The tags stay as each file wrote them.
    TAGS_NOT_STORED = "tags-not-stored"


@dataclass(frozen=True, slots=True)
class CacheWarning:
    """One thing that went wrong with a folder's cache: the database's path (the cache folder's
    for NO_FOLDER, empty when unknown) and the reason the system or SQLite gave."""

    code: CacheWarningCode
    path: str = ""
    detail: str = ""


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


_IN_MEMORY = "; this folder is cached in memory only"
# {0}: the database's path (the cache folder's for NO_FOLDER); {1}: the reason.
_CACHE_WARNINGS = {
    CacheWarningCode.DAMAGED: "the cache {0} was damaged ({1}); it was rebuilt",
    CacheWarningCode.NO_VERSION: "the cache {0} had no schema version; it was rebuilt",
    CacheWarningCode.OUTDATED: (
        "the cache {0} was made by another version of the reader (schema version {1}); "
        "it was rebuilt"
    ),
    CacheWarningCode.NOT_REBUILT: "the cache {0} could not be rebuilt" + _IN_MEMORY,
    CacheWarningCode.LOCKED: "the cache {0} is in use by another program" + _IN_MEMORY,
    CacheWarningCode.READ_ONLY: "the cache {0} cannot be written ({1})" + _IN_MEMORY,
    CacheWarningCode.UNUSABLE: "the cache {0} cannot be used ({1})" + _IN_MEMORY,
    CacheWarningCode.NO_FOLDER: "the cache folder {0} cannot be created ({1})" + _IN_MEMORY,
    CacheWarningCode.FAILED: "the cache {0} failed ({1})" + _IN_MEMORY,
    CacheWarningCode.LIST_NOT_STORED: "the cache could not store the list ({1})",
    CacheWarningCode.TAGS_NOT_STORED: "the cache could not store regrouped tags ({1})",
}


def describe(record: LoadProblem | ArticleWarning | CacheWarning) -> str:
    """Return a problem's or a warning's reason in English, for the terminal (it has no tr())."""
    if isinstance(record, ArticleWarning):
        return _WARNINGS[record.code].format(record.detail)
    if isinstance(record, CacheWarning):
        return _CACHE_WARNINGS[record.code].format(record.path, record.detail)
    detail = record.detail
    if record.code is ProblemCode.NOT_TEXT:
        detail = _FILE_KINDS.get(detail, detail)  # a StrEnum member is found by its value
    return _PROBLEMS[record.code].format(detail)
