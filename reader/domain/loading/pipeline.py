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

import multiprocessing
import os
import sqlite3
import stat
import threading
import time
from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import replace
from pathlib import Path

from reader.domain.article import Article, LoadProblem, NotAnArticleError
from reader.domain.batches import LoadBatch, Previews
from reader.domain.library.vocabulary import regroup_tags
from reader.domain.store.cache import (
    ArticleCache,
    ArticleRow,
    LibrarySnapshot,
    ParsedFile,
    date_number,
    encode_date,
)
from reader.domain.text.parser import read_article, read_header

# A worker parses this many files per task: large enough to amortise the pipe, small enough
# that the first rows come back at once.
CHUNK_FILES = 64
# Fewer new files than this are parsed in this process: starting workers costs more.
MIN_PARALLEL_FILES = 4 * CHUNK_FILES
# A cold load of at least this many files first lists every file's headline and date, read
# from its first kilobyte on every core, then parses the files fully behind the list.
MIN_PREVIEW_FILES = 2000
PREVIEW_CHUNK_FILES = 1000
# A batch goes out once it holds this many rows or is this old.
BATCH_ROWS = 1000
BATCH_SECONDS = 0.1

# (path, size, mtime_ns) of one article file; size and mtime are None when the folder was
# listed without stats (a cold load: the worker that reads the file takes its stat).
FileStat = tuple[str, int | None, int | None]
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


def scan_folder(folder: Path, *, stats: bool = True) -> list[FileStat]:
    """Return every *.txt file under folder, recursively, with its stat, in name order.

    stats=False leaves the size and mtime of plain files None: listing is then about eight
    times faster, as no file is stat'ed (only links, folders and odd entries are).
    The order is that of sorted Path objects (names compared part by part): each folder's
    entries are visited in name order, going down into subfolders where they sort. Links are
    followed, each folder once; a broken or looping link is listed with size -1, so that
    reading it reports the reason; pipes and devices are left out (reading one could block).
    Raises OSError when folder itself cannot be listed; unreadable subfolders are skipped.
    """
    root = os.fsdecode(Path(folder))
    top = os.stat(root)
    seen_dirs = {(top.st_dev, top.st_ino)}
    found: list[FileStat] = []
    pending: list[Iterator[os.DirEntry[str]]] = [iter(_sorted_entries(root))]
    while pending:
        entry = next(pending[-1], None)
        if entry is None:
            pending.pop()
            continue
        is_text = entry.name.endswith(".txt")
        try:
            if not stats and is_text and entry.is_file(follow_symlinks=False):
                found.append((entry.path, None, None))
                continue
            if not is_text and not entry.is_dir():
                continue
            info = entry.stat()
        except OSError:
            # A broken or looping link: listed, so that reading it reports why.
            if is_text:
                found.append((entry.path, -1, -1))
            continue
        if stat.S_ISDIR(info.st_mode):
            identity = (info.st_dev, info.st_ino)
            if identity not in seen_dirs:
                seen_dirs.add(identity)
                try:
                    pending.append(iter(_sorted_entries(entry.path)))
                except OSError:
                    continue
        elif is_text and stat.S_ISREG(info.st_mode):
            found.append((entry.path, info.st_size, info.st_mtime_ns))
    return found


def _sorted_entries(directory: str) -> list[os.DirEntry[str]]:
    """Return the entries of a folder in name order."""
    with os.scandir(directory) as entries:
        return sorted(entries, key=_entry_name)


def _entry_name(entry: os.DirEntry[str]) -> str:
    """Return an entry's name (the sort key of a folder's entries)."""
    return entry.name


def parse_files(read: Callable[[Path], Article], files: Sequence[FileStat]) -> list[Parsed]:
    """Parse files into the forms the cache stores (runs in a worker process)."""
    results: list[Parsed] = []
    for path, size, mtime in files:
        if size is None:
            size, mtime = _stat(path)
        try:
            article = read(Path(path))
        except NotAnArticleError as error:
            results.append((error.problem, size, mtime))
            continue
        except OSError as error:
            problem = LoadProblem(path, error.strerror or str(error))
            results.append((problem, size, mtime))
            continue
        except Exception as error:  # a parser bug on one file must not end the load
            results.append((LoadProblem(path, f"{type(error).__name__}: {error}"), size, mtime))
            continue
        results.append(ParsedFile.from_article(article, size, mtime))
    return results


