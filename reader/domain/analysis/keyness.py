"""Keyness: Dunning's log-likelihood (G²) of a word's frequency in a result against the rest."""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]


def log_likelihood(a: float, b: float, c: float, d: float) -> float:
    """Return the signed G² of a word seen a times in c tokens and b times in d others.

    Positive when the word is relatively more frequent in the first corpus, negative when less.
    """
    total = c + d
    if total <= 0 or a + b <= 0:
        return 0.0
    e1 = c * (a + b) / total
    e2 = d * (a + b) / total
    g2 = 2 * ((a * math.log(a / e1) if a else 0.0) + (b * math.log(b / e2) if b else 0.0))
    return g2 if a * d >= b * c else -g2


def log_likelihoods(a: FloatArray, b: FloatArray, c: float, d: float) -> FloatArray:
    """Return log_likelihood for every pair of counts (a[i], b[i]) at once."""
    total = c + d
    if total <= 0:
        return np.zeros(len(a))
    e1 = c * (a + b) / total
    e2 = d * (a + b) / total
    with np.errstate(divide="ignore", invalid="ignore"):
        first = np.where(a > 0, a * np.log(np.where(a > 0, a, 1) / np.where(e1 > 0, e1, 1)), 0.0)
        second = np.where(b > 0, b * np.log(np.where(b > 0, b, 1) / np.where(e2 > 0, e2, 1)), 0.0)
    g2 = 2 * (first + second)
    return np.where(a * d >= b * c, g2, -g2)
