"""The words a finding uses: what a figure measures, its value, when it holds, and the finding's
summary and explanation, in the articles' own words (the verb as the sentence writes it, never a
form built from its lemma)."""

from __future__ import annotations

from collections.abc import Sequence

from factcheck import lexicon
from factcheck.judge import frames
from factcheck.judge.classify import MOST_TOGETHER, Verdict
from factcheck.judge.entries import Entry, Figure
from factcheck.judge.values import agree, restates
from factcheck.models import Claim, Finding, FindingKind, Severity
from factcheck.numbers import format_number

SEVERITY: dict[FindingKind, Severity] = {
    "conflict": "error", "scope_mismatch": "error", "outdated": "warning", "internal_arithmetic": "warning",
    "unit_anomaly": "warning", "acronym_conflict": "warning", "agreement": "info"}
SOURCES = {"sentence": "stated in the sentence", "paragraph": "stated in its paragraph",
           "citation": "date of the cited source", "published": "article's publication date"}
DIMENSION_WORDS = {"area": "area", "length": "length", "money": "sum", "duration": "time", "share": "share",
                   "count": "number"}


def _tally(entry: Entry) -> bool:
    """The figure is the value of a tally ('the death toll', 'the number of missing')."""
    return lexicon.names_tally(entry.claim.measured)


def quantity_words(entry: Entry) -> str:
    """The figure as written, with what it counts when the text alone does not say: '70 people',
    '98 (final death toll)'."""
    claim = entry.claim
    text = claim.text
    if claim.dimension == "count" and claim.measured and claim.measured.casefold() not in text.casefold():
        text = f"{text} ({claim.measured})" if _tally(entry) else f"{text} {claim.measured}"
    return text


def period_words(entry: Entry) -> str:
    """'since 2020-11-10', 'from 2025-03-31 to 2025-04-06', 'in 2016', 'since the beginning of the war'."""
    claim = entry.claim
    if claim.period_start and claim.period_start == claim.period_end:
        return f"in {claim.period_start}"
    if claim.period_start and claim.period_end:
        return f"from {claim.period_start} to {claim.period_end}"
    if claim.period_start:
        return f"since {claim.period_start}"
    if claim.period:
        return claim.period[:1].lower() + claim.period[1:]
    return ""


def _what(entry: Entry) -> str:
    claim = entry.claim
    if claim.dimension == "share" and claim.measured:
        what = f"share of {claim.measured}"
    elif claim.measured:
        what = claim.measured
    elif "cost" in entry.frame.events:
        what = "cost"
    elif claim.dimension == "count" and entry.frame.events and frames.tally(entry.frame.events):
        what = "people" if entry.frame.events & {"death", "injury", "missing", "displacement", "rescue"} else "number"
    else:
        what = DIMENSION_WORDS.get(claim.dimension, claim.dimension)
    if claim.owner and claim.owner.casefold() not in what.casefold():
        what = f"{claim.owner}'s {what}" if not claim.owner.endswith("s") else f"{claim.owner}' {what}"
    return what


def figure_words(entry: Entry) -> str:
    """What the figure measures, in its sentence's words: 'people killed or injured since 2020-11-10',
    'death toll soared', 'Nvidia's share gained'."""
    claim = entry.claim
    what = _what(entry)
    words = [what]
    said = set(what.casefold().split())
    verb = " ".join(w for w in (claim.verb or "").split() if w.casefold() not in said)  # not 'jobs cut jobs'
    if verb and what != "cost" and verb.casefold() not in what.casefold() and not _tally(entry):
        words.append(verb)  # a tally's verb only says it moved ('the toll rose to')
    if claim.place and claim.place.casefold() not in what.casefold():
        words.append(f"in {claim.place}")
    words.append(period_words(entry))
    return " ".join(w for w in words if w)


def as_of_source(claim: Claim) -> str:
    """Where a claim's as-of date came from: 'date of the cited source [3]', or '' when unknown."""
    source = SOURCES.get(claim.as_of_source or "", "")
    if claim.as_of_source == "citation" and claim.citation:
        source += f" [{claim.citation.marker}]"
    return source


def when(entry: Entry) -> str:
    """'2024-10-11, date of the cited source [3]'."""
    source = as_of_source(entry.claim)
    if entry.claim.as_of is None:
        return "no date given"  # a draft's figure: never dated by the day it is checked
    return f"{entry.claim.as_of}, {source}" if source else str(entry.claim.as_of)


def value_words(value: float) -> str:
    """A computed value for a sentence: 387, 1.12 million."""
    if abs(value) >= 1_000_000:
        return f"{format_number(round(value / 1_000_000, 2))} million"
    return format_number(round(value, 1))


def finding(kind: FindingKind, summary: str, explanation: str, figures: Sequence[Figure],
            steps: Sequence[Figure] = ()) -> Finding:
    """A finding on figures, with every statement of each that writes its value (and of ``steps``,
    figures named on the way, only the main statement): 'more than 8,800' in a lead and the 8,841 it
    rounds are one figure, and the finding names the one it compared."""
    claims = tuple(e.report() for f in figures for e in f.entries if restates(e.claim, f.main.claim)) \
        + tuple(f.main.report() for f in steps)
    return Finding(kind=kind, severity=SEVERITY[kind], summary=summary, explanation=explanation, claims=claims)


