"""Coverage benchmark: outlet clicks, date ranges and their counts beside a tag click.

    XDG_CACHE_HOME=/tmp/cache-mine python -m benchmarks.coverage --n 100000

Uses the corpus in /tmp/bench-N and the cache under XDG_CACHE_HOME as it is (the first run
builds it: a cold load; later runs reopen it warm). Prints, in one table, p50 and p95 of: the
domain's listing for a tag click (the baseline), an outlet click and a date range; the counts
that follow (today's tag counts, and those with the outlet counts and the timeline added); the
same clicks in the real window, to the list painted and to counts and timeline updated; and
memory per article before and after the coverage columns are built.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from typing_extensions import override

from benchmarks.generate import ensure_corpus
from benchmarks.run import percentile
from reader.domain.library.library import Library
from reader.domain.library.query import Query, SortOrder
from reader.domain.loading.folder import load_folder
from reader.domain.store.cache import ArticleCache
from reader.domain.text.parser import read_article

Rows = list[tuple[str, str, str, str]]


def _queries(library: Library) -> dict[str, list[Query]]:
    """Return the clicks timed: three frequent and three rare tags and outlets, and ranges."""
    tags = library.tag_counts()
    outlets = [(name, count) for name, count in library.source_counts() if name]
    span = library.date_span()
    assert span is not None
    years = range(span[0].year, span[1].year + 1)
    middle = years[len(years) // 2]
    return {
        "tag click (baseline)": [Query(include=(tag,)) for tag, _ in tags[:3]]
        + [Query(include=(tag,)) for tag, count in tags if 3 <= count <= 10][:3],
        "outlet click": [Query(sources=(name,)) for name, _ in outlets[:3]]
        + [Query(sources=(name,)) for name, _ in outlets[-3:]],
        "date range": [
            Query(date_from=date(middle, 1, 1), date_to=date(middle, 12, 31)),
            Query(date_from=date(middle, 3, 1), date_to=date(middle, 3, 31)),
            Query(date_from=date(years[0], 1, 1), date_to=date(middle, 6, 30)),
        ],
    }


def _timed(action: Callable[[], object], repeats: int, before: Callable[[], None]) -> list[float]:
    """Return the seconds of each of repeats runs of action, before() run untimed ahead."""
    times = []
    for _ in range(repeats):
        before()
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return times


def _nothing() -> None:
    """Do nothing (no preparation before a timing)."""


def _row(
    name: str, times: list[float], target: str = "", baseline: float = 0.0
) -> tuple[str, str, str, str]:
    """Return a table row: p50, p95, and the p50's ratio to a baseline's p50."""
    p50, p95 = percentile(times, 0.5) * 1000, percentile(times, 0.95) * 1000
    ratio = f"{p50 / baseline:.2f} x" if baseline else ""
    return (name, f"{p50:,.2f} ms", f"{p95:,.2f} ms", ratio or target)


def measure_domain(library: Library, repeats: int, rows: Rows) -> None:
    """The domain's share of a click: listing, then the counts that follow."""
    baseline = 0.0
    for kind, queries in _queries(library).items():
        listed: list[float] = []
        counted: list[float] = []
        today: list[float] = []
        for query in queries:
            ids = library.listing(query, SortOrder.NEWEST)

            def listing(query: Query = query) -> object:
                return library.listing(query, SortOrder.NEWEST)

            def tags(ids: Sequence[int] = ids) -> object:
                return library.tag_facets(ids)

            def added(ids: Sequence[int] = ids) -> object:
                return library.outlet_facets(ids), library.timeline(ids)

            added()  # once untimed: the columns are built on first use, not per click

            listed += _timed(listing, repeats, library.forget_results)
            today += _timed(tags, repeats, _nothing)
            counted += _timed(added, repeats, _nothing)
        if not baseline:
            baseline = percentile(listed, 0.5) * 1000
        rows.append(_row(f"domain: {kind}, listing", listed, baseline=baseline))
        rows.append(_row(f"domain: {kind}, tag counts (today)", today))
        rows.append(_row(f"domain: {kind}, outlet counts + timeline (added)", counted))


