"""Arabic-aware search: the FTS5 expression of a query, match highlighting and hit snippets.

A word matches a word of the document after folding (FORMAT.md), behind any proclitic
(و ف ب ك ل, ال, لل), with ASCII letters in either case; a phrase allows a proclitic on its
first word only; a prefix matches behind proclitics too. Queries are read by query_syntax;
the library searches with SQLite FTS5 (store/query_search.py) using fts_expression.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from reader.domain.text.arabic import RAW_WORD_RE, WORD_RE, fold, proclitic_variants
from reader.domain.text.query_syntax import (
    Any,
    Node,
    Not,
    Term,
    folded_query_words,
    match_form,
    positive_terms,
    read_query,
)

__all__ = [
    "Snippet",
    "any_form",
    "fts_expression",
    "match_expression",
    "match_form",
    "match_spans",
    "query_words",
    "snippet",
    "word_forms",
]

# Characters a snippet keeps before its hit, and at most in all (a row shows one line).
_SNIPPET_BEFORE = 40
_SNIPPET_CHARS = 220
# Words as written whose match forms are remembered: news reuses its words, and folding
# each word alone is most of a highlight's time.
_FORMS_KEPT = 8192


def query_words(query: str) -> list[str]:
    """Return the folded words of a search query, without repeats."""
    return list(dict.fromkeys(folded_query_words(query)))


def _quoted(text: str) -> str:
    """Return text as an FTS5 string: no FTS5 syntax gets in."""
    return '"' + text.replace('"', '""') + '"'


def word_forms(word: str) -> list[str]:
    """Return the forms a folded word is found in: itself behind any proclitic, in order."""
    return sorted(proclitic_variants(word))


def any_form(forms: Sequence[str]) -> str:
    """Return the FTS5 expression of any of these folded words."""
    return "(" + " OR ".join(map(_quoted, forms)) + ")"


def term_expression(term: Term) -> str:
    """Return the FTS5 expression of a term: its first word behind any proclitic."""
    first, rest = term.words[0], term.words[1:]
    star = "*" if term.prefix else ""
    tail = "".join(" " + word for word in rest)
    variants = word_forms(first)
    expression = "(" + " OR ".join(_quoted(v + tail) + star for v in variants) + ")"
    return f"{{{term.field.value}}} : {expression}" if term.field else expression


def fts_expression(tree: Node) -> str | None:
    """Return the FTS5 expression of a tree, or None when FTS5 cannot say it alone (a NOT
    with nothing beside it, or inside an OR)."""
    if isinstance(tree, Term):
        return term_expression(tree)
    if isinstance(tree, Not):
        return None
    if isinstance(tree, Any):
        parts = [fts_expression(part) for part in tree.parts]
        if None in parts:
            return None
        return "(" + " OR ".join(p for p in parts if p is not None) + ")"
    wanted: list[str] = []
    unwanted: list[str] = []
    for part in tree.parts:
        expression = fts_expression(part.part if isinstance(part, Not) else part)
        if expression is None:
            return None
        (unwanted if isinstance(part, Not) else wanted).append(expression)
    if not wanted:
        return None
    # FTS5's NOT is binary: (a AND b) NOT c NOT d.
    return "(" + " AND ".join(wanted) + ")" + "".join(f" NOT {u}" for u in unwanted)


def match_expression(words: Sequence[str]) -> str:
    """Return an FTS5 query: every word, each behind any proclitic; no FTS5 syntax gets in."""
    return " AND ".join(term_expression(Term((word,))) for word in words)


@dataclass(frozen=True, slots=True)
class _Matcher:
    """A term ready to test a text's folded words: the first word's forms behind proclitics."""

    firsts: frozenset[str]
    rest: tuple[str, ...]
    prefix: bool
    # What every form of the first word holds: the word, less the alef of an ال (للصين).
    core: str

    def length_at(self, words: Sequence[str], at: int) -> int:
        """Return how many words from at the term covers (0: it does not match there)."""
        count = 1 + len(self.rest)
        if at + count > len(words):
            return 0
        last_is_prefix = self.prefix and bool(self.rest)
        for offset, wanted in enumerate(self.rest, 1):
            word = words[at + offset]
            ok = (
                word.startswith(wanted)
                if last_is_prefix and offset == count - 1
                else word == wanted
            )
            if not ok:
                return 0
        first = words[at]
        if self.prefix and not self.rest:
            return count if any(map(first.startswith, self.firsts)) else 0
        return count if first in self.firsts else 0


@lru_cache(maxsize=64)
def _matchers(query: str) -> tuple[_Matcher, ...]:
    """Return a matcher for each term a query finds articles by (remembered: a highlight
    asks for each paragraph)."""
    return tuple(
        _Matcher(
            frozenset(proclitic_variants(t.words[0])),
            t.words[1:],
            t.prefix,
            t.words[0][1:] if t.words[0].startswith("ال") else t.words[0],
        )
        for t in positive_terms(read_query(query).tree)
    )


def _written_words(text: str) -> tuple[list[tuple[int, int]], list[str]]:
    """Return the spans of text's words as written, and their folded forms."""
    spans: list[tuple[int, int]] = []
    words: list[str] = []
    for match in RAW_WORD_RE.finditer(text):
        # A word as written may fold into two (a joiner between letters): each keeps the span.
        for word in _match_forms(match.group()):
            spans.append(match.span())
            words.append(word)
    return spans, words


