"""Our spaCy components, added to the English pipeline when it is loaded.

``factcheck_sparse_parse`` runs first, in place of the pipeline's own components: it splits the
text into sentences cheaply and runs those components only on the sentences that may hold a
quantity (see :class:`SparseParse`).

``factcheck_quantities`` runs last (it reads the parse, the lemmas and the entities) and sets
``doc._.quantities``: the :class:`~factcheck.nlp.quantities.Quantity` objects of each sentence,
in order. Extraction and the quantity layer both read it, so a document is searched once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import groupby, islice
from typing import Any

import numpy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc, Span

from factcheck.nlp.markers import keep_brackets, note_markers
from factcheck.nlp.not_quantities import date_spans
from factcheck.nlp.quantities import Quantity, find_quantities, may_hold_quantity
from factcheck.units import Unit

QUANTITIES = "factcheck_quantities"
PARSE = "factcheck_sparse_parse"
DENSE = 0.75  # share of a text's tokens in chosen sentences from which the whole text is analysed
PART_CHARS = 100_000  # a longer text is parsed in parts of at most this many characters, cut between paragraphs

if not Doc.has_extension("quantities"):
    Doc.set_extension("quantities", default=None)


class SparseParse:
    """Sentences for the whole text, the full analysis for the sentences that may hold a quantity.

    The published pipeline tags, parses and finds entities in every sentence, yet the claims need
    that only where a quantity may be: its frame comes from the parse, its place and whether it
    is part of a name from the entities. Most sentences of an article hold no number. This
    component splits the text with the pipeline's small sentence model (``senter``, else spaCy's
    rule-based sentencizer), ends sentences at footnote markers and paragraph breaks, runs the
    pipeline's own components (``heavy``, in order) on the sentences :func:`may_hold_quantity`
    picks (neighbouring ones together; the parser keeps their boundaries), and writes their
    annotations back. Every other sentence keeps its boundaries, a flat tree (its first token
    the root) and no tags or entities. A text whose sentences nearly all qualify is analysed
    whole, with the same boundaries.
    """

    ATTRS = (TAG, POS, MORPH, LEMMA, HEAD, DEP, ENT_IOB, ENT_TYPE)

    def __init__(self, splitter: Callable[[Doc], Doc], heavy: Sequence[tuple[str, Any]]) -> None:
        self.setup(splitter, heavy)

    def setup(self, splitter: Callable[[Doc], Doc], heavy: Sequence[tuple[str, Any]]) -> None:
        """What splits the text into sentences, and the components to run on the chosen ones."""
        self.splitter = splitter
        self.heavy = list(heavy)

    def __call__(self, doc: Doc) -> Doc:
        return self._analyse([doc])[0]

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        """Documents a batch at a time, so the components run on the whole batch's sentences at once."""
        stream = iter(docs)
        while batch := list(islice(stream, batch_size)):
            yield from self._analyse(batch)

    def _analyse(self, docs: list[Doc]) -> list[Doc]:
        plans = [self._plan(doc) for doc in docs]
        work: list[Doc] = []
        for doc, (_, runs) in zip(docs, plans, strict=True):
            work += [doc] if runs is None else [run.as_doc() for run in runs]
        for _, component in self.heavy:
            work = list(component.pipe(work))
        done = iter(work)
        out = []
        for doc, (sentences, runs) in zip(docs, plans, strict=True):
            if runs is None:
                out.append(next(done))  # analysed whole
            else:
                self._write_back(doc, sentences, [(run, next(done)) for run in runs])
                out.append(doc)
        return out

    def _plan(self, doc: Doc) -> tuple[list[Span], list[Span] | None]:
        """The document's sentences, and the runs of them to analyse (None: the whole text)."""
        note_markers(keep_brackets(self.splitter(doc)))
        at = doc.text.find("\n\n")
        while at != -1:  # a paragraph break always ends a sentence
            space = doc.char_span(at, at + 2, alignment_mode="expand")
            if space is not None and space.end < len(doc):
                doc[space.end].is_sent_start = True
            at = doc.text.find("\n\n", space.end_char if space is not None else at + 2)
        sentences = list(doc.sents)
        runs: list[Span] = []  # neighbouring chosen sentences are analysed together
        for sent in sentences:
            if not may_hold_quantity(sent):
                continue
            if runs and runs[-1].end == sent.start:
                runs[-1] = doc[runs[-1].start:sent.end]
            else:
                runs.append(sent)
        if sum(len(run) for run in runs) >= DENSE * len(doc):
            return sentences, None  # nearly every sentence: copying them out costs more than it saves
        return sentences, runs

    def _write_back(self, doc: Doc, sentences: list[Span], analysed: list[tuple[Span, Doc]]) -> None:
        """The analysed runs' annotations into ``doc``; a flat tree for every other sentence."""
        rows = numpy.zeros((len(doc), len(self.ATTRS)), dtype="int64")
        column = {attr: k for k, attr in enumerate(self.ATTRS)}
        rows[:, column[ENT_IOB]] = 2  # outside any entity
        root, flat = doc.vocab.strings.add("ROOT"), doc.vocab.strings.add("dep")
        for sent in sentences:
            rows[sent.start:sent.end, column[HEAD]] = numpy.arange(0, sent.start - sent.end, -1)
            rows[sent.start:sent.end, column[DEP]] = flat
            rows[sent.start, column[DEP]] = root
        for run, done in analysed:
            rows[run.start:run.end] = done.to_array(list(self.ATTRS)).astype("int64")
        doc.from_array(list(self.ATTRS), rows.astype("uint64"))  # type: ignore[arg-type]


