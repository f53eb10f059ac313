"""Reading dates at the precision written."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.dates import find_dates, parse_date

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(Date Accessed: 18.04.2025).", ["2025-04-18"]),
        ("Decree, October 14, 2024, https://example.org", ["2024-10-14"]),
        ("published 3 March 2021 and updated Mar. 5, 2021", ["2021-03-03", "2021-03-05"]),
        ("As of April 2025, the toll rose", ["2025-04"]),
        ("11 октября 2024 г.", ["2024-10-11"]),
        ("14 Ekim 2024 tarihinde", ["2024-10-14"]),
        ("le 2 février 2023", ["2023-02-02"]),
        ("the ISO form 2023-07-09 too", ["2023-07-09"]),
        ("18/04/2025", ["2025-04-18"]),
    ],
)
def test_dates_found_at_their_precision(text: str, expected: list[str]) -> None:
    assert [d.value for d in find_dates(text)] == expected


@pytest.mark.parametrize(
    "text",
    ["completing it may 30 years", "phone 438 50 23-24", "news-57709190", "No.2025 / 30", "2024-02-30",
     "31.02.2024", "version 1.2.2024a"],
)
def test_dates_not_read_from_non_dates(text: str) -> None:
    assert find_dates(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [("2025", "2025"), ("2025-06", "2025-06"), ("2025-06-12", "2025-06-12"), (" June 12, 2025 ", "2025-06-12"),
     ("June 2025", "2025-06"), ("2025-13", None), ("soon", None), ("12 June 2025 and more", None)],
)
def test_dates_parse_whole_strings(text: str, expected: str | None) -> None:
    assert parse_date(text) == expected


@given(st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(2999, 12, 31)))
def test_dates_every_written_form_reads_back(day: dt.date) -> None:
    month = MONTHS[day.month - 1]
    forms = [day.isoformat(), f"{day.day:02d}.{day.month:02d}.{day.year}", f"{month} {day.day}, {day.year}",
             f"{day.day} {month} {day.year}"]
    for form in forms:
        assert parse_date(form) == day.isoformat(), form
    assert parse_date(f"{month} {day.year}") == day.isoformat()[:7]


@given(st.text(max_size=200))
def test_dates_never_crash_on_any_text(text: str) -> None:
    for found in find_dates(text):
        assert 0 <= found.start < found.end <= len(text)
        assert parse_date(found.value) == found.value
