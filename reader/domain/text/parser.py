"""The article parser: headline, date, source, byline, tags, body, related items, boilerplate."""

from __future__ import annotations

import io
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import NamedTuple

from reader.domain.article import Article, LoadProblem, NotAnArticleError, RelatedItem
from reader.domain.problems import ArticleWarning, ProblemCode, WarningCode
from reader.domain.text.arabic import (
    canonical_folded_lines,
    canonical_lines,
    fold,
    fold_known,
    tolerant_pattern,
)
from reader.domain.text.boilerplate import is_boilerplate
from reader.domain.text.date_words import DATE_LABELS
from reader.domain.text.dates import ParsedDate, parse_date_line
from reader.domain.text.decoding import decode
from reader.domain.text.tags import line_tags

MAX_FILE_BYTES = 16 * 1024 * 1024
# Each read of a file after the first (sized by its stat) asks for this: it finds the end.
_NEXT_READ_BYTES = 64 * 1024
# read_header reads this much of a file, and at most this many of its lines.
HEADER_BYTES = 1024
_HEADER_LINES = 8
# A date line is short; longer lines are not offered to the date reader at all.
_MAX_DATE_LINE = 300
_MAX_LIST_HEADLINE_WORDS = 20
_BYLINE_ZONE = 3
_SENTENCE_END = (".", "!", "؟", "?", "…")


def _labels(*phrases: str) -> str:
    """Return an alternation of label phrases as written, in any spelling variant."""
    return "(?:" + "|".join(tolerant_pattern(p) for p in phrases) + ")"


_SOURCE_RE = re.compile(r"^\s*" + _labels("المصدر") + r"\s*:\s*(?P<rest>.*)$")
_BYLINE_RE = re.compile(r"^\s*" + _labels("بقلم") + r"\s*(?::|/|[-–—])\s*(?P<rest>.+)$")
_TAGS_RE = re.compile(
    r"^\s*"
    + _labels(
        "الكلمات الدلالية",
        "كلمات دلالية",
        "كلمات دالة",
        "الكلمات المفتاحية",
        "كلمات مفتاحية",
        "الوسوم",
        "وسوم",
    )
    + r"(?:\s*:\s*|\s+|$)(?P<rest>.*)$|^\s*[Tt][Aa][Gg][Ss]\s*(?::\s*|$)(?P<latin>.*)$"
)
_READ_ALSO_RE = re.compile(
    r"^\s*"
    + _labels("اقرأ أيضا", "اقرا ايضا", "شاهد أيضا", "اقرأ المزيد", "أخبار ذات صلة")
    + r"\s*[:：.]?\s*(?P<rest>.*)$"
)
_DATE_LABEL_RE = re.compile(r"^\s*" + _labels(*DATE_LABELS))
_DASH = r"\s+[-–—]\s+"
_DATELINE_PLACE = r"(?P<place>[^\s()\-–—.،:]+(?:\s[^\s()\-–—.،:]+){0,2})"
_DATELINE_SOURCE = r"(?P<source>[^()\-–—.،:]+?)"
_DATELINE_RES = (
    re.compile(r"^" + _DATELINE_PLACE + r"\s*\(\s*" + _DATELINE_SOURCE + r"\s*\)\s*[-–—]\s+"),
    re.compile(r"^" + _DATELINE_PLACE + _DASH + _DATELINE_SOURCE + _DASH),
    re.compile(r"^" + _DATELINE_PLACE + _DASH),
)


@dataclass
class _Draft:
    """The fields gathered so far while reading an article's lines."""

    title: str | None = None
    date: ParsedDate | None = None
    source: str | None = None
    byline: str | None = None
    tag_lines: list[str] = field(default_factory=list)
    body: list[str] = field(default_factory=list)
    related: list[RelatedItem] = field(default_factory=list)
    boilerplate: list[str] = field(default_factory=list)
    warnings: list[ArticleWarning] = field(default_factory=list)


