"""The analysis benchmark: word lists and a concordance's first screen at scale, with baselines.

    XDG_CACHE_HOME=/tmp/cache-analysis python -m benchmarks.analysis --n 100000

Opens the generated corpus through its cache (the first run parses it: use a cache folder of
your own, and the second run reopens it warm), counts every article's words once (the
background preparation the window does after a load; reported, then kept in the cache), and
prints medians side by side with a plain-Python baseline measured in the same run:

- the word list of a 1,000-article result (a tag with about 1,000 articles), against summing
  each article's word Counter, decoded from the cache;
- the word list of the whole folder, against summing the stored per-article counts in Python;
- a concordance's first screen (100 lines) for a word with about 10,000 hits, against
  building every line of it before showing any.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.generate import ensure_corpus
from reader.domain.analysis.concordance import article_hits
from reader.domain.analysis.word_list import folder_totals, word_list
from reader.domain.library.library import Library
from reader.domain.library.query import Query, SortOrder
from reader.domain.loading.folder import load_folder
from reader.domain.loading.workers import default_workers
from reader.domain.store.article_codec import decode_article
from reader.domain.store.cache import ArticleCache
from reader.domain.store.word_index import WordIndex, article_spellings


def median_seconds(run: Callable[[], object], repeats: int) -> float:
    """Return the median wall time of run over some repeats."""
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def row(name: str, value: float, baseline: float, target: str) -> None:
    """Print one line of the table: ours, the baseline, the ratio, the target."""
    print(
        f"{name:<44} {value * 1000:>10.1f} ms {baseline * 1000:>12.1f} ms"
        f" {baseline / value if value else 0:>8.1f}x  {target}"
    )


def tag_near(library: Library, size: int) -> str:
    """Return the tag whose article count is nearest to size."""
    counts = library.tag_counts()
    return min(counts, key=lambda pair: abs(pair[1] - size))[0]


def main() -> None:
    """Measure and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    folder = ensure_corpus(Path(f"/tmp/bench-{args.n}"), args.n)
    started = time.perf_counter()
    cache = ArticleCache.open(folder)
    library = load_folder(folder, cache=cache, workers=default_workers())
    print(f"{len(library)} articles opened in {time.perf_counter() - started:.1f} s")
    index = WordIndex(cache)
    started = time.perf_counter()
    folder_totals(index)
    print(
        f"word counts prepared (once, kept in the cache) in {time.perf_counter() - started:.1f} s"
    )
    keys = library.snapshot().keys

    tag = tag_near(library, 1000)
    ids = library.select(Query(include=(tag,)))
    result = [keys[i] for i in ids]
    print(f"result: tag {tag!r}, {len(result)} articles")
    print(f"{'figure':<44} {'ours':>13} {'baseline':>15} {'ratio':>9}  target")

    def plain_result() -> Counter[str]:
        total: Counter[str] = Counter()
        for _key, blob in cache.connections.select("SELECT id, article FROM files", result):
            total.update(article_spellings(decode_article(blob, "")))
        return total

    ours = median_seconds(lambda: word_list(index, result).by_frequency(), args.repeats)
    base = median_seconds(plain_result, args.repeats)
    row(f"word list, {len(result)}-article result, sorted", ours, base, "< 100 ms")

    def plain_folder() -> Counter[int]:
        total: Counter[int] = Counter()
        for chunk in index.all_counts():
            total.update(dict(zip(chunk.spellings.tolist(), chunk.counts.tolist(), strict=True)))
        return total

    ours = median_seconds(lambda: word_list(index, None).by_frequency(), args.repeats)
    base = median_seconds(plain_folder, 1)
    row(f"word list, whole folder ({len(library)}), sorted", ours, base, "< 2 s")

    words = word_list(index, None)
    target_hits = 10_000
    word = min(range(len(words)), key=lambda i: abs(int(words.counts[i]) - target_hits))
    search = words.words[word]
    listed = library.listing(Query(search=search), SortOrder.NEWEST)

    from PySide6.QtGui import QGuiApplication

    from reader.models.concordance_model import ConcordanceModel

    application = QGuiApplication.instance() or QGuiApplication([])
    model = ConcordanceModel()

    def first_screen() -> None:
        library.forget_results()
        model.set_source(library, library.listing(Query(search=search), SortOrder.NEWEST), search)

    def every_line() -> int:
        library.forget_results()
        lines = 0
        for article_id in library.listing(Query(search=search), SortOrder.NEWEST):
            article = library.article(article_id)
            if article is not None:
                lines += len(article_hits(article, search))
        return lines

    ours = median_seconds(first_screen, args.repeats)
    base = median_seconds(every_line, 1)
    hits = every_line()
    row(f"concordance first screen, {search!r} ({hits} hits)", ours, base, "< 100 ms")
    print(f"({len(listed)} articles hold {search!r}; first screen = {model.rowCount()} lines)")
    del application
    cache.close()


if __name__ == "__main__":
    main()
