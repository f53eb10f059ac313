"""Are two figures the same quantity? Only on positive evidence.

Two claims are the same quantity when they tell the same story (:mod:`factcheck.judge.stories`),
are of the same named thing when both name one ('Nvidia's shares' are not 'Apple's'; an acronym is
the name it stands for), share an event class, count the same kind of thing, and cover the same
period. They are the same figure said of a different scope when all that holds but the place or
the whole differs, or when one's events are a part of the other's ('killed' vs 'killed or
injured'). Anything weaker is no relation at all: the report says nothing of the pair.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import replace
from functools import lru_cache
from typing import Literal

from rapidfuzz import fuzz

from factcheck import lexicon
from factcheck.dates import days_after, days_between
from factcheck.judge import frames
from factcheck.judge.entries import Entry
from factcheck.judge.stories import Stories
from factcheck.judge.values import each
from factcheck.lexicon import ALLIES, owner_key, singular
from factcheck.models import Claim, ClaimsFile

Relation = Literal["same", "scope", "place"]
"""'same' quantity; 'scope': the same figure said of another whole or place, or of a part of the
other's thing or events; 'place': one names a place the story's headlines do not and the other
none, so it may be a part of the other's whole: only an agreement is told."""
SAME_NAME = 85  # rapidfuzz ratio from which two folded names are one name spelt two ways


class Names:
    """What the articles say a short name stands for ('ANAMA' -> 'Azerbaijan National Agency for
    Mine Action'), so that a figure of the one is a figure of the other."""

    def __init__(self, files: Iterable[ClaimsFile]) -> None:
        self.long: dict[str, set[str]] = defaultdict(set)
        for claims_file in files:
            for acronym in claims_file.acronyms:
                short, long = owner_key(acronym.short), owner_key(acronym.long)
                if short and long:
                    self.long[short].add(long)

    def _forms(self, name: str) -> set[str]:
        return {name} | self.long.get(name, set())

    def same(self, a: str | None, b: str | None) -> bool:
        """Either is unnamed, or the two names (or what they stand for) are one: equal, one's words
        inside the other's ('Azerbaijan' in 'Azerbaijan National Agency for Mine Action'), or
        spelt nearly alike."""
        if a is None or b is None:
            return True
        for x in self._forms(a):
            for y in self._forms(b):
                if x.endswith(ALLIES) != y.endswith(ALLIES):
                    continue  # a coalition is not one of its members
                wx, wy = set(x.split()), set(y.split())
                if x == y or wx <= wy or wy <= wx or fuzz.ratio(x, y) >= SAME_NAME:
                    return True
        return False


def relation(a: Entry, b: Entry, stories: Stories, names: Names, parts: Collection[str] = ()) -> Relation | None:
    """How two figures relate (:data:`Relation`), or None when they are not the same quantity."""
    ca, cb, fa, fb = a.claim, b.claim, a.frame, b.frame
    if ca.dimension != cb.dimension or ca.unit != cb.unit:
        return None
    if a.article == b.article and a.sentence == b.sentence:
        return None  # one sentence lists different things
    if not stories.same(a.node, b.node) or not names.same(fa.owner, fb.owner):
        return None
    if _increment(ca) != _increment(cb):
        return None  # '140 new deaths since the last update' is not the toll
    if each(ca) != each(cb):
        return None  # 'residents will be given £500' each is not the £1 million given in all
    if frames.owned(fa.events & fb.events) and not (fa.owner and fb.owner):
        return None  # '44 seats' and '282 seats' are two parties' until the sentences say whose
    if (fa.umbrella or fb.umbrella) and not _same_whole(fa, fb):
        return None
    if not (fa.events & fb.events or _said_by_thing(fa, fb)):
        return None
    if fa.direction and fb.direction and fa.direction != fb.direction:
        return None  # a rise and a fall are two changes (a quarter's contraction, the next one's growth)
    periods = frames.periods_compatible(fa, fb) or _last_reported(a, b) or _last_reported(b, a)
    # a company's 'record profit of $18 billion' and its '$18 billion in the first quarter': one says
    # no period, the other one; the same owner's figure may agree with it, never contradict it; so may
    # a figure of no period and one of the period it was reported in ('turnout this year')
    unsaid = not periods and _one_bounded(fa, fb) \
        and (frames.owned(fa.events & fb.events) or _reported_within(a, b) or _reported_within(b, a))
    fa, fb = _untopical(fa, a, b, stories), _untopical(fb, a, b, stories)
    if not frames.things_compatible(fa, fb) or frames.kind_of_people(fa, fb) or not (periods or unsaid):
        return None
    if _counted_from_apart(a, b):
        # deaths since the monsoon began in May and since the floods of August 8: two tallies, which
        # one figure cannot be both of
        return "scope"
    if fa.events != fb.events:
        return "scope" if fa.events < fb.events or fb.events < fa.events else None
    if frames.wholes_differ(fa, fb) or frames.narrowed(fa, fb) or frames.places_differ(fa, fb):
        return "scope"
    if (unsaid and fa.leading == fb.leading) or _local(a, b, stories) or _local(b, a, stories) \
            or _owned_part(a, b, stories) or _owned_part(b, a, stories) \
            or ((a.claim.id in parts or b.claim.id in parts) and not _same_item(a, b, parts)) \
            or _included(ca, fa) or _included(cb, fb) \
            or (_a_change(a) and _a_change(b)) or frames.forecast(fa) or ca.superseded or cb.superseded:
        # a part of a breakdown, like a place's figure, may agree with another, never conflict; so may two
        # forecasts, which differ by who made them and when, and a figure its article revises
        return "place"
    return "same"


