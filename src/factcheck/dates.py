"""Dates in text, read at the precision the text gives: ``2024``, ``2024-10`` or ``2024-10-11``.

Covers the forms articles and their notes use: ISO (2024-10-11), day-first numeric (18.04.2025,
18/04/2025), month names in several languages (October 11, 2024; 11 October 2024; 11 октября 2024;
October 2024) and a bare year where the caller asks for one. Month names come from
``data/months.json``. A day that does not exist in its month is not a date.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
import re
from dataclasses import dataclass
from functools import cache

from factcheck import lexicon


@dataclass(frozen=True)
class FoundDate:
    """A date found in text, with its span and ISO value at the precision written."""

    start: int
    end: int
    value: str


@cache
def month_names() -> dict[str, int]:
    """Every month name in ``months.json``, lowercase, with its number (shared: do not modify)."""
    names: dict[str, int] = {}
    for table in lexicon.load("months")["months"].values():
        names.update(table)
    return names


def iso(year: int, month: int | None = None, day: int | None = None) -> str | None:
    """``YYYY[-MM[-DD]]``, or None when the parts are not a real date."""
    if not 1 <= year <= 9999:
        return None
    if month is None:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


@cache
def month_alternation() -> str:
    """Every month name as one regex alternation, longest first (case is the caller's flag)."""
    return "|".join(sorted((re.escape(m) for m in month_names()), key=len, reverse=True))


@cache
def _pattern() -> re.Pattern[str]:
    months = month_alternation()
    month = rf"(?P<{{g}}>{months})\.?"
    day = r"(?P<{g}>[0-3]?\d)(?:st|nd|rd|th)?"
    year = r"(?P<{g}>[12]\d{{3}})"
    forms = [
        rf"{year.format(g='iy')}-(?P<im>[01]\d)-(?P<id>[0-3]\d)",
        rf"(?P<nd>[0-3]?\d)[./](?P<nm>[01]?\d)[./]{year.format(g='ny')}",
        rf"{month.format(g='am')}\s+{day.format(g='ad')},?\s+{year.format(g='ay')}",
        rf"{day.format(g='bd')}\s+{month.format(g='bm')},?\s+{year.format(g='by')}",
        rf"{month.format(g='cm')},?\s+{year.format(g='cy')}",
    ]
    return re.compile(r"(?<![\w./-])(?:" + "|".join(forms) + r")(?![\w/]|\.\d)", re.IGNORECASE)


def _month(word: str) -> int | None:
    """The month a name denotes; English names must be capitalised ('may' is a verb)."""
    word = word.rstrip(".")
    number = month_names().get(word.casefold())
    if number is None:
        return None
    if word.isascii() and word[0].islower():
        return None
    return number


def find_dates(text: str) -> list[FoundDate]:
    """Every full or month-precision date written in ``text``, in order."""
    found = []
    for m in _pattern().finditer(text):
        g = m.groupdict()
        value: str | None = None
        if g["iy"]:
            value = iso(int(g["iy"]), int(g["im"]), int(g["id"]))
        elif g["ny"]:
            value = iso(int(g["ny"]), int(g["nm"]), int(g["nd"]))
        else:
            for prefix in "abc":
                if g[prefix + "m"]:
                    month = _month(g[prefix + "m"])
                    day = g.get(prefix + "d")
                    if month is not None:
                        value = iso(int(g[prefix + "y"]), month, int(day) if day else None)
                    break
        if value is not None:
            found.append(FoundDate(m.start(), m.end(), value))
    return found


def parse_date(text: str) -> str | None:
    """The date ``text`` is, whole (surrounding space allowed), or a bare year; else None."""
    text = text.strip()
    partial = re.fullmatch(r"(\d{4})(?:-(\d{2}))?", text)
    if partial:
        return iso(int(partial[1]), int(partial[2]) if partial[2] else None)
    dates = find_dates(text)
    if len(dates) == 1 and dates[0].start == 0 and dates[0].end == len(text):
        return dates[0].value
    return None


def days_between(start: str, end: str | None) -> float:
    """Days from one partial ISO date to another (each taken at its first day); infinite when unknown."""
    try:
        first = dt.date.fromisoformat((start + "-01-01")[:10] if len(start) < 10 else start)
        last = dt.date.fromisoformat((end + "-01-01")[:10] if end and len(end) < 10 else end or "")
    except ValueError:
        return math.inf
    return (last - first).days


def days_after(end: str, date: str | None) -> float:
    """Days from the last day of a partial ISO date (a period's end: '2023-06' ends on 30 June) to
    another (taken at its first day); infinite when either is unknown."""
    try:
        if len(end) == 4:
            last = dt.date(int(end), 12, 31)
        elif len(end) == 7:
            year, month = map(int, end.split("-"))
            last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
        else:
            last = dt.date.fromisoformat(end)
    except ValueError:
        return math.inf
    return days_between(last.isoformat(), date)
