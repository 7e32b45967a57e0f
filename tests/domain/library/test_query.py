"""Queries: which let every article through, and which ask for one tag alone."""

from __future__ import annotations

import pytest

from reader.domain.library.query import Query, TagMode


@pytest.mark.parametrize(
    ("query", "empty", "single_tag"),
    [
        (Query(), True, None),
        (Query(search="  "), True, None),
        (Query(include=("غزة",)), False, "غزة"),
        (Query(include=("غزة",), mode=TagMode.ANY), False, "غزة"),
        (Query(include=("غزة", "مصر")), False, None),
        (Query(include=("غزة",), exclude=("مصر",)), False, None),
        (Query(include=("غزة",), search="الحرب"), False, None),
        (Query(exclude=("مصر",)), False, None),
        (Query(search="الحرب"), False, None),
    ],
)
def test_empty_and_single_tag_queries(query: Query, empty: bool, single_tag: str | None) -> None:
    assert query.is_empty() is empty
    assert query.single_tag() == single_tag
