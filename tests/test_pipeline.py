"""The loaded pipeline: the published components run only on the sentences that may hold a
quantity; every sentence still gets its boundaries (paragraph breaks and footnote markers end one)."""

from __future__ import annotations

from spacy.language import Language

from factcheck.nlp.components import PARSE, QUANTITIES, quantities

TEXT = "The storm hit Florida on Monday.\n\nIt destroyed 40 homes in Miami.[2] Nobody was hurt. Twelve roads closed."


def test_pipeline_runs_only_our_components_and_they_run_the_published_ones(nlp: Language) -> None:
    assert nlp.pipe_names == [PARSE, QUANTITIES]
    assert {"tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"} <= set(nlp.disabled)


def test_only_sentences_that_may_hold_a_quantity_are_analysed(nlp: Language) -> None:
    doc = nlp(TEXT)
    assert [s.text.strip() for s in doc.sents] == [
        "The storm hit Florida on Monday.", "It destroyed 40 homes in Miami.[2]", "Nobody was hurt.",
        "Twelve roads closed."]
    analysed = [s.text.strip() for s in doc.sents if s[0].tag_]
    assert analysed == ["It destroyed 40 homes in Miami.[2]", "Twelve roads closed."]
    assert [(e.text, e.label_) for e in doc.ents if e.label_ == "GPE"] == [("Miami", "GPE")]
    assert [(q.value, q.counted) for q in quantities(doc)] == [(40.0, "homes"), (12.0, "roads")]
    homes = next(t for t in doc if t.text == "homes")
    assert (homes.dep_, homes.head.lemma_) == ("dobj", "destroy")


def test_many_documents_in_batches_or_two_processes_get_what_each_alone_gets(nlp: Language) -> None:
    texts = [TEXT.replace("40", str(n)) for n in range(40, 56)] + ["No figure here.", "", "5 people died."]
    alone = [[(q.value, q.counted) for q in quantities(nlp(t))] for t in texts]
    one = [[(q.value, q.counted) for q in quantities(d)] for d in nlp.pipe(texts, batch_size=5)]
    assert one == alone
    two = [[(q.value, q.counted) for q in quantities(d)] for d in nlp.pipe(texts, n_process=2, batch_size=4)]
    assert one == two
    assert one[3] == [(43.0, "homes"), (12.0, "roads")]
