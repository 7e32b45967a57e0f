"""Exporting articles to a file or a stream, with progress, a cancel flag and no partial file."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Protocol, TextIO

from reader.domain.article import Article, LoadProblem, NotAnArticleError
from reader.domain.atomic_file import UnwritableError, atomic_text_file
from reader.domain.exporting.csv_export import CsvArticleWriter
from reader.domain.exporting.formats import ExportFormat
from reader.domain.exporting.html_export import DEFAULT_TITLE, HtmlArticleWriter
from reader.domain.exporting.jsonl_export import JsonLinesArticleWriter
from reader.domain.library.library import Library
from reader.domain.text.parser import read_article


class ArticleWriter(Protocol):
    """What every format's writer does: a header, one article at a time, a footer."""

    def begin(self) -> None:
        """Write what comes before the first article."""

    def write(self, article: Article) -> None:
        """Write one article."""

    def end(self) -> None:
        """Write what comes after the last article."""


class ExportCancelledError(Exception):
    """Raised when an export is cancelled; nothing was written."""


def stream_newline(export_format: ExportFormat) -> str:
    """Return the newline to open a format's stream with: CSV writes its own CRLF rows."""
    return "" if export_format is ExportFormat.CSV else "\n"


def writer_for(
    export_format: ExportFormat, stream: TextIO, title: str = DEFAULT_TITLE
) -> ArticleWriter:
    """Return the writer of a format on a stream (title heads an HTML document)."""
    if export_format is ExportFormat.CSV:
        return CsvArticleWriter(stream)
    if export_format is ExportFormat.JSONL:
        return JsonLinesArticleWriter(stream)
    return HtmlArticleWriter(stream, title)


def write_articles(
    writer: ArticleWriter,
    articles: Iterable[Article],
    *,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write articles with a writer; return how many.

    cancelled is asked before each article and before the end (ExportCancelledError);
    progress is told how many articles are written after each one. An error of the stream
    (a full disk) raises StreamWriteError; one of the articles' source goes on unchanged.
    """
    with _stream_errors():
        writer.begin()
    count = 0
    for article in articles:
        if cancelled is not None and cancelled():
            raise ExportCancelledError
        with _stream_errors():
            writer.write(article)
        count += 1
        if progress is not None:
            progress(count)
    if cancelled is not None and cancelled():
        raise ExportCancelledError
    with _stream_errors():
        writer.end()
    return count


class StreamWriteError(Exception):
    """Raised when the stream an export writes to fails; carries the system's reason."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@contextlib.contextmanager
def _stream_errors() -> Iterator[None]:
    try:
        yield
    except BrokenPipeError:
        raise  # the reader of a pipe went away: the terminal stops quietly
    except OSError as error:
        raise StreamWriteError(error.strerror or type(error).__name__) from error


def export_articles(
    target: Path,
    export_format: ExportFormat,
    articles: Iterable[Article],
    *,
    title: str = DEFAULT_TITLE,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Export articles to a file, whole or not at all; return how many were written.

    The file appears only when every article is written: a cancel (ExportCancelledError), a
    failed read or a full disk leave no file and any earlier one as it was. A target that
    cannot be written raises UnwritableError. Safe to run off the window's thread: it touches
    nothing but its arguments.
    """
    with atomic_text_file(target, newline=stream_newline(export_format)) as stream:
        writer = writer_for(export_format, stream, title)
        try:
            return write_articles(writer, articles, progress=progress, cancelled=cancelled)
        except StreamWriteError as error:
            raise UnwritableError(target, error.reason) from error


def library_articles(
    library: Library,
    ids: Iterable[int],
    read: Callable[[Path], Article] = read_article,
    on_problem: Callable[[LoadProblem], None] | None = None,
) -> Iterator[Article]:
    """Yield the articles of ids from the library's cache, reading a file the cache cannot give.

    A file that is gone or no article any more since the load is skipped and told to
    on_problem. Read on the thread that exports: the library's cache is read-only here.
    """
    for article_id in ids:
        article = library.article(article_id)
        if article is None:
            try:
                article = library.with_library_tags(
                    article_id, read(Path(library.path_of(article_id)))
                )
            except NotAnArticleError as error:
                if on_problem is not None:
                    on_problem(error.problem)
                continue
        yield article