def _untopical(frame: frames.Frame, a: Entry, b: Entry, stories: Stories) -> frames.Frame:
    """The frame of a count of people without the modifiers that name what the story is about (its
    headlines' words): 'measles cases' in a measles story are its cases, not a kind of them. (A sum's
    words stay: 'operating profit' in headlines is still not net income.)"""
    if not frame.modifiers or frame.thing != frames.PERSON:
        return frame
    topic = {singular(w) for w in stories.headlines(a.node) & stories.headlines(b.node)}
    if not frame.modifiers & topic:
        return frame
    return replace(frame, modifiers=frame.modifiers - topic, kinds=frame.kinds - topic)


def _one_bounded(a: frames.Frame, b: frames.Frame) -> bool:
    """One figure says no period and the other a bounded one ('in the first quarter')."""
    return {a.period == frames.NO_PERIOD, b.period == frames.NO_PERIOD} == {True, False} \
        and all(p.period[1] is not None for p in (a, b) if p.period != frames.NO_PERIOD)


def _reported_within(a: Entry, b: Entry) -> bool:
    """``a`` says no period and was reported within the period ``b`` is of ('a record turnout of 66.38
    per cent this year' and '66.38 per cent voters cast their votes', a day later)."""
    start, end = b.frame.period[:2]
    when = a.claim.as_of
    if a.frame.period != frames.NO_PERIOD or not (start and end and when):
        return False
    return start <= when[:len(start)] and when[:len(end)] <= end


def _same_item(a: Entry, b: Entry, parts: Collection[str]) -> bool:
    """Both are keyed by one name ('Egypt, 14' in one list of a toll by country and 'Egypt lost 148'
    in another): the same part, as much one quantity as two totals are. A figure outside a breakdown
    is its part only when it names the part's place too ('9 of Pakistan's pilgrims died in Mina')."""
    fa, fb = a.frame, b.frame
    both = a.claim.id in parts and b.claim.id in parts
    return bool(fa.place if not both else fa.owner or fa.place) and (fa.owner, fa.place) == (fb.owner, fb.place)


INCLUDED = r"\b(?:including|includes|included|include|among them)\s+(?:[\w-]+,?\s+){0,6}?"  # an item of the list


def _included(claim: Claim, frame: frames.Frame) -> bool:
    """The figure is named as a part of a larger whole ('evacuated thousands, including 1,100 on a
    cruise ship'): it may agree with another article's figure, never outdate or contradict one. Not
    when it says an event of its own after 'including' ('16 million affected, including over four
    million who were displaced'), nor when it is said of a place or an owner ('Others include Ghana
    with 48'): it is the whole of what it counts."""
    return not (frame.owner or frame.place) and _included_in(claim.text, claim.sentence, claim.verb)


@lru_cache(maxsize=65536)
def _included_in(text: str, sentence: str, verb: str | None) -> bool:
    found = re.search(INCLUDED + re.escape(text) + r"\b", sentence, re.IGNORECASE)
    if found is None:
        return False
    return not verb or verb not in sentence or verb in sentence[:found.start()]  # its verb before: the whole's


