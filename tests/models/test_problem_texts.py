"""Problems and warnings worded for the interface: the cache's warnings, path and reason kept
apart from the Arabic sentence around them."""

from __future__ import annotations

import pytest

from reader.domain.problems import CacheWarning, CacheWarningCode
from reader.models.problem_texts import cache_warning_text

DATABASE = "/home/user/.cache/arabic-news-reader/folder-0123.sqlite3"


@pytest.mark.parametrize("code", list(CacheWarningCode))
def test_every_cache_warning_is_an_arabic_sentence(code: CacheWarningCode) -> None:
    text = cache_warning_text(CacheWarning(code, DATABASE, "disk I/O error"))
    assert "ذاكرة التخزين المؤقت" in text
    assert text.endswith(".")
    assert "{" not in text


def test_a_rebuilt_cache_names_its_file_and_reason_isolated() -> None:
    warning = CacheWarning(CacheWarningCode.DAMAGED, DATABASE, "file is not a database")
    assert cache_warning_text(warning) == (
        f"كانت ذاكرة التخزين المؤقت \u2066{DATABASE}\u2069 تالفة"
        " (\u2068file is not a database\u2069) فأُعيد بناؤها."
    )
