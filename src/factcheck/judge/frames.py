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
from factcheck.dates import days_between
from factcheck.lexicon import owner_key, singular
from factcheck.models import Claim, ClaimsFile
from factcheck.nlp import periods
from factcheck.numbers import scale_word

UMBRELLA = "umbrella:"
FORECAST = "forecast:"  # the event of a figure somebody expects ('forecast:revenue')
NEEDED = "needed:"  # the event of a threshold somebody must reach ('needed:win', of a majority's seats)
PERSON = "person"  # the thing of a count of people (frames.json's "things")
NO_PERIOD: tuple[str | None, str | None, frozenset[str]] = (None, None, frozenset())  # a frame's period, unsaid


@dataclass(frozen=True)
class Frame:
    """The normalised frame of one claim."""

    events: frozenset[str]
    thing: str | None
    modifiers: frozenset[str]
    whole: frozenset[str]
    place: str | None
    period: tuple[str | None, str | None, frozenset[str]]
    owner: str | None = None
    tally: str | None = None
    kinds: frozenset[str] = frozenset()  # the modifiers written in lower case: kinds, not names
    direction: str | None = None  # which way a share moved: 'up' ('grew 4%'), 'down' ('a 2.1% contraction')
    rough_start: bool = False  # the period's start is reckoned back a count of years ('in the last 30 years')
    leading: bool = False  # a count's lead so far, not its result ('BJP alone is ahead in 249 seats')

    @property
    def umbrella(self) -> bool:
        """The verb names a whole ('affected') whose parts the sentence may list."""
        return any(e.startswith(UMBRELLA) for e in self.events)


def content_words(text: str | None) -> list[str]:
    """Lowercase words of ``text`` without stop words or possessives, singular."""
    return list(_content_words(text)) if text else []


@lru_cache(maxsize=65536)
def _content_words(text: str) -> tuple[str, ...]:
    """Cached: a corpus says 'people' and 'since 2020' many thousand times."""
    text = re.sub(r"['’]s\b", "", text.casefold())
    return tuple(singular(w) for w in re.findall(r"[^\W\d_][\w-]*", text) if w not in STOP_WORDS)


def owned(events: frozenset[str]) -> bool:
    """Figures of these events are always somebody's: seats won, votes, revenue, profit."""
    return any(lexicon.class_values("owned").get(e.removeprefix(FORECAST)) for e in events)


def reported(events: frozenset[str]) -> bool:
    """Figures of these events are reported for a period once it ends: a company's results (revenue,
    profit), an economy's statistics (output)."""
    kinds = lexicon.class_values("kind")
    return owned(events) or any(kinds.get(e) == "economy" for e in events)


def tally(events: frozenset[str]) -> str | None:
    """How a figure of these events moves over time: 'grows' (a running total of one event),
    'varies' (a count that rises and falls by nature), 'reading' (a measurement of its moment, a
    temperature: another day's is another quantity), 'occasion' (a count of one day's gathering, a
    protest's marchers: another day's is another gathering), 'fixed' (what an event was once and for all, a
    quake's magnitude) or None (a figure that does not move, though a later one may replace it)."""
    umbrellas = lexicon.load("frames")["umbrella_tally"]
    kinds = {lexicon.class_values("tally").get(e) or umbrellas.get(e.removeprefix(UMBRELLA)) for e in events}
    if not events or None in kinds:
        return None
    return next((k for k in ("fixed", "reading", OCCASION, "varies") if k in kinds), "grows")


OCCASION = "occasion"


@cache
def _things() -> dict[str, str]:
    return {singular(word): name for name, words in lexicon.load("frames")["things"].items() for word in words}


def over_years(events: frozenset[str]) -> bool:
    """Figures of these events are a programme's running totals, counted for years (land cleared,
    mines removed): reports years apart are one tally, where a disaster's toll is counted for weeks."""
    years = lexicon.class_values("years")
    return bool(events) and all(years.get(e) for e in events)


