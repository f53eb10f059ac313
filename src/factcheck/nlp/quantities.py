"""Quantities in a spaCy Doc: numbers with their unit, scale, range and qualifier.

The grammar, on tokens, reading left to right::

    [qualifier] [currency sign] NUMBER [scale] [unit | % | currency word] [(to|-|and) NUMBER ...]

NUMBER is digits ("190,000", "4,812.5", ".5"), number words ("Twenty", "one and a half"), a
fraction ("two-thirds", "1/16") or scientific notation ("6.02×10^23"), maybe negative ("minus
40"); a vague plural ("thousands of", "tens of thousands of") is a range from the scale to ten
times it; money can be a rate ("$10 per gram"). What is not a quantity (dates, markers, years,
numbers in names) is decided in :mod:`factcheck.nlp.not_quantities`. A count's counted noun is
read from the parse. Word lists are data: ``data/units.json`` and ``data/qualifiers.json``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token

from factcheck import lexicon, units
from factcheck.nlp.not_quantities import BARE_YEAR, WEEKDAYS, date_spans, in_brackets, is_bare_year, is_name
from factcheck.numbers import DIGITS, number_word, parse_number, scale_word, spelled_scale, written_number
from factcheck.units import Unit

RANGE_WORDS = {"to", "-", "–", "—", "through", "and", "or"}
SMALL_SCALES = {"m", "b"}  # scales after a currency sign ('$5m') or before a plural ('2m people'); else a metre
MANTISSA = re.compile(r"^\d+(?:\.\d+)?[×x]10$")
EXPONENT = re.compile(r"^[-−]?\d{1,3}$")
TIME_NOUNS = {"year", "month", "week", "day", "hour", "night"}
TIME_RATES = frozenset({"year", "month", "week", "day", "hour", "minute", "second", "decade", "century"})
CHANGE_VERBS = frozenset({"rise", "fall", "climb", "drop", "gain", "lose", "jump", "slip", "slide", "add", "shed",
                          "increase", "decrease", "grow", "decline", "sink", "surge", "soar", "tumble", "plunge",
                          "dip", "ease", "rally", "cut", "raise", "lower"})
RELATIVE_WORDS = {"last", "next", "this", "previous", "coming", "past"}
PERSONAL = {"he", "she", "i", "we", "they", "you"}
NOT_DESCRIPTIVE = RELATIVE_WORDS | {"first", "other", "more", "further", "additional", "extra", "only", "few",
                                    "many", "several", "same", "final", "latest", "following", "initial"}


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
    counted_from: int | None = None  # where the counted noun's words start, when not right after the number

    def span(self, doc: Doc) -> Span:
        return doc[self.start:self.end]

    def record(self, doc: Doc) -> dict[str, object]:
        """The quantity as the quantity layer prints it: values in the unit as written."""
        def written(value: float | None) -> float | None:
            return None if value is None else float(f"{self.unit.in_written(value):.12g}")

        return {"text": self.span(doc).text, "value": written(self.value), "low": written(self.low),
                "high": written(self.high), "unit": self.unit.as_written, "counted": self.counted_lemma(doc),
                "qualifier": self.qualifier}

    def counted_lemma(self, doc: Doc) -> str | None:
        """What a count counts, in its dictionary form without articles, adverbs or participles,
        with the words that describe it before the number and what it is 'of': 'seven European
        countries' -> 'european country', 'one of the best speakers' -> 'good speaker', 'a record
        32 goals' -> 'record goal', '65 snaps of man coverage' -> 'snap man coverage'."""
        if self.counted_token is None:
            return None
        head = doc[self.counted_token]
        if (expanded := _abbreviation(head.text)) is not None:
            return expanded  # '15.3 ppg', '0.5 WAR'
        if head.i < self.start:  # 'another pick or two'
            return head.lemma_.casefold()
        first = self.start
        while first > 0 and doc[first - 1].head.i == head.i and doc[first - 1].dep_ in ("amod", "compound", "nmod") \
                and doc[first - 1].pos_ in ("ADJ", "NOUN") and doc[first - 1].lower_ not in NOT_DESCRIPTIVE:
            first -= 1  # 'the top three seeds'
        of = [c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of" and c.i == head.i + 1]
        objects = [o for c in of for o in c.children if o.dep_ == "pobj" and o.pos_ == "NOUN"]
        rate = None if objects else _rate(doc, units.COUNT, head.i + 1, len(doc))  # '3,000 tests per day'
        last = objects[0].i if objects else rate[1] - 1 if rate else head.i
        start = self.counted_from if self.counted_from is not None else self.end
        words: list[str] = []
        for token in [*doc[first:self.start], *doc[start:last + 1]]:
            if rate and head.i < token.i < last:  # 'per', 'a', 'each' (and a hyphen): said 'per' once
                words += ["per "] if token.i == head.i + 1 else []
                continue
            name_number = token.pos_ == "NUM" and token.text.isdigit() and token.i + 1 < len(doc) \
                and doc[token.i + 1].pos_ == "PROPN"  # '737' in 'two new 737 Max jets'
            function_word = token.pos_ in ("DET", "PRON", "ADP", "PUNCT", "NUM", "ADV", "CCONJ") and token.text != "-" \
                and not name_number
            if function_word or token.tag_ in ("VBN", "VBG"):
                if words and token.whitespace_ and not words[-1].endswith(" "):
                    words[-1] += " "  # 'St, Manhattan': the comma goes, the space stays
                continue
            word = token.lemma_ if token.i in (head.i, last) or token.pos_ == "ADJ" else token.text
            words.append(word.casefold() + token.whitespace_)
        return "".join(words).strip(" -") or None


@cache
def _qualifiers() -> tuple[tuple[tuple[str, ...], str], ...]:
    data = lexicon.load("qualifiers")
    phrases = [(tuple(p.casefold().split()), kind) for kind in ("approximate", "at_least", "at_most")
               for p in data[kind]]
    return tuple(sorted(phrases, key=lambda item: -len(item[0])))


def _qualifier(doc: Doc, start: int, floor: int) -> tuple[str, int]:
    """(qualifier, first token of it) for the words just before token ``start``."""
    phrases = _qualifiers()
    before = tuple(t.lower_ for t in doc[max(floor, start - len(phrases[0][0])):start])
    slipped = (*before[:-1], before[-1].rstrip("-") or before[-1]) if before else before  # 'about-6'
    for words in (before, slipped):
        for phrase, kind in phrases:
            if words[len(words) - len(phrase):] == phrase and len(phrase) <= len(words):
                if phrase == ("up", "to") and _moved(doc, start - len(phrase) - 1, floor):
                    return "exact", start  # 'the toll inched up to 227': where it went, not a bound
                return kind, start - len(phrase)
    return "exact", start


def _moved(doc: Doc, i: int, floor: int) -> bool:
    """Token ``i`` is a verb of movement or 'now' ('rose', 'was revised', 'now'), after which 'up to'
    says where a figure went."""
    return i >= floor and (doc[i].lemma_.casefold() in lexicon.words("qualifiers", "moved_up_to")
                           or doc[i].lower_ in lexicon.words("qualifiers", "moved_up_to"))


def _is_number_token(token: Token) -> bool:
    if written_number(token.text) is not None or MANTISSA.match(token.text):
        return True
    return number_word(token.text) is not None and token.tag_ == "CD" and token.lower_ not in ("half", "quarter")


def _fraction(doc: Doc, i: int, end: int) -> tuple[float, int] | None:
    """'two-thirds', 'a third of', 'one quarter', 'half of', 'by a third', 'by half': (the fraction, first
    token after it)."""
    denominators = lexicon.load("units")["fractions"]
    word = doc[i].lower_
    by = i > 0 and doc[i - 1].lower_ == "by"  # 'cut deaths by a third', 'by half'
    of = i + 1 < end and doc[i + 1].lower_ == "of"
    if word in ("half", "halves") and (of or (by and not _names_more(doc, i + 1, end))):
        return 0.5, i + 1
    numerator = 1.0 if word in ("a", "an", "one") else number_word(word)
    if numerator is None or numerator != int(numerator):
        return None
    k = i + 2 if i + 2 < end and doc[i + 1].text in ("-", "–") else i + 1
    followed_by_of = k + 1 < end and doc[k + 1].lower_ == "of"
    by_share = by and not _names_more(doc, k + 1, end)  # not 'by a third party'
    if k < end and doc[k].lower_ in denominators and (word not in ("a", "an") or followed_by_of or by_share) \
            and numerator < denominators[doc[k].lower_]:  # a proper fraction: 'the last four quarters' is time
        return numerator / float(denominators[doc[k].lower_]), k + 1
    return None


def _number_run(doc: Doc, i: int, end: int, currency: bool) -> tuple[float, int] | None:
    """(value, end) of the number that starts at token ``i`` ('a million' is one)."""
    if doc[i].lower_ in ("a", "an") and i + 1 < end and (scale := spelled_scale(doc[i + 1].text)) is not None:
        return scale, i + 2
    if doc[i].lower_ == "half" and i + 2 < end and doc[i + 1].lower_ in ("a", "an") \
            and (scale := spelled_scale(doc[i + 2].text)) is not None:
        return scale / 2, i + 3  # 'half a million'
    if not _is_number_token(doc[i]):
        return None
    j = i + 1
    while j < end:
        tok = doc[j]
        low = tok.lower_
        counts_next = j + 1 < end and doc[j + 1].tag_ in ("NNS", "NNPS")  # '2m people': millions of them
        scale = scale_word(tok.text) is not None and (low.rstrip(".") not in SMALL_SCALES or currency
                                                      or tok.text.isupper() or counts_next) \
            and (spelled_scale(tok.text) is not None or scale_word(doc[j - 1].text) is None) \
            and (currency or not units.is_ambiguous(_symbol(doc, j, end))  # '16 billion b.'; '77 K' of a gas
                 or units.disambiguated(_symbol(doc, j, end), _nearby_lemmas(doc, j)) is None)  # is kelvin
        word = number_word(tok.text) is not None and not DIGITS.match(doc[j - 1].text) and tok.tag_ == "CD"
        if scale or word:
            j += 1
        elif low == "-" and j + 1 < end and number_word(doc[j + 1].text) is not None \
                and number_word(doc[j - 1].text) is not None:
            j += 2
        elif low in ("-", "–") and j + 1 < end and spelled_scale(doc[j + 1].text) is not None \
                and _is_number_token(doc[j - 1]):
            j += 2  # 'the 222-million-euro release clause'

        elif (past := _and_a_half(doc, j, end)) is not None:
            j = past
        elif low == "and" and j + 1 < end and doc[j - 1].lower_ in ("hundred", "thousand") \
                and not DIGITS.match(doc[j + 1].text) and (n := number_word(doc[j + 1].text)) is not None and n < 100:
            j += 1  # 'one thousand nine hundred and thirty six': the British 'and' inside a spelled number
        else:
            break
    if j == i + 1 and (power := _power_of_ten(doc, i, end)) is not None:
        return power
    value = parse_number(" ".join(t.text for t in doc[i:j]))
    return None if value is None else (value, j)


def _power_of_ten(doc: Doc, i: int, end: int) -> tuple[float, int] | None:
    """Scientific notation starting at token ``i``, glued ('6.02x10', '^', '23') or spaced ('6.022',
    'x', '10', '^', '23'): (its value, where it ends)."""
    glued = MANTISSA.match(doc[i].text) is not None
    k = i + 1 if glued else i + 3  # the '^'
    if not glued and not (i + 2 < end and doc[i + 1].text in ("x", "X", "×") and doc[i + 2].text == "10"):
        return None
    if k + 1 >= end or doc[k].text != "^" or not EXPONENT.match(doc[k + 1].text):
        return None
    mantissa = doc[i].text if glued else f"{doc[i].text}×10"
    value = written_number(f"{mantissa}^{doc[k + 1].text.replace('−', '-')}")
    return None if value is None else (value, k + 2)


def _and_a_half(doc: Doc, j: int, end: int) -> int | None:
    """Where 'and a half' (or 'and a quarter') after a number ends, hyphens allowed ('two-and-a-half')."""
    words = [t for t in doc[j:min(end, j + 6)] if t.text not in ("-", "–")][:3]
    if [t.lower_ for t in words[:2]] == ["and", "a"] and len(words) == 3 and words[2].lower_ in ("half", "quarter"):
        return words[2].i + 1
    return None


def _abbreviation(word: str) -> str | None:
    """The nouns a counted abbreviation stands for ('ppg', 'PPG': points per game); one written in
    capitals only as written ('WAR' is wins above replacement, 'war' a war)."""
    table: dict[str, str] = lexicon.load("units")["counted_abbreviations"]
    return table.get(word) or table.get(word.casefold())


@cache
def _unit_phrases() -> tuple[int, ...]:
    return tuple(sorted({len(k.split()) for k in lexicon.load("units")["units"]}, reverse=True))


def _unit_after(doc: Doc, j: int, end: int) -> tuple[Unit, int] | None:
    """A unit written right after token ``j`` ('hectares', 'sq km', '%', '-year')."""
    k = j + 1 if j < end and doc[j].text in ("-", "–") else j
    if k < end and doc[k].text == "in" and k > 0 and not doc[k - 1].whitespace_ and doc[k - 1].like_num \
            and (inch := units.lookup("inch")) is not None:
        return inch, k + 1  # '3in': an inch only stuck to its number
    if k + 2 < end and doc[k + 1].text == "/" and not doc[k].whitespace_ and not doc[k + 1].whitespace_:
        unit = units.slashed(doc[k].text, _symbol(doc, k + 2, end))  # 'A/cm2', 'mg/L', 'km/h.'
        if unit is not None:
            return unit, k + 3
    if (prime := _prime(doc, k, end)) is not None:
        unit = units.disambiguated(prime, _nearby_lemmas(doc, k), named_only=True)  # "50' wide", '9.8" in a sprint'
        return None if unit is None else (unit, k + 1)
    for size in _unit_phrases():
        if k + size <= end:
            symbol = _symbol(doc, k, end)
            if size == 1 and units.is_ambiguous(symbol) and (len(symbol) > 2 or not _names_more(doc, k + 1, end)
                                                              or units.names_subject(symbol, doc[k + 1].lemma_)):
                nearby = _nearby_lemmas(doc, k)
                unit = units.disambiguated(symbol, ["price", *nearby] if _per_thing(doc, k + 1, end) else nearby)
                return None if unit is None else (unit, k + 1)  # '2.5 F' of a capacitor, '5 kn per kilogram'
            text = doc[k:k + size].text
            if k + size == end and size > 1 and len(doc[end - 1].text) > 1 and text.endswith("."):
                text = text[:-1]  # 'sq m.': the sentence's full stop read into its last token
            unit = units.lookup(text)
            if unit is not None:
                return unit, k + size
    if k + 1 < end and doc[k].lower_ in ("us", "u.s.") and (unit_us := _unit_after(doc, k + 1, end)) is not None \
            and unit_us[0].dimension != "money":
        return unit_us  # 'one US fluid ounce', '5 U.S. gallons'
    if k < end and _symbol(doc, k, end) != doc[k].text and (unit := units.lookup(_symbol(doc, k, end))) is not None:
        return unit, k + 1  # '125.8 p.'
    return None


def _symbol(doc: Doc, k: int, end: int) -> str:
    """Token ``k``'s text, without the sentence's full stop when spaCy read it into the token that ends the
    sentence ('p.' of '125.8 p.', 'h.' of '320 km/h.')."""
    text = doc[k].text
    return text[:-1] if k + 1 == end and len(text) > 1 and text.endswith(".") else text


def _names_more(doc: Doc, k: int, end: int) -> bool:
    """Whether a noun phrase goes on at token ``k``: then a symbol before it is a word, not a unit on its own
    ('10 a day', '95 F temperatures'); not a noun said of when ('closed up 5 p today', 'last year')."""
    return k < end and doc[k].pos_ in ("NOUN", "PROPN", "ADJ", "NUM", "DET") \
        and "npadvmod" not in (doc[k].dep_, doc[k].head.dep_)


def _per_thing(doc: Doc, k: int, end: int) -> bool:
    """Whether token ``k`` starts 'per kilogram', 'a litre' or 'each': what is given per a measure of a thing
    or per piece is a price ('5 kn per kilogram'); not per a span of time ('0.25 R per year', a dose)."""
    if k < end and doc[k].lower_ == "each":
        return True
    if k + 1 >= end or doc[k].lower_ not in ("per", "a", "an", "/"):
        return False
    unit = units.lookup(doc[k + 1].text)
    return unit is not None and unit.dimension in ("mass", "volume", "length", "area")


PRIMES = {"'": "′", '"': "″"}  # the typewriter's marks for the prime and double prime


def _prime(doc: Doc, k: int, end: int) -> str | None:
    """The prime or double prime a typewriter's mark stuck to a number stands for ("50' wide", '20"'),
    not a quotation mark closing a quote of its paragraph that ends in a number ('He said: "We lost 20"')
    nor an apostrophe ("the 1990's")."""
    mark = doc[k].text if k < end else ""
    if mark not in PRIMES or not _stuck_to_number(doc, k):
        return None
    if k + 1 < end and not doc[k].whitespace_ and doc[k + 1].text[:1].isalnum():
        return None
    start = k
    while start > 0 and "\n" not in doc[start - 1].text:
        start -= 1
    opened = sum((t.text == mark or (mark == '"' and t.text in ("“", "”"))) and not _stuck_to_number(doc, t.i)
                 for t in doc[start:k])  # quotation marks, not the primes before this one
    return PRIMES[mark] if opened % 2 == 0 else None


def _stuck_to_number(doc: Doc, k: int) -> bool:
    return k > 0 and not doc[k - 1].whitespace_ and DIGITS.match(doc[k - 1].text) is not None


SUBJECT_REACH = 20  # how far from an ambiguous symbol (in tokens) a word may tell its subject


def sentence_of(token: Token) -> Span:
    """The sentence a token is in, found from its own position: spaCy's ``Token.sent`` walks every
    sentence before it, which makes a long text's extraction quadratic."""
    doc = token.doc
    if not doc.has_annotation("SENT_START"):
        return doc[:]
    start = token.i
    while start > 0 and not doc[start].is_sent_start:
        start -= 1
    end = token.i + 1
    while end < len(doc) and not doc[end].is_sent_start:
        end += 1
    return doc[start:end]


def _nearby_lemmas(doc: Doc, k: int) -> list[str]:
    """The dictionary forms of the words around token ``k``, the nearest in the parse first (then the nearest
    in the text): within its sentence and clause (a semicolon ends one) and SUBJECT_REACH tokens. In 'the
    runner completed the mile in 4′' the verb the time hangs on comes before the mile beside it."""
    sent = sentence_of(doc[k])
    first = next((t.i + 1 for t in reversed(doc[max(sent.start, k - SUBJECT_REACH):k]) if t.text == ";"),
                 max(sent.start, k - SUBJECT_REACH))
    last = next((t.i for t in doc[k + 1:min(sent.end, k + SUBJECT_REACH + 1)] if t.text == ";"),
                min(sent.end, k + SUBJECT_REACH + 1))
    hops = _hops(doc, k, first, last)
    near = [t.lemma_.casefold() for t in sorted(doc[first:last], key=lambda t: (hops.get(t.i, len(doc)), abs(t.i - k)))
            if t.i != k]
    return ["duration", *near] if _for_so_long(doc, k) else near


def _hops(doc: Doc, k: int, first: int, last: int) -> dict[int, int]:
    """How many arcs of the parse lie between token ``k`` and each token from ``first`` to ``last``."""
    hops, frontier = {k: 0}, [doc[k]]
    while frontier:
        step = []
        for token in frontier:
            for other in (token.head, *token.children):
                if first <= other.i < last and other.i not in hops:
                    hops[other.i] = hops[token.i] + 1
                    step.append(other)
        frontier = step
    return hops


def _for_so_long(doc: Doc, k: int) -> bool:
    """Whether the quantity whose symbol is token ``k`` says how long something goes on: the object of 'for'
    under a verb in the perfect ('has been practising yoga for 2 a', 'have been married for 25 a'), or how
    often ('a break every 45′')."""
    if k >= 2 and doc[k - 2].lower_ == "every":
        return True
    for token in doc[max(k - 1, 0):k + 1]:
        if token.dep_ == "pobj" and token.head.lower_ == "for":
            verb = token.head.head
            for _ in range(2):
                if any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
                    return True
                verb = verb.head
    return False


def _unit_of(doc: Doc, j: int, end: int) -> tuple[Unit, int] | None:
    """The unit a fraction is of: '1/16 of a US pint', 'a quarter of an hour'."""
    if j + 2 >= end or doc[j].lower_ != "of" or doc[j + 1].lower_ not in ("a", "an"):
        return None
    for k in range(j + 2, min(end, j + 5)):
        if k > j + 2 and doc[k - 1].pos_ not in ("ADJ", "PROPN", "NOUN"):
            return None
        unit = _unit_after(doc, k, end)
        if unit is not None:
            return unit
    return None


def _inches_after(doc: Doc, k: int, end: int) -> tuple[float, int] | None:
    """The inches of a height in feet and inches ('2in' of '6ft 2in'): (inches, where they end)."""
    if k + 1 >= end or (inches := written_number(doc[k].text)) is None:
        return None
    word = doc[k + 1]
    glued = doc[k].whitespace_ == "" and word.lower_ == "in"
    if glued or units.lookup(word.text) == units.lookup("inch"):
        return inches, k + 2
    return None


def _unit_past_adjective(doc: Doc, j: int, end: int) -> tuple[Unit, int] | None:
    """A span of time with a word between it and its number: '50 previous years', 'three straight days'."""
    if j + 1 >= end or doc[j].tag_ not in ("JJ", "JJR") or doc[j].lower_ in ("last", "next", "this", "past"):
        return None  # not '40 last week'
    unit = _unit_after(doc, j + 1, end)
    return unit if unit is not None and unit[0].dimension == "duration" else None


def _one_in(doc: Doc, i: int, j: int, end: int, first: float) -> tuple[float, int] | None:
    """'one in three', '1 out of 5': (the share, where it ends); not '2 in 2019' nor '3 in 10 minutes'."""
    k = j + 2 if j + 1 < end and doc[j].lower_ == "out" and doc[j + 1].lower_ == "of" else \
        j + 1 if j < end and doc[j].lower_ == "in" and doc[j - 1].whitespace_ else None
    if k is None or k >= end or BARE_YEAR.match(doc[k].text):
        return None
    run = _number_run(doc, k, end, False)
    if run is None or not first < run[0] or first != int(first) or _unit_after(doc, run[1], end) is not None:
        return None
    if not _a_rate(first, run[0]):
        return None  # '3,091 out of 6,574 cases': a count of a count, both figures of their own
    return first / run[0], run[1]


def _a_rate(part: float, whole: float) -> bool:
    """'one in three', '9 out of 10', '4 in 100,000' say a rate: one of its numbers is 1, or the whole
    is small or a power of ten. '3,091 out of 6,574' counts a part of a counted whole."""
    return part == 1 or whole <= 20 or math.log10(whole).is_integer()


def _is_age(doc: Doc, i: int, j: int, floor: int) -> bool:
    """A bare number that is someone's age: 'Senard, 65,', 'aged 66', 'over the age of 21', 'He will
    be 35', 'she turned 40', 'life expectancy is around 73'."""
    number = doc[i]
    if j != i + 1 or not number.text.isdigit() or not 0 < int(number.text) < 130:
        return False
    before = doc[i - 1] if i - 1 >= floor else None
    nxt = doc[j] if j < len(doc) else None
    if before is None:
        return False
    if before.text == "," and i - 2 >= floor and doc[i - 2].pos_ == "PROPN" and nxt is not None and nxt.text == ",":
        return True  # an age in apposition
    if before.lower_ in ("aged", "age") or (before.lower_ == "of" and i - 2 >= floor and doc[i - 2].lower_ == "age"):
        return True
    verb = number.head
    link = _qualifier(doc, i, floor)[1] - 1  # 'is around 73', whatever the parse hung the number on
    if link >= floor and doc[link].lemma_ == "be" and number.dep_ not in ("attr", "acomp"):
        verb = doc[link]
    said_of_person = any(c.dep_ == "nsubj" and (c.lower_ in PERSONAL or c.ent_type_ == "PERSON"
                                                or c.lemma_ in ("age", "expectancy")) for c in verb.children)
    be = (number.dep_ in ("attr", "acomp") or verb.i == link) and verb.lemma_ == "be"
    turn = number.dep_ in ("attr", "dobj", "acomp") and verb.lemma_ == "turn"
    return said_of_person and (be or turn)


def _old(doc: Doc, k: int, end: int) -> int | None:
    """Where the 'old' of an age ends, when it starts at token ``k`` ('-old' of '10-year-old', 'old')."""
    if k + 1 < end and doc[k].text in ("-", "–") and doc[k + 1].lower_ == "old":
        return k + 2
    return k + 1 if k < end and doc[k].lower_ == "old" else None


def past_aside(doc: Doc, i: int, end: int) -> int | None:
    """Where a bracketed aside that opens at token ``i`` ends (the token after its ')'), if one does:
    a conversion between a sum and what follows it ('9 billion shekels ($2.4 billion) a year')."""
    if i >= end or doc[i].text != "(":
        return None
    return next((k + 1 for k in range(i + 1, min(end, i + 12)) if doc[k].text == ")"), None)


def _rate(doc: Doc, unit: Unit, stop: int, end: int) -> tuple[Unit, int] | None:
    """'$10 per gram', '$3,500 a month', '$58.24 per barrel': money given per something; '11 feet
    per century', '52,000 barrel-a-day': another unit per a span of time. A bracketed aside may come
    between ('9 billion shekels ($2.4 billion) a year')."""
    money = unit.dimension == "money"
    if (after := past_aside(doc, stop, end)) is not None:
        rate = _rate(doc, unit, after, end)
        return None if rate is None else (rate[0], stop)  # the aside keeps its own quantity
    if stop < end - 1 and doc[stop].text in ("-", "–") and doc[stop + 1].lower_ in ("a", "an", "per"):
        stop += 1  # 'barrel-a-day'
    if stop + 1 >= end or doc[stop].lower_ not in ("per", "a", "an", "each"):
        return None
    nouns = lexicon.words("units", "rate_nouns") if money else TIME_RATES
    first = stop + 2 if stop + 2 < end and doc[stop + 1].text in ("-", "–") else stop + 1
    for size in (2, 1):
        if first + size <= end:
            span = doc[first:first + size]
            words = " ".join(t.lemma_.casefold().rstrip(".") if t.i == span.end - 1 else t.lower_ for t in span)
            later = first + size < end and doc[first + size].lower_ in ("earlier", "ago", "later", "before")
            if words in nouns and not later:  # not '$6.78 billion a year earlier'
                return units.per(unit, words), first + size
    return None


def _currency_before(doc: Doc, i: int, floor: int) -> tuple[Unit, int] | None:
    """The currency sign or code written just before token ``i`` ('$', 'US$', 'HK $', '$ US', 'RM')."""
    if i - 2 >= floor and (doc[i - 2].text.isupper() or doc[i - 2].text == "$"):
        unit = units.currency_symbol(doc[i - 2].text + doc[i - 1].text)
        if unit is not None:
            return unit, i - 2
    if i - 1 >= floor:
        sign = doc[i - 1].text
        nearby = _nearby_lemmas(doc, i - 1) if units.is_ambiguous(sign) else ()
        unit = units.currency_symbol(sign, glued=doc[i - 1].whitespace_ == "", nearest_first=nearby)
        if unit is not None:
            return unit, i - 1
    return None


DAYS = WEEKDAYS | {"yesterday", "today", "tonight", "tomorrow"}
FINITE = ("VBP", "VBD", "VBZ", "MD")


def _opens_clause(doc: Doc, after: int, head: Token, end: int) -> bool:
    """Another number stands between a count and the noun, joined by 'and' or 'or', and a finite
    verb follows the noun: the noun and its number open a clause of their own ('the toll rose to 483
    and 15 people are still missing'), which a list ('200 and 300 people') does not."""
    between = doc[after:head.i]
    return any(t.lower_ in ("and", "or") for t in between) and any(t.like_num for t in between) \
        and head.i + 1 < end and doc[head.i + 1].tag_ in FINITE


def _counted(doc: Doc, first: int, after: int, end: int) -> tuple[str | None, int | None]:
    """The noun a count counts: 'anti-personnel mines' in '107 anti-personnel mines'."""
    number = doc[first]
    heads = [number.head, *[doc[k].head for k in range(first, after)]]
    heads += [c for t in heads if t.pos_ == "ADJ" for c in t.children if c.dep_ == "conj"]  # '4.3M digital and
    # physical sales', where the parse hangs the number on the first adjective
    candidates = [t for t in heads if t.i >= after and t.pos_ in ("NOUN", "PROPN") and t.i < end
                  and any(c.isalpha() for c in t.text)  # not a '^' the tagger calls a noun
                  and t.lower_ not in DAYS]  # 'rose to 233 Sunday', 'to 67 yesterday': when, not what is counted
    if candidates:
        head = min(candidates, key=lambda t: t.i)
        if doc[after].lower_ in ("times", "fold"):
            return None, None  # '6.5 times earnings': a multiplier, not a count of times
        while head.pos_ == "PROPN" and head.dep_ == "compound" and head.head.i > head.i and head.head.i < end \
                and head.head.pos_ in ("NOUN", "PROPN"):
            head = head.head  # 'Twenty MEMATT units', 'five Boeing jets': a name modifying what is counted
        if head.lemma_ in TIME_NOUNS and any(t.lower_ in RELATIVE_WORDS or t.like_num for t in doc[after:head.i]):
            return None, None  # '2.1 last year', 'risen to 165 one month after': a time, not what is counted
        if _opens_clause(doc, after, head, end):
            return None, None  # 'rose to 483 and 15 people are still missing': the noun is the next clause's
        return doc[after:head.i + 1].text, head.i
    if after < end and doc[after].tag_ in ("NNS", "NNPS") and doc[after].pos_ in ("NOUN", "PROPN"):
        return doc[after].text, after  # a plural right after the number, whatever the parse made of them
    if after + 1 < end and doc[after].lower_ == "of":
        objects = [c for c in doc[after].children if c.dep_ == "pobj" and c.i < end]
        if objects and objects[0].pos_ == "PRON":
            return None, None  # '950,000 of them in the US': what 'them' counts is said elsewhere
        named = [o for o in objects if o.pos_ in ("NOUN", "PROPN")]
        noun = named[0] if named else next((t for t in doc[after + 1:end] if t.pos_ in ("NOUN", "PROPN")), None)
        verbs = ("WDT", "WP", "MD", "VBD", "VBZ", "VBP")  # a clause: 'half of which are in California'
        clause = noun is not None and any(t.tag_ in verbs for t in doc[after + 1:noun.i])
        if noun is not None and not clause and (after <= noun.head.i <= noun.i or noun.dep_ == "pobj"):
            return doc[after + 1:noun.i + 1].text, noun.i
    if first >= 2 and doc[first - 1].lower_ == "or" and number.head.i == first - 2 and number.head.pos_ == "NOUN":
        return number.head.text, number.head.i  # 'another pick or two'
    return None, None


def _range_after(doc: Doc, stop: int, end: int, money: bool, skipped: list[tuple[int, int]]
                 ) -> tuple[float, Unit | None, float | None, int] | None:
    """The second half of a range after token ``stop`` ('to $1,000', '-15 percent'; of 'to 33-35
    billion', the far end): (its value, its own unit, its scale, where it ends)."""
    if stop >= end - 1 or (doc[stop].lower_ not in RANGE_WORDS and doc[stop].lower_ != "to-"):  # 'to-260,000'
        return None
    k = stop + 1
    sign = _currency_before(doc, k + 1, k) if k + 1 < end else None
    if sign is not None:
        k, money = k + 1, True
    if k >= end or any(s <= doc[k].idx < e for s, e in skipped):
        return None
    second = _number_run(doc, k, end, money)
    if second is None:
        return None
    value, j = second
    if j + 1 < end and doc[j].text in ("-", "–") and (upper := _number_run(doc, j + 1, end, money)) is not None:
        k, (value, j) = j + 1, upper  # 'from 24.2 to 33-35 billion euros': to the range's far end
    unit = _unit_after(doc, j, end)
    scale = scale_word(doc[j - 1].text) if j - k > 1 else None
    own = sign[0] if sign else unit[0] if unit else None
    return value, own, scale, unit[1] if unit and not sign else j


def _joins(first_unit: Unit | None, second_unit: Unit | None) -> bool:
    """Can two numbers with these written units be the ends of one range? Not '9.4% to $84' (a
    change and the new level), nor '8.15% to 3.65'."""
    if first_unit is not None and second_unit is not None:
        return first_unit == second_unit
    return not (first_unit is units.PERCENT and second_unit is None)


def _vague(doc: Doc, i: int, end: int) -> tuple[float, float, int] | None:
    """'thousands of', 'tens of thousands of', 'dozens of': (low, high, first token after the
    scale words); the range runs from the scale to ten times it."""
    data = lexicon.load("units")
    scales, multipliers = data["vague_scales"], data["vague_multipliers"]
    word = doc[i].lower_
    if i + 2 < end and word in multipliers and doc[i + 1].lower_ == "of" and doc[i + 2].lower_ in scales \
            and doc[i + 2].lower_ != "dozens":
        low = float(multipliers[word]) * float(scales[doc[i + 2].lower_])
        return low, low * 10, i + 3
    if i + 1 < end and word in scales and doc[i + 1].lower_ == "of":
        low = float(scales[word])
        return low, low * 10, i + 1
    return None


def _negative(doc: Doc, i: int, floor: int) -> int | None:
    """Where a negative number's sign starts: '-50.8', 'minus 40', 'minus-5'; None when positive."""
    if doc[i].text.startswith(("-", "−")):
        return i
    if i - 1 >= floor and doc[i - 1].lower_ in ("minus", "minus-", "negative", "−"):
        return i - 1
    return None


def may_hold_quantity(sentence: Span) -> bool:
    """Whether a sentence has a token a quantity's number can be: digits (but a footnote marker's
    or a bare year's), a number word, a scale, a fraction's denominator or a vague plural
    ('dozens'). A cheap test on untagged text: it picks the sentences worth the full analysis."""
    words = _trigger_words()
    doc = sentence.doc
    for token in sentence:
        if any(c.isdigit() for c in token.text):
            if not (BARE_YEAR.match(token.text) or in_brackets(doc, token.i)) or _measured(doc, token.i):
                return True
        elif token.lower_ in words:
            return True
    return False


def _measured(doc: Doc, i: int) -> bool:
    """Whether a year-like number has a currency sign before it or a unit after it ('¥2000', '2000
    pounds'): an amount, not a year ('in 2019 dollars' is a year's money)."""
    before = doc[i - 1].text if i > 0 else ""
    after = doc[i + 1].text if i + 1 < len(doc) else ""
    if units.currency_symbol(before, glued=True) is not None:
        return True
    return before.casefold() != "in" and after.isalpha() and units.lookup(after) is not None


@cache
def _trigger_words() -> frozenset[str]:
    """Words a quantity can start from: number words, scales, denominators, vague plurals."""
    data = lexicon.load("units")
    return frozenset(w.casefold() for key in ("number_words", "scales", "fractions", "vague_scales",
                                              "vague_multipliers") for w in data[key])


def _may_start(token: Token) -> bool:
    """Whether a quantity can start at ``token`` (its number, or the 'a' of 'a quarter of'):
    the cheap test that lets the search pass over most words."""
    low = token.lower_.rstrip("-–")  # 'four-' in 'four- and six-cylinder'
    return low in _trigger_words() or low in ("a", "an") or any(c.isdigit() for c in token.text)


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
        if not _may_start(token) or any(s <= token.idx < e for s, e in skipped) or in_brackets(whole, i):
            i += 1
            continue
        fraction = _fraction(whole, i, end)
        if fraction is not None:
            value, after = fraction
            qualifier = _qualifier(whole, i, floor)[0]
            unit_of = _unit_of(whole, after, end)
            if unit_of is not None:  # 'a quarter of a mile'
                unit, after = unit_of
                found.append(Quantity(i, after, value * unit.factor, None, None, unit, qualifier, None, None, i))
            else:
                counted, head = _counted(whole, i, after, end)
                found.append(Quantity(i, after, value * 100, None, None, units.FRACTION, qualifier, counted, head, i))
            i = after
            continue
        vague = _vague(whole, i, end)
        if vague is not None:
            low, high, after = vague
            counted, head = _counted(whole, i, after, end)
            found.append(Quantity(i, after - 1 if whole[after - 1].lower_ == "of" else after, None, low, high,
                                  units.COUNT, "approximate", counted, head, i))
            i = after
            continue
        quantity = _suspended(whole, i, floor, end) or _quantity_at(whole, i, floor, end, skipped)
        if quantity is None:
            i += 1
            continue
        found.append(quantity)
        i = max(quantity.end, i + 1)
    return [q for q in _elided(whole, _from_to(whole, [q for q in found if q.unit is not YEARS_SPAN]))
            if all(v is None or math.isfinite(v) for v in (q.value, q.low, q.high))]  # not a 400-digit number


ELLIPSIS_GAP = 8  # tokens between a quantity and a bare number that may leave its unit out


def _preposition(doc: Doc, q: Quantity) -> Token | None:
    """The preposition a quantity is the object of: 'at' in 'ended at 1,463.78 points'."""
    token = doc[q.number_token]
    if token.dep_ == "nummod":
        token = token.head
    return token.head if token.dep_ == "pobj" and token.head.dep_ == "prep" else None


def _same_sentence(a: Token, b: Token) -> bool:
    return not a.doc.has_annotation("SENT_START") or sentence_of(a).start == sentence_of(b).start


def _said(q: Quantity) -> bool:
    """Whether a quantity names its unit or what it counts."""
    return q.unit is not units.COUNT or q.counted is not None


def _scale_of(doc: Doc, q: Quantity) -> float:
    """The scale written in a quantity's number ('million' in '$5 million'), 1 when none is."""
    run = _number_run(doc, q.number_token, len(doc), q.unit.dimension.startswith("money"))
    scales = [scale_word(t.text) for t in doc[q.number_token + 1:run[1]]] if run else []
    return next((scale for scale in scales if scale is not None), 1.0)


def _elided(doc: Doc, found: list[Quantity]) -> list[Quantity]:
    """A bare number whose unit is left out because a like phrase near it says it takes that unit
    (or counted noun), and its scale when it writes none. The phrase is the last quantity before
    it in its sentence that is the object of the same preposition ('DAX increased by 2 percent but
    Nasdaq decreased by 1', 'ended at 1,463.78 points, while the TA-125 ended at 1,334.20'); or the
    quantity just before it, across 'and', 'or' or 'but' ('3 tonnes in 2018 and 5 in 2019', '$5
    million in 2019 but 3 in 2020'); or the quantity just after it, when 'while' or 'whereas'
    follows the number ('2,483,805 while Florida had 1,385,710 strikes'; not '4.3B and the firm
    hired 5K staff')."""
    out: list[Quantity] = []
    for k, q in enumerate(found):
        bare = q.unit is units.COUNT and q.counted is None and q.value is not None
        prep = _preposition(doc, q) if bare else None
        model = next((p for p in reversed(out) if prep is not None and (other := _preposition(doc, p)) is not None
                      and other.i != prep.i and other.lower_ == prep.lower_ and _same_sentence(other, prep)
                      and _said(p)), None)
        before = out[-1] if out else None
        joined = _qualifier(doc, q.start, 0)[1] - 1
        joined -= 1 if joined > 0 and doc[joined].lower_ in ("another", "further") else 0  # 'and another 300'
        if model is None and bare and before is not None and doc[joined].lower_ in ("and", "or", "but") \
                and 0 < q.start - before.end <= ELLIPSIS_GAP and _same_sentence(doc[before.start], doc[q.start]) \
                and _said(before):
            model = before  # '3 tonnes in 2018 and 5 in 2019': the same unit, said once
        later = found[k + 1] if k + 1 < len(found) else None
        if model is None and bare and later is not None and _said(later) and 0 < later.start - q.end <= ELLIPSIS_GAP \
                and _same_sentence(doc[q.start], doc[later.start]) \
                and any(t.lower_ in ("while", "whereas") for t in doc[q.end:q.end + 2]) \
                and not value_of_a_noun(doc[q.number_token]):
            model = later  # 'Texas had 2483805 while Florida came second with 1385710 lightning strikes' (not 'the
            # death toll had reached 71, while 223 people survived': the toll's value)
        if model is None:
            out.append(q)
            continue
        scale = _scale_of(doc, model) if _scale_of(doc, q) == 1 else 1.0  # '4.3B and 5K staff' keeps its own
        value = q.value * model.unit.factor * scale if q.value is not None else None
        later_noun = model.counted_from if model.counted_from is not None else model.end
        noun_from = None if model.start < q.start else later_noun  # where a later quantity's noun starts
        out.append(Quantity(q.start, q.end, value, None, None, model.unit, q.qualifier, model.counted,
                            model.counted_token, q.number_token, noun_from))
    return out


def value_of_a_noun(number: Token) -> bool:
    """The number is the value its verb gives a common-noun subject ('the death toll had reached 71',
    'has risen to 135'): it counts what that noun names, not the noun of a neighbour ('while 223 people
    survived')."""
    return any(c.dep_ == "nsubj" and c.pos_ == "NOUN" for c in _valuing_verb(number).children)


def _valuing_verb(number: Token) -> Token:
    """The word that gives a number its value: its head, or the verb of the preposition it is the
    object of ('risen' of 'has risen to 135', 'stood' of 'stood at 79')."""
    head = number.head
    return head.head if number.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("to", "at") else head


def value_of_a_subject(number: Token) -> bool:
    """The number is what a light verb says its common-noun subject is ('the death toll has risen to
    50', 'the number stood at 79'), whatever counts follow it ('with at least 701 people injured')."""
    return value_of_a_noun(number) and _valuing_verb(number).lemma_.casefold() in lexicon.words("frames", "light")


def _suspended(doc: Doc, i: int, floor: int, end: int) -> Quantity | None:
    """A number whose unit or noun is written once, after the last of a list: 'four-' in 'four-,
    five- and six-cylinder engines'; '10- to 15-year terms' is a range."""
    text = doc[i].text
    hyphen = text.endswith(("-", "–")) and len(text) > 1
    k = i + 1 if hyphen else i + 2
    if not hyphen and not (i + 1 < end and doc[i + 1].text in ("-", "–")):
        return None
    value = parse_number(text.rstrip("-–")) if hyphen else parse_number(text)
    if value is None or k >= end or doc[k].lower_ not in (",", "and", "or", "to"):
        return None
    for m in range(k + 1, min(end - 2, k + 8)):
        last = parse_number(doc[m].text)
        if last is None or doc[m + 1].text not in ("-", "–") or doc[m + 2].is_punct:
            continue
        unit = _unit_after(doc, m + 1, end)
        counted, head = (None, None) if unit else _counted(doc, m, m + 1, end)
        if unit is None and head is None:
            return None
        shared = unit[0] if unit else units.COUNT
        qualifier = _qualifier(doc, i, floor)[0]
        if doc[k].lower_ == "to":
            low, high = sorted((value * shared.factor, last * shared.factor))
            stop = unit[1] if unit else m + 1
            return Quantity(i, stop, None, low, high, shared, qualifier, counted, head, i, m + 1)
        return Quantity(i, k, value * shared.factor, None, None, shared, qualifier, counted, head, i, m + 1)
    return None


FROM_TO_GAP = 8  # tokens allowed between 'from X' and 'to Y' ('from $36,040 at 10.45pm last night to $34,935')


def _from_to(doc: Doc, found: list[Quantity]) -> list[Quantity]:
    """'plummeted from $36,040 at 10.45pm to $34,935': a change from one value to another, with words
    between them, is read as one range (as an adjacent 'from 240 to 273' already is)."""
    out: list[Quantity] = []
    k = 0
    while k < len(found):
        a = found[k]
        b = found[k + 1] if k + 1 < len(found) else None
        opened = _qualifier(doc, a.start, 0)[1]
        if b is not None and opened > 0 and doc[opened - 1].lower_ == "from" and doc[b.start - 1].lower_ == "to" \
                and 0 < b.start - a.end <= FROM_TO_GAP and b.value is not None \
                and not any(t.text in (";", ".") for t in doc[a.end:b.start]):
            same = a.unit == b.unit or a.unit.name.startswith(b.unit.name + "_per_")
            bare = b.unit is units.COUNT and b.counted is None
            if a.value is None and bare and a.unit is not units.COUNT:  # 'from about 14-18 mpg to 24'
                out += [a, Quantity(b.start, b.end, b.value * a.unit.factor, None, None, a.unit, b.qualifier,
                                    None, None, b.number_token)]
                k += 2
                continue
            if a.value is not None and (same or bare):
                second = b.value * a.unit.factor if bare else b.value
                out.append(Quantity(a.start, b.end, None, min(a.value, second), max(a.value, second), a.unit,
                                    "exact", a.counted, a.counted_token, a.number_token))
                k += 2
                continue
        out.append(a)
        k += 1
    return out


YEARS_SPAN = Unit("years", "date")


MAGNITUDES = 10.0  # the top of an earthquake's magnitude scale, as news writes it


def _magnitude_before(doc: Doc, i: int, floor: int) -> bool:
    """The word 'magnitude' is written before the number ('magnitude 7.8', 'magnitude-6.8', 'with a
    magnitude of 6.2')."""
    before = [t.lower_ for t in doc[max(floor, i - 2):i]]
    return bool(before) and (before[-1] in ("magnitude", "magnitude-") or before == ["magnitude", "of"])


def _quantity_at(whole: Doc, i: int, floor: int, end: int, skipped: list[tuple[int, int]]) -> Quantity | None:
    """The quantity whose number starts at token ``i``, if one does."""
    currency = _currency_before(whole, i, floor)
    run = _number_run(whole, i, end, currency is not None)
    if run is None:
        return None
    first, j = run
    partitive = j < end and whole[j].lower_ == "of"  # 'one of the best speakers'
    ratio = _one_in(whole, i, j, end, first) if currency is None else None
    if ratio is not None:  # 'one in three adults', '1 out of 5'
        share, stop = ratio
        counted, head = _counted(whole, stop - 1, stop, end)
        return Quantity(i, stop, share * 100, None, None, units.FRACTION, _qualifier(whole, i, floor)[0],
                        counted, head, i)
    if whole[i].lower_ == "one" and j == i + 1 and whole[i].dep_ != "nummod" and not partitive:
        return None
    unit_after = _unit_after(whole, j, end)
    if unit_after is None and currency is None:
        unit_after = _unit_of(whole, j, end) if first < 1 else _unit_past_adjective(whole, j, end)
    if unit_after is None and currency is None and i - 2 >= floor and whole[i - 1].lower_ == "or" \
            and (before_or := units.lookup(whole[i - 2].text)) is not None:
        unit_after = before_or, j  # 'a day or two', 'a dollar or two'
    unit = currency[0] if currency else unit_after[0] if unit_after else None
    stop = unit_after[1] if unit_after and not (currency and unit_after[0].dimension != "money") else j
    if unit is not None and unit.written == "foot" and (inches := _inches_after(whole, stop, end)) is not None:
        first, stop = first + inches[0] / 12, inches[1]  # '6ft 2in', '5 feet 10 inches'
    aged = unit is None and _is_age(whole, i, j, floor)
    if aged and _range_after(whole, j, end, False, skipped) is None:
        qualifier = _qualifier(whole, i, floor)[0]
        return Quantity(i, j, first, None, None, units.AGE, qualifier, None, None, i)
    notation = any(t.text == "^" for t in whole[i:j])  # '6.022 × 10^23', whatever the entity tagger says
    if is_bare_year(whole, i, j, unit) or (unit is None and not notation and is_name(whole, i, j, floor)):
        return Quantity(i, j, None, None, None, YEARS_SPAN, "exact", None, None, i)
    start = currency[1] if currency else i
    sign = _negative(whole, i, floor)
    if sign is not None:
        first, start = -first, min(start, sign)
    qualifier, qstart = _qualifier(whole, start, floor)
    value: float | None = first
    low: float | None = None
    high: float | None = None
    before = whole[qstart - 1].lower_ if qstart - 1 >= floor else ""
    between = qstart == start and before in ("between", "from")
    second = _range_after(whole, stop, end, currency is not None, skipped)
    change = second is not None and (
        (unit is not None and (before == "by" or (
            second[1] is not None and qstart - 1 >= floor and whole[qstart - 1].lemma_ in CHANGE_VERBS)))
        or (before == "by" and second[0] > 10 * abs(first)))  # 'grew by 1.2 million to 67.3 million'
    if second is not None and (whole[stop].lower_ != "and" or between) and _joins(unit, second[1]) \
            and not change:  # 'increased by $43.6 billion to $419.2 billion', 'rose 4.5p to 212p': a change
        # and a level, each with its unit; 'dropped by 1 to 1.5 degrees' is one range
        value2, unit2, scale, stop = second
        if unit is None and between and all(v == int(v) and 1000 <= v <= 2100 for v in (first, value2)):
            return Quantity(i, stop, None, None, None, YEARS_SPAN, "exact", None, None, i)  # 'between 1600 and 1900'
        if unit is None and unit2 is None and first == value2 and whole[stop - 2].text in ("-", "–"):
            return Quantity(i, stop, None, None, None, YEARS_SPAN, "exact", None, None, i)  # a score, '89-89'
        unit = unit or unit2
        if j - i == 1 and scale and first <= value2 / scale:
            first *= scale
        value, low, high = None, first, value2
    if unit is not None and unit.dimension == "duration" and (old := _old(whole, stop, end)) is not None:
        unit, stop = units.of_age(unit), old  # 'a 10-year-old boy', 'she is 5 years old', '8- to 10-year-old'
    if aged and (unit is None or unit.dimension == "duration"):  # 'aged 5-7', 'aged 8 to 10 years'
        unit = units.AGE if unit is None else units.of_age(unit)
    if unit is None and stop + 3 < end and whole[stop].lower_ == "on" and whole[stop + 1].lower_ == "the" \
            and whole[stop + 3].lower_ == "scale":
        unit = units.lookup(whole[stop + 2].text)  # '50 and 70 on the GPa scale'
    if unit is None and currency is None and 0 < first <= MAGNITUDES and _magnitude_before(whole, i, floor):
        unit = units.lookup("magnitude")  # 'a magnitude 7.8 earthquake', 'magnitude-6.8', 'a magnitude of 6.2'
    unit = unit or units.COUNT
    rate = _rate(whole, unit, stop, end) if unit.dimension not in ("count", "share", "duration", "age") else None
    code = stop < end - 1 and units.currency_symbol(whole[stop].text.replace(".", "")) == unit
    if rate is None and code and unit.dimension == "money":
        rate = _rate(whole, unit, stop + 1, end)  # '$75 U.S. per barrel': the code again, then the rate
    if rate is not None:
        unit, stop = rate
    value, low, high = (None if v is None else v * unit.factor for v in (value, low, high))
    if qualifier == "at_least" and value is not None:
        low = value
    elif qualifier == "at_most" and value is not None:
        high = value
    counted, head = _counted(whole, i, stop, end) if unit is units.COUNT else (None, None)
    return Quantity(start, stop, value, low, high, unit, qualifier, counted, head, i)
