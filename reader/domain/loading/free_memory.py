"""Handing the memory a load freed back to the system: glibc keeps freed pages otherwise."""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable
from functools import cache


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    """Return glibc's malloc_trim, or None where the C library has none (macOS, musl)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        trim: Callable[[int], int] = ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):
        return None
    return trim


def release_free_memory() -> None:
    """Return the C heap's free pages to the system; the interpreter lock is released meanwhile.

    A first open of 100,000 articles frees hundreds of megabytes of parse results (each a few
    kilobytes, below glibc's mmap threshold): without this they stay resident.
    """
    trim = _malloc_trim()
    if trim is not None:
        trim(0)
