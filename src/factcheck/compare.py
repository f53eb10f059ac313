"""Claims -> findings: block, match, classify.

1. Each claim gets its normalised frame (:mod:`factcheck.frames`).
2. Inside each article, parts that should add up to a stated total are checked, and an umbrella
   total ('361 people affected; 68 died, 293 injured') learns what it totals from parts that do
   add up (:mod:`factcheck.checks`).
3. Repeats of one figure inside an article are gathered into one :class:`Figure`.
4. Figures are blocked by dimension, unit and event class, so only plausible pairs are looked at;
   a pair is the same quantity when events, counted thing and period match, and a scope mismatch
   when all but the whole or place match (or one is a part of the other, 'killed' vs 'killed or
   injured').
5. A same-quantity pair whose values agree within rounding and qualifiers is an agreement; one
   that differs is outdated when its as-of dates explain the difference (a running total that
   grew, or a dated figure overtaken), and a conflict otherwise.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property

from factcheck import frames
from factcheck.checks import acronym_conflicts, check_totals, unit_anomalies
from factcheck.describe import figure_words, quantity_words, when
from factcheck.frames import Frame
from factcheck.models import Claim, ClaimsFile, Finding, FindingKind, ReportClaim, Severity
from factcheck.values import agree, central

SEVERITY: dict[FindingKind, Severity] = {
    "conflict": "error", "scope_mismatch": "error", "outdated": "warning", "internal_arithmetic": "warning",
    "unit_anomaly": "warning", "acronym_conflict": "warning", "agreement": "info"}
SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
SOURCE_RANK = {"sentence": 0, "paragraph": 1, "citation": 2, "published": 3}


@dataclass(frozen=True)
class Entry:
    """A claim in a comparison: where it is, and its frame."""

    claim: Claim
    article: str
    sentence: int
    frame: Frame
    published: str
    title: str

    def report(self) -> ReportClaim:
        """The claim as a finding shows it, with its article (made only for claims in findings)."""
        return ReportClaim(article=self.article, **self.claim.model_dump())


@dataclass
class Figure:
    """One figure of one article, stated once or repeated."""

    entries: list[Entry] = field(default_factory=list)

    @cached_property
    def main(self) -> Entry:
        """The statement whose as-of date is best sourced (read once the figure is complete)."""
        return min(self.entries, key=lambda e: SOURCE_RANK.get(e.claim.as_of_source or "published", 9))


def draft_shorts(files: Iterable[ClaimsFile]) -> set[str]:
    """The acronyms the drafts define: only their expansions elsewhere can conflict with them."""
    return {a.short for f in files for a in f.acronyms}


def entries_of(files: Iterable[ClaimsFile], keys: set[str] | None = None,
               keep: Collection[str] = ()) -> list[Entry]:
    """Every claim of every file, with its sentence number and frame; with ``keys``, only the
    claims that have one of them (:func:`frames.draft_keys`), but all claims of the articles in ``keep``
    (a draft's claims against a large corpus)."""
    out: list[Entry] = []
    for claims_file in files:
        sentence, last = -1, None
        whole = keys is None or claims_file.article.id in keep
        for claim in sorted(claims_file.claims, key=lambda c: c.start):
            if claim.sentence != last:
                sentence, last = sentence + 1, claim.sentence
            if not whole and keys is not None and not frames.keys_of(claim) & keys:
                continue
            out.append(Entry(claim, claims_file.article.id, sentence, frames.frame(claim),
                             claims_file.article.published, claims_file.article.title))
    return out


def relation(a: Entry, b: Entry) -> str | None:
    """'same' quantity, 'scope' (same but for the whole, the place, or part vs total), or None."""
    ca, cb, fa, fb = a.claim, b.claim, a.frame, b.frame
    if ca.dimension != cb.dimension or ca.unit != cb.unit:
        return None
    if a.article == b.article and a.sentence == b.sentence:
        return None  # one sentence lists different things
    if not (fa.events & fb.events) or fa.umbrella or fb.umbrella:
        return None
    if not frames.things_compatible(fa, fb) or not frames.periods_compatible(fa, fb):
        return None
    if fa.events != fb.events:
        return "scope" if fa.events < fb.events or fb.events < fa.events else None
    if frames.places_differ(fa, fb) or frames.wholes_differ(fa, fb):
        return "scope"
    return "same"


def _figures(entries: list[Entry]) -> list[Figure]:
    """Gather the repeats of one figure inside an article (same quantity, values that agree)."""
    figures: list[Figure] = []
    by_article: dict[str, list[Figure]] = defaultdict(list)
    for entry in entries:
        home = next((f for f in by_article[entry.article]
                     if all(relation(e, entry) == "same" and agree(e.claim, entry.claim) for e in f.entries)), None)
        if home is None:
            figure = Figure([entry])
            figures.append(figure)
            by_article[entry.article].append(figure)
        else:
            home.entries.append(entry)
    return figures


def _period_key(frame: Frame) -> tuple[str, bool]:
    """What two comparable claims share of their period: the start's year (or none, or an undated
    event), and whether it is bounded. Finer than this, :func:`frames.periods_compatible` decides."""
    start, end, words = frame.period
    return (start[:4] if start else "undated" if words else "none"), end is not None


EXACT_BLOCK = 200  # a block up to this many figures is compared pair by pair
WINDOW = 50  # beyond it, each figure meets the next WINDOW figures in sorted order


def _meet(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """Two (thing, place) keys can be the same quantity: equal, or one of them does not say."""
    return all(x == y or "*" in (x, y) for x, y in zip(a, b, strict=True))


def _pairs(figures: list[Figure], drafts: set[str]) -> set[tuple[int, int]]:
    """Pairs of figures worth comparing. Blocks: dimension, unit, event class and period; inside
    a block, the counted thing and the place (a figure that names neither meets every one). With
    drafts, only pairs with a draft figure in them. Over the whole corpus, a block larger than
    EXACT_BLOCK is compared by sorted neighbourhood (Hernández & Stolfo 1995): sorted by place,
    thing and as-of date, each figure meets the next WINDOW, so the pairs grow linearly."""
    blocks: dict[tuple[object, ...], dict[tuple[str, str], list[int]]] = defaultdict(lambda: defaultdict(list))
    for index, figure in enumerate(figures):
        for key in _block_keys(figure.main):
            blocks[key][_spot(figure.main.frame)].append(index)
    pairs: set[tuple[int, int]] = set()
    for block in blocks.values():
        if not drafts and sum(len(m) for m in block.values()) > EXACT_BLOCK:
            keyed = sorted((key[1], key[0], figures[i].main.claim.as_of or "", i)
                           for key, members in block.items() for i in members)
            for pos, (place, thing, _, i) in enumerate(keyed):
                for other_place, other_thing, _, j in keyed[pos + 1:pos + 1 + WINDOW]:
                    if _meet((thing, place), (other_thing, other_place)):
                        pairs.add((min(i, j), max(i, j)))
            continue
        for key, members in block.items():
            mine = [i for i in members if figures[i].main.article in drafts] if drafts else members
            if not mine:
                continue
            for other, others in block.items():
                if _meet(key, other):
                    pairs.update((min(i, j), max(i, j)) for i in mine for j in others if i != j)
    return pairs


def _spot(frame: Frame) -> tuple[str, str]:
    """A claim's (thing, place) inside its block; '*' where it names none (it meets every one)."""
    return frame.thing or "*", frame.place or "*"


def _block_keys(entry: Entry) -> list[tuple[object, ...]]:
    """The blocks a claim is compared in (see :func:`_pairs`)."""
    claim, frame = entry.claim, entry.frame
    return [(claim.dimension, claim.unit, event, *_period_key(frame)) for event in frame.events]


def _near_drafts(entries: list[Entry], drafts: set[str]) -> list[Entry]:
    """The claims of the drafts and of the corpus articles with a claim that shares a block with a
    draft's and whose thing and place meet its. A figure is paired by one of its claims, so an
    article with no such claim has no figure a draft can meet; the others are kept whole, so
    their repeats are gathered into figures as before."""
    near: dict[tuple[object, ...], set[tuple[str, str]]] = defaultdict(set)
    for entry in entries:
        if entry.article in drafts:
            for block in _block_keys(entry):
                near[block].add(_spot(entry.frame))
    kept = set(drafts) | {e.article for e in entries if e.article not in drafts and any(
        _meet(_spot(e.frame), spot) for block in _block_keys(e) for spot in near.get(block, ()))}
    return [e for e in entries if e.article in kept]


def _finding(kind: FindingKind, summary: str, explanation: str, figures: Sequence[Figure]) -> Finding:
    claims = tuple(e.report() for f in figures for e in f.entries)
    return Finding(kind=kind, severity=SEVERITY[kind], summary=summary, explanation=explanation,
                   claims=claims)


@dataclass(frozen=True)
class Verdict:
    """What a pair of figures is, before it is put in words: 'agreement', 'scope_mismatch',
    'outdated' (first is the stale one), 'fell' (a running total that fell) or 'conflict'."""

    kind: str
    first: int
    second: int


def _judge(i: int, j: int, figures: Sequence[Figure]) -> Verdict | None:
    a, b = figures[i], figures[j]
    ea, eb = a.main, b.main
    kind = relation(ea, eb)
    if kind is None:
        return None
    same_values = agree(ea.claim, eb.claim)
    if kind == "scope":
        return Verdict("scope_mismatch", i, j) if same_values else None
    if same_values:
        return None if ea.article == eb.article else Verdict("agreement", i, j)  # an article repeating itself
    running = all(e.claim.period_start and not e.claim.period_end for e in (ea, eb))
    dated = any(SOURCE_RANK.get(e.claim.as_of_source or "published", 9) < 3 for e in (ea, eb))
    if not frames.same_month(ea.claim.as_of, eb.claim.as_of) and (running or dated):
        old, new = (i, j) if (ea.claim.as_of or "") < (eb.claim.as_of or "") else (j, i)
        grew = central(figures[new].main.claim) > central(figures[old].main.claim)
        return Verdict("outdated" if grew or not running else "fell", old, new)
    return Verdict("conflict", i, j)


def _reduce(verdicts: list[Verdict], figures: Sequence[Figure]) -> list[Verdict]:
    """When one quantity is reported by many articles, say each thing once: agreements as a chain
    (a figure already agreed with through others is not listed again), and each stale figure only
    against the newest figure that overtakes it. Conflicts are all kept."""
    parent = list(range(len(figures)))

    def root(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    newest: dict[int, Verdict] = {}
    kept: list[Verdict] = []
    for verdict in verdicts:
        if verdict.kind == "agreement":
            a, b = root(verdict.first), root(verdict.second)
            if a != b:
                parent[a] = b
                kept.append(verdict)
        elif verdict.kind == "outdated":
            best = newest.get(verdict.first)
            if best is None or (figures[verdict.second].main.claim.as_of or "") > \
                    (figures[best.second].main.claim.as_of or ""):
                newest[verdict.first] = verdict
        else:
            kept.append(verdict)
    return kept + list(newest.values())


def _render(verdict: Verdict, figures: Sequence[Figure]) -> Finding:
    a, b = figures[verdict.first], figures[verdict.second]
    ea, eb = a.main, b.main
    # in the words of the figure whose verb says what it counts ('killed or injured', not 'affected')
    shared = figure_words(eb if frames.claim_events(ea.claim) & frames.umbrella_events() else ea)
    if verdict.kind == "scope_mismatch":
        summary = (f"Same figure, different scope: {quantity_words(ea)} ({figure_words(ea)}) vs "
                   f"{quantity_words(eb)} ({figure_words(eb)})")
        explanation = (f"“{ea.title}” gives it for the {figure_words(ea)}; “{eb.title}” for the "
                       f"{figure_words(eb)}. Both cannot be right: one of them has the wrong base.")
        return _finding("scope_mismatch", summary, explanation, [a, b])
    if verdict.kind == "agreement":
        summary = f"Agree: {quantity_words(ea)} and {quantity_words(eb)} — {shared}"
        explanation = f"Both give {shared}, and the values agree within rounding and their qualifiers."
        return _finding("agreement", summary, explanation, [a, b])
    if verdict.kind == "outdated":
        running = all(e.claim.period_start and not e.claim.period_end for e in (ea, eb))
        later = ""
        if ea.article != eb.article and ea.published >= eb.published:
            later = (f" “{ea.title}” was published on {ea.published}, after “{eb.title}” ({eb.published}), "
                     "yet gives the older figure.")
        summary = (f"Stale figure: {quantity_words(ea)} (as of {when(ea)}) vs {quantity_words(eb)} "
                   f"(as of {when(eb)}) — {shared}")
        how = "a running total that grew" if running else "a figure that has since changed"
        explanation = (f"Both give {shared}; the values differ and the as-of dates explain it ({how}): "
                       f"{quantity_words(ea)} is the older figure.{later}")
        return _finding("outdated", summary, explanation, [a, b])
    if verdict.kind == "fell":
        summary = (f"Running total fell: {quantity_words(ea)} (as of {when(ea)}) vs {quantity_words(eb)} "
                   f"(as of {when(eb)}) — {shared}")
        explanation = (f"Both give {shared} since the same start; a running total cannot fall, so the "
                       "later figure contradicts the earlier one.")
        return _finding("conflict", summary, explanation, [a, b])
    summary = f"Conflict: {quantity_words(ea)} vs {quantity_words(eb)} — {shared}"
    explanation = (f"Both give {shared} for the same time (as of {when(ea)}; as of {when(eb)}), and the values "
                   "differ by more than rounding and their qualifiers allow.")
    return _finding("conflict", summary, explanation, [a, b])


def compare(files: Sequence[ClaimsFile], drafts: Iterable[str] = (),
            stats: dict[str, int] | None = None) -> list[Finding]:
    """The findings over ``files``; with ``drafts`` (article ids), only those that involve a draft.
    ``stats``, when given, receives the number of claims and of candidate pairs examined."""
    wanted = set(drafts)
    keys = frames.draft_keys(f for f in files if f.article.id in wanted) if wanted else None
    entries = entries_of(files, keys, wanted)
    arithmetic, learned = check_totals(entries)  # corpus totals learn what they count, for the draft too
    entries = [replace(e, frame=replace(e.frame, events=learned[e.claim.id])) if e.claim.id in learned else e
               for e in entries]
    if wanted:
        entries = _near_drafts(entries, wanted)
    findings = arithmetic + unit_anomalies(e for e in entries if not wanted or e.article in wanted)
    findings += acronym_conflicts(files, draft_shorts(f for f in files if f.article.id in wanted) if wanted else None)
    figures = _figures(entries)
    pairs = _pairs(figures, wanted)
    if stats is not None:
        stats.update(claims=len(entries), figures=len(figures), pairs=len(pairs))
    verdicts = [v for i, j in sorted(pairs) if (v := _judge(i, j, figures)) is not None]
    if not wanted:
        verdicts = _reduce(verdicts, figures)
    findings += [_render(v, figures) for v in verdicts]
    if wanted:
        findings = [f for f in findings if wanted & ({c.article for c in f.claims}
                                                      | {e.article for e in f.expansions or ()})]
    return sorted(findings, key=lambda f: (SEVERITY_ORDER[f.severity], f.kind, _position(f)))


def _position(finding: Finding) -> tuple[str, int]:
    if finding.claims:
        return finding.claims[0].article, finding.claims[0].start
    first = (finding.expansions or ())[:1]
    return (first[0].article, first[0].start) if first else ("", 0)
