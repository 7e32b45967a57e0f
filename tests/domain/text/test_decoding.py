"""Bytes to text: encodings, binary files, line endings and double-decoded lines."""

from __future__ import annotations

import pytest

from reader.domain.article import LoadProblem, NotAnArticleError
from reader.domain.problems import ArticleWarning, FileKind, ProblemCode, WarningCode
from reader.domain.text.decoding import decode, repair_mojibake

TEXT = "وزير الخارجية الصيني\nتاريخ النشر: 18th, September 2023 GMT\nأكد الوزير أن التعاون مستمر."


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("utf-16"), "utf-16"),
        (b"\xfe\xff" + TEXT.encode("utf-16-be"), "utf-16"),
        (TEXT.encode("cp1256"), "cp1256"),
    ],
)
def test_encodings_decode_to_the_same_text(data: bytes, encoding: str) -> None:
    decoded = decode(data, "a.txt")
    assert decoded.text == TEXT
    assert decoded.encoding == encoding
    assert decoded.warnings == ()


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_line_endings_become_newlines(newline: str) -> None:
    data = TEXT.replace("\n", newline).encode("utf-8")
    assert decode(data, "a.txt").text == TEXT


@pytest.mark.parametrize(
    ("data", "code", "detail"),
    [
        (b"", ProblemCode.EMPTY, ""),
        (b"  \n\r\n\t ", ProblemCode.WHITESPACE_ONLY, ""),
        (b"\x89PNG\r\n\x1a\n" + bytes(200), ProblemCode.NOT_TEXT, FileKind.PNG),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3", ProblemCode.NOT_TEXT, FileKind.PDF),
        (b"PK\x03\x04" + bytes(100), ProblemCode.NOT_TEXT, FileKind.ZIP),
        (b"MZ\x90\x00" + bytes(100), ProblemCode.NOT_TEXT, FileKind.EXECUTABLE),
        (b"SQLite format 3\x00" + bytes(100), ProblemCode.NOT_TEXT, FileKind.SQLITE),
        (bytes(range(256)) * 4, ProblemCode.NOT_TEXT, FileKind.BINARY),
    ],
)
def test_non_text_is_an_error_with_its_code_and_kind(
    data: bytes, code: ProblemCode, detail: str
) -> None:
    with pytest.raises(NotAnArticleError) as caught:
        decode(data, "folder/x.txt")
    assert caught.value.problem == LoadProblem("folder/x.txt", code, detail)


def test_a_few_nul_bytes_are_removed_with_a_warning() -> None:
    decoded = decode(TEXT.encode("utf-8").replace(b"\n", b"\x00\n", 1), "a.txt")
    assert decoded.text == TEXT
    assert decoded.warnings == (ArticleWarning(WarningCode.NUL_REMOVED),)


def test_undecodable_utf8_after_a_bom_is_replaced_with_a_warning() -> None:
    decoded = decode(b"\xef\xbb\xbf" + TEXT.encode("utf-8") + b"\xff", "a.txt")
    assert decoded.text == TEXT + "\ufffd"
    assert decoded.warnings == (ArticleWarning(WarningCode.BYTES_REPLACED),)


def test_double_decoded_line_is_repaired_with_a_warning() -> None:
    broken = "الصين وروسيا".encode().decode("cp1256")
    assert broken.startswith("ط§ظ„")
    decoded = decode(f"عنوان\n{broken}\nفقرة".encode(), "a.txt")
    assert decoded.text == "عنوان\nالصين وروسيا\nفقرة"
    assert decoded.warnings == (ArticleWarning(WarningCode.LINES_REPAIRED, "1"),)


@pytest.mark.parametrize(
    "line",
    [
        "ظل الطقس معتدلا",  # real Arabic with ط and ظ
        "طالب. ظريف، طيب",
        "plain English",
    ],
)
def test_real_text_is_not_repaired(line: str) -> None:
    assert repair_mojibake(line) is None
