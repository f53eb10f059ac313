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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from itertools import combinations

from factcheck import frames
from factcheck.checks import acronym_conflicts, check_totals, unit_anomalies
from factcheck.describe import figure_words, quantity_words, when
from factcheck.frames import Frame
from factcheck.models import ClaimsFile, Finding, FindingKind, ReportClaim, Severity
from factcheck.values import agree, central

SEVERITY: dict[FindingKind, Severity] = {
    "conflict": "error", "scope_mismatch": "error", "outdated": "warning", "internal_arithmetic": "warning",
    "unit_anomaly": "warning", "acronym_conflict": "warning", "agreement": "info"}
SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
SOURCE_RANK = {"sentence": 0, "paragraph": 1, "citation": 2, "published": 3}


@dataclass(frozen=True)
class Entry:
    """A claim in a comparison: where it is, and its frame."""

    claim: ReportClaim
    sentence: int
    frame: Frame
    published: str
    title: str

    @property
    def article(self) -> str:
        return self.claim.article


@dataclass
class Figure:
    """One figure of one article, stated once or repeated."""

    entries: list[Entry] = field(default_factory=list)

    @property
    def main(self) -> Entry:
        """The statement whose as-of date is best sourced."""
        return min(self.entries, key=lambda e: SOURCE_RANK.get(e.claim.as_of_source or "published", 9))


def entries_of(files: Iterable[ClaimsFile]) -> list[Entry]:
    """Every claim of every file, with its sentence number and frame."""
    out: list[Entry] = []
    for claims_file in files:
        sentence, last = -1, None
        for claim in sorted(claims_file.claims, key=lambda c: c.start):
            if claim.sentence != last:
                sentence, last = sentence + 1, claim.sentence
            report_claim = ReportClaim(article=claims_file.article.id, **claim.model_dump())
            out.append(Entry(report_claim, sentence, frames.frame(report_claim), claims_file.article.published,
                             claims_file.article.title))
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
    for entry in entries:
        home = next((f for f in figures if f.main.article == entry.article
                     and all(relation(e, entry) == "same" and agree(e.claim, entry.claim) for e in f.entries)), None)
        if home is None:
            figures.append(Figure([entry]))
        else:
            home.entries.append(entry)
    return figures


def _pairs(figures: list[Figure]) -> set[tuple[int, int]]:
    """Pairs of figures worth comparing: same dimension and unit, and an event class in common."""
    blocks: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    for index, figure in enumerate(figures):
        claim = figure.main.claim
        for event in figure.main.frame.events:
            blocks[(claim.dimension, claim.unit, event)].append(index)
    return {pair for members in blocks.values() for pair in combinations(members, 2)}


def _finding(kind: FindingKind, summary: str, explanation: str, figures: Sequence[Figure]) -> Finding:
    claims = tuple(e.claim for f in figures for e in f.entries)
    return Finding(kind=kind, severity=SEVERITY[kind], summary=summary, explanation=explanation,
                   claims=claims)


def _outdated_or_conflict(a: Figure, b: Figure) -> Finding:
    ea, eb = a.main, b.main
    shared = figure_words(ea)
    running = all(e.claim.period_start and not e.claim.period_end for e in (ea, eb))
    dated = any(SOURCE_RANK.get(e.claim.as_of_source or "published", 9) < 3 for e in (ea, eb))
    if not frames.same_month(ea.claim.as_of, eb.claim.as_of) and (running or dated):
        old, new = (a, b) if (ea.claim.as_of or "") < (eb.claim.as_of or "") else (b, a)
        grew = central(new.main.claim) > central(old.main.claim)
        if grew or not running:
            later = ""
            if old.main.article != new.main.article and old.main.published >= new.main.published:
                later = (f" “{old.main.title}” was published on {old.main.published}, after “{new.main.title}” "
                         f"({new.main.published}), yet gives the older figure.")
            summary = (f"Stale figure: {quantity_words(old.main)} (as of {when(old.main)}) vs "
                       f"{quantity_words(new.main)} (as of {when(new.main)}) — {shared}")
            how = "a running total that grew" if running else "a figure that has since changed"
            explanation = (f"Both give {shared}; the values differ and the as-of dates explain it ({how}): "
                           f"{quantity_words(old.main)} is the older figure.{later}")
            return _finding("outdated", summary, explanation, [old, new])
        summary = (f"Running total fell: {quantity_words(old.main)} (as of {when(old.main)}) vs "
                   f"{quantity_words(new.main)} (as of {when(new.main)}) — {shared}")
        explanation = (f"Both give {shared} since the same start; a running total cannot fall, so the "
                       "later figure contradicts the earlier one.")
        return _finding("conflict", summary, explanation, [old, new])
    summary = f"Conflict: {quantity_words(ea)} vs {quantity_words(eb)} — {shared}"
    explanation = (f"Both give {shared} for the same time (as of {when(ea)}; as of {when(eb)}), and the values "
                   "differ by more than rounding and their qualifiers allow.")
    return _finding("conflict", summary, explanation, [a, b])


def _classify(a: Figure, b: Figure) -> Finding | None:
    ea, eb = a.main, b.main
    kind = relation(ea, eb)
    if kind is None:
        return None
    same_values = agree(ea.claim, eb.claim)
    if kind == "scope":
        if not same_values:
            return None
        summary = (f"Same figure, different scope: {quantity_words(ea)} ({figure_words(ea)}) vs "
                   f"{quantity_words(eb)} ({figure_words(eb)})")
        explanation = (f"“{ea.title}” gives it for the {figure_words(ea)}; “{eb.title}” for the "
                       f"{figure_words(eb)}. Both cannot be right: one of them has the wrong base.")
        return _finding("scope_mismatch", summary, explanation, [a, b])
    if same_values:
        if ea.article == eb.article:
            return None  # an article repeating itself is not news
        summary = f"Agree: {quantity_words(ea)} and {quantity_words(eb)} — {figure_words(ea)}"
        explanation = (f"Both give {figure_words(ea)}, and the values agree within rounding and their "
                       "qualifiers.")
        return _finding("agreement", summary, explanation, [a, b])
    return _outdated_or_conflict(a, b)


def compare(files: Sequence[ClaimsFile], drafts: Iterable[str] = ()) -> list[Finding]:
    """The findings over ``files``; with ``drafts`` (article ids), only those that involve a draft."""
    entries = entries_of(files)
    arithmetic, learned = check_totals(entries)
    entries = [replace(e, frame=replace(e.frame, events=learned[e.claim.id])) if e.claim.id in learned else e
               for e in entries]
    findings = arithmetic + unit_anomalies(entries) + acronym_conflicts(files)
    figures = _figures(entries)
    for i, j in sorted(_pairs(figures)):
        found = _classify(figures[i], figures[j])
        if found is not None:
            findings.append(found)
    wanted = set(drafts)
    if wanted:
        findings = [f for f in findings if wanted & ({c.article for c in f.claims}
                                                      | {e.article for e in f.expansions or ()})]
    return sorted(findings, key=lambda f: (SEVERITY_ORDER[f.severity], f.kind, _position(f)))


def _position(finding: Finding) -> tuple[str, int]:
    if finding.claims:
        return finding.claims[0].article, finding.claims[0].start
    first = (finding.expansions or ())[:1]
    return (first[0].article, first[0].start) if first else ("", 0)
