"""Follow-ups benchmark: what a search's follow-ups compute, before and after issue 18's fixes.

    XDG_CACHE_HOME=/tmp/cache-mine python -m benchmarks.follow_ups --n 100000 --repeats 10

Loads /tmp/bench-N through its cache (warm after a first run) and, for each phrase the
window benchmark pastes and each word it types (from the fourth round on), times on its result
what follows in the window: the tag facets, the timeline, and the highlight of one article
plus the snippets of a screenful. Each runs as the
reader does it ("after") and with the plain computation it replaced ("before", kept below and
put back in its place), the two in turns; a figure is the p50 / p95 over phrases x repeats.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import contextmanager, nullcontext
from datetime import date
from itertools import chain
from pathlib import Path
from typing import Any

import numpy as np

from benchmarks.query_forms import SCREENFUL, load, percentile
from benchmarks.window_child import PASTED, TYPED
from reader.domain.library import coverage, tag_index
from reader.domain.library.id_arrays import id_array
from reader.domain.library.library import Library
from reader.domain.library.periods import IntArray, Period, period_end
from reader.domain.library.query import Query, SortOrder, TagFacets
from reader.domain.text import search
from reader.domain.text.arabic import RAW_WORD_RE, WORD_RE, fold, proclitic_variants
from reader.domain.text.query_syntax import match_form, positive_terms, read_query


def plain_facets(self: tag_index.TagIndex, counts: tag_index.Counts) -> TagFacets:
    """The order before: a lexsort of the counts and the folded-key ranks."""
    present = np.flatnonzero(counts)
    ranks = self._alphabetical_ranks()[present]
    order = present[np.lexsort((ranks, -counts[present]))]
    return TagFacets(
        order=order.tolist(),
        counts=counts.tolist(),
        names=self.names,
        keys=self.keys,
        members=self.members,
        ids_by_key=self.id_of_key,
    )


def plain_counts(
    self: tag_index.TagIndex, tags: Sequence[tuple[int, ...]], ids: Collection[int]
) -> tag_index.Counts:
    """The counts before: over the flat column, however many of the articles ids are."""
    if len(ids) < tag_index._COUNTED_ON_FLAT:
        carried = np.fromiter(chain.from_iterable(map(tags.__getitem__, ids)), dtype=np.int32)
    else:
        lengths, flat = self._flat_tags(tags)
        chosen = np.zeros(lengths.size, dtype=bool)
        chosen[id_array(ids)] = True
        carried = flat[np.repeat(chosen, lengths)]
    return np.bincount(carried, minlength=len(self.keys))


def plain_count_periods(days: IntArray, starts: list[date], by: Period) -> list[int]:
    """The timeline's count before: a binary search for each article's period."""
    if not starts:
        return []
    edges = np.fromiter((start.toordinal() for start in starts), np.int64, len(starts))
    last = period_end(starts[-1], by).toordinal()
    inside = days[(days >= edges[0]) & (days <= last)]
    slots = np.searchsorted(edges, inside, side="right") - 1
    counted: list[int] = np.bincount(slots, minlength=len(starts)).tolist()
    return counted


def plain_matchers(query: str) -> list[Any]:
    """The matchers before: made again for each paragraph."""
    return [
        search._Matcher(frozenset(proclitic_variants(t.words[0])), t.words[1:], t.prefix,
                        t.words[0][1:] if t.words[0].startswith("ال") else t.words[0])
        for t in positive_terms(read_query(query).tree)
    ]  # fmt: skip


def plain_hits(text: str, matchers: Sequence[Any]) -> Iterator[tuple[int, int]]:
    """The hits before: every word folded alone, every word tried as a start."""
    if not matchers:
        return
    folded = match_form(fold(text))
    if not any(matcher.core in folded for matcher in matchers):
        return
    spans: list[tuple[int, int]] = []
    words: list[str] = []
    for match in RAW_WORD_RE.finditer(text):
        for word in WORD_RE.findall(fold(match.group())):
            spans.append(match.span())
            words.append(match_form(word))
    at = 0
    while at < len(words):
        length = max(matcher.length_at(words, at) for matcher in matchers)
        if length:
            yield spans[at][0], spans[at + length - 1][1]
            at += length
        else:
            at += 1


# Each row: its name, and the plain functions put back for "before" (module, name, function).
PLAIN: dict[str, list[tuple[Any, str, Callable[..., Any]]]] = {
    "tag facets (counts and order)": [(tag_index.TagIndex, "_facets", plain_facets)],
    "tag counts, over most articles: those left out": [
        (tag_index.TagIndex, "_counts", plain_counts)
    ],
    "timeline (result and folder)": [(coverage, "count_periods", plain_count_periods)],
    "highlight + snippets of a screenful": [
        (search, "_matchers", plain_matchers),
        (search, "_hits", plain_hits),
    ],
}


@contextmanager
def plain(row: str) -> Iterator[None]:
    """Put the plain computations of a row in place of the fast ones for a while."""
    saved = [(owner, name, getattr(owner, name)) for owner, name, _plain in PLAIN[row]]
    for owner, name, function in PLAIN[row]:
        setattr(owner, name, function)
    try:
        yield
    finally:
        for owner, name, function in saved:
            setattr(owner, name, function)


def follow_up(library: Library, row: str, text: str, ids: Sequence[int]) -> Callable[[], object]:
    """Return the computation of a row on one search's result."""
    if row.startswith("tag"):
        return lambda: library.tag_facets(ids)
    if row.startswith("timeline"):
        return lambda: library.timeline(ids)
    # Decoded once, as the window's memo has them after the first paint.
    shown = [article for i in ids[:SCREENFUL] if (article := library.article(i)) is not None]

    def highlight_and_snippets() -> None:
        for article in shown:
            search.snippet(article.body, text)
        for paragraph in shown[0].body if shown else ():
            search.match_spans(paragraph, text)

    return highlight_and_snippets


def main() -> None:
    """Print before and after per row, p50 / p95 in ms, with the ratio of the p50s."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000, help="how many articles")
    parser.add_argument("--repeats", type=int, default=10, help="repeats of each timing")
    args = parser.parse_args()
    library = load(Path(f"/tmp/bench-{args.n}"))
    texts = (*PASTED, *TYPED)
    results = {text: library.listing(Query(search=text), SortOrder.NEWEST) for text in texts}
    print(f"{len(library)} articles; results of {min(map(len, results.values()))}"
          f"-{max(map(len, results.values()))} articles")  # fmt: skip
    print(f"{'follow-up':40} {'before p50/p95 ms':>18} {'after p50/p95 ms':>18} {'x':>6}")
    for row in PLAIN:
        times: dict[bool, list[float]] = {True: [], False: []}
        for _ in range(args.repeats):
            for text, ids in results.items():
                compute = follow_up(library, row, text, ids)
                for is_plain in (True, False):
                    with plain(row) if is_plain else nullcontext():
                        start = time.perf_counter()
                        compute()
                        times[is_plain].append(time.perf_counter() - start)
        cells = [
            f"{percentile(times[p], 0.5) * 1000:7.2f} / {percentile(times[p], 0.95) * 1000:7.2f}"
            for p in (True, False)
        ]
        ratio = percentile(times[True], 0.5) / percentile(times[False], 0.5)
        print(f"{row:40} {cells[0]:>18} {cells[1]:>18} {ratio:6.2f}")


if __name__ == "__main__":
    main()
