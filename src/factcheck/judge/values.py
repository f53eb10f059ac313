"""What values a claim allows, given how it was written: rounding, qualifiers, ranges.

"About 1.5 million" allows 1.425-1.575 million (half its last digit, and at least 5%); "190,000"
allows 1% either way at most, as a round figure; "70" allows only 70; "over 133,000" allows
133,000 up to a quarter more; "up to 30" allows 24-30; "$300 to $1,000" allows the range.
Two claims agree when the values they allow overlap.
"""

from __future__ import annotations

import math

from factcheck.models import Claim

APPROXIMATE = 0.05
ROUND_FIGURE = 0.01
BOUND_REACH = 0.25


def half_last_digit(value: float) -> float:
    """Half the place value of a whole number's last non-zero digit: 190,000 -> 5,000; 70 -> 0."""
    if value != int(value) or value == 0:
        return 0.0
    n, zeros = int(abs(value)), 0
    while n % 10 == 0:
        n //= 10
        zeros += 1
    return 0.0 if zeros == 0 else 10.0 ** zeros / 2


def allowed(claim: Claim) -> tuple[float, float]:
    """The (low, high) values the claim allows."""
    if claim.value is None:
        low = float(claim.low) if claim.low is not None else -math.inf
        high = float(claim.high) if claim.high is not None else math.inf
        return low, high
    value = float(claim.value)
    rounding = half_last_digit(value)
    if claim.qualifier == "approximate":
        slack = max(rounding, APPROXIMATE * abs(value))
        return value - slack, value + slack
    if claim.qualifier == "at_least":
        return value, value * (1 + BOUND_REACH) + rounding
    if claim.qualifier == "at_most":
        return value * (1 - BOUND_REACH) - rounding, value
    slack = min(rounding, ROUND_FIGURE * abs(value)) if rounding >= 500 else 0.0
    return value - slack, value + slack


MEASUREMENT = 0.001  # two values this close (relative) are one measurement, written or converted two ways


def agree(a: Claim, b: Claim) -> bool:
    """The two claims allow a common value (within ``MEASUREMENT``: '153,336 acres' and '153,335
    acres' converted to hectares are one figure)."""
    return overlap(allowed(a), allowed(b))


def overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Two claims' allowed values (:func:`allowed`) meet, within ``MEASUREMENT``."""
    (a_low, a_high), (b_low, b_high) = a, b
    slack = MEASUREMENT * max(abs(x) for x in (a_low, a_high, b_low, b_high) if math.isfinite(x)) \
        if any(math.isfinite(x) for x in (a_low, a_high, b_low, b_high)) else 0.0
    return a_low <= b_high + slack and b_low <= a_high + slack


def central(claim: Claim) -> float:
    """One value to stand for the claim: its value, or the middle of its range."""
    if claim.value is not None:
        return float(claim.value)
    low, high = claim.low, claim.high
    if low is not None and high is not None:
        return (float(low) + float(high)) / 2
    return float(low if low is not None else high if high is not None else 0)
