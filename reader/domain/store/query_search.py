"""Evaluating a search query against the cache's FTS5 index: one FTS5 query when it can.

FTS5 says words, phrases, prefixes, fields, AND, OR and "a NOT b" itself; a NOT with nothing
beside it is one SQL query too (every file not matched). What neither can say (a NOT inside
an OR, say) is done on sorted numpy arrays of keys, read in C from one string per query.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from functools import reduce

import numpy as np
import numpy.typing as npt

from reader.domain.text.query_syntax import All, Any, Node, Not, read_query
from reader.domain.text.search import fts_expression

# Cache keys, ascending and each once.
Keys = npt.NDArray[np.int64]
# The keys that an FTS5 expression matches, or (unmatched=True) every key it does not.
Matcher = Callable[[str, bool], Keys]
# A read connection to the cache database, lent for one query.
Reading = Callable[[], AbstractContextManager[sqlite3.Connection]]

NO_KEYS: Keys = np.zeros(0, dtype=np.int64)
NO_KEYS.flags.writeable = False  # shared: every query that finds nothing returns it


def search_keys(queries: Sequence[str], reading: Reading) -> Keys:
    """Return the keys of the articles that every query (in the search syntax) finds."""
    trees = [tree for tree in (read_query(q).tree for q in queries) if tree is not None]
    if not trees:
        return NO_KEYS
    tree: Node = trees[0] if len(trees) == 1 else All(tuple(trees))

    def match(expression: str, unmatched: bool) -> Keys:
        if unmatched:
            sql = "SELECT group_concat(id) FROM files"
            if expression:
                sql += (
                    " WHERE id NOT IN (SELECT rowid FROM search_index WHERE search_index MATCH ?)"
                )
        else:
            # One string, not a row per hit: common words hit most of 100,000 articles.
            sql = "SELECT group_concat(rowid) FROM search_index WHERE search_index MATCH ?"
        with reading() as db:
            (found,) = db.execute(sql, (expression,) if expression else ()).fetchone()
        return keys_of(found)

    return matching_keys(tree, match)


def keys_of(text: str | None) -> Keys:
    """Return the keys in a comma-separated string, ascending and each once."""
    if not text:
        return NO_KEYS
    keys = np.fromstring(text, dtype=np.int64, sep=",")
    # SQLite gives rowids ascending; the check costs a fraction of a sort.
    if keys.size > 1 and not bool((keys[1:] > keys[:-1]).all()):
        keys = np.unique(keys)
    return keys


def matching_keys(tree: Node, match: Matcher) -> Keys:
    """Return the keys of the articles that tree finds, ascending."""
    expression = fts_expression(tree)
    if expression is not None:
        return match(expression, False)
    if isinstance(tree, Not):
        inner = fts_expression(tree.part)
        if inner is not None:
            return match(inner, True)
        return np.setdiff1d(match("", True), matching_keys(tree.part, match), assume_unique=True)
    if isinstance(tree, Any):
        return reduce(np.union1d, (matching_keys(part, match) for part in tree.parts))
    assert isinstance(tree, All)
    wanted = [part for part in tree.parts if not isinstance(part, Not)]
    unwanted = [part.part for part in tree.parts if isinstance(part, Not)]
    if not wanted:
        # Only NOTs: the articles none of them match.
        return matching_keys(
            Not(unwanted[0] if len(unwanted) == 1 else Any(tuple(unwanted))), match
        )
    selected: Keys | None = None
    # What FTS5 says alone first: the smallest sets come from it.
    for part in sorted(wanted, key=lambda p: fts_expression(p) is None):
        keys = matching_keys(part, match)
        selected = keys if selected is None else np.intersect1d(selected, keys, True)
        if not selected.size:
            return NO_KEYS
    assert selected is not None
    for unwanted_part in unwanted:
        selected = np.setdiff1d(selected, matching_keys(unwanted_part, match), assume_unique=True)
    return selected
