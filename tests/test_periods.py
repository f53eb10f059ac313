"""Periods and as-of dates, relative ones read against the publication date; units and their
conversions as properties."""

from __future__ import annotations

import datetime as dt
import json
from importlib import resources

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck import units
from factcheck.nlp import periods

PUBLISHED = "2024-06-15"  # a Saturday


@pytest.mark.parametrize(("sentence", "as_of"), [
    ("Last year, floods killed 300 people.", "2023"),
    ("This year the fund paid out $4 million.", "2024"),
    ("Earlier this month, 40 homes burned.", "2024-06"),
    ("Last month the agency cleared 900 hectares.", "2024-05"),
    ("On Tuesday, police arrested 12 people.", "2024-06-11"),
    ("Yesterday 5 people died.", "2024-06-14"),
    ("In August, 300 jobs went.", "2023-08"),  # the latest August not after publication
    ("In March, 300 jobs went.", "2024-03"),
    ("Cases could rise to 20,000 by November.", "2024-11"),  # a deadline: the next November
    ("By March, 300 jobs had gone.", "2024-03"),
    ("In August 2022, 300 jobs went.", "2022-08"),
    ("As of April 2025, 70 people had died.", "2025-04"),
    ("Until the end of 2023, 5 people died.", "2023"),
    ("Today, 147,988 hectares are classified as high-risk.", None),  # the publication date, the last resort
    # a date that names the event, not when its figure holds: after 'the', in a 'when' clause, after an event noun
    ("The toll in the Tuesday night crush has risen to 120.", None),
    ("At least 90 people died when the two crowds met last Tuesday.", None),
    ("The death toll from a stampede on Tuesday has risen to 120.", None),
    # the day the figure is raised, not that of the blast after an event noun and a thousands comma
    ("Officials on Tuesday raised the toll to 190 from the blast of 2,750 tonnes of fertiliser at the port on "
     "August 4.", "2024-06-11"),
    # a date closing a relative clause of an event is when the event happened
    ("Seven remain missing after the blast that killed nearly 180 people, injured over 6,000 and left more than "
     "300,000 homeless earlier this month.", None),
])
def test_periods_as_of_relative_dates_against_publication(sentence: str, as_of: str | None) -> None:
    assert periods.as_of(sentence, PUBLISHED) == as_of


@pytest.mark.parametrize(("sentence", "start", "end"), [
    ("Over the past decade, 2,000 people died.", "2014", None),
    ("In the last five years, 12 mines closed.", "2019", None),
    ("Over the past 18 months, prices rose 5%.", "2022-12", None),
    ("Since last year, 50 schools have shut.", "2023", None),
    ("Since 2020, 361 people have been affected.", "2020", None),
    ("Between March 31 and April 6, crews cleared 2,000 hectares.", "2024-03-31", "2024-04-06"),
    ("Since the beginning of the war, 3,400 people have been harmed.", None, None),
    ("From January 1, 1996 to July 2015, teams cleared 59,000 hectares.", "1996-01-01", "2015-07"),  # a date's comma
    ("Seven people were hurt during past six months.", "2023-12", None),  # 'the' left out before a count
    ("Since the start of the year, 88 cases were confirmed.", "2024", None),  # the article's year
    ("Some 3,100 cases were recorded in the past 14 days.", "2024-06-01", "2024-06-15"),  # weeks, not one day
])
def test_periods_found_and_dated(sentence: str, start: str | None, end: str | None) -> None:
    found = periods.period(sentence, PUBLISHED)
    assert found is not None
    assert (found.start, found.end) == (start, end)


def test_periods_undated_event_dated_from_an_earlier_one() -> None:
    earlier = periods.period("Since the end of the Second War on November 10, 2020, crews cleared 9 km.", PUBLISHED)
    undated = periods.period("A total of 392 people have been hurt since the end of the war.", PUBLISHED)
    assert earlier is not None
    assert undated is not None
    assert periods.resolve(undated, [earlier]).start == "2020-11-10"
    other = periods.period("Since the beginning of the war, 3,400 people were hurt.", PUBLISHED)
    assert other is not None
    assert periods.resolve(other, [earlier]).start is None


