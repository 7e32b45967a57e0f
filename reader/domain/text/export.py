"""Articles as text for people: Arabic dates, and the plain, HTML and visual copy formats."""

from __future__ import annotations

import html
import unicodedata
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from enum import Enum, auto
from typing import Literal

from reader.domain.article import Article
from reader.domain.problems import WarningCode
from reader.domain.text.arabic import visual
from reader.domain.text.dates import parse_date_line

MONTHS = (
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
)
# Indexed by date.weekday(): Monday is 0.
WEEKDAYS = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")
UTC_NAME = "غرينتش"
AM, PM = "ص", "م"

SOURCE_LABEL = "المصدر: "
BYLINE_LABEL = "بقلم: "
TAGS_LABEL = "كلمات دلالية: "
TAG_SEPARATOR = "، "
READ_ALSO_LABEL = "اقرأ أيضاً:"
ARTICLE_SEPARATOR = "─" * 16

ENGLISH_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
ENGLISH_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# The width of "copy for apps without Arabic support": lines an editor shows whole.
VISUAL_COPY_WIDTH = 72

_TO_ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def arabic_digits(text: str) -> str:
    """Return text with the ASCII digits written as Arabic-Indic digits."""
    return text.translate(_TO_ARABIC_INDIC)


def _offset_text(offset: timedelta) -> str:
    minutes = round(offset.total_seconds() / 60)
    sign = "+" if minutes >= 0 else "-"
    hours, minutes = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}:{minutes:02d}"


def arabic_date(published: date | datetime | None) -> str:
    """Return the date in Arabic with its weekday ("الاثنين ١٨ سبتمبر ٢٠٢٣"), time and zone."""
    if published is None:
        return ""
    day = f"{WEEKDAYS[published.weekday()]} {published.day} {MONTHS[published.month - 1]}"
    text = f"{day} {published.year}"
    if isinstance(published, datetime):
        hour = published.hour % 12 or 12
        text += f"، {hour}:{published.minute:02d} {PM if published.hour >= 12 else AM}"
        offset = published.utcoffset()
        if offset is not None:
            text += " " + (UTC_NAME if not offset else _offset_text(offset))
    return arabic_digits(text)


def english_date(published: date | datetime | None) -> str:
    """Return the date in English with its weekday ("Monday 18 September 2023"), time and zone."""
    if published is None:
        return ""
    weekday = ENGLISH_WEEKDAYS[published.weekday()]
    text = f"{weekday} {published.day} {ENGLISH_MONTHS[published.month - 1]} {published.year}"
    if isinstance(published, datetime):
        hour = published.hour % 12 or 12
        text += f", {hour}:{published.minute:02d} {'PM' if published.hour >= 12 else 'AM'}"
        offset = published.utcoffset()
        if offset is not None:
            text += " " + ("GMT" if not offset else _offset_text(offset))
    return text


def date_text(published: date | datetime | None, language: str = "ar") -> str:
    """Return the date written in a language of the interface: "ar" (Arabic) or "en"."""
    return english_date(published) if language == "en" else arabic_date(published)


def relative_date(article: Article) -> str | None:
    """Return the relative date text the article's date was worked out from ("منذ 5 ساعات"),
    None when its date was written in full."""
    for warning in article.warnings:
        if warning.code == WarningCode.DATE_RELATIVE:
            return warning.detail
    return None


def relative_origin(article: Article) -> date | datetime | None:
    """Return the file time a relative date was counted back from (a day for "أمس" or
    "منذ 3 أيام"), None when the date is not relative."""
    relative = relative_date(article)
    published = article.published
    if relative is None or published is None:
        return None
    # The same words read against a known time tell how far back they reach.
    probe = datetime(
        2000, 1, 1, 12, tzinfo=published.tzinfo if isinstance(published, datetime) else None
    )
    parsed = parse_date_line(relative, now=probe)
    if parsed is None or parsed.value is None:
        return None
    if isinstance(parsed.value, datetime) and isinstance(published, datetime):
        return published + (probe - parsed.value)
    day = published.date() if isinstance(published, datetime) else published
    return day + (probe.date() - _day_of(parsed.value))


def _day_of(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


def first_strong_direction(text: str) -> Literal["ltr", "rtl"]:
    """Return the direction of the first strong character ("rtl" when there is none)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return "ltr"
        if kind in ("R", "AL"):
            return "rtl"
    return "rtl"


class MetaField(Enum):
    """A part of the lines under an article's headline."""

    DATE = auto()
    SOURCE = auto()
    BYLINE = auto()


def meta_parts(article: Article, language: str = "ar") -> list[tuple[MetaField, str]]:
    """Return what goes under the headline, in order, the empty parts left out.

    The date is written in the language ("ar" or "en") when it was understood, else as it
    stands in the file.
    """
    shown_date = (
        date_text(article.published, language)
        if article.published is not None
        else article.published_text
    )
    parts = (
        (MetaField.DATE, shown_date),
        (MetaField.SOURCE, article.source),
        (MetaField.BYLINE, article.byline),
    )
    return [(part, text) for part, text in parts if text]


_META_LABELS = {MetaField.DATE: "", MetaField.SOURCE: SOURCE_LABEL, MetaField.BYLINE: BYLINE_LABEL}


def _meta_lines(article: Article) -> list[str]:
    return [_META_LABELS[part] + text for part, text in meta_parts(article)]


def _tags_line(article: Article) -> str:
    return TAGS_LABEL + TAG_SEPARATOR.join(article.tags) if article.tags else ""


def article_plain_text(article: Article) -> str:
    """Return the article as plain text: header, paragraphs, tags and read-also headlines."""
    header = [article.title or "", *_meta_lines(article)]
    blocks = ["\n".join(line for line in header if line), *article.body, _tags_line(article)]
    if article.related:
        blocks.append("\n".join([READ_ALSO_LABEL, *(item.title for item in article.related)]))
    return "\n\n".join(block for block in blocks if block)


def _paragraph_html(text: str, tag: str = "p") -> str:
    direction = first_strong_direction(text)
    return f'<{tag} dir="{direction}">{html.escape(text)}</{tag}>'


def article_html(article: Article) -> str:
    """Return the article as an HTML fragment in a right-to-left div, every text escaped."""
    parts = ['<div dir="rtl" lang="ar">']
    if article.title:
        parts.append(_paragraph_html(article.title, "h1"))
    parts.extend(_paragraph_html(line) for line in _meta_lines(article))
    parts.extend(_paragraph_html(paragraph) for paragraph in article.body)
    if article.tags:
        parts.append(_paragraph_html(_tags_line(article)))
    if article.related:
        parts.append(f"<p><b>{html.escape(READ_ALSO_LABEL)}</b></p>")
        parts.append("<ul>")
        parts.extend(_paragraph_html(item.title, "li") for item in article.related)
        parts.append("</ul>")
    parts.append("</div>")
    return "\n".join(parts)


def articles_plain_text(articles: Iterable[Article]) -> str:
    """Return several articles as plain text, separated by a rule line."""
    return f"\n\n{ARTICLE_SEPARATOR}\n\n".join(article_plain_text(a) for a in articles)


def articles_html(articles: Iterable[Article]) -> str:
    """Return several articles as one HTML fragment, separated by horizontal rules."""
    return "\n<hr>\n".join(article_html(a) for a in articles)


def articles_visual_text(articles: Iterable[Article], width: int | None = VISUAL_COPY_WIDTH) -> str:
    """Return the plain text shaped, wrapped to width and visually ordered, for apps without
    Arabic support: right-to-left lines end at the width's right edge."""
    return visual(articles_plain_text(articles), width)
