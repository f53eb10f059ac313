"""Periods and as-of dates in a sentence or paragraph.

A period is what a figure covers ("since 2020", "between March 31 and April 6", "from 2020 to
2023"); an as-of date is when it holds ("As of April 2025", "by the end of 2023", "In February
2024, ..."). A date without a year takes the latest year that does not put it after the
article's publication.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from factcheck.dates import days_between, find_dates, iso, month_alternation, month_names
from factcheck.numbers import number_word

YEAR = r"(?:1[89]\d\d|20\d\d)"


@dataclass(frozen=True)
class Period:
    """What a figure covers: ``start``/``end`` dates, and the words that said so ('since 2020').

    A period that names an event but no date ('since the beginning of the war') has no start;
    :func:`resolve` dates it from an earlier period that names the same event with a date."""

    start: str | None
    end: str | None
    text: str
    reported: bool = False  # a quarter or half a statistic is published for once it is over: no as-of date


@cache
def _month_day() -> re.Pattern[str]:
    months = month_alternation()
    return re.compile(rf"\b(?:(?P<m1>{months})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?|(?P<d2>\d{{1,2}})"
                      rf"(?:st|nd|rd|th)?\s+(?P<m2>{months}))\b(?!,?\s+\d{{4}})", re.IGNORECASE)


@lru_cache(maxsize=64)
def _dated(text: str, published: str) -> tuple[tuple[int, int, str], ...]:
    """Dates in ``text`` with spans: full dates, month-year, month-day (year inferred), bare years.

    Cached for the few calls that ``period`` and ``as_of`` make on the same sentence."""
    found = [(d.start, d.end, d.value) for d in find_dates(text)]
    taken = [(s, e) for s, e, _ in found]
    names = month_names()
    pub_year, pub = int(published[:4]), published
    for m in _month_day().finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        word = m["m1"] or m["m2"]
        if word.isascii() and word[0].islower():
            continue
        month, day = names[word.casefold()], int(m["d1"] or m["d2"])
        value = iso(pub_year, month, day)
        if value and len(pub) == 10 and value > pub:
            value = iso(pub_year - 1, month, day)
        if value:
            found.append((m.start(), m.end(), value))
            taken.append((m.start(), m.end()))
    for m in re.finditer(rf"(?<![\d,.$])\b{YEAR}\b(?![\d,.%]\d|\s*(?:%|percent|hectares|people))", text):
        if not any(s <= m.start() < e for s, e in taken):
            found.append((m.start(), m.end(), m[0]))
            taken.append((m.start(), m.end()))
    found += [r for r in relative_dates(text, published) if not any(s <= r[0] < e for s, e in taken)]
    return tuple(sorted(found))


EVENT_CUES = re.compile(r"\b(?:(?P<event>explosion|blast|quake|earthquake|tremor|fire|wildfire|attack|bombing|crash|"
                        r"collapse|sinking|storm|flood|flooding|disaster|accident|eruption|landslide|shooting|"
                        r"typhoon|hurricane|cyclone|tsunami|stampede|crush|riot|raid|massacre|avalanche|"
                        r"mudslide|blaze|derailment|spill|struck|hit|happened|occurred|began|started|erupted|"
                        r"sank|capsized|derailed|detonated|exploded|collapsed|broke out|converged|when)|"
                        r"(?P<figure>rose|risen|climbed|stood|stands|reached|said|says|reported|announced|"
                        r"confirmed|put|jumped|soared|topped|increased|raised|revised|was|were|is|are|had|has))\b",
                        re.IGNORECASE)


ATTRIBUTIVE = re.compile(r"\bthe\s+$", re.IGNORECASE)  # a date after 'the' names a thing ('the Thursday crush')


def _names_event(text: str, at: int) -> bool:
    """The date at ``at`` says when an event happened: the nearest cue before it in its clause is an
    event ('the explosion that struck the mine on Tuesday'), not a figure's verb ('rose to 274 on')."""
    clause = re.split(r"[;:]|,(?!\d)", text[max(0, at - 80):at])[-1]  # not the comma of '2,750 tonnes'
    cues = list(EVENT_CUES.finditer(clause))
    if cues and cues[-1]["event"]:
        return True
    # 'the blast that killed nearly 180 people, injured over 6,000 and left 300,000 homeless earlier this
    # month': a date closing a relative clause of an event names when it happened
    window = text[max(0, at - RELATIVE_REACH):at]
    said = [m for m in EVENT_CUES.finditer(window)
            if m["event"] and re.match(r",?\s+(?:that|which)\b", window[m.end():])]
    return bool(said) and not re.search(r"[;:]|\b(?:as of|since|by)\b", window[said[-1].end():], re.IGNORECASE)


