"""Footnote markers in the token stream: "areas.[3] While ..." is two sentences, the marker ending the first.

spaCy's English tokenizer keeps "areas.[3" as one token and its sentence splitting then runs the
sentence on into the next one. :data:`INFIXES` (installed by :mod:`factcheck.nlp.tokenizer`)
split a marker from the word before it, and :func:`note_markers`, run by the sparse parse once
the text is split into sentences, fixes the sentence boundaries around a marker that follows a
full stop.
"""

from __future__ import annotations

from spacy.tokens import Doc

INFIXES = (
    r"(?<=[^\W\d_])\.(?=\[\d)",  # "areas.[3": the full stop
    r"(?<=[\w.%])\[(?=\d)",  # "5%[2", "areas.[3": the bracket
)
SENTENCE_END = {".", "!", "?"}
BRACKETS = {"[": "]", "(": ")"}
BRACKETED = 40  # tokens at most between brackets that hold a sentence together; an unclosed one holds nothing


def marker_spans(doc: Doc) -> list[tuple[int, int]]:
    """Token spans of '[n]' markers: '[', digits, ']'."""
    return [(i, i + 3) for i in range(len(doc) - 2)
            if doc[i].text == "[" and doc[i + 1].text.isdigit() and len(doc[i + 1].text) <= 3
            and doc[i + 2].text == "]"]


def keep_brackets(doc: Doc) -> Doc:
    """A bracket does not cut a sentence: the small sentence model ends one before '[see map]',
    '(AP)' or '[1]' and starts the next inside or after it. A sentence start at an opening
    bracket, inside the pair or right after it is undone unless a full stop or a line break
    comes just before it."""
    opened: list[tuple[int, str]] = []
    for token in doc:
        if token.text in BRACKETS:
            opened.append((token.i, BRACKETS[token.text]))
        elif opened and token.text == opened[-1][1]:
            start, _ = opened.pop()
            if token.i - start <= BRACKETED:
                _undo_starts(doc, start, min(token.i + 2, len(doc)))
        elif "\n" in token.text:
            opened.clear()  # a paragraph closes every bracket
    return doc


def _undo_starts(doc: Doc, start: int, end: int) -> None:
    for token in doc[max(start, 1):end]:
        before = doc[token.i - 1]
        if token.is_sent_start and before.text not in SENTENCE_END and "\n" not in before.text:
            token.is_sent_start = False


def note_markers(doc: Doc) -> Doc:
    """A marker after '.', '!' or '?' ends that sentence; the next word starts a new one."""
    for start, end in marker_spans(doc):
        if start == 0 or doc[start - 1].text not in SENTENCE_END:
            continue
        for token in doc[start:end]:
            token.is_sent_start = False
        after = end
        while after < len(doc) and doc[after].is_space:
            doc[after].is_sent_start = False
            after += 1
        if after < len(doc) and (doc[after].is_upper or doc[after].is_title or doc[after].is_digit):
            doc[after].is_sent_start = True
    return doc
