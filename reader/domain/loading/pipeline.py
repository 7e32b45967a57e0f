"""Loading a folder in batches: the cached list first, then new files parsed on every core.

    cache = ArticleCache.open(folder)                # never raises; see cache.warnings
    library = Library(cache)
    for batch in load_folder_batches(folder, cache, workers=default_workers()):
        library.add_batch(batch)                     # rows show at once
    library.apply_vocabulary()                       # after the last (complete) batch

The generator may run on a worker thread while the library lives on the main thread (send
each batch over): the cache is shared and locks itself; the library is not. Files whose size
and modification time match the cache are not read at all; deleted and changed files are
dropped from it; new and changed files are parsed, in worker processes (spawned, so a script
that starts the reader must guard its start-up with `if __name__ == "__main__":`) when there
are enough of them, and stored. Close the generator to stop the workers at once.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from collections.abc import Callable, Generator, Iterator
from dataclasses import replace
from pathlib import Path

from reader.domain.article import Article, LoadProblem
from reader.domain.batches import LoadBatch, Previews
from reader.domain.library.vocabulary import regroup_tags
from reader.domain.loading.changes import (
    KnownFiles,
    KnownProblems,
    compare_listing,
    snapshot_stats,
    unchanged_problems,
)
from reader.domain.loading.scan import FileStat, scan_folder
from reader.domain.loading.workers import worker_results
from reader.domain.store.cache import ArticleCache
from reader.domain.store.rows import ArticleRow, ParsedFile
from reader.domain.store.snapshot import LibrarySnapshot
from reader.domain.text.parser import read_article

# A batch goes out once it holds this many rows or is this old.
BATCH_ROWS = 1000
BATCH_SECONDS = 0.1


def load_folder_batches(
    folder: Path,
    cache: ArticleCache,
    *,
    read: Callable[[Path], Article] = read_article,
    workers: int = 2,
    batch_rows: int = BATCH_ROWS,
    cancelled: threading.Event | None = None,
) -> Generator[LoadBatch, None, None]:
    """Yield the folder's articles as batches for Library.add_batch: cached first, then parsed.

    A reopen first yields the cached library in one piece (a snapshot), before the folder
    is even listed; then one batch with the cached articles whose files are gone or changed
    (`removed`) and the cached problem files; then the rows of new and changed files as they
    are parsed; the last batch carries the tags regrouped with the folder's vocabulary (see
    vocabulary.regroup_tags: that work is done here, off the window's thread). workers > 1
    parses in that many processes (read must then be a module-level function); cancelled stops
    the load between chunks. Raises OSError when folder cannot be listed.
    """
    batches = _load_batches(folder, cache, read, workers, batch_rows, cancelled)
    for batch in batches:
        if batch.complete:
            batch = replace(batch, regrouped=regroup_tags(cache))
        yield batch


def _load_batches(
    folder: Path,
    cache: ArticleCache,
    read: Callable[[Path], Article],
    workers: int,
    batch_rows: int,
    cancelled: threading.Event | None,
) -> Iterator[LoadBatch]:
    """Yield the batches of load_folder_batches, before the tags are regrouped."""
    root = os.fsdecode(Path(folder))
    if cache.folder is not None:
        if os.path.abspath(cache.folder) != os.path.abspath(root):
            raise ValueError(f"the cache of {cache.folder} cannot hold the files of {root}")
        root = cache.folder  # the snapshot's paths are spelled so
    if not os.access(root, os.R_OK | os.X_OK) or not os.path.isdir(root):
        os.scandir(root).close()  # raises the OSError that says why
    snapshot = _cached_snapshot(cache)
    if snapshot is not None:
        count = len(snapshot.keys)
        yield LoadBatch(snapshot=snapshot, done=count, total=count)
    skip = len(root) + 1
    known: KnownFiles
    known_problems: KnownProblems
    files: list[FileStat] | None = None
    try:
        if snapshot is not None:
            known_problems = cache.stats(files=False)[1]
            files = scan_folder(Path(root))
            total = len(files)
            unchanged = unchanged_problems(snapshot, files, known_problems, skip)
            if unchanged is not None:  # the usual reopen: nothing changed
                yield LoadBatch(problems=unchanged, done=total, total=total)
                yield LoadBatch(done=total, total=total, complete=True)
                return
            known = snapshot_stats(snapshot)
        else:
            known, known_problems = cache.stats()
            known = {root + os.sep + path: stats for path, stats in known.items()}
    except sqlite3.Error as error:
        cache.bypass(error)
        known, known_problems = {}, {}
    if files is None:
        # Nothing to compare with on a cold load: the workers take each file's stat.
        files = scan_folder(Path(root), stats=bool(known or known_problems))
    total = len(files)
    changes = compare_listing(files, known, known_problems, skip)
    to_parse, problems, stale = changes.to_parse, changes.problems, changes.stale
    rows: list[ArticleRow] = []
    try:
        cache.remove(stale, changes.stale_problems)
        if snapshot is None and changes.fresh:
            rows = cache.rows(root)
    except sqlite3.Error as error:
        cache.bypass(error)
        to_parse, problems, rows = files, [], []
        if snapshot is not None:
            stale = list(snapshot.keys)
    done = total - len(to_parse)
    removed = stale if snapshot is not None else []
    if rows or problems or removed or snapshot is not None:
        # The first screenful goes out before the rest of the list is handed over.
        yield LoadBatch(rows[:batch_rows], problems, removed=removed, done=done, total=total)
        if len(rows) > batch_rows:
            yield LoadBatch(rows[batch_rows:], done=done, total=total)
    yield from _parse_batches(
        to_parse, root, cache, read, workers, batch_rows, cancelled, done, total
    )


def _cached_snapshot(cache: ArticleCache) -> LibrarySnapshot | None:
    """Return the cache's snapshot of the library, if it has a usable one."""
    try:
        return cache.load_snapshot()
    except sqlite3.Error as error:
        cache.bypass(error)
        return None


