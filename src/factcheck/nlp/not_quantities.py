"""Numbers that are not quantities: dates and bare years, footnote markers, and numbers that name
or label something ('the Big 12', 'category 4', '575 Wilbraham Road')."""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc

from factcheck import lexicon, units
from factcheck.dates import month_alternation
from factcheck.numbers import scale_word
from factcheck.units import Unit

ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")
BARE_YEAR = re.compile(r"^(?:1[89]|2[01])\d\d$")  # a year: a period or a date, never a claim needing entities
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
NAME_ENTITIES = {"ORG", "PRODUCT", "WORK_OF_ART", "LAW", "EVENT", "FAC", "PERSON", "GPE", "NORP", "LOC"}


def is_bare_year(doc: Doc, i: int, j: int, unit: Unit | None) -> bool:
    token = doc[i]
    if unit is not None or j - i != 1 or not BARE_YEAR.match(token.text):
        return False
    nxt = doc[j] if j < len(doc) else None
    before = doc[i - 1] if i > 0 else None
    if before is not None and (before.lower_ in ("the", "this", "that", "its", "their", "his", "her", "our")
                               or before.tag_ == "POS"):
        return True  # 'the 2014 elections', "Brazil's 2014 World Cup": a year, where a count writes '2,014'
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
            if not re.search(r"\bmay\b", m[0])]  # lower-case 'may' is the verb ('aged 70 may apply')


def is_name(doc: Doc, i: int, j: int, floor: int) -> bool:
    """A bare number that names or labels rather than counts: inside a named entity ('the 1949
    Geneva Conventions'), after a proper noun ('the Big 12', 'S&P 500', 'iPhone 11'), after a
    label word ('category 4', 'Unit 3'), or before a singular proper noun ('787 Dreamliner',
    '575 Wilbraham Road') unless the phrase ends in the plural noun it counts ('Twenty MEMATT
    units')."""
    if doc[i].ent_type_ in NAME_ENTITIES and not _counts_a_plural(doc, i):
        return True
    before = doc[i - 1] if i - 1 >= floor else None
    nxt = doc[j] if j < len(doc) and doc[j].lower_ not in WEEKDAYS else None  # 'rose to 233 Sunday': a day
    if j == i + 1 and nxt is not None and doc[i].whitespace_ == "" and nxt.is_alpha \
            and units.lookup(nxt.text) is None and scale_word(nxt.text) is None:
        return True  # '5G', '3D': a number glued to letters that are no unit (not '4.3M sales')
    if doc[i].text[:1] in ("-", "–") and before is not None and before.is_alpha and before.text.isupper():
        return True  # 'COVID -19', 'F -35': a name's number, not a negative one
    street = lexicon.words("units", "street_words")
    k = j + 2 if j + 1 < len(doc) and doc[j].text in ("-", "–") and doc[j + 1].like_num else j  # '16-18 Main St'
    named = next((t.i for t in doc[k:k + 4] if t.lower_.rstrip(".") in street and t.text[:1].isupper()), None)
    if named is not None and all(t.text[:1].isupper() or ORDINAL.match(t.text) for t in doc[k:named]):
        return True  # '575 Wilbraham Road', '9 E 71st St': an address
    if before is not None and before.lower_ in lexicon.words("units", "label_words"):
        return True
    digits = doc[i].text.lstrip("-")[:1].isdigit()
    if before is not None and before.pos_ == "PROPN" and not before.is_sent_start and digits \
            and (nxt is None or nxt.is_punct or nxt.pos_ not in ("NOUN", "ADJ")):
        return True
    head = doc[i].head
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    if doc[i].dep_ == "nummod" and digits and any(c.dep_ == "nummod" and c.i < i for c in doc[i].head.children):
        return True  # 'two new 737 Max jets': the first number counts, the second names the model
    if doc[i].text.isdigit() and nxt is not None and nxt.text[:1].isupper() and nxt.pos_ in ("PROPN", "ADJ", "NOUN") \
            and ((before is not None and before.pos_ == "PROPN") or (head.tag_ == "NNP" and nxt.tag_ == "NNP")):
        return True  # 'iPhone 12 Mini', '11 Pro Max': a model's number, with no plural it counts
    counts_plural = head.tag_ == "NNS" and head.i >= j  # 'Twenty MEMATT units': it counts the units
    return nxt is not None and nxt.tag_ == "NNP" and nxt.head.i != i and doc[i].dep_ != "nummod" \
        and not counts_plural


def in_brackets(doc: Doc, i: int) -> bool:
    """'[6]': a footnote marker, even when the article has no notes section to link it to."""
    return 0 < i < len(doc) - 1 and doc[i - 1].text == "[" and doc[i + 1].text == "]" and doc[i].is_digit


def _counts_a_plural(doc: Doc, i: int) -> bool:
    """The tagger took the number alone for a name, yet it counts the lower-case plural it modifies ('3530
    confirmed cases', tagged a product): no name ('787 Dreamliners', 'Boeing 737 jets') is a lone number."""
    token = doc[i]
    alone = token.ent_iob_ == "B" and (i + 1 >= len(doc) or doc[i + 1].ent_iob_ != "I")
    return alone and token.dep_ == "nummod" and token.head.tag_ == "NNS" and token.head.text.islower()
