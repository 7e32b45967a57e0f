"""Search latency per query form at scale, beside the plain word search as it was, same run.

For each form (a common word, a rare word, a phrase, an OR, a three-letter prefix, a field,
an exclusion, a NOT alone) it times what a keystroke costs before the list paints: the
library's listing (FTS5 query, keys to ids, the newest-first order), as the query controller
asks for it, with the memo of searches and listings dropped each time; and the snippets of
a screenful of rows (the list's first paint).

The baseline is the index and query as they were before the syntax (one column of distinct
folded words, detail=none, every word behind its proclitics): built once from the cache's
stored articles into a file beside the corpus, then asked through the same listing.

    XDG_CACHE_HOME=/tmp/cache-w16 python -m benchmarks.query_forms --n 100000
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from reader.domain.library.library import Library
from reader.domain.library.query import Query, SortOrder
from reader.domain.loading.pipeline import load_folder_batches
from reader.domain.store.article_codec import decode_article
from reader.domain.store.cache import ArticleCache
from reader.domain.store.query_search import Keys, keys_of
from reader.domain.store.search_words import searchable_texts
from reader.domain.text.arabic import folded_words
from reader.domain.text.search import match_expression, query_words, snippet

BASELINE_WORDS = ("الصين", "الرئيس", "نيويورك")
FORMS = (
    ("common word", "الرئيس"),
    ("rare word", "نيويورك"),
    ("phrase", '"الشرق الأوسط"'),
    ("OR of two words", "الصين OR روسيا"),
    ("prefix of three letters", "مست*"),
    ("field", "source:الوفد"),
    ("field phrase", 'title:"الأمم المتحدة"'),
    ("exclusion", "الصين -روسيا"),
    ("NOT alone", "-الرئيس"),
    ("typing: last word as prefix", "الشرق الأو*"),
)
# Rows a list shows at once: what a first paint asks snippets for.
SCREENFUL = 30


def load(folder: Path) -> Library:
    """Load the folder through its cache (warm after the first run)."""
    cache = ArticleCache.open(folder)
    library = Library(cache)
    for batch in load_folder_batches(folder, cache):
        library.add_batch(batch)
    library.apply_vocabulary()
    return library


def old_index(library: Library, path: Path) -> sqlite3.Connection:
    """Return the search index as it was before the syntax, built once into path."""
    connection = sqlite3.connect(path)
    connection.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS old_index USING fts5 ("
        "words, content='', detail=none, tokenize=\"ascii tokenchars '_'\")"
    )
    if connection.execute("SELECT count(*) FROM old_index_docsize").fetchone()[0]:
        return connection
    assert library.cache.path is not None
    cache = sqlite3.connect(library.cache.path)
    with connection:
        for key, blob in cache.execute("SELECT id, article FROM files"):
            texts = "\n".join(searchable_texts(decode_article(blob, "")))
            words = " ".join(dict.fromkeys(folded_words(texts)))
            connection.execute("INSERT INTO old_index (rowid, words) VALUES (?, ?)", (key, words))
    return connection


def old_search(connection: sqlite3.Connection) -> Callable[[Sequence[str]], Keys]:
    """Return a stand-in for ArticleCache.search that asks the old index for plain words."""

    def search(queries: Sequence[str]) -> Keys:
        words = [word for query in queries for word in query_words(query)]
        (found,) = connection.execute(
            "SELECT group_concat(rowid) FROM old_index WHERE old_index MATCH ?",
            (match_expression(words),),
        ).fetchone()
        return keys_of(found)

    return search


def percentile(values: list[float], fraction: float) -> float:
    """Return the value below which fraction of values lie (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def time_search(library: Library, text: str, repeats: int) -> tuple[list[float], int]:
    """Return the seconds of each listing of a search (what a keystroke asks the library for:
    select and newest-first order), and how many it finds."""
    times = []
    found = 0
    for _ in range(repeats):
        library.forget_results()
        start = time.perf_counter()
        found = len(library.listing(Query(search=text), SortOrder.NEWEST))
        times.append(time.perf_counter() - start)
    return times, found


def time_snippets(library: Library, text: str) -> tuple[float, float]:
    """Return the seconds to make the snippets of the first screenful of a search's rows,
    the first time (articles decoded from the cache) and again (from its memo)."""
    ids = library.listing(Query(search=text), SortOrder.NEWEST)[:SCREENFUL]
    times = []
    for _ in range(2):
        start = time.perf_counter()
        for article_id in ids:
            article = library.article(article_id)
            if article is not None:
                snippet(article.body, text)
        times.append(time.perf_counter() - start)
    return times[0], times[1]


def main() -> None:
    """Print p50 and p95 per form, with the ratio to the plain word search."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000, help="how many articles")
    parser.add_argument("--repeats", type=int, default=30, help="repeats of each timing")
    parser.add_argument("--folder", type=Path, help="corpus folder (default /tmp/bench-N)")
    args = parser.parse_args()
    folder = args.folder or Path(f"/tmp/bench-{args.n}")
    start = time.perf_counter()
    library = load(folder)
    print(f"{len(library)} articles loaded in {time.perf_counter() - start:.1f} s")
    old = old_index(library, folder.with_name(folder.name + "-w16-old-index.sqlite3"))
    print(f"{'form':38} {'query':24} {'found':>7} {'p50 ms':>8} {'p95 ms':>8} {'x base':>7}")
    base = {}
    for word in BASELINE_WORDS:
        new_search = library.cache.search
        library.cache.search = old_search(old)  # type: ignore[method-assign,assignment]
        try:
            times, found = time_search(library, word, args.repeats)
        finally:
            library.cache.search = new_search  # type: ignore[method-assign]
        base[word] = statistics.median(times)
        print(
            f"{'baseline: word, index as before':38} {word:24} {found:7} "
            f"{base[word] * 1000:8.1f} {percentile(times, 0.95) * 1000:8.1f} {1:7.2f}"
        )
    for name, text in (*(("word, new index", w) for w in BASELINE_WORDS), *FORMS):
        times, found = time_search(library, text, args.repeats)
        p50 = statistics.median(times)
        ratio = f"{p50 / base[text]:7.2f}" if text in base else f"{p50 / base['الصين']:7.2f}"
        print(
            f"{name:38} {text:24} {found:7} {p50 * 1000:8.1f} "
            f"{percentile(times, 0.95) * 1000:8.1f} {ratio}"
        )
    print(f"{'snippets of a screenful':38} {'query':24} {'rows':>7} {'1st ms':>8} {'2nd ms':>8}")
    for text in ("الصين", FORMS[2][1], FORMS[4][1]):
        first, again = time_snippets(library, text)
        print(f"{'':38} {text:24} {SCREENFUL:7} {first * 1000:8.1f} {again * 1000:8.1f}")


if __name__ == "__main__":
    main()
