"""The scale benchmark: load, reopen, search and filter N generated articles; print one table.

    python -m benchmarks.run --n 100000

Generates the corpus into /tmp/bench-N (kept for the next run), points XDG_CACHE_HOME at a
fresh temporary folder so that "cold" means an empty cache, and prints medians of several
repeats with their ratio to the floor (every file's bytes read with os.open/os.read in one
process). Each figure comes from one function taking the shared Bench, listed in SECTIONS;
the window's figures come from benchmarks/gui.py.
"""

from __future__ import annotations

import argparse
import gc
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.generate import ensure_corpus
from reader.domain.library.library import Library
from reader.domain.library.query import Query, SortOrder
from reader.domain.loading.pipeline import load_folder_batches
from reader.domain.loading.scan import scan_folder
from reader.domain.problems import describe
from reader.domain.store.cache import ArticleCache

SEARCHES = ("الرئيس", "الصين", "والحكومة", "القرار", "الشرق الأوسط", "نيويورك", "بالطاقة المياه")


@dataclass
class Row:
    """One line of the table: a figure, its value, and what it is compared with."""

    name: str
    value: float
    unit: str
    ratio: str = ""
    target: str = ""


@dataclass
class Bench:
    """What the measurements share: the corpus, the cache folder, the floor, the results."""

    folder: Path
    n: int
    repeats: int
    cache_root: Path
    workers: int
    floor: float = 0.0
    library: Library | None = None
    rows: list[Row] = field(default_factory=list)

    def add(self, name: str, seconds: float, target: str = "", vs_floor: bool = True) -> None:
        """Add a timing in milliseconds, with its ratio to the floor."""
        ratio = f"{seconds / self.floor:.2f} x floor" if vs_floor and self.floor else ""
        self.rows.append(Row(name, seconds * 1000, "ms", ratio, target))

    def fresh_cache_dir(self) -> Path:
        """Return an empty cache folder (the cold start)."""
        path = Path(tempfile.mkdtemp(prefix="cache-", dir=self.cache_root))
        os.environ["XDG_CACHE_HOME"] = str(path)
        return path / "arabic-news-reader"


def median(values: list[float]) -> float:
    """Return the median."""
    return statistics.median(values)


def percentile(values: list[float], fraction: float) -> float:
    """Return the value below which the given fraction of values lie (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(fraction * len(ordered)) - 1))]


@contextmanager
def timer(into: list[float]) -> Iterator[None]:
    """Append the seconds the block took to into."""
    start = time.perf_counter()
    yield
    into.append(time.perf_counter() - start)


def read_all_bytes(paths: list[str]) -> int:
    """Read every file with os.open/os.read, as the floor does; return the bytes read."""
    total = 0
    for path in paths:
        descriptor = os.open(path, os.O_RDONLY)
        try:
            while chunk := os.read(descriptor, 1 << 16):
                total += len(chunk)
        finally:
            os.close(descriptor)
    return total


def measure_floor(bench: Bench) -> None:
    """The floor: every file's bytes read in one process (the listing not included)."""
    paths = [path for path, _size, _mtime in scan_folder(bench.folder)]
    read_all_bytes(paths)  # into the page cache
    times: list[float] = []
    for _ in range(max(3, bench.repeats)):
        with timer(times):
            read_all_bytes(paths)
    bench.floor = median(times)
    bench.add("floor: read every file (os.open/os.read)", bench.floor)
    listing: list[float] = []
    for _ in range(3):
        with timer(listing):
            scan_folder(bench.folder)
    bench.add("  listing the folder with stats (scan_folder)", median(listing))


def load(bench: Bench, cache_dir: Path) -> tuple[Library, dict[str, float]]:
    """Load the folder through the cache as the window does; return the library and the
    seconds to the first rows, to 1,000 rows, to all rows listed, to every row complete (the
    last file parsed), and to the end of the load (tags regrouped, search ready)."""
    start = time.perf_counter()
    times: dict[str, float] = {}
    cache = ArticleCache.open(bench.folder, cache_dir)
    library = Library(cache)
    for batch in load_folder_batches(bench.folder, cache, workers=bench.workers):
        library.add_batch(batch)
        if "shown" not in times and len(library):
            times["shown"] = time.perf_counter() - start
        if "first" not in times and len(library) >= min(1000, bench.n):
            times["first"] = time.perf_counter() - start
        if "listed" not in times and len(library) >= bench.n:
            times["listed"] = time.perf_counter() - start
    times["complete"] = time.perf_counter() - start
    library.apply_vocabulary()
    library.select(Query(search="الرئيس"))
    times["ready"] = time.perf_counter() - start
    if cache.warnings:
        print("cache warnings:", *map(describe, cache.warnings), sep="\n  ", file=sys.stderr)
    return library, times


