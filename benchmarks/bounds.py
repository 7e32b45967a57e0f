"""Lower bounds: the least work any load of this design must do, timed on the same corpus.

Each bound leaves out all of the reader's own logic: it times only the steps that the figure
it bounds cannot skip, done as cheaply as Python and SQLite allow, with the worker processes
already started. A target below its bound cannot be met by tuning the reader.

- listing: every file's first kilobyte read and decoded, on every core (the headline and
  date live there);
- search index: every file read, decoded and folded into its distinct words, on every core,
  and those words put into an FTS5 table like the cache's, in one process (SQLite has one
  writer).
"""

from __future__ import annotations

import multiprocessing
import os
import sqlite3
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from reader.domain.loading.scan import scan_folder
from reader.domain.text.arabic import folded_words

if TYPE_CHECKING:
    from benchmarks.run import Bench

_CHUNK = 1000
_HEAD_BYTES = 1024


def first_kilobytes(paths: list[str]) -> int:
    """Read and decode each file's first kilobyte; return the characters decoded."""
    total = 0
    for path in paths:
        descriptor = os.open(path, os.O_RDONLY)
        try:
            data = os.read(descriptor, _HEAD_BYTES)
        finally:
            os.close(descriptor)
        total += len(data.decode("utf-8", "replace"))
    return total


def folded_texts(paths: list[str]) -> list[str]:
    """Return each file's distinct folded words, space-separated (as the search index holds)."""
    texts = []
    for path in paths:
        with open(path, "rb") as file:
            text = file.read().decode("utf-8", "replace")
        texts.append(" ".join(dict.fromkeys(folded_words(text))))
    return texts


def measure_bounds(bench: Bench) -> None:
    """Time the lower bounds of the listing and of the search index."""
    paths = [path for path, _size, _mtime in scan_folder(bench.folder, stats=False)]
    chunks = [paths[start : start + _CHUNK] for start in range(0, len(paths), _CHUNK)]
    context = multiprocessing.get_context("spawn")
    with context.Pool(bench.workers) as pool:
        pool.map(len, [[]] * bench.workers)  # the workers started: their start is not timed
        start = time.perf_counter()
        pool.map(first_kilobytes, chunks, chunksize=1)
        bench.add("lower bound, listing: first KB read and decoded, all cores", _since(start))
        start = time.perf_counter()
        folded = pool.map(folded_texts, chunks, chunksize=1)
        bench.add("lower bound, search: files read, decoded, folded, all cores", _since(start))
    with tempfile.TemporaryDirectory() as folder:
        database = sqlite3.connect(Path(folder) / "bound.sqlite3")
        database.execute("PRAGMA journal_mode=WAL")
        database.execute(
            "CREATE VIRTUAL TABLE bound USING fts5 "
            "(words, content='', detail=none, tokenize=\"ascii tokenchars '_'\")"
        )
        start = time.perf_counter()
        with database:
            database.executemany(
                "INSERT INTO bound (words) VALUES (?)",
                ((text,) for texts in folded for text in texts),
            )
        bench.add("lower bound, search: FTS5 insert of those words, one process", _since(start))
        database.close()


def _since(start: float) -> float:
    """Return the seconds since start."""
    return time.perf_counter() - start
