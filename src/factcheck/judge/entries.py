"""The claims of a comparison: each with its article, sentence, frame and story, and the repeats of
one figure inside an article gathered into a :class:`Figure`. Every later step reads these."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field, replace
from functools import cached_property

from factcheck.judge import frames
from factcheck.judge.frames import Frame
from factcheck.models import Claim, ClaimsFile, ReportClaim

SOURCE_RANK = {"sentence": 0, "paragraph": 1, "citation": 2, "published": 3}

Node = tuple[str, int]
"""A story node: an article (its id, -1), or one of its asides (its id, the aside's start)."""


@dataclass(frozen=True)
class Entry:
    """A claim in a comparison: where it is, its frame, and the story node it belongs to."""

    claim: Claim
    article: str
    sentence: int
    frame: Frame
    published: str
    title: str
    node: Node

    def report(self) -> ReportClaim:
        """The claim as a finding shows it, with its article (made only for claims in findings)."""
        return ReportClaim(article=self.article, **self.claim.model_dump())

    @property
    def dated(self) -> bool:
        """The as-of date was said (by the sentence, its paragraph or the cited source), not taken
        from the publication date."""
        return SOURCE_RANK.get(self.claim.as_of_source or "published", 9) < 3


def _digits(claim: Claim) -> int:
    """How many significant digits a claim's number writes ('2,200': 2; '8,841': 4)."""
    number = claim.value if claim.value is not None else claim.low if claim.low is not None else claim.high
    return len(f"{abs(number or 0):.0f}".rstrip("0"))


@dataclass
class Figure:
    """One figure of one article, stated once or repeated."""

    entries: list[Entry] = field(default_factory=list)

    @cached_property
    def main(self) -> Entry:
        """The statement that writes the figure itself, not a bound of it ('8,841', not 'more than
        8,800'), with the best sourced as-of date, else the most precise ('more than 2,200', not 'more
        than 2,000'); read once the figure is complete."""
        return min(self.entries, key=lambda e: (e.claim.qualifier in ("at_least", "at_most"),
                                                SOURCE_RANK.get(e.claim.as_of_source or "published", 9),
                                                -_digits(e.claim)))


def node_of(claims_file: ClaimsFile, claim: Claim) -> Node:
    """The story node of a claim: its aside when its paragraph is one, else its article."""
    aside = next((a for a in claims_file.asides if a.start <= claim.start < a.end), None)
    return claims_file.article.id, aside.start if aside is not None else -1


def vague(claim: Claim) -> bool:
    """'dozens', 'hundreds', 'thousands': an amount, not a figure anyone could check."""
    return claim.value is None and not any(ch.isdigit() for ch in claim.text)


def entries_of(files: Iterable[ClaimsFile], keys: set[str] | None = None,
               keep: Collection[str] = ()) -> list[Entry]:
    """Every claim of every file, with its sentence number and frame; with ``keys``, only the
    claims that have one of them (:func:`frames.draft_keys`), but all claims of the articles in ``keep``
    (a draft's claims against a large corpus)."""
    out: list[Entry] = []
    for claims_file in files:
        sentence, last = -1, None
        whole = keys is None or claims_file.article.id in keep
        series = months_told(claims_file) > 1
        for claim in sorted(claims_file.claims, key=lambda c: c.start):
            if claim.sentence != last:
                sentence, last = sentence + 1, claim.sentence
            if not whole and keys is not None and not frames.keys_of(claim) & keys:
                continue
            if vague(claim):
                continue
            published = claims_file.article.published
            out.append(Entry(claim, claims_file.article.id, sentence, frames.frame(claim, published, series), published,
                             claims_file.article.title, node_of(claims_file, claim)))
    return out


def months_told(claims_file: ClaimsFile) -> int:
    """How many months the article's figures are of ('in June', 'in the first 13 days of July')."""
    return len({c.period_start[:7] for c in claims_file.claims if c.period_start and len(c.period_start) >= 7})


def its_people(entries: Iterable[Entry]) -> dict[str, set[str]]:
    """The kind of person each article tells of as its people: that of its largest toll of an event
    when said with no place, owner or qualifier ('1,100 pilgrims killed', '301 miners died'), by article."""
    largest: dict[tuple[str, frozenset[str]], Entry] = {}
    for entry in entries:
        if entry.claim.dimension == "count" and entry.claim.value is not None and frames.of_people(entry.frame.events):
            top = largest.get((entry.article, entry.frame.events))
            if top is None or float(entry.claim.value) > float(top.claim.value or 0):
                largest[entry.article, entry.frame.events] = entry
    kinds: dict[str, set[str]] = defaultdict(set)
    for (article, _), e in largest.items():
        if frames.a_kind_of_person(e.frame) and e.frame.place is None and e.frame.owner is None \
                and not e.frame.modifiers and (e.claim.measured or "").islower():  # not 'Five Filipinos'
            kinds[article].add(str(e.frame.thing))
    return kinds


def as_people(entries: list[Entry], own: dict[str, set[str]], told: dict[str, set[str]]) -> list[Entry]:
    """Figures of an article's ``own`` kinds of person (:func:`its_people`), and of the kinds its
    story ``told`` of when said of a place or owner (both by article), counted as people: where a
    story's toll is of pilgrims, one country's '146 pilgrims' is its count of people, not a part of
    them. An article's '645 children' in its toll of 1,000 people stays a part, and 'four Turkish
    pilgrims' Turkish."""
    def people(e: Entry) -> bool:
        thing = e.frame.thing
        named = bool(e.frame.owner or e.frame.place)
        kind = thing in own.get(e.article, ()) or (named and thing in told.get(e.article, ()))
        return kind and not e.frame.modifiers and frames.of_people(e.frame.events)

    return [replace(e, frame=replace(e.frame, thing=frames.PERSON)) if people(e) else e for e in entries]


def parts_of_breakdowns(entries: Iterable[Entry]) -> set[str]:
    """The claims that are parts of a breakdown: a sentence that gives several figures of one kind
    (one event, one thing, one unit) lists parts ('792 in Sindh, 336 in Balochistan'); where one of
    them is at least the sum of the others it is their total ('1,314 dead, 792 of them in Sindh')
    and stays the sentence's figure. A part may agree with another article's figure, never contradict
    or outdate one: it is a detail of the story, not its figure."""
    groups: dict[tuple[object, ...], list[Entry]] = defaultdict(list)
    for entry in entries:
        if entry.claim.value is not None and entry.frame.events:
            groups[entry.article, entry.sentence, entry.frame.events, entry.frame.thing,
                   entry.claim.unit].append(entry)
    parts: set[str] = set()
    for members in groups.values():
        if len({m.claim.value for m in members}) < 2:
            continue
        total = max(members, key=lambda m: float(m.claim.value or 0))
        rest = sum(float(m.claim.value or 0) for m in members if m is not total)
        parts.update(m.claim.id for m in members if m is not total or float(total.claim.value or 0) < rest)
    return parts
