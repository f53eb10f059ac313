"""Quantities in a spaCy Doc: numbers with their unit, scale, range and qualifier.

The grammar, on tokens, reading left to right::

    [qualifier] [currency sign] NUMBER [scale] [unit | % | currency word] [(to|-|and) NUMBER ...]

NUMBER is digits ("190,000", "4,812.5") or number words ("Twenty", "one and a half"); a vague
plural ("thousands of") is a lower bound. Numbers inside dates, footnote markers and bare years
are left alone: they are not quantities. A count's counted noun is read from the parse.
Word lists are data: ``data/units.json`` and ``data/qualifiers.json``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token

from factcheck import lexicon, units
from factcheck.dates import month_alternation
from factcheck.numbers import DIGITS, number_word, parse_number, scale_word
from factcheck.units import Unit

RANGE_WORDS = {"to", "-", "–", "—", "through", "and"}
SMALL_SCALES = {"k", "m", "b", "mn", "bn", "tn"}


@dataclass(frozen=True)
class Quantity:
    """One quantity: its tokens, value(s) in the canonical unit, unit and qualifier."""

    start: int
    end: int
    value: float | None
    low: float | None
    high: float | None
    unit: Unit
    qualifier: str
    counted: str | None
    counted_token: int | None
    number_token: int

    def span(self, doc: Doc) -> Span:
        return doc[self.start:self.end]


@cache
def _qualifiers() -> tuple[tuple[tuple[str, ...], str], ...]:
    data = lexicon.load("qualifiers")
    phrases = [(tuple(p.casefold().split()), kind) for kind in ("approximate", "at_least", "at_most")
               for p in data[kind]]
    return tuple(sorted(phrases, key=lambda item: -len(item[0])))


def _qualifier(doc: Doc, start: int, floor: int) -> tuple[str, int]:
    """(qualifier, first token of it) for the words just before token ``start``."""
    for phrase, kind in _qualifiers():
        begin = start - len(phrase)
        if begin >= floor and tuple(t.lower_ for t in doc[begin:start]) == phrase:
            return kind, begin
    return "exact", start


def _is_number_token(token: Token) -> bool:
    return bool(DIGITS.match(token.text)) or (number_word(token.text) is not None and token.tag_ == "CD"
                                              and token.lower_ not in ("half", "quarter"))


def _number_run(doc: Doc, i: int, end: int, currency: bool) -> tuple[float, int] | None:
    """(value, end) of the number that starts at token ``i``."""
    if not _is_number_token(doc[i]):
        return None
    j = i + 1
    while j < end:
        tok = doc[j]
        low = tok.lower_
        scale = scale_word(tok.text) is not None and (low not in SMALL_SCALES or currency)
        word = number_word(tok.text) is not None and not DIGITS.match(doc[j - 1].text) and tok.tag_ == "CD"
        if scale or word:
            j += 1
        elif low == "-" and j + 1 < end and number_word(doc[j + 1].text) is not None \
                and number_word(doc[j - 1].text) is not None:
            j += 2
        elif low == "and" and j + 2 < end and doc[j + 1].lower_ == "a" and doc[j + 2].lower_ in ("half", "quarter"):
            j += 3
        else:
            break
    value = parse_number(" ".join(t.text for t in doc[i:j]))
    return None if value is None else (value, j)


@cache
def _unit_phrases() -> tuple[int, ...]:
    return tuple(sorted({len(k.split()) for k in lexicon.load("units")["units"]}, reverse=True))


def _unit_after(doc: Doc, j: int, end: int) -> tuple[Unit, int] | None:
    """A unit written right after token ``j`` ('hectares', 'sq km', '%', '-year')."""
    k = j + 1 if j < end and doc[j].text in ("-", "–") else j
    for size in _unit_phrases():
        if k + size <= end:
            unit = units.lookup(" ".join(t.text for t in doc[k:k + size]))
            if unit is not None:
                if k > j and unit.dimension != "duration":
                    continue
                return unit, k + size
    return None


def _currency_before(doc: Doc, i: int, floor: int) -> tuple[Unit, int] | None:
    if i - 1 >= floor:
        unit = units.currency_symbol(doc[i - 1].text)
        if unit is not None:
            return unit, i - 1
    return None


def _counted(doc: Doc, first: int, after: int, end: int) -> tuple[str | None, int | None]:
    """The noun a count counts: 'anti-personnel mines' in '107 anti-personnel mines'."""
    number = doc[first]
    candidates = [t for t in (number.head, *[doc[k].head for k in range(first, after)])
                  if t.i >= after and t.pos_ in ("NOUN", "PROPN") and t.i < end]
    if candidates:
        head = min(candidates, key=lambda t: t.i)
        return doc[after:head.i + 1].text, head.i
    if after + 1 < end and doc[after].lower_ == "of":
        noun = next((t for t in doc[after + 1:end] if t.pos_ in ("NOUN", "PROPN")), None)
        if noun is not None and (after <= noun.head.i <= noun.i or noun.dep_ == "pobj"):
            return doc[after + 1:noun.i + 1].text, noun.i
    return None, None


def _is_bare_year(doc: Doc, i: int, j: int, unit: Unit | None) -> bool:
    token = doc[i]
    if unit is not None or j - i != 1 or not re.fullmatch(r"1[89]\d\d|20\d\d|2100", token.text):
        return False
    nxt = doc[j] if j < len(doc) else None
    return not (nxt is not None and nxt.tag_ == "NNS" and token.head.i == nxt.i)


@cache
def _date_pattern() -> re.Pattern[str]:
    months = month_alternation()
    return re.compile(rf"\b(?:(?:{months})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:\s*(?:-|–|to|and)\s*\d{{1,2}}\b)?"
                      rf"(?:,?\s+\d{{4}})?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{months})\b(?:,?\s+\d{{4}})?"
                      rf"|(?:{months})\.?,?\s+\d{{4}}|\d{{4}}s\b)", re.IGNORECASE)


def date_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of numbers that belong to dates ('April 6', '6 April', 'the 1990s')."""
    return [(m.start(), m.end()) for m in _date_pattern().finditer(text)
            if not (m[0][:1].islower() and m[0][:3].casefold() == "may")]


