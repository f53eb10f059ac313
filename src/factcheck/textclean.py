"""Clean the text real sources give into an article body and its notes.

What it mends, each seen in real articles: a PDF's hard line breaks inside sentences and words
hyphenated across them, page numbers and footers on lines of their own, a paragraph split by a
page break, contact blocks and copyright lines; a web page's share buttons and language links;
what follows an article (an author's bio, "Similar Posts"). The notes section is split off and
parsed by :mod:`factcheck.notes`. The patterns are data, in ``data/cleaning.json``.

Cleaning is idempotent: a cleaned text comes out unchanged, so adding a stored article again is
a no-op.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from factcheck import lexicon, notes
from factcheck.notes import fold

SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
LINE_BREAKS = str.maketrans({"\r": "\n", "\f": "\n", "\v": "\n", "\x85": "\n"})  # a page break is one too
CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # C0 but tab and newline, DEL, C1: no text has them
MARKDOWN_LINE = re.compile(r"^(#{1,6}\s|[-*+]\s|>\s?|\d{1,3}[.)]\s|\||```|~~~)")
SENTENCE_END = tuple('.!?:;"”’)]»')
WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


@dataclass(frozen=True)
class Cleaned:
    """An article's body and its notes, each note on one line as ``(number, text)``."""

    body: str
    notes: tuple[tuple[int, str], ...]


def normalise(text: str) -> str:
    """One kind of newline and space, no invisible or control characters, composed Unicode, no
    trailing space."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").translate(LINE_BREAKS))
    text = CONTROLS.sub("", INVISIBLE.sub("", text))
    return "\n".join(SPACES.sub(" ", line).strip() for line in text.split("\n"))


def visible(text: str) -> str:
    """``text`` safe to print on a terminal: each control character (an escape sequence's start
    among them, which could clear the screen or hide a finding) shown as a symbol, not obeyed."""
    return CONTROLS.sub(_symbol, text)


def _symbol(match: re.Match[str]) -> str:
    code = ord(match.group())
    return chr(0x2400 + code) if code < 0x20 else "\u2421" if code == 0x7F else "\ufffd"


@cache
def _footer_patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in lexicon.load("cleaning")["footer_line_patterns"])


def is_furniture(line: str) -> bool:
    """A line that is page or site furniture, not article text."""
    folded = fold(line)
    if not folded:
        return False
    if folded in lexicon.words("cleaning", "share_lines"):
        return True
    if any(folded.startswith(p) for p in lexicon.words("cleaning", "language_link_prefixes")):
        return True
    return any(p.search(folded) for p in _footer_patterns())


def _blocks(lines: Iterable[str]) -> list[list[str]]:
    """Runs of non-blank lines."""
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line:
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    return [b for b in blocks if b]


def join_hyphenated(left: str, right: str, vocabulary: frozenset[str]) -> str:
    """Join ``left`` (ending in '-') and ``right`` split at a line end.

    The hyphen goes when the word without it is used elsewhere in the text or the second half is
    a suffix ("clear-/ance"); it stays when the hyphenated form is used elsewhere or both halves
    are words of their own ("low-/risk").
    """
    head = WORD.findall(left)[-1] if WORD.findall(left) else ""
    tail_match = WORD.match(right)
    if not head or not tail_match or not right[:1].islower():
        return left + right
    tail = tail_match[0]
    if (head + "-" + tail).casefold() in vocabulary:
        return left + right
    if (head + tail).casefold() in vocabulary or tail.casefold() in lexicon.words("cleaning", "hyphen_suffixes"):
        return left[:-1] + right
    return left + right


def _join_lines(lines: list[str], vocabulary: frozenset[str]) -> list[str]:
    """Join the hard-wrapped lines of one block, keeping Markdown's own line structure."""
    out: list[str] = []
    for line in lines:
        if out and not MARKDOWN_LINE.match(line) and not out[-1].startswith("#"):
            if out[-1].endswith("-") and not out[-1].endswith(" -"):
                out[-1] = join_hyphenated(out[-1], line, vocabulary)
            else:
                out[-1] = out[-1] + " " + line
        else:
            out.append(line)
    return out


def _merge_page_breaks(blocks: list[str], vocabulary: frozenset[str]) -> list[str]:
    """Rejoin a paragraph that a page break (now removed) cut in the middle of a sentence."""
    merged: list[str] = []
    for block in blocks:
        prev = merged[-1] if merged else ""
        if prev and not prev.endswith(SENTENCE_END) and block[:1].islower() and not MARKDOWN_LINE.match(prev):
            merged[-1] = join_hyphenated(prev, block, vocabulary) if prev.endswith("-") else prev + " " + block
        else:
            merged.append(block)
    return merged


def guess_title(text: str) -> str | None:
    """A title line near the top of a plain text: one line of 3 to 25 words with no final stop."""
    for block in _blocks(normalise(text).split("\n"))[:5]:
        line = block[0].lstrip("#").strip()
        if len(block) == 1 and 3 <= len(line.split()) <= 25 and not line.endswith((".", "!", "?", ":")):
            return line
    return None


def _drop_title(blocks: list[str], title: str | None) -> list[str]:
    """Remove the title line (and the kicker labels above it) from the top of the body."""
    if not title:
        return blocks
    for i, block in enumerate(blocks[:5]):
        if fold(block.lstrip("#")) == fold(title):
            above = blocks[:i]
            if all(len(b.split()) <= 4 and not b.endswith(SENTENCE_END) for b in above):
                return blocks[i + 1:]
            return blocks[:i] + blocks[i + 1:]
    return blocks


def clean(text: str, title: str | None = None) -> Cleaned:
    """The article body and notes of a raw text (PDF extract, web copy, Markdown or plain)."""
    lines = normalise(text).split("\n")
    start = notes.find_start(lines)
    section = notes.parse_section(lines, start) if start is not None else None
    body_lines = lines if start is None else lines[:start]
    vocabulary = frozenset(w.casefold() for w in WORD.findall("\n".join(body_lines)))

    kept: list[str] = []
    for line in body_lines:
        if notes.is_trailer_heading(line):
            break
        kept.append("" if is_furniture(line) else line)
    paragraphs = ["\n".join(_join_lines(block, vocabulary)) for block in _blocks(kept)]
    paragraphs = _drop_title(_merge_page_breaks(paragraphs, vocabulary), title)
    return Cleaned("\n\n".join(paragraphs), section.entries if section else ())
