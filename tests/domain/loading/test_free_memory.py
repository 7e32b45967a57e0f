"""Handing freed memory back after a load: glibc's malloc_trim where there is one."""

from __future__ import annotations

import platform
import sys

import pytest

from reader.domain.loading import free_memory


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or platform.libc_ver()[0] != "glibc",
    reason="malloc_trim is glibc's",
)
def test_glibc_trims_its_heap() -> None:
    free_memory._malloc_trim.cache_clear()
    assert free_memory._malloc_trim() is not None
    free_memory.release_free_memory()


def test_elsewhere_nothing_is_called(monkeypatch: pytest.MonkeyPatch) -> None:
    free_memory._malloc_trim.cache_clear()
    monkeypatch.setattr(sys, "platform", "darwin")
    try:
        assert free_memory._malloc_trim() is None
        free_memory.release_free_memory()
    finally:
        free_memory._malloc_trim.cache_clear()
