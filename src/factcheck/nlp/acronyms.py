"""Acronym definitions: "Long Form (LF)" and "LF (Long Form)".

The matching is Schwartz & Hearst, "A simple algorithm for identifying abbreviation definitions
in biomedical text" (PSB 2003): each letter of the short form is found, right to left, in the
candidate long form, the first one at the start of a word. Two fixes for what news text hits:

- the candidate window starts too early ("According to the Agency for X (AX)"): leading words
  that are lowercase or reporting phrases are trimmed, keeping the shortest long form that
  still matches;
- an organisation renamed or translated keeps an acronym whose letters no longer match
  ("Mechanical Mine Clearing Equipment (MEMATT)"): when the match fails but the short form is
  an all-capital acronym right after a run of capitalised words, that run is recorded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

SHORT = re.compile(r"^[A-Za-z0-9][\w.&'-]{0,11}$")
REPORTING = {"according", "said", "says", "by", "from", "with", "as", "while", "when"}
CONNECTORS = {"of", "for", "and", "the", "on", "in", "de", "du", "des", "la", "le", "el", "&", "to"}
WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class Definition:
    """An acronym, its expansion, and the character span of the whole definition."""

    short: str
    long: str
    start: int
    end: int


def is_short_form(text: str) -> bool:
    """Schwartz & Hearst's test: 2-10 characters, a letter first... and at least one capital."""
    return bool(SHORT.match(text)) and 2 <= len(text) <= 10 and any(c.isupper() for c in text) \
        and text[0].isalnum()


def best_long_form(short: str, candidate: str) -> str | None:
    """Schwartz & Hearst's right-to-left match of ``short`` in ``candidate``, or None."""
    s = len(short) - 1
    c = len(candidate) - 1
    while s >= 0:
        char = short[s].casefold()
        if not char.isalnum():
            s -= 1
            continue
        while c >= 0 and (candidate[c].casefold() != char or (s == 0 and c > 0 and candidate[c - 1].isalnum())):
            c -= 1
        if c < 0:
            return None
        s -= 1
        c -= 1
    start = candidate.rfind(" ", 0, c + 1) + 1
    return candidate[start:]


def _trim(long: str, short: str) -> str:
    """Cut leading filler ("According to the ...") back to the first content word that starts
    with the short form's first letter; keep ``long`` when there is none."""
    words = long.split()
    for k, word in enumerate(words):
        filler = word[:1].islower() or word.casefold() in CONNECTORS or word.casefold() in REPORTING
        if not filler:
            return " ".join(words[k:]) if word[:1].casefold() == short[:1].casefold() else long
    return long


def _capitalised_run(text: str) -> str | None:
    """The run of capitalised words (connectors allowed inside) at the end of ``text``."""
    words = text.split()
    run: list[str] = []
    for word in reversed(words):
        bare = word.strip(",;:\"“”'")
        if bare != word and run:
            break
        if bare[:1].isupper() or (bare.casefold() in CONNECTORS and run):
            run.insert(0, bare)
        else:
            break
    while run and run[0].casefold() in CONNECTORS:
        run.pop(0)
    return " ".join(run) if len(run) >= 2 else None


def find_definitions(text: str) -> list[Definition]:
    """Every acronym definition in ``text`` (one sentence or more), in order."""
    found = []
    for paren in re.finditer(r"\(([^()]{1,120})\)", text):
        inner = paren[1].strip()
        before = text[:paren.start()].rstrip()
        sentence_start = max(before.rfind(". "), before.rfind("; "), before.rfind("\n")) + 1
        window = before[sentence_start:].strip()
        if is_short_form(inner) and window:
            words = window.split()
            limit = min(len(inner) + 5, len(inner) * 2)
            candidate = " ".join(words[-limit:])
            long = best_long_form(inner, candidate)
            acronym = inner.isupper() and sum(c.isalpha() for c in inner) >= 2
            if long is not None:
                long = _trim(long, inner)
            if acronym and (long is None or (long[:1].islower() and inner[:1].isupper() and _capitalised_run(
                    candidate))):
                long = _capitalised_run(candidate) or long
            if long and long.casefold() != inner.casefold():
                start = before.rfind(long)
                found.append(Definition(inner, long.strip(" ,;"), start, paren.end()))
        elif len(inner.split()) >= 2:
            last = WORD.findall(window)[-1] if window else ""
            if is_short_form(last) and last.isupper() and best_long_form(last, inner) and not inner[:1].isdigit():
                # not 'PT (4:30 PM ET)': a time or a figure in brackets restates, it does not expand
                start = before.rfind(last)
                found.append(Definition(last, inner, start, paren.end()))
    return found
