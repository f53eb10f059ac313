"""What values a claim allows, given how it was written: rounding, qualifiers, ranges.

"About 1.5 million" allows 1.425-1.575 million (half its last digit, and at least 5%); "190,000"
allows 1% either way at most, as a round figure; "70" allows only 70; "over 133,000" allows
133,000 up to a quarter more; "up to 30" allows 24-30; "$300 to $1,000" allows the range.
Two claims agree when the values they allow overlap.
"""

from __future__ import annotations

import math
import re

from factcheck.models import Claim
from factcheck.numbers import number_word, parse_number, scale_word, written_number

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


def allowed(claim: Claim, reach: bool = True, rounded: bool = True) -> tuple[float, float]:
    """The (low, high) values the claim allows; without ``reach``, a bound allows only its own
    number as written ('over 1,400': 1,400 to 1,450), not the figures beyond it; without ``rounded``,
    an estimate allows APPROXIMATE either way, not every value it rounds ('about 300': 285 to 315, not
    250 to 350)."""
    if claim.value is None:
        low = float(claim.low) if claim.low is not None else -math.inf
        high = float(claim.high) if claim.high is not None else math.inf
        return low, high
    value = float(claim.value)
    rounding = half_last_digit(value)
    if claim.qualifier == "approximate":
        slack = max(rounding if rounded else 0.0, APPROXIMATE * abs(value))
        return value - slack, value + slack
    if claim.qualifier == "at_least":
        return value, value * (1 + BOUND_REACH * reach) + rounding
    if claim.qualifier == "at_most":
        return value * (1 - BOUND_REACH * reach) - rounding, value
    slack = min(rounding, ROUND_FIGURE * abs(value)) if rounding >= 500 else 0.0
    return value - slack, value + slack


MEASUREMENT = 0.001  # two values this close (relative) are one measurement, written or converted two ways


def agree(a: Claim, b: Claim, reach: bool = True, rounded: bool = True) -> bool:
    """The two claims allow a common value (within ``MEASUREMENT``: '153,336 acres' and '153,335
    acres' converted to hectares are one figure). Written in different units ('six miles', '10
    kilometres'), each is one a writer converted from the other, as precise as its last digit.
    Without ``reach``, bounds are read as the numbers written, without ``rounded`` estimates as near
    their number (:func:`allowed`)."""
    low_a, high_a = allowed(a, reach, rounded)
    low_b, high_b = allowed(b, reach, rounded)
    units_a, units_b = written_unit(a), written_unit(b)
    if units_a and units_b and not math.isclose(units_a[0], units_b[0], rel_tol=0.01):
        low_a, high_a = low_a - units_a[1], high_a + units_a[1]
        low_b, high_b = low_b - units_b[1], high_b + units_b[1]
    counts = a.dimension == b.dimension == "count"  # counted, never converted: 19,818 is not 19,834
    return overlap((low_a, high_a), (low_b, high_b), 0.0 if counts else MEASUREMENT)


WRITTEN = re.compile(r"(?<![\w.])(\d[\d,]*(?:\.(\d+))?|[^\W\d_]+)(?:\s+([^\W\d_]+))?")


def written_unit(claim: Claim) -> tuple[float, float] | None:
    """(the written unit in the stored one, half the written value's last place in the stored unit)
    for a measure ('6 miles': 1.609 km, 0.8 km), or None (a count, money, a share, a range)."""
    if claim.value is None or claim.dimension in ("count", "money", "share") or not claim.value:
        return None
    for m in WRITTEN.finditer(claim.text):
        number = written_number(m[1]) if m[1][0].isdigit() else number_word(m[1])
        spelled = _spelled_prefix(claim.text[m.start():]) if not m[1][0].isdigit() else None
        if spelled is not None:  # 'One thousand nine hundred and thirty six square kilometres': exact
            unit = float(claim.value) / spelled
            return unit, 0.5 * abs(unit)
        if number:
            scale = (scale_word(m[3]) if m[3] else None) or 1.0
            unit = float(claim.value) / (number * scale)
            place = 10.0 ** -len(m[2]) if m[2] else 1.0
            return unit, place / 2 * scale * abs(unit)
    return None


def _spelled_prefix(text: str) -> float | None:
    """The value of a number spelled in several words at the start of ``text`` with no scale word
    left alone ('one thousand nine hundred and thirty six'; not 'two million', which is rounded)."""
    words = text.split()
    value, count = None, 0
    for n in range(2, len(words) + 1):
        if words[n - 1].casefold() != "and" and (found := parse_number(" ".join(words[:n]))) is not None:
            value, count = found, n
        elif words[n - 1].casefold() != "and":
            break
    last = words[count - 1].casefold() if count else ""
    return value if value and scale_word(last) is None and last not in ("hundred", "thousand") else None


def overlap(a: tuple[float, float], b: tuple[float, float], tolerance: float = MEASUREMENT) -> bool:
    """Two claims' allowed values (:func:`allowed`) meet, within ``tolerance`` (relative)."""
    (a_low, a_high), (b_low, b_high) = a, b
    slack = tolerance * max(abs(x) for x in (a_low, a_high, b_low, b_high) if math.isfinite(x)) \
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


def restates(a: Claim, b: Claim) -> bool:
    """``a`` writes the number ``b`` does, however hedged ('at least 85' and '85'; not 'more than
    8,800' and 8,841)."""
    return math.isclose(central(a), central(b), rel_tol=1e-9)


EACH = " each"  # what extract adds to a sum's measured noun when it is what each one gets


def each(claim: Claim) -> bool:
    """The sum is what each one gets ('residents will be given £500'), not a total."""
    return (claim.measured or "").endswith(EACH)
