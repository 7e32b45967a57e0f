"""Writing a file whole or not at all: written beside its target, then renamed over it."""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO


class UnwritableError(Exception):
    """Raised when a target file cannot be written; the message says why, in English."""

    def __init__(self, target: Path, reason: str) -> None:
        super().__init__(f"{target}: cannot write ({reason})")
        self.target = target
        self.reason = reason


def _reason(error: OSError) -> str:
    return error.strerror or type(error).__name__


def _check_target(target: Path) -> None:
    """Refuse a target that is a folder or a read-only file, as cp and Excel do.

    A rename would replace a read-only file without asking (only the folder's permission
    counts), which is not what a user who protected that file means.
    """
    if target.is_dir():
        raise UnwritableError(target, "it is a folder")
    try:
        mode = target.stat().st_mode
    except OSError:
        return
    # The mode bits too: root may write any file, but a file nobody may write is protected.
    if not mode & 0o222 or not os.access(target, os.W_OK):
        raise UnwritableError(target, "the file is read-only")


@contextlib.contextmanager
def atomic_text_file(target: Path, *, newline: str | None = "\n") -> Iterator[TextIO]:
    """Open a UTF-8 text stream whose content replaces target only when the block succeeds.

    The stream is a hidden file in target's folder (a rename across file systems is not
    atomic). An exception in the block (a cancel, a failed read, Ctrl-C) removes it, leaves
    target as it was and goes on unchanged; a file that cannot be created, flushed or
    renamed raises UnwritableError.
    """
    _check_target(target)
    partial = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
    try:
        # O_EXCL: never write through a file (or a link) that someone else put there; 0o666
        # lets the umask give the file the permissions any new file of the user gets.
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except OSError as error:
        raise UnwritableError(target, _reason(error)) from error
    try:
        with open(descriptor, "w", encoding="utf-8", newline=newline) as stream:
            yield stream
            try:
                stream.flush()
                os.fsync(stream.fileno())
            except OSError as error:
                raise UnwritableError(target, _reason(error)) from error
        try:
            os.replace(partial, target)
        except OSError as error:
            raise UnwritableError(target, _reason(error)) from error
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