def _stat(path: str) -> tuple[int | None, int | None]:
    """Return a file's size and mtime, taken before it is read; None when it has none."""
    try:
        info = os.stat(path)
    except OSError:
        return None, None  # reading it reports why
    return info.st_size, info.st_mtime_ns


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
            try:
                batch = replace(batch, regrouped=regroup_tags(cache))
            except sqlite3.Error as error:
                cache.warnings.append(f"the cache could not store regrouped tags ({error})")
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
    known: dict[str, tuple[int, int | None, int | None]]
    files: list[FileStat] | None = None
    try:
        if snapshot is not None:
            known_problems = cache.stats(files=False)[1]
            files = scan_folder(Path(root))
            total = len(files)
            unchanged = _unchanged_problems(snapshot, files, known_problems, skip)
            if unchanged is not None:  # the usual reopen: nothing changed
                yield LoadBatch(problems=unchanged, done=total, total=total)
                yield LoadBatch(done=total, total=total, complete=True)
                return
            known = _snapshot_stats(snapshot)
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
    to_parse: list[FileStat] = []
    problems: list[LoadProblem] = []
    fresh_keys: set[int] = set()
    for path, size, mtime in files:
        cached = known.get(path)
        if cached is not None and cached[1] == size and cached[2] == mtime:
            fresh_keys.add(cached[0])
            continue
        problem = known_problems.get(path[skip:])
        if problem is not None and problem[:2] == (size, mtime):
            problems.append(LoadProblem(path, problem[2]))
            continue
        to_parse.append((path, size, mtime))
    stale = [key for key, _size, _mtime in known.values() if key not in fresh_keys]
    stale_problems: list[str] = []
    if known_problems:
        listed = {path[skip:] for path, _size, _mtime in files}
        stale_problems = [path for path in known_problems if path not in listed]
        stale_problems += [p[skip:] for p, _s, _m in to_parse if p[skip:] in known_problems]
    rows: list[ArticleRow] = []
    try:
        cache.remove(stale, stale_problems)
        if snapshot is None and fresh_keys:
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


def _unchanged_problems(
    snapshot: LibrarySnapshot,
    files: list[FileStat],
    known_problems: dict[str, tuple[int | None, int | None, str]],
    skip: int,
) -> list[LoadProblem] | None:
    """Return the cached problems when the folder holds exactly the snapshot's files, with
    the same stats, and the same problem files; else None.

    One pass over both lists, in step (the snapshot of a complete load is in file order),
    with no dictionary of 100,000 entries built and thrown away.
    """
    paths, sizes, mtimes = snapshot.paths, snapshot.sizes, snapshot.mtimes
    count = len(paths)
    problems = []
    index = 0
    for path, size, mtime in files:
        if index < count and paths[index] == path:
            if sizes[index] != size or mtimes[index] != mtime:
                return None
            index += 1
            continue
        problem = known_problems.get(path[skip:])
        if problem is None or problem[0] != size or problem[1] != mtime:
            return None
        problems.append(LoadProblem(path, problem[2]))
    if index != count or len(problems) != len(known_problems):
        return None
    return problems


def _snapshot_stats(snapshot: LibrarySnapshot) -> dict[str, tuple[int, int | None, int | None]]:
    """Return path -> (key, size, mtime) of the snapshot's files."""
    return {
        path: (key, size, mtime)
        for path, key, size, mtime in zip(
            snapshot.paths, snapshot.keys, snapshot.sizes, snapshot.mtimes, strict=True
        )
    }


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
    for results in _worker_results(files, read, workers):
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


def _worker_results(
    files: list[FileStat], read: Callable[[Path], Article], workers: int
) -> Iterator[Previews | list[Parsed]]:
    """Yield previews of the files when there are many, then each chunk's parse results, in
    order; from worker processes when worth it."""
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
        parse_chunks = chunks if preview_chunks else chunks[1:]
        tasks = [pool.apply_async(parse_files, (read, chunk)) for chunk in parse_chunks]
        if preview_chunks:
            yield preview_files(here)
            for preview in previews:
                yield preview.get()
        else:
            yield parse_files(read, here)
        for task in tasks:
            yield task.get()
        # Leaving the with block terminates workers still busy after a cancel.


def default_workers() -> int:
    """Return how many processes a cold parse should use: one per core."""
    return max(1, os.cpu_count() or 1)
