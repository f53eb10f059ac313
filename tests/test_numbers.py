"""Reading numbers as news text writes them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.numbers import format_number, parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [("190,000", 190000), ("4,812.5", 4812.5), ("1.5 million", 1.5e6), ("Twenty", 20), ("twenty-five", 25),
     ("one and a half", 1.5), ("250 thousand", 250000), ("25 billion", 25e9), ("one hundred and five", 105),
     ("a million", 1e6), ("2 million 300 thousand", 2.3e6), ("1.5 lakh crore", 1.5e12), ("50 lakh", 5e6),
     ("a thousand million", 1e9), ("1,60,000", 160000), ("1,00,00,000", 1e7)],  # Indian digit groups
)
def test_numbers_read_as_written(text: str, value: float) -> None:
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "one two", "1,2,3,4", "12 13", "hectares", "k", "1,60,00"])
def test_numbers_refuse_what_is_not_one_number(text: str) -> None:
    assert parse_number(text) is None


@given(st.one_of(st.integers(min_value=0, max_value=10**15),
                 st.decimals(min_value=0, max_value=10**9, places=3, allow_nan=False, allow_infinity=False)))
def test_numbers_what_is_printed_reads_back_to_the_same_value(value: object) -> None:
    number = float(value)  # type: ignore[arg-type]
    assert parse_number(format_number(number)) == pytest.approx(number)


@given(st.text(max_size=60))
def test_numbers_never_crash(text: str) -> None:
    parse_number(text)
