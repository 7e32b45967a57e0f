"""Syndicated copies: precision and recall on the labelled set, and speed and size at scale.

    python -m benchmarks.copies                 # the labelled set, then 100,000 articles
    python -m benchmarks.copies --n 10000       # a smaller scale run
    python -m benchmarks.copies --labelled-only

The labelled set is tests/data/copies (labels.json: file -> story). Precision and recall are
over pairs of articles: a pair is found when the grouping puts both in one group, and true
when the labels give both one story.

The generated corpus (benchmarks/generate.py) has no copies, so the scale run builds its own
folder, /tmp/bench-copies-N: the first 80 % of /tmp/bench-N's files (hard links), and as many
copies of them as make N files: the same bytes under another name, a new headline, one word
of the body changed, an introductory sentence added, a closing sentence added, in turn. Its
labels are known, so precision and recall are printed for it too. Then, on the same cores
(one worker process per core) and an empty cache: the full parse of the cold folder
(load_folder_batches to its last batch) and the grouping of that cold folder
(update_copy_groups), side by side; a reopen (warm cache) and the grouping on reopen; one
changed file; and the memory the groups keep, per article.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import tempfile
import time
import tracemalloc
from collections.abc import Iterable
from itertools import combinations
from pathlib import Path

from benchmarks.generate import ensure_corpus
from reader.domain.copies.groups import CopyGroups
from reader.domain.copies.library import library_copy_groups
from reader.domain.copies.update import update_copy_groups
from reader.domain.library.library import Library
from reader.domain.loading.pipeline import load_folder_batches
from reader.domain.loading.workers import default_workers
from reader.domain.store.cache import ArticleCache

LABELLED = Path(__file__).resolve().parent.parent / "tests" / "data" / "copies"
INTRO = "وفي هذا السياق، نقلت وكالات الأنباء عن مصادر مطلعة تفاصيل جديدة حول الموضوع اليوم."
CLOSING = "ومن المقرر أن تتابع الجهات المعنية تطورات هذا الملف خلال الأيام المقبلة عن كثب."


def pairs_of(groups: Iterable[Iterable[str]]) -> set[tuple[str, str]]:
    """Return every pair (sorted) of members of the same group."""
    return {pair for group in groups for pair in combinations(sorted(group), 2)}


def precision_recall(found: Iterable[Iterable[str]], labels: dict[str, str]) -> tuple[float, float]:
    """Return the pairwise precision and recall of found groups against labels."""
    stories: dict[str, list[str]] = {}
    for name, story in labels.items():
        stories.setdefault(story, []).append(name)
    truth = pairs_of(stories.values())
    got = pairs_of(found)
    right = len(truth & got)
    return (right / len(got) if got else 1.0), (right / len(truth) if truth else 1.0)


def load(folder: Path, cache: ArticleCache, workers: int) -> tuple[Library, float]:
    """Load folder through cache as the window does; return the library and the seconds."""
    started = time.perf_counter()
    library = Library(cache)
    for batch in load_folder_batches(folder, cache, workers=workers):
        library.add_batch(batch)
    return library, time.perf_counter() - started


def named(library: Library, groups: CopyGroups) -> list[list[str]]:
    """Return groups (by cache key) as file names."""
    by_id = library_copy_groups(library, groups)
    return [[Path(library.path_of(member)).name for member in group] for group in by_id]


def run_labelled() -> None:
    """Print precision and recall on the labelled set."""
    labels = json.loads((LABELLED / "labels.json").read_text(encoding="utf-8"))
    cache = ArticleCache.in_memory(folder=LABELLED / "articles")
    library, _seconds = load(LABELLED / "articles", cache, 1)
    precision, recall = precision_recall(named(library, update_copy_groups(cache)), labels)
    stories = len(set(labels.values()))
    print(f"labelled set: {len(labels)} articles, {stories} stories (tests/data/copies)")
    print(f"  pairwise precision {precision:.3f}, recall {recall:.3f}\n")


def one_word_changed(lines: list[str]) -> list[str]:
    """Change the fourth word of the first body line (line 3: headline and date come first)."""
    words = lines[2].split()
    words[min(3, len(words) - 1)] = "كذلك"
    return [*lines[:2], " ".join(words), *lines[3:]]


def copy_text(text: str, kind: int) -> str:
    """Return a copy of an article file's text, made one of five ways."""
    lines = text.split("\n")
    if kind == 1:
        lines[0] = "عاجل: " + lines[0]
    elif kind == 2:
        lines = one_word_changed(lines)
    elif kind == 3:
        lines.insert(2, INTRO)
    elif kind == 4:
        lines.insert(3, CLOSING)
    return "\n".join(lines)


