"""Article -> claims: quantities with their frame, period, as-of date and citation.

For each sentence of the body: its quantities (:mod:`factcheck.nlp.quantities`), what each
measures and of what (from the parse), the period it covers and the date it holds for
(:mod:`factcheck.nlp.periods`), and the note its sentence or paragraph cites. As-of is taken,
in this order, from the sentence, its paragraph, the cited source's date and the article's
publication date; ``as_of_source`` says which.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from factcheck.models import Acronym, Article, ArticleInfo, Citation, Claim, ClaimsFile
from factcheck.nlp import periods
from factcheck.nlp.acronyms import find_definitions
from factcheck.nlp.components import quantities
from factcheck.nlp.quantities import Quantity
from factcheck.numbers import number_word

PLACE_LABELS = ("GPE", "LOC")
OWN_ARGUMENTS = {"dobj", "nsubj", "nsubjpass", "attr", "dative", "oprd"}


def _paragraphs(body: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for block in body.split("\n\n"):
        spans.append((start, start + len(block)))
        start += len(block) + 2
    return spans


def _citation(article: Article, sent: Span, next_sent: Span | None, paragraph_end: int) -> Citation | None:
    """The note the sentence cites, or the next one cited later in its paragraph."""
    begin = sent.start_char
    text_start = begin + len(sent.text) - len(sent.text.lstrip())
    own = [m for m in article.markers if begin <= m.start < sent.end_char
           and not (m.start == text_start and sent.start > 0)]
    if next_sent is not None:
        lead = next_sent.start_char + len(next_sent.text) - len(next_sent.text.lstrip())
        own += [m for m in article.markers if m.start == lead]
    if not own:
        own = [m for m in article.markers if sent.end_char <= m.start < paragraph_end][:1]
    if not own:
        return None
    ref = article.reference(own[0].number)
    if ref is None:
        return None
    return Citation(marker=str(ref.number), text=ref.text, url=ref.url, date=ref.date)


def _verb(token: Token) -> Token | None:
    node = token
    for _ in range(8):
        if node.pos_ in ("VERB", "AUX") and node.dep_ != "amod":
            return node
        if node.head is node:
            return None
        node = node.head
    return None


def _of_complement(doc: Doc, q: Quantity) -> Span | None:
    end = q.end
    if end < len(doc) and doc[end].lower_ == "of":
        objects = [t for t in doc[end].children if t.dep_ == "pobj"]
        if objects:
            return doc[end + 1:objects[0].i + 1]
    return None


def _predicate(verb: Token) -> str:
    """The verb's lemma, with verbs coordinated with it that share its object: 'kill or injure'."""
    words = [verb.lemma_.casefold()]
    cc = next((c.lower_ for c in verb.children if c.dep_ == "cc"), "and")
    for conj in verb.children:
        if conj.dep_ == "conj" and conj.pos_ == "VERB" and not any(c.dep_ in OWN_ARGUMENTS for c in conj.children):
            words += [cc, conj.lemma_.casefold()]
    return " ".join(words)


def _modified_noun(doc: Doc, q: Quantity) -> Token | None:
    """'a 30-year occupation', 'a 5-km road': the noun a measured quantity describes."""
    last = doc[q.end - 1]
    if q.unit.dimension == "count" or last.dep_ not in ("compound", "amod"):
        return None
    head = last.head
    return head if head.pos_ in ("NOUN", "PROPN") and not (q.start <= head.i < q.end) else None


