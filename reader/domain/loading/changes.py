"""What changed in a folder since the cache last saw it: files to parse, and entries to drop."""

from __future__ import annotations

from dataclasses import dataclass

from reader.domain.article import LoadProblem
from reader.domain.loading.scan import FileStat
from reader.domain.store.snapshot import LibrarySnapshot

# path -> (cache key, size, mtime) of the articles the cache holds.
KnownFiles = dict[str, tuple[int, int | None, int | None]]
# Path relative to the folder -> (size, mtime, reason) of the problem files the cache holds.
KnownProblems = dict[str, tuple[int | None, int | None, str]]


@dataclass(frozen=True, slots=True)
class FolderChanges:
    """How the folder's listing differs from what the cache holds of it."""

    # New and changed files, in listing order.
    to_parse: list[FileStat]
    # Problem files the cache holds, unchanged since.
    problems: list[LoadProblem]
    # Cache keys of articles whose files are gone or changed.
    stale: list[int]
    # Relative paths of problem files gone or changed.
    stale_problems: list[str]
    # How many articles the cache holds unchanged.
    fresh: int


def compare_listing(
    files: list[FileStat], known: KnownFiles, known_problems: KnownProblems, skip: int
) -> FolderChanges:
    """Compare the folder's files with the cache's; skip is the length of the folder's path
    and its separator, which the cache leaves out of a problem file's path."""
    to_parse: list[FileStat] = []
    problems: list[LoadProblem] = []
    fresh_keys: set[int] = set()
    for path, size, mtime in files:
        cached = known.get(path)
        if cached is not None and cached[1] == size and cached[2] == mtime:
            fresh_keys.add(cached[0])
            continue
        problem = known_problems.get(path[skip:])
        if problem is not None and problem[:2] == (size, mtime):
            problems.append(LoadProblem.decode(path, problem[2]))
            continue
        to_parse.append((path, size, mtime))
    stale = [key for key, _size, _mtime in known.values() if key not in fresh_keys]
    stale_problems: list[str] = []
    if known_problems:
        listed = {path[skip:] for path, _size, _mtime in files}
        stale_problems = [path for path in known_problems if path not in listed]
        stale_problems += [p[skip:] for p, _s, _m in to_parse if p[skip:] in known_problems]
    return FolderChanges(to_parse, problems, stale, stale_problems, len(fresh_keys))


def unchanged_problems(
    snapshot: LibrarySnapshot, files: list[FileStat], known_problems: KnownProblems, skip: int
) -> list[LoadProblem] | None:
    """Return the cached problems when the folder holds exactly the snapshot's files, with
    the same stats, and the same problem files; else None.

    One pass over both lists, in step (the snapshot of a complete load is in file order),
    with no dictionary of 100,000 entries built and thrown away.
    """
    paths, sizes, mtimes = snapshot.paths, snapshot.sizes, snapshot.mtimes
    count = len(paths)
    problems = []
    index = 0
    for path, size, mtime in files:
        if index < count and paths[index] == path:
            if sizes[index] != size or mtimes[index] != mtime:
                return None
            index += 1
            continue
        problem = known_problems.get(path[skip:])
        if problem is None or problem[0] != size or problem[1] != mtime:
            return None
        problems.append(LoadProblem.decode(path, problem[2]))
    if index != count or len(problems) != len(known_problems):
        return None
    return problems


def snapshot_stats(snapshot: LibrarySnapshot) -> KnownFiles:
    """Return path -> (key, size, mtime) of the snapshot's files."""
    return {
        path: (key, size, mtime)
        for path, key, size, mtime in zip(
            snapshot.paths, snapshot.keys, snapshot.sizes, snapshot.mtimes, strict=True
        )
    }