RELATIVE_REACH = 160  # characters back from a date to the event noun whose relative clause it may close


HOLIDAY = re.compile(r"\b(?:black|good|super|ash|cyber|easter|palm|holy|giving)\s+$", re.IGNORECASE)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
RELATIVE = re.compile(r"\b(?:(?P<which>last|this|next|earlier this|later this|(?<=start of )the"
                      r"|(?<=beginning of )the) (?P<unit>year|month|week)"
                      r"(?!['’]s)"
                      r"|(?P<day>yesterday)"
                      r"|(?:(?:on|last|late|early|by|until|since|this) )?"
                      r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?!['’]s)"
                      r"|(?:in|since|by|until|through|as of|between|from|and|to) (?:(?:mid|early|late)[- ])?"
                      rf"(?P<month>{'|'.join(calendar.month_name[1:])})"
                      r"(?!\s*\d|,?\s*\d{4}))\b", re.IGNORECASE)


DEADLINE = re.compile(r"\b(?:by|until|till|before)\s+(?:the\s+end\s+of\s+|early\s+|late\s+|mid-?)?$", re.IGNORECASE)


def relative_dates(text: str, published: str) -> list[tuple[int, int, str]]:
    """'last year', 'earlier this month', 'on Tuesday', 'late Wednesday', 'said Sunday', 'yesterday',
    'in August' (no year; the last August, or the next after 'by' or 'until'), read
    against the publication date, at the precision it supports. ('Today' is the publication date,
    which is already the last resort; a cited source's date says more.)"""
    year = int(published[:4])
    month = int(published[5:7]) if len(published) >= 7 else None
    day = dt.date.fromisoformat(published) if len(published) == 10 else None
    found = []
    for m in RELATIVE.finditer(text):
        value: str | None = None
        if m["unit"]:
            which, unit = m["which"].casefold(), m["unit"].casefold()
            shift = {"last": -1, "next": 1}.get(which, 0)
            if unit == "year":
                value = str(year + shift)
            elif unit == "month" and month is not None:
                y, mo = divmod(year * 12 + month - 1 + shift, 12)
                value = f"{y:04d}-{mo + 1:02d}"
            elif unit == "week" and day is not None:
                value = (day + dt.timedelta(weeks=shift)).isoformat()
        elif m["day"] and day is not None:
            value = (day - dt.timedelta(days=1)).isoformat()
        elif m["weekday"] and day is not None:
            if HOLIDAY.search(text[max(0, m.start() - 8):m.start("weekday")]):
                continue  # 'Black Friday', 'Super Tuesday': a name, not a date
            if _names_event(text, m.start()):
                continue  # 'the explosion that struck the mine on Tuesday': when it happened, not when a figure holds
            back = (day.weekday() - WEEKDAYS.index(m["weekday"].casefold())) % 7
            last = m[0].casefold().startswith("last")
            if back == 6 and not last:
                back = 0  # the day after publication: written across a date line ('said on Sunday' in Manila,
                # published on Saturday in New York), not six days before
            value = (day - dt.timedelta(days=back or (7 if last else 0))).isoformat()
        elif m["month"]:
            if m["month"].islower():
                continue  # 'and may inflict', 'to march': a verb, not a month
            number = list(calendar.month_name).index(m["month"].capitalize())
            ahead = DEADLINE.search(text[max(0, m.start("month") - 20):m.start("month")]) is not None
            # 'could rise to 20,000 by November' in September: this year's November, still to come
            value = f"{year if month is None or number <= month or ahead else year - 1:04d}-{number:02d}"
        if value:
            start = m.start("month") if m["month"] else m.start()
            found.append((start, m.end(), value))
    return found


def period(text: str, published: str) -> Period | None:
    """The period a sentence states: 'since X', 'between X and Y', 'from X to Y', or an undated
    'since the end of the war'."""
    found = _period_with_spans(text, published)
    if found:
        return found[0]
    quarter = quarters(text, published)
    if quarter:
        return quarter[0][2]
    short = SHORT.search(text)
    days = DAYS_BACK.search(short[0]) if short else None
    if short and days and len(published) == 10 and (back := _count(days["n"])) and back > 1:
        # 'in the past 21 days': the weeks to the day it was said, not one day's count
        start = dt.date.fromisoformat(published) - dt.timedelta(days=back)
        return Period(start.isoformat(), published, short[0])
    if short and len(published) == 10:  # 'in the last 24 hours': a day's count, not a running total
        day = next((value for _, _, value in relative_dates(short[0], published)), published)  # 'only on Tuesday'
        return Period(day, day, short[0])
    past = PAST.search(text)
    if past and _superlative_before(text, past.start()):
        past = None  # 'the worst disaster in the last 25 years' compares, it does not count
    if past:
        count = _count(past["n"]) if past["n"] else 1
        years = (count or 1) * (10 if past["unit"].casefold().startswith("decade") else 1)
        if past["unit"].casefold().startswith("month"):
            return Period(_months_back(published, count or 1), None, past[0])
        return Period(str(int(published[:4]) - int(years)), None, past[0])
    m = re.search(r"\bsince\s+(?:the\s+)?(?P<event>[^,;:.()\[\]]{3,80})", text, re.IGNORECASE)
    if m is not None and _event_words(m["event"]) and not _superlative_before(text, m.start()):
        return Period(None, None, re.sub(r"\s+", " ", m[0]).strip())
    return _calendar_period(text, published)


SAME_PERIOD = re.compile(r"\b(?:during|in|for|throughout|within) (?:the|that) (?:same |reporting |review )?"
                         r"(?P<span>period|year)\b(?!\s+(?:of|to|ended|ending|before|after)\b)"
                         r"(?!,?\s+(?:last|the previous|a) year|,?\s+a year (?:earlier|ago|before))", re.IGNORECASE)


def same_period(text: str, earlier: Period | None) -> Period | None:
    """The period a sentence refers back to ('during the reporting period', 'in the same period',
    'killed five people during the year'): the ``earlier`` bounded period of its article, and for
    'the year' only a calendar year. Not a base of comparison ('up 3% from the same period last year', 'over
    the same period')."""
    m = SAME_PERIOD.search(text)
    if m is None or earlier is None or earlier.start is None or earlier.end is None:
        return None
    if m["span"].casefold() == "year" and not (len(earlier.start) == 4 and earlier.start == earlier.end):
        return None
    return Period(earlier.start, earlier.end, m[0], earlier.reported)


NOT_OF_THE_YEAR = re.compile(r"\b(?:since|than|from|until|till|before|after|by|to|between)\s+(?:the\s+)?"
                             r"(?:end\s+of\s+)?$", re.IGNORECASE)


def paragraph_year(paragraph: str, published: str) -> Period | None:
    """The one past year a paragraph tells of ('BJP, Congress, AIADMK and TMC emerged as the top players in
    the 2014 polls. BJP alone secured 282 seats.'), when it names no other year before the article's and no
    day or month of the article's own year: its past-tense figures that say no date are of that year. Not a
    year said as a bound ('the worst since 2010', 'up from 2019')."""
    past: set[str] = set()
    for start, _, value in _dated(paragraph, published):
        if value[:4] >= published[:4]:
            if len(value) > 4:
                return None  # 'on Tuesday', 'last month': the paragraph tells of now too
            continue
        if NOT_OF_THE_YEAR.search(paragraph[max(0, start - 30):start]):
            return None
        past.add(value[:4])
    if len(past) != 1:
        return None
    year = past.pop()
    return Period(year, year, year)


def _calendar_period(text: str, published: str) -> Period | None:
    """'In 2023, exports fell 7%', 'during May 2024', 'last year': a year or a month the figure
    covers, as a bounded period (a flow in 2023 is not the same quantity as one in 2021)."""
    found = calendar_periods(text, published)
    return found[0][2] if found else None


def named_date(text: str, published: str) -> Period | None:
    """The year or month a date names, as a period ('2005', 'last year's', 'January 2010'); None for a
    day or no date."""
    found = [value for _, _, value in _dated(re.sub(r"['’]s\s*$", "", text.strip()), published) if len(value) <= 7]
    return Period(found[0], found[0], text.strip()) if found else None


@lru_cache(maxsize=64)
def calendar_periods(text: str, published: str) -> tuple[tuple[int, int, Period], ...]:
    """Every year or month a sentence says its figures cover, with its span ('ticked down to 4.1%
    in June from 4.2% in May'), for each figure to take the one written nearest it."""
    found = []
    for start, end, value in _dated(text, published):
        if len(value) > 7:
            continue  # a day is when something happened, not a period
        before = text[max(0, start - 12):start]
        word = re.search(r"\b(?:in|during|throughout|for)\s+$", before, re.IGNORECASE)
        relative = re.match(r"(?:last|this|next) (?:year|month)", text[start:end], re.IGNORECASE)
        if relative and COMPARED_WITH.search(text[max(0, start - 30):start]):
            continue  # 'grew 30 percent over last year': what the figure is compared with, not its period
        if word or relative:
            begin = start - (len(before) - word.start()) if word else start
            found.append((begin, end, Period(value, value, text[begin:end])))
    return tuple(found)


ORDINAL_QUARTERS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
                    "final": 4}
