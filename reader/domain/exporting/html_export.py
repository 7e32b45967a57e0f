"""Articles as one right-to-left HTML document that reads on screen and prints well."""

from __future__ import annotations

import html
from typing import TextIO

from reader.domain.article import Article, display_path
from reader.domain.text.export import (
    BYLINE_LABEL,
    SOURCE_LABEL,
    TAG_SEPARATOR,
    TAGS_LABEL,
    MetaField,
    first_strong_direction,
    meta_parts,
)

DEFAULT_TITLE = "مقالات"
_META_LABELS = {MetaField.DATE: "", MetaField.SOURCE: SOURCE_LABEL, MetaField.BYLINE: BYLINE_LABEL}
_META_SEPARATOR = " · "
# Naskh faces that Windows, macOS and Linux ship or users install; the printer's own serif
# last. Headlines keep with their first lines, paragraphs keep three lines together.
_STYLE = """
body { font-family: "Noto Naskh Arabic", "Amiri", "Traditional Arabic", "Geeza Pro", serif;
  font-size: 13pt; line-height: 1.7; max-width: 46em; margin: 2em auto; padding: 0 1em;
  color: #111; background: #fff; }
h1 { font-size: 1.5em; }
article { border-top: 1px solid #999; padding-top: .8em; margin-top: 1.2em; }
h2 { font-size: 1.25em; margin: 0 0 .3em; break-after: avoid; page-break-after: avoid; }
p { margin: .5em 0; orphans: 3; widows: 3; }
.meta, .tags { color: #444; font-size: .9em; margin: .2em 0; }
.path { color: #666; font-family: monospace; font-size: .75em; text-align: left; }
@page { margin: 2cm; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 12pt; }
  article { border-top-color: #000; }
}
""".strip()


def _element(tag: str, text: str, css_class: str = "") -> str:
    """Return one element holding escaped text, in the direction of its first strong letter."""
    attribute = f' class="{css_class}"' if css_class else ""
    direction = first_strong_direction(text)
    return f'<{tag}{attribute} dir="{direction}">{html.escape(text)}</{tag}>'


def article_section(article: Article) -> str:
    """Return one article as an <article> element: headline, date, outlet, tags, paragraphs."""
    parts = ["<article>", _element("h2", display_path(article.display_title))]
    meta = _META_SEPARATOR.join(_META_LABELS[part] + text for part, text in meta_parts(article))
    if meta:
        parts.append(_element("p", meta, "meta"))
    if article.tags:
        parts.append(_element("p", TAGS_LABEL + TAG_SEPARATOR.join(article.tags), "tags"))
    parts.extend(_element("p", paragraph) for paragraph in article.body)
    parts.append(f'<p class="path" dir="ltr">{html.escape(display_path(article.path))}</p>')
    parts.append("</article>")
    return "\n".join(parts)


class HtmlArticleWriter:
    """Writes articles into one HTML document (dir="rtl", lang="ar"), every text escaped."""

    def __init__(self, stream: TextIO, title: str = DEFAULT_TITLE) -> None:
        self._stream = stream
        self._title = title

    def begin(self) -> None:
        """Write the document's head and its heading."""
        title = html.escape(self._title)
        self._stream.write(
            '<!DOCTYPE html>\n<html dir="rtl" lang="ar">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{title}</title>\n<style>\n{_STYLE}\n</style>\n</head>\n<body>\n"
            f"<h1>{title}</h1>\n"
        )

    def write(self, article: Article) -> None:
        """Write one article."""
        self._stream.write(article_section(article) + "\n")

    def end(self) -> None:
        """Close the document."""
        self._stream.write("</body>\n</html>\n")
