"""Claims -> findings, in steps whose modules name them.

entries (a claim in a comparison, and one figure's repeats) -> frames (what a claim measures,
normalised) -> stories (which articles tell one story) -> identity (are two figures the same
quantity?) -> classify (agree, stale, conflict, scope) -> checks (totals, units and acronyms inside
one article) -> wording (the findings' words); compare runs them in that order.
"""

from factcheck.judge.compare import compare, draft_shorts

__all__ = ["compare", "draft_shorts"]
