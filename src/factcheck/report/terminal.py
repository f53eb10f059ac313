"""The report on a terminal: a summary table, then each finding coloured by severity, its claims
listed with the numbers highlighted in their sentences. Piped output gets Markdown instead."""

from __future__ import annotations

from collections import Counter
from urllib.parse import urlparse

from rich.console import Console
from rich.table import Table
from rich.text import Text

from factcheck.models import ClaimsFile, Finding, Report
from factcheck.report.shared import (
    STATUS_WORDS,
    as_of_text,
    best_source,
    by_severity,
    compared,
    marked,
    titles,
    value_text,
)

COLOURS = {"error": "bold red", "warning": "yellow", "info": "green"}


def _checklist(report: Report, names: dict[str, str]) -> Table:
    table = Table(title="Draft checklist", title_justify="left")
    for column in ("figure", "status", "why", "best source"):
        table.add_column(column)
    for item in report.checklist:
        table.add_row(item.claim.text, Text(STATUS_WORDS[item.status], style=COLOURS[item.severity]),
                      item.explanation, best_source(item, names))
    return table


def _summary(report: Report) -> Table:
    table = Table(title=compared(report), title_justify="left")
    for column in ("kind", "severity", "findings"):
        table.add_column(column, justify="right" if column == "findings" else "left")
    counted = Counter((f.kind, f.severity) for f in report.findings)
    for (kind, severity), n in counted.items():
        table.add_row(kind, Text(severity, style=COLOURS[severity]), str(n))
    return table


def _finding(console: Console, finding: Finding, names: dict[str, str]) -> None:
    head = Text(f"{finding.kind} ", style=COLOURS[finding.severity])
    head.append(finding.summary, style="bold")
    console.print(head)
    console.print(Text(finding.explanation, style="dim"))
    for claim in finding.claims:
        before, number, after = marked(claim)
        cited = ""
        if claim.citation:
            site = urlparse(claim.citation.url).netloc if claim.citation.url else ""
            cited = f", cites [{claim.citation.marker}] {site}".rstrip()
        console.print(Text(f"  • {names.get(claim.article, claim.article)} — {value_text(claim)}, "
                           f"as of {as_of_text(claim)}{cited}"))
        sentence = Text("    " + before)
        sentence.append(number, style="reverse")
        sentence.append(after)
        console.print(sentence)
    for expansion in finding.expansions or ():
        console.print(Text(f"  • {names.get(expansion.article, expansion.article)}: ").append(
            expansion.expansion, style="reverse"))
    console.print()


def print_terminal(report: Report, console: Console) -> None:
    """The report, for a person at a terminal."""
    names = titles(report)
    if report.checklist:
        console.print(_checklist(report, names))
    console.print(_summary(report))
    for article in report.articles:
        console.print(Text(f"  {article.title} ({article.published or 'undated'})", style="dim"))
    console.print()
    for heading, findings in by_severity(report):
        console.rule(heading)
        for finding in findings:
            _finding(console, finding, names)


def claims_table(found: ClaimsFile) -> Table:
    """An article's claims, one row each: value, what it measures, as-of, citation, the text."""
    table = Table(title=f"{found.article.title} ({found.article.published}): {len(found.claims)} claims",
                  title_justify="left")
    for column in ("value", "measured", "as of", "cites", "text"):
        table.add_column(column, overflow="fold")
    for claim in found.claims:
        cited = f"[{claim.citation.marker}]" if claim.citation else ""
        table.add_row(value_text(claim), claim.measured or "", as_of_text(claim), cited, claim.text)
    return table


def claim_lines(found: ClaimsFile) -> list[str]:
    """The same, as plain lines for a pipe."""
    lines = [f"{found.article.title} ({found.article.published}): {len(found.claims)} claims"]
    for claim in found.claims:
        cited = f" [{claim.citation.marker}]" if claim.citation else ""
        lines.append(f"  {value_text(claim)} | {claim.measured or '-'} | as of {as_of_text(claim)}{cited} "
                     f"| {claim.text!r}")
    return lines


class ProgressBar:
    """A progress bar on stderr for long extractions (shown from a few articles up)."""

    def __init__(self, console: Console, least: int = 3) -> None:
        from rich.progress import Progress

        self._bar = Progress(console=console, transient=True)
        self._least = least
        self._task: object = None

    def start(self, total: int) -> None:
        if total >= self._least:
            self._bar.start()
            self._task = self._bar.add_task("extracting claims", total=total)

    def advance(self) -> None:
        if self._task is not None:
            self._bar.advance(self._task)  # type: ignore[arg-type]

    def stop(self) -> None:
        if self._task is not None:
            self._bar.stop()