QUARTER = re.compile(
    rf"\b(?:(?P<fiscal>fiscal|financial)[- ](?:year[- ])?(?:{YEAR}[- ])?)?"
    r"(?:(?P<ordinal>first|1st|second|2nd|third|3rd|fourth|4th|final)[- ](?P<part>quarter|half)"
    r"|Q(?P<q>[1-4])|H(?P<h>[12])"
    r"|(?P<from>January|April|July|October|Jan|Apr|Jul|Oct)[- ]?(?:to[- ]|-|–)(?P<to>March|June|September|December|"
    r"Mar|Jun|Sept?|Dec)\b(?:[- ]quarter)?"
    r"|(?P<first>first) (?P<months>two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01]) months)"
    rf"(?:\s*(?:of\s+)?(?:(?:fiscal|financial)(?: year)?\s+)?(?P<year>{YEAR})\b|\s*['’](?P<yy>\d\d)\b)?"
    r"(?![- ]?(?:final|inning|period|minute))",  # a game's quarters and halves are no calendar
    re.IGNORECASE)
BASE = re.compile(r"\b(?:since|than|compared (?:with|to)|versus|vs\.?)\s+(?:the\s+|a\s+)?(?:same\s+)?$",
                  re.IGNORECASE)
COMPARED_WITH = re.compile(r"\b(?:over|from|on|than|against|compared (?:with|to)|versus|vs\.?)\s+(?:the\s+)?$",
                           re.IGNORECASE)
