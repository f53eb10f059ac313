"""What the Markdown and HTML reports share: headings, counts, and how a claim is shown."""

from __future__ import annotations

from collections import Counter
from typing import Any, TypeVar

from pydantic import BaseModel

from factcheck.judge.wording import as_of_source
from factcheck.models import ChecklistItem, Claim, Finding, Report, ReportClaim
from factcheck.numbers import format_number
from factcheck.textclean import visible

HEADINGS = {"error": "Errors", "warning": "Warnings", "info": "Agreements and checks that pass"}


M = TypeVar("M", bound=BaseModel)


def shown(record: M) -> M:
    """A report or claims file whose every text is safe to print (see :func:`textclean.visible`):
    a corpus file edited by hand, or made before ingestion removed them, may hold escapes."""
    return type(record).model_validate(_visible(record.model_dump(mode="json", by_alias=True)))


def _visible(data: Any) -> Any:
    if isinstance(data, str):
        return visible(data)
    if isinstance(data, list):
        return [_visible(item) for item in data]
    if isinstance(data, dict):
        return {key: _visible(value) for key, value in data.items()}
    return data


def counts(report: Report) -> str:
    """'2 errors, 5 warnings, 3 info' for the report's findings."""
    found: Counter[str] = Counter(f.severity for f in report.findings)
    return ", ".join(f"{found[s]} {s if found[s] == 1 or s == 'info' else s + 's'}" for s in HEADINGS)


def checklist_counts(report: Report) -> str:
    """'1 supported, 1 stale, 1 differs, 1 unsupported' for a draft's checklist."""
    found: Counter[str] = Counter(item.status for item in report.checklist)
    return ", ".join(f"{found[s]} {s}" for s in STATUS_WORDS if found[s])


def compared(report: Report) -> str:
    """'2 articles compared, 2026-11-22T10:00:00Z: 1 error, 7 warnings, 3 info'."""
    n = len(report.articles)
    return f"{n} article{'' if n == 1 else 's'} compared, {report.generated}: {counts(report)}"


def by_severity(report: Report) -> list[tuple[str, list[Finding]]]:
    """The findings grouped by severity, most severe first, empty groups left out."""
    return [(HEADINGS[s], [f for f in report.findings if f.severity == s]) for s in HEADINGS
            if any(f.severity == s for f in report.findings)]


def value_text(claim: Claim) -> str:
    """'118,000 hectare', '300-1,000 USD (at least)'."""
    if claim.value is not None:
        number = format_number(claim.value)
    else:
        number = "-".join(format_number(v) for v in (claim.low, claim.high) if v is not None)
    qualifier = "" if claim.qualifier == "exact" else f" ({claim.qualifier.replace('_', ' ')})"
    unit = "" if claim.unit == "count" else f" {claim.unit}"
    return f"{number}{unit}{qualifier}"


def as_of_text(claim: Claim) -> str:
    """'2024-10-11 (date of the cited source [3])'."""
    source = as_of_source(claim)
    return f"{claim.as_of} ({source})" if source else str(claim.as_of or "")


def titles(report: Report) -> dict[str, str]:
    """Article id -> title."""
    return {a.id: a.title for a in report.articles}


def marked(claim: ReportClaim) -> tuple[str, str, str]:
    """The sentence on one line, split around the quantity: (before, quantity, after); the
    sentence alone when it does not contain the quantity as written."""
    sentence, text = " ".join(claim.sentence.split()), " ".join(claim.text.split())  # shown on one line
    at = sentence.find(text)
    if at < 0:
        return sentence, "", ""
    return sentence[:at], text, sentence[at + len(text):]


STATUS_WORDS = {"supported": "supported", "stale": "stale — a newer figure exists",
                "differs": "differs from the sources", "unsupported": "no source"}


def best_source(item: ChecklistItem, names: dict[str, str]) -> str:
    """The source that decides a checklist item, as one line: 'Title: 190,000 hectare, as of 2025-04'."""
    if not item.evidence:
        return "—"
    first = item.evidence[0]
    return f"{names.get(first.article, first.article)}: {value_text(first)}, as of {first.as_of or 'undated'}"