def build_copies_corpus(source: Path, n: int) -> tuple[Path, dict[str, str]]:
    """Return a folder of n files, a fifth of them copies of the others, and its labels."""
    folder = Path(tempfile.gettempdir()) / f"bench-copies-{n}"
    files = sorted(str(path) for path in source.rglob("*.txt"))[:n]
    originals = files[: n * 4 // 5]
    labels = {f"o{number:06}.txt": f"s{number}" for number in range(len(originals))}
    copies = n - len(originals)
    for number in range(copies):
        labels[f"c{number:06}.txt"] = f"s{number * 3 % len(originals)}"
    if not (folder / "done").exists():
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        for number, path in enumerate(originals):
            os.link(path, folder / f"o{number:06}.txt")
        for number in range(copies):
            original = Path(originals[number * 3 % len(originals)])
            text = original.read_text(encoding="utf-8")
            (folder / f"c{number:06}.txt").write_text(copy_text(text, number % 5), "utf-8")
        (folder / "done").write_text("", encoding="utf-8")
    return folder, labels


def run_scale(n: int, repeats: int) -> None:
    """Print the scale figures at n articles."""
    workers = default_workers()
    folder, labels = build_copies_corpus(ensure_corpus(Path(f"/tmp/bench-{n}"), n), n)
    print(f"{n:,} articles in {folder}, {workers} worker(s), medians of {repeats} for reopens")
    rows: list[tuple[str, float, str]] = []
    with tempfile.TemporaryDirectory(prefix="copies-bench-") as cache_dir:
        cache = ArticleCache.open(folder, Path(cache_dir))
        library, parse = load(folder, cache, workers)
        started = time.perf_counter()
        groups = update_copy_groups(cache, workers=workers)
        grouping = time.perf_counter() - started
        precision, recall = precision_recall(named(library, groups), labels)
        cache.close()
        rows.append(("cold: full parse (load_folder_batches)", parse, "1.00 x parse"))
        rows.append(("cold: grouping copies", grouping, f"{grouping / parse:.2f} x parse"))
        reopen, regroup, peak = [], [], []
        for _ in range(repeats):
            cache = ArticleCache.open(folder, Path(cache_dir))
            library, seconds = load(folder, cache, workers)
            reopen.append(seconds)
            started = time.perf_counter()
            groups = update_copy_groups(cache, workers=workers)
            by_id = library_copy_groups(library, groups)
            regroup.append(time.perf_counter() - started)
            tracemalloc.start()
            library_copy_groups(library, update_copy_groups(cache, workers=workers))
            peak.append(tracemalloc.get_traced_memory()[1])
            tracemalloc.stop()
            cache.close()
        warm = statistics.median(reopen)
        rows.append(("warm reopen (load_folder_batches)", warm, "1.00 x reopen"))
        added = statistics.median(regroup)
        rows.append(("warm reopen: groups read back", added, f"{added / warm:.3f} x reopen"))
        changed = folder / "c000002.txt"
        changed.write_text(changed.read_text(encoding="utf-8") + " تحديث", encoding="utf-8")
        cache = ArticleCache.open(folder, Path(cache_dir))
        library, seconds = load(folder, cache, workers)
        started = time.perf_counter()
        update_copy_groups(cache, workers=workers)
        one = time.perf_counter() - started
        cache.close()
        rows.append(("one changed file: reopen", seconds, "1.00 x reopen"))
        rows.append(("one changed file: regrouping", one, f"{one / seconds:.3f} x reopen"))
    width = max(len(name) for name, _value, _ratio in rows)
    for name, value, ratio in rows:
        print(f"  {name:<{width}}  {value * 1000:>10,.1f} ms  {ratio}")
    kept = groups.nbytes + by_id.nbytes
    print(f"  groups: {len(groups):,}, {groups.member_count:,} articles in them")
    print(f"  kept in memory: {kept:,} bytes = {kept / n:.1f} bytes per article (target <= 100)")
    print(f"  peak Python allocations while regrouping on reopen: {max(peak) / n:.0f} B/article")
    print(f"  pairwise precision {precision:.4f}, recall {recall:.4f} (made copies)")


def main() -> None:
    """Parse the options and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--labelled-only", action="store_true")
    args = parser.parse_args()
    run_labelled()
    if not args.labelled_only:
        run_scale(args.n, args.repeats)


if __name__ == "__main__":
    main()
