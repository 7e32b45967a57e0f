"""An article's body as copy detection reads it: folded words, 5-word shingles, a digest.

Hashes are computed with numpy over a whole batch of bodies at once (a Python call per word
or per shingle would cost more than parsing the file), and they are stable across processes
and runs (Python's hash() is not): the cache keeps signatures made from them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from reader.domain.text.arabic import folded_words

# Words per shingle, as the issue defines copies.
SHINGLE_WORDS = 5

U64 = npt.NDArray[np.uint64]

# A word's hash weighs its n-th letter by _BASE**(n % 64) (modulo 2**64): a letter's weight
# depends on its place in its own word alone, so one pass hashes every word of a batch.
_BASE = 0x100000001B3
_WEIGHTS = np.cumprod(np.full(64, _BASE, dtype=np.uint64), dtype=np.uint64) // np.uint64(_BASE)
# Odd multipliers that weigh the five words of a shingle by their place.
_PLACES = np.array(
    [0x9E3779B97F4A7C15, 0xBF58476D1CE4E5B9, 0x94D049BB133111EB, 0xD6E8FEB86659FD93, 1],
    dtype=np.uint64,
)
_SPACE = 32


def body_text(body: Sequence[str]) -> str:
    """Return a body (its paragraphs) as copy detection compares it: folded words, one space
    apart (punctuation, diacritics, letter variants and paragraph breaks do not count)."""
    return " ".join(folded_words("\n".join(body)))


def digest(text: str) -> int:
    """Return a signed 64-bit digest of a body_text: equal texts, equal digests."""
    raw = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(raw, "little", signed=True)


def word_count(text: str) -> int:
    """Return how many words a body_text holds."""
    return text.count(" ") + 1 if text else 0


def mix(values: U64) -> U64:
    """Return values scrambled so that every bit depends on every bit (splitmix64's finish)."""
    values = values ^ (values >> np.uint64(30))
    values = values * np.uint64(0xBF58476D1CE4E5B9)
    values = values ^ (values >> np.uint64(27))
    values = values * np.uint64(0x94D049BB133111EB)
    return values ^ (values >> np.uint64(31))


def word_hashes(texts: Sequence[str]) -> U64:
    """Return the hash of every word of the texts (body_texts, none empty), in order."""
    joined = " ".join(texts)
    codes = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    count = len(codes)
    if not count:
        return np.zeros(0, dtype=np.uint64)
    spaces = np.flatnonzero(codes == _SPACE)
    starts = np.concatenate(([0], spaces + 1))
    lengths = np.diff(np.concatenate((starts, [count + 1]))) - 1
    # Each letter's place in its word: its position less its word's start.
    word_start = np.zeros(count, dtype=np.int64)
    word_start[starts] = starts
    places = np.arange(count) - np.maximum.accumulate(word_start)
    letters = codes.astype(np.uint64)
    letters[spaces] = 0
    sums = np.add.reduceat(letters * np.take(_WEIGHTS, places & 63), starts)
    return mix(np.bitwise_xor(sums, lengths.astype(np.uint64)))


def shingle_hashes(texts: Sequence[str]) -> tuple[U64, npt.NDArray[np.int64]]:
    """Return the hashes of the 5-word shingles of each body_text, one after the other, and
    where each text's start (len(texts) + 1 offsets; a text under 5 words has none)."""
    counts = np.array([word_count(text) for text in texts], dtype=np.int64)
    shingles = np.maximum(counts - (SHINGLE_WORDS - 1), 0)
    offsets = np.zeros(len(texts) + 1, dtype=np.int64)
    np.cumsum(shingles, out=offsets[1:])
    kept = [text for text, many in zip(texts, shingles > 0, strict=True) if many]
    words = word_hashes(kept)
    span = len(words) - (SHINGLE_WORDS - 1)
    if span <= 0:
        return np.zeros(0, dtype=np.uint64), offsets
    combined = words[:span] * _PLACES[0]
    for place in range(1, SHINGLE_WORDS):
        combined = combined + words[place : place + span] * _PLACES[place]
    # Shingles that would run from one text into the next are dropped.
    kept_counts = counts[shingles > 0]
    text_ends = np.cumsum(kept_counts)
    owner = np.repeat(np.arange(len(kept_counts)), kept_counts)[:span]
    valid = np.arange(span) + SHINGLE_WORDS <= text_ends[owner]
    return mix(combined[valid]), offsets


def jaccard(first: U64, second: U64) -> float:
    """Return the Jaccard similarity of two texts' shingle sets, from their shingle hashes."""
    a, b = np.unique(first), np.unique(second)
    union = len(a) + len(b)
    if not union:
        return 0.0
    common = len(np.intersect1d(a, b, assume_unique=True))
    return common / (union - common)
