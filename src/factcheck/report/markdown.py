"""The Markdown report: for a terminal or a review thread, findings grouped by severity, each with
its claims side by side in a table (article, value, as-of and its source, citation, sentence)."""

from __future__ import annotations

import re

from factcheck.models import Finding, Report
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


def _escape(text: str) -> str:
    """Text safe inside a Markdown table cell, spaces at its ends kept: no pipes, no line breaks, and
    no HTML a renderer would make live ('<script>' from an article is shown, not run)."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return re.sub(r"\s+", " ", text.replace("\\", "\\\\").replace("|", "\\|"))


def _cell(text: str) -> str:
    return _escape(text).strip()


def _claims_table(finding: Finding, names: dict[str, str]) -> list[str]:
    rows: dict[str, list[str]] = {"Article": [], "Value": [], "As of": [], "Cites": [], "Sentence": []}
    for claim in finding.claims:
        before, number, after = marked(claim)
        rows["Article"].append(_cell(names.get(claim.article, claim.article)))
        rows["Value"].append(_cell(value_text(claim)))
        rows["As of"].append(_cell(as_of_text(claim)))
        cites = "—"
        if claim.citation:
            cites = f"[{claim.citation.marker}] {claim.citation.url or claim.citation.text}"
        rows["Cites"].append(_cell(cites))
        rows["Sentence"].append((_escape(before) + (f"**{_cell(number)}**" if number else "") + _escape(after)).strip())
    width = len(finding.claims)
    lines = ["| | " + " | ".join(f"claim {i + 1}" for i in range(width)) + " |",
             "|---|" + "---|" * width]
    lines += [f"| {name} | " + " | ".join(cells) + " |" for name, cells in rows.items()]
    return lines


def _expansions(finding: Finding, names: dict[str, str]) -> list[str]:
    lines = ["| Article | Expansion | Sentence |", "|---|---|---|"]
    for e in finding.expansions or ():
        lines.append(f"| {_cell(names.get(e.article, e.article))} | {_cell(e.expansion)} | {_cell(e.sentence)} |")
    return lines


def render_markdown(report: Report) -> str:
    """The report as Markdown."""
    names = titles(report)
    out = ["# factcheck report", "",
           f"{compared(report)}.", ""]
    for article in report.articles:
        where = f" — {_cell(article.url)}" if article.url else ""
        out.append(f"- **{_cell(article.title)}** ({article.published or 'undated'}){where}")
    if report.checklist:
        out += ["", "## Draft checklist", "", "| Figure | Status | Why | Best source |", "|---|---|---|---|"]
        for item in report.checklist:
            out.append(f"| {_cell(item.claim.text)} | **{_cell(STATUS_WORDS[item.status])}** | "
                       f"{_cell(item.explanation)} | {_cell(best_source(item, names))} |")
    if not report.findings:
        out += ["", "No findings: no figure here is given by two articles, or by one in two ways."]
    for heading, findings in by_severity(report):
        out += ["", f"## {heading}"]
        for finding in findings:
            out += ["", f"### {finding.kind}: {_cell(finding.summary)}", "", _cell(finding.explanation), ""]
            out += _expansions(finding, names) if finding.expansions else _claims_table(finding, names)
    return "\n".join(out) + "\n"
