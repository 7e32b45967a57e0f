"""Parse benchmark: a first open's per-file cost (parse_files), before and after each fix.

    python -m benchmarks.parse --n 5000 --repeats 5

Generates the corpus into /tmp/bench-N (kept, shared with benchmarks.run) and takes the CPU
time of parse_files over every file in this process, as a worker runs it (no stats known: the
worker takes each one). Each fix's "before" is the plain computation it replaced, kept below
and put back in place of the fast one (tests/domain/text/test_parse_equivalence.py checks
that both give the same results); row k runs with fixes 1..k, so its "before" is the row
above's "after". The rows take turns on each slice of 100 files; a figure is the sum over the
slices of each one's median over the repeats. A second table sets the stored article's
compression against the cache's size.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from types import ModuleType

from benchmarks.generate import ensure_corpus
from reader.domain.article import Article
from reader.domain.loading.scan import FileStat
from reader.domain.loading.workers import parse_files
from reader.domain.store import article_codec, rows
from reader.domain.store.article_codec import decode_article
from reader.domain.store.cache import ArticleCache
from reader.domain.store.rows import ParsedFile
from reader.domain.store.search_words import FIELD_JOIN, PARAGRAPH_GAP
from reader.domain.text import parser, tags
from reader.domain.text.arabic import (
    WORD_RE,
    canonical_lines,
    canonical_tag,
    fold,
    fold_lines,
)
from reader.domain.text.parser import read_article


def plain_read_bytes(path: Path) -> tuple[bytes, int, bool]:
    """The read before fix 2: every file read into a buffer of MAX_FILE_BYTES + 1 bytes."""
    with parser.file_problems(os.fsdecode(path)), open(path, "rb") as handle:
        stat = os.fstat(handle.fileno())
        data = handle.read(parser.MAX_FILE_BYTES + 1)
    truncated = len(data) > parser.MAX_FILE_BYTES
    return data[: parser.MAX_FILE_BYTES], stat.st_mtime_ns, truncated


def plain_article_tags(
    draft: parser._Draft, _known: Mapping[str, str]
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """Fix 1's before: the article's texts folded again for each separator-less tag line."""
    # The tags' folds come from the deduplication, which made them before too.
    found: list[str] = []
    unseparated: list[str] = []
    for tag_line in draft.tag_lines:
        if tags.has_separators(tag_line):
            found.extend(tags.split_separated(tag_line))
            continue
        words = tag_line.split()
        unseparated.extend(words)
        texts = [draft.title or "", *draft.body, draft.source or ""]
        for item in draft.related:
            texts.append(item.title)
            texts.extend(item.body)
        found.extend(tags.unseparated_tags(words, texts))
    shown, folded = tags.dedupe_folded_tags(found)
    return shown, folded, tuple(unseparated)


def plain_search_words(article: Article, _folds: Mapping[str, str] | None = None) -> str:
    """Fix 3's before: the texts search covers folded again."""
    texts = [article.title or "", *article.body, article.source or "", *article.tags]
    folded = fold_lines(texts)
    if len(folded) != len(texts):
        folded = [fold(text) for text in texts]
    lines = [" ".join(WORD_RE.findall(line)) for line in folded]
    body_end = 1 + len(article.body)
    return FIELD_JOIN.join(
        (
            lines[0],
            PARAGRAPH_GAP.join(line for line in lines[1:body_end] if line),
            lines[body_end],
            " ".join(line for line in lines[body_end + 1 :] if line),
        )
    )


def plain_canonical_folded_lines(text: str) -> tuple[list[str], list[str]]:
    """Fix 4's before: the canonical lines normalised a second time when folded."""
    lines = [line for line in (raw.strip() for raw in canonical_lines(text)) if line]
    return lines, fold_lines(lines)


def plain_compress(data: bytes) -> bytes:
    """Fix 5's before: the stored article compressed at zlib level 1."""
    return zlib.compress(data, 1)


def plain_rebuild_unseparated(
    words: Sequence[str], is_known: Callable[[str], bool], *, prefix_closed: bool = False
) -> list[str]:
    """Fix 6's before: each word folded on its own, the longest run asked first everywhere."""
    folded = [fold(word) for word in words]
    found: list[str] = []
    index = 0
    while index < len(words):
        length = min(tags.MAX_TAG_WORDS, len(words) - index)
        while length > 1 and not is_known(" ".join(folded[index : index + length])):
            length -= 1
        found.append(" ".join(words[index : index + length]))
        index += length
    return found