def configure_sparse(nlp: Language) -> None:
    """Put :class:`SparseParse` in place of the pipeline's own components (kept, disabled, and
    run by it)."""
    if PARSE in nlp.pipe_names:
        return
    heavy = [(name, component) for name, component in nlp.pipeline if not name.startswith("factcheck_")]
    names = dict(nlp.components)
    splitter = names["senter"] if "senter" in names else Sentencizer()
    nlp.add_pipe(PARSE, first=True)
    nlp.get_pipe(PARSE).setup(splitter, heavy)  # type: ignore[attr-defined]
    for name, _ in heavy:
        nlp.disable_pipe(name)


@Language.factory(PARSE, assigns=["token.tag", "token.pos", "token.lemma", "token.dep", "token.head",
                                  "doc.ents", "doc.sents"])
def make_sparse_parse(nlp: Language, name: str) -> SparseParse:
    return SparseParse(Sentencizer(), [])


class QuantityFinder:
    """Finds the quantities of each sentence and stores them on the Doc."""

    def __call__(self, doc: Doc) -> Doc:
        return self.set_annotations(doc, self.match(doc))

    def match(self, doc: Doc) -> list[Quantity]:
        skip = date_spans(doc.text)  # only analysed sentences are searched (see SparseParse)
        return [q for sent in doc.sents if sent[0].tag_ for q in find_quantities(sent, skip)]

    def set_annotations(self, doc: Doc, found: list[Quantity]) -> Doc:
        doc._.quantities = [_plain(q) for q in found]  # plain values, so Docs cross process boundaries
        return doc


@Language.factory(QUANTITIES, assigns=["doc._.quantities"], requires=["token.dep", "token.lemma", "doc.ents"])
def make_quantity_finder(nlp: Language, name: str) -> QuantityFinder:
    return QuantityFinder()


def _plain(q: Quantity) -> list[object]:
    u = q.unit
    return [q.start, q.end, q.value, q.low, q.high, [u.name, u.dimension, u.factor, u.written, u.written_scale],
            q.qualifier, q.counted, q.counted_token, q.number_token, q.counted_from]


def _quantity(row: list[Any]) -> Quantity:
    start, end, value, low, high, unit, qualifier, counted, counted_token, number_token, counted_from = row
    return Quantity(start, end, value, low, high, Unit(*unit), qualifier, counted, counted_token, number_token,
                    counted_from)


def quantities(doc: Doc) -> list[Quantity]:
    """The quantities the component found in ``doc`` (found now if it did not run)."""
    found = doc._.quantities
    return [_quantity(row) for row in found] if found is not None else QuantityFinder().match(doc)


def parts_of(text: str, most: int) -> list[str]:
    """``text`` cut into consecutive parts of at most ``most`` characters that join back to it:
    after a paragraph break where there is one, else after a line break, a sentence's full stop
    or a space; a part keeps the whitespace that ends it."""
    parts, begin = [], 0
    while len(text) - begin > most:
        window = text[begin:begin + most]
        for mark in ("\n\n", "\n", ". ", " "):
            at = window.rfind(mark)
            if at > 0:
                cut = begin + at + len(mark)
                break
        else:
            cut = begin + most
        while cut < len(text) and text[cut].isspace():
            cut += 1  # the whitespace between parts stays with the part it ends
        parts.append(text[begin:cut])
        begin = cut
    parts.append(text[begin:])
    return parts


def pipe_whole(nlp: Language, texts: Iterable[str], n_process: int = 1, batch_size: int = 1000,
               most: int | None = None) -> Iterator[Doc]:
    """One Doc per text, as ``nlp.pipe`` gives, for texts of any length: a text longer than
    ``most`` characters (default :data:`PART_CHARS`) is parsed in parts (see :func:`parts_of`)
    joined into one Doc of the whole text, its quantities re-indexed, so offsets and claims are
    those of the whole."""
    most = most or PART_CHARS
    tagged = ((part, n) for n, text in enumerate(texts) for part in parts_of(text, most))
    docs = nlp.pipe(tagged, as_tuples=True, n_process=n_process, batch_size=batch_size)
    for _, group in groupby(docs, key=lambda pair: pair[1]):
        pieces = [doc for doc, _ in group]
        yield pieces[0] if len(pieces) == 1 else _joined(pieces)


def _joined(pieces: list[Doc]) -> Doc:
    """The parts' Docs as one, with each part's quantities moved by the tokens before it."""
    whole = Doc.from_docs(pieces, ensure_whitespace=False, exclude=["tensor", "user_data"])  # type: ignore[call-arg]
    rows, shift = [], 0
    for piece in pieces:
        for row in piece._.quantities or []:
            start, end, *middle, counted_token, number_token, counted_from = row
            rows.append([start + shift, end + shift, *middle,
                         *(None if i is None else i + shift for i in (counted_token, number_token, counted_from))])
        shift += len(piece)
    whole._.quantities = rows
    return whole