def umbrella_events() -> frozenset[str]:
    """The event classes of every umbrella verb ('umbrella:affect'...)."""
    return frozenset(UMBRELLA + w for w in lexicon.words("frames", "umbrella"))


def events_of(word: str) -> frozenset[str]:
    """The event classes a verb or noun lemma, or a set phrase ('lose life'), names."""
    word = word.casefold()
    if word in lexicon.words("frames", "umbrella"):
        return frozenset({UMBRELLA + word})
    return lexicon.classes_of(word) or frozenset({word})


def claim_events(claim: Claim) -> frozenset[str]:
    """The event classes of a claim: of its tally noun ('the death toll rose to 233': deaths,
    whatever the verb), else of its verb, else of its measured noun, else of its subject when the
    verb only says the figure moved ('the fire grew to 141,000 acres': burning). A share is of what
    its subject names ('turnout was 66.4%', 'unemployment fell to 4%'), unless its verb is an event
    of the lexicon ('destroyed 40% of the crops') or the subject is only whose it is ('Nvidia gained 3%')."""
    if claim.dimension == MAGNITUDE:  # a quake's size, whatever the sentence says it did; of a named quake only
        return frozenset({MAGNITUDE}) if claim.measured else frozenset()
    return _events_of_frame(claim.predicate, claim.measured, claim.dimension == "count", claim.subject,
                            _share_of(claim), claim.dimension.startswith("money"))


MAGNITUDE = "magnitude"


def _share_of(claim: Claim) -> str | None:
    """The noun a share's subject names, when it is not the owner's name."""
    if claim.dimension != "share" or any(map(lexicon.is_event_word, content_words(claim.measured))):
        return None  # 'the office revised its estimate to a growth of 3.1 percent': the growth's, not the office's
    words = _head_words(claim.subject)
    owner = (owner_key(claim.owner) or "").split()
    return words[-1] if words and words[-1] not in owner else None


@lru_cache(maxsize=65536)
def _head_words(subject: str | None) -> tuple[str, ...]:
    """The words of what a share's subject names: its head before 'of' or 'in' ('Exports of goods and
    services': exports), unless the head only measures or moves what follows ('the rate of unemployment',
    'growth in consumer spending'); a change noun alone is the economy's ('growth of 4.6 percent')."""
    clause = (subject or "").split(",")[0]  # not a relative clause after it ('..., which accounts for')
    head, _, rest = (*re.split(r"\b(of|in)\b", clause, maxsplit=1), "", "")[:3]
    change = lexicon.directions()
    measures = lexicon.words("frames", "tallies") | lexicon.words("frames", "measure_nouns")
    words = _content_words(head)
    named = tuple(w for w in words if w not in change)
    if not named or named[-1] in measures:
        named = tuple(w for w in _content_words(rest) if w not in change) or named
    return named or words


