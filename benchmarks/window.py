"""Speed as the user sees it: the real window opened, reopened and clicked, in fresh processes.

    python -m benchmarks.window --n 10000 [--cold 3] [--tree /tmp/before] [--profile tag]

For each checkout (each --tree, then this one) fresh child processes run
benchmarks/window_child.py with that checkout first on PYTHONPATH: the domain's cold load of
the corpus /tmp/bench-N and the window's first open, each on an empty cache (--cold times,
back to back), then the window's reopen on the warm cache, which takes a person's inputs.
One table follows, a column per checkout; the floor (every file read with os.read) is
measured here once. benchmarks/README.md says what is timed and how idle is detected.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.generate import ensure_corpus
from benchmarks.run import median, percentile, read_all_bytes
from reader.domain.loading.scan import scan_folder

ROOT = Path(__file__).resolve().parent.parent
CHILD = ROOT / "benchmarks" / "window_child.py"
# The child is loaded by path from `python -c`: spawned load workers re-import a script that
# runs as __main__ (Qt and all), but not code given with -c.
_LAUNCH = (
    "import importlib.util, sys\n"
    "spec = importlib.util.spec_from_file_location('window_child', sys.argv.pop(1))\n"
    "module = importlib.util.module_from_spec(spec)\n"
    "sys.modules['window_child'] = module\n"
    "spec.loader.exec_module(module)\n"
    "module.main()\n"
)
# The order the inputs are printed in.
INPUTS = (
    "tag click, frequent",
    "tag click, middle",
    "tag click, rare",
    "tag clicked again (off)",
    "outlet click",
    "date range (drag on the timeline)",
    "search typed (last key; debounce in)",
    "search pasted (Ctrl+V, Enter)",
    "Clear all (button)",
)
MB = 1024 * 1024

Record = dict[str, Any]
Cell = tuple[float, ...] | None


def run_child(tree: Path, mode: str, home: Path, args: argparse.Namespace, folder: Path) -> Record:
    """Run one child process on tree with home's cache, data and config; return its result."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": os.pathsep.join(dict.fromkeys((str(tree), str(ROOT)))),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
    }
    profile = [args.profile] if args.profile and mode == "reopen" else []
    spawned = time.time()
    command = [sys.executable, "-c", _LAUNCH, str(CHILD), mode, str(folder), str(args.n)]
    command += [repr(spawned), str(home / "settings.ini"), str(args.repeats), *profile]
    # cwd is home: `python -c` puts the working folder first on sys.path.
    done = subprocess.run(
        command,
        env=env,
        cwd=home,
        capture_output=True,
        text=True,
        timeout=args.timeout,
        check=False,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("RESULT ")]
    if done.returncode or not lines:
        sys.exit(f"{mode} on {tree} failed ({done.returncode}):\n{done.stderr[-4000:]}")
    result: Record = json.loads(lines[-1].removeprefix("RESULT "))
    took, load = time.time() - spawned, os.getloadavg()[0]
    print(f"  {mode} ({result['reader']}): {took:.1f} s, load {load:.1f}", file=sys.stderr)
    return result


def measure_all(trees: list[Path], args: argparse.Namespace, folder: Path) -> list[Record]:
    """Return each checkout's domain loads and first opens (--cold of each), then its reopen."""
    results: list[Record] = [{"domain": [], "first": []} for _ in trees]
    homes: list[Path] = []
    try:
        for _ in range(args.cold):
            for index, tree in enumerate(trees):
                # Back to back, alternating checkouts: a pair sees the same load on the machine.
                with tempfile.TemporaryDirectory(prefix="window-domain-") as domain:
                    done = run_child(tree, "domain", Path(domain), args, folder)
                results[index]["domain"].append(done["domain"])
                if len(homes) > index:  # only the last first open's cache is reopened
                    shutil.rmtree(homes[index])
                    homes[index] = Path(tempfile.mkdtemp(prefix="window-bench-"))
                else:
                    homes.append(Path(tempfile.mkdtemp(prefix="window-bench-")))
                results[index]["first"].append(run_child(tree, "first", homes[index], args, folder))
        for index, tree in enumerate(trees):
            results[index]["reopen"] = run_child(tree, "reopen", homes[index], args, folder)
    finally:
        for home in homes:
            shutil.rmtree(home, ignore_errors=True)
    return results


