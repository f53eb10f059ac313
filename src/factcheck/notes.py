"""The notes section of an article: where it starts, its entries, and the inline markers.

A notes section is either a heading from ``notes_headings`` (``## Notes``, ``References``,
``Источники`` ...) followed by numbered entries, or, with no heading, the last run of lines that
starts with ``[1]`` after a blank line. Entries are ``[n] text`` (or Markdown's ``[^n]: text``);
lines that continue an entry are joined to it, a URL broken across lines is mended, and what a
PDF leaves between entries (page numbers, bare repeated URLs) is dropped. The section ends at the
first line that is neither a note nor such residue: an author's bio, "Similar Posts", a contact
block.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from factcheck import lexicon
from factcheck.dates import find_dates
from factcheck.models import Marker, Reference

NOTE_LINE = re.compile(r"^\s*[-*]?\s*\[\^?(\d{1,3})\]:?\s*(.*)$")
INLINE_MARKER = re.compile(r"\[\^?(\d{1,3})\]")
URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
URL_TAIL = ".,;:)]}>»”’\"'"
PAGE_NUMBER = re.compile(r"^\s*(?:page\s+)?\d{1,4}(?:\s+of\s+\d{1,4})?\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class NotesSection:
    """Where the notes start (a line index) and their entries, each on one line."""

    start: int
    entries: tuple[tuple[int, str], ...]


def fold(line: str) -> str:
    """A line compared case- and space-insensitively."""
    return " ".join(line.split()).casefold()


def _is_heading(line: str, kind: str) -> bool:
    """The line, without Markdown '#' and a final ':', is one of the ``kind`` headings."""
    text = fold(line).lstrip("#").strip().rstrip(":").strip()
    return bool(text) and text in lexicon.words("cleaning", kind)


def is_notes_heading(line: str) -> bool:
    """``## Notes``, ``References:``, ``Kaynakça`` ... alone on a line."""
    return _is_heading(line, "notes_headings")


def is_trailer_heading(line: str) -> bool:
    """A line that starts what follows an article: "About the Author", "Similar Posts" ..."""
    return _is_heading(line, "trailer_headings")


def is_bare_url(line: str) -> bool:
    """A line that holds one URL and nothing else."""
    stripped = line.strip()
    return bool(stripped) and URL.fullmatch(stripped) is not None


def find_start(lines: Sequence[str]) -> int | None:
    """The index of the notes heading or first note line, or None when there is no section."""
    for i, line in enumerate(lines):
        if is_notes_heading(line):
            following = next((nxt for nxt in lines[i + 1:] if nxt.strip()), "")
            if NOTE_LINE.match(following):
                return i
    start = None
    for i, line in enumerate(lines):
        match = NOTE_LINE.match(line)
        if match and match[1] == "1" and (i == 0 or not lines[i - 1].strip()):
            start = i
    return start


def _join_continuation(entry: str, line: str) -> str:
    """Join a wrapped line to its entry, mending a URL or a hyphenated word split by the wrap."""
    piece = line.strip()
    last = entry.split()[-1] if entry.split() else ""
    if URL.fullmatch(last.rstrip(URL_TAIL)) and " " not in piece and not entry.endswith(" "):
        return entry + piece
    if entry.endswith("-") and piece[:1].isalnum():
        return entry + piece
    return entry.rstrip() + " " + piece


def parse_section(lines: Sequence[str], start: int) -> NotesSection:
    """The entries of the notes section that begins at ``lines[start]``."""
    entries: list[tuple[int, str]] = []
    current: tuple[int, str] | None = None
    after_blank = False
    for line in lines[start:]:
        if not line.strip():
            after_blank = True
            continue
        match = NOTE_LINE.match(line)
        if match:
            if current is not None:
                entries.append(current)
            current = (int(match[1]), match[2].strip())
            after_blank = False
        elif current is None and is_notes_heading(line):
            continue
        elif current is not None and not after_blank:
            current = (current[0], _join_continuation(current[1], line))
        elif not (PAGE_NUMBER.match(line) or is_bare_url(line)):
            break
    if current is not None:
        entries.append(current)
    return NotesSection(start, tuple((n, " ".join(text.split())) for n, text in entries))


def first_url(text: str) -> str | None:
    """The first URL in a note, without the punctuation that follows it."""
    match = URL.search(text)
    return match[0].rstrip(URL_TAIL) if match else None


def _dates(text: str) -> tuple[str | None, str | None]:
    """(the source's date, the date accessed), read from a note with its URLs masked."""
    masked = URL.sub(lambda m: " " * len(m[0]), text)
    labels = lexicon.words("cleaning", "accessed_labels")
    date = accessed = None
    for found in find_dates(masked):
        before = fold(masked[max(0, found.start - 40):found.start]).rstrip(" :(-")
        if any(before.endswith(label) for label in labels):
            accessed = accessed or found.value
        else:
            date = date or found.value
    return date, accessed


def _is_ibid(text: str) -> bool:
    """"Ibid.", "Ibid., p. 4", "Там же": a note that repeats the one before it."""
    folded = fold(text)
    return any(re.match(re.escape(word.rstrip(".,")) + r"(?:[.,;:\s]|$)", folded)
               for word in lexicon.words("cleaning", "ibid"))


def references(section: NotesSection) -> tuple[Reference, ...]:
    """The entries as references; an "Ibid." note takes the URL and dates of the note it repeats."""
    refs: list[Reference] = []
    for number, text in section.entries:
        if _is_ibid(text) and refs:
            base = refs[-1] if refs[-1].same_as is None else next(
                r for r in refs if r.number == refs[-1].same_as)
            refs.append(Reference(number=number, text=text, url=first_url(text) or base.url,
                                  date=base.date, accessed=base.accessed, same_as=base.number))
            continue
        date, accessed = _dates(text)
        refs.append(Reference(number=number, text=text, url=first_url(text), date=date, accessed=accessed))
    return tuple(refs)


def markers(body: str, refs: Sequence[Reference]) -> tuple[Marker, ...]:
    """Every inline ``[n]`` in the body that names a note of the article."""
    numbers = {ref.number for ref in refs}
    return tuple(Marker(number=int(m[1]), start=m.start(), end=m.end())
                 for m in INLINE_MARKER.finditer(body) if int(m[1]) in numbers)


def render(refs: Sequence[tuple[int, str]]) -> str:
    """The notes section as stored in a corpus file."""
    return "## Notes\n\n" + "\n\n".join(f"[{number}] {text}" for number, text in refs)