@lru_cache(maxsize=65536)
def _events_of_frame(predicate: str | None, measured: str | None, count: bool,
                     subject: str | None = None, share_of: str | None = None, money: bool = False) -> frozenset[str]:
    # 'revenue growth': what moved, not that it moved; 'growth' alone is the economy's
    nouns = [n for n in content_words(measured) if n not in lexicon.directions()] or content_words(measured)
    tallies = lexicon.words("frames", "tallies")
    # a verb that names only a money event says nothing of a figure that is no sum ('giving the
    # alliance 336 seats' is not funding): what it measures is read instead
    quiet = lexicon.quiet_verbs() if money else lexicon.quiet_verbs() | _money_verbs(predicate)
    if share_of:
        listed = {e for verb in lexicon.verbs_in(predicate) if verb not in quiet and lexicon.is_event_word(verb)
                  for e in events_of(verb)}
        return frozenset(listed or events_of(share_of))
    forecast = lexicon.words("frames", "forecast_nouns")
    needs = lexicon.words("frames", "requirement_verbs") if not money else frozenset()
    expects = lexicon.words("frames", "forecast_verbs") | needs
    verbs = [v for v in lexicon.verbs_in(predicate) if v not in quiet and v not in expects]
    found: set[str] = set()
    if set(nouns) & tallies:  # 'the death toll', 'the number of missing': the tally says what it counts
        at = next(i for i, noun in enumerate(nouns) if noun in tallies)
        # the event before the tally, not its cause after it ('the death toll of the fire')
        said = [n for n in nouns[:at] if lexicon.is_event_word(n)] or nouns
        found = {e for noun in said if lexicon.is_event_word(noun) for e in events_of(noun)}
        if found:
            return frozenset(found)
    if not any(map(lexicon.is_event_word, verbs)):
        # 'predicting revenue of $11 billion', 'paid the 222-million-euro release clause', 'caused 137 deaths':
        # what a measure is the value of, or what a count counts, names its event, not a verb the lexicon
        # does not list
        named = nouns if not count else [n for n in nouns[-1:] if n not in lexicon.words("frames", "objects")]
        if count and named == [CASE] and len(nouns) > 1 and lexicon.is_event_word(nouns[-2]):
            named = nouns[-2:-1]  # 'hospitalized cases', 'fatal cases': the cases of that state
        found = {e for noun in named if lexicon.is_event_word(noun) for e in events_of(noun)}
    for verb in verbs if not found else ():
        found |= events_of(verb)
    if not found:  # only 'be'/'reach': what the measured noun names ('death toll', 'occupation')
        for noun in nouns:
            if lexicon.is_event_word(noun) and noun not in forecast:
                found |= events_of(noun)
    if not found and subject:  # 'the fire grew to ...', 'the list of the missing ballooned to ...'
        words = content_words(subject)
        named = [w for w in words if lexicon.is_event_word(w)]
        found = {e for w in named for e in events_of(w)}
        if not found and words and not count and not nouns:
            found = set(events_of(words[-1]))
    if not found and not count:  # 'landmines still remain in 23 sq km of land': the subject's, else the noun's own
        for noun in nouns:
            if noun not in forecast:
                found |= events_of(noun)
    if REMAINING in found and found & _left_classes():
        found.discard(REMAINING)  # 'the remaining contaminated area': contaminated land is what is left
    if count:
        found = {lexicon.class_values("counted").get(e, e) for e in found}
    if needs & set(lexicon.verbs_in(predicate)):
        # 'needs 289 seats for a majority': a threshold, not a result, and nobody's own
        found = {NEEDED + e for e in found}
    elif expects & set(lexicon.verbs_in(predicate)) or forecast & {*nouns, *content_words(subject)}:
        found = {FORECAST + e for e in found}  # 'analysts expected revenue of $7.2 billion': not what happened
    if money:  # '$3.4 billion in damages': what the damage cost
        found = {_money_of().get(e, e) for e in found}
    return frozenset(found)


REMAINING = "remaining"
CASE = "case"  # a record of one instance, of whatever its modifier names


@cache
def _left_classes() -> frozenset[str]:
    """The classes of what is left of a work ('left_to'): contaminated land is what is left to clear."""
    return frozenset(c for word in lexicon.load("frames")["left_to"].values() for c in lexicon.classes_of(word))


@cache
def _money_of() -> dict[str, str]:
    return dict(lexicon.load("frames")["money_of"])


def _money_verbs(predicate: str | None) -> frozenset[str]:
    """The verbs of a predicate whose every event class is of money ('give', 'donate', 'spend')."""
    return frozenset(v for v in lexicon.verbs_in(predicate) if lexicon.of_kinds(v, ("money",)))


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


RELATIVE = re.compile(r"\b(?:that|who|which|whose|where)\b", re.IGNORECASE)


