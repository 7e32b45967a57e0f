"""Finish the messages lupdate left unfinished with the translation of the same source text.

    python scripts/carry_translations.py OLD.ts NEW.ts

A string that moves from one class to another changes its translation context, and lupdate
(with -no-obsolete) then drops its translation; this takes it back from the old file.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

MESSAGE = re.compile(r"(<message(?: numerus=\"yes\")?>)(.*?)(</message>)", re.S)
SOURCE = re.compile(r"<source>(.*?)</source>", re.S)
FINISHED = re.compile(r"<translation>(.*?)</translation>", re.S)
UNFINISHED = re.compile(
    r"<translation type=\"unfinished\">.*?</translation>|"
    r"<translation type=\"unfinished\"/>",
    re.S,
)


def finished_translations(text: str) -> dict[tuple[str, str], str]:
    """Return the finished translations of a .ts file by (message tag, source text)."""
    found: dict[tuple[str, str], str] = {}
    for match in MESSAGE.finditer(text):
        source = SOURCE.search(match.group(2))
        translation = FINISHED.search(match.group(2))
        if source and translation and translation.group(1).strip():
            found.setdefault((match.group(1), source.group(1)), translation.group(1))
    return found


def carry(old: str, new: str) -> tuple[str, int]:
    """Return new with its unfinished messages finished from old, and how many were."""
    known = finished_translations(old)
    count = 0

    def finish(match: re.Match[str]) -> str:
        nonlocal count
        head, body, tail = match.groups()
        source = SOURCE.search(body)
        value = None if source is None else known.get((head, source.group(1)))
        if value is None or not UNFINISHED.search(body):
            return match.group(0)
        count += 1
        body = UNFINISHED.sub(lambda _m: f"<translation>{value}</translation>", body, count=1)
        return head + body + tail

    return MESSAGE.sub(finish, new), count


def main() -> int:
    """Carry translations from the first .ts file into the second, in place."""
    old_path, new_path = (Path(argument) for argument in sys.argv[1:3])
    text, count = carry(old_path.read_text(encoding="utf-8"), new_path.read_text(encoding="utf-8"))
    new_path.write_text(text, encoding="utf-8")
    print(f"{new_path.name}: {count} translations carried over")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
