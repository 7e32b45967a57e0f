"""What grouping copies adds to the window's work at 100,000 articles, beside the same work
without grouping, in one run: the listing and its collapse to one row per story, the sidebar's
tag and outlet counts and the timeline over the stories, and mapping the cache's groups onto
the library after a load (on the UI thread).

    python -m benchmarks.copies_window [FOLDER] [--cache DIR] [--repeat N]

The folder is loaded through a cache folder of its own (a first run parses it cold); the
groups come from update_copy_groups on it, as the loader's thread finds them.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from reader.domain.copies.groups import CopyGroups
from reader.domain.copies.library import library_copy_groups
from reader.domain.copies.update import update_copy_groups
from reader.domain.library.library import Library
from reader.domain.library.query import Query, SortOrder
from reader.domain.loading.folder import load_folder
from reader.domain.loading.workers import default_workers
from reader.domain.store.cache import ArticleCache


def median_ms(work: Callable[[], object], repeat: int) -> float:
    """Return the median milliseconds of repeat runs of work."""
    times = []
    for _run in range(repeat):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def rows(library: Library, groups: CopyGroups, repeat: int) -> list[tuple[str, float, float]]:
    """Return (what, milliseconds without grouping, milliseconds with it) per piece of work."""
    everything = Query()
    facets = library.tag_facets()
    tagged = Query(include=(facets.names[facets.order[0]],))
    listed = library.listing(everything, SortOrder.NEWEST)
    stories = groups.collapse(listed)
    narrow = library.listing(tagged, SortOrder.NEWEST)
    narrow_stories = groups.collapse(narrow)
    work: list[tuple[str, Callable[[], object], Callable[[], object]]] = [
        (
            "list all",
            lambda: library.listing(everything, SortOrder.NEWEST),
            lambda: groups.collapse(library.listing(everything, SortOrder.NEWEST)),
        ),
        (
            "list one tag",
            lambda: library.listing(tagged, SortOrder.NEWEST),
            lambda: groups.collapse(library.listing(tagged, SortOrder.NEWEST)),
        ),
        ("tag counts, all", library.tag_facets, lambda: library.tag_facets(stories)),
        (
            "tag counts, one tag",
            lambda: library.tag_facets(narrow),
            lambda: library.tag_facets(narrow_stories),
        ),
        ("outlet counts, all", library.outlet_facets, lambda: library.outlet_facets(stories)),
        ("timeline, all", library.timeline, lambda: library.timeline(stories)),
    ]
    return [
        (name, median_ms(plain, repeat), median_ms(grouped, repeat))
        for name, plain, grouped in work
    ]


def main(argv: Sequence[str] | None = None) -> None:
    """Load the folder, find its copies, and print the rows side by side."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", nargs="?", type=Path, default=Path("/tmp/bench-100000"))
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args(argv)
    cache = ArticleCache.open(args.folder, args.cache)
    started = time.perf_counter()
    library = load_folder(args.folder, cache=cache, workers=default_workers())
    load_s = time.perf_counter() - started
    started = time.perf_counter()
    by_key = update_copy_groups(cache, workers=default_workers())
    update_s = time.perf_counter() - started
    map_ms = median_ms(lambda: library_copy_groups(library, by_key), args.repeat)
    groups = library_copy_groups(library, by_key)
    if not len(groups):
        # The generated corpus has no copies: stand-in groups of three neighbouring ids over
        # a third of the folder make the grouped work do what a crawl's copies would.
        ids = list(library.ids())[: len(library) // 3]
        groups = CopyGroups(ids[start : start + 3] for start in range(0, len(ids), 3))
        print("no copies found: stand-in groups of 3 over a third of the articles")
    print(f"{len(library)} articles, {len(groups)} groups of {groups.member_count} copies")
    print(f"load {load_s:.1f} s, update_copy_groups {update_s:.2f} s (loader's thread)")
    print(f"map the groups onto the library (UI thread): {map_ms:.1f} ms")
    print(f"{'work':<22}{'articles ms':>13}{'stories ms':>13}{'ratio':>8}")
    for name, plain, grouped in rows(library, groups, args.repeat):
        print(f"{name:<22}{plain:>13.2f}{grouped:>13.2f}{grouped / plain:>8.2f}")
    cache.close()


if __name__ == "__main__":
    main()
