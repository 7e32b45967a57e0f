"""Visual text (the terminal on a TTY, "copy for apps without Arabic support"): the new
wrap-then-reorder-by-line layout against the old whole-paragraph get_display, side by side.

Both shape with arabic_reshaper. The baseline reorders each paragraph whole with
python-bidi's get_display and neither wraps nor mirrors; the new layout resolves levels,
wraps to the width, reorders and mirrors each line, and right-aligns it.

    python -m benchmarks.visual_text [FOLDER] [--articles N] [--repeat R]
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from reader.domain.text.arabic import visual
from reader.domain.text.export import VISUAL_COPY_WIDTH, articles_plain_text
from reader.domain.text.parser import read_article

SAMPLE = Path(__file__).resolve().parent.parent / "resources" / "sample"


def baseline(text: str) -> str:
    """The old visual(): each line shaped and reordered whole, no wrapping, no mirroring."""
    import arabic_reshaper
    from bidi import get_display

    return "\n".join(str(get_display(arabic_reshaper.reshape(line))) for line in text.split("\n"))


def _visual_all(texts: list[str], width: int | None) -> list[str]:
    return [visual(text, width) for text in texts]


def median_seconds(run: Callable[[], object], repeat: int) -> float:
    """Return the median wall time of run over repeat runs."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    """Time both layouts on the plain text of a folder's first articles; print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", nargs="?", type=Path, default=SAMPLE)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=5)
    options = parser.parse_args(argv)
    paths = sorted(options.folder.rglob("*.txt"))[: options.articles]
    articles = [read_article(path) for path in paths]
    texts = [articles_plain_text([article]) for article in articles]
    chars = sum(map(len, texts))
    print(f"{len(texts)} articles, {chars:,} characters, median of {options.repeat} runs")
    old = median_seconds(lambda: [baseline(text) for text in texts], options.repeat)
    print(f"  baseline get_display, no wrap   {old * 1000:9.1f} ms")
    for width in (None, VISUAL_COPY_WIDTH, 40):
        new = median_seconds(partial(_visual_all, texts, width), options.repeat)
        label = f"visual(width={width})"
        print(f"  {label:32s}{new * 1000:9.1f} ms   x{new / old:5.2f} of baseline")
    one = texts[0]
    single = median_seconds(lambda: visual(one, VISUAL_COPY_WIDTH), options.repeat * 20)
    print(f"  one article ({len(one):,} chars) at width 72: {single * 1000:.2f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
