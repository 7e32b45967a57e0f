"""The search syntax: words, "phrases", OR and |, -term and NOT, parentheses, prefix*, fields.

A query is read into a tree of terms (a folded word, phrase or prefix, maybe limited to one
field) joined by AND (words side by side), OR and NOT. A query that cannot be read (an
unclosed quote or parenthesis, an operator with nothing to join) never fails: it is read as
plain words, and the reading says why (`QueryReading.note`). `str()` of a tree writes it back
in the syntax, folded: reading that text again gives the same tree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from typing_extensions import override

from reader.domain.text.arabic import WORD_RE, fold

# FTS5's ascii tokenizer lowers ASCII letters only; matching everywhere does the same.
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
# What separates bare words: spaces and the characters that have a meaning of their own.
_BARE_RE = re.compile(r'[^\s()"|]+')
# A word typed right before a star is a prefix (in plain words too).
_PLAIN_RE = re.compile(r"(\w+)(\*)?")
# Operator words; read as plain words, a query drops them.
_OPERATORS = ("OR", "AND", "NOT")


class Field(StrEnum):
    """The parts of an article a term can be limited to; the value names the index column."""

    TITLE = "title"
    BODY = "body"
    SOURCE = "source"
    TAG = "tags"


# What a user types before ":" for each field, in English and in Arabic.
FIELD_NAMES: dict[str, Field] = {
    "title": Field.TITLE,
    "عنوان": Field.TITLE,
    "العنوان": Field.TITLE,
    "body": Field.BODY,
    "نص": Field.BODY,
    "النص": Field.BODY,
    "source": Field.SOURCE,
    "مصدر": Field.SOURCE,
    "المصدر": Field.SOURCE,
    "tag": Field.TAG,
    "tags": Field.TAG,
    "وسم": Field.TAG,
    "الوسم": Field.TAG,
}
_FIELD_RE = re.compile("^(" + "|".join(map(re.escape, FIELD_NAMES)) + "):", re.IGNORECASE)


class ReadingNote(StrEnum):
    """Why a query was read as plain words."""

    UNCLOSED_QUOTE = "unclosed-quote"
    UNCLOSED_PARENTHESIS = "unclosed-parenthesis"
    UNOPENED_PARENTHESIS = "unopened-parenthesis"
    MISSING_TERM = "missing-term"


@dataclass(frozen=True, slots=True)
class Term:
    """Folded words in a row (one word, or a phrase); the last one a prefix when prefix."""

    words: tuple[str, ...]
    prefix: bool = False
    field: Field | None = None

    @override
    def __str__(self) -> str:
        field = f"{self.field.value}:" if self.field else ""
        return field + '"' + " ".join(self.words) + '"' + ("*" if self.prefix else "")


@dataclass(frozen=True, slots=True)
class Not:
    """Articles that do not match the part."""

    part: Node

    @override
    def __str__(self) -> str:
        return "-" + (str(self.part) if isinstance(self.part, Term) else f"({self.part})")


@dataclass(frozen=True, slots=True)
class All:
    """Articles that match every part."""

    parts: tuple[Node, ...]

    @override
    def __str__(self) -> str:
        return " ".join(f"({p})" if isinstance(p, Any) else str(p) for p in self.parts)


@dataclass(frozen=True, slots=True)
class Any:
    """Articles that match at least one part."""

    parts: tuple[Node, ...]

    @override
    def __str__(self) -> str:
        return " OR ".join(f"({p})" if isinstance(p, Any) else str(p) for p in self.parts)


Node = Term | Not | All | Any


@dataclass(frozen=True, slots=True)
class QueryReading:
    """How a query was read: its tree (None when it asks nothing) and, when it could not be
    read as written, why it was read as plain words."""

    tree: Node | None
    note: ReadingNote | None = None

    def key(self) -> str:
        """Return the tree written back in the syntax, folded (empty when it asks nothing)."""
        return "" if self.tree is None else str(self.tree)


class _Unreadable(Exception):  # noqa: N818 - control flow inside the parser
    """The query cannot be read as written; the note says why."""

    def __init__(self, note: ReadingNote) -> None:
        super().__init__(note.value)
        self.note = note


def match_form(word: str) -> str:
    """Return a folded word as matching compares it: ASCII letters lowered."""
    return word.translate(_ASCII_LOWER)


def folded_query_words(text: str) -> tuple[str, ...]:
    """Return the folded words of text as matching compares them."""
    return tuple(match_form(word) for word in WORD_RE.findall(fold(text)))


def read_query(text: str) -> QueryReading:
    """Read a query in the search syntax; an unreadable one is read as plain words."""
    try:
        tokens = _tokens(text)
        tree = _Parser(tokens).parse()
    except _Unreadable as unreadable:
        return QueryReading(_plain_words(text), unreadable.note)
    return QueryReading(tree)


def positive_terms(tree: Node | None) -> list[Term]:
    """Return the terms an article is found by (not those under a NOT), in query order."""
    if tree is None or isinstance(tree, Not):
        return []
    if isinstance(tree, Term):
        return [tree]
    return [term for part in tree.parts for term in positive_terms(part)]


def _plain_words(text: str) -> Node | None:
    """Return every word of text, all of them required (a word before a star as a prefix)."""
    terms: list[Node] = []
    for match in _PLAIN_RE.finditer(fold(text)):
        if match.group(1) in _OPERATORS:
            continue
        words = tuple(match_form(w) for w in WORD_RE.findall(match.group(1)))
        terms.extend(
            Term((word,), prefix=bool(match.group(2)) and i == len(words) - 1)
            for i, word in enumerate(words)
        )
    return _joined(All, terms)


# Tokens: ("(", field), (")",), ("|",), ("-",), ("NOT",), ("AND",), ("term", Term | None).
_Token = tuple[str, object]


def _tokens(text: str) -> list[_Token]:
    """Split a query into tokens; raise _Unreadable for an unclosed quote."""
    tokens: list[_Token] = []
    position = 0
    field: Field | None = None
    while position < len(text):
        char = text[position]
        if char.isspace():
            position += 1
            field = None
        elif char == "(":
            tokens.append(("(", field))
            position += 1
            field = None
        elif char in ")|":
            tokens.append((char, None))
            position += 1
        elif char == '"':
            end = text.find('"', position + 1)
            if end < 0:
                raise _Unreadable(ReadingNote.UNCLOSED_QUOTE)
            prefix = text.startswith("*", end + 1)
            words = folded_query_words(text[position + 1 : end])
            tokens.append(("term", Term(words, prefix, field) if words else None))
            position = end + 1 + prefix
            field = None
        elif char == "-" and position + 1 < len(text) and not text[position + 1].isspace():
            tokens.append(("-", None))
            position += 1
        else:
            match = _BARE_RE.match(text, position)
            assert match is not None  # char is none of the characters it stops at
            position = match.end()
            chunk = match.group()
            named = _FIELD_RE.match(chunk)
            if named:
                field = FIELD_NAMES[named.group(1).lower()]
                chunk = chunk[named.end() :]
                if not chunk:
                    continue  # the field applies to the phrase or group that follows
            if chunk in _OPERATORS:
                tokens.append(("|" if chunk == "OR" else chunk, None))
            else:
                prefix = chunk.endswith("*")
                words = folded_query_words(chunk)
                tokens.append(("term", Term(words, prefix, field) if words else None))
            field = None
    return tokens


def _joined(kind: type[All] | type[Any], parts: list[Node]) -> Node | None:
    """Return parts joined by kind: the part alone when there is one, None when none."""
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else kind(tuple(parts))


def _with_field(node: Node, field: Field) -> Node:
    """Return node with field set on every term that names none."""
    if isinstance(node, Term):
        return node if node.field else Term(node.words, node.prefix, field)
    if isinstance(node, Not):
        return Not(_with_field(node.part, field))
    return type(node)(tuple(_with_field(part, field) for part in node.parts))


class _Parser:
    """Recursive descent: OR binds loosest, then AND (side by side), then - and NOT."""

    def __init__(self, tokens: list[_Token]) -> None:
        self._tokens = tokens
        self._at = 0

    def parse(self) -> Node | None:
        """Return the tree of the whole query."""
        tree = self._any()
        if self._at < len(self._tokens):
            raise _Unreadable(ReadingNote.UNOPENED_PARENTHESIS)
        return tree

    def _peek(self) -> str | None:
        return self._tokens[self._at][0] if self._at < len(self._tokens) else None

    def _any(self) -> Node | None:
        parts = [self._all()]
        while self._peek() == "|":
            self._at += 1
            parts.append(self._all())
        if len(parts) > 1 and None in parts:
            raise _Unreadable(ReadingNote.MISSING_TERM)
        return _joined(Any, [part for part in parts if part is not None])

    def _all(self) -> Node | None:
        parts: list[Node] = []
        while self._peek() not in (None, "|", ")"):
            if self._peek() == "AND":
                self._at += 1
                continue
            part = self._unary()
            if part is not None:
                parts.append(part)
        return _joined(All, parts)

    def _unary(self) -> Node | None:
        kind, value = self._tokens[self._at]
        self._at += 1
        if kind in ("-", "NOT"):
            if self._peek() in (None, "|", ")", "AND"):
                raise _Unreadable(ReadingNote.MISSING_TERM)
            part = self._unary()
            return None if part is None else Not(part)
        if kind == "(":
            inner = self._any()
            if self._peek() != ")":
                raise _Unreadable(ReadingNote.UNCLOSED_PARENTHESIS)
            self._at += 1
            if inner is not None and isinstance(value, Field):
                inner = _with_field(inner, value)
            return inner
        if kind == ")":
            raise _Unreadable(ReadingNote.UNOPENED_PARENTHESIS)
        assert kind == "term"
        return value if isinstance(value, Term) else None
