"""Evaluating a search query against the cache's FTS5 index: one FTS5 query when it can.

FTS5 says words, phrases, prefixes, fields, AND, OR and "a NOT b" itself; a NOT with nothing
beside it is one SQL query too (every file not matched). What neither can say (a NOT inside
an OR, say) is done with sets of keys, built in C from one string of keys per query.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager

from reader.domain.text.query_syntax import All, Any, Node, Not, read_query
from reader.domain.text.search import fts_expression

# The keys that an FTS5 expression matches, or (unmatched=True) every key it does not.
Matcher = Callable[[str, bool], Iterable[int]]
# A read connection to the cache database, lent for one query.
Reading = Callable[[], AbstractContextManager[sqlite3.Connection]]


def search_keys(queries: Sequence[str], reading: Reading) -> Iterator[int]:
    """Yield the keys of the articles that every query (in the search syntax) finds."""
    trees = [tree for tree in (read_query(q).tree for q in queries) if tree is not None]
    if not trees:
        return iter(())
    tree: Node = trees[0] if len(trees) == 1 else All(tuple(trees))

    def match(expression: str, unmatched: bool) -> Iterator[int]:
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
        return map(int, found.split(",")) if found else iter(())

    return iter(matching_keys(tree, match))


def matching_keys(tree: Node, match: Matcher) -> Iterable[int]:
    """Return the keys of the articles that tree finds (an iterable to read once)."""
    expression = fts_expression(tree)
    if expression is not None:
        return match(expression, False)
    if isinstance(tree, Not):
        inner = fts_expression(tree.part)
        if inner is not None:
            return match(inner, True)
        return _set(match("", True)) - _set(matching_keys(tree.part, match))
    if isinstance(tree, Any):
        found: set[int] = set()
        for part in tree.parts:
            found.update(matching_keys(part, match))
        return found
    assert isinstance(tree, All)
    wanted = [part for part in tree.parts if not isinstance(part, Not)]
    unwanted = [part.part for part in tree.parts if isinstance(part, Not)]
    if not wanted:
        # Only NOTs: the articles none of them match.
        return matching_keys(
            Not(unwanted[0] if len(unwanted) == 1 else Any(tuple(unwanted))), match
        )
    selected: set[int] | None = None
    # What FTS5 says alone first: the smallest sets come from it.
    for part in sorted(wanted, key=lambda p: fts_expression(p) is None):
        keys = _set(matching_keys(part, match))
        selected = keys if selected is None else selected & keys
        if not selected:
            return set()
    assert selected is not None
    for part in unwanted:
        selected -= _set(matching_keys(part, match))
    return selected


def _set(keys: Iterable[int]) -> set[int]:
    """Return keys as a set (not copied when they are one)."""
    return keys if isinstance(keys, set) else set(keys)