def parse_dateline(paragraph: str) -> tuple[str | None, str | None]:
    """Return the place and source of a dateline at the start of a paragraph."""
    for pattern in _DATELINE_RES:
        match = pattern.match(paragraph[:200])
        if match:
            groups = match.groupdict()
            source = groups.get("source")
            return match["place"].strip(), source.strip() if source else None
    return None, None


def _related_block(lines: list[str]) -> list[RelatedItem]:
    """Read the lines after a lone read-also label: a headline list, or one article."""
    is_list = all(
        len(line.split()) <= _MAX_LIST_HEADLINE_WORDS and not line.endswith(_SENTENCE_END)
        for line in lines
    )
    if is_list:
        return [RelatedItem(title=line) for line in lines]
    title, *paragraphs = lines
    place, source = parse_dateline(paragraphs[0]) if paragraphs else (None, None)
    return [RelatedItem(title=title, body=tuple(paragraphs), place=place, source=source)]


def _take_date(draft: _Draft, line: str, now: datetime | None, folded: str | None) -> bool:
    """Use a header line as the date line when it is one (folded: fold(line), or None)."""
    if draft.date is not None or len(line) > _MAX_DATE_LINE:
        return False
    parsed = parse_date_line(line, now=now, folded=folded)
    if parsed is None:
        return False
    draft.date = parsed
    if parsed.value is None:
        draft.warnings.append(ArticleWarning(WarningCode.DATE_NOT_UNDERSTOOD, parsed.text))
    elif parsed.approximate:
        draft.warnings.append(ArticleWarning(WarningCode.DATE_RELATIVE, parsed.text))
    if parsed.source and draft.source is None:
        draft.source = parsed.source
    return True


def _tag_text(match: re.Match[str]) -> str:
    """Return the tags that follow a tag label on its own line."""
    return (match["rest"] or match["latin"] or "").strip()


class _LineReader:
    """Walks an article's lines once, sending each to the field it belongs to."""

    def __init__(
        self, lines: list[str], now: datetime | None, folded_lines: list[str] | None = None
    ) -> None:
        self.lines = lines
        # fold() of each line, made at once for a whole article; for a header, each line is
        # folded when read.
        self.folded_lines: list[str] | list[None] = (
            folded_lines if folded_lines is not None else [None] * len(lines)
        )
        self.now = now
        self.draft = _Draft()
        self.in_header = True
        # The lines of an open read-also block, or None outside one.
        self.related_lines: list[str] | None = None

    def close_related(self) -> None:
        """End an open read-also block, turning its lines into related items."""
        if self.related_lines:
            self.draft.related.extend(_related_block(self.related_lines))
        elif self.related_lines is not None:
            self.draft.warnings.append(ArticleWarning(WarningCode.EMPTY_READ_ALSO))
        self.related_lines = None

    def read(self, *, header_only: bool = False) -> _Draft:
        """Read every line (or only up to the first body line) and return the gathered fields."""
        draft = self.draft
        index = 0
        while index < len(self.lines):
            if header_only and not self.in_header:
                break
            line = self.lines[index]
            folded = self.folded_lines[index]
            index += 1
            if folded is None and len(line) <= _MAX_DATE_LINE:
                folded = fold(line)  # a header line: folded once for both checks
            if is_boilerplate(line, folded):
                draft.boilerplate.append(line)
            elif self.in_header and _take_date(draft, line, self.now, folded):
                pass
            elif tags := _TAGS_RE.match(line):
                self.close_related()
                tag_text = _tag_text(tags)
                if not tag_text and index < len(self.lines):
                    tag_text = self.lines[index]
                    index += 1
                draft.tag_lines.append(tag_text)
            elif source := _SOURCE_RE.match(line):
                self.close_related()
                if draft.source is None and source["rest"].strip():
                    draft.source = source["rest"].strip()
            elif read_also := _READ_ALSO_RE.match(line):
                self.close_related()
                headline = read_also["rest"].strip()
                if headline:
                    draft.related.append(RelatedItem(title=headline))
                else:
                    self.related_lines = []
            elif self.related_lines is not None:
                self.related_lines.append(line)
            else:
                self._take_article_line(line)
        self.close_related()
        return draft

    def _take_article_line(self, line: str) -> None:
        """Use a line of the main article: byline, headline, foot date or paragraph."""
        draft = self.draft
        if len(draft.body) < _BYLINE_ZONE and draft.byline is None:
            byline = _BYLINE_RE.match(line)
            if byline:
                draft.byline = byline["rest"].strip()
                return
        if draft.title is None:
            draft.title = line
        elif not self.in_header and _DATE_LABEL_RE.match(line):
            draft.boilerplate.append(line)  # an update time at the foot, never a paragraph
        else:
            self.in_header = False
            draft.body.append(line)


