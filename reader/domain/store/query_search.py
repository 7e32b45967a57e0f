"""Evaluating a search query against the cache's FTS5 index: one FTS5 query when it can.

FTS5 says words, phrases, prefixes, fields, AND, OR and "a NOT b" itself; a NOT with nothing
beside it is one SQL query too (every file not matched). What neither can say (a NOT inside
an OR, say) is done on sorted numpy arrays of keys, read in C from one string per query.
Words with frequent forms (store/frequent_terms.py) are found in memory, their rare forms
by FTS5.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from functools import reduce
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from reader.domain.text.query_syntax import All, Any, Node, Not, Term, read_query
from reader.domain.text.search import any_form, fts_expression, word_forms

if TYPE_CHECKING:  # frequent_terms reads the index with fts_keys: imported for types only
    from reader.domain.store.frequent_terms import BoolArray, FrequentTerms

# Cache keys, ascending and each once.
Keys = npt.NDArray[np.int64]
# The keys that an FTS5 expression matches, or (unmatched=True) every key it does not.
Matcher = Callable[[str, bool], Keys]
# A read connection to the cache database, lent for one query.
Reading = Callable[[], AbstractContextManager[sqlite3.Connection]]

NO_KEYS: Keys = np.zeros(0, dtype=np.int64)
NO_KEYS.flags.writeable = False  # shared: every query that finds nothing returns it


def search_keys(
    queries: Sequence[str], reading: Reading, frequent: FrequentTerms | None = None
) -> Keys:
    """Return the keys of the articles that every query (in the search syntax) finds, with
    the articles of frequent words from memory when given."""
    trees = [tree for tree in (read_query(q).tree for q in queries) if tree is not None]
    if not trees:
        return NO_KEYS
    tree: Node = trees[0] if len(trees) == 1 else All(tuple(trees))

    def match(expression: str, unmatched: bool) -> Keys:
        if not unmatched:
            with reading() as db:
                return fts_keys(db, expression)
        sql = "SELECT group_concat(id) FROM files"
        if expression:
            sql += " WHERE id NOT IN (SELECT rowid FROM search_index WHERE search_index MATCH ?)"
        with reading() as db:
            (found,) = db.execute(sql, (expression,) if expression else ()).fetchone()
        return keys_of(found)

    if frequent is not None:
        found = frequent_keys(tree, match, frequent)
        if found is not None:
            return found
    return matching_keys(tree, match)


def fts_keys(db: sqlite3.Connection, expression: str) -> Keys:
    """Return the keys of the articles that an FTS5 expression finds."""
    # One string, not a row per hit: common words hit most of 100,000 articles.
    sql = "SELECT group_concat(rowid) FROM search_index WHERE search_index MATCH ?"
    (found,) = db.execute(sql, (expression,)).fetchone()
    return keys_of(found)


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


def frequent_keys(tree: Node, match: Matcher, frequent: FrequentTerms) -> Keys | None:
    """Return the keys of the articles that tree finds, its words with frequent forms found
    in memory; None when no word outside a NOT has one (FTS5 alone is as fast)."""
    chosen = _articles(tree, match, frequent)
    return None if chosen is None else np.flatnonzero(chosen).astype(np.int64, copy=False)


def _articles(tree: Node, match: Matcher, frequent: FrequentTerms) -> BoolArray | None:
    """Return which keys tree finds, by key, or None as frequent_keys says."""
    if isinstance(tree, Term):
        return _word_articles(tree, match, frequent)
    if isinstance(tree, Not):
        return None  # "every file not matched" is one SQL query
    found = [_articles(part, match, frequent) for part in tree.parts]
    if isinstance(tree, Any):
        if all(part is None for part in found):
            return None
        chosen = np.zeros(0, np.bool_)
        for part, articles in zip(tree.parts, found, strict=True):
            chosen = _either(
                chosen, _keyed(matching_keys(part, match)) if articles is None else articles
            )
        return chosen
    wanted = [
        (part, articles)
        for part, articles in zip(tree.parts, found, strict=True)
        if not isinstance(part, Not)
    ]
    in_memory = [articles for _part, articles in wanted if articles is not None]
    if not in_memory:
        return None
    chosen = reduce(_both, in_memory)
    rest = [part for part, articles in wanted if articles is None]
    if rest:
        keys = matching_keys(rest[0] if len(rest) == 1 else All(tuple(rest)), match)
        chosen = _both(chosen, _keyed(keys))
    for part in tree.parts:
        if isinstance(part, Not) and chosen.any():
            unwanted = _articles(part.part, match, frequent)
            if unwanted is None:
                unwanted = _keyed(matching_keys(part.part, match))
            chosen = _without(chosen, unwanted)
    return chosen


def _keyed(keys: Keys) -> BoolArray:
    """Return keys as one flag per key, set for those given."""
    chosen = np.zeros(int(keys[-1]) + 1 if keys.size else 0, np.bool_)
    chosen[keys] = True
    return chosen


def _either(one: BoolArray, other: BoolArray) -> BoolArray:
    """Return the flags set in one or the other (as long as the longer)."""
    if one.size < other.size:
        one, other = other, one
    either = one.copy()
    either[: other.size] |= other
    return either


def _both(one: BoolArray, other: BoolArray) -> BoolArray:
    """Return the flags set in both (as long as the shorter: past it, none is)."""
    size = min(one.size, other.size)
    return one[:size] & other[:size]


def _without(one: BoolArray, other: BoolArray) -> BoolArray:
    """Return the flags set in one and not in other (past other's end, all of one's)."""
    kept = one.copy()
    size = min(one.size, other.size)
    kept[:size] &= ~other[:size]
    return kept


def _word_articles(term: Term, match: Matcher, frequent: FrequentTerms) -> BoolArray | None:
    """Return which keys hold a one-word term behind any proclitic, its frequent forms read
    from memory and the rest from FTS5; None for a phrase, a prefix, a field, or a word with
    no frequent form."""
    if len(term.words) > 1 or term.prefix or term.field:
        return None
    chosen, rare = frequent.articles_of(word_forms(term.words[0]))
    if chosen is None or not rare:
        return chosen
    return _either(chosen, _keyed(match(any_form(rare), False)))