# words that say when a sum is of, not which sum: 'first-quarter earnings', 'Q3 revenue', 'annual sales'
PERIOD_WORD = re.compile(r"quarter|year|annual|month|week|fiscal|\d|^[qh][1-4]$|^(?:first|second|third|fourth|last|"
                         r"next|previous|full|half)$|^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)")


POSSESSOR = re.compile(r"[\w-]+['’]s?(?=\s)")


def _sum_of(claim: Claim) -> tuple[str | None, frozenset[str]]:
    """What a sum of money is of, when it is a company's or a deal's ('operating profit' -> profit,
    narrowed by 'operating'; 'Gaming revenue' -> revenue, narrowed by 'gaming'), read from the noun
    it is the value of, else its subject; and the words that narrow it (not its owner's name, nor
    the period it is of)."""
    kinds = lexicon.class_values("kind")
    owner = set((owner_key(claim.owner) or "").split())
    plain = lexicon.words("frames", "plain_modifiers")
    for text in (claim.measured, claim.subject):
        # whose it is does not narrow it: "the company's revenue", "Samsung's operating profit"
        words = content_words(POSSESSOR.sub("", RELATIVE.split(text or "")[0]))
        heads = [(i, c) for i, w in enumerate(words) for c in lexicon.classes_of(w) if kinds.get(c) == "money"]
        if heads:
            at, name = heads[-1]
            return name, frozenset(w for w in words[:at] if w not in plain and w not in owner
                                   and not PERIOD_WORD.search(w) and not lexicon.is_event_word(w)
                                   and scale_word(w) is None)  # "Barbie's $162 million debut"
    return None, frozenset()


SUBSTANCES = ("mass", "volume")  # dimensions whose figures are of some stuff, named in their measured noun


def _thing(claim: Claim, events: frozenset[str] = frozenset()) -> tuple[str | None, frozenset[str]]:
    if claim.dimension == "money":
        return _sum_of(claim)
    if claim.dimension == MAGNITUDE:  # which quake: 'quake' and 'temblor' are one, an aftershock another
        words = (claim.measured or "").casefold().split()
        thing = _things().get(singular(words[-1]), words[-1]) if words else None
        return (f"another {thing}" if thing and words[0] == "another" else thing), frozenset()
    if claim.dimension not in ("count", *SUBSTANCES):
        return None, frozenset()
    # a count's thing, or the stuff a mass or volume is of ('700 tonnes of sodium cyanide')
    words = content_words(RELATIVE.split(claim.measured or "")[0])  # not 'refugees that have fled recent violence'
    if "toll" in words:  # 'the death toll of the magnitude-7 earthquake' counts the dead, not earthquakes
        words = words[:words.index("toll") + 1]
    while len(words) > 1 and words[-1] not in _things() and lexicon.is_event_word(words[-1]):
        words = words[:-1]  # 'the number of people killed' counts people
    if not words:
        return None, frozenset()
    head = words[-1]
    if "-" in head and head not in _things():
        head = head.rsplit("-", 1)[-1]  # 'case-patients' are patients
    plain = _things().keys() | lexicon.words("frames", "tallies") | lexicon.words("frames", "plain_modifiers")
    # what restates the figure's event or cause does not narrow what it counts: 'injured people',
    # 'storm-related deaths', '300 new cases' (an increment says so in its period)
    modifiers = frozenset(w for w in words[:-1] if w not in plain and not w.endswith("-related") and w != "new"
                          and (not lexicon.is_event_word(w) or _another_casualty(w, head, events))
                          and not _says_affected(w, events))
    if head in lexicon.words("frames", "tallies"):
        return None, modifiers  # 'the overall tally': what it tallies is said by its events
    return _things().get(head, head), modifiers


def _another_casualty(word: str, head: str, events: frozenset[str]) -> bool:
    """A casualty word that narrows a count of things, not people, of another event: 'death claims'
    and 'injury claims' received are two counts, as are 'fatal crashes' and crashes."""
    return _things().get(head) != PERSON and lexicon.counts_people(word) \
        and not lexicon.classes_of(word) & events and not of_people(events)


