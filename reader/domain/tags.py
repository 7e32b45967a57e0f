"""Keyword tags: splitting a tag line, and rebuilding multi-word tags when it has no separators."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Sequence

from reader.domain.arabic import canonical_tag, fold

_SEPARATOR_RE = re.compile(r"[،,٬؛;|#]|\s[-–—]\s")
_WORD_FULL_RE = re.compile(r"\w+")
MAX_TAG_WORDS = 4
# The words that may follow a first word in a tag, with nothing but spaces between them.
_TAIL_RE = re.compile(r"\s+(\w+)" + r"(?:\s+(\w+))?" * (MAX_TAG_WORDS - 2))
_ONE_LETTER_PROCLITICS = "وفبلك"


def has_separators(tag_line: str) -> bool:
    """Tell whether a tag line separates its tags with punctuation or spaced dashes."""
    return _SEPARATOR_RE.search(tag_line) is not None


def split_separated(tag_line: str) -> list[str]:
    """Split a tag line on its separators, dropping empty pieces."""
    return [piece.strip(" #-–—") for piece in _SEPARATOR_RE.split(tag_line) if piece.strip(" #-–—")]


def phrase_key(words: Iterable[str]) -> str:
    """Return the folded form of a run of words, single-spaced."""
    return " ".join(fold(word) for word in words)


def _first_word_forms(word: str) -> list[str]:
    """Return a folded text word and what it is behind a one-letter proclitic or لل."""
    forms = [word]
    if len(word) > 2 and word[0] in _ONE_LETTER_PROCLITICS:
        forms.append(word[1:])
    if word.startswith("لل") and len(word) > 3:
        forms.append("ا" + word[1:])
    return forms


def text_phrases(texts: Iterable[str], first_words: set[str]) -> set[str]:
    """Return the folded phrases of 2 to 4 words in texts that start with one of first_words."""
    cores = {word for word in first_words if _WORD_FULL_RE.fullmatch(word)}
    cores |= {word[2:] for word in cores if word.startswith("ال") and len(word) > 3}
    if not cores:
        return set()
    # One C-level scan finds the words that may be a first word behind a proclitic; Python
    # then checks only those (a text has thousands of words, a tag line a handful).
    alternation = "|".join(re.escape(core) for core in sorted(cores, key=len, reverse=True))
    candidates = re.compile(rf"(?<!\w)(?:لل|[{_ONE_LETTER_PROCLITICS}])?(?:{alternation})(?!\w)")
    phrases: set[str] = set()
    for text in texts:
        folded = fold(text)
        for match in candidates.finditer(folded):
            forms = [form for form in _first_word_forms(match.group()) if form in first_words]
            if not forms:
                continue
            tail = _TAIL_RE.match(folded, match.end())
            following = [word for word in tail.groups() if word] if tail else []
            for form in forms:
                for length in range(1, len(following) + 1):
                    phrases.add(" ".join([form, *following[:length]]))
    return phrases


def rebuild_unseparated(words: Sequence[str], is_known: Callable[[str], bool]) -> list[str]:
    """Group words into tags: at each place the longest known run (up to 4), else one word."""
    tags: list[str] = []
    index = 0
    while index < len(words):
        length = min(MAX_TAG_WORDS, len(words) - index)
        while length > 1 and not is_known(phrase_key(words[index : index + length])):
            length -= 1
        tags.append(" ".join(words[index : index + length]))
        index += length
    return tags


def unseparated_tags(
    words: Sequence[str], texts: Iterable[str], vocabulary: Collection[str] = ()
) -> list[str]:
    """Rebuild the tags of a separator-less tag line from the article's texts and vocabulary."""
    first_words = {fold(word) for word in words}
    known = text_phrases(texts, first_words)
    return rebuild_unseparated(words, lambda phrase: phrase in known or phrase in vocabulary)


def dedupe_tags(tags: Iterable[str]) -> tuple[str, ...]:
    """Return tags in canonical letters, keeping the first of each folded form."""
    seen: dict[str, str] = {}
    for tag in tags:
        shown = canonical_tag(tag)
        key = " ".join(fold(shown).split())
        if key and key not in seen:
            seen[key] = shown
    return tuple(seen.values())