def _purpose(doc: Doc, verb: Token, q: Quantity) -> str | None:
    """What money is spent on or given for: 'spent $4.2 billion on schools' -> 'schools'."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("on", "for") and prep.i >= q.end:
            objects = [t for t in prep.children if t.dep_ == "pobj"]
            if objects:
                return doc[objects[0].left_edge.i:objects[0].i + 1].text
    return None


def _frame(doc: Doc, sent: Span, q: Quantity) -> tuple[str | None, str | None, str | None, str | None]:
    """(measured, subject, predicate, place) of a quantity, read from the parse."""
    described = _modified_noun(doc, q)
    if described is not None:
        return described.text, None, None, None
    number = doc[q.number_token]
    own_noun = q.counted_token is not None and q.counted_token >= q.start  # not a noun said once for two numbers
    anchor = doc[q.counted_token] if q.counted_token is not None and own_noun else number
    own_clause = [c for t in doc[q.start:q.end] for c in t.children
                  if c.dep_ == "acl" and c.pos_ == "VERB" and c.i >= q.end]
    verb = own_clause[0] if own_clause else _verb(anchor)
    predicate = _predicate(verb) if verb is not None else None
    subject = None
    if verb is not None:
        subjects = [t for t in verb.children if t.dep_ in ("nsubj", "nsubjpass")
                    and not (q.start <= t.i < q.end) and t.i != q.counted_token]
        if subjects:
            s = subjects[0]
            subject = doc[s.left_edge.i:s.i + 1].text
    complement = _of_complement(doc, q)
    measured = q.counted or (complement.text if complement is not None else None)
    if measured is None and q.unit.dimension == "money" and verb is not None:
        measured = _purpose(doc, verb, q)
    place = None
    scope = complement if complement is not None else sent
    places = [e for e in doc.ents if e.label_ in PLACE_LABELS and scope.start <= e.start < scope.end]
    if places:
        place = places[0].text
    elif complement is not None and complement[-1].pos_ == "PROPN":
        place = complement.text
    return measured, subject, predicate, place


def _borrow_counted(quantities: list[Quantity]) -> list[Quantity]:
    """'killed 70 citizens and injured 317': a bare count counts what its neighbour counts."""
    out: list[Quantity] = []
    for i, q in enumerate(quantities):
        if q.unit.dimension == "count" and q.counted is None:
            near = [o for o in quantities[:i][::-1] + quantities[i + 1:] if o.counted and o.unit.dimension == "count"]
            if not near:
                continue
            q = Quantity(q.start, q.end, q.value, q.low, q.high, q.unit, q.qualifier, near[0].counted, None,
                         q.number_token)
        out.append(q)
    return out


def _keep(doc: Doc, q: Quantity) -> bool:
    """Leave out what is not a claim: 'one' used as a pronoun or article, and people's ages
    ('Senard, 65,'), which say who someone is rather than what the article reports."""
    word = doc[q.number_token]
    one = q.unit.dimension == "count" and number_word(word.text) == 1 and q.end - q.start == 1
    return not (one or q.unit.dimension == "age")


def extract_claims(article: Article, doc: Doc) -> list[Claim]:
    """The claims of an article whose body was parsed into ``doc``."""
    found = quantities(doc)
    sentences = list(doc.sents)
    paragraphs = _paragraphs(article.body)
    claims: list[Claim] = []
    since: dict[int, periods.Period] = {}
    dated: list[periods.Period] = []
    for index, sent in enumerate(sentences):
        para = next(i for i, (s, e) in enumerate(paragraphs) if s <= sent.start_char <= e)
        p_start, p_end = paragraphs[para]
        text = sent.text
        period = periods.period(text, article.published)
        if period is not None and period.start is None:
            period = periods.resolve(period, dated)
        if period is not None and period.start is not None and period.end is None:
            since[para] = period
            dated.append(period)
        elif period is None:
            period = since.get(para)
        in_sentence = [q for q in found if sent.start <= q.start < sent.end]
        claims_here = [q for q in _borrow_counted(in_sentence) if _keep(doc, q)]
        if not claims_here:
            continue
        next_sent = sentences[index + 1] if index + 1 < len(sentences) else None
        citation = _citation(article, sent, next_sent, p_end)
        as_of, source = _as_of(article, text, article.body[p_start:p_end], period, citation)
        for q in claims_here:
            measured, subject, predicate, place = _frame(doc, sent, q)
            span = doc[q.start:q.end]
            claims.append(Claim(
                id=f"{article.id}#{len(claims) + 1}", text=span.text, value=q.value, low=q.low, high=q.high,
                unit=q.unit.name, dimension=q.unit.dimension, qualifier=q.qualifier,
                measured=measured, subject=subject, predicate=predicate, place=place,
                period_start=period.start if period else None, period_end=period.end if period else None,
                period=period.text if period else None,
                as_of=as_of, as_of_source=source,
                sentence=text.strip(), start=span.start_char, end=span.end_char, citation=citation))
    return claims


def _as_of(article: Article, sentence: str, paragraph: str, period: periods.Period | None,
           citation: Citation | None) -> tuple[str, str]:
    found = periods.as_of(sentence, article.published)
    if found:
        return found, "sentence"
    if period is not None and period.end is not None:
        return period.end, "sentence"
    found = periods.as_of(paragraph, article.published, explicit_only=True)
    if found:
        return found, "paragraph"
    if citation is not None and citation.date:
        return citation.date, "citation"
    return article.published, "published"


def acronyms(article: Article, doc: Doc) -> list[Acronym]:
    """Every acronym definition in the body, with its offsets and sentence."""
    found = []
    for d in find_definitions(article.body):
        span = doc.char_span(d.start, d.end, alignment_mode="expand")
        sentence = span.sent.text.strip() if span is not None else ""
        found.append(Acronym(short=d.short, long=d.long, start=d.start, end=d.end, sentence=sentence))
    return found


def extract(article: Article, nlp: Language, pipeline: str) -> ClaimsFile:
    """The claims file of one article."""
    return claims_file(article, nlp(article.body), pipeline)


def claims_file(article: Article, doc: Doc, pipeline: str) -> ClaimsFile:
    info = ArticleInfo(id=article.id, title=article.title, url=article.url, published=article.published,
                       path=article.path, sha256=article.sha256, pipeline=pipeline)
    return ClaimsFile(article=info, acronyms=tuple(acronyms(article, doc)), claims=tuple(extract_claims(article, doc)))


def iter_extract(articles: Sequence[Article], nlp: Language, pipeline: str, workers: int = 1) -> Iterator[ClaimsFile]:
    """Claims files for several articles, in their order, each as soon as it is made; parsed in
    one batch by ``workers`` processes."""
    docs = nlp.pipe((a.body for a in articles), n_process=workers, batch_size=8 if workers > 1 else 1000)
    for article, doc in zip(articles, docs, strict=True):
        yield claims_file(article, doc, pipeline)


def extract_many(articles: Sequence[Article], nlp: Language, pipeline: str, workers: int = 1) -> list[ClaimsFile]:
    """Claims files for several articles (see :func:`iter_extract`)."""
    return list(iter_extract(articles, nlp, pipeline, workers))