def _matching_texts(draft: _Draft) -> list[str]:
    """Return the texts a tag phrase may be found in: headline, body, source, related."""
    texts = [draft.title or "", *draft.body, draft.source or ""]
    for item in draft.related:
        texts.append(item.title)
        texts.extend(item.body)
    return texts


def _article_tags(
    draft: _Draft, known: dict[str, str]
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """Return the article's tags, fold() of each, and the words of separator-less tag lines."""
    # A separator-less line is rebuilt from the article's lines as the parse folded them
    # (known: line -> fold(line)), not folded again.
    return line_tags(draft.tag_lines, lambda: fold_known(_matching_texts(draft), known))


def parse_text(
    text: str,
    path: str = "",
    *,
    encoding: str = "utf-8",
    warnings: tuple[ArticleWarning, ...] = (),
    now: datetime | None = None,
) -> Article:
    """Parse an article's text; never raises, and takes time linear in the text."""
    return parse_text_folded(text, path, encoding=encoding, warnings=warnings, now=now)[0]


def parse_text_folded(
    text: str,
    path: str = "",
    *,
    encoding: str = "utf-8",
    warnings: tuple[ArticleWarning, ...] = (),
    now: datetime | None = None,
) -> tuple[Article, dict[str, str]]:
    """Parse an article's text as parse_text does; also return fold() of its lines and tags."""
    # The folds, text -> fold(text), spare the cache folding the texts search covers again.
    lines, folded_lines = canonical_folded_lines(text)
    draft = _LineReader(lines, now, folded_lines).read()
    known = dict(zip(lines, folded_lines, strict=True))
    tags, folded_tags, unseparated = _article_tags(draft, known)
    all_warnings = [*warnings, *draft.warnings]
    if draft.title is None:
        all_warnings.append(ArticleWarning(WarningCode.NO_HEADLINE))
    if not draft.body:
        all_warnings.append(ArticleWarning(WarningCode.NO_BODY))
    published: date | datetime | None = draft.date.value if draft.date else None
    article = Article(
        path=path,
        title=draft.title,
        published=published,
        published_text=draft.date.text if draft.date else None,
        source=draft.source,
        byline=draft.byline,
        tags=tags,
        body=tuple(draft.body),
        related=tuple(draft.related),
        boilerplate=tuple(draft.boilerplate),
        encoding=encoding,
        warnings=tuple(all_warnings),
        unseparated_tag_words=unseparated,
    )
    known.update(zip(tags, folded_tags, strict=True))
    return article, known


@contextmanager
def file_problems(name: str) -> Iterator[None]:
    """Turn an error reading the file name into the NotAnArticleError a load reports."""
    try:
        yield
    except FileNotFoundError:
        raise NotAnArticleError(LoadProblem(name, ProblemCode.MISSING)) from None
    except PermissionError:
        raise NotAnArticleError(LoadProblem(name, ProblemCode.PERMISSION_DENIED)) from None
    except IsADirectoryError:
        raise NotAnArticleError(LoadProblem(name, ProblemCode.IS_FOLDER)) from None
    except OSError as error:
        reason = error.strerror or str(error)
        raise NotAnArticleError(LoadProblem(name, ProblemCode.UNREADABLE, reason)) from None


def _read_bytes(path: Path) -> tuple[bytes, int, bool]:
    """Read at most MAX_FILE_BYTES of a file, read-only; return bytes, mtime_ns, truncated."""
    with file_problems(os.fsdecode(path)), open(path, "rb", 0) as handle:  # unbuffered
        stat = os.fstat(handle.fileno())
        # A byte over the size tells a file that grew since its stat (read on to the end),
        # a byte over the limit a file too large.
        first = min(stat.st_size, MAX_FILE_BYTES) + 1
        data = _read_to_end(handle, first, MAX_FILE_BYTES + 1)
    truncated = len(data) > MAX_FILE_BYTES
    return data[:MAX_FILE_BYTES], stat.st_mtime_ns, truncated


def _read_to_end(handle: io.FileIO, first: int, cap: int) -> bytes:
    """Read until the end of the file or cap bytes, the first read asking for first bytes."""
    # A read of cap bytes would allocate cap bytes (a memory mapping) for every file.
    chunks = [handle.read(first)]
    total = len(chunks[0])
    while chunks[-1] and total < cap:
        chunks.append(handle.read(min(_NEXT_READ_BYTES, cap - total)))
        total += len(chunks[-1])
    return b"".join(chunks)


def _file_time(mtime_ns: int) -> datetime:
    """Return a file's modification time, to the microsecond (relative dates count from it)."""
    seconds, nanoseconds = divmod(mtime_ns, 10**9)
    return datetime.fromtimestamp(seconds, UTC) + timedelta(microseconds=nanoseconds // 1000)


def read_article(path: Path) -> Article:
    """Read and parse one article file; raise NotAnArticleError when it holds no article."""
    return read_article_folded(path)[0]


def read_article_folded(path: Path) -> tuple[Article, dict[str, str]]:
    """Read and parse one article file as read_article does, with parse_text_folded's folds."""
    name = os.fsdecode(path)
    data, mtime, truncated = _read_bytes(path)
    decoded = decode(data, name)
    warnings = list(decoded.warnings)
    if truncated:
        limit = MAX_FILE_BYTES // 2**20
        warnings.append(ArticleWarning(WarningCode.TRUNCATED, str(limit)))
    return parse_text_folded(
        decoded.text,
        name,
        encoding=decoded.encoding,
        warnings=tuple(warnings),
        now=_file_time(mtime),
    )


class Header(NamedTuple):
    """What the start of an article file says: headline, date, and a source named beside it."""

    title: str
    published: date | datetime | None
    source: str | None


def read_header(path: str) -> Header | None:
    """Read the headline, date and inline source from the first kilobyte of a file, fast.

    They are what read_article finds, unless the file is odd (UTF-16, undecodable as UTF-8
    at its start but not further on, its header longer than the kilobyte read). None when the
    start holds no headline, is not text or cannot be read: read_article tells why.
    """
    try:
        fd = os.open(path, os.O_RDONLY)
        try:
            mtime_ns = os.fstat(fd).st_mtime_ns  # relative dates count from it
            data = os.read(fd, HEADER_BYTES)
        finally:
            os.close(fd)
    except OSError:
        return None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None  # UTF-16: a cut may fall inside a character
    if len(data) == HEADER_BYTES:
        data = data[: max(data.rfind(b"\n"), data.rfind(b"\r")) + 1]  # whole lines only
    try:
        text = decode(data, path).text
    except NotAnArticleError:
        return None
    lines = [line for line in (raw.strip() for raw in canonical_lines(text)) if line]
    now = _file_time(mtime_ns)
    draft = _LineReader(lines[:_HEADER_LINES], now).read(header_only=True)
    if draft.title is None:
        return None
    return Header(draft.title, draft.date.value if draft.date else None, draft.source)