UNIT_WORDS = sorted(json.loads(resources.files("factcheck.data").joinpath("units.json").read_text("utf-8"))["units"])


@pytest.mark.parametrize("word", UNIT_WORDS)
def test_units_every_listed_word_is_a_known_unit(word: str) -> None:
    unit = units.lookup(word)
    assert unit is not None
    assert unit.factor > 0


@given(st.sampled_from(UNIT_WORDS), st.floats(min_value=-1e12, max_value=1e12, allow_nan=False))
def test_units_values_read_back_in_the_unit_as_written(word: str, value: float) -> None:
    unit = units.lookup(word)
    assert unit is not None
    assert unit.in_written(value * unit.factor / unit.written_scale) == pytest.approx(value, rel=1e-9, abs=1e-9)


@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31)))
def test_periods_relative_dates_never_after_a_week_from_publication(day: dt.date) -> None:
    for sentence in ("On Monday 3 died.", "Yesterday 3 died.", "Last year 3 died.", "In December 3 died."):
        found = periods.as_of(sentence, day.isoformat())
        assert found is not None
        assert found <= day.isoformat()


@pytest.mark.parametrize(("sentence", "start", "end"), [
    ("GDP grew 4.2% in the second quarter of 2014.", "2014-04", "2014-06"),
    ("Second-quarter revenue rose 8%.", "2024-04", "2024-06"),  # no year: the latest begun by publication
    ("Profit doubled in the fourth quarter.", "2023-10", "2023-12"),
    ("Sales in Q1 2017 were flat.", "2017-01", "2017-03"),
    ("Exports fell 3% in the April-June quarter.", "2024-04", "2024-06"),
    ("In the first three months of 2017, output rose 1%.", "2017-01", "2017-03"),
    ("First-half profit fell 12%.", "2024-01", "2024-06"),
    ("Accidents killed nine people in the first ten months of 2023.", "2023-01", "2023-10"),
])
def test_periods_quarters_and_halves_are_bounded_periods_with_no_as_of(sentence: str, start: str, end: str) -> None:
    found = periods.period(sentence, PUBLISHED)
    assert found is not None
    assert found.reported
    assert (found.start, found.end) == (start, end)


def test_periods_a_comparison_with_a_past_quarter_is_no_period() -> None:
    assert periods.period("Growth was the fastest since the fourth quarter of 2011.", PUBLISHED) is None


@pytest.mark.parametrize("sentence", ["Revenue grew 30 percent over last year to $74.6 billion.",
                                      "Sales rose 5% on last year.", "Profit was higher than last year."])
def test_periods_last_year_as_the_base_of_a_comparison_is_no_period(sentence: str) -> None:
    assert periods.period(sentence, PUBLISHED) is None
    assert periods.period("In the same quarter last year, revenue was $57.6 billion.", PUBLISHED) is not None


def test_periods_a_day_named_by_its_weekday_alone_is_that_day() -> None:
    found = periods.period("Some 350 people died only on Tuesday.", PUBLISHED)
    assert found is not None
    assert (found.start, found.end) == ("2024-06-11", "2024-06-11")


@pytest.mark.parametrize(("sentence", "as_of"), [
    ("The storm killed 1,000 people, a police official said on Sunday.", "2013-11-09"),  # across a date line
    ("The storm killed 1,000 people, a police official said on Friday.", "2013-11-08"),
    ("Last Sunday the storm killed 1,000 people.", "2013-11-03"),
])
def test_periods_a_weekday_the_day_after_publication_is_the_publication_day(sentence: str, as_of: str) -> None:
    assert periods.as_of(sentence, "2013-11-09") == as_of  # a Saturday


