"""Frequent-words benchmark: searches with FTS5 alone and with the frequent words' bitmaps.

    XDG_CACHE_HOME=/tmp/cache-mine python -m benchmarks.frequent_terms --n 100000

Loads /tmp/bench-N through its cache (warm after a first run), builds the bitmaps of its
frequent words anew (store/frequent_terms.py; --keep reads the stored ones) and times each
query of the window benchmark's pastes and of other shapes both ways, in turns, checking that
both find the same articles; a figure is the p50 / p95 over the repeats.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy as np

from benchmarks.query_forms import load, percentile
from benchmarks.window_child import PASTED
from reader.domain.store.frequent_terms import keep_frequent_terms

# Other shapes: one word in every article, NOT, OR, a phrase, a field, a prefix.
OTHERS = (
    "الرئيس",
    "الصين -روسيا",
    "-الرئيس الصين",
    "الصين OR روسيا",
    '"الشرق الأوسط" الصين',
    "title:الصين الحكومة",
    "مست* الحكومة",
)


def main() -> None:
    """Print the build, the bitmaps' size, and each query's time both ways with their ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000, help="how many articles")
    parser.add_argument("--repeats", type=int, default=10, help="repeats of each timing")
    parser.add_argument("--keep", action="store_true", help="read the stored bitmaps")
    args = parser.parse_args()
    library = load(Path(f"/tmp/bench-{args.n}"))
    cache = library.cache
    if not args.keep:
        with cache.connections.transaction() as db:
            db.execute("DELETE FROM meta WHERE key = 'frequent_terms'")
    start = time.perf_counter()
    terms = keep_frequent_terms(cache)
    seconds = time.perf_counter() - start
    assert terms is not None
    size = sum(bits.nbytes for bits in terms.bits.values())
    verb = "read" if args.keep else "built"
    print(f"{len(library)} articles; {len(terms.bits)} frequent words {verb} in {seconds:.2f} s,"
          f" {size / 1e6:.1f} MB")  # fmt: skip
    print(f"{'query':32} {'found':>7} {'FTS5 p50/p95 ms':>17} {'bitmaps p50/p95 ms':>19} {'x':>6}")
    for query in (*PASTED, *OTHERS):
        times: dict[bool, list[float]] = {False: [], True: []}
        found = {}
        for _ in range(args.repeats):
            for with_bits in (False, True):
                start = time.perf_counter()
                found[with_bits] = cache.search((query,), terms if with_bits else None)
                times[with_bits].append(time.perf_counter() - start)
        assert np.array_equal(found[False], found[True]), query
        cells = [
            f"{percentile(times[b], 0.5) * 1000:6.1f} / {percentile(times[b], 0.95) * 1000:6.1f}"
            for b in (False, True)
        ]
        ratio = percentile(times[False], 0.5) / percentile(times[True], 0.5)
        print(f"{query:32} {found[True].size:7} {cells[0]:>17} {cells[1]:>19} {ratio:6.2f}")
    cache.close()


if __name__ == "__main__":
    main()