INCREMENTS = frozenset({"new", "fresh"})  # what a count says it adds ('140 new deaths', '12 fresh cases')


def _increment(claim: Claim) -> bool:
    """The figure counts what was added since some earlier count, not the total so far; not a new
    tally ('a new death toll shows 171 dead' is the total, counted anew)."""
    return bool(INCREMENTS & set((claim.measured or "").casefold().split())) \
        and not lexicon.names_tally(claim.measured)


def _same_whole(a: frames.Frame, b: frames.Frame) -> bool:
    """Both are one umbrella total of the same thing ('33 million people affected' in two articles);
    a total said by a reporting verb ('recorded', 'reported') names no event of its own."""
    reporting = lexicon.words("frames", "reporting")
    return a.events == b.events and a.thing is not None and a.thing == b.thing \
        and not any(e.removeprefix(frames.UMBRELLA) in reporting for e in a.events)


def _said_by_thing(a: frames.Frame, b: frames.Frame) -> bool:
    """One figure says nothing of its event ('282 seats', 'is 153,336 acres') and both count the same
    named thing (not just people, which any event may count): the thing is the evidence."""
    return not (a.events and b.events) and a.thing is not None and a.thing == b.thing and a.thing != frames.PERSON


REPORTED_WITHIN = 100  # days after a quarter or year ends within which a company reports its figures


TALLY_STARTS_APART = 7  # days: running totals counted from dates further apart are two tallies


def _counted_from_apart(a: Entry, b: Entry) -> bool:
    """Both figures are counted since a date, and not the same one (within TALLY_STARTS_APART days, or
    a year either way of a start reckoned back a count of years)."""
    ca, cb = a.claim, b.claim
    if not (ca.period_start and cb.period_start) or ca.period_end or cb.period_end:
        return False
    first, second = sorted((ca.period_start, cb.period_start))
    rough = a.frame.rough_start or b.frame.rough_start
    return not frames.same_start(first, second, rough) and days_between(first, second) > TALLY_STARTS_APART


def _last_reported(a: Entry, b: Entry) -> bool:
    """``a`` is a company's figure or an economy's with no period ('revenue stood at $13.51 billion',
    'the economy expanded at a 4.6 percent pace') in an article written soon after the period ``b``
    is of ended ('second-quarter revenue of $13.51 billion'): results and statistics are reported
    for the period last ended, so the two may be one figure."""
    end = b.frame.period[1]
    if not frames.reported(a.frame.events) or a.frame.period != frames.NO_PERIOD or end is None:
        return False
    days = days_after(end, a.claim.as_of)
    return 0 <= days <= REPORTED_WITHIN and days_after(end, b.claim.as_of) >= 0


def _a_change(entry: Entry) -> bool:
    """A percentage a figure moved by ('rose 4.2%', 'shrank 2.1 percent') with no period said: a change
    over some quarter or year the sentence leaves to its reader, so only an agreement is told."""
    claim = entry.claim
    verb = (claim.predicate or "").split(" ")[0]
    return claim.dimension == "share" and verb in lexicon.words("frames", "light") and not claim.period_start


def _local(a: Entry, b: Entry, stories: Stories) -> bool:
    """``a`` names a place and ``b`` none, and no headline of the story names it: 792 deaths 'in
    Sindh' may be a part of a flood's toll in Pakistan; '233 killed in Ecuador' is the toll of a
    story whose headlines say Ecuador."""
    return _part_by(a.frame.place, b.frame.place, a, b, stories)


def _owned_part(a: Entry, b: Entry, stories: Stories) -> bool:
    """``a`` is a named owner's and ``b`` nobody's, and no headline of the story names the owner: Iran's
    465 pilgrims killed may be a part of a disaster's 769, as a place's toll may be (:func:`_local`)."""
    return _part_by(a.frame.owner, b.frame.owner, a, b, stories)


def _part_by(name: str | None, other: str | None, a: Entry, b: Entry, stories: Stories) -> bool:
    """``a`` is said of ``name`` (a place, an owner), ``b`` of nothing such, and no headline of their
    story names it: ``a`` may be a part of ``b``."""
    if not name or other:
        return False
    headlines = stories.headlines(a.node) | stories.headlines(b.node)
    return not all(any(h.startswith(word) for h in headlines) for word in name.split())
