"""The words a finding uses for its claims: what a figure measures, its value, and when it holds."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from factcheck.models import Claim
from factcheck.numbers import format_number

if TYPE_CHECKING:
    from factcheck.compare import Entry

IRREGULAR = {"die": "died", "take": "taken", "find": "found", "give": "given", "hold": "held", "lose": "lost",
             "make": "made", "spend": "spent", "win": "won", "hit": "hit", "cost": "cost", "put": "put",
             "set": "set", "lay": "laid", "build": "built", "send": "sent", "leave": "left", "flee": "fled",
             "pay": "paid", "keep": "kept", "bring": "brought", "buy": "bought", "sell": "sold", "be": "been",
             "have": "had", "see": "seen", "know": "known", "grow": "grown", "fall": "fallen", "rise": "risen"}
SOURCES = {"sentence": "stated in the sentence", "paragraph": "stated in its paragraph",
           "citation": "date of the cited source", "published": "article's publication date"}


def participle(verb: str) -> str:
    """'kill' -> 'killed', 'die' -> 'died', 'carry' -> 'carried'."""
    if verb in IRREGULAR:
        return IRREGULAR[verb]
    if verb.endswith("e"):
        return verb + "d"
    if len(verb) > 2 and verb.endswith("y") and verb[-2] not in "aeiou":
        return verb[:-1] + "ied"
    one_syllable = len(re.findall(r"[aeiouy]+", verb)) == 1
    stressed_end = one_syllable or verb.endswith(("mit", "cur", "trol", "pel"))
    if stressed_end and re.search(r"[^aeiou][aeiou][bdgklmnprt]$", verb):
        return verb + verb[-1] + "ed"
    return verb + "ed"


def verb_words(predicate: str | None) -> str:
    """'kill or injure' -> 'killed or injured'."""
    if not predicate:
        return ""
    return " ".join(w if w in ("and", "or") else participle(w) for w in predicate.split())


def quantity_words(entry: Entry) -> str:
    """The figure as written, with what it counts when the text alone does not say: '70 people'."""
    claim = entry.claim
    text = claim.text
    if claim.dimension == "count" and claim.measured and claim.measured.casefold() not in text.casefold():
        text = f"{text} {claim.measured}"
    return text


def period_words(entry: Entry) -> str:
    """'since 2020-11-10', 'from 2025-03-31 to 2025-04-06', 'since the beginning of the war'."""
    claim = entry.claim
    if claim.period_start and claim.period_end:
        return f"from {claim.period_start} to {claim.period_end}"
    if claim.period_start:
        return f"since {claim.period_start}"
    if claim.period:
        return claim.period[:1].lower() + claim.period[1:]
    return ""


def figure_words(entry: Entry) -> str:
    """What the figure measures: 'people killed or injured since 2020-11-10'."""
    claim = entry.claim
    if claim.dimension == "share" and claim.measured:
        what = f"share of {claim.measured}"
    elif claim.measured:
        what = claim.measured
    elif "cost" in entry.frame.events:
        what = "cost"
    else:
        what = {"area": "area", "length": "length", "money": "sum", "duration": "time"}.get(claim.dimension,
                                                                                            claim.dimension)
    words = [what, "" if what == "cost" else verb_words(claim.predicate)]
    if claim.place and claim.place.casefold() not in what.casefold():
        words.append(f"in {claim.place}")
    words.append(period_words(entry))
    return " ".join(w for w in words if w)


def as_of_source(claim: Claim) -> str:
    """Where a claim's as-of date came from: 'date of the cited source [3]', or '' when unknown."""
    source = SOURCES.get(claim.as_of_source or "", "")
    if claim.as_of_source == "citation" and claim.citation:
        source += f" [{claim.citation.marker}]"
    return source


def when(entry: Entry) -> str:
    """'2024-10-11, date of the cited source [3]'."""
    source = as_of_source(entry.claim)
    return f"{entry.claim.as_of}, {source}" if source else str(entry.claim.as_of)


def value_words(value: float) -> str:
    """A computed value for a sentence: 387, 1.12 million."""
    if abs(value) >= 1_000_000:
        return f"{format_number(round(value / 1_000_000, 2))} million"
    return format_number(round(value, 1))
