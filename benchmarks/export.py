"""The export and marks benchmark: exports and marks filters beside what they stand next to.

    XDG_CACHE_HOME=/tmp/cache-me python -m benchmarks.export --n 100000

Reopens the corpus /tmp/bench-N through the cache of XDG_CACHE_HOME (warm after a first run)
and prints, with medians of --repeats runs:
- exporting the N newest articles to CSV, JSON Lines and HTML, beside reading those articles
  from the cache alone and beside the window's copy of the same articles (plain text + HTML,
  as CopyCommands builds them), with the peak of traced memory of each;
- building the marks bytes of the library with none, 10% and all articles marked, and the
  "unread only" and "starred only" filters over every article, beside a click on the most
  used tag (Library.listing, as the window lists it);
- marking one article read (the pane's "shown for a moment") and the whole result read.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path

from benchmarks.generate import ensure_corpus
from reader.domain.article import Article
from reader.domain.exporting.exporter import export_articles, library_articles
from reader.domain.exporting.formats import ExportFormat
from reader.domain.library.library import Library
from reader.domain.library.query import Query, SortOrder
from reader.domain.library_marks import LibraryMarks
from reader.domain.loading.folder import load_folder
from reader.domain.loading.workers import default_workers
from reader.domain.marks import FolderMarks, Mark, MarksFilter, relative_key
from reader.domain.store.cache import ArticleCache
from reader.domain.text.export import articles_html, articles_plain_text


def timed(action: Callable[[], object], repeats: int) -> float:
    """Return the median seconds of action over repeats runs."""
    times = []
    for _ in range(repeats):
        gc.collect()
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def peak_bytes(action: Callable[[], object]) -> int:
    """Return the peak of memory traced while action runs."""
    gc.collect()
    tracemalloc.start()
    try:
        action()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def row(name: str, seconds: float, baseline: float | None, extra: str = "") -> None:
    """Print one line of the table: a figure and its ratio to the baseline."""
    ratio = f"{seconds / baseline:6.2f} x" if baseline else " " * 8
    print(f"  {name:<52} {seconds * 1000:>10.1f} ms  {ratio}  {extra}")


def export_rows(library: Library, ids: list[int], out: Path, repeats: int) -> None:
    """Exports of ids beside reading them and beside the clipboard copy."""

    def articles() -> Iterable[Article]:
        return library_articles(library, ids)

    def read() -> None:
        for _ in articles():
            pass

    def copy() -> None:
        selected = list(articles())
        articles_plain_text(selected)
        articles_html(selected)

    print(f"export of {len(ids):,} articles (newest first), median of {repeats}:")
    baseline = timed(copy, repeats)
    mib = 1 << 20
    row("read the articles from the cache (no output)", timed(read, repeats), baseline)
    copy_peak = peak_bytes(copy) / mib
    row("baseline: copy (plain text + HTML, as the window)", baseline, baseline,
        f"peak {copy_peak:7.1f} MiB")  # fmt: skip
    for export_format in ExportFormat:
        target = out / f"out{export_format.suffix}"

        def export(target: Path = target, export_format: ExportFormat = export_format) -> int:
            return export_articles(target, export_format, articles())

        seconds = timed(export, repeats)
        peak = peak_bytes(export) / mib
        size = target.stat().st_size / mib
        row(f"export {export_format.value}", seconds, baseline,
            f"peak {peak:7.1f} MiB, file {size:7.1f} MiB")  # fmt: skip


def marks_rows(library: Library, folder: Path, data_dir: Path, repeats: int) -> None:
    """Marks bytes and filters beside a tag click; single and bulk marking."""
    ids = list(library.ids())
    top_tag = library.tag_counts()[0][0]

    def click() -> None:
        library.forget_results()
        library.listing(Query(include=(top_tag,)), SortOrder.NEWEST)

    listing = library.sort(ids, SortOrder.NEWEST)
    baseline = timed(click, repeats)
    print(f"marks over {len(ids):,} articles, median of {repeats}:")
    clicked = len(library.tag_ids(top_tag))
    row(f"baseline: tag click ({clicked:,} articles)", baseline, baseline)
    for share in (0, 10, 100):
        with FolderMarks.open(folder, data_dir / f"marks-{share}") as marks:
            marked = ids[: len(ids) * share // 100]
            keys = [relative_key(folder, library.path_of(i)) for i in marked]
            marks.set_mark((key for key in keys if key is not None), Mark.READ)
            marks.set_mark((key for key in keys[::7] if key is not None), Mark.STARRED)
            library_marks = LibraryMarks(library, folder, marks)
            refresh = timed(library_marks.refresh, repeats)
            row(f"marks bytes from the store, {share}% marked", refresh, baseline)
            for name, marks_filter in (
                ("unread", MarksFilter(unread=True)),
                ("starred", MarksFilter(starred=True)),
            ):
                select = partial(library_marks.select, listing, marks_filter)
                kept = len(select())
                row(f"  filter {name} only, whole list ({kept:,} kept)", timed(select, repeats),
                    baseline)  # fmt: skip
            one = partial(library_marks.set_mark, [ids[len(ids) // 2]], Mark.READ, True)
            row("  mark one article read (one transaction)", timed(one, repeats), baseline)
    with FolderMarks.open(folder, data_dir / "marks-all") as marks:
        every = partial(LibraryMarks(library, folder, marks).set_mark, ids, Mark.READ, True)
        row("mark the whole list read (mark all as read)", timed(every, repeats), baseline)


def main() -> None:
    """Run the benchmark and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--sizes", default="20000,100000", help="how many articles to export")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    folder = ensure_corpus(Path(f"/tmp/bench-{args.n}"), args.n)
    start = time.perf_counter()
    library = load_folder(folder, cache=ArticleCache.open(folder), workers=default_workers())
    print(f"{len(library):,} articles reopened in {time.perf_counter() - start:.1f} s")
    newest = library.sort(library.ids(), SortOrder.NEWEST)
    with tempfile.TemporaryDirectory(prefix="bench-export-") as scratch:
        for size in (int(text) for text in args.sizes.split(",")):
            export_rows(library, newest[:size], Path(scratch), args.repeats)
        marks_rows(library, folder, Path(scratch), args.repeats)


if __name__ == "__main__":
    main()