def _says_affected(word: str, events: frozenset[str]) -> bool:
    """An umbrella verb's participle says only that the people counted were the disaster's ('3.53 lakh
    affected persons lodged in camps', '3 million affected people'), not which of them (where
    'registered voters' are fewer than voters)."""
    umbrella = lexicon.words("frames", "umbrella")
    return bool(events) and (of_people(events) or events <= umbrella_events()) \
        and any(stem in umbrella for stem in lexicon.participle_stems(word))


def _whole(claim: Claim) -> frozenset[str]:
    if claim.dimension != "share":
        return frozenset()
    generic = lexicon.words("frames", "generic_wholes")
    return frozenset(w for w in content_words(claim.measured) if w not in generic)


INCREMENT = frozenset({"increment"})


def frame(claim: Claim, published: str | None = None, series: bool = False) -> Frame:
    """The normalised frame of ``claim``, of an article published on ``published``; ``series``: the
    article gives figures of several months, each that month's ('566 cases in January, 166 in February')."""
    events = claim_events(claim)
    thing, modifiers = _thing(claim, events)
    capitalised = {singular(w.casefold()) for w in re.findall(r"\b[A-Z][\w-]*", claim.measured or "")}
    # a sum's narrowing words are kinds however they are written ('Gaming revenue: $2.38 billion')
    kinds = modifiers if claim.dimension == "money" else frozenset(m for m in modifiers if m not in capitalised)
    event_words = frozenset(content_words(claim.period)) - {"since", "between", "from"}
    if claim.period and not event_words and not claim.period_start:
        event_words = INCREMENT  # 'another', 'more', 'additional': an increment since the last count, however said
    place = " ".join(content_words(claim.place)) or None
    if thing in capitalised and (of_people(events) or (events and all(e.startswith(UMBRELLA) for e in events))) \
            and not _among(claim.text, claim.sentence):
        thing = PERSON  # '123,000 Rohingya Muslims have fled', '33 million Pakistanis affected': a people (not
        # 'three Syrians were among the missing': a kind of person among them)
    moves = tally(events)
    start, end = claim.period_start, claim.period_end
    period = (start, end, event_words)
    long_ago = bool(start and end and same_date(end, claim.as_of) and days_between(start, claim.as_of) > EVENT_DAYS)
    this_year = (end or claim.as_of or "")[:4] == (start or "")[:4]
    if moves == "grows" and start and end != start and _year_start(start) and this_year:
        # a year's tally so far: 'from January to June', 'in the first ten months of 2024', 'since January' (as of
        # that year) count toward the year's whole count ('in 2024'), not one half-year's flow
        period = (start[:4], start[:4], event_words)
    elif moves == "grows" and start and end != start and (_year_start(start) or long_ago):
        # a running total since its start: 'from 1979 to 2024', as of 2024 (not 'between May 1 and May 7',
        # one week's)
        period = (start, None, event_words)
    elif moves and start and not end and days_between(start, claim.as_of) <= EVENT_DAYS:
        period = NO_PERIOD  # 'burned 2,100 acres since Tuesday': the event's own tally
    elif moves and not claim.period_start and claim.period and claim.period.casefold().startswith("since"):
        period = NO_PERIOD  # 'since the ship sank a week ago': the event's own tally too
    elif moves != "grows" and claim.period_start and claim.period_start == claim.period_end \
            and len(claim.period_start) == 10 and not periods.CLOCK.match(claim.period or ""):
        period = NO_PERIOD  # 'temperatures remained at 44.5C only on Tuesday': the day is its as-of
    elif moves and claim.period_start and claim.period_start == claim.period_end and len(claim.period_start) <= 7 \
            and 0 <= days_between(claim.period_start, published or claim.as_of) <= EVENT_DAYS \
            and not (series and len(claim.period_start) == 7):
        # '512 people died in October': the month of the event, its own tally; not '270 died in 1992' of another,
        # nor one month of an article's several ('34 deaths in June' beside '46 in the first 13 days of July')
        period = NO_PERIOD
    return Frame(events=events, thing=thing, modifiers=modifiers, whole=_whole(claim),
                 place=place, period=period, owner=owner_key(claim.owner), tally=moves, kinds=kinds,
                 direction=_direction(claim) if claim.dimension == "share" else None,
                 rough_start=rough_start(claim.period), leading=_leading(claim.text, claim.sentence))