QUARTER_MONTHS = {"jan": 1, "apr": 4, "jul": 7, "oct": 10}


@lru_cache(maxsize=64)
def quarters(text: str, published: str) -> tuple[tuple[int, int, Period], ...]:
    """The quarters and halves of a year a sentence names, with their spans: 'the second quarter of
    2014', 'second-quarter', 'Q2', 'the April-June quarter', 'the first three months of 2017', 'the
    first half'. A year left out is the latest that does not start the period after the article's
    publication; a fiscal year's quarter is kept as words (its months are the company's). Cached:
    :func:`period` and the extraction of each figure of a sentence read the same sentence."""
    found = []
    for m in QUARTER.finditer(text):
        if BASE.search(text[max(0, m.start() - 30):m.start()]):
            continue  # 'the fastest since the fourth quarter of 2011', 'compared with the first quarter': a base
        letter = m.start("q") if m["q"] else m.start("h") if m["h"] else None
        if letter is not None and text[letter - 1] not in "QH":
            continue  # 'Q2', 'H1' in capitals, not 'q2' in a model's name
        first, months = _quarter_months(m)
        if first is None:
            continue
        if m["fiscal"]:
            found.append((m.start(), m.end(), Period(None, None, m[0], reported=True)))
            continue
        year = int(m["year"]) if m["year"] else 2000 + int(m["yy"]) if m["yy"] else None
        if year is None:
            year = int(published[:4]) if f"{published[:4]}-{first:02d}" <= published[:7] else int(published[:4]) - 1
        found.append((m.start(), m.end(), Period(f"{year:04d}-{first:02d}", f"{year:04d}-{first + months - 1:02d}",
                                                 m[0], reported=True)))
    return tuple(found)


def _quarter_months(m: re.Match[str]) -> tuple[int | None, int]:
    """The first month and the number of months a quarter or half names."""
    if m["q"]:
        return 3 * int(m["q"]) - 2, 3
    if m["h"]:
        return 6 * int(m["h"]) - 5, 6
    if m["ordinal"]:
        n = ORDINAL_QUARTERS[m["ordinal"].casefold()]
        if m["part"].casefold() == "half":
            return (1, 6) if n == 1 else (7, 6) if n in (2, 4) else (None, 0)
        return 3 * n - 2, 3
    if m["from"]:
        first = QUARTER_MONTHS[m["from"][:3].casefold()]
        last = [None, "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].index(
            m["to"][:3].casefold())
        return (first, 3) if last == first + 2 else (None, 0)
    months = m["months"]
    return 1, _count(months)


