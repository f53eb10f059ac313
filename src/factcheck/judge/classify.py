"""What a pair of figures is: agreement, stale, conflict or scope mismatch, before it is put in words.

A same-quantity pair whose values agree within rounding and qualifiers is an agreement. One whose
values differ is outdated when time explains it and a conflict otherwise:
- a tally of one event (deaths, injured, homes destroyed, area burned; :func:`frames.tally`), or a
  figure counted since a date, is a running total: a later larger figure outdates an earlier one,
  and a later smaller one contradicts it, unless the later article itself revises the earlier
  figure ('down from their previous toll of 115'), counts since a date the earlier does not name
  (it may count less) or it is more than a year later (another event's);
  an event's own toll (said of no period) is one event's only within half a year;
- a count that rises and falls by nature (missing, people in shelters) is outdated by any later one;
- a reading of its moment (a temperature) is another quantity on another day: never stale, and
  compared only when both say their day;
- what an event was once and for all (a quake's magnitude) is one figure whenever it is said: two
  that differ conflict;
- any other figure is outdated only when an as-of date was said (a dated figure since overtaken),
  when both are of a period that had ended (a quarter's growth, revised in a later estimate), or when
  they were reported more than a month apart (a deal's price, since cut).
Figures of the same day (or month, where a date has no day) that differ are a conflict. An
article is not set against itself: its own figures are repeats, parts of a total, or revisions.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from factcheck import lexicon
from factcheck.dates import days_after
from factcheck.judge import frames
from factcheck.judge.entries import Entry, Figure
from factcheck.judge.identity import Relation
from factcheck.judge.values import agree, central
from factcheck.models import Claim

SMALL_COUNT = 10
SMALL_AGREEMENT = 50  # counts this small that agree at different dates are not taken as one figure,
SMALL_AGREEMENT_DAYS = 7  # unless said within this many days of each other (36 missing on Sunday and on Friday)
SAME_FIGURE = 0.01  # two values this close (relative) are one figure, though said of two scopes
SPREAD = 3.0  # values further apart than this factor are two quantities, not two reports of one
FELL_TOO_FAR = 0.5  # an unexplained fall to below this share of a running total is not read as a revision

Kind = Literal["agreement", "scope_mismatch", "outdated", "revised", "fell", "conflict"]


@dataclass(frozen=True)
class Verdict:
    """What a pair of figures is: 'agreement', 'scope_mismatch', 'outdated' (``first`` is the stale
    one), 'revised' (outdated: the later article revises the earlier figure, ``revision`` says
    where), 'fell' (a running total that fell: a conflict) or 'conflict'."""

    kind: Kind
    first: int
    second: int
    revision: Entry | None = None
    also: tuple[int, ...] = ()  # other figures as new as ``second`` that agree with it
    path: tuple[int, ...] = ()  # figures of the days between ``first`` and ``second`` that overtook ``first``


def _same_time(a: str | None, b: str | None) -> bool:
    """The two as-of dates are one day, or one month where either gives no day."""
    return frames.same_date(a, b)


def _over(claim: Claim) -> bool:
    """The figure is of a period that had ended when it was reported (a quarter's growth): a later
    report of the same period is a revised estimate, not a contradiction."""
    end = claim.period_end
    return bool(end and claim.as_of and end < claim.as_of[:len(end)])


MOVING = ("grows", "varies")  # tallies whose figure moves from day to day

EVENT_TALLY_DAYS = 182  # days over which a toll said of no period may be one event's, still being counted
SINCE_CHANGED = 30  # days: two undated figures of a price or a count reported this far apart may both have been true


def _unlisted(events: frozenset[str]) -> bool:
    """None of the events is a class of the lexicon: how their figures move over time is unknown."""
    classes = lexicon.load("frames")["classes"]
    return bool(events) and not any(e in classes for e in events)


def _months_apart(older: Entry, newer: Entry) -> bool:
    """The two figures were reported more than SINCE_CHANGED days apart: the later may be the figure
    since changed (a deal's price cut), not a contradiction of the earlier."""
    return bool(older.claim.as_of and newer.claim.as_of) \
        and days_after(older.claim.as_of or "", newer.claim.as_of) > SINCE_CHANGED


def _seasons_apart(older: Entry, newer: Entry) -> bool:
    """Two figures of a moving tally, of no period, reported more than EVENT_TALLY_DAYS apart, or a
    count that rises and falls by nature (refugees in camps) more than EVENT_DAYS apart; a programme's
    running totals, counted for years, aside."""
    rises_and_falls = older.frame.tally == "varies" and older.claim.dimension == "count"
    longest = frames.EVENT_DAYS if rises_and_falls else EVENT_TALLY_DAYS
    return bool(older.claim.as_of and newer.claim.as_of) \
        and older.frame.period == newer.frame.period == frames.NO_PERIOD \
        and not frames.over_years(older.frame.events) \
        and days_after(older.claim.as_of or "", newer.claim.as_of or "") > longest


def judge(i: int, j: int, figures: Sequence[Figure], relation: Callable[[Entry, Entry], Relation | None],
          revisions: dict[str, list[Entry]]) -> Verdict | None:
    """The verdict on figures ``i`` and ``j``, or None when they are not the same quantity."""
    ea, eb = figures[i].main, figures[j].main
    if ea.article == eb.article:
        return None
    kind = relation(ea, eb)
    if kind is None:
        return None
    if ea.frame.tally == "reading" and not (ea.dated and eb.dated and _same_time(ea.claim.as_of, eb.claim.as_of)):
        return None  # 42 degrees on Sunday and 44.5 on Tuesday are two days' temperatures, neither stale
    if ea.frame.tally == frames.OCCASION and not _same_time(ea.claim.as_of, eb.claim.as_of):
        return None  # a million marchers one Thursday and 900,000 another: two days' protests
    old, new = (i, j) if (ea.claim.as_of or "") < (eb.claim.as_of or "") else (j, i)
    older, newer = figures[old].main, figures[new].main
    if ea.frame.tally in MOVING and _seasons_apart(older, newer):
        return None  # an event's own toll moves for weeks; one counted seasons later is another event's,
        # the same number too (a cyclone's toll and the next one's in the same countries)
    grew = bool(older.claim.as_of and newer.claim.as_of) and central(newer.claim) > central(older.claim)
    same_values = agree(ea.claim, eb.claim)
    if same_values and ea.frame.tally in MOVING and not _same_time(ea.claim.as_of, eb.claim.as_of) \
            and ((grew and not agree(ea.claim, eb.claim, reach=False))
                 or (ea.frame.tally == "varies" and not agree(ea.claim, eb.claim, rounded=False))):
        # 'more than 1,400' injured one day, 'more than 1,800' the next: the tally grew; 'about 300' missing
        # one day, 259 four days on: the count moved, though 259 rounds to 300
        same_values = False
    if kind == "scope":  # a small count is equal by chance too often to say it was misplaced
        informative = ea.claim.dimension != "count" or abs(central(ea.claim)) >= SMALL_COUNT
        # the same figure: one number, not two hedged ones that overlap ('around 10,000', 'about 11,000')
        one = math.isclose(central(ea.claim), central(eb.claim), rel_tol=SAME_FIGURE)
        return Verdict("scope_mismatch", i, j) if same_values and one and informative else None
    if same_values:
        # a party's or a company's own figure is not equal by chance ('Congress won 44 seats')
        small = ea.claim.dimension == "count" and abs(central(ea.claim)) < SMALL_AGREEMENT \
            and not (frames.owned(ea.frame.events & eb.frame.events) and ea.frame.owner and eb.frame.owner)
        if small and ea.claim.as_of and eb.claim.as_of and not _same_time(ea.claim.as_of, eb.claim.as_of) \
                and not 0 <= days_after(older.claim.as_of or "", newer.claim.as_of) <= SMALL_AGREEMENT_DAYS:
            return None  # 10 cases in one state in February and 10 in another in March agree by chance
            # (a draft's undated figure restates a source's, whenever that source dates it)
        return Verdict("agreement", i, j)
    if kind == "same" and ea.frame.leading != eb.frame.leading and ea.frame.owner and eb.frame.owner:
        # a party's lead while the votes were counted ('ahead in 249 seats') is overtaken by its result
        return Verdict("outdated", i, j) if ea.frame.leading else Verdict("outdated", j, i)
    if kind == "place":
        return None  # a toll in one place and in another (or in a part of it) may both be right
    low, high = sorted(abs(central(e.claim)) for e in (ea, eb))
    apart = high > SPREAD * low  # 1,000 deaths and a city of 18 million: two quantities the frames did not tell apart
    if _same_time(ea.claim.as_of, eb.claim.as_of) or ea.frame.tally == "fixed":  # a quake's magnitude: ever one
        if ea.frame.tally not in (None, "fixed") and len(ea.claim.as_of or "") != len(eb.claim.as_of or ""):
            return None  # a toll of 'October' and one of October 15: a tally that moves daily, not one day's two
        return None if apart else Verdict("conflict", i, j)
    moves = ea.frame.tally or ("grows" if all(e.claim.period_start and not e.claim.period_end for e in (ea, eb))
                               else None)
    if moves is None:
        if ea.dated or eb.dated or (_over(ea.claim) and _over(eb.claim)) or _months_apart(older, newer):
            return Verdict("outdated", old, new)
        if _unlisted(ea.frame.events | eb.frame.events):
            return None  # '24 bodies identified' one day, '25 people identified' the next: a count of an event
            # the lexicon does not know may have moved in between
        return None if apart else Verdict("conflict", i, j)
    if moves == "varies" or central(newer.claim) > central(older.claim):
        return Verdict("outdated", old, new)
    if older.claim.as_of is None:
        return Verdict("conflict", i, j)  # a draft's undated figure above a source's: not a total that fell
    revision = next((r for r in revisions.get(newer.article, ()) if r.frame.events & older.frame.events
                     and agree(r.claim, older.claim)), None)
    if revision is not None:
        return Verdict("revised", old, new, revision)
    if newer.claim.period_start and not older.claim.period_start:
        return None  # '265 deaths since August 8' after a toll of 368 that names no start: a narrower count
    if central(newer.claim) < FELL_TOO_FAR * central(older.claim):
        return None  # a 'toll' of less than half an earlier one counts something else (a day's, a place's)
    if days_after(older.claim.as_of or "", newer.claim.as_of) > frames.EVENT_DAYS \
            and not frames.over_years(ea.frame.events):
        return None  # a smaller toll a year on is of another event (a ferry's a year after a factory's collapse)
    return Verdict("fell", old, new)


MOST_TOGETHER = 6  # statements one finding may carry (an agreement, a stale figure's): more reads as a catch-all


def reduce(verdicts: list[Verdict], figures: Sequence[Figure]) -> list[Verdict]:
    """When one quantity is reported by many articles, say each thing once: figures that all agree
    with one another as one agreement (in order of publication, at most MOST_TOGETHER statements),
    and such groups linked by one agreement each where they agree; each stale figure against the
    newest figure that overtakes it (and the path between); a running total that fell against the
    newest figure below it; the conflicts of one figure with a group of figures that agree among
    themselves as one ('7.0' against '6.8' in four articles)."""
    agreeing: dict[tuple[int, int], Verdict] = {}
    stale: dict[int, list[Verdict]] = defaultdict(list)
    fell: dict[int, list[Verdict]] = defaultdict(list)
    kept: list[Verdict] = []
    for verdict in verdicts:
        if verdict.kind == "agreement":
            agreeing[min(verdict.first, verdict.second), max(verdict.first, verdict.second)] = verdict
        elif verdict.kind in ("outdated", "revised"):
            stale[verdict.first].append(verdict)
        elif verdict.kind == "fell":
            fell[verdict.first].append(verdict)
        else:
            kept.append(verdict)
    for found in stale.values():
        kept.append(_newest(found, figures))
    for found in fell.values():  # a total that fell: against the newest figure below it, not every one
        kept.append(max(found, key=lambda v: (figures[v.second].main.claim.as_of or "", -v.second)))
    return _conflicts(kept, agreeing) + _agreements(agreeing, figures)


def _conflicts(verdicts: list[Verdict], agreeing: dict[tuple[int, int], Verdict]) -> list[Verdict]:
    """Conflicts among groups of agreeing figures as few findings: one figure with every figure it
    conflicts with ('7.0' against '6.8' in four articles), a conflict already named in one finding not
    said again; other verdicts as they are."""
    parent: dict[int, int] = {}

    def root(k: int) -> int:
        while parent.get(k, k) != k:
            k = parent[k]
        return k

    for a, b in agreeing:
        parent[root(b)] = root(a)
    grouped: dict[tuple[int, int], list[Verdict]] = defaultdict(list)
    out: list[Verdict] = []
    for v in verdicts:
        if v.kind == "conflict":
            low, high = sorted((root(v.first), root(v.second)))
            grouped[low, high].append(v)
        else:
            out.append(v)
    for pairs in _cliques(grouped):  # three groups that each conflict with the other two: one conflict
        found = [v for pair in pairs for v in grouped[pair]]
        while found:  # about one figure at a time: each figure named beside it was judged against it
            hub = max({k for v in found for k in (v.first, v.second)},
                      key=lambda k: (sum(k in (v.first, v.second) for v in found), -k))
            mine = [v for v in found if hub in (v.first, v.second)]
            first = mine[0]
            others = sorted({k for v in mine for k in (v.first, v.second)} - {first.first, first.second})
            out.append(Verdict("conflict", first.first, first.second, also=tuple(others)))
            named = {first.first, first.second, *others}
            found = [v for v in found if hub not in (v.first, v.second) and not {v.first, v.second} <= named]
    return out


def _cliques(grouped: dict[tuple[int, int], list[Verdict]]) -> list[list[tuple[int, int]]]:
    """The pairs of groups in conflict, those of groups that all conflict with one another together
    ('6.8' against '6.9' against '7.0'), in the order they were found."""
    linked: dict[int, set[int]] = defaultdict(set)
    for a, b in grouped:
        linked[a].add(b)
        linked[b].add(a)
    done: set[tuple[int, int]] = set()
    out: list[list[tuple[int, int]]] = []
    for a, b in grouped:
        if (a, b) in done:
            continue
        members = {a, b}
        for c in sorted(linked[a] & linked[b]):
            if all(c in linked[m] for m in members):
                members.add(c)
        pairs = [(x, y) for x, y in grouped if x in members and y in members and (x, y) not in done]
        done.update(pairs)
        out.append(pairs)
    return out


def _agreements(agreeing: dict[tuple[int, int], Verdict], figures: Sequence[Figure]) -> list[Verdict]:
    """Agreeing pairs as groups of figures that each agree with every other (:func:`reduce`). Each
    figure is tried only against the groups of the figures it agrees with: a corpus of a hundred
    thousand articles has many agreements, each of a few figures."""
    partners: dict[int, list[int]] = defaultdict(list)
    for a, b in agreeing:
        partners[a].append(b)
        partners[b].append(a)
    order = sorted(partners, key=lambda k: (figures[k].main.published, figures[k].main.article, k))
    rank = {k: n for n, k in enumerate(order)}
    groups: list[list[int]] = []
    home: dict[int, int] = {}
    for k in order:
        size = len(figures[k].entries)
        mine = set(partners[k])
        at = next((g for g in sorted({home[m] for m in mine if m in home})
                   if all(m in mine for m in groups[g])
                   and size + sum(len(figures[m].entries) for m in groups[g]) <= MOST_TOGETHER), None)
        if at is None:
            at = len(groups)
            groups.append([])
        groups[at].append(k)
        home[k] = at
    found = [Verdict("agreement", members[0], members[1], also=tuple(members[2:]))
             for members in groups if len(members) > 1]
    parent = list(range(len(groups)))

    def root(g: int) -> int:
        while parent[g] != g:
            parent[g] = parent[parent[g]]
            g = parent[g]
        return g

    for k in order:  # each group meets the groups it agrees with once, by its nearest earlier figure
        for m in sorted((m for m in partners[k] if rank[m] < rank[k]), key=rank.__getitem__, reverse=True):
            if root(home[m]) != root(home[k]):
                parent[root(home[k])] = root(home[m])
                found.append(agreeing[min(m, k), max(m, k)])
    return found


FEARED = frozenset({"fear", "feared", "believe", "believed", "presume", "presumed", "expect", "expected", "likely",
                    "estimate", "estimated", "suspect", "suspected"})


def _confirmed(claim: Claim) -> bool:
    """The figure is said as a count, not as a fear or belief ('the number of people feared dead'):
    of two figures as new, the confirmed one is the one a stale figure is set against."""
    words = f"{claim.verb or ''} {claim.measured or ''}".casefold().split()
    return not FEARED.intersection(words)


MOST_ALSO = 2  # newest figures named beside the one a stale figure is set against
MOST_PATH = 4  # figures of the days between a stale figure and the newest one


def _newest(found: list[Verdict], figures: Sequence[Figure]) -> Verdict:
    """A stale figure against the newest figure that overtakes it, with the others that agree with
    that one and are as new or said since the tally last moved (several outlets giving the final
    toll), and the tally's path between them, at most ``MOST_PATH`` steps: every outlet's figure of the
    first day after the stale one, then one figure a day ('398 on Monday, 410 on Tuesday, 589 on
    Wednesday, 617 two weeks later')."""
    def as_of(v: Verdict) -> str:
        return figures[v.second].main.claim.as_of or ""

    ranked = sorted(found, key=lambda v: (as_of(v), v.kind == "revised", _confirmed(figures[v.second].main.claim),
                                          -v.second), reverse=True)
    best = ranked[0]
    newest = figures[best.second].main.claim
    since = max((as_of(v) for v in ranked if not agree(figures[v.second].main.claim, newest)), default="")
    # as new: of the newest day, or said since the tally last moved ('67 on Nov 17' beside '67 on Nov 19')
    others = [v.second for v in ranked[1:] if (frames.same_date(as_of(v), as_of(best)) or as_of(v) > since)
              and agree(figures[v.second].main.claim, newest)]
    steps: list[Verdict] = []
    also = tuple(sorted(others)[:MOST_ALSO])
    seen = {figures[k].main.article for k in (best.first, best.second, *also)}
    for v in sorted(ranked, key=lambda v: (as_of(v), figures[v.second].main.claim.superseded,
                                           not _confirmed(figures[v.second].main.claim), v.second)):
        # oldest first; one step an article, one a day: of a day, the confirmed figure; of the first day
        # after the stale figure, every outlet's (the next reports, which an editor sets it against first)
        article, day = figures[v.second].main.article, as_of(v)
        if frames.same_date(day, as_of(best)) or article in seen:
            continue
        if steps and not frames.same_date(day, as_of(steps[0])) and any(frames.same_date(day, as_of(s)) for s in steps):
            continue
        steps.append(v)
        seen.add(article)
    path = tuple(v.second for v in steps[:MOST_PATH])
    return Verdict(best.kind, best.first, best.second, best.revision, also, path)
