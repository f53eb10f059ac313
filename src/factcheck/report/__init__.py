"""A report in the three formats ``compare`` writes: JSON (the contract), Markdown and HTML."""

from __future__ import annotations

import json

from factcheck.models import Report
from factcheck.report.html import render_html
from factcheck.report.markdown import render_markdown

FORMATS = ("markdown", "json", "html")


def render_json(report: Report) -> str:
    """The report as DESIGN.md's ``factcheck.report/1`` JSON, keys in a stable order."""
    return json.dumps(report.model_dump(by_alias=True, mode="json"), indent=2, ensure_ascii=False) + "\n"


def render(report: Report, fmt: str) -> str:
    """The report as text in ``fmt``: 'markdown', 'json' or 'html'."""
    if fmt == "json":
        return render_json(report)
    if fmt == "html":
        return render_html(report)
    return render_markdown(report)


__all__ = ["FORMATS", "render", "render_html", "render_json", "render_markdown"]
