import math

import numpy as np
import pytest

from reader.domain.analysis.keyness import log_likelihood, log_likelihoods

# By hand: a=10 in c=1,000 tokens, b=10 in d=9,000. E1 = 1000 * 20 / 10000 = 2, E2 = 18,
# G2 = 2 * (10 ln(10/2) + 10 ln(10/18)) = 2 * (16.0944 - 5.8779) = 20.4330.
HAND = 2 * (10 * math.log(5) + 10 * math.log(10 / 18))


@pytest.mark.parametrize(
    ("a", "b", "c", "d", "expected"),
    [
        (10, 10, 1000, 9000, HAND),
        (10, 10, 9000, 1000, -HAND),
        (5, 45, 1000, 9000, 0.0),  # the same rate inside and out
        (3, 0, 100, 900, 2 * 3 * math.log(3 / (100 * 3 / 1000))),
        (0, 7, 100, 900, -2 * 7 * math.log(7 / (900 * 7 / 1000))),
        (0, 0, 100, 900, 0.0),
    ],
)
def test_log_likelihood_sign_and_value(
    a: float, b: float, c: float, d: float, expected: float
) -> None:
    assert log_likelihood(a, b, c, d) == pytest.approx(expected, abs=1e-9)
    vector = log_likelihoods(np.array([float(a)]), np.array([float(b)]), c, d)
    assert vector[0] == pytest.approx(expected, abs=1e-9)


def test_hand_example_is_about_twenty() -> None:
    assert log_likelihood(10, 10, 1000, 9000) == pytest.approx(20.433, abs=1e-3)
