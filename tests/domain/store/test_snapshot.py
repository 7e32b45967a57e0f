"""The library snapshot: marshalled in pieces, read back equal, another format refused."""

from __future__ import annotations

from array import array

import pytest

from reader.domain.store import snapshot as snapshot_module
from reader.domain.store.snapshot import (
    LibrarySnapshot,
    decode_snapshot,
    encode_snapshot,
    set_file_stats,
)


def _snapshot(root: str, count: int) -> LibrarySnapshot:
    return LibrarySnapshot(
        keys=array("q", range(1, count + 1)),
        paths=[f"{root}/sub/{number}.txt" for number in range(count)],
        sizes=array("q", [100] * count),
        mtimes=array("q", [-1] * count),
        titles=[f"خبر {number}" if number % 3 else None for number in range(count)],
        published=["d2023-09-18"] * count,
        date_keys=array("d", [1.5] * count),
        sources=[None] * count,
        tags=[(0,), (0, 1), ()] * (count // 3) + [()] * (count % 3),
        flags=bytearray(count),
        tag_keys=["الصين", "روسيا"],
        tag_names=["الصين", "روسيا"],
        tag_texts={"الصين": 0, "الصین": 0, "روسيا": 1},
        tag_members=[array("i", [0, 1]), array("i", [1])],
    )


@pytest.mark.parametrize("piece", [2, 10_000])
def test_a_snapshot_reads_back_equal_in_pieces_or_whole(
    piece: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(snapshot_module, "_SNAPSHOT_PIECE", piece)
    snapshot = _snapshot("/news", 7)
    assert decode_snapshot(encode_snapshot(snapshot, "/news"), "/news") == snapshot


def test_a_snapshot_of_another_format_or_no_snapshot_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = encode_snapshot(_snapshot("/news", 3), "/news")
    monkeypatch.setattr(snapshot_module, "_SNAPSHOT_FORMAT", "library-0/another reader")
    with pytest.raises(ValueError, match="another snapshot format"):
        decode_snapshot(data, "/news")
    with pytest.raises(ValueError, match="not a library snapshot"):
        decode_snapshot(b"", "/news")


def test_file_stats_fill_in_by_key_unknown_as_minus_one() -> None:
    snapshot = _snapshot("/news", 3)
    set_file_stats(snapshot, {1: (10, 11), 3: (None, 33)})
    assert list(snapshot.sizes) == [10, -1, -1]
    assert list(snapshot.mtimes) == [11, -1, 33]