@pytest.mark.parametrize(("body", "published", "date"), [
    ("KUNMING, Aug. 3 (Xinhua) -- At least 175 people died.", "2014-08-04", "2014-08-03"),
    ("DAKAR, Sept 26 (Reuters) - The toll rose.", "2014-09-27", "2014-09-26"),
    ("LAGOS, Nigeria, Dec. 30 (UPI) -- A blast.", "2024-01-02", "2023-12-30"),  # across the new year
    ("SEOUL, April 27 — Strong chip sales.", "2017-04-27", None),  # filed the day it ran: nothing to change
    ("WASHINGTON (AP) — The toll rose.", "2015-06-03", None),  # a dateline without a date
    ("PARIS, May 3 (AFP) - A strike.", "2019-07-30", None),  # months before: not when this story was filed
    ("Rescuers said on Aug. 3 that 175 people died.", "2014-08-04", None),  # a date in a sentence, no dateline
    ("Thiruvananthapuram, Aug 18 (PTI): The toll rose.", "2018-08-19", "2018-08-18"),  # a colon ends it too
])
def test_periods_a_wire_story_is_dated_from_its_dateline(body: str, published: str, date: str | None) -> None:
    assert periods.filed(body, published) == date


@pytest.mark.parametrize(("text", "head", "dateline"), [
    ("QUITO, Ecuador (AP) — The toll rose.", False, "QUITO, Ecuador (AP) — "),
    ("KOCHI, India • The death toll rose.", False, "KOCHI, India • "),  # a bullet ends one too
    ("Kochi, India: The death toll rose to 79.", True, "Kochi, India: "),
    ("Phnom Penh: Cambodia has cleared 2,554 square km.", True, "Phnom Penh: "),
    ("Aug. 29 (UPI) — Seven people remain missing.", False, "Aug. 29 (UPI) — "),  # a wire's date with no city
    ("Sindh: 30 dead, Punjab: 12 dead.", False, None),  # a place's figure, inside a story
    ("Meta – which calls itself lean – is laying off 10,000 staff.", True, None),  # a name, not where it was filed
])
def test_periods_a_dateline_opens_a_story_or_a_wire_sentence(text: str, head: bool, dateline: str | None) -> None:
    found = periods.dateline(text, head)
    assert (found[0] if found else None) == dateline


@pytest.mark.parametrize(("words", "dimension", "factor"), [
    ("square km", "area", 100.0),  # hectares in a square kilometre
    ("sq. ft.", "area", 0.3048 ** 2 / 10_000),
    ("square miles", "area", 1.609344 ** 2 * 100),
    ("cubic metres", "volume", 1000.0),  # litres in a cubic metre
    ("square dollars", None, None),  # only a length has a square
])
def test_units_the_square_or_cube_of_any_length_unit_is_an_area_or_a_volume(words: str, dimension: str | None,
                                                                          factor: float | None) -> None:
    unit = units.lookup(words)
    assert (unit.dimension, unit.factor) == (dimension, pytest.approx(factor)) if unit else dimension is None


def test_periods_a_superlative_over_the_past_years_is_no_period() -> None:
    assert periods.period("It was the deadliest crush at the site in the last 25 years.", PUBLISHED) is None
    assert periods.period("Rents rose 4% in the last five years.", PUBLISHED) is not None


def test_periods_the_same_period_refers_back_not_to_a_base() -> None:
    """'during the reporting period' is the article's last bounded period; 'the year' only a calendar
    year; 'the same period last year' is what a figure is compared with."""
    earlier = periods.period("In the first ten months of 2023, 25 accidents occurred.", PUBLISHED)
    year = periods.Period("2023", "2023", "in 2023")
    found = periods.same_period("Teams cleared 5,000 hectares during the reporting period.", earlier)
    assert found is not None
    assert (found.start, found.end) == ("2023-01", "2023-10")
    assert periods.same_period("Ten accidents killed five people during the year.", earlier) is None
    assert periods.same_period("Ten accidents killed five people during the year.", year) == \
        periods.Period("2023", "2023", "during the year")
    assert periods.same_period("Exports rose 3% over the same period last year.", year) is None
    assert periods.same_period("Teams cleared 5,000 hectares during the reporting period.", None) is None
