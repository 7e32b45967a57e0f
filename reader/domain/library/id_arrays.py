"""Article ids as numpy arrays: the form every count and filter over many articles runs on."""

from __future__ import annotations

from array import array
from collections.abc import Collection
from typing import Any

import numpy as np
import numpy.typing as npt

IntArray = npt.NDArray[np.int32]


def id_array(ids: Collection[int]) -> IntArray:
    """Return article ids as a numpy array (a copy), from a range, an array or any collection."""
    if isinstance(ids, range):
        return np.arange(ids.start, ids.stop, ids.step, dtype=np.int32)
    if isinstance(ids, array) and ids.typecode == "i":
        return np.array(ids, dtype=np.int32)
    if isinstance(ids, np.ndarray):
        return ids.astype(np.int32)
    return np.fromiter(ids, dtype=np.int32, count=len(ids))


def to_ids(values: npt.NDArray[np.integer[Any]]) -> array[int]:
    """Return numpy ids as an array('i') (what the list models hold)."""
    ids = array("i")
    ids.frombytes(values.astype(np.int32, copy=False).tobytes())
    return ids
