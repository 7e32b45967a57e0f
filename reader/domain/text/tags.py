"""Keyword tags: splitting a tag line, and rebuilding multi-word tags when it has no separators."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Sequence

from reader.domain.text.arabic import canonical_tags, fold, fold_by_line, fold_each

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


def _first_word_forms(word: str) -> list[str]:
    """Return a folded text word and what it is behind a one-letter proclitic or لل."""
    forms = [word]
    if len(word) > 2 and word[0] in _ONE_LETTER_PROCLITICS:
        forms.append(word[1:])
    if word.startswith("لل") and len(word) > 3:
        forms.append("ا" + word[1:])
    return forms


# Whitespace other than one plain space between words (runs, tabs, other spaces): made one space.
_SPACE_RUN_RE = re.compile(r"[^\S\n]{2,}|[^\S \n]")
_ODD_SPACE_RE = re.compile(r"[^\S \n]")
# Two or more whole words, one space apart.
_PHRASE_RE = re.compile(r"\w+(?: \w+)+")
# The whole word that ends where a search stops.
_LAST_WORD_RE = re.compile(r"(?<!\w)\w+\Z")


class PhraseFinder:
    """Tells whether a tag phrase occurs in an article's texts, with a proclitic on its first word.

    The texts are folded once; a lookup searches for the phrase's later words as one
    substring (C speed) and checks the word before each hit, so no pattern is compiled per
    article. A phrase is 2 to 4 folded words, single-spaced (as rebuild_unseparated asks);
    it occurs where its words follow one another as whole words, separated by spaces only.
    The hit of a phrase holds each phrase that starts it: those are found too.
    """

    def __init__(self, texts: Iterable[str], *, folded: bool = False) -> None:
        """folded: the texts are fold()ed already (the parse made them)."""
        text = "\n".join(texts)
        if not folded:
            text = fold_by_line(text)
        if "  " in text or _has_odd_space(text):  # rare: the full pattern is slow
            text = _SPACE_RUN_RE.sub(" ", text)
        self._text = text

    def __contains__(self, phrase: object) -> bool:
        if not isinstance(phrase, str):
            return False
        if _PHRASE_RE.fullmatch(phrase) is None:
            return False
        first, _, rest = phrase.partition(" ")
        text = self._text
        tail = " " + rest
        hit = text.find(tail)
        while hit != -1:
            end = hit + len(tail)
            if end == len(text) or not _is_word_char(text[end]):
                before = _LAST_WORD_RE.search(text, max(0, hit - len(first) - 2), hit)
                if before is not None and first in _first_word_forms(before.group()):
                    return True
            hit = text.find(tail, hit + 1)
        return False


def _has_odd_space(text: str) -> bool:
    """Tell whether text holds whitespace other than spaces and line breaks."""
    # Every such character is unprintable: one C pass over the text, most often all printable,
    # spares the regex's slower one.
    return not text.replace("\n", "").isprintable() and _ODD_SPACE_RE.search(text) is not None


def _is_word_char(char: str) -> bool:
    """Tell whether a character is one that \\w matches."""
    return char.isalnum() or char == "_"


def rebuild_unseparated(
    words: Sequence[str], is_known: Callable[[str], bool], *, prefix_closed: bool = False
) -> list[str]:
    """Group words into tags: at each place the longest known run (up to 4), else one word."""
    # prefix_closed: every run that starts a known run is known (as in a PhraseFinder), so runs
    # are tried shortest first, up to the first unknown one: most places ask once, not 3 times.
    folded = fold_each(words)
    tags: list[str] = []
    index = 0
    while index < len(words):
        longest = min(MAX_TAG_WORDS, len(words) - index)
        if prefix_closed:
            length = 1
            while length < longest and is_known(" ".join(folded[index : index + length + 1])):
                length += 1
        else:
            length = longest
            while length > 1 and not is_known(" ".join(folded[index : index + length])):
                length -= 1
        tags.append(" ".join(words[index : index + length]))
        index += length
    return tags


def unseparated_tags(
    words: Sequence[str],
    texts: Iterable[str],
    vocabulary: Collection[str] = (),
    *,
    folded: bool = False,
) -> list[str]:
    """Rebuild the tags of a separator-less tag line from the article's texts and vocabulary."""
    # folded: the texts are fold()ed already (the parse made them).
    known = PhraseFinder(texts, folded=folded)
    if not vocabulary:
        return rebuild_unseparated(words, known.__contains__, prefix_closed=True)
    return rebuild_unseparated(words, lambda phrase: phrase in known or phrase in vocabulary)


def line_tags(
    tag_lines: Iterable[str], folded_texts: Callable[[], list[str]]
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """Return an article's tags from its tag lines, fold() of each, and separator-less words."""
    # folded_texts gives fold() of the article's texts: asked once, for a separator-less line.
    tags: list[str] = []
    unseparated: list[str] = []
    texts: list[str] | None = None
    for tag_line in tag_lines:
        if has_separators(tag_line):
            tags.extend(split_separated(tag_line))
            continue
        words = tag_line.split()
        unseparated.extend(words)
        if texts is None:
            texts = folded_texts()
        tags.extend(unseparated_tags(words, texts, folded=True))
    shown, folded = dedupe_folded_tags(tags)
    return shown, folded, tuple(unseparated)


def tag_key(tag: str) -> str:
    """Return the identity of a tag: its folded form with single spaces."""
    return " ".join(fold(tag).split())


def dedupe_tags(tags: Iterable[str]) -> tuple[str, ...]:
    """Return tags in canonical letters, keeping the first of each folded form."""
    return dedupe_folded_tags(tags)[0]


def dedupe_folded_tags(tags: Iterable[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Return dedupe_tags(tags), and fold() of each tag it keeps."""
    shown_tags = canonical_tags(list(tags))
    seen: dict[str, tuple[str, str]] = {}
    for shown, folded in zip(shown_tags, fold_each(shown_tags), strict=True):
        key = " ".join(folded.split())
        if key and key not in seen:
            seen[key] = (shown, folded)
    return tuple(shown for shown, _ in seen.values()), tuple(folded for _, folded in seen.values())
