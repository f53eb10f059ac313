"""Rules that are data: the JSON files under ``factcheck/data``, loaded once and read-only.

A duplicate key in a data file is an error, not a silent overwrite.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection
from functools import cache, lru_cache
from importlib import resources
from typing import Any


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    seen: dict[str, Any] = {}
    for key, value in pairs:
        if key in seen:
            raise ValueError(f"duplicate key {key!r} in a factcheck data file")
        seen[key] = value
    return seen


@cache
def load(name: str) -> dict[str, Any]:
    """The data file ``factcheck/data/<name>.json`` (cached: the files never change at run time)."""
    text = resources.files("factcheck.data").joinpath(f"{name}.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text, object_pairs_hook=_no_duplicates)
    return data


@cache
def words(name: str, key: str) -> frozenset[str]:
    """A list in a data file, as a set of lowercase strings."""
    return frozenset(str(item).casefold() for item in load(name)[key])


@cache
def quiet_verbs() -> frozenset[str]:
    """Verbs that say nothing of what a figure measures: 'light' ones ('be', 'reach', 'rise') and
    'reporting' ones ('say', 'believe', 'estimate')."""
    return words("frames", "light") | words("frames", "reporting")


@cache
def directions() -> dict[str, str]:
    """Each word of frames.json's directions with the way it says ('grow' -> 'up', 'contraction' -> 'down')."""
    return {word: way for way, named in load("frames")["directions"].items() for word in named}


# plurals spelling cannot undo; 'children', 'women', 'men' are left as written: a count of them is
# a kind of people, not people (frames.kind_of_people)
IRREGULAR = {"lives": "life", "wives": "wife", "knives": "knife", "halves": "half", "leaves": "leaf",
             "thieves": "thief", "wolves": "wolf", "shelves": "shelf", "calves": "calf", "feet": "foot",
             "teeth": "tooth", "mice": "mouse", "geese": "goose"}


def singular(word: str) -> str:
    """A plural noun's singular, by spelling ('casualties' -> 'casualty', 'mines' -> 'mine'), or
    irregular ('lives' -> 'life', 'women' -> 'woman')."""
    if word in IRREGULAR:
        return IRREGULAR[word]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


@cache
def events() -> dict[str, frozenset[str]]:
    """Every word and set phrase of the event lexicon (``data/frames.json``), with the event
    classes it names."""
    data = load("frames")
    found = {word: frozenset({name}) for name, entry in data["classes"].items() for word in entry["words"]}
    found.update({word: frozenset(classes) for word, classes in data["several"].items()})
    for word in list(found):  # 'earnings' is listed as written; the words compared are singular ('earning')
        found.setdefault(singular(word), found[word])
    return found


def classes_of(word: str) -> frozenset[str]:
    """The event classes ``word`` names: as listed (a lemma or a set phrase), as the singular of a
    listed noun, or as the regular past participle of a listed verb ('killed', 'died', 'buried')."""
    word = word.casefold()
    return next((events()[form] for form in (word, singular(word), *participle_stems(word)) if form in events()),
                frozenset())


def is_event_word(word: str) -> bool:
    """The event lexicon lists ``word`` as naming an event (see :func:`classes_of`)."""
    return bool(classes_of(word))


def participle_stems(word: str) -> tuple[str, ...]:
    """The verbs a regular participle may come from: 'killed' -> kill, 'died' -> die, 'buried' -> bury,
    'fleeing' -> flee, 'arriving' -> arrive."""
    if word.endswith("ing") and len(word) >= 6:
        return word[:-3], word[:-3] + "e"
    if not word.endswith("ed") or len(word) < 4:
        return ()
    if len(word) == 4:  # 'died', 'tied': a short stem keeps its 'e'
        return (word[:-1],)
    return word[:-2], word[:-1], word[:-3] + "y"


@cache
def class_values(key: str) -> dict[str, Any]:
    """Each event class that sets ``key`` ('tally', 'owned', 'kind', 'counted'), with its value."""
    return {name: entry[key] for name, entry in load("frames")["classes"].items() if key in entry}


COUNTED_PEOPLE = frozenset({"casualties", "displacement", "epidemic"})  # kinds whose events are counts of people


def of_kinds(word: str, kinds: Collection[str]) -> bool:
    """``word`` names events, every one of them of one of these kinds of quantity ('give': money;
    'floods': area)."""
    named = classes_of(word)
    return bool(named) and all(class_values("kind").get(name) in kinds for name in named)


def counts_people(word: str) -> bool:
    """``word`` names an event whose figures count people: 'deaths', 'injuries', 'cases', 'evacuees'."""
    return of_kinds(word, COUNTED_PEOPLE)


def names_owned(*texts: str | None, kind: str | None = None) -> bool:
    """Any of ``texts``, or any word of it, names an event whose figures are always somebody's (seats
    won, votes, revenue, profit, jobs cut: 'lose job'), of the given kind of quantity when one is given
    ('money')."""
    return any(class_values("owned").get(name) and kind in (None, class_values("kind").get(name))
               for text in texts if text for word in (text, *text.split()) for name in classes_of(word))


def words_in(text: str | None) -> set[str]:
    """The words of ``text``, lower case and singular ('the number of deaths' -> the, number, of, death)."""
    return {singular(w) for w in re.findall(r"[^\W\d_]+", (text or "").casefold())}


def names_tally(text: str | None) -> bool:
    """``text`` names a tally ('the overall tally', 'the death toll', 'the number of missing')."""
    return bool(words_in(text) & words("frames", "tallies"))


def verbs_in(predicate: str | None) -> list[str]:
    """The verbs of a predicate: 'kill or injure' -> kill, injure."""
    return [v for v in re.split(r"\s+(?:and|or|,)\s+", predicate or "") if v]


# a listing as news writes it beside a company's name: 'AMZN.O' (Reuters), 'NASDAQ:AMZN', '005930.KS'
LISTING = re.compile(r"\b[A-Z0-9][A-Za-z0-9]{1,5}\.[A-Z]{1,2}\b|\b[A-Z]{2,8}\s*:\s*[A-Z0-9.]{1,8}\b")


ALLIES = " and allies"  # an owner counted with its allies: a coalition, not the party alone


def owner_key(name: str | None) -> str | None:
    """A named owner folded for comparison, without its listing, legal form or web domain:
    'Nvidia's' -> 'nvidia', 'The Dow' -> 'dow', 'Amazon.com Inc AMZN.O' -> 'amazon'."""
    if not name:
        return None
    return _owner_key(name)


@lru_cache(maxsize=65536)
def _owner_key(name: str) -> str | None:
    folded = re.sub(r"['’]s\b", "", LISTING.sub(" ", name).casefold())
    names = [re.sub(r"\.com$", "", w) for w in re.findall(r"[^\W_][\w&.-]*", folded) if w != "the"]
    forms = words("frames", "legal_forms")
    while len(names) > 1 and names[-1].rstrip(".") in forms:
        names.pop()
    return " ".join(names) or None