def plain_fold_each(texts: Sequence[str]) -> list[str]:
    """Fix 6's before, for the tag words the cache stores: each word folded on its own."""
    return [fold(text) for text in texts]


def plain_dedupe_folded_tags(
    found: Iterable[str],
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Fix 7's before: each tag made canonical, then folded, on its own."""
    seen: dict[str, tuple[str, str]] = {}
    for tag in found:
        shown = canonical_tag(tag)
        folded = fold(shown)
        key = " ".join(folded.split())
        if key and key not in seen:
            seen[key] = (shown, folded)
    return tuple(shown for shown, _ in seen.values()), tuple(folded for _, folded in seen.values())


def plain_has_odd_space(text: str) -> bool:
    """Fix 8's before: the regex run over every article's folded text."""
    return tags._ODD_SPACE_RE.search(text) is not None


# parse_files runs on this many files at a time, each step in turn.
SLICE_FILES = 100


@dataclass(frozen=True)
class Fix:
    """A speed fix of the parse, and the plain stand-ins that undo it."""

    name: str
    plain: tuple[tuple[ModuleType, str, Callable[..., object]], ...]


FIXES = (
    Fix("tag rebuild: the parse's folded lines", ((parser, "_article_tags", plain_article_tags),)),
    Fix("file read sized by its stat", ((parser, "_read_bytes", plain_read_bytes),)),
    Fix("search words: the parse's folds", ((rows, "search_words", plain_search_words),)),
    Fix(
        "NFKC once: lines folded as normalised",
        ((parser, "canonical_folded_lines", plain_canonical_folded_lines),),
    ),
    Fix("stored article: Huffman codes only", ((article_codec, "_compress", plain_compress),)),
    Fix(
        "tag runs shortest first, words folded at once",
        (
            (tags, "rebuild_unseparated", plain_rebuild_unseparated),
            (rows, "fold_each", plain_fold_each),
        ),
    ),
    Fix(
        "tags made canonical in one pass", ((tags, "dedupe_folded_tags", plain_dedupe_folded_tags),)
    ),
    Fix("odd spaces: isprintable first", ((tags, "_has_odd_space", plain_has_odd_space),)),
)


@contextmanager
def plain(fixes: Iterable[Fix]) -> Iterator[None]:
    """Run the parse with the plain computation of each of these fixes."""
    saved: list[tuple[ModuleType, str, object]] = []
    try:
        for fix in fixes:
            for module, name, stand_in in fix.plain:
                saved.append((module, name, getattr(module, name)))
                setattr(module, name, stand_in)
        yield
    finally:
        for module, name, original in reversed(saved):
            setattr(module, name, original)


def time_rows(
    files: list[FileStat], steps: Sequence[Sequence[Fix]], repeats: int
) -> list[list[list[float]]]:
    """Return each step's CPU seconds of parse_files on each slice of files in each repeat."""
    slices = [files[start : start + SLICE_FILES] for start in range(0, len(files), SLICE_FILES)]
    seconds = [[[0.0] * repeats for _ in slices] for _ in steps]
    for repeat in range(repeats):
        # The steps take turns on each slice, starting with a different one each time, so that
        # a spell of load on the (shared) machine or a slice's warm caches fall on them all;
        # CPU time leaves out the waits for a core.
        for turn, part in enumerate(slices):
            for k in (*range(turn % len(steps), len(steps)), *range(turn % len(steps))):
                with plain(steps[k]):
                    begin = time.process_time()
                    parse_files(read_article, part)
                    seconds[k][turn][repeat] = time.process_time() - begin
    return seconds


def per_file_us(seconds: list[list[float]], files: int) -> float:
    """Return the sum over the slices of each one's median over the repeats, per file in us."""
    return sum(statistics.median(repeats) for repeats in seconds) / files * 1e6


def _deflate(level: int, strategy: int) -> Callable[[bytes], bytes]:
    """Return a zlib compression at a level and strategy (zlib.decompress reads them all)."""

    def compress(data: bytes) -> bytes:
        compressor = zlib.compressobj(level, zlib.DEFLATED, zlib.MAX_WBITS, 8, strategy)
        return compressor.compress(data) + compressor.flush()

    return compress


STORED_FORMS: tuple[tuple[str, Callable[[bytes], bytes]], ...] = (
    ("zlib level 1 (before)", _deflate(1, zlib.Z_DEFAULT_STRATEGY)),
    ("zlib Huffman only (stored)", _deflate(1, zlib.Z_HUFFMAN_ONLY)),
    ("zlib level 0 (stored blocks)", _deflate(0, zlib.Z_DEFAULT_STRATEGY)),
    ("JSON, not compressed", bytes),
)


def _median_us(function: Callable[[bytes], object], items: list[bytes], repeats: int) -> float:
    """Return the median over repeats of function's time on each item, in microseconds."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        for item in items:
            function(item)
        times.append(time.perf_counter() - start)
    return statistics.median(times) / len(items) * 1e6


def _cache_bytes(folder: Path, parsed: list[ParsedFile]) -> int:
    """Return the size of a new cache holding the parsed files (its database and journal)."""
    with tempfile.TemporaryDirectory(prefix="parse-bench-cache-") as cache_dir:
        cache = ArticleCache.open(folder, Path(cache_dir))
        for start in range(0, len(parsed), 500):
            cache.add(parsed[start : start + 500])
        cache.flush()
        cache.close()
        return sum(path.stat().st_size for path in Path(cache_dir).rglob("*") if path.is_file())


def stored_forms(folder: Path, files: list[FileStat], repeats: int) -> None:
    """Print each stored form's compression and decompression time and its sizes."""
    parsed = [item for item in parse_files(read_article, files) if isinstance(item, ParsedFile)]
    documents = [zlib.decompress(item.blob) for item in parsed]
    count = len(documents)
    json_size = sum(map(len, documents)) / count
    print(f"\nstored article, per article of {count:,} (JSON {json_size:,.0f} bytes):")
    print(f"  {'form':30} {'compress us':>12} {'decompress us':>14} {'blob B':>8} {'cache B':>8}")
    for name, compress in STORED_FORMS:
        blobs = [compress(document) for document in documents]
        assert all(blob[:1] in (b"x", b"[") for blob in blobs)  # old caches' two first bytes
        packing = _median_us(compress, documents, repeats)
        unpacking = 0.0 if compress is bytes else _median_us(zlib.decompress, blobs, repeats)
        cache = _cache_bytes(
            folder, [replace(p, blob=b) for p, b in zip(parsed, blobs, strict=True)]
        )
        print(
            f"  {name:30} {packing:12.1f} {unpacking:14.1f} "
            f"{sum(map(len, blobs)) / count:8,.0f} {cache / count:8,.0f}"
        )
    decode = _median_us(lambda blob: decode_article(blob, ""), [p.blob for p in parsed], repeats)
    print(f"  (decode_article, decompression and JSON, as stored: {decode:.1f} us)")


def main() -> None:
    """Print the per-file parse cost before and after each fix, then the stored forms."""
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("--n", type=int, default=5000, help="how many articles")
    arguments.add_argument("--repeats", type=int, default=5, help="runs of each row")
    arguments.add_argument("--folder", type=Path, help="corpus folder (default /tmp/bench-N)")
    args = arguments.parse_args()
    folder = ensure_corpus(args.folder or Path(f"/tmp/bench-{args.n}"), args.n)
    files: list[FileStat] = [(str(p), None, None) for p in sorted(folder.rglob("*.txt"))]
    parse_files(read_article, files[:200])  # imports and first-use costs out of the figures
    # Row k undoes fixes k+1..: row 0 is the plain parse, the last one has every fix.
    steps = [FIXES[k:] for k in range(len(FIXES) + 1)]
    seconds = time_rows(files, steps, args.repeats)
    cost = [per_file_us(times, len(files)) for times in seconds]
    print(
        f"{len(files):,} articles ({folder}), parse_files in one process, CPU us per file "
        f"(each slice's median of {args.repeats} runs, summed)"
    )
    print(f"  {'fix':48} {'before':>8} {'after':>8} {'saved':>7}")
    for k, fix in enumerate(FIXES, 1):
        before, after = cost[k - 1], cost[k]
        print(f"  {k}. {fix.name:45} {before:8.1f} {after:8.1f} {before - after:7.1f}")
    total = cost[0] - cost[-1]
    print(
        f"  {'all fixes':48} {cost[0]:8.1f} {cost[-1]:8.1f} {total:7.1f}"
        f"  ({total / cost[0]:.0%} less)"
    )
    stored_forms(folder, files, args.repeats)


if __name__ == "__main__":
    main()