def _parse_batches(
    files: list[FileStat],
    root: str,
    cache: ArticleCache,
    read: Callable[[Path], Article],
    workers: int,
    batch_rows: int,
    cancelled: threading.Event | None,
    done: int,
    total: int,
) -> Iterator[LoadBatch]:
    """Parse files (in worker processes when worth it), store them, and yield their rows."""
    try:
        yield from _parse_and_store(
            files, root, cache, read, workers, batch_rows, cancelled, done, total
        )
    finally:
        try:
            cache.flush()
        except sqlite3.Error as error:
            cache.bypass(error)


def _parse_and_store(
    files: list[FileStat],
    root: str,
    cache: ArticleCache,
    read: Callable[[Path], Article],
    workers: int,
    batch_rows: int,
    cancelled: threading.Event | None,
    done: int,
    total: int,
) -> Iterator[LoadBatch]:
    """Parse files in chunks, store each chunk, and yield rows in batches (previews first)."""
    rows: list[ArticleRow] = []
    problems: list[LoadProblem] = []
    started = time.monotonic()
    first = True
    for results in worker_results(files, read, workers):
        if cancelled is not None and cancelled.is_set():
            return
        if isinstance(results, Previews):
            yield LoadBatch(previews=results, done=done, total=total)
            continue
        parsed = [item for item in results if isinstance(item, ParsedFile)]
        failed = [item for item in results if not isinstance(item, ParsedFile)]
        try:
            rows += cache.add(parsed, root)
            cache.add_problems(failed, root)
        except sqlite3.Error as error:
            cache.bypass(error)
            rows += cache.add(parsed, root)
        problems += [problem for problem, _size, _mtime in failed]
        done += len(results)
        # The first batch goes at once; later ones when full or old, so rows keep flowing.
        if first or len(rows) >= batch_rows or time.monotonic() - started >= BATCH_SECONDS:
            yield LoadBatch(rows, problems, done=done, total=total)
            rows, problems, first = [], [], False
            started = time.monotonic()
    cache.flush()
    yield LoadBatch(rows, problems, done=done, total=total, complete=True)
