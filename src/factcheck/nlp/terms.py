"""The words that tell one story from another: an article's distinctive terms, with weights.

Two articles tell the same story when they share its names and key terms (places, people,
organisations, the event's own words), not when they share the words all news uses ("percent",
"people", "said"). A term's weight is its rarity in English at large: ``5 - zipf``, where zipf is
its frequency on the Zipf scale from ``wordfreq`` (frequency lists built from many sources of
English; 'the' is about 7.7, 'earthquake' 4.2, 'landmine' 2.5, a village's name 0), so a word
at zipf 5 or above ("people", "percent") carries nothing. The rarity is fixed data, not learned
from the corpus, so an article's terms can be worked out once, when it is extracted, and never
change as the corpus grows.

In a collection of stories (a news digest, a round-up), most paragraphs share no distinctive word
with the rest of their article: each is an *aside*, whose figures belong to its own story, and
keeps its own terms (:func:`asides`).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS
from wordfreq import zipf_frequency

from factcheck import units
from factcheck.lexicon import singular

COMMON = 5.0  # a word this frequent (Zipf scale) or more tells no story from another
TOP = 60  # terms kept per article: its story's vocabulary, not every word it uses
ASIDE_TOP = 20  # terms kept per aside paragraph
ASIDE_WORDS = 2  # an aside has at least this many distinctive words, none shared with its article
Terms = tuple[tuple[str, float], ...]
WORD = re.compile(r"[^\W\d_](?:[\w'’.-]*[^\W_])?")


@lru_cache(maxsize=262144)
def rarity(term: str) -> float:
    """How much sharing ``term`` says: 0 for common words, up to 5 for words English hardly uses."""
    return max(0.0, COMMON - zipf_frequency(term, "en"))


def _normal(word: str, name: bool = False) -> str | None:
    """A word as a term: lower case, without a possessive; a common noun singular; a name with its
    first letter upper case ('Nvidia', 'NVIDIA' -> 'Nvidia'); None for a stop word, a word of one
    or two letters, a number, or the name of a day or month (a date tells no story from another)."""
    lower = plain(word)
    if len(lower) < 3 or lower in STOP_WORDS or not any(c.isalpha() for c in lower) or lower in CALENDAR:
        return None
    if name:
        return lower[0].upper() + lower[1:]
    return singular(lower) if word[0].islower() else lower


CALENDAR = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                      "february", "march", "april", "june", "july", "august", "september", "october", "november",
                      "december"})


OPENS = re.compile(r"(?:^|[.!?:;\n\"“‘(\[—–-])\W*$")  # what may come before the capital that opens a sentence


def without_possessive(word: str) -> str:
    """A word without its possessive ending: "Nvidia's" -> 'Nvidia', "workers'" -> 'workers'."""
    return re.sub(r"['’]s?$", "", word)


def plain(word: str) -> str:
    """A word lower case, without a possessive: "Nvidia's" -> 'nvidia'."""
    return without_possessive(word).casefold()


def proper_nouns(text: str) -> frozenset[str]:
    """The words ``text`` writes as names, lower case: with a capital inside a sentence ('Nvidia',
    'Karabakh'), or only ever with one, opening sentences ('Ecuador's toll rose'); not a word it
    also writes in lower case ('Revenue rose ... the revenue')."""
    inside, opening, lower = set(), set(), set()
    for match in WORD.finditer(text):
        word, key = match[0], plain(match[0])
        if not word[0].isupper():
            lower.add(key)
        elif OPENS.search(text[max(0, match.start() - 3):match.start()]):
            opening.add(key)
        else:
            inside.add(key)
    return frozenset(inside | (opening - lower))


def is_name(term: str) -> bool:
    """The term is a name (a place, person, organisation or event), not a common word."""
    return term[:1].isupper()


HEADLINE_NAME = 2.0  # a capitalised headline word this rare (zipf 3 or less) is a name, whatever the body says


def counts(text: str, names: frozenset[str] = frozenset(), headline: bool = False) -> Counter[str]:
    """The distinctive words of ``text`` (rarity above 0), with how often each occurs; a unit's
    name ('hectares', 'drams') says what is measured, not which story, and is left out. A word
    written with a capital that ``names`` lists (the article's proper nouns, lower case) is a name
    ('Nvidia', 'Karabakh'), wherever it stands; 'Revenue' opening a sentence is not. In a
    ``headline``, where every word may have a capital, so is one that English hardly uses."""
    found: Counter[str] = Counter()
    for match in WORD.finditer(text):
        word = match[0]
        key = plain(word)
        name = word[0].isupper() and (key in names or (headline and rarity(key) >= HEADLINE_NAME))
        term = _normal(word, name)
        if term is not None and rarity(term) > 0 and not _unit(word):
            found[term] += 1
    return found


@lru_cache(maxsize=65536)
def _unit(word: str) -> bool:
    return units.lookup(word) is not None


def weigh(found: Counter[str], top: int) -> Terms:
    """The ``top`` terms by rarity and repetition (1 + ln count), each with its rarity, rounded
    so that the claims file is byte-stable; ties broken by the term."""
    ranked = sorted(found.items(), key=lambda item: (-rarity(item[0]) * (1 + math.log(item[1])), item[0]))
    return tuple((term, round(rarity(term), 2)) for term, _ in ranked[:top])


def article_terms(title: str, body: str, names: frozenset[str] = frozenset()) -> Terms:
    """An article's story terms: its title counts twice, as a headline names the story; ``names``
    are its proper nouns (see :func:`counts`)."""
    return story_terms(title, [(0, len(body), body)], names)[0]


def story_terms(title: str, paragraphs: Iterable[tuple[int, int, str]], names: frozenset[str] = frozenset()
                ) -> tuple[Terms, list[tuple[int, int, Terms]]]:
    """An article's story terms (see :func:`article_terms`) and its asides (see :func:`asides`),
    from its paragraphs (start, end, text), each read once."""
    listed = [(start, end, counts(text, names)) for start, end, text in paragraphs]
    found: Counter[str] = Counter()
    for _, _, words in listed:
        found.update(words)
    titled = counts(title, names, headline=True)
    found.update({term: 2 * n for term, n in titled.items()})
    return weigh(found, TOP), _asides(titled, listed)


def asides(title: str, paragraphs: Iterable[tuple[int, int, str]], names: frozenset[str] = frozenset()
           ) -> list[tuple[int, int, Terms]]:
    """The paragraphs (start, end, text) of a collection of stories (a digest, a round-up), each
    with its own terms: an article is one when most of its paragraphs are asides, with
    ``ASIDE_WORDS`` or more distinctive words of their own and none that the rest of the article
    or its title uses. In an article that tells one story, a paragraph that happens to share no
    word with the others still belongs to it."""
    listed = [(start, end, counts(text, names)) for start, end, text in paragraphs]
    return _asides(counts(title, names, headline=True), listed)


def _asides(titled: Counter[str], listed: list[tuple[int, int, Counter[str]]]) -> list[tuple[int, int, Terms]]:
    worded = [item for item in listed if item[2]]
    if len(worded) < 2:
        return []
    everywhere = Counter(titled)
    for _, _, found in worded:
        everywhere.update(found.keys())
    out = [(start, end, weigh(found, ASIDE_TOP)) for start, end, found in worded
           if len(found) >= ASIDE_WORDS and not any(everywhere[t] > 1 for t in found)]
    return out if len(out) * 2 > len(worded) else []
