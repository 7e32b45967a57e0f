"""Regrouping separator-less tag lines with the multi-word tags other files separate."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Collection, Iterable
from dataclasses import replace

from reader.domain.article import Article
from reader.domain.problems import CacheWarning, CacheWarningCode
from reader.domain.store.cache import ArticleCache
from reader.domain.text.tags import (
    MAX_TAG_WORDS,
    PhraseFinder,
    dedupe_tags,
    rebuild_unseparated,
    tag_key,
)

# (cache key, regrouped tags, whether they differ from what the parser found)
Regrouped = tuple[int, tuple[str, ...], bool]


def regroup_tags(cache: ArticleCache) -> list[Regrouped]:
    """Regroup the stored tags with the folder's vocabulary, store them, and return those of
    every article whose tags changed.

    Reads and writes the cache only, so it can run on the loader's thread; does nothing when
    the stored tags are already regrouped. A cache that fails says so in its warnings, and
    the tags stay as the parser made them.
    """
    try:
        return _regroup_tags(cache)
    except sqlite3.Error as error:
        path = str(cache.path or "")  # empty for a cache in memory
        cache.warnings.append(CacheWarning(CacheWarningCode.TAGS_NOT_STORED, path, str(error)))
        return []


def _regroup_tags(cache: ArticleCache) -> list[Regrouped]:
    """Regroup the stored tags as regroup_tags says, letting the cache's errors through."""
    if cache.vocabulary_applied():
        return []
    keys: dict[str, str] = {}

    def key_of(tag: str) -> str:
        key = keys.get(tag)
        if key is None:
            key = keys[tag] = tag_key(tag)
        return key

    # Tags repeat from file to file: each distinct spelling is folded once.
    vocabulary = {key for tags in cache.separated_tags() for key in map(key_of, tags) if " " in key}
    first_words = {phrase.split(" ", 1)[0] for phrase in vocabulary}
    stored: list[Regrouped] = []
    changed: list[Regrouped] = []
    for key, words, tags, retagged in cache.unseparated_rows():
        if not retagged and not _may_regroup(words, tags, key_of, vocabulary, first_words):
            continue
        article = cache.parsed_article(key, "")
        new_tags = retag(article, vocabulary).tags
        stored.append((key, new_tags, new_tags != article.tags))
        if new_tags != tags:
            changed.append(stored[-1])
    cache.set_tags(stored)
    cache.mark_vocabulary_applied()
    return changed


def _may_regroup(
    words: list[str],
    tags: Iterable[str],
    key_of: Callable[[str], str],
    vocabulary: set[str],
    first_words: set[str],
) -> bool:
    """Tell whether a vocabulary phrase in the tag words is not already one of the tags.

    When every vocabulary phrase found in the tag line is already a tag of the article, the
    article's own text made it known, and the vocabulary changes nothing.
    """
    tag_keys: set[str] | None = None
    for index, word in enumerate(words):
        if word not in first_words:
            continue
        for length in range(2, MAX_TAG_WORDS + 1):
            if index + length > len(words):
                break
            phrase = " ".join(words[index : index + length])
            if phrase in vocabulary:
                if tag_keys is None:
                    tag_keys = {key_of(tag) for tag in tags}
                if phrase not in tag_keys:
                    return True
    return False


def retag(article: Article, vocabulary: Collection[str]) -> Article:
    """Return the article with its separator-less tags rebuilt using a corpus vocabulary."""
    words = article.unseparated_tag_words
    finder = PhraseFinder(article.matching_texts())
    # Both groupings ask about the same phrases: the text is searched once for each.
    found: dict[str, bool] = {}

    def known(phrase: str) -> bool:
        answer = found.get(phrase)
        if answer is None:
            answer = found[phrase] = phrase in finder
        return answer

    before = {tag_key(tag) for tag in rebuild_unseparated(words, known)}
    after = rebuild_unseparated(words, lambda phrase: phrase in vocabulary or known(phrase))
    kept = [tag for tag in article.tags if tag_key(tag) not in before]
    return replace(article, tags=dedupe_tags([*after, *kept]))
