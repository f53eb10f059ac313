"""Our spaCy components, added to the English pipeline when it is loaded.

``factcheck_entities`` takes the place of the pipeline's ``ner``, the costliest component (about
half the pipeline's time): it runs that same model, but only on the sentences that may hold a
quantity, the only place the claims read entities (names a number is part of, the place a
figure is of). Most sentences of an article hold no number.

``factcheck_quantities`` runs last (it reads the parse, the lemmas and the entities) and sets
``doc._.quantities``: the :class:`~factcheck.nlp.quantities.Quantity` objects of each sentence,
in order. Extraction and the quantity layer both read it, so a document is searched once.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from factcheck.nlp.not_quantities import date_spans
from factcheck.nlp.quantities import Quantity, find_quantities, may_hold_quantity
from factcheck.units import Unit

QUANTITIES = "factcheck_quantities"
ENTITIES = "factcheck_entities"

if not Doc.has_extension("quantities"):
    Doc.set_extension("quantities", default=None)


class SentenceEntities:
    """The ``ner`` model's entities, predicted sentence by sentence on the sentences that may
    hold a quantity; every other token is marked outside any entity."""

    def __init__(self, ner: Any) -> None:
        self.ner = ner

    def __call__(self, doc: Doc) -> Doc:
        sentences = [s for s in doc.sents if may_hold_quantity(s)]
        found = []
        for sent, alone in zip(sentences, self.ner.pipe(s.as_doc() for s in sentences), strict=True):
            found += [Span(doc, sent.start + e.start, sent.start + e.end, label=e.label) for e in alone.ents]
        doc.set_ents(found, default="outside")
        return doc


@Language.factory(ENTITIES, assigns=["doc.ents"], requires=["doc.sents"])
def make_sentence_entities(nlp: Language, name: str) -> SentenceEntities:
    return SentenceEntities(nlp.get_pipe("ner"))


class QuantityFinder:
    """Finds the quantities of each sentence and stores them on the Doc."""

    def __call__(self, doc: Doc) -> Doc:
        return self.set_annotations(doc, self.match(doc))

    def match(self, doc: Doc) -> list[Quantity]:
        skip = date_spans(doc.text)
        return [q for sent in doc.sents for q in find_quantities(sent, skip)]

    def set_annotations(self, doc: Doc, found: list[Quantity]) -> Doc:
        doc._.quantities = [_plain(q) for q in found]  # plain values, so Docs cross process boundaries
        return doc


@Language.factory(QUANTITIES, assigns=["doc._.quantities"], requires=["token.dep", "token.lemma", "doc.ents"])
def make_quantity_finder(nlp: Language, name: str) -> QuantityFinder:
    return QuantityFinder()


def _plain(q: Quantity) -> list[object]:
    u = q.unit
    return [q.start, q.end, q.value, q.low, q.high, [u.name, u.dimension, u.factor, u.written, u.written_scale],
            q.qualifier, q.counted, q.counted_token, q.number_token]


def _quantity(row: list[Any]) -> Quantity:
    start, end, value, low, high, unit, qualifier, counted, counted_token, number_token = row
    return Quantity(start, end, value, low, high, Unit(*unit), qualifier, counted, counted_token, number_token)


def quantities(doc: Doc) -> list[Quantity]:
    """The quantities the component found in ``doc`` (found now if it did not run)."""
    found = doc._.quantities
    return [_quantity(row) for row in found] if found is not None else QuantityFinder().match(doc)
