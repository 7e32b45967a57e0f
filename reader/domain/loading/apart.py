"""Work on a folder's cache run in a process of its own: the memory it takes leaves with it.

After a first open, storing the list's snapshot and grouping copies build large passing
structures (every row again, every signature); in the window's process their freed memory
stayed resident (some 230 MB at 100,000 articles). Run apart first, the same work done in
place afterwards only finds it stored; if the process fails, it is simply done in place.
"""

from __future__ import annotations

import multiprocessing
import threading
from collections.abc import Callable
from pathlib import Path

from reader.domain.store.cache import ArticleCache

# Below this many cached articles the work stays in place: starting a process (a second or
# so, with its imports) would delay the end of the load more than the little memory it frees
# is worth (at 10,000 articles some 10 MB; benchmarks/README.md).
MIN_APART_ARTICLES = 20_000
# How often a wait for the process looks at the cancel flag.
_POLL_SECONDS = 0.1

# A job on a cache (a module-level function or a partial of one: it is sent to the process).
Job = Callable[[ArticleCache], object]


def run_apart(job: Job, cache: ArticleCache, cancelled: threading.Event | None = None) -> bool:
    """Run job on cache's database in a spawned process and wait for it; tell whether it ran
    to its end. Nothing runs for a cache in memory or a small one; a cancel stops the process."""
    path, folder = cache.path, cache.folder
    if path is None or folder is None or cache.article_count() < MIN_APART_ARTICLES:
        return False
    cache.flush()  # the process sees every row
    process = multiprocessing.get_context("spawn").Process(
        target=_run, args=(job, path, folder), name="reader-cache-job"
    )
    process.start()
    while process.is_alive():
        process.join(_POLL_SECONDS)
        if cancelled is not None and cancelled.is_set():
            process.terminate()
            process.join()
            return False
    return process.exitcode == 0


def _run(job: Job, path: Path, folder: Path) -> None:
    """Run job on the cache at path (in the spawned process); exit non-zero when it cannot."""
    cache = ArticleCache.open_existing(path, folder)
    if cache is None:
        raise SystemExit(1)
    try:
        job(cache)
    finally:
        cache.close()
