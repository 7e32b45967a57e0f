"""Parsing files on every core: the jobs worker processes run, and the pool that runs them.

Workers are spawned, so they import this module afresh: it and its imports stay free of Qt,
and every job is a module-level function.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from itertools import islice
from pathlib import Path

from reader.domain.article import Article, LoadProblem, NotAnArticleError
from reader.domain.batches import Previews
from reader.domain.loading.scan import FileStat
from reader.domain.problems import ProblemCode
from reader.domain.store.article_codec import encode_date
from reader.domain.store.rows import ParsedFile, date_number
from reader.domain.text.parser import read_article, read_article_folded, read_header

# A worker parses this many files per task: large enough to amortise the pipe, small enough
# that the first rows come back at once.
CHUNK_FILES = 64
# Fewer new files than this are parsed in this process: starting workers costs more.
MIN_PARALLEL_FILES = 4 * CHUNK_FILES
# A cold load of at least this many files first lists every file's headline and date, read
# from its first kilobyte on every core, then parses the files fully behind the list.
MIN_PREVIEW_FILES = 2000
PREVIEW_CHUNK_FILES = 1000
# Parse chunks asked of each worker ahead of the one this process takes.
IN_FLIGHT_CHUNKS = 4

# What a worker returns for one file: the parsed forms, or the problem with the file's stat.
Parsed = ParsedFile | tuple[LoadProblem, int | None, int | None]


def preview_files(files: Sequence[FileStat]) -> Previews:
    """Read the header of each file (runs in a worker process); files without one are left
    out, for the full parse to list or report."""
    previews = Previews()
    for path, _size, _mtime in files:
        header = read_header(path)
        if header is not None:
            previews.paths.append(path)
            previews.titles.append(header.title)
            previews.published.append(encode_date(header.published))
            previews.date_keys.append(date_number(header.published))
            previews.sources.append(header.source)
    return previews


def parse_files(read: Callable[[Path], Article], files: Sequence[FileStat]) -> list[Parsed]:
    """Parse files into the forms the cache stores (runs in a worker process)."""
    results: list[Parsed] = []
    for path, size, mtime in files:
        if size is None:
            size, mtime = _stat(path)
        try:
            article, folds = _read(read, Path(path))
        except NotAnArticleError as error:
            results.append((error.problem, size, mtime))
            continue
        except OSError as error:
            problem = LoadProblem(path, ProblemCode.UNREADABLE, error.strerror or str(error))
            results.append((problem, size, mtime))
            continue
        except Exception as error:  # a parser bug on one file must not end the load
            failure = LoadProblem(path, ProblemCode.FAILED, f"{type(error).__name__}: {error}")
            results.append((failure, size, mtime))
            continue
        results.append(ParsedFile.from_article(article, size, mtime, folds))
    return results


def _read(read: Callable[[Path], Article], path: Path) -> tuple[Article, dict[str, str] | None]:
    """Read a file with read, and the folds the parser's own read_article makes (None else)."""
    # The folds spare the cache folding the article's texts again.
    if read is read_article:
        return read_article_folded(path)
    return read(path), None


def _stat(path: str) -> tuple[int | None, int | None]:
    """Return a file's size and mtime, taken before it is read; None when it has none."""
    try:
        info = os.stat(path)
    except OSError:
        return None, None  # reading it reports why
    return info.st_size, info.st_mtime_ns


def worker_results(
    files: list[FileStat], read: Callable[[Path], Article], workers: int
) -> Iterator[Previews | list[Parsed]]:
    """Yield previews of the files when there are many, then each chunk's parse results, in
    order; from worker processes when worth it. Closing the iterator stops the workers."""
    chunks = [files[start : start + CHUNK_FILES] for start in range(0, len(files), CHUNK_FILES)]
    if workers <= 1 or not files or len(files) < MIN_PARALLEL_FILES:
        for chunk in chunks:
            yield parse_files(read, chunk)
        return
    previewed = files if len(files) >= MIN_PREVIEW_FILES else []
    step = PREVIEW_CHUNK_FILES
    preview_chunks = [previewed[start : start + step] for start in range(0, len(previewed), step)]
    # Spawned, not forked: the reader forks from a process that runs Qt threads.
    context = multiprocessing.get_context("spawn")
    with context.Pool(workers) as pool:
        # The workers take a moment to start: the first chunk is read here meanwhile.
        here = (preview_chunks or chunks)[0]
        previews = [pool.apply_async(preview_files, (chunk,)) for chunk in preview_chunks[1:]]
        parse_chunks = iter(chunks if preview_chunks else chunks[1:])
        # Only a few chunks are asked for ahead of the one taken: the workers parse faster
        # than this process stores, and every result waiting here (a few kilobytes of search
        # words and small objects per file) was memory that a first open kept afterwards.
        ahead = IN_FLIGHT_CHUNKS * workers
        tasks = deque(
            pool.apply_async(parse_files, (read, chunk)) for chunk in islice(parse_chunks, ahead)
        )
        if preview_chunks:
            yield preview_files(here)
            for preview in previews:
                yield preview.get()
        else:
            yield parse_files(read, here)
        while tasks:
            results = tasks.popleft().get()
            for chunk in islice(parse_chunks, 1):
                tasks.append(pool.apply_async(parse_files, (read, chunk)))
            yield results
        # Leaving the with block terminates workers still busy after a cancel.


def default_workers() -> int:
    """Return how many processes a cold parse should use: one per core."""
    return max(1, os.cpu_count() or 1)