# 'is ahead in 249 seats', 'was leading in around 120 seats', 'leads in 30 districts': a lead in a count
LEADING = r"\b(?:ahead|leading|leads|led|lead)\s+(?:in|on)\s+(?:all\s+|around\s+|about\s+|some\s+)?"


@lru_cache(maxsize=65536)
def _leading(text: str, sentence: str) -> bool:
    """The figure is a count somebody leads in while the counting goes on: a result not yet final."""
    return re.search(LEADING + re.escape(text) + r"\b", sentence, re.IGNORECASE) is not None


AMONG = r"\b[^.;:]{0,60}?\b(?:were|was|are|is)\s+(?:\w+\s+)?among\b"


@lru_cache(maxsize=65536)
def _among(text: str, sentence: str) -> bool:
    """The figure is said to be among a group ('three Syrians and one Egyptian were among the missing')."""
    return re.search(re.escape(text) + AMONG, sentence, re.IGNORECASE) is not None


def _year_start(date: str) -> bool:
    """The date is a year's first month or day ('2024-01', '2024-01-01'), or the year itself."""
    return date[4:] in ("", "-01", "-01-01")


def rough_start(period: str | None) -> bool:
    """'in the last 30 years', 'over the past three decades': a start reckoned back a count of years
    from the day it is said, a round figure; the year it gives may be a year off the one another
    article names ('from 1992')."""
    past = periods.PAST.search(period or "")
    return past is not None and past["unit"].casefold().startswith(("year", "decade"))


def same_start(a: str | None, b: str | None, rough: bool) -> bool:
    """Two periods' starts agree: at the precision both have, or within a year when one is rough."""
    if same_date(a, b):
        return True
    return rough and a is not None and b is not None and abs(int(a[:4]) - int(b[:4])) <= 1


EVENT_DAYS = 365  # a tally counted since a date this close to its as-of date counts one event from its start


def _direction(claim: Claim) -> str | None:
    """Which way a share says something moved, when its verb and the noun it is the value of agree on
    one: 'up' ('the economy grew 4%', 'growth of 4%'), 'down' ('GDP decreased 2.1 percent',
    'a 2.1 percent contraction'); None when they say neither, or both."""
    return _direction_of(claim.predicate, claim.measured, claim.verb)


@lru_cache(maxsize=65536)
def _direction_of(predicate: str | None, measured: str | None, verb: str | None) -> str | None:
    words = {*lexicon.verbs_in(predicate), *content_words(measured)}
    words |= {w for v in (verb or "").casefold().split() for w in (v, *lexicon.participle_stems(v))}
    said = {way for w in words if (way := lexicon.directions().get(w))}
    return said.pop() if len(said) == 1 else None


def forecast(frame: Frame) -> bool:
    """The figure is what somebody expects: revenue guidance, analysts' consensus."""
    return any(e.startswith(FORECAST) for e in frame.events)


def same_date(a: str | None, b: str | None) -> bool:
    """Two partial ISO dates agree at the precision both have ('2020' and '2020-11-10' do)."""
    if a is None or b is None:
        return a == b
    n = min(len(a), len(b))
    return a[:n] == b[:n]