@lru_cache(maxsize=_FORMS_KEPT)
def _match_forms(written: str) -> tuple[str, ...]:
    """Return the match forms of a word as written (one, or two where a joiner splits it)."""
    return tuple(match_form(word) for word in WORD_RE.findall(fold(written)))


def _hits(text: str, matchers: Sequence[_Matcher]) -> Iterator[tuple[int, int]]:
    """Yield the (start, end) offsets in text of each hit, in order, never overlapping."""
    if not matchers:
        return
    # One fold of the whole text first: most paragraphs hold no hit, and folding word by
    # word (to keep each word's span) costs ten times as much.
    folded = match_form(fold(text))
    if not any(matcher.core in folded for matcher in matchers):
        return
    spans, words = _written_words(text)
    after_last = 0
    for at in _starts(words, matchers):
        if at < after_last:
            continue  # inside the hit before
        length = max(matcher.length_at(words, at) for matcher in matchers)
        if length:
            yield spans[at][0], spans[at + length - 1][1]
            after_last = at + length


def _starts(words: Sequence[str], matchers: Sequence[_Matcher]) -> Sequence[int]:
    """Return where a hit may start: at a form of some term's first word (anywhere when a
    term is a bare prefix)."""
    if any(matcher.prefix and not matcher.rest for matcher in matchers):
        return range(len(words))
    firsts = frozenset().union(*(matcher.firsts for matcher in matchers))
    return [at for at, word in enumerate(words) if word in firsts]


def match_spans(text: str, query: str) -> list[tuple[int, int]]:
    """Return (start, end) offsets of what the query finds in text: words, phrases, prefixes."""
    return list(_hits(text, _matchers(query)))


@dataclass(frozen=True, slots=True)
class Snippet:
    """A line of text around a hit, as written, with the hit's offsets in it."""

    text: str
    start: int
    end: int


def snippet(paragraphs: Sequence[str], query: str) -> Snippet | None:
    """Return a line around the first hit of query in paragraphs; None when nothing is hit."""
    matchers = _matchers(query)
    for paragraph in paragraphs:
        hit = next(_hits(paragraph, matchers), None)
        if hit is None:
            continue
        start, end = hit
        begin = max(0, start - _SNIPPET_BEFORE)
        if begin:
            # Start at a word: the space after the cut.
            space = paragraph.find(" ", begin, start)
            begin = space + 1 if space >= 0 else begin
        finish = min(len(paragraph), max(end, begin + _SNIPPET_CHARS))
        lead = "… " if begin else ""
        text = (
            lead
            + paragraph[begin:finish].replace("\n", " ")
            + (" …" if finish < len(paragraph) else "")
        )
        shift = len(lead) - begin
        return Snippet(text, start + shift, end + shift)
    return None