PAST = re.compile(r"\b(?:over|in|during|for) (?:the |(?=(?:past|last) (?:\d+|[a-z]+) (?:years|decades|months)))"
                  r"(?:past|last) (?:(?P<n>\d+|[a-z]+) )?"
                  r"(?P<unit>years?|decades?|months?)\b", re.IGNORECASE)
SHORT = re.compile(r"\b(?:(?:over|in|during|within) (?:the )?(?:past|last|previous) (?:\d+|[a-z]+(?:-[a-z]+)?) "
                   r"(?:hours|days)|(?:in|within) (?:\d+|twenty-four|forty-eight) hours|overnight"
                   r"|(?:in|over|during) the (?:past|last|previous) (?:day|week)|in a single day|in one day"
                   r"|(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today) alone"
                   r"|only (?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today))\b",
                   re.IGNORECASE)


DAYS_BACK = re.compile(r"(?:past|last|previous) (?P<n>\d+|[a-z]+) days", re.IGNORECASE)


def _count(word: str) -> int:
    """A small count written in figures or in words ('21', 'ten'), or 0."""
    return int(word) if word.isdigit() else int(number_word(word) or 0)


def _months_back(published: str, months: int) -> str:
    year, month = int(published[:4]), int(published[5:7]) if len(published) >= 7 else 1
    y, mo = divmod(year * 12 + month - 1 - months, 12)
    return f"{y:04d}-{mo + 1:02d}"


SUPERLATIVE = re.compile(r"\b(?:highest|lowest|largest|smallest|biggest|most|least|worst|best|first|last time|"
                         r"fastest|slowest|strongest|weakest|sharpest|steepest|deepest|quickest|greatest|longest|"
                         r"hottest|coldest|warmest|wettest|oldest|[a-z]+iest)"  # 'deadliest', 'costliest', 'busiest'
                         r"\b[\w\s-]{0,20}$", re.IGNORECASE)


def _superlative_before(text: str, at: int) -> bool:
    """A superlative comes just before ``at``: 'the highest since 1995', 'the deadliest in the last 25
    years' compare with a time, they do not count from it."""
    return SUPERLATIVE.search(text[max(0, at - 30):at]) is not None


def _period_with_spans(text: str, published: str) -> tuple[Period, list[tuple[int, int]]] | None:
    dates = _dated(text, published)
    for m in re.finditer(r"\b(since|between|from)\b", text, re.IGNORECASE):
        if _superlative_before(text, m.start()):
            continue  # 'the highest since 1995' compares, it does not count from 1995
        after = [d for d in dates if d[0] >= m.end() and d[0] - m.end() <= 80
                 and not re.search(r"[;.,]", _between_dates(text, m.end(), d[0], dates))]
        if not after:
            continue
        word = m[1].casefold()
        if word == "since":
            return Period(after[0][2], None, text[m.start():after[0][1]]), [after[0][:2]]
        if len(after) >= 2 and re.fullmatch(r"\s*(?:and|to|until|through|-|–)\s*", text[after[0][1]:after[1][0]]):
            return (Period(after[0][2], after[1][2], text[m.start():after[1][1]]),
                    [after[0][:2], after[1][:2]])
    return None


def _between_dates(text: str, start: int, end: int, dates: Sequence[tuple[int, int, str]]) -> str:
    """The words from ``start`` to ``end`` outside the dates written there: the comma of 'from January
    1, 1996 to July 2015' is the first date's, not a clause's end."""
    kept, at = [], start
    for s, e, _ in dates:
        if s >= at and e <= end:
            kept.append(text[at:s])
            at = e
    return "".join(kept) + text[at:end]


def _event_words(text: str) -> frozenset[str]:
    """The words that name an event: 'the end of the Second Karabakh War on' -> {end, second, karabakh, war}."""
    return frozenset(w for w in re.findall(r"[^\W\d_]+", text.casefold()) if w not in STOP_WORDS)


def resolve(undated: Period, earlier: list[Period]) -> Period:
    """Date 'since the end of the war' from the latest earlier dated 'since' period that names the
    same event ('since the end of the Second Karabakh War on November 10, 2020')."""
    words = _event_words(undated.text) - {"since"}
    for candidate in reversed(earlier):
        if candidate.start and candidate.end is None and words <= _event_words(candidate.text):
            return Period(candidate.start, None, undated.text)
    return undated