def measure_window(folder: Path, repeats: int, rows: Rows) -> None:
    """The same clicks in the real window: to the list painted, and to everything updated."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QSettings, QTimer
    from PySide6.QtWidgets import QTableView

    from reader.app import create_application, create_window

    app = create_application(["benchmark"])
    with tempfile.TemporaryDirectory() as config:
        settings = QSettings(str(Path(config) / "bench.ini"), QSettings.Format.IniFormat)
        window = create_window(folder, settings=settings)
        window.resize(1400, 860)
        loop = QEventLoop()
        window.loadFinished.connect(loop.quit)
        QTimer.singleShot(3_600_000, loop.quit)
        window.show()
        loop.exec()
        controller = window.query_controller
        library = window.library
        view = window.findChild(QTableView, "articleList")
        assert isinstance(view, QTableView)
        painted: list[float] = []

        class PaintClock(QObject):
            """Notes when the article list has painted after a click."""

            @override
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint and not painted:
                    assert isinstance(view, QTableView)
                    view.viewportEvent(event)  # paint now, to know when it ends
                    painted.append(time.perf_counter())
                    return True
                return False

        clock = PaintClock()
        view.viewport().installEventFilter(clock)
        baseline = 0.0
        for kind, queries in _queries(library).items():
            listed: list[float] = []
            settled: list[float] = []
            for _ in range(repeats):
                for query in queries:
                    for step in (query, Query()):
                        library.forget_results()
                        app.processEvents()
                        painted.clear()
                        start = time.perf_counter()
                        controller._set_query(step)  # what a click leads to
                        app.processEvents()
                        app.processEvents()
                        end = time.perf_counter()
                        if step == query:
                            listed.append((painted[0] if painted else end) - start)
                            settled.append(end - start)
            if not baseline:
                baseline = percentile(listed, 0.5) * 1000
            rows.append(_row(f"window: {kind}, to list painted", listed, "<= 16 ms", baseline))
            rows.append(_row(f"window: {kind}, to counts and timeline updated", settled))
        window.close()
        app.processEvents()


def measure_memory(folder: Path, n: int, rows: Rows) -> Library:
    """Python allocations per article of a warm open, and what the coverage columns add."""
    gc.collect()
    tracemalloc.start()
    start = tracemalloc.get_traced_memory()[0]
    library = load_folder(folder, read_article, cache=ArticleCache.open(folder))
    library.tag_counts()
    library.sort(library.ids(), SortOrder.NEWEST)
    before = tracemalloc.get_traced_memory()[0]
    library.outlet_facets()
    library.timeline()
    library.listing(Query(sources=("x",)), SortOrder.NEWEST)
    after = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    rows.append(
        ("memory per article: warm open (before)", f"{(before - start) / n:,.1f} B", "", "")
    )
    rows.append(("memory per article: coverage columns added", f"{(after - before) / n:,.1f} B",
                 "", "<= 50 B"))  # fmt: skip
    return library


def main() -> None:
    """Run the measurements and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000, help="how many articles")
    parser.add_argument("--repeats", type=int, default=5, help="repeats of each timing")
    parser.add_argument("--no-window", action="store_true", help="only the domain's figures")
    args = parser.parse_args()
    folder = ensure_corpus(Path(tempfile.gettempdir()) / f"bench-{args.n}", args.n)
    rows: Rows = []
    library = measure_memory(folder, args.n, rows)
    print("done: memory", file=sys.stderr)
    measure_domain(library, args.repeats, rows)
    print("done: domain", file=sys.stderr)
    del library
    if not args.no_window:
        measure_window(folder, args.repeats, rows)
    print(f"\n{args.n:,} articles, p50 and p95 of {args.repeats} repeats of each click\n")
    print("| figure | p50 | p95 | p50 vs tag click / target |")
    print("|---|---:|---:|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()
