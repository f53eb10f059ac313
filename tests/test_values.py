"""What values a claim allows (rounding, qualifiers, ranges), and the frame helpers compare uses."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.judge.frames import Frame, content_words, periods_compatible, same_date, singular
from factcheck.judge.values import agree, half_last_digit
from factcheck.models import Claim


def claim(value: float | None, qualifier: str = "exact", low: float | None = None,
          high: float | None = None) -> Claim:
    return Claim(id="a#1", text="x", value=value, low=low, high=high, unit="count", dimension="count",
                 qualifier=qualifier, sentence="x", start=0, end=1)  # type: ignore[arg-type]


@pytest.mark.parametrize(("a", "b", "same"), [
    (claim(1.5e6, "approximate"), claim(1.5e6, "approximate"), True),
    (claim(1.5e6, "approximate"), claim(1.6e6), False),
    (claim(190000), claim(190400), True),  # a round figure
    (claim(190000), claim(118000), False),
    (claim(70), claim(68), False),  # small counts are exact
    (claim(19818), claim(19834), False),  # so are large ones: a count is never converted
    (claim(2000, "at_least", low=2000), claim(2050), True),  # "more than 2,000" vs 2,050
    (claim(2000, "at_least", low=2000), claim(1990), False),
    (claim(30, "at_most", high=30), claim(28), True),
    (claim(30, "at_most", high=30), claim(31), False),
    (claim(None, low=300, high=1000), claim(650), True),
    (claim(None, low=300, high=1000), claim(1200), False),
])
def test_values_agree_within_rounding_and_qualifiers(a: Claim, b: Claim, same: bool) -> None:
    assert agree(a, b) is same
    assert agree(b, a) is same


def test_values_an_estimate_allows_what_it_rounds_unless_asked_how_near() -> None:
    about = claim(300, "approximate")
    assert agree(about, claim(259))  # 259 rounds to 'about 300'
    assert agree(claim(259), about)
    assert not agree(about, claim(259), rounded=False)  # but is not within 5% of it
    assert agree(about, claim(290), rounded=False)


@given(st.floats(min_value=0, max_value=1e12, allow_nan=False),
       st.sampled_from(["exact", "approximate", "at_least", "at_most"]))
def test_values_a_claim_agrees_with_itself(value: float, qualifier: str) -> None:
    assert agree(claim(value, qualifier), claim(value, qualifier))


@pytest.mark.parametrize(("value", "half"), [(190000, 5000), (70, 5), (71, 0), (10.5, 0), (1.5e6, 50000)])
def test_values_half_last_digit(value: float, half: float) -> None:
    assert half_last_digit(value) == half


@pytest.mark.parametrize(("word", "one"), [("casualties", "casualty"), ("mines", "mine"), ("losses", "loss"),
                                           ("status", "status"), ("boxes", "box"), ("people", "people")])
def test_frames_singular(word: str, one: str) -> None:
    assert singular(word) == one


def test_frames_content_words_drop_stop_words_and_possessives() -> None:
    assert content_words("the country’s territory") == ["country", "territory"]


def period(start: str | None, end: str | None = None, *words: str) -> Frame:
    return Frame(events=frozenset(), thing=None, modifiers=frozenset(), whole=frozenset(), place=None,
                 period=(start, end, frozenset(words)))


@pytest.mark.parametrize(("a", "b", "compatible"), [
    (period("2020"), period("2020-11-10"), True),
    (period("2020"), period("2021"), False),
    (period("2025-03-31", "2025-04-06"), period("2020"), False),  # a week is not a running total
    (period(None), period("2020"), False),  # no period vs a running total
    (period(None), period(None), True),
    (period(None, None, "beginning", "war"), period("2020"), False),
    (period(None, None, "beginning", "war"), period(None, None, "beginning", "karabakh", "war"), True),
])
def test_frames_periods_compatible(a: Frame, b: Frame, compatible: bool) -> None:
    assert periods_compatible(a, b) is compatible


def test_frames_same_date_at_shared_precision() -> None:
    assert same_date("2020", "2020-11-10")
    assert not same_date("2020-10", "2020-11-10")


def measure(text: str, value: float) -> Claim:
    return Claim(id="a#1", text=text, value=value, unit="kilometer", dimension="length", sentence="x", start=0, end=1)


@pytest.mark.parametrize(("a", "b", "same"), [
    (measure("six miles", 9.656064), measure("10 kilometres", 10.0), True),  # one depth, converted by a writer
    (measure("23 km", 23.0), measure("14 miles", 22.530816), True),
    (measure("230 miles", 370.149), measure("370 kilometres", 370.0), True),
    (measure("277 miles", 445.789), measure("370 kilometres", 370.0), False),
    (measure("10 kilometres", 10.0), measure("11 kilometres", 11.0), False),  # one unit: no conversion to allow for
])
def test_values_a_figure_in_another_unit_is_as_precise_as_it_is_written(a: Claim, b: Claim, same: bool) -> None:
    assert agree(a, b) is same
    assert agree(b, a) is same
