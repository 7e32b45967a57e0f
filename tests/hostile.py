"""Builds a folder of hostile and broken files, and says what the reader should make of each."""

from __future__ import annotations

import os
import zipfile
from dataclasses import dataclass
from pathlib import Path

GOOD_BODY = "أكد المسؤول أن العمل مستمر في المشروع.\nوأضاف أن النتائج ستعلن قريبا.\n"


@dataclass(frozen=True)
class Expectation:
    """What the reader should show for one hostile file."""

    problem: str | None = None  # a substring of the reason when the file is not an article
    title: str | None = None  # the headline shown when it is one
    warns: bool = False


def _article(title: str, extra: str = "") -> str:
    """Return a small well-formed article."""
    return f"{title}\nتاريخ النشر: 18/09/2023\n{GOOD_BODY}{extra}كلمات دلالية: اختبار، ملفات\n"


def build_hostile_folder(folder: Path, *, big: bool = True) -> dict[str, Expectation]:
    """Write every hostile case into folder; return file name -> expectation."""
    cases: dict[str, Expectation] = {}

    def put(name: str, data: bytes, expectation: Expectation) -> None:
        (folder / name).write_bytes(data)
        cases[name] = expectation

    put("empty.txt", b"", Expectation(problem="empty"))
    put("blank.txt", b" \n\t\r\n " * 10, Expectation(problem="whitespace"))
    put("image.txt", b"\x89PNG\r\n\x1a\n" + os.urandom(2048), Expectation(problem="PNG"))
    put(
        "doc.txt",
        b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n" + os.urandom(512),
        Expectation(problem="PDF"),
    )
    zipped = folder / "archive.txt"
    with zipfile.ZipFile(zipped, "w") as archive:
        archive.writestr("a.txt", "x" * 100)
    cases["archive.txt"] = Expectation(problem="ZIP")
    put("random.txt", bytes(range(256)) * 64, Expectation(problem="binary"))
    put(
        "nul.txt",
        _article("خبر فيه بايتات صفرية").replace("\n", "\x00\n", 2).encode(),
        Expectation(title="خبر فيه بايتات صفرية", warns=True),
    )
    put(
        "cp1256.txt",
        _article("خبر بترميز ويندوز").encode("cp1256"),
        Expectation(title="خبر بترميز ويندوز"),
    )
    put(
        "utf16.txt",
        _article("خبر بترميز يونيكود").encode("utf-16"),
        Expectation(title="خبر بترميز يونيكود"),
    )
    put(
        "bom.txt",
        b"\xef\xbb\xbf" + _article("خبر مع علامة ترتيب البايت").encode(),
        Expectation(title="خبر مع علامة ترتيب البايت"),
    )
    put(
        "lone_cr.txt",
        _article("خبر بنهايات أسطر قديمة").replace("\n", "\r").encode(),
        Expectation(title="خبر بنهايات أسطر قديمة"),
    )
    mojibake = "خبر مشوه الترميز".encode().decode("cp1256")
    put(
        "mojibake.txt",
        _article(mojibake).encode(),
        Expectation(title="خبر مشوه الترميز", warns=True),
    )
    put(
        "presentation.txt",
        _article("ﺍﻟﺼﻴﻦ ﺗﻌﻠﻦ").encode(),
        Expectation(title="الصين تعلن"),
    )
    put(
        "bidi.txt",
        _article("\u202eخبر مقلوب\u202c \u2067معزول\u2069").encode(),
        Expectation(title="خبر مقلوب معزول"),
    )
    markup = (
        '<b>عريض</b> <script>alert(1)</script> <img src="file:///etc/passwd"> javascript:alert(1)'
    )
    put(
        "markup.txt",
        f"{markup}\n{markup}\nكلمات دلالية: <i>وسم</i>، javascript:void(0)\n".encode(),
        Expectation(title=markup),
    )
    long_title = "عنوان طويل جدا " * 400
    put(
        "long_title.txt",
        _article(long_title.strip()).encode(),
        Expectation(title=long_title.strip()),
    )
    many_tags = "، ".join(f"وسم{i}" for i in range(3000))
    put(
        "many_tags.txt",
        f"خبر بآلاف الوسوم\n{GOOD_BODY}كلمات دلالية: {many_tags}\n".encode(),
        Expectation(title="خبر بآلاف الوسوم"),
    )
    put(
        "one_line_5mb.txt",
        ("كلمة " * 1_000_000).encode(),
        Expectation(title=("كلمة " * 1_000_000).strip(), warns=True),
    )
    if big:
        line = ("فقرة طويلة من نص الخبر تتكرر كثيرا. " * 20 + "\n").encode()
        huge = Expectation(title=line.decode().strip(), warns=True)
        put("huge_50mb.txt", line * (50 * 2**20 // len(line) + 1), huge)
    weird_name = os.fsdecode(b"\xff\xfe_name.txt")
    put(weird_name, _article("ملف باسم غير صالح").encode(), Expectation(title="ملف باسم غير صالح"))
    os.symlink(folder / "does-not-exist.txt", folder / "broken_link.txt")
    (folder / "loop").mkdir()
    os.symlink(folder / "loop", folder / "loop" / "again")
    os.symlink(folder / "loop_b.txt", folder / "loop_a.txt")
    os.symlink(folder / "loop_a.txt", folder / "loop_b.txt")
    put("good.txt", _article("خبر سليم تماما").encode(), Expectation(title="خبر سليم تماما"))
    return cases