def periods_compatible(a: Frame, b: Frame) -> bool:
    """Could the two claims cover the same period? A figure with no period is only compared with
    another without one: 'killed 45' may be this year's toll or a running total since 2020."""
    (a_start, a_end, a_words), (b_start, b_end, b_words) = a.period, b.period
    if (a_end is None) != (b_end is None):
        return False  # a bounded period (one week) is never a running total
    if a_end is not None and not (same_date(a_start, b_start) and same_date(a_end, b_end)):
        return False
    if a_end is not None and (len(a_start or "") == 4) != (len(b_start or "") == 4):
        return False  # a year's count ('in 2024', its months so far) is not one week's of it
    if a_start or b_start:
        return same_start(a_start, b_start, a.rough_start or b.rough_start)
    if a_words or b_words:  # undated events: 'since the start of the war'
        return bool(a_words and b_words) and (a_words <= b_words or b_words <= a_words)
    return True


def places_differ(a: Frame, b: Frame) -> bool:
    """Both name a place, and not the same one: not one name inside the other ('California',
    'Northern California'), an abbreviation of it ('Calif.') or a spelling of it."""
    if not (a.place and b.place):
        return False
    x, y = a.place.split(), b.place.split()
    if fuzz.token_set_ratio(a.place, b.place) >= 85:
        return False
    def within(short: list[str], long: list[str]) -> bool:
        return all(any(w == v or (len(w) >= 4 and v.startswith(w)) for v in long) for w in short)
    return not (within(x, y) or within(y, x))


def wholes_differ(a: Frame, b: Frame) -> bool:
    """Both shares name what they are a share of, and neither names a narrower version of the
    other ('the city's voters' vs 'the country's voters'; not 'voters' vs 'registered voters')."""
    return bool(a.whole and b.whole and not (a.whole <= b.whole or b.whole <= a.whole))


def things_compatible(a: Frame, b: Frame) -> bool:
    """Same class of counted thing, not narrowed in two different ways (anti-tank vs anti-personnel). Of an
    event that counts a thing one to a person, the thing and people are one ('jobs cut', 'workers laid off')."""
    if a.thing and b.thing and a.thing != b.thing \
            and not {a.thing, b.thing} <= {PERSON, *_per_person(a.events & b.events)}:
        return False
    return not (a.modifiers and b.modifiers and not (a.modifiers & b.modifiers))


@lru_cache(maxsize=1024)
def _per_person(events: frozenset[str]) -> frozenset[str]:
    """The things these events count one to a person (frames.json 'per_person')."""
    counted = lexicon.class_values("per_person")
    return frozenset(thing for event in events for thing in counted.get(event, ()))


def of_people(events: frozenset[str]) -> bool:
    """Figures of these events count people: casualties, people displaced, cases."""
    kinds = lexicon.class_values("kind")
    return bool(events) and all(kinds.get(e) in lexicon.COUNTED_PEOPLE for e in events)


def a_kind_of_person(frame: Frame) -> bool:
    """The figure counts a named kind of person ('645 children', '12 police officers'), not people,
    a toll or one of the lexicon's things."""
    return frame.thing is not None and frame.thing not in _thing_classes()


@cache
def _thing_classes() -> frozenset[str]:
    return frozenset(_things().values())


def kind_of_people(a: Frame, b: Frame) -> bool:
    """One counts casualties or people displaced as a named kind of person ('645 children', '12 police
    officers') and the other as people or a toll: a part of the other's count, not the same figure."""
    return of_people(a.events | b.events) and a_kind_of_person(a) != a_kind_of_person(b)


def narrowed(a: Frame, b: Frame) -> bool:
    """One counts a narrower kind of the other's thing ('commercial buildings' vs 'buildings'): a
    part against its whole, not the same figure. A proper adjective does not narrow ('Azerbaijani
    citizens' are the story's people)."""
    return bool(a.thing and b.thing) and bool(a.kinds) != bool(b.kinds)
