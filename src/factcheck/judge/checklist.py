"""A draft from its writer's side: every figure of the draft, with what the corpus says of it.

For each figure of a draft, the corpus figures that are the same quantity (a verdict of the
comparison other than a scope mismatch) decide its status, by the sources' as-of dates alone:

- ``supported``: a source agrees, and no source newer than the newest agreeing one disagrees;
- ``stale``: a source agrees, but a newer source gives another value (the figure to use);
- ``differs``: sources give the quantity, none agrees;
- ``unsupported``: no source gives the quantity.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from factcheck.judge.classify import Verdict
from factcheck.judge.entries import Entry, Figure
from factcheck.judge.values import agree
from factcheck.judge.wording import figure_words, quantity_words
from factcheck.models import ChecklistItem, CheckStatus

MOST_EVIDENCE = 3  # source figures shown beside a draft's figure


def _when(entry: Entry) -> str:
    return entry.claim.as_of or entry.published


def checklist(figures: Sequence[Figure], verdicts: Iterable[Verdict], drafts: set[str]) -> list[ChecklistItem]:
    """One item for every claim of the drafts, in reading order."""
    sources: dict[int, set[int]] = defaultdict(set)
    for verdict in verdicts:
        if verdict.kind == "scope_mismatch":
            continue
        for mine, other in ((verdict.first, verdict.second), (verdict.second, verdict.first)):
            if figures[mine].main.article in drafts and figures[other].main.article not in drafts:
                sources[mine].add(other)
    items = []
    for index, figure in enumerate(figures):
        if figure.main.article not in drafts:
            continue
        found = sorted((figures[k].main for k in sources[index]), key=_when, reverse=True)
        for entry in figure.entries:
            items.append(_item(entry, found))
    return sorted(items, key=lambda item: (item.article, item.claim.start))


def _item(entry: Entry, found: list[Entry]) -> ChecklistItem:
    """The status of one draft claim against the source figures of its quantity, newest first."""
    claim = entry.claim
    backing = [s for s in found if agree(claim, s.claim)]
    what = figure_words(entry)
    if not found:
        return _made(entry, "unsupported", [], f"No source in the corpus reports this quantity ({what}): "
                     "cite one or cut it.")
    if not backing:
        newest = found[0]
        return _made(entry, "differs", found, f"The newest source, “{newest.title}”, gives "
                     f"{quantity_words(newest)} (as of {_when(newest)}); no source gives {quantity_words(entry)}.")
    newer = [s for s in found if _when(s) > _when(backing[0]) and not agree(claim, s.claim)]
    if newer:
        best = newer[0]
        return _made(entry, "stale", [best, backing[0], *newer[1:]], f"“{backing[0].title}” gives it as of "
                     f"{_when(backing[0])}, "
                     f"but “{best.title}” gives {quantity_words(best)} as of {_when(best)}: use the newer figure.")
    return _made(entry, "supported", backing, f"“{backing[0].title}” gives {quantity_words(backing[0])} "
                 f"(as of {_when(backing[0])}), and no newer source gives another value.")


def _made(entry: Entry, status: CheckStatus, evidence: list[Entry], explanation: str) -> ChecklistItem:
    """The item, with the evidence of at most MOST_EVIDENCE articles (an article's first figure each)."""
    shown: dict[str, Entry] = {}
    for source in evidence:
        shown.setdefault(source.article, source)
    return ChecklistItem(article=entry.article, claim=entry.report(), status=status,
                         evidence=tuple(e.report() for e in list(shown.values())[:MOST_EVIDENCE]),
                         explanation=explanation)
