"""Writes article files in the aggregator's layout, for the model and widget tests."""

from __future__ import annotations

from pathlib import Path


def write_article(folder: Path, name: str, title: str, body: str, tags: str = "") -> Path:
    """Write an article file in the aggregator's layout."""
    lines = [title, "تاريخ النشر: 18th, September 2023 GMT", body, "المصدر: بوابة الاختبار"]
    if tags:
        lines.append(f"كلمات دلالية: {tags}")
    path = folder / name
    path.write_text("\n".join(lines), encoding="utf-8")
    return path
