"""Checks that need no second figure: totals and their parts, units that cannot measure their
thing, and acronyms expanded in more than one way.

Totals: a figure whose verb names several events ('killed or injured') is the total of nearby
figures of the same thing that name one each ('killed', 'injured'); a figure whose verb is an
umbrella ('affected') is the total of parts listed after it in its sentence, when they add up.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence

from rapidfuzz import fuzz

from factcheck import lexicon
from factcheck.judge import frames
from factcheck.judge.entries import Entry
from factcheck.judge.stories import Stories
from factcheck.judge.values import allowed, each
from factcheck.judge.wording import quantity_words, value_words
from factcheck.models import ClaimsFile, Expansion, Finding

BEFORE, AFTER = 2, 1  # how many sentences before and after a total its parts may be
SAME_SPELLING = 90  # rapidfuzz ratio above which two folded expansions are one name spelt two ways


def _parts_for(total: Entry, entries: Sequence[Entry]) -> list[Entry] | None:
    """One part per event of a total that names several ('killed or injured'), nearest first, as of the
    same day (not a list published on Friday against the toll of Saturday)."""
    parts: list[Entry] = []
    for event in sorted(total.frame.events):
        near = [e for e in entries if e is not total and e.frame.events == {event} and e.claim.value is not None
                and e.claim.unit == total.claim.unit and -BEFORE <= e.sentence - total.sentence <= AFTER
                and frames.things_compatible(e.frame, total.frame) and frames.periods_compatible(e.frame, total.frame)
                and frames.same_date(e.claim.as_of, total.claim.as_of)]
        if not near:
            return None
        parts.append(min(near, key=lambda e: (abs(e.sentence - total.sentence),
                                              abs(e.claim.start - total.claim.start))))
    return parts


def _listed_parts(total: Entry, entries: Sequence[Entry]) -> list[Entry] | None:
    """Parts listed after an umbrella total in its sentence, each naming one different event."""
    parts = [e for e in entries if e.sentence == total.sentence and e.claim.start > total.claim.start
             and e.claim.value is not None and e.claim.unit == total.claim.unit and len(e.frame.events) == 1
             and not e.frame.umbrella and frames.things_compatible(e.frame, total.frame)]
    events = [next(iter(e.frame.events)) for e in parts]
    return parts if len(parts) >= 2 and len(set(events)) == len(events) else None


BREAKDOWN = re.compile(r"^\W{0,3}(?:\w+[^\w;]+){0,8}?(?:consisting of|comprising|made up of|broken down into|"
                       r"divided into|split into|of which)\b", re.IGNORECASE)


def _broken_down(total: Entry, entries: Sequence[Entry]) -> list[Entry] | None:
    """Parts a sentence says make up its total, after 'consisting of', 'made up of' or 'of which'
    right behind it ('110 sq km a year, consisting of 62 sq km with cluster bombs and 42 sq km with
    unexploded ordnance'): every one of them, in the same unit; 'including' names only some."""
    sentence, text = total.claim.sentence, total.claim.text
    at = sentence.find(text)
    marker = BREAKDOWN.search(sentence[at + len(text):]) if at >= 0 else None
    if marker is None:
        return None
    after = at + len(text) + marker.end()
    parts = [e for e in entries if e.sentence == total.sentence and e is not total and e.claim.value is not None
             and e.claim.unit == total.claim.unit and sentence.find(e.claim.text, after) >= after]
    return parts if len(parts) >= 2 else None


def _adds_up(total: Entry, parts: Sequence[Entry]) -> tuple[bool, float]:
    low, high = allowed(total.claim)
    spans = [allowed(p.claim) for p in parts]
    return sum(s[0] for s in spans) <= high and sum(s[1] for s in spans) >= low, sum(float(p.claim.value or 0)
                                                                                     for p in parts)


def check_totals(entries: Sequence[Entry]) -> tuple[list[Finding], dict[str, frozenset[str]]]:
    """Findings on totals and their parts, and what each umbrella total was learned to total."""
    findings: list[Finding] = []
    learned: dict[str, frozenset[str]] = {}
    by_article: dict[str, list[Entry]] = {}
    for entry in entries:
        by_article.setdefault(entry.article, []).append(entry)
    for group in by_article.values():
        for total in group:
            if total.claim.value is None:
                continue
            umbrella = total.frame.umbrella
            if umbrella:
                parts = _listed_parts(total, group)
            elif len(total.frame.events) >= 2:
                parts = _parts_for(total, group)
            else:
                parts = _broken_down(total, group)
            if not parts or any(each(p.claim) for p in parts):
                continue  # '£500 cash payments and £5,000': what each gets, not parts of the £1m
            ok, computed = _adds_up(total, parts)
            sum_words = " + ".join(quantity_words(p) for p in parts)
            claims = (*(p.report() for p in parts), total.report())
            if ok:
                if umbrella:
                    learned[total.claim.id] = frozenset().union(*(p.frame.events for p in parts))
                findings.append(Finding(
                    kind="agreement", severity="info",
                    summary=f"Adds up: {sum_words} = {quantity_words(total)}",
                    explanation=f"The parts given in “{total.title}” add up to the total it states.",
                    claims=claims))
            elif not umbrella:
                findings.append(Finding(
                    kind="internal_arithmetic", severity="warning",
                    summary=f"Does not add up: {sum_words} = {value_words(computed)}, but the total given is "
                            f"{quantity_words(total)}",
                    explanation=f"“{total.title}” gives the parts and the total of the same count for the same "
                                "time, and the parts do not add up to the total.",
                    claims=claims))
    return findings, learned


def unit_anomalies(entries: Iterable[Entry]) -> list[Finding]:
    """A length measuring a territory, an area measuring a road."""
    wrong = {"length": ("area_nouns", "an area", "a length"), "area": ("length_nouns", "a length", "an area")}
    findings: list[Finding] = []
    for entry in entries:
        rule = wrong.get(entry.claim.dimension)
        words = frames.content_words(entry.claim.measured)
        if rule is None or not words or words[-1] not in lexicon.words("frames", rule[0]):
            continue
        findings.append(Finding(
            kind="unit_anomaly", severity="warning",
            summary=f"Unit cannot measure its thing: {quantity_words(entry)} of {entry.claim.measured}",
            explanation=f"'{entry.claim.measured}' is {rule[1]}, but {entry.claim.unit} measures {rule[2]}; "
                        f"the figure probably lost a 'square' or has the wrong unit.",
            claims=(entry.report(),)))
    return findings


def expansion_key(text: str) -> str:
    """An expansion with its spelling variants folded: case, 'the', possessives, punctuation."""
    text = re.sub(r"['’]s\b", "", text.casefold())
    words = [w for w in re.findall(r"[^\W_]+", text) if w != "the"]
    return " ".join(lexicon.singular(w) for w in words)


def _variants(keys: Iterable[str]) -> list[list[str]]:
    """Folded expansions grouped into spellings of one name ('Organization'/'Organisation'):
    character similarity of the whole, not shared words, so a reordered name stays apart."""
    groups: list[list[str]] = []
    for key in sorted(set(keys)):
        home = next((g for g in groups if any(fuzz.ratio(key, k) >= SAME_SPELLING for k in g)), None)
        if home is None:
            groups.append([key])
        else:
            home.append(key)
    return groups


def acronym_conflicts(files: Iterable[ClaimsFile], stories: Stories,
                      only: Collection[str] | None = None) -> list[Finding]:
    """Acronyms expanded in more than one way inside one story (one article, or articles that tell
    the same story: 'ICC' may be a court in one story and a cricket council in another); with
    ``only``, just those short forms."""
    seen: dict[str, list[Expansion]] = {}
    titles: dict[str, str] = {}
    for claims_file in files:
        titles[claims_file.article.id] = claims_file.article.title
        for acronym in claims_file.acronyms:
            if only is not None and acronym.short not in only:
                continue
            seen.setdefault(acronym.short, []).append(Expansion(
                article=claims_file.article.id, expansion=acronym.long, sentence=acronym.sentence,
                start=acronym.start, end=acronym.end))
    findings: list[Finding] = []
    for short, expansions in sorted(seen.items()):
        for told in _one_story(expansions, stories):
            names = _variants(expansion_key(e.expansion) for e in told)
            if len(names) < 2:
                continue
            listed = "; ".join(f"“{e.expansion}” ({titles[e.article]})" for e in told)
            findings.append(Finding(
                kind="acronym_conflict", severity="warning",
                summary=f"{short} is expanded {len(names)} ways: {listed}",
                explanation=f"One acronym should stand for one name; check which expansion of {short} is right.",
                acronym=short, expansions=tuple(told)))
    return findings


def _one_story(expansions: list[Expansion], stories: Stories) -> list[list[Expansion]]:
    """The expansions grouped by story: those of one article, or of articles that tell one story,
    together (linked through any member)."""
    groups: list[list[Expansion]] = []
    for expansion in expansions:
        linked = [g for g in groups if any(stories.same((e.article, -1), (expansion.article, -1)) for e in g)]
        merged = [e for g in linked for e in g] + [expansion]
        groups = [g for g in groups if g not in linked] + [merged]
    return [sorted(g, key=lambda e: expansions.index(e)) for g in groups]
