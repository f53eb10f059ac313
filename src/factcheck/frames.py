"""What a claim measures, normalised so that two articles' wording can be compared.

A claim's frame, as extraction wrote it ("kill or injure", "Azerbaijani citizens", "the country's
territory"), becomes a :class:`Frame`: the event classes of its verb (synonyms share a class:
kill/die -> death), the class of the thing it counts (citizens/people -> person) with the words
that narrow it (anti-tank, anti-personnel), the whole a share is of, its place and its period.
Word lists are data: ``data/frames.json``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from rapidfuzz import fuzz
from spacy.lang.en.stop_words import STOP_WORDS

from factcheck import lexicon
from factcheck.models import Claim, ClaimsFile

UMBRELLA = "umbrella:"


@dataclass(frozen=True)
class Frame:
    """The normalised frame of one claim."""

    events: frozenset[str]
    thing: str | None
    modifiers: frozenset[str]
    whole: frozenset[str]
    place: str | None
    period: tuple[str | None, str | None, frozenset[str]]

    @property
    def umbrella(self) -> bool:
        """The verb names a whole ('affected') whose parts the sentence may list."""
        return any(e.startswith(UMBRELLA) for e in self.events)


def singular(word: str) -> str:
    """A plural noun's singular, by spelling: 'casualties' -> 'casualty', 'mines' -> 'mine'."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def content_words(text: str | None) -> list[str]:
    """Lowercase words of ``text`` without stop words or possessives, singular."""
    return list(_content_words(text)) if text else []


@lru_cache(maxsize=65536)
def _content_words(text: str) -> tuple[str, ...]:
    """Cached: a corpus says 'people' and 'since 2020' many thousand times."""
    text = re.sub(r"['’]s\b", "", text.casefold())
    return tuple(singular(w) for w in re.findall(r"[^\W\d_][\w-]*", text) if w not in STOP_WORDS)


@cache
def _events() -> dict[str, frozenset[str]]:
    return {word: frozenset(classes) for word, classes in lexicon.load("frames")["events"].items()}


@cache
def _things() -> dict[str, str]:
    return {singular(word): name for name, words in lexicon.load("frames")["things"].items() for word in words}


def umbrella_events() -> frozenset[str]:
    """The event classes of every umbrella verb ('umbrella:affect'...)."""
    return frozenset(UMBRELLA + w for w in lexicon.words("frames", "umbrella"))


def events_of(word: str) -> frozenset[str]:
    """The event classes a verb or noun lemma names."""
    word = word.casefold()
    if word in lexicon.words("frames", "umbrella"):
        return frozenset({UMBRELLA + word})
    return _events().get(word) or _events().get(singular(word)) or frozenset({word})


def claim_events(claim: Claim) -> frozenset[str]:
    """The event classes of a claim's verb, or of its measured noun when the verb says nothing."""
    return _events_of_frame(claim.predicate, claim.measured, claim.dimension == "count")


@lru_cache(maxsize=65536)
def _events_of_frame(predicate: str | None, measured: str | None, count: bool) -> frozenset[str]:
    verbs = [v for v in re.split(r"\s+(?:and|or|,)\s+", predicate or "") if v]
    light = lexicon.words("frames", "light")
    found: set[str] = set()
    for verb in verbs:
        if verb in light:
            continue
        found |= events_of(verb)
    if not found:  # no verb, or only 'be'/'reach': what the measured noun names ('death toll', 'occupation')
        nouns = [w for w in content_words(measured) if not count or w in _events()]
        for noun in nouns:
            found |= events_of(noun)
    return frozenset(found)


def keys_of(claim: Claim) -> frozenset[str]:
    """The claim's comparison keys: its dimension and unit with each of its event classes. Two
    claims can be the same quantity only when they share one (the claims index is searched by them)."""
    return _keys(claim.dimension, claim.unit, claim_events(claim))


@lru_cache(maxsize=65536)
def _keys(dimension: str, unit: str, events: frozenset[str]) -> frozenset[str]:
    return frozenset(f"{dimension} {unit} {event}" for event in events)


def draft_keys(files: Iterable[ClaimsFile]) -> set[str]:
    """The keys a corpus claim needs to be compared with these drafts: one of theirs, or an
    umbrella total's (which may turn out to total the draft's figure)."""
    umbrellas = umbrella_events()
    return {key for f in files for c in f.claims for key in _keys(c.dimension, c.unit, claim_events(c) | umbrellas)}


def _thing(claim: Claim) -> tuple[str | None, frozenset[str]]:
    if claim.dimension != "count":
        return None, frozenset()
    words = content_words(claim.measured)
    if not words:
        return None, frozenset()
    head = words[-1]
    return _things().get(head, head), frozenset(w for w in words[:-1] if w not in _things())


def _whole(claim: Claim) -> frozenset[str]:
    if claim.dimension != "share":
        return frozenset()
    generic = lexicon.words("frames", "generic_wholes")
    return frozenset(w for w in content_words(claim.measured) if w not in generic)


def frame(claim: Claim) -> Frame:
    """The normalised frame of ``claim``."""
    thing, modifiers = _thing(claim)
    event_words = frozenset(content_words(claim.period)) - {"since", "between", "from"}
    place = " ".join(content_words(claim.place)) or None
    return Frame(events=claim_events(claim), thing=thing, modifiers=modifiers, whole=_whole(claim),
                 place=place, period=(claim.period_start, claim.period_end, event_words))


def same_date(a: str | None, b: str | None) -> bool:
    """Two partial ISO dates agree at the precision both have ('2020' and '2020-11-10' do)."""
    if a is None or b is None:
        return a == b
    n = min(len(a), len(b))
    return a[:n] == b[:n]


def same_month(a: str | None, b: str | None) -> bool:
    """Two as-of dates fall in the same month (or the same year, when one gives only a year)."""
    return same_date((a or "")[:7] or None, (b or "")[:7] or None)


def periods_compatible(a: Frame, b: Frame) -> bool:
    """Could the two claims cover the same period? A figure with no period is only compared with
    another without one: 'killed 45' may be this year's toll or a running total since 2020."""
    (a_start, a_end, a_words), (b_start, b_end, b_words) = a.period, b.period
    if (a_end is None) != (b_end is None):
        return False  # a bounded period (one week) is never a running total
    if a_end is not None and not (same_date(a_start, b_start) and same_date(a_end, b_end)):
        return False
    if a_start or b_start:
        return same_date(a_start, b_start)
    if a_words or b_words:  # undated events: 'since the start of the war'
        return bool(a_words and b_words) and (a_words <= b_words or b_words <= a_words)
    return True


def places_differ(a: Frame, b: Frame) -> bool:
    """Both name a place, and not the same one."""
    return bool(a.place and b.place and fuzz.token_set_ratio(a.place, b.place) < 85)


def wholes_differ(a: Frame, b: Frame) -> bool:
    """Both shares name what they are a share of, and neither names a narrower version of the
    other ('the city's voters' vs 'the country's voters'; not 'voters' vs 'registered voters')."""
    return bool(a.whole and b.whole and not (a.whole <= b.whole or b.whole <= a.whole))


def things_compatible(a: Frame, b: Frame) -> bool:
    """Same class of counted thing, not narrowed in two different ways (anti-tank vs anti-personnel)."""
    if a.thing and b.thing and a.thing != b.thing:
        return False
    return not (a.modifiers and b.modifiers and not (a.modifiers & b.modifiers))
