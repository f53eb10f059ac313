"""The HTML report: one self-contained file, the claims of each finding side by side with the
numbers highlighted. Everything taken from an article is escaped: article text is untrusted."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

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

STYLE = """
body{font:15px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:76rem;padding:0 1rem;color:#222}
h1{font-size:1.5rem;margin-bottom:.25rem}h2{margin-top:2rem;border-bottom:1px solid #ccc}
h3{font-size:1.05rem;margin:.25rem 0}
table.summary{border-collapse:collapse;margin:1rem 0}
.summary th,.summary td{border:1px solid #ddd;padding:.2rem .6rem;text-align:left}
.summary td.n{text-align:right}
input.filter{position:absolute;opacity:0}
input.filter+label{display:inline-block;border:1px solid #bbb;border-radius:1rem;padding:.1rem .7rem;
margin:0 .4rem .4rem 0;cursor:pointer;font-size:.9rem}
input.filter:checked+label{background:#333;color:#fff}
.finding{border:1px solid #ddd;border-left:6px solid #999;border-radius:4px;padding:.5rem 1rem;margin:1rem 0}
.error{border-left-color:#c62828}.warning{border-left-color:#ef8f00}.info{border-left-color:#2e7d32}
.kind{font:600 .8rem monospace;text-transform:uppercase;letter-spacing:.05em}
.error .kind{color:#c62828}.warning .kind{color:#a35f00}.info .kind{color:#2e7d32}
.claims{display:grid;grid-template-columns:repeat(auto-fit,minmax(20rem,1fr));gap:1rem}
.claim{background:#f7f7f7;padding:.5rem .75rem;border-radius:4px}
.claim dl{display:grid;grid-template-columns:auto 1fr;gap:0 .75rem;margin:.25rem 0;font-size:.9rem}
.claim dd{margin:0;overflow-wrap:anywhere}.claim dt{color:#666}
mark{background:#ffe082;padding:0 .15em;font-weight:600}
blockquote{margin:.5rem 0;padding-left:.75rem;border-left:3px solid #ccc}
ul.checklist{list-style:none;padding:0}
.check{border-left:6px solid #999;padding:.4rem .8rem;margin:.5rem 0;background:#fafafa}
.check .status{font:600 .8rem monospace;text-transform:uppercase}.check p{margin:.2rem 0;font-size:.9rem}
.check.supported{border-left-color:#2e7d32}.check.supported .status{color:#2e7d32}
.check.stale{border-left-color:#ef8f00}.check.stale .status{color:#a35f00}
.check.differs{border-left-color:#c62828}.check.differs .status{color:#c62828}
.check.unsupported{border-left-color:#6a1b9a}.check.unsupported .status{color:#6a1b9a}
.check .source{color:#555}
"""


def _filter_css(kinds: Sequence[str]) -> str:
    """Show only one kind when its filter is chosen; with no style support, everything shows."""
    return "".join(f"#show-{k}:checked~.findings .finding:not(.k-{k}){{display:none}}" for k in kinds)


def _claims(finding: Finding, names: dict[str, str]) -> str:
    cards = []
    for claim in finding.claims:
        before, number, after = marked(claim)
        cites = "—"
        if claim.citation:
            url = claim.citation.url
            if url and url.startswith(("http://", "https://")):  # only web links; the text stays text
                cites = (f'<a href="{escape(url)}" rel="noopener noreferrer">[{escape(claim.citation.marker)}] '
                         f"{escape(url)}</a>")
            else:
                cites = escape(f"[{claim.citation.marker}] {claim.citation.text}")
        cards.append(
            f'<div class="claim"><dl><dt>Article</dt><dd>{escape(names.get(claim.article, claim.article))}</dd>'
            f"<dt>Value</dt><dd>{escape(value_text(claim))}</dd>"
            f"<dt>As of</dt><dd>{escape(as_of_text(claim))}</dd><dt>Cites</dt><dd>{cites}</dd></dl>"
            f"<blockquote>{escape(before)}<mark>{escape(number)}</mark>{escape(after)}</blockquote></div>")
    return '<div class="claims">' + "".join(cards) + "</div>"


def _expansions(finding: Finding, names: dict[str, str]) -> str:
    cards = [f'<div class="claim"><dl><dt>Article</dt><dd>{escape(names.get(e.article, e.article))}</dd>'
             f"<dt>Expansion</dt><dd><mark>{escape(e.expansion)}</mark></dd></dl>"
             f"<blockquote>{escape(e.sentence)}</blockquote></div>" for e in finding.expansions or ()]
    return '<div class="claims">' + "".join(cards) + "</div>"


def _checklist(report: Report, names: dict[str, str]) -> str:
    """The draft's figures in their sentences, each marked by its status in colour and in words."""
    rows = []
    for item in report.checklist:
        before, number, after = marked(item.claim)
        rows.append(f'<li class="check {item.status}"><span class="status">{escape(STATUS_WORDS[item.status])}'
                    f"</span> {escape(before)}<mark>{escape(number)}</mark>{escape(after)}"
                    f'<p class="why">{escape(item.explanation)}</p>'
                    f'<p class="source">{escape(best_source(item, names))}</p></li>')
    return '<h2>Draft checklist</h2><ul class="checklist">' + "".join(rows) + "</ul>"


def _summary(report: Report) -> str:
    kinds = sorted({f.kind for f in report.findings}, key=lambda k: [f.kind for f in report.findings].index(k))
    rows = "".join(f"<tr><td>{escape(k)}</td><td>{escape(next(f.severity for f in report.findings if f.kind == k))}"
                   f'</td><td class="n">{sum(f.kind == k for f in report.findings)}</td></tr>' for k in kinds)
    return f'<table class="summary"><tr><th>kind</th><th>severity</th><th>findings</th></tr>{rows}</table>'


def render_html(report: Report) -> str:
    """The report as one HTML page with its style inline and no scripts."""
    names = titles(report)
    kinds = list(dict.fromkeys(f.kind for f in report.findings))
    parts = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
             '<meta name="viewport" content="width=device-width, initial-scale=1">',
             "<title>factcheck report</title>", f"<style>{STYLE}{_filter_css(kinds)}</style></head><body>",
             "<h1>factcheck report</h1>", f"<p>{escape(compared(report))}.</p><ul>"]
    for article in report.articles:
        link = (f' — <a href="{escape(article.url)}" rel="noopener noreferrer">{escape(article.url)}</a>'
                if article.url and article.url.startswith(("http://", "https://")) else "")
        parts.append(f"<li><b>{escape(article.title)}</b> ({escape(article.published or 'undated')}){link}</li>")
    parts.append("</ul>")
    if report.checklist:
        parts.append(_checklist(report, names))
    if not report.findings:
        parts.append("<p>No findings: no figure here is given by two articles, or by one in two ways.</p>")
        parts.append("</body></html>")
        return "\n".join(parts) + "\n"
    parts.append(_summary(report))
    parts.append('<input class="filter" type="radio" name="show" id="show-all" checked>'
                 '<label for="show-all">all</label>')
    for kind in kinds:
        parts.append(f'<input class="filter" type="radio" name="show" id="show-{kind}">'
                     f'<label for="show-{kind}">{escape(kind)}</label>')
    parts.append('<div class="findings">')
    for heading, findings in by_severity(report):
        parts.append(f"<h2>{escape(heading)}</h2>")
        for finding in findings:
            body = _expansions(finding, names) if finding.expansions else _claims(finding, names)
            parts.append(f'<section class="finding {finding.severity} k-{finding.kind}">'
                         f'<div class="kind">{escape(finding.kind)} · {escape(finding.severity)}</div>'
                         f"<h3>{escape(finding.summary)}</h3><p>{escape(finding.explanation)}</p>{body}</section>")
    parts.append("</div></body></html>")
    return "\n".join(parts) + "\n"
