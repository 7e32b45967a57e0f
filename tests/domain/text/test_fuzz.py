"""Fuzzing the decoder and the parser from a seed corpus: the sample and every hostile file."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.domain.article import NotAnArticleError
from reader.domain.text.decoding import decode
from reader.domain.text.parser import parse_text
from tests.conftest import SAMPLE
from tests.hostile import build_hostile_folder

# Large hostile files are cut to their first bytes: the fuzzer mutates, it does not need 50 MB.
_SEED_BYTES = 64 * 1024


def _seed_corpus(folder: Path) -> list[bytes]:
    """Return the bytes of every sample article and every hostile file (links skipped)."""
    build_hostile_folder(folder, big=False)
    files = [*SAMPLE.glob("*.txt"), *folder.iterdir()]
    return [path.read_bytes()[:_SEED_BYTES] for path in files if path.is_file()]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[bytes]:
    return _seed_corpus(tmp_path_factory.mktemp("fuzz-seeds"))


@st.composite
def mutated(draw: st.DrawFn, seeds: list[bytes]) -> bytes:
    """Draw a seed file and apply a few random byte edits, cuts and splices to it."""
    data = bytearray(draw(st.sampled_from(seeds)))
    for _ in range(draw(st.integers(0, 8))):
        action = draw(st.sampled_from(["flip", "insert", "cut", "splice"]))
        at = draw(st.integers(0, len(data)))
        if action == "flip" and at < len(data):
            data[at] = draw(st.integers(0, 255))
        elif action == "insert":
            data[at:at] = draw(st.binary(max_size=16))
        elif action == "cut":
            del data[at : at + draw(st.integers(0, 64))]
        elif action == "splice":
            other = draw(st.sampled_from(seeds))
            data[at:] = other[draw(st.integers(0, len(other))) :]
    return bytes(data)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_mutated_files_decode_and_parse(corpus: list[bytes], data: st.DataObject) -> None:
    raw = data.draw(mutated(corpus))
    try:
        decoded = decode(raw, "fuzz.txt")
    except NotAnArticleError as error:
        decoded, reason = None, error.problem.code
    if decoded is None:
        assert reason  # a file that is not an article always says why
        return
    article = parse_text(decoded.text, "fuzz.txt", encoding=decoded.encoding)
    assert article.title is None or "\n" not in article.title
    for paragraph in article.body:
        assert paragraph.strip() == paragraph
        assert paragraph
