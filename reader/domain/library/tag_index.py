"""The tag index: an id per tag identity, its shown name, and the articles that carry it."""

from __future__ import annotations

from array import array
from collections.abc import Collection, Iterable, Sequence
from itertools import chain, filterfalse

import numpy as np
import numpy.typing as npt

from reader.domain.library.id_arrays import IntArray, id_array
from reader.domain.library.query import TagFacets
from reader.domain.store.snapshot import LibrarySnapshot
from reader.domain.text.arabic import canonical_tag
from reader.domain.text.tags import tag_key

# Counts by tag id.
Counts = npt.NDArray[np.int64]
# From this many articles on, a count runs over the tags column made flat (built once after
# articles change); fewer are counted from their own tags.
_COUNTED_ON_FLAT = 2000
# A count over more than this share of the articles counts those left out, and takes them
# from the totals (a search for a common word lists nearly every article).
_LEFT_OUT_SHARE = 0.75


class TagIndex:
    """Tags by id: folded key, shown name (canonical letters, first spelling seen), members.

    Ids are given as tags are first met and never change; an article's tag ids live in the
    library's tags column, which `tag` fills and `untag` reads.
    """

    def __init__(self) -> None:
        # Every spelling met so far: most tags recur as written, so most need no folding.
        self.texts: dict[str, int] = {}
        self.id_of_key: dict[str, int] = {}
        # One entry per tag id.
        self.keys: list[str] = []
        self.names: list[str] = []
        self.members: list[array[int]] = []
        # Tag ids in folded-key order; built on first use, kept up to date as tags come.
        self._alphabetical: list[int] | None = None
        # Each tag id's place in that order, rebuilt with it.
        self._ranks: Counts | None = None
        # Built on first use, dropped when articles come or go or tags change.
        self._all_facets: TagFacets | None = None
        self._flat: tuple[IntArray, IntArray] | None = None
        # Where each article's tags start in the flat column, and how many carry each tag.
        self._starts_totals: tuple[Counts, Counts] | None = None

    def adopt(self, snapshot: LibrarySnapshot) -> None:
        """Take over the tag columns of a snapshot (the tags column goes to ArticleColumns)."""
        self.texts = snapshot.tag_texts
        self.keys = snapshot.tag_keys
        self.names = snapshot.tag_names
        self.members = snapshot.tag_members
        self.id_of_key = {key: tag_id for tag_id, key in enumerate(snapshot.tag_keys)}
        self.forget_facets()

    def tag(self, article_id: int, tags: Iterable[str]) -> tuple[int, ...]:
        """Return the ids of an article's tags, entering the article among their members."""
        texts = self.texts
        members = self.members
        tag_ids = []
        for tag in tags:
            tag_id = texts.get(tag)
            if tag_id is None:
                tag_id = self._new_spelling(tag)
            tag_ids.append(tag_id)
            members[tag_id].append(article_id)
        return tuple(tag_ids)

    def _new_spelling(self, tag: str) -> int:
        """Return the id of a tag as written, giving its identity an id when it is new."""
        # One string object where spelling, key and name agree (most tags): as a snapshot
        # read back has them, so that a first open keeps no more than a reopen.
        key = _same(tag_key(tag), tag)
        tag_id = self.id_of_key.get(key)
        if tag_id is None:
            tag_id = len(self.keys)
            self.id_of_key[key] = tag_id
            self.keys.append(key)
            self.names.append(_same(canonical_tag(tag), tag))
            self.members.append(array("i"))
        self.texts[tag] = tag_id
        return tag_id

    def untag(self, article_ids: Collection[int], tags: Sequence[tuple[int, ...]]) -> None:
        """Take articles out of the member lists of their tags (one pass per tag touched);
        tags is the library's tags column."""
        touched: dict[int, set[int]] = {}
        for article_id in article_ids:
            for tag_id in tags[article_id]:
                touched.setdefault(tag_id, set()).add(article_id)
        members = self.members
        for tag_id, leaving in touched.items():
            members[tag_id] = array("i", filterfalse(leaving.__contains__, members[tag_id]))

    def names_of(self, tag_ids: Iterable[int]) -> tuple[str, ...]:
        """Return tags as the library shows them, by id."""
        names = self.names
        return tuple(names[tag_id] for tag_id in tag_ids)

    def members_of(self, tag: str) -> Sequence[int]:
        """Return the ids of the articles that carry tag, in no particular order."""
        tag_id = self.id_of_key.get(tag_key(tag))
        return () if tag_id is None else self.members[tag_id]

    def display(self, tag: str) -> str:
        """Return the tag as the library shows it (canonical letters, first spelling seen)."""
        tag_id = self.id_of_key.get(tag_key(tag))
        return canonical_tag(tag) if tag_id is None else self.names[tag_id]

    def facets(
        self, tags: Sequence[tuple[int, ...]], ids: Collection[int] | None = None
    ) -> TagFacets:
        """Return the tag counts over ids (all articles when None), most used first; tags is
        the library's tags column."""
        if ids is not None:
            return self._facets(self._counts(tags, ids))
        if self._all_facets is None:
            sizes = np.fromiter(map(len, self.members), dtype=np.int64, count=len(self.members))
            self._all_facets = self._facets(sizes)
        return self._all_facets

    def forget_facets(self) -> None:
        """Drop the counts over every article and the flat tags column: articles came or
        went, or tags changed."""
        self._all_facets = None
        self._flat = None
        self._starts_totals = None

    def prepare(self, tags: Sequence[tuple[int, ...]]) -> None:
        """Build now what counts over many articles use (the first click after a load paid
        for it: some 40 ms at 100,000 articles); tags is the library's tags column."""
        self._flat_tags(tags)
        self._alphabetical_ranks()

    def _counts(self, tags: Sequence[tuple[int, ...]], ids: Collection[int]) -> Counts:
        """Return how many of ids carry each tag, by tag id."""
        if len(ids) < _COUNTED_ON_FLAT:
            carried = np.fromiter(chain.from_iterable(map(tags.__getitem__, ids)), dtype=np.int32)
        else:
            lengths, flat = self._flat_tags(tags)
            chosen = np.zeros(lengths.size, dtype=bool)
            chosen[id_array(ids)] = True
            if len(ids) > _LEFT_OUT_SHARE * lengths.size:
                return self._counts_without(np.flatnonzero(~chosen))
            carried = flat[np.repeat(chosen, lengths)]
        return np.bincount(carried, minlength=len(self.keys))

    def _counts_without(self, left_out: Counts) -> Counts:
        """Return how many articles carry each tag, less those left out (by id, ascending)."""
        assert self._flat is not None  # made by the caller
        lengths, flat = self._flat
        if self._starts_totals is None or self._starts_totals[1].size < len(self.keys):
            ends = np.cumsum(lengths, dtype=np.int64)
            self._starts_totals = (ends - lengths, np.bincount(flat, minlength=len(self.keys)))
        starts, totals = self._starts_totals
        counts = lengths[left_out].astype(np.int64)
        ends = np.cumsum(counts)
        # Where the left-out articles' tags lie in the flat column, one run per article.
        at = np.arange(int(ends[-1]) if ends.size else 0) + np.repeat(
            starts[left_out] - (ends - counts), counts
        )
        return totals - np.bincount(flat[at], minlength=totals.size)

    def _flat_tags(self, tags: Sequence[tuple[int, ...]]) -> tuple[IntArray, IntArray]:
        """Return the tags column flat: each article's tag count, and every tag id in a row."""
        if self._flat is None or self._flat[0].size != len(tags):
            lengths = np.fromiter(map(len, tags), dtype=np.int32, count=len(tags))
            flat = np.fromiter(chain.from_iterable(tags), dtype=np.int32, count=int(lengths.sum()))
            self._flat = (lengths, flat)
        return self._flat

    def _facets(self, counts: Counts) -> TagFacets:
        """Order counted tags most used first, ties in the order of the tags' folded forms."""
        present = np.flatnonzero(counts)
        # One key per tag (count descending, then rank): a single sort, several times
        # faster than a lexsort of the two.
        keys = (-counts[present] << 32) | self._alphabetical_ranks()[present]
        order = present[np.argsort(keys)]
        return TagFacets(
            order=order.tolist(),
            counts=counts.tolist(),
            names=self.names,
            keys=self.keys,
            members=self.members,
            ids_by_key=self.id_of_key,
        )

    def _alphabetical_ranks(self) -> Counts:
        """Return each tag id's place in folded-key order (kept up to date as tags come)."""
        keys = self.keys
        alphabetical = self._alphabetical
        if alphabetical is None or len(alphabetical) > len(keys):
            alphabetical = sorted(range(len(keys)), key=keys.__getitem__)
        elif len(alphabetical) < len(keys):
            # Tags are only ever appended during a load: the new ones are sorted alone and
            # merged in (two sorted runs: one linear pass), not every tag sorted again.
            new = sorted(range(len(alphabetical), len(keys)), key=keys.__getitem__)
            alphabetical = sorted(alphabetical + new, key=keys.__getitem__)
        if alphabetical is not self._alphabetical or self._ranks is None:
            self._alphabetical = alphabetical
            ranks = np.empty(len(alphabetical), dtype=np.int64)
            ranks[np.array(alphabetical, dtype=np.int64)] = np.arange(len(alphabetical))
            self._ranks = ranks
        return self._ranks


def _same(text: str, original: str) -> str:
    """Return original when text equals it, so that equal strings are one object."""
    return original if text == original else text