def measure_cold_and_warm(bench: Bench) -> None:
    """Cold load (empty cache) and warm reopen (cache present)."""
    names = ("shown", "first", "listed", "complete", "ready")
    cold: dict[str, list[float]] = {name: [] for name in names}
    warm: dict[str, list[float]] = {name: [] for name in names}
    cold_repeats = max(1, bench.repeats // 2) if bench.n >= 50_000 else bench.repeats
    cache_dir = bench.fresh_cache_dir()
    for _ in range(cold_repeats):
        cache_dir = bench.fresh_cache_dir()
        _library, times = load(bench, cache_dir)
        for name, value in times.items():
            cold[name].append(value)
        del _library
        gc.collect()
    bench.add("cold load: first rows listed", median(cold["shown"]))
    bench.add("cold load: first 1,000 rows", median(cold["first"]))
    listed = median(cold["listed"])
    bench.add("cold load: all rows listed (headline, date)", listed, "<= 3 x floor")
    bench.add("cold load: all rows complete (source, tags)", median(cold["complete"]))
    bench.add("cold load: search index ready", median(cold["ready"]), "<= 8 x floor")
    library = None
    for _ in range(bench.repeats):
        library = None
        gc.collect()
        library, times = load(bench, cache_dir)
        for name, value in times.items():
            warm[name].append(value)
    bench.add("warm reopen: all rows listed", median(warm["listed"]), "<= 1 x floor")
    bench.add("warm reopen: files checked, load done", median(warm["ready"]))
    bench.library = library
    size = sum(f.stat().st_size for f in cache_dir.glob("*"))
    bench.rows.append(Row("cache database size per article", size / bench.n, "bytes"))


def measure_search(bench: Bench) -> None:
    """Search latency: select() with search words, then the newest-first sort of the result."""
    library = _library(bench)
    times: list[float] = []
    for _ in range(max(5, bench.repeats)):
        for text in SEARCHES:
            library.forget_results()
            with timer(times):
                library.sort(library.select(Query(search=text)), SortOrder.NEWEST)
    bench.add("search p50 (select + sort)", percentile(times, 0.5), vs_floor=False)
    bench.add("search p95 (select + sort)", percentile(times, 0.95), "<= 50 ms", vs_floor=False)


def _tag_queries(library: Library) -> list[Query]:
    """Return tag clicks: the most used tags, tags used a few times, and clearing."""
    counts = library.tag_counts()
    frequent = [tag for tag, _count in counts[:3]]
    rare = [tag for tag, count in counts if 3 <= count <= 10][:3]
    queries = [Query(include=(tag,)) for tag in frequent + rare]
    queries.append(Query(include=(frequent[0], frequent[1])))
    queries.append(Query(include=(frequent[0],), exclude=(frequent[1],)))
    queries.append(Query(include=(rare[0],), exclude=(frequent[0],)))
    queries.append(Query())
    return queries


def _kind(query: Query, frequent: set[str]) -> str:
    """Return which kind of click a query stands for."""
    if query.is_empty():
        return "clear"
    if set(query.include) & frequent:
        return "frequent tag"
    return "rare tag"


def refresh(library: Library, query: Query) -> int:
    """Do what QueryController.refresh asks of the domain for one query."""
    ids = library.select(query)
    library.sort(ids, SortOrder.NEWEST)
    library.tag_facets(None if query.is_empty() else ids)
    return len(ids)


def measure_tags(bench: Bench) -> None:
    """Tag-filter latency at the domain level: select + sort + faceted tag counts."""
    library = _library(bench)
    queries = _tag_queries(library)
    frequent = {tag for tag, _count in library.tag_counts()[:3]}
    refresh(library, Query())  # the cached full counts, as after a load
    times: list[float] = []
    kinds: dict[str, list[float]] = {"frequent tag": [], "rare tag": [], "clear": []}
    for _ in range(max(5, bench.repeats)):
        for query in queries:
            with timer(times):
                refresh(library, query)
            kinds[_kind(query, frequent)].append(times[-1])
    bench.add("tag filter p50 (select + sort + counts)", percentile(times, 0.5), vs_floor=False)
    bench.add("tag filter p95", percentile(times, 0.95), "<= 16 ms (GUI)", vs_floor=False)
    for kind, values in kinds.items():
        bench.add(f"  {kind} p95", percentile(values, 0.95), vs_floor=False)
    # Baseline: what a QSortFilterProxyModel with a Python filterAcceptsRow does per click.
    tag = queries[0].include[0]
    baseline: list[float] = []
    for _ in range(max(5, bench.repeats)):
        with timer(baseline):
            [i for i in library.ids() if tag in library.row(i).tags]
    bench.add("baseline: Python loop over every row, one tag", median(baseline), vs_floor=False)
    ratio = median(baseline) / max(percentile(times, 0.5), 1e-9)
    bench.rows[-1].ratio = f"{ratio:.0f} x tag filter p50"


def measure_rg(bench: Bench) -> None:
    """Baseline: ripgrep over the folder for a tag and for a word, when rg is installed."""
    rg = shutil.which("rg")
    if rg is None:
        bench.rows.append(Row("baseline: rg (not installed)", float("nan"), ""))
        return
    for label, pattern in (("tag", "الرئيس"), ("word", "القرار")):
        times: list[float] = []
        for _ in range(max(3, bench.repeats)):
            with timer(times):
                subprocess.run(
                    [rg, "-l", "-F", pattern, str(bench.folder)], capture_output=True, check=False
                )
        bench.add(f"baseline: rg -l one {label}", median(times))


def measure_memory(bench: Bench) -> None:
    """Memory added per article: traced Python allocations, and resident memory in a child."""
    cache_dir = Path(os.environ["XDG_CACHE_HOME"]) / "arabic-news-reader"
    bench.library = None
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    library = load(bench, cache_dir)[0]
    library.tag_counts()
    library.sort(library.ids(), SortOrder.NEWEST)
    traced = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    bench.rows.append(
        Row("memory per article (tracemalloc)", traced / bench.n, "bytes", target="<= 1024")
    )
    code = (
        "import sys, gc\n"
        "from pathlib import Path\n"
        "from benchmarks.run import rss, Bench, load\n"
        "bench = Bench(Path(sys.argv[1]), int(sys.argv[2]), 1, Path(sys.argv[3]), 1)\n"
        "gc.collect(); before = rss()\n"
        "library = load(bench, Path(sys.argv[3]))[0]\n"
        "library.tag_counts(); gc.collect()\n"
        "print((rss() - before) / bench.n)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(bench.folder), str(bench.n), str(cache_dir)],
        capture_output=True,
        text=True,
        check=True,
    )
    bench.rows.append(
        Row("memory per article (RSS, warm open)", float(result.stdout), "bytes", target="<= 1024")
    )
    bench.library = library


def rss() -> int:
    """Return this process's resident memory in bytes (Linux)."""
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def _library(bench: Bench) -> Library:
    """Return the library the load measurements left."""
    assert bench.library is not None, "run measure_cold_and_warm first"
    return bench.library


def measure_window_load(bench: Bench) -> None:
    """A cold load in the real window, and its stalls (benchmarks/gui.py)."""
    from benchmarks.gui import measure_window_cold_load

    measure_window_cold_load(bench)


def measure_lower_bounds(bench: Bench) -> None:
    """The least work the listing and the search index need (benchmarks/bounds.py)."""
    from benchmarks.bounds import measure_bounds

    measure_bounds(bench)


def measure_gui(bench: Bench) -> None:
    """Tag clicks in the real window and the proxy-model baseline (benchmarks/gui.py)."""
    from benchmarks.gui import measure_window

    measure_window(bench)


SECTIONS: list[Callable[[Bench], None]] = [
    measure_floor,
    measure_cold_and_warm,
    measure_lower_bounds,
    measure_search,
    measure_tags,
    measure_gui,
    measure_window_load,
    measure_memory,
    measure_rg,
]


def print_table(bench: Bench) -> None:
    """Print the results as one Markdown table."""
    print(f"\n{bench.n:,} articles, {bench.workers} worker(s), medians of {bench.repeats}\n")
    print("| figure | value | ratio | target |")
    print("|---|---:|---|---|")
    for row in bench.rows:
        value = f"{row.value:,.1f} {row.unit}" if row.value == row.value else "-"
        print(f"| {row.name} | {value} | {row.ratio} | {row.target} |")


def main() -> None:
    """Run every section and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000, help="how many articles")
    parser.add_argument("--repeats", type=int, default=5, help="repeats of each timing")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--folder", type=Path, help="corpus folder (default /tmp/bench-N)")
    parser.add_argument(
        "--only", nargs="+", metavar="SECTION", help="run only these sections (and the floor)"
    )
    args = parser.parse_args()
    folder = ensure_corpus(args.folder or Path(tempfile.gettempdir()) / f"bench-{args.n}", args.n)
    with tempfile.TemporaryDirectory(prefix="reader-bench-") as cache_root:
        bench = Bench(folder, args.n, args.repeats, Path(cache_root), args.workers)
        for section in SECTIONS:
            if args.only and section is not measure_floor and section.__name__ not in args.only:
                continue
            section(bench)
            print(f"done: {section.__name__}", file=sys.stderr)
        print_table(bench)


if __name__ == "__main__":
    main()
