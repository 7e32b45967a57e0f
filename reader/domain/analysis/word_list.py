"""Word lists: the folded words of a result with their counts, articles and keyness.

A word's proclitic forms (والصين، بالصين، للصين) are counted under it when the word itself
occurs in the same result; a word is shown in its most frequent spelling there. Stopwords,
words with digits and one-letter words are left out after that grouping, so that وفي goes
with في.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from reader.domain.analysis.keyness import log_likelihoods
from reader.domain.analysis.stopwords import arabic_stopwords
from reader.domain.store.word_index import ArticleCounts, FolderTotals, WordIndex
from reader.domain.text.arabic import PROCLITIC_CONJUNCTIONS, PROCLITIC_PREPOSITIONS

IntArray = npt.NDArray[np.int64]
_DIGIT_RE = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """What grouping needs of the folded words, by folded id: the forms each may stand for
    once a proclitic is taken off (least to most taken off, -1 for none), whether it starts
    with ال, and whether a word list leaves it out."""

    folded: Sequence[str]
    candidates: npt.NDArray[np.int32]  # shape (3, folded words)
    with_article: npt.NDArray[np.bool_]
    stopword: npt.NDArray[np.bool_]
    unlisted: npt.NDArray[np.bool_]  # digits or one letter


def build_vocabulary(folded: Sequence[str], stopwords: frozenset[str]) -> Vocabulary:
    """Return the grouping facts of folded words."""
    ids = {word: index for index, word in enumerate(folded)}
    candidates = np.full((3, len(folded)), -1, dtype=np.int32)
    for index, word in enumerate(folded):
        for level, base in enumerate(_bare_forms(word)):
            found = ids.get(base, -1)
            if found >= 0:
                candidates[level, index] = found
    return Vocabulary(
        folded=folded,
        candidates=candidates,
        with_article=np.array([word.startswith("ال") for word in folded], dtype=bool),
        stopword=np.array([word in stopwords for word in folded], dtype=bool),
        unlisted=np.array(
            [len(word) < 2 or _DIGIT_RE.search(word) is not None for word in folded], dtype=bool
        ),
    )


def _bare_forms(word: str) -> list[str]:
    """Return word with its proclitics taken off, one more at each step (at most three):
    و or ف, then ب ك or ل (لل standing for ل + ال)."""
    forms = []
    rest = word
    if len(rest) > 2 and rest[0] in PROCLITIC_CONJUNCTIONS:
        rest = rest[1:]
        forms.append(rest)
    if len(rest) > 2 and rest[0] in PROCLITIC_PREPOSITIONS:
        forms.append("ا" + rest[1:] if rest.startswith("لل") else rest[1:])
    return forms


def head_words(counts: npt.NDArray[np.float64], vocabulary: Vocabulary) -> npt.NDArray[np.int64]:
    """Return, by folded id, the word each is counted under given the result's counts.

    A proclitic form goes under its bare word when that occurs: always for a bare word with
    ال; otherwise only when the bare word occurs at least as often, since و ف ب ك ل also
    begin ordinary words (وزير is not و + زير). The barest such word wins.
    """
    size = len(counts)
    head = np.arange(size, dtype=np.int64)
    for level in range(3):
        base = vocabulary.candidates[level, :size].astype(np.int64)
        safe = np.where(base >= 0, base, 0)
        fits = (base >= 0) & (counts[safe] > 0)
        fits &= vocabulary.with_article[safe] | (counts[safe] >= counts)
        head = np.where(fits, base, head)
    # A bare word that itself went under a barer one takes its forms along.
    for _ in range(2):
        head = head[head]
    return head


@dataclass(frozen=True, slots=True)
class WordList:
    """The listed words of a result with their figures, in no particular order."""

    words: list[str]
    folded: list[str]
    counts: IntArray
    articles: IntArray
    # Signed G² against the rest of the folder; None when the result is the whole folder.
    keyness: npt.NDArray[np.float64] | None
    tokens: int
    article_count: int

    def __len__(self) -> int:
        return len(self.words)

    def by_frequency(self) -> list[int]:
        """Return the rows most frequent first (ties: more articles, then folded order)."""
        order = np.lexsort((self._folded_array(), -self.articles, -self.counts))
        return [int(i) for i in order]

    def by_keyness(self) -> list[int]:
        """Return the rows most key first (frequency order when there is no keyness)."""
        if self.keyness is None:
            return self.by_frequency()
        order = np.lexsort((self._folded_array(), -self.counts, -self.keyness))
        return [int(i) for i in order]

    def _folded_array(self) -> npt.NDArray[np.str_]:
        """Return the folded words as one array, which numpy sorts in folded order at C speed."""
        return np.array(self.folded, dtype=str)


def _grouped(
    index: WordIndex,
    vocabulary: Vocabulary,
    spelling_counts: npt.NDArray[np.float64],
    chunks: Iterable[ArticleCounts],
) -> dict[str, IntArray]:
    """Group counts by head word: head ids, counts, articles and shown spelling of each."""
    fold_ids = index.fold_ids()[: len(spelling_counts)]
    folded_count = len(vocabulary.folded)
    folded_counts: npt.NDArray[np.float64] = np.bincount(
        fold_ids, weights=spelling_counts, minlength=folded_count
    ).astype(np.float64)
    head = head_words(folded_counts, vocabulary)
    head_counts = np.bincount(head, weights=folded_counts, minlength=folded_count)
    head_articles = np.zeros(folded_count, dtype=np.int64)
    for chunk in chunks:
        heads = head[fold_ids[chunk.spellings]]
        pairs = np.sort(chunk.articles.astype(np.int64) * folded_count + heads)
        # One per article and word (sorting beats np.unique's hashing here).
        first = np.ones(len(pairs), dtype=bool)
        first[1:] = pairs[1:] != pairs[:-1]
        head_articles += np.bincount(pairs[first] % folded_count, minlength=folded_count)
    # The most frequent spelling of each folded word (its own, not a proclitic form's).
    present = np.flatnonzero(spelling_counts)
    order = np.lexsort((-spelling_counts[present], fold_ids[present]))
    ranked = present[order]
    firsts = np.ones(len(ranked), dtype=bool)
    firsts[1:] = fold_ids[ranked][1:] != fold_ids[ranked][:-1]
    best = np.full(folded_count, -1, dtype=np.int64)
    best[fold_ids[ranked[firsts]]] = ranked[firsts]
    words = np.flatnonzero((head_counts > 0) & (head == np.arange(folded_count)))
    return {
        "heads": words.astype(np.int64),
        "counts": head_counts[words].astype(np.int64),
        "articles": head_articles[words],
        "spellings": best[words],
        "folded_totals": folded_counts.astype(np.int64),
        "head_of": head,
    }


def _vocabulary(index: WordIndex) -> Vocabulary:
    """Return the grouping facts of the index's folded words (kept until new words come)."""
    kept = index.memo.get("vocabulary")
    if isinstance(kept, tuple) and kept[0] == len(index.folded):
        vocabulary: Vocabulary = kept[1]
        return vocabulary
    vocabulary = build_vocabulary(index.folded, arabic_stopwords())
    index.memo["vocabulary"] = (len(index.folded), vocabulary)
    return vocabulary