def measure_floor(folder: Path) -> float:
    """Return the median seconds to read every file with os.open/os.read (page cache warm)."""
    paths = [path for path, _size, _mtime in scan_folder(folder)]
    read_all_bytes(paths)
    times = []
    for _ in range(3):
        start = time.perf_counter()
        read_all_bytes(paths)
        times.append(time.perf_counter() - start)
    return median(times)


def _mid(values: list[float | None]) -> Cell:
    """Return the median of the values there are, as a cell."""
    there = [value for value in values if value is not None]
    return (median(there),) if there else None


def table_rows(result: Record, n: int, floor: float) -> list[tuple[str, Cell, str, str]]:
    """Return (figure, values, unit, target) for one checkout: cold figures as medians."""
    domains, firsts, reopen = result["domain"], result["first"], result["reopen"]
    pairs = list(zip(domains, [first["marks"] for first in firsts], strict=True))
    rows: list[tuple[str, Cell, str, str]] = [
        ("floor: every file read (os.read)", (floor,), "s", ""),
        ("domain cold load: all rows listed", _mid([d.get("listed") for d in domains]), "s", ""),
        ("domain cold load: load done (search ready)", _mid([d["ready"] for d in domains]), "s",
         ""),
        ("domain: + snapshot stored, copies grouped",
         _mid([d["snapshot_copies"] for d in domains]), "s", ""),
    ]  # fmt: skip
    for name, key in (
        ("window shown", "shown"),
        ("all rows listed", "all_listed"),
        ("all rows parsed (last batch)", "all_parsed"),
        ("every file read: search exact", "articles_read"),
        ("copies grouped", "copies_grouped"),
        ("load finished", "load_finished"),
        ("idle after load finished", "idle_after_load"),
    ):
        rows.append((f"first open: {name}", _mid([m.get(key) for _d, m in pairs]), "s", ""))
    rows += [
        ("first open search exact / domain load done",
         _mid([m["articles_read"] / d["ready"] for d, m in pairs]), "x", "<= 1.3 x"),
        ("first open load finished / domain load done",
         _mid([m["load_finished"] / d["ready"] for d, m in pairs]), "x", ""),
        ("  the same, from window shown",
         _mid([(m["load_finished"] - m["shown"]) / d["ready"] for d, m in pairs]), "x", ""),
        ("  the same / domain + snapshot + copies",
         _mid([m["load_finished"] / d["snapshot_copies"] for d, m in pairs]), "x", ""),
        ("first open load finished / floor",
         _mid([m["load_finished"] / floor for _d, m in pairs]), "x", ""),
    ]  # fmt: skip
    for name, runs in (("first open", firsts), ("reopen", [reopen])):
        rows.append((f"memory after {name}: RSS", _mid([r["rss"] / MB for r in runs]), "MB", ""))
        added = _mid([(r["rss"] - r["rss_base"]) / n for r in runs])
        rows.append((f"  {name}: RSS added by the window and folder, per article", added, "B", ""))
    first_rss = median([first["rss"] for first in firsts])
    rows.append(("memory: RSS first open / reopen", (first_rss / reopen["rss"],), "x", ""))
    again = reopen["marks"]
    for name, key in (
        ("window shown", "shown"),
        ("all rows listed", "all_listed"),
        ("load finished", "load_finished"),
        ("idle after load finished", "idle_after_load"),
    ):
        rows.append((f"reopen: {name}", _mid([again.get(key)]), "s", ""))
    inputs = reopen.get("inputs", {})
    for kind in INPUTS:
        times = inputs.get(kind)
        if not times:
            continue
        for what, label in (("painted", "to list painted"), ("idle", "to idle")):
            values = times[what]
            cell = (percentile(values, 0.5), percentile(values, 0.95)) if values else None
            rows.append((f"{kind}: {label} p50 / p95", cell, "ms", ""))
    return rows