def _room(a: Figure, b: Figure) -> int:
    """How many more figures a finding on ``a`` and ``b`` may name: with every statement of both, a
    finding of more than MOST_TOGETHER reads as a catch-all."""
    return max(MOST_TOGETHER - len(a.entries) - len(b.entries), 0)


def render(verdict: Verdict, figures: Sequence[Figure]) -> Finding:
    """A verdict in words."""
    a, b = figures[verdict.first], figures[verdict.second]
    ea, eb = a.main, b.main
    # in the words of the figure whose verb says what it counts ('killed or injured', not 'affected')
    shared = figure_words(eb if frames.claim_events(ea.claim) & frames.umbrella_events() else ea)
    if verdict.kind == "scope_mismatch":
        summary = (f"Same figure, different scope: {quantity_words(ea)} ({figure_words(ea)}) vs "
                   f"{quantity_words(eb)} ({figure_words(eb)})")
        explanation = (f"“{ea.title}” gives it for the {figure_words(ea)}; “{eb.title}” for the "
                       f"{figure_words(eb)}. Both cannot be right: one of them has the wrong base.")
        return finding("scope_mismatch", summary, explanation, [a, b])
    if verdict.kind == "agreement":
        together = [a, b, *(figures[k] for k in verdict.also)]
        values = [quantity_words(f.main) for f in together]
        listed = f"{', '.join(values[:-1])} and {values[-1]}"
        both = "Both give" if len(together) == 2 else f"All {len(together)} give"
        summary = f"Agree: {listed} — {shared}"
        explanation = f"{both} {shared}, and the values agree within rounding and their qualifiers."
        return finding("agreement", summary, explanation, together)
    if verdict.kind in ("outdated", "revised"):
        later = ""
        if ea.published >= eb.published:
            later = (f" “{ea.title}” was published on {ea.published}, after “{eb.title}” ({eb.published}), "
                     "yet gives the older figure.")
        summary = (f"Stale figure: {quantity_words(ea)} (as of {when(ea)}) vs {quantity_words(eb)} "
                   f"(as of {when(eb)}) — {shared}")
        if verdict.kind == "revised" and verdict.revision is not None:
            how = f"“{eb.title}” revises it: “{verdict.revision.claim.sentence}”"
            explanation = f"Both give {shared}; {how}. {quantity_words(ea)} is superseded.{later}"
        else:
            how = ("a running total that grew" if ea.frame.tally == "grows" or ea.claim.period_start
                   else "a count that changes over time" if ea.frame.tally == "varies"
                   else "a figure that has since changed")
            explanation = (f"Both give {shared}; the values differ and the as-of dates explain it ({how}): "
                           f"{quantity_words(ea)} is the older figure.{later}")
        # the two figures with every statement of each; then, as room allows, the others as new as the
        # newest and the steps between, one statement each: a finding of more reads as a catch-all
        room = _room(a, b)
        also = [figures[k] for k in verdict.also][:room]
        between = [figures[k] for k in verdict.path][:max(room - len(also), 0)]
        if between:
            steps = "; ".join(f"{quantity_words(f.main)} (as of {when(f.main)}, “{f.main.title}”)" for f in between)
            explanation += f" In between: {steps}."
        return finding("outdated", summary, explanation, [a, b], [*also, *between])
    if verdict.kind == "fell":
        summary = (f"Running total fell: {quantity_words(ea)} (as of {when(ea)}) vs {quantity_words(eb)} "
                   f"(as of {when(eb)}) — {shared}")
        explanation = (f"Both give {shared}, a running total; it cannot fall, and “{eb.title}” does not say "
                       "it was revised, so the later figure contradicts the earlier one.")
        return finding("conflict", summary, explanation, [a, b])
    # a third value first ('6.8 vs 6.9 vs 7.0'), then the others that repeat one of the two
    also = sorted((figures[k] for k in verdict.also),
                  key=lambda f: agree(f.main.claim, ea.claim) or agree(f.main.claim, eb.claim))[:_room(a, b)]
    third = [f.main for f in also if not agree(f.main.claim, ea.claim) and not agree(f.main.claim, eb.claim)][:1]
    summary = f"Conflict: {' vs '.join(quantity_words(e) for e in (ea, eb, *third))} — {shared}"
    undated = next((e for e in (ea, eb) if e.claim.as_of is None), None)
    if undated is not None:  # a draft's figure: no date of its own, and no source gives its value
        explanation = (f"Both give {shared}; “{undated.title}” gives no date for its figure, and no source's "
                       "value agrees with it within rounding and qualifiers.")
    elif ea.frame.tally == "fixed":
        explanation = (f"Both give {shared}, which is one figure whenever it is said, and the values differ by more "
                       "than rounding allows.")
    else:
        explanation = (f"Both give {shared} for the same time (as of {when(ea)}; as of {when(eb)}), and the values "
                       "differ by more than rounding and their qualifiers allow.")
    if also:  # the other articles that give one of the values
        named = "; ".join(f"{quantity_words(f.main)} (“{f.main.title}”)" for f in also)
        explanation += f" Also given: {named}."
    return finding("conflict", summary, explanation, [a, b], also)
