"""A folder for the coverage tests: one outlet in two spellings, undated articles, no source,
an empty month, and a time with an offset that UTC would put on the next day."""

from __future__ import annotations

from pathlib import Path

# name: (headline, date line or None, source or None, tags)
ARTICLES = {
    "a1.txt": ("خبر الصين الأول", "05/10/2023", "بوابة الوفد", "الصين، روسيا"),
    "a2.txt": ("خبر الصين الثاني", "20/10/2023", "بوابه الوفد", "الصين"),
    "a3.txt": ("خبر غزة الأول", "01/12/2023", "سام برس", "غزة"),
    "a4.txt": ("خبر غزة والصين", "15/01/2024", "بوابة الوفد", "غزة، الصين"),
    "a5.txt": ("خبر الصين بلا تاريخ", None, "سام برس", "الصين"),
    "a6.txt": ("خبر روسيا بلا مصدر", None, None, "روسيا"),
    "a7.txt": ("خبر آخر السنة", "2023-12-31T23:30:00-05:00", "الجزيرة نت", "روسيا"),
}


def write_coverage_folder(folder: Path) -> Path:
    """Write the coverage folder's articles into folder and return it."""
    for name, (title, published, source, tags) in ARTICLES.items():
        lines = [title]
        if published is not None:
            lines.append(f"تاريخ النشر: {published}")
        lines.append(f"فقرة من {title} فيها كلام كثير.")
        if source is not None:
            lines.append(f"المصدر: {source}")
        lines.append(f"كلمات دلالية: {tags}")
        (folder / name).write_text("\n".join(lines), encoding="utf-8")
    return folder
