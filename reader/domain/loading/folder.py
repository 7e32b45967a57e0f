"""Loading a whole folder into a library, and storing its snapshot for the next open."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reader.domain.article import Article, LoadProblem
from reader.domain.library.library import Library, save_snapshot
from reader.domain.loading.pipeline import load_folder_batches
from reader.domain.store.cache import ArticleCache
from reader.domain.store.snapshot import LibrarySnapshot
from reader.domain.text.parser import read_article


def store_snapshot(cache: ArticleCache) -> None:
    """Store the snapshot of a folder's cached library, for the next open to list at once.

    Reads and writes the cache only, so a loader's thread can do it after a complete load
    (the window's library then finds it stored). Does nothing when one is stored already.
    """
    folder = cache.folder
    if folder is None:
        return

    def snapshot() -> LibrarySnapshot:
        library = Library(cache)
        library.add_rows(cache.rows(folder))
        return library.snapshot()

    save_snapshot(cache, snapshot)


def load_folder(
    folder: Path,
    read: Callable[[Path], Article] = read_article,
    on_problem: Callable[[LoadProblem], None] | None = None,
    *,
    cache: ArticleCache | None = None,
    workers: int = 1,
) -> Library:
    """Load every article file under folder into a new library, keeping per-file problems.

    With a cache (ArticleCache.open), only new and changed files are parsed; without one the
    articles are kept in an in-memory cache. workers > 1 parses in that many processes.
    """
    library = Library(cache if cache is not None else ArticleCache.in_memory())
    for batch in load_folder_batches(folder, library.cache, read=read, workers=workers):
        library.add_batch(batch)
        if on_problem is not None:
            for problem in batch.problems:
                on_problem(problem)
    library.apply_vocabulary()
    return library
