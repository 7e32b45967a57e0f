"""Finding a folder's copies after a load, and keeping them in its cache.

    library = load_folder(folder, cache=cache)            # or the loader's complete load
    copies = update_copy_groups(cache, workers=default_workers())   # on that same thread
    by_id = library_copy_groups(library, copies)          # copies.library

Signatures are made only for articles the cache holds none for (new or changed files), read
back from the cache, on every core when there are many; only those articles are compared
with the rest, and only the groups they join, or that lost a member, are written again. A
reopen with nothing changed reads the stored groups and computes nothing.
"""

from __future__ import annotations

import functools
import multiprocessing
import sqlite3
from collections.abc import Callable, Sequence

import numpy as np

from reader.domain.copies.groups import CopyGroups
from reader.domain.copies.matching import (
    UnionFind,
    all_pairs,
    band_pairs,
    digest_representatives,
    join_copies,
)
from reader.domain.copies.shingles import U64, body_text, shingle_hashes
from reader.domain.copies.signatures import (
    PERMUTATIONS,
    Signatures,
    concatenate,
    signatures_from_file,
    signatures_of,
)
from reader.domain.problems import CacheWarning, CacheWarningCode
from reader.domain.store.cache import ArticleCache
from reader.domain.store.copy_store import CopyStore, StoredSignatures
from reader.domain.store.database import error_reason

# Articles signed per task; fewer new articles than this are signed in this process.
_SIGN_CHUNK = 2000
_MIN_PARALLEL = 2 * _SIGN_CHUNK
# Bodies whose shingles an update keeps for exact checks.
_SHINGLE_MEMO = 4096


def update_copy_groups(cache: ArticleCache, workers: int = 1) -> CopyGroups:
    """Bring the cache's groups of copies up to date with its articles and return them, by
    cache key. Run it on the thread that loads (it writes the cache), after a complete load.

    A cache that fails says so in its warnings; the groups are then empty.
    """
    store = CopyStore(cache)
    try:
        cache.flush()
        if not store.up_to_date():
            unsigned = store.unsigned_keys() if store.unsigned_count() else []
            stale = store.stale_members()
            if unsigned or stale:
                _update(cache, store, unsigned, stale, workers)
            store.mark_up_to_date()
        return CopyGroups(store.groups())
    except sqlite3.Error as error:
        # No code of its own yet: the groups are lost as a failed load's rows would be.
        path = str(cache.path) if cache.path is not None else ""
        cache.warnings.append(CacheWarning(CacheWarningCode.FAILED, path, error_reason(error)))
        return CopyGroups()


def _update(
    cache: ArticleCache, store: CopyStore, unsigned: list[int], stale: list[int], workers: int
) -> None:
    """Sign the unsigned articles, compare them with the rest, and regroup what changed."""
    fresh = _sign(cache, store, unsigned, workers)
    store.add_signatures(
        fresh.keys.tolist(),
        fresh.words.tolist(),
        fresh.digests.tolist(),
        [
            row.tobytes() if long else None
            for row, long in zip(fresh.minhashes, fresh.shingled, strict=True)
        ],
    )
    signatures = _as_signatures(store.signatures())
    keys = signatures.keys
    new = np.isin(keys, fresh.keys)
    stale_set = set(stale)
    joined = UnionFind()
    regrouped: list[list[int]] = []
    for group in store.groups():
        rows = np.searchsorted(keys, [key for key in group if key not in stale_set]).tolist()
        if len(rows) < len(group):
            regrouped.append(rows)  # lost a member: its links are checked again
            continue
        for row in rows[1:]:
            joined.union(rows[0], row)
    firsts, identical = digest_representatives(signatures)
    for first, second in identical.tolist():
        joined.union(first, second)
    shingled = signatures.shingled
    pairs = [band_pairs(signatures, firsts, new)]
    pairs += [all_pairs([row for row in rows if shingled[row]]) for rows in regrouped]
    join_copies(signatures, np.concatenate(pairs), joined, _shingles_reader(cache, keys.tolist()))
    touched = set(np.flatnonzero(new).tolist()).union(*regrouped)
    roots = {joined.find(row) for row in touched}
    members = [row for row in joined.joined() if joined.find(row) in roots]
    groups = [
        [int(keys[row]) for row in component]
        for component in joined.components(members)
        if len(component) > 1
    ]
    dropped = [int(keys[row]) for row in members] + stale
    store.replace_groups(dropped, _oldest_first(store, groups))


def _sign(cache: ArticleCache, store: CopyStore, keys: list[int], workers: int) -> Signatures:
    """Return the signatures of the cached articles with these keys."""
    chunks = [keys[start : start + _SIGN_CHUNK] for start in range(0, len(keys), _SIGN_CHUNK)]
    if cache.path is None or workers <= 1 or len(keys) < _MIN_PARALLEL:
        return concatenate([signatures_of(*store.bodies(chunk)) for chunk in chunks])
    # Spawned, like the load's workers: the reader runs Qt threads it must not fork.
    context = multiprocessing.get_context("spawn")
    with context.Pool(workers) as pool:
        tasks = [pool.apply_async(signatures_from_file, (cache.path, chunk)) for chunk in chunks]
        return concatenate([task.get() for task in tasks])


def _as_signatures(stored: StoredSignatures) -> Signatures:
    """Return stored signatures as arrays (a short body's MinHash as zeros)."""
    blank = bytes(2 * PERMUTATIONS)
    matrix = np.frombuffer(
        b"".join(minhash or blank for minhash in stored.minhashes), dtype=np.uint16
    ).reshape(len(stored.keys), PERMUTATIONS)
    return Signatures(
        keys=np.array(stored.keys, dtype=np.int64),
        words=np.array(stored.words, dtype=np.int64),
        digests=np.array(stored.digests, dtype=np.int64),
        minhashes=matrix,
    )


def _shingles_reader(cache: ArticleCache, keys: Sequence[int]) -> Callable[[int], U64]:
    """Return a function giving a row's shingle hashes, read back from the cache."""

    @functools.lru_cache(maxsize=_SHINGLE_MEMO)
    def shingles(row: int) -> U64:
        body = cache.parsed_article(int(keys[row]), "").body
        hashes, _offsets = shingle_hashes([body_text(body)])
        return hashes

    return shingles


def _oldest_first(store: CopyStore, groups: list[list[int]]) -> list[list[int]]:
    """Return each group's members oldest first: dated before undated, then by path."""
    facts = store.dates_and_paths([key for group in groups for key in group])

    def age(key: int) -> tuple[bool, float, str]:
        date_key, path = facts.get(key, (-1.0, ""))
        return (date_key < 0, date_key, path)

    return [sorted(group, key=age) for group in groups]