def as_of(text: str, published: str, *, explicit_only: bool = False) -> str | None:
    """When a sentence says its figures hold: 'As of April 2025', 'by the end of 2023', 'In May 2024'."""
    found = _period_with_spans(text, published)
    in_period = found[1] if found else []
    dates = [d for d in _dated(text, published) if d[:2] not in in_period]
    for m in re.finditer(r"\b(as of the end of|as of|as at|as on|by the end of|at the end of|until the end of|"
                         r"till the end of|through the end of|by|until|till|through|in|on)\s+",
                         text, re.IGNORECASE):
        word = m[1].casefold()
        if explicit_only and word not in ("as of", "as at", "as on", "by the end of", "at the end of"):
            continue
        hit = next((d for d in dates if d[0] == m.end() or (d[0] == m.start() and d[1] > m.end())), None)
        # 'on Sunday': a weekday's span opens with its preposition
        if hit and word in ("in", "on") and _names_event(text, m.start()):
            continue  # 'the collapse of a condominium tower on June 24': when it happened, not when a figure holds
        if hit and not re.search(r"\b(since|between|from)\s+$", text[max(0, m.start() - 12):m.start()], re.I):
            return hit[2]
    if not explicit_only:
        relative = [r for r in relative_dates(text, published) if r[:2] not in in_period
                    and not _names_event(text, r[0])  # 'when monsoon rains started weeks earlier this year'
                    and not ATTRIBUTIVE.search(text[max(0, r[0] - 8):r[0]])  # 'the Thursday morning stampede'
                    and not re.search(r"\b(since|between|from)\s+$", text[max(0, r[0] - 12):r[0]], re.I)]
        if relative:
            return relative[0][2]
    return None


CLOCK = re.compile(r"\b(?:at|by|as of)\s+(?:\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\b\.?|p\.?m\b\.?)|noon|midday)",
                   re.IGNORECASE)  # a time of day a figure was read at: its day so far ('turnout was 35% at 5pm')


_WIRE_CITY = r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’ -]{2,}"  # 'KUNMING', 'NEW DELHI', 'BRASÍLIA'
_CITY = r"[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,2}"  # 'Kochi', 'Phnom Penh', at the head of a story only
_FILED_ON = r"[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}"
_DATELINE_TAIL = rf"(?:,\s*[A-Z][\w.'’ -]*?)*?(?:,\s*(?P<date>{_FILED_ON}))?\s*(?:\([\w .,/-]+\))?\s*"
WIRE_DATELINE = re.compile(rf"\s*{_WIRE_CITY}{_DATELINE_TAIL}(?:—|–|--?|•)\s*")
DATE_DATELINE = re.compile(rf"\s*(?P<date>{_FILED_ON})\s*\([\w .,/-]+\)\s*(?:—|–|--?|•)\s*")  # 'Aug. 29 (UPI) — '
HEAD_DATELINE = re.compile(rf"\s*(?:{_WIRE_CITY}|{_CITY}){_DATELINE_TAIL}:\s*")  # not 'Meta – which claims ... –'


def dateline(text: str, head: bool) -> re.Match[str] | None:
    """The dateline ``text`` opens with: where a story was filed and, on wire copy, when
    ('KUNMING, Aug. 3 (Xinhua) -- ', 'QUITO, Ecuador (AP) — ', 'Aug. 29 (UPI) — '). At the ``head`` of a story, a place
    before a colon is one too ('NEW DELHI: ', 'Kochi, India: ', 'Phnom Penh: '); elsewhere 'Sindh: 30
    dead' is a place's figure and 'WHO: 5,177 deaths' a source's."""
    return WIRE_DATELINE.match(text) or DATE_DATELINE.match(text) or (HEAD_DATELINE.match(text) if head else None)


WIRE_DELAY = 7  # days a wire story may run after it was filed


def filed(body: str, published: str) -> str | None:
    """The date a wire story's dateline gives ('KUNMING, Aug. 3 (Xinhua) -- '), when it is up to a
    week before the publication date: the day its figures and its weekdays are told from (a story
    filed late on the 3rd in China is published on the 4th)."""
    match = dateline(body, head=True)
    if match is None or match["date"] is None or len(published) != 10:
        return None
    date = next((value for start, _, value in _dated(match["date"], published) if start == 0 and len(value) == 10),
                None)
    return date if date is not None and 0 < days_between(date, published) <= WIRE_DELAY else None