def _format(cell: Cell, unit: str) -> str:
    """Return values for the table: seconds and milliseconds both printed in ms."""
    if cell is None:
        return "-"
    scale: dict[str, Callable[[float], str]] = {
        "s": lambda v: f"{v * 1000:,.0f} ms",
        "ms": lambda v: f"{v * 1000:,.1f}",
        "MB": lambda v: f"{v:,.1f} MB",
        "B": lambda v: f"{v:,.0f} B",
        "x": lambda v: f"{v:.2f} x",
    }
    text = " / ".join(scale[unit](value) for value in cell)
    return text + " ms" if unit == "ms" else text


def print_table(columns: list[tuple[str, Record]], args: argparse.Namespace, floor: float) -> None:
    """Print one Markdown table, a column per checkout (and their ratio when there are two)."""
    tables = [table_rows(result, args.n, floor) for _label, result in columns]
    paired = len(columns) == 2
    print(f"\n{args.n:,} articles; cold loads and first opens: median of {args.cold};", end=" ")
    print(f"inputs: p50 / p95 of {args.repeats} repeats (clears pooled)\n")
    header = ["figure", *(label for label, _result in columns)]
    header += ["last / first", "target"] if paired else ["target"]
    print("| " + " | ".join(header) + " |")
    print("|---" + "|---:" * (len(header) - 2) + "|---|")
    for index, (name, _cell, unit, target) in enumerate(tables[-1]):
        cells = [table[index][1] if index < len(table) else None for table in tables]
        line = [name, *(_format(cell, unit) for cell in cells)]
        if paired:
            before, after = cells
            ratios = (
                tuple(a / b for a, b in zip(after, before, strict=True) if b)
                if before and after and unit != "x"
                else None
            )
            line.append(_format(ratios, "x") if ratios else "")
        print("| " + " | ".join([*line, target]) + " |")
    first_result = columns[-1][1]["reopen"]
    print(
        f"\nsearch debounce: {first_result.get('debounce_ms')} ms (in the typed search's figures)"
    )
    for label, result in columns:
        unpainted = {
            kind: len(times["unpainted"])
            for kind, times in result["reopen"].get("inputs", {}).items()
            if times["unpainted"]
        }
        if unpainted:
            print(f"{label}: inputs with no list paint (idle only): {unpainted}")
        if "profile" in result["reopen"]:
            print(f"\n{label}: inputs profiled to idle, per input: reader/, calls into Qt")
            print(f"{'cumulative s':>12} {'own s':>8} {'calls':>7}  function")
            for cumulative, own, calls, where in result["reopen"]["profile"]:
                print(f"{cumulative:12.3f} {own:8.3f} {calls:7.1f}  {where}")


def main() -> None:
    """Measure each checkout in fresh processes and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000, help="how many articles")
    parser.add_argument("--repeats", type=int, default=10, help="repeats of each input")
    parser.add_argument("--folder", type=Path, help="corpus folder (default /tmp/bench-N)")
    parser.add_argument(
        "--tree",
        type=Path,
        action="append",
        default=[],
        help="another checkout of the repository (a git worktree): a column before this one",
    )
    parser.add_argument(
        "--profile",
        choices=("tag", "outlet", "date", "search"),
        help="profile --repeats more such inputs in the reopened window, to idle (cProfile)",
    )
    parser.add_argument(
        "--cold", type=int, default=1, help="domain loads and first opens per checkout (median)"
    )
    parser.add_argument("--timeout", type=float, default=1800, help="seconds per child process")
    args = parser.parse_args()
    folder = ensure_corpus(args.folder or Path(tempfile.gettempdir()) / f"bench-{args.n}", args.n)
    floor = measure_floor(folder)
    trees = [*(tree.resolve() for tree in args.tree), ROOT]
    loads = os.getloadavg()
    results = measure_all(trees, args, folder)
    labels = [str(tree) if tree != ROOT else "this checkout" for tree in trees]
    print_table(list(zip(labels, results, strict=True)), args, floor)
    print(f"load average (1 min) at start {loads[0]:.1f}, at end {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
