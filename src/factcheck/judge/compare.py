"""Claims -> findings: the steps of :mod:`factcheck.judge` in order.

1. Each claim becomes an :class:`~factcheck.judge.entries.Entry` with its normalised frame and its
   story node; a figure the article itself revises ('down from their previous toll of 115') is set
   aside, to explain a revision, not to be compared.
2. Inside each article, parts that should add up to a stated total are checked, and an umbrella
   total ('361 people affected; 68 died, 293 injured') learns what it totals from parts that do
   add up (:mod:`factcheck.judge.checks`).
3. Repeats of one figure inside an article are gathered into one figure.
4. Pairs worth judging: figures of one dimension, unit and event class whose articles tell the same
   story (:mod:`factcheck.judge.stories`), found through each story's members, not the whole corpus.
5. Each pair is judged (:mod:`factcheck.judge.identity`, :mod:`factcheck.judge.classify`) and put in
   words (:mod:`factcheck.judge.wording`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import partial

from factcheck.judge import frames
from factcheck.judge.checklist import checklist
from factcheck.judge.checks import acronym_conflicts, check_totals, unit_anomalies
from factcheck.judge.classify import judge, reduce
from factcheck.judge.entries import Entry, Figure, Node, as_people, entries_of, its_people, parts_of_breakdowns
from factcheck.judge.identity import Names, relation
from factcheck.judge.stories import Stories
from factcheck.judge.values import allowed, overlap
from factcheck.judge.wording import render
from factcheck.models import ChecklistItem, ClaimsFile, Finding

SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


def draft_shorts(files: Iterable[ClaimsFile]) -> set[str]:
    """The acronyms the drafts define: only their expansions elsewhere can conflict with them."""
    return {a.short for f in files for a in f.acronyms}


def _figures(entries: list[Entry], stories: Stories, names: Names) -> list[Figure]:
    """Gather the repeats of one figure inside an article (same quantity, values that agree, of one
    date: 'more than 500' in October and 512 at the end of November are two statements of a tally)."""
    figures: list[Figure] = []
    # a repeat is the same quantity, so of the same dimension, unit and events: only those are tried,
    # and their values first (a long article has thousands of figures)
    kin: dict[tuple[str, str, str, frozenset[str]], list[tuple[Figure, list[tuple[float, float]]]]] = \
        defaultdict(list)
    for entry in entries:
        bounds = allowed(entry.claim)
        same = kin[entry.article, entry.claim.dimension, entry.claim.unit, entry.frame.events]
        home = next(((f, held) for f, held in same if all(overlap(b, bounds) for b in held)
                     and all(frames.same_date(e.claim.as_of, entry.claim.as_of)
                             and relation(e, entry, stories, names) == "same" for e in f.entries)), None)
        if home is None:
            figure = Figure([entry])
            figures.append(figure)
            same.append((figure, [bounds]))
        else:
            home[0].entries.append(entry)
            home[1].append(bounds)
    return figures


def _block_keys(entry: Entry) -> list[tuple[str, str, str]]:
    """The blocks a claim is compared in: its dimension and unit with each of its event classes; a
    count that names no event, with the thing it counts ('dropped some 230,516 bombs'), unless people."""
    frame = entry.frame
    if not frame.events and frame.thing and frame.thing != frames.PERSON:
        return [(entry.claim.dimension, entry.claim.unit, "=" + frame.thing)]
    return [(entry.claim.dimension, entry.claim.unit, event) for event in frame.events]


CROWD = 5  # this many different values of what the frames take for one quantity, in one article


def _crowded(figures: list[Figure], by_place: bool = True) -> set[int]:
    """Figures an article gives CROWD or more different values of, for what the frames take as one
    quantity (one event, thing, place, owner and period): the article itself shows that something
    the frames do not read tells them apart (200 districts' tolls, their names unknown to the tagger),
    so none of them is set against another article's. Not ``by_place``: the figures of a breakdown
    by CROWD or more places (a value two districts share says nothing of either's scope)."""
    groups: dict[tuple[object, ...], list[int]] = defaultdict(list)
    for index, figure in enumerate(figures):
        main = figure.main
        frame = main.frame
        if not by_place and frame.place is None:
            continue
        groups[main.article, main.claim.dimension, main.claim.unit, frame.events, frame.thing,
               frame.place if by_place else None, frame.owner, frame.period].append(index)
    return {i for members in groups.values() if len(members) >= CROWD for i in members}


def _pairs(figures: list[Figure], stories: Stories, drafts: set[str], crowded: set[int]) -> set[tuple[int, int]]:
    """Pairs of figures worth judging: of one block, from articles of one story (each figure meets
    the figures of its story's nodes, never the whole block); with drafts, only pairs with a draft
    figure in them; never a crowded figure (:func:`_crowded`)."""
    blocks: dict[tuple[str, str, str], dict[Node, list[int]]] = defaultdict(lambda: defaultdict(list))
    for index, figure in enumerate(figures):
        if index in crowded:
            continue
        for key in _block_keys(figure.main):
            blocks[key][figure.main.node].append(index)
    pairs: set[tuple[int, int]] = set()
    for block in blocks.values():
        for node, members in block.items():
            mine = [i for i in members if figures[i].main.article in drafts] if drafts else members
            if not mine:
                continue
            for other in stories.near(node):
                for j in block.get(other, ()):  # an article is never set against itself (classify.judge)
                    pairs.update((min(i, j), max(i, j)) for i in mine
                                 if figures[i].main.article != figures[j].main.article)
    return pairs


def compare(files: Sequence[ClaimsFile], drafts: Iterable[str] = (),
            stats: dict[str, int] | None = None, checked: list[ChecklistItem] | None = None) -> list[Finding]:
    """The findings over ``files``; with ``drafts`` (article ids), only those that involve a draft.
    ``stats``, when given, receives the number of claims and of candidate pairs examined; ``checked``
    the drafts' checklist (:mod:`factcheck.judge.checklist`). A draft's figure is dated only by what
    the draft says, never by the day it is checked."""
    wanted = set(drafts)
    keys = frames.draft_keys(f for f in files if f.article.id in wanted) if wanted else None
    stories = Stories.of(files, wanted)
    names = Names(files)
    every = [_undated(e) if e.article in wanted else e for e in entries_of(files, keys, wanted)]
    every = _as_its_people(every, stories)
    revisions: dict[str, list[Entry]] = defaultdict(list)
    for entry in every:
        if entry.claim.superseded:
            revisions[entry.article].append(entry)
    entries = [e for e in every if not e.claim.superseded]
    arithmetic, learned = check_totals(entries)  # corpus totals learn what they count, for the draft too
    parts = parts_of_breakdowns(entries)
    entries = [replace(e, frame=replace(e.frame, events=learned[e.claim.id])) if e.claim.id in learned else e
               for e in entries]
    findings = arithmetic + unit_anomalies(e for e in entries if not wanted or e.article in wanted)
    findings += acronym_conflicts(files, stories, draft_shorts(f for f in files if f.article.id in wanted)
                                  if wanted else None)
    # a figure an article revises is still what it was: it may agree with the article that first gave it
    figures = _figures(entries + [e for revised in revisions.values() for e in revised], stories, names)
    pairs = _pairs(figures, stories, wanted, _crowded(figures))
    if stats is not None:
        stats.update(claims=len(entries), figures=len(figures), pairs=len(pairs))
    related = partial(relation, stories=stories, names=names, parts=parts)
    verdicts = [v for i, j in sorted(pairs) if (v := judge(i, j, figures, related, revisions)) is not None]
    if checked is not None:
        checked.extend(checklist(figures, verdicts, wanted))
    by_place = _crowded(figures, by_place=False)
    verdicts = [v for v in verdicts if not (v.kind == "scope_mismatch" and {v.first, v.second} & by_place)]
    verdicts = reduce(verdicts, figures)
    findings += [render(v, figures) for v in verdicts]
    if wanted:
        findings = [f for f in findings if wanted & ({c.article for c in f.claims}
                                                      | {e.article for e in f.expansions or ()})]
    return sorted(findings, key=lambda f: (SEVERITY_ORDER[f.severity], f.kind, _position(f)))


def _as_its_people(entries: list[Entry], stories: Stories) -> list[Entry]:
    """The kinds of person the articles of a story tell of as their people (:func:`its_people`) are
    people in each of its articles."""
    kinds = its_people(entries)
    if not kinds:
        return entries
    told: dict[str, set[str]] = defaultdict(set)
    for article, mine in kinds.items():  # the few articles that tell of a kind of person, not every article
        for node in stories.near((article, -1)):
            told[node[0]] |= mine
    return as_people(entries, kinds, told)


def _undated(entry: Entry) -> Entry:
    """A draft's figure with no as-of date when only the day it is checked would give it one."""
    if entry.claim.as_of_source != "published":
        return entry
    return replace(entry, claim=entry.claim.model_copy(update={"as_of": None, "as_of_source": None}))


def _position(finding: Finding) -> tuple[str, int]:
    if finding.claims:
        return finding.claims[0].article, finding.claims[0].start
    first = (finding.expansions or ())[:1]
    return (first[0].article, first[0].start) if first else ("", 0)
