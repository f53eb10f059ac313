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


def _normal(word: str) -> str | None:
    """A word as a term: lower case, without a possessive; a common noun singular; None for a stop
    word, a word of one or two letters, or a number."""
    word = re.sub(r"['’]s?$", "", word)
    lower = word.casefold()
    if len(lower) < 3 or lower in STOP_WORDS or not any(c.isalpha() for c in lower):
        return None
    return singular(lower) if word[0].islower() else lower


def counts(text: str) -> Counter[str]:
    """The distinctive words of ``text`` (rarity above 0), with how often each occurs; a unit's
    name ('hectares', 'drams') says what is measured, not which story, and is left out."""
    found: Counter[str] = Counter()
    for match in WORD.finditer(text):
        term = _normal(match[0])
        if term is not None and rarity(term) > 0 and not _unit(match[0]):
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


def article_terms(title: str, body: str) -> Terms:
    """An article's story terms: its title counts twice, as a headline names the story."""
    return story_terms(title, [(0, len(body), body)])[0]


def story_terms(title: str, paragraphs: Iterable[tuple[int, int, str]]) -> tuple[Terms, list[tuple[int, int, Terms]]]:
    """An article's story terms (see :func:`article_terms`) and its asides (see :func:`asides`),
    from its paragraphs (start, end, text), each read once."""
    listed = [(start, end, counts(text)) for start, end, text in paragraphs]
    titled = counts(title)
    found: Counter[str] = Counter()
    for _, _, words in listed:
        found.update(words)
    found.update({term: 2 * n for term, n in titled.items()})
    return weigh(found, TOP), _asides(titled, listed)


def asides(title: str, paragraphs: Iterable[tuple[int, int, str]]) -> list[tuple[int, int, Terms]]:
    """The paragraphs (start, end, text) of a collection of stories (a digest, a round-up), each
    with its own terms: an article is one when most of its paragraphs are asides, with
    ``ASIDE_WORDS`` or more distinctive words of their own and none that the rest of the article
    or its title uses. In an article that tells one story, a paragraph that happens to share no
    word with the others still belongs to it."""
    return _asides(counts(title), [(start, end, counts(text)) for start, end, text in paragraphs])


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