def _range_after(doc: Doc, stop: int, end: int, money: bool, skipped: list[tuple[int, int]]
                 ) -> tuple[float, Unit | None, float | None, int] | None:
    """The second half of a range after token ``stop`` ('to $1,000', '-15 percent'):
    (its value, its unit, its scale, where it ends)."""
    if stop >= end - 1 or doc[stop].lower_ not in RANGE_WORDS:
        return None
    k = stop + 1
    if units.currency_symbol(doc[k].text) is not None:
        k, money = k + 1, True
    if k >= end or any(s <= doc[k].idx < e for s, e in skipped):
        return None
    second = _number_run(doc, k, end, money)
    if second is None:
        return None
    value, j = second
    unit = _unit_after(doc, j, end)
    scale = scale_word(doc[j - 1].text) if j - k > 1 else None
    return value, unit[0] if unit else None, scale, unit[1] if unit else j


def _in_brackets(doc: Doc, i: int) -> bool:
    """'[6]': a footnote marker, even when the article has no notes section to link it to."""
    return 0 < i < len(doc) - 1 and doc[i - 1].text == "[" and doc[i + 1].text == "]" and doc[i].is_digit


def find_quantities(doc: Doc | Span, skip: Iterable[tuple[int, int]] | None = None) -> list[Quantity]:
    """Every quantity in ``doc`` (a Doc or a sentence), in order.

    ``skip`` holds character spans to leave alone (footnote markers, dates); by default the
    dates of ``doc``'s text.
    """
    whole = doc if isinstance(doc, Doc) else doc.doc
    floor, end = (0, len(whole)) if isinstance(doc, Doc) else (doc.start, doc.end)
    skipped = list(skip) if skip is not None else date_spans(whole.text)
    found: list[Quantity] = []
    i = floor
    while i < end:
        token = whole[i]
        if any(s <= token.idx < e for s, e in skipped):
            i += 1
            continue
        vague = lexicon.load("units")["vague_scales"].get(token.lower_)
        if vague is not None and i + 1 < end and whole[i + 1].lower_ == "of":
            counted, head = _counted(whole, i, i + 1, end)
            found.append(Quantity(i, i + 1, float(vague), float(vague), None, units.COUNT, "at_least", counted,
                                  head, i))
            i += 1
            continue
        if _in_brackets(whole, i):
            i += 1
            continue
        currency = _currency_before(whole, i, floor)
        run = _number_run(whole, i, end, currency is not None)
        if run is None:
            i += 1
            continue
        first, j = run
        if whole[i].lower_ == "one" and j == i + 1 and whole[i].dep_ != "nummod":
            i += 1
            continue
        unit_after = _unit_after(whole, j, end)
        unit = currency[0] if currency else unit_after[0] if unit_after else None
        stop = unit_after[1] if unit_after and not (currency and unit_after[0].dimension != "money") else j
        if _is_bare_year(whole, i, j, unit):
            i = j
            continue
        start = currency[1] if currency else i
        qualifier, qstart = _qualifier(whole, start, floor)
        value: float | None = first
        low: float | None = None
        high: float | None = None
        between = qstart == start and start - 1 >= floor and whole[start - 1].lower_ == "between"
        second = _range_after(whole, stop, end, currency is not None, skipped)
        if second is not None and (whole[stop].lower_ != "and" or between):
            value2, unit2, scale, stop = second
            unit = unit or unit2
            if j - i == 1 and scale:
                first *= scale
            value, low, high = None, first, value2
        unit = unit or units.COUNT
        value, low, high = (None if v is None else v * unit.factor for v in (value, low, high))
        if qualifier == "at_least" and value is not None:
            low = value
        elif qualifier == "at_most" and value is not None:
            high = value
        counted, head = _counted(whole, i, stop, end) if unit is units.COUNT else (None, None)
        found.append(Quantity(start, stop, value, low, high, unit, qualifier, counted, head, i))
        i = stop
    return found