def folder_totals(index: WordIndex, vocabulary: Vocabulary | None = None) -> FolderTotals:
    """Return the folder's totals, counting what is missing and storing them when made."""
    stored = index.stored_totals()
    if stored is not None:
        return stored
    index.update()
    vocabulary = vocabulary or _vocabulary(index)
    spelling_counts = np.zeros(len(index.spellings), dtype=np.float64)
    tokens = articles = 0
    for chunk in index.all_counts():
        spelling_counts += np.bincount(
            chunk.spellings, weights=chunk.counts, minlength=len(spelling_counts)
        )
        tokens += chunk.tokens
        articles += chunk.article_count
    grouped = _grouped(index, vocabulary, spelling_counts, index.all_counts())
    totals = FolderTotals(spelling_counts.astype(np.int64), tokens, articles, grouped)
    index.store_totals(totals)
    return totals


def word_list(
    index: WordIndex,
    keys: Sequence[int] | None,
    *,
    stopwords: bool = True,
    keyness: bool = True,
    vocabulary: Vocabulary | None = None,
) -> WordList:
    """Return the word list of the articles with these cache keys (None: the whole folder).

    Keyness compares the result with the rest of the folder (the folder's totals are counted
    and stored first when need be); keyness=False leaves it out, for a quick first answer.
    """
    if keys is None:
        folder = folder_totals(index)
        vocabulary = vocabulary or _vocabulary(index)
        return _listed(
            index, vocabulary, folder.grouped, None, stopwords, folder.tokens, folder.article_count
        )
    # The totals first: counting the folder may bring words that the result's grouping needs.
    totals = folder_totals(index) if keyness else None
    counts = index.counts(keys)
    vocabulary = vocabulary or _vocabulary(index)
    spelling_counts = np.bincount(
        counts.spellings, weights=counts.counts, minlength=len(index.spellings)
    ).astype(np.float64)
    grouped = _grouped(index, vocabulary, spelling_counts, [counts])
    scores = None if totals is None else _keyness(index, grouped, totals, counts.tokens)
    return _listed(
        index, vocabulary, grouped, scores, stopwords, counts.tokens, counts.article_count
    )


def _keyness(
    index: WordIndex, grouped: dict[str, IntArray], totals: FolderTotals, tokens: int
) -> npt.NDArray[np.float64]:
    """Return the signed G² of each grouped word against the rest of the folder."""
    fold_ids = index.fold_ids()[: len(totals.spelling_counts)]
    folder_folded = np.bincount(
        fold_ids, weights=totals.spelling_counts, minlength=len(grouped["head_of"])
    )
    # The folder's count of a word takes the same forms as the result's.
    folder_heads = np.bincount(grouped["head_of"], weights=folder_folded)
    heads = grouped["heads"]
    inside = grouped["counts"].astype(np.float64)
    rest = np.maximum(folder_heads[heads] - inside, 0.0)
    return log_likelihoods(inside, rest, float(tokens), float(max(totals.tokens - tokens, 0)))


def _listed(
    index: WordIndex,
    vocabulary: Vocabulary,
    grouped: dict[str, IntArray],
    scores: npt.NDArray[np.float64] | None,
    stopwords: bool,
    tokens: int,
    article_count: int,
) -> WordList:
    """Return the grouped words that a list shows."""
    heads = grouped["heads"]
    keep = ~vocabulary.unlisted[heads]
    if stopwords:
        keep &= ~vocabulary.stopword[heads]
    kept = np.flatnonzero(keep)
    spellings = grouped["spellings"][kept]
    return WordList(
        words=[index.spellings[s] for s in spellings.tolist()],
        folded=[vocabulary.folded[h] for h in heads[kept].tolist()],
        counts=grouped["counts"][kept],
        articles=grouped["articles"][kept],
        keyness=None if scores is None else scores[kept],
        tokens=tokens,
        article_count=article_count,
    )
