"""Article -> claims: quantities with their frame, period, as-of date and citation.

For each sentence of the body: its quantities (:mod:`factcheck.nlp.quantities`), what each
measures and of what (from the parse), the period it covers and the date it holds for
(:mod:`factcheck.nlp.periods`), and the note its sentence or paragraph cites. As-of is taken,
in this order, from the sentence, its paragraph, the cited source's date and the article's
publication date; ``as_of_source`` says which.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import TypeVar

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from factcheck import lexicon, units
from factcheck.dates import days_after, days_between
from factcheck.errors import doing
from factcheck.judge import frames, values
from factcheck.models import Acronym, Article, ArticleInfo, Aside, Citation, Claim, ClaimsFile
from factcheck.nlp import periods, terms
from factcheck.nlp.acronyms import find_definitions
from factcheck.nlp.components import pipe_whole, quantities
from factcheck.nlp.quantities import Quantity, past_aside, sentence_of, value_of_a_noun, value_of_a_subject
from factcheck.numbers import number_word, scale_word
from factcheck.vocabulary import country_names

PLACE_LABELS = ("GPE", "LOC")
T = TypeVar("T")
NOT_OWNERS = ("NORP", "DATE", "TIME", "CARDINAL", "QUANTITY", "MONEY", "PERCENT", "ORDINAL")
# a coordinated verb with one of these is a clause of its own ('174 were rescued and 240 remain
# missing'), not a second verb of the same object ('killed or injured 70')
OWN_CLAUSE = {"dobj", "nsubj", "nsubjpass", "attr", "dative", "oprd", "acomp", "nummod", "aux", "auxpass"}


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


def _verb(token: Token, skip: Collection[int] = ()) -> Token | None:
    """The verb a token hangs on; tokens in ``skip`` (the quantity's own, such as a currency 'won'
    the tagger takes for a verb) are passed over."""
    node = token
    for _ in range(8):
        if node.pos_ in ("VERB", "AUX") and node.dep_ not in ("amod", "aux", "auxpass") and node.i not in skip:
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


NOT_YET = frozenset({"yet", "still"})  # 'are yet to be released'


def _left_to_do(verb: Token) -> tuple[str, str] | None:
    """What a figure says is left to do: '124 sq km remain to be cleared', '914 hectares are yet to
    be released', 'there are 27 km2 to be cleared', 'were still pending mine clearance', '100 sq km
    left': the lexicon's word for what is left of that work ('left_to': land left to be cleared is
    still contaminated), else 'remaining'."""
    lemma = verb.lemma_.casefold()
    work = next((c for c in verb.children if c.dep_ == "xcomp" and _passive_infinitive(c)),
                None)  # not 'still estimated to have died'
    if verb.lower_ == "pending":
        work = next((c for c in verb.children if c.dep_ == "dobj"), None)
    elif work is None and _passive_infinitive(verb) and any(
            c.lower_ in NOT_YET for t in (verb, *(s for s in verb.children if s.dep_ == "nsubjpass"))
            for c in t.children):
        # 'With 187 bodies yet to be identified', where the parse hangs 'yet' on the bodies
        return _left_of(lemma, verb.lower_), f"yet to be {verb.text}"
    elif work is None and lemma == "remain" and (undone := next(
            (c for c in verb.children if c.dep_ in ("acomp", "oprd") and c.lower_.startswith("un")
             and c.lower_.endswith("ed") and not lexicon.is_event_word(c.lower_)), None)) is not None:
        # '81 bodies remain unidentified': identifying is left to do ('unaccounted for' is its own event)
        return _left_of(*lexicon.participle_stems(undone.lower_[2:])), f"{verb.text} {undone.text}"
    elif work is None and lemma == "leave" and verb.tag_ == "VBN" \
            and not any(c.dep_ in ("dobj", "xcomp", "oprd", "acomp", "ccomp", "agent") for c in verb.children):
        return "remaining", verb.text  # 'with less than 100 sq km of mine-infested area left'
    still = lemma in ("remain", "leave") or any(c.lower_ in NOT_YET or c.dep_ == "expl" for c in verb.children)
    if work is None or not (still or verb.lower_ == "pending"):
        return None
    word = _left_of(work.lemma_.casefold(), work.lower_)
    return word, f"{verb.text} {'to be ' if work.pos_ == 'VERB' else ''}{work.text}"


def _work_left(counted: Token) -> tuple[str, str] | None:
    """What a passive infinitive hung on a count says is left to do with it: 'there are 88 to be
    identified', '27 km2 to be cleared'."""
    work = next((c for c in counted.children if c.dep_ in ("relcl", "acl") and _passive_infinitive(c)), None)
    return None if work is None else (_left_of(work.lemma_.casefold(), work.lower_), f"to be {work.text}")


def _passive_infinitive(verb: Token) -> bool:
    """'to be cleared', 'to be identified': work a figure says is still to do."""
    return verb.pos_ == "VERB" and any(a.dep_ == "aux" and a.tag_ == "TO" for a in verb.children) \
        and any(a.dep_ == "auxpass" for a in verb.children)


def _left_of(*work: str) -> str:
    """The lexicon's word for what is left of a work ('left_to': of clearing, contamination), else
    'remaining'."""
    classes = {c for word in work for verb in lexicon.verbs_in(word) for c in lexicon.classes_of(verb)}
    left = lexicon.load("frames")["left_to"]
    return next((left[c] for c in sorted(classes) if c in left), "remaining")


def _state(verb: Token, skip: Collection[int] = ()) -> Token | None:
    """The state a light or reporting verb gives its subject: 'dead' in 'are believed dead' or
    'are believed to be dead', 'missing' in 'were reported missing', 'unaccounted' in 'remain
    unaccounted for'; or the group it puts its subject in (see :func:`_member_of`). Tokens in
    ``skip`` are a quantity's own words ('was 9.9 trillion won': 'won' is a currency, not a state)."""
    for child in verb.children:
        state = _group_state(child)
        if state is not None:
            return state
        if child.dep_ not in ("acomp", "oprd", "xcomp", "ccomp", "attr") or child.i in skip:
            continue
        if child.lemma_ == "be":
            return _state(child, skip)
        if child.pos_ in ("ADJ", "VERB") and _state_word(child):
            return child
        if child.tag_ == "VBN" and child.dep_ in ("xcomp", "oprd"):
            return child  # 'are believed buried', 'were feared trapped': what they are said to be, listed or not
    return None


GROUPS = ("on", "in", "among")  # 'were on strike', 'were among those who lost their lives'


def _group_state(prep: Token) -> Token | None:
    """The state of the group a preposition puts a count in ('on strike', 'among the dead')."""
    if prep.dep_ != "prep" or prep.lower_ not in GROUPS:
        return None
    return next((s for o in prep.children if o.dep_ == "pobj" and (s := _member_of(o)) is not None
                 and not _of_places(s)), None)


def _of_places(token: Token) -> bool:
    """The word names an event of land or buildings ('in the floods', 'in the fire'): what a count
    happened in, not a state its members are in."""
    word = token.lower_ if lexicon.is_event_word(token.lower_) else token.lemma_
    return lexicon.of_kinds(word, ("area", "damage"))


def _member_of(group: Token) -> Token | None:
    """The state shared by the group a count is said to be in: 'strike' in 'on strike', 'dead' in
    'among the dead', 'lost' in 'among those who lost their lives', 'unaccounted' in 'on a list of
    those unaccounted for' (a list or tally names its members in its 'of' phrase)."""
    if group.lemma_.casefold() in lexicon.words("frames", "tallies"):
        of = next((c for c in group.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        group = next((o for o in of.children if o.dep_ == "pobj"), group) if of is not None else group
    if _state_word(group):
        return group
    return next((c for c in group.children if c.dep_ in ("relcl", "acl") and _names_event(c)), None)


def _names_event(clause: Token) -> bool:
    """A clause says an event of the lexicon: 'missing', 'who lost their lives', 'who were killed'."""
    if _state_word(clause):
        return True
    return clause.pos_ in ("VERB", "AUX") and _is_event(_predicate(clause)[0])


def _is_event(predicate: str | None) -> bool:
    verbs = lexicon.verbs_in(predicate)
    return bool(verbs) and all(map(lexicon.is_event_word, verbs))


def _noun_state(counted: Token) -> tuple[str, str] | None:
    """The state the words after a counted noun give it: 'aboard' in '459 people aboard', 'board'
    in '476 people on board', 'missing' in '20 people missing'."""
    after = counted.doc[counted.i + 1] if counted.i + 1 < len(counted.doc) else None
    following = [after] if after is not None and after.dep_ == "prep" and after.head.i != counted.i else []
    for child in [*counted.children, *following]:  # 'save 459 people aboard', however the parse hung 'aboard'
        if child.i < counted.i:
            continue
        if child.dep_ in ("advmod", "amod", "prep") and (word := _state_word(child)) is not None:
            return word, child.text
        state = _group_state(child)
        if state is not None and (word := _state_word(state)) is not None:
            return word, f"{child.text} {state.text}"
    return None


def _clause_state(counted: Token) -> tuple[str, str] | None:
    """The state a clause the parse lost gives a counted noun: 'missing' in 'rose to 483 and 15
    people are still missing', where the noun is the subject of the words that follow it."""
    doc = counted.doc
    at = counted.i + 1
    if at >= len(doc) or doc[at].pos_ != "AUX" or counted.dep_ in ("nsubj", "nsubjpass"):
        return None  # a subject the parse kept has its own verb
    while at < len(doc) and doc[at].pos_ in ("AUX", "ADV", "PART"):
        at += 1
    word = _state_word(doc[at]) if at < len(doc) and doc[at].pos_ in ("VERB", "ADJ") else None
    return (word, doc[counted.i + 1:at + 1].text) if word is not None else None


def _relative_state(counted: Token) -> tuple[str, str] | None:
    """The event a relative clause says of what a count counts: 'missing' in '631 people who are
    possibly missing', 'lose life' in '1,200 people who lost their lives' (its lexicon words, and
    its words as written)."""
    clause = next((c for c in counted.children if c.dep_ == "relcl"), None)
    if clause is None or any(t.like_num for t in clause.subtree) or not _names_event(clause):
        return None  # not '459 people, of whom 164 were rescued': the clause counts a part of its own
    return _predicate(clause)


def _state_after(doc: Doc, q: Quantity, pos: tuple[str, ...] = ("ADJ", "VERB")) -> tuple[str, str] | None:
    """The state the word right after a count names ('2,068 injured', '300 dead', 'another 61
    "potentially" unaccounted for', past quotation marks and adverbs): as the lexicon writes it, and
    as written."""
    at = q.end
    while at < len(doc) and (doc[at].pos_ == "ADV" or doc[at].tag_ in ("``", "''")) and (
            doc[at].lower_ not in INCREMENT or (at + 1 < len(doc) and _state_word(doc[at + 1]))):
        at += 1  # 'another 61 "potentially" unaccounted for', 'with eight more missing'
    after = doc[at] if at < len(doc) else None
    word = _state_word(after) if after is not None and after.pos_ in pos else None
    return (word, after.text) if word is not None and after is not None else None


def _other_event(tally: Span, state: str) -> bool:
    """The tally names an event the state does not ('death toll' and 'unaccounted'); 'the largest
    number of pilgrims, with 464 dead' names none."""
    named = {e for t in tally for e in lexicon.classes_of(t.lemma_.casefold())}
    return bool(named) and not named & lexicon.classes_of(state)


LINKS = frozenset({"be", "remain", "still", "now", "yet", "reportedly", "also", "officially"})


def _state_said(doc: Doc, q: Quantity) -> tuple[str, str] | None:
    """The state a bare count is said to be in right after it: 'about 240 are still missing', '35
    remain unaccounted for', '12 were confirmed dead' (its lexicon word, and its words as written)."""
    end = q.end
    while end < len(doc) and end - q.end < 4 and doc[end].lemma_.casefold() in LINKS | {"confirm", "report"}:
        end += 1
    if end == q.end or end >= len(doc) or doc[q.end].lemma_.casefold() not in LINKS:
        return None
    word = _state_word(doc[end]) if doc[end].pos_ in ("ADJ", "VERB") else None
    return (word, doc[q.end:end + 1].text) if word else None


def _state_word(token: Token) -> str | None:
    """The lexicon's word for a state an adjective or participle names: 'dead', 'missing' (whose
    lemma the tagger may give as 'miss'), 'injure'; or the set phrase a preposition makes of a noun
    ('in hospital')."""
    phrase = f"{token.head.lower_} {token.lower_}" if token.dep_ == "pobj" else ""
    listed = token.lower_ if token.lower_ in lexicon.events() else ""  # 'injured' as listed; 'died' as 'die'
    return next((w for w in (listed, token.lemma_.casefold(), phrase, token.lower_) if w and lexicon.is_event_word(w)),
                None)


def _placed_in(verb: Token, skip: Collection[int] = ()) -> tuple[str, str] | None:
    """The state a place a verb puts its subject in names, when the verb names no event: 'living in
    relief camps', 'lodged in camps', 'packed into camps' are displaced, as 'remain in hospital' is
    in hospital (the lexicon's set phrases of a preposition and its noun)."""
    if lexicon.is_event_word(verb.lemma_.casefold()):
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "into"):
            continue
        place = next((o for o in prep.children if o.dep_ == "pobj" and o.i not in skip), None)
        if place is None:
            continue
        word = _state_word(place)
        if word is not None and lexicon.counts_people(word):
            return word, f"{verb.text} {prep.text} {place.text}"
    return None


def _capacity(anchor: Token) -> Token | None:
    """The noun that makes a count a capacity, what something can hold rather than what it held: 'the
    capacity of carrying 100 passengers', 'a capacity for 101 people', 'its capacity was 101 people'."""
    token = anchor
    for _ in range(4):
        if token.dep_ not in ("pobj", "pcomp", "prep", "dobj", "attr") or token.head is token:
            return None
        token = token.head
        held = [token] if token.pos_ == "NOUN" else \
            [c for c in token.children if c.dep_ == "nsubj"] if token.lemma_ == "be" else []
        found = next((t for t in held if CAPACITY in lexicon.classes_of(t.lemma_)), None)
        if found is not None or held:
            return found
    return None


CAPACITY = "capacity"


def _predicate(verb: Token, skip: Collection[int] = ()) -> tuple[str, str]:
    """The verb's lemma, with verbs coordinated with it that share its object ('kill or injure');
    a set phrase of the verb and its object ('lose life'); or, for a light or reporting verb, the
    state it gives ('dead' in 'are believed dead'). With the words as the sentence writes them."""
    left = _left_to_do(verb)
    if left is not None:
        return left
    state = _state(verb, skip) if verb.lemma_.casefold() in lexicon.quiet_verbs() else None
    found = next((c for c in verb.children if (c.dep_ in ("acomp", "oprd") or (c.dep_ == "advcl" and c.i == verb.i + 1))
                  and c.i not in skip and _state_word(c)), None)
    state = state if found is None else found  # 'have been found injured', 'were found dead': the state found
    if state is not None and (word := _state_word(state)):
        return word, f"{verb.text} {state.text}"
    if state is not None:  # 'among those who lost their lives'
        predicate, phrase = _predicate(state)
        return predicate, f"{verb.text} {phrase}"
    placed = _placed_in(verb, skip)
    if placed is not None:
        return placed
    # the object, active or passive: 'recovered 269 bodies', '269 bodies have been recovered'
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    phrase = f"{verb.lemma_.casefold()} {obj.lemma_.casefold()}" if obj is not None else ""
    if obj is not None and lexicon.is_event_word(phrase):
        return phrase, f"{verb.text} {obj.text}"
    if obj is not None and obj.dep_ == "dobj" and verb.lemma_.casefold() in lexicon.words("frames", "support_verbs") \
            and lexicon.is_event_word(noun := obj.lemma_.casefold()):
        return noun, f"{verb.text} {obj.text}"  # '11 people sustained injuries': injured
    particle = next((c for c in verb.children if c.dep_ == "prt"
                     or (c.dep_ == "advmod" and c.i == verb.i + 1)), None)  # 'to buy back up to $3bn'
    if particle is not None and lexicon.is_event_word(phrasal := f"{verb.lemma_.casefold()} {particle.lower_}"):
        return phrasal, f"{verb.text} {particle.text}"  # 'took in $80 million', 'laid off 10,000
    words, written = [verb.lemma_.casefold()], [verb.text]
    first = verb.head
    if verb.dep_ == "conj" and first.pos_ == "VERB" and verb.i - first.i <= 3 \
            and not any(c.dep_ in ("dobj", "nsubjpass", "attr", "acomp") for c in first.children) \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        joined = next((c.lower_ for c in first.children if c.dep_ == "cc"), "and")  # 'killed or injured 70 people'
        words, written = [first.lemma_.casefold(), joined, *words], [first.text, joined, *written]
    cc = next((c.lower_ for c in verb.children if c.dep_ == "cc"), "and")
    for conj in verb.children:
        if conj.dep_ == "conj" and conj.pos_ == "VERB" and not any(c.dep_ in OWN_CLAUSE for c in conj.children):
            words += [cc, conj.lemma_.casefold()]
            written += [cc, conj.text]
    return " ".join(words), " ".join(written)


SETTLEMENTS = frozenset({"city", "town", "village", "country", "nation", "state", "province", "island", "region",
                         "metropolis", "megacity", "capital", "district", "county", "municipality", "community",
                         "hub", "port", "archipelago", "territory", "republic", "kingdom"})


def _population_of(anchor: Token) -> Token | None:
    """The place noun a count of people is the population of ('a city of 20 million people', 'the
    country's population of 220 million'), or None."""
    prep = anchor.head
    if anchor.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.casefold() in SETTLEMENTS | {"population"}:
        return prep.head
    home = prep.head if prep.head.lower_ == "home" else anchor.doc[prep.i - 1] if prep.i else prep
    if anchor.dep_ == "pobj" and prep.lower_ == "to" and home.lower_ == "home" and home.pos_ in ("NOUN", "ADV"):
        # 'the village was home to 3,895 people', 'Karachi is home to 20 million': the subject's people
        # (of the verb above 'home', however the parse hung it: 'was the size of four fields, and home to')
        verb = next((a for a in home.ancestors if a.pos_ in ("VERB", "AUX")), None)
        return next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None) \
            if verb is not None and verb.lemma_ == "be" else None
    return None


SHARE_NOUNS = frozenset({"percent", "cent", "%", "percentage", "proportion", "share", "half", "third", "quarter",
                         "fifth", "tenth", "fraction"})


def _event_of(anchor: Token) -> Token | None:
    """The event noun a count is the 'of' phrase of ('the deaths of 132 people', 'the evacuation of
    5,000 residents'), or None."""
    prep = anchor.head
    if anchor.dep_ != "pobj" or prep.lower_ != "of" or prep.head.pos_ != "NOUN":
        return None
    noun = prep.head.lemma_.casefold()  # not a tally's 'of' phrase ('the death toll of the two countries')
    return prep.head if lexicon.is_event_word(noun) and noun not in lexicon.words("frames", "tallies") else None


def _share_base(anchor: Token) -> bool:
    """The figure is what a share is of ('80 percent of the initial 5,000 sq km'): the verb is
    said of the share, not of the whole."""
    return anchor.dep_ == "pobj" and anchor.head.lower_ == "of" and anchor.head.head.lower_ in SHARE_NOUNS


def _agent(counted: Token, verb: Token, predicate: str | None, taken: Collection[int]) -> bool:
    """The counted things did the verb's event to a counted object ('Ten accidents killed five people',
    'two blasts injured 40 workers'): they are not its dead or injured ('172 people survived the sinking'
    are the survivors)."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return counted.dep_ == "nsubj" and counted.head == verb and obj is not None and _is_event(predicate) \
        and (obj.i in taken or any(c.dep_ == "nummod" and c.i in taken for c in obj.children))


def _sought(verb: Token, anchor: Token) -> tuple[str, str] | None:
    """The set phrase of a verb and the preposition whose object the figure is ('search for'), when
    the lexicon lists it: what the figure counts is what is sought, not who seeks it."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.left_edge.i <= anchor.i <= prep.right_edge.i \
                and lexicon.is_event_word(phrase := f"{verb.lemma_.casefold()} {prep.lower_}"):
            return phrase, f"{verb.text} {prep.text}"
    return None


NEAR_TALLY = 20  # tokens before a bare count where the tally it is the value of may be named


def _tally_noun(doc: Doc, number: Token, verb: Token | None) -> Span | None:
    """The noun that names what a bare count counts when the count is its value: 'the death toll'
    in 'the death toll has soared to 11,300' or 'put the death toll at 5,500', 'the number of
    deaths' in 'revised the number of deaths to 97', 'their previous toll' in 'their previous toll
    of 115'; with its 'of' phrase."""
    tallies = lexicon.words("frames", "tallies")
    node, found = number, None
    for _ in range(4):  # 'toll of 115': the count hangs on the noun
        if node.head is node or node.head == verb:
            break
        node = node.head
        if node.pos_ == "NOUN" and node.lemma_.casefold() in tallies:
            found = node
            break
    prep = number.head if number.dep_ == "pobj" else None
    gapped = doc[prep.i - 1] if prep is not None and prep.i > 0 else None
    if found is None and gapped is not None and gapped.pos_ == "NOUN" and gapped.dep_ == "conj" \
            and (gapped.lemma_.casefold() in tallies or lexicon.counts_people(gapped.lower_)):
        found = gapped  # 'raised the number of deaths to 190 and injuries to over 6,500': the injuries'
    if found is None and verb is not None and verb.dep_ == "relcl":
        # 'the number of deaths it links to the problem from six to 13': a clause of the tally's noun
        noun = verb.head
        held = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
        found = next((t for t in (noun, held) if t is not None and t.pos_ == "NOUN"
                      and t.lemma_.casefold() in tallies), None)
    if found is None and verb is not None:  # 'the death toll has soared to', 'deaths have risen to'
        found = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.pos_ == "NOUN"
                      and (c.lemma_.casefold() in tallies or lexicon.counts_people(c.lower_))
                      and number.i not in range(c.left_edge.i, c.right_edge.i + 1)), None)
    if found is None:  # 'a death toll that continues to rise – now standing at 480': the parse lost the link
        before = doc[max(sentence_of(number).start, number.i - NEAR_TALLY):number.i]
        found = next((t for t in reversed(before) if t.pos_ == "NOUN" and t.lemma_.casefold() in tallies), None)
        # another figure between them is what the tally counts; a date is not ('from the July 23 fire')
        if found is not None and any(t.like_num and t.ent_type_ not in ("DATE", "TIME") for t in doc[found.i:number.i]):
            found = None
    if found is None:
        return None
    end = found.i + 1
    of = next((c for c in found.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > found.i), None)
    # a relative clause the figure stands in ends the 'of' phrase ('the number of deaths it links ... to 13')
    clause = next((c for c in of.subtree if c.dep_ == "relcl" and c.left_edge.i <= number.i <= c.right_edge.i),
                  None) if of is not None else None
    stop = clause.left_edge.i if clause is not None else of.right_edge.i + 1 if of is not None else 0
    if of is not None and not (of.i <= number.i < stop):
        # 'the number of people killed', not '... in last week's bombing in the Somali capital'
        end = next((t.i for t in doc[of.i + 1:stop] if t.pos_ == "ADP"), stop)
    state = next((c for c in found.children if c.dep_ in ("acl", "amod") and c.i >= end and _state_word(c)), None)
    if state is None and found.dep_ in ("nsubj", "nsubjpass") and found.head.i >= end and _state_word(found.head) \
            and all(t.pos_ == "ADV" for t in doc[end:found.head.i]):
        state = found.head  # 'lowered the number of people still missing': the parse made the state its verb
    if state is None and end + 1 < len(doc) and doc[end].lower_ in _reporting_participles() \
            and _state_word(doc[end + 1]):
        state = doc[end + 1]  # 'the number of people declared dead rose to 417', however the parse read it
    if state is not None:  # 'the number of people unaccounted for'
        end = state.i + 1
    owners = [c.right_edge.i + 1 for c in found.children if c.dep_ == "poss"]  # not "Camp Fire's" of its toll
    start = next((t.i for t in doc[max([found.left_edge.i, *owners]):found.i + 1] if t.dep_ not in ("det", "poss")),
                 found.i)
    return doc[start:end]


def _dateline(sent: Span) -> int:
    """The token where a sentence's text starts after a dateline ('QUITO, Ecuador (AP) — ', 'Kochi,
    India: '), whose place says where the reporter filed from, not what a figure is of."""
    head = next((t.i for t in sent.doc if not t.is_space), 0) >= sent.start  # the story's first sentence
    match = periods.dateline(sent.text, head)
    if match is None:
        return sent.start
    span = sent.doc.char_span(sent.start_char, sent.start_char + match.end(), alignment_mode="expand")
    return span.end if span is not None else sent.start


def _whole_counted(doc: Doc, q: Quantity) -> Token | None:
    """The noun a count of a whole counts when the parse loses it: 'cases' in '3,091 out of 6,574
    probable, suspected and confirmed cases' (past the words that narrow it)."""
    if q.unit.dimension != "count" or q.start < 2 or [t.lower_ for t in doc[q.start - 2:q.start]] != ["out", "of"]:
        return None
    for token in doc[q.end:q.end + 8]:
        if token.pos_ == "NOUN":
            return token
        if token.pos_ not in ("ADJ", "VERB", "CCONJ", "PUNCT", "ADV") or token.text in (".", ";", ":"):
            return None
    return None


def _partitive(verb: Token) -> Token | None:
    """The whole an opening 'of' or 'among' phrase names for the counts of its clause (and of a clause
    joined to it): 'the 459 people aboard' in 'Of the 459 people aboard, 174 were rescued'; 'the
    bodies' in 'Among the bodies, 39 were firefighters and five were policemen'. A whole is counted
    or names an event."""
    clauses = (verb, verb.head) if verb.dep_ == "conj" else (verb,)
    of = next((c for v in clauses for c in v.children if c.dep_ == "prep" and c.lower_ in ("of", "among")
               and c.i < v.i), None)
    whole = next((o for o in of.children if o.dep_ == "pobj"), None) if of is not None else None
    return whole if whole is not None and (any(t.like_num for t in whole.subtree) or _state_word(whole)) else None


def _part_of(whole: Token | None, predicate: str | None) -> tuple[str, str] | None:
    """A part that only says what it is ('9,700 were single-family homes') has the event of its
    whole ('Of the 11,862 structures destroyed'): the whole's own clause, as written."""
    if whole is None:
        return None
    verbs = lexicon.verbs_in(predicate)
    if verbs and not set(verbs) <= lexicon.words("frames", "light"):
        return None
    if (word := _state_word(whole)) is not None:  # 'Of the 290 dead, 45 were children'
        return word, whole.text
    clause = next((c for c in whole.children if c.dep_ == "acl" and c.pos_ == "VERB"), None)
    return _predicate(clause) if clause is not None and _names_event(clause) else None


def _kind_of_part(verb: Token | None, whole: Token | None) -> Span | None:
    """What a part of a whole is, when its clause says so: 'single-family homes' in 'Of the 11,862
    structures destroyed, 9,700 were single-family homes'."""
    if verb is None or whole is None or verb.lemma_ != "be":
        return None
    kind = next((c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
    return kind.doc[kind.left_edge.i:kind.i + 1] if kind is not None else None


def _clause_verbs(verb: Token | None) -> tuple[Token | None, ...]:
    """The figure's verb, and the verb it is coordinated with ('infected 12,400 people in Kenya and
    killed 210': both in Kenya)."""
    return (verb, verb.head) if verb is not None and verb.dep_ == "conj" else (verb,)


def _where(verb: Token | None, place: Span) -> bool:
    """The figure's clause says it happened there: 'Manabi Province, where about 200 people died'."""
    return verb is not None and verb.dep_ == "relcl" and place.start <= verb.head.i < place.end \
        and any(c.lower_ == "where" for c in verb.children)


REPORTS = frozenset({"say", "report", "announce", "post", "tell", "expect", "forecast", "estimate", "predict", "add"})


def _reporter(doc: Doc, verb: Token | None, dateline: int) -> str | None:
    """The company or body whose figures a clause reports: 'Samsung Electronics said operating profit
    rose 48%', 'Samsung posted sales of 50.5 trillion won': the named subject of the reporting verb
    (not one inside the sentence's dateline, which ends at token ``dateline``)."""
    node = verb
    for _ in range(3):
        if node is None:
            return None
        if node.lemma_.casefold() in REPORTS:
            subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
            return _owner(doc, [subject]) if subject is not None and subject.i >= dateline else None
        if node.dep_ not in ("ccomp", "xcomp", "conj", "advcl") or node.head is node:
            return None
        node = node.head
    return None


def _owner(doc: Doc, tokens: list[Token]) -> str | None:
    """The named company, index, party or person a figure is of: the proper-noun possessor of what
    it measures ('Nvidia's shares'), or a proper-noun subject ('Broadcom gained 3%', 'the S&P 500
    added 0.8%'), as a name (its compound words)."""
    for token in tokens:
        named = next((c for c in token.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        pronoun = next((c for c in token.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
        if named is None and pronoun is not None:
            named = _antecedent(token)  # 'Iran has 465 of its pilgrims killed': Iran's
        if named is None and token.pos_ == "PROPN":
            named = token
        if named is None and token.pos_ == "NOUN":  # 'his closest rival Raila Odinga got 6,942,930 votes'
            named = next((c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > token.i), None)
        if named is None and pronoun is None:
            named = _pronoun_subject(token)  # 'Iran says it had 465 pilgrims killed': Iran's
        if named is None:
            continue
        # the name's own words, not an appositive's phrase ('rival Raila Odinga of the One Kenya party')
        words = doc[named.left_edge.i:named.i + 1] if named.dep_ == "appos" else named.subtree
        if named.ent_type_ in NOT_OWNERS or any(t.like_num for t in words) or not _a_name(named):
            continue  # 'Pakistanis' in '33 million Pakistanis' are what is counted, not whose figure it is
        name = _name_of(doc, named)
        if name:
            return name
    return None


def _name_of(doc: Doc, named: Token) -> str | None:
    """A proper noun with the words of its name before it: 'National Front', 'S&P 500'."""
    words = [t for t in doc[named.left_edge.i:named.i + 1] if t.pos_ in ("PROPN", "NUM") or t.dep_ == "compound"]
    return doc[words[0].i:named.i + 1].text if words else None


HOLDING = frozenset({"on", "with"})  # 'the Republicans on 21.56%', 'Labour with 202 seats'


def _holder(doc: Doc, q: Quantity) -> str | None:
    """The party or company a figure is hung on by 'on' or 'with' in a list of results ('ahead of
    the Republicans and their allies on 21.56% and the National Front on 13.20%'): the proper noun
    the preposition belongs to, or the first of the names it is coordinated with. A political group
    counts ('the Republicans'), as it does not where it is what a count counts."""
    node = _holder_token(doc, q)
    return _name_of(doc, node) if node is not None else None


def _holder_token(doc: Doc, q: Quantity) -> Token | None:
    """The proper noun of :func:`_holder`."""
    root = doc[q.start:q.end].root
    if root.dep_ == "nummod" and root.head.i == q.counted_token:
        root = root.head  # 'with 7,176,141 votes': the votes are what is held
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in HOLDING:
        return None
    node = prep.head
    if node.pos_ == "VERB" and prep.i > node.i and prep.lower_ == "with":
        # 'Ruto was declared president with 7,176,141 votes': the subject's (where 'the Liberal Union won 32%,
        # ahead of the Farmers' Party on 21.5%' hangs the party's figure on the verb too)
        node = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PROPN"), node)
    before = doc[prep.i - 1] if prep.i > 0 else node
    if node.pos_ not in ("NOUN", "PROPN") and before.pos_ == "PROPN" \
            and before.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        node = before  # 'ahead of the Liberal Union on 24%', however the parse hung 'on' on the verb; not
        # what the verb is done to ('to clear UXO on 59,816 hectares')
    if node.pos_ not in ("NOUN", "PROPN"):
        return None
    while node.pos_ != "PROPN" and node.dep_ == "conj" and node.head.pos_ in ("NOUN", "PROPN"):
        node = node.head  # 'the Republicans and their allies on 21.56%'
    if node.pos_ != "PROPN" or (node.ent_type_ in NOT_OWNERS and node.ent_type_ != "NORP"):
        return None
    return node


ALLY_WORDS = frozenset({"ally", "allies", "allied", "partner", "partners"})


def _with_allies(doc: Doc, q: Quantity, number: Token, verb: Token | None, subject: Token | None) -> bool:
    """The figure counts an owner with its allies: said so in the figure's own phrase ('351 with its
    centre-right allies', 'won 351 seats with its allies'), in its subject ('REM and its allied MoDem
    secured 32.32%', 'the Socialists, alongside their partners, look set to get 41-49 seats') or in
    the name it is hung on ('the Republicans and their allies on 21.56%')."""
    held = _holder_token(doc, q)  # the owner is the name the figure is hung on, not the subject
    heads = [number, *([held] if held is not None else [subject] if subject is not None else [])]
    near = [t for t in (verb, doc[q.counted_token] if q.counted_token is not None else None) if t is not None]
    heads += [c for t in near for c in t.children if c.dep_ == "prep" and c.lower_ in ("with", "alongside")]
    return any(t.lower_ in ALLY_WORDS for head in heads for t in head.subtree)


def _pronoun_subject(token: Token) -> Token | None:
    """The name 'it' or 'they' stands for when it is the subject of a verb above ``token``, within
    ``PRONOUN_REACH`` steps and before any other subject ('Iran says it had 465 pilgrims killed')."""
    node = token
    for _ in range(PRONOUN_REACH):
        if node.head.i == node.i:
            return None
        node = node.head
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != token.i
                        and not (c.left_edge.i <= token.i <= c.right_edge.i)), None)
        if subject is not None:
            return _antecedent(node) if subject.lower_ in ("it", "they") else None
    return None


PRONOUN_REACH = 3


def _a_name(token: Token) -> bool:
    """A proper noun that names one thing: an entity the tagger knows, a singular proper noun or an
    acronym ('Nigeria', 'ANAMA'), not a capitalised plural at a sentence's start ('Rescuers')."""
    return bool(token.ent_type_) or token.tag_ == "NNP" or token.is_upper


def _antecedent(token: Token) -> Token | None:
    """The named subject 'its' or 'their' stands for: that of the nearest verb above ``token``
    ('Iran has 465 of its pilgrims killed'), in its sentence."""
    node = token
    while node.head.i != node.i:
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
            if subject is not None:
                return subject if subject.pos_ == "PROPN" and _a_name(subject) else None
    return None


PACES = frozenset({"pace", "rate", "clip"})  # 'expanded at a 4.6 percent pace': the verb says what moved


def _modified_noun(doc: Doc, q: Quantity) -> Token | None:
    """'a 30-year occupation', 'a 5-km road', 'the 222-million-euro ($262 million) release clause':
    the noun a measured quantity describes."""
    last = doc[q.end - 1]
    if q.unit.dimension == "count":
        return None
    if last.dep_ in ("compound", "amod") or (q.unit.dimension == "money" and last.dep_ == "nmod"):
        head = last.head
        return head if head.pos_ in ("NOUN", "PROPN") and not (q.start <= head.i < q.end) else None
    if q.unit.dimension == "money" and last.dep_ == "nummod" and last.head.i >= q.end and last.head.pos_ == "NOUN":
        return last.head  # 'its $4.83 billion pending acquisition'
    return _noun_after(doc, q) if q.unit.dimension == "money" else None


def _noun_after(doc: Doc, q: Quantity) -> Token | None:
    """The noun a sum is written before, past its conversion in brackets, whatever the parse made of
    it: 'his 222 million euros (263 million dollars) release clause'."""
    at = past_aside(doc, q.end, len(doc)) or q.end
    if at >= len(doc) or doc[at].pos_ != "NOUN" or doc[at].dep_ not in ("compound", "appos", "dobj", "pobj", "nsubj"):
        return None
    end = at
    while end + 1 < len(doc) and doc[end].dep_ == "compound" and doc[end + 1].pos_ == "NOUN":
        end += 1
    return doc[end]


def _said_of(doc: Doc, q: Quantity) -> str | None:
    """The noun a measure is given as the value of: 'revenue of around $11 billion', 'a deal worth
    222 million euros', and a label line's 'Gaming revenue: $2.38 billion'."""
    root = doc[q.start:q.end].root
    link = root.head
    aside = past_aside(doc, q.end, len(doc))
    while aside is not None and q.end <= link.i < aside and link.head.i != link.i:
        root, link = link, link.head  # '$4.83bn (£3.7bn)', however the parse hung the sum on its conversion
    if (root.dep_ == "pobj" and link.lower_ == "of") or (link.lower_ == "worth" and root.dep_ == "npadvmod"):
        noun = link.head
    elif root.dep_ == "appos" and link.i == q.start - 2 and doc[link.i + 1].text == ":":
        noun = link
    elif q.unit.dimension == "money" and (after := _sum_noun_after(doc, q)) is not None:
        return _with_modifiers(doc, after)
    else:
        return None
    return _with_modifiers(doc, noun) if noun.pos_ == "NOUN" and noun.i < q.start else None


def _with_modifiers(doc: Doc, noun: Token) -> str:
    """A noun with the compounds and adjectives right before it: 'operating profit', 'net income'."""
    start = noun.i
    while start > 0 and doc[start - 1].head.i == noun.i and doc[start - 1].dep_ in ("compound", "amod"):
        start -= 1
    return doc[start:noun.i + 1].text


CURRENCY_AFTER = frozenset({"us", "usd", "u.s."})  # '$3 billion US of damage'


def _sum_noun_after(doc: Doc, q: Quantity) -> Token | None:
    """'$74.6 billion in revenue', 'US$2 billion to US$3 billion (S$2.7 billion - S$4 billion) of damage':
    the noun of 'in' or 'of' right after a sum (past a currency's name or a bracketed conversion),
    when the lexicon knows it as what sums are of (not '$54.20 a share in cash', '$5 billion in 2014')."""
    at = past_aside(doc, q.end, len(doc)) or q.end
    if at < len(doc) and doc[at].lower_ in CURRENCY_AFTER:
        at += 1
    if at >= len(doc) or doc[at].lower_ not in ("in", "of"):
        return None
    return next((c for c in doc[at].children if c.dep_ == "pobj" and c.pos_ == "NOUN"
                 and lexicon.is_event_word(c.lemma_)), None)


def _price_for(doc: Doc, q: Quantity) -> str | None:
    """'price' for a sum a thing changes hands for: 'sign Neymar for €222 million', 'was sold for $350
    million' (the object of 'for' under a verb with an object, or in the passive), 'the sale of the
    business for $4.48bn' (under a noun)."""
    root = doc[q.start:q.end].root
    link = root.head
    if not (root.dep_ == "pobj" and link.lower_ == "for"):
        return None
    if link.head.pos_ == "NOUN":
        return "price"  # 'approved the sale of the business for $4.48bn', 'a bid for $3.5bn'
    verb = link.head
    handed = verb.pos_ == "VERB" and any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in verb.children)
    return "price" if handed and not lexicon.is_event_word(verb.lemma_.casefold()) else None


def _purpose(doc: Doc, verb: Token, q: Quantity) -> str | None:
    """What money is spent on or given for: 'spent $4.2 billion on schools' -> 'schools'."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("on", "for") and prep.i >= q.end:
            objects = [t for t in prep.children if t.dep_ == "pobj"]
            if objects:
                return doc[objects[0].left_edge.i:objects[0].i + 1].text
    return None


def _noun_at(root: Token) -> Token | None:
    """The noun a figure (the root of its words) is given for with 'at': 'turnout' in 'a record
    turnout at 66.38 per cent', 'unemployment' in 'with unemployment at 4%'."""
    at = root.head
    if not (at.dep_ == "prep" and at.lower_ == "at" and root.dep_ == "pobj" and at.i > 0):
        return None
    before = at.doc[at.i - 1]  # 'turnout at 66.38 per cent', whichever word the parse hung 'at' on
    return at.head if at.head.pos_ == "NOUN" and at.head.i < at.i else before if before.pos_ == "NOUN" else None


def _put_at(doc: Doc, verb: Token, number: Token) -> str | None:
    """What a reporting or light verb puts a figure on: 'the damage' in 'estimated the damage at $3
    billion', 'the cost' in 'put the cost at $2 billion'."""
    if verb.lemma_.casefold() not in lexicon.quiet_verbs():
        return None
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN" and c.i < number.i),
               None)  # 'put the cost at', 'the cost was put at'
    if obj is None and verb.dep_ == "acl" and verb.head.pos_ == "NOUN":
        obj = verb.head  # 'with direct economic damage estimated at 1.22 billion yuan'
    if obj is None or not any(t.lower_ == "at" for t in doc[obj.i + 1:number.i]):
        return None
    start = next((t.i for t in doc[obj.left_edge.i:obj.i + 1] if t.dep_ not in ("det", "poss")), obj.i)
    return doc[start:obj.i + 1].text


def _expecting(verb: Token) -> Token | None:
    """The verb of expectation a clause is the object of: 'expected' in 'revenue is expected to be $16
    billion' or 'analysts expected Nvidia to report revenue of $11 billion'."""
    node = verb
    for _ in range(2):
        if node.dep_ not in ("xcomp", "ccomp") or node.head is node:
            return None
        node = node.head
        if node.lemma_.casefold() in lexicon.words("frames", "forecast_verbs"):
            return node
    return None


@dataclass(frozen=True)
class Parts:
    """What the parse says a quantity measures, and of whom and where."""

    measured: str | None = None
    subject: str | None = None
    predicate: str | None = None
    verb: str | None = None
    place: str | None = None
    owner: str | None = None


def _anchor(doc: Doc, q: Quantity) -> Token:
    """The token a figure hangs by in the parse: its own counted noun, else its number (not a noun
    said once for two numbers, 'between 200 and 300 people')."""
    own = q.counted_token is not None and q.counted_token >= q.start
    return doc[q.counted_token] if own and q.counted_token is not None else doc[q.number_token]


def _figure_verb(doc: Doc, q: Quantity) -> Token | None:
    """The verb a figure hangs on, past its own words ('9.9 trillion won': not 'won')."""
    return _verb(_anchor(doc, q), range(q.start, q.end))


def _shaken(doc: Doc, q: Quantity) -> str | None:
    """What a magnitude is of: the noun it modifies ('a magnitude-6.8 quake', 'the 7.8-magnitude
    temblor'), has ('another quake, of 6.2 magnitude', 'a quake with a magnitude of 5.9') or the
    subject of ('the quake measured 6.8', 'the earthquake that measured 6.8 on the Richter scale');
    'another' kept, for another quake is not the first."""
    for token in (doc[q.number_token], *doc[q.start:q.end]):
        head = token.head
        while head.lemma_.casefold() in ("magnitude", "of", "with") and head.head is not head:
            head = head.head
        if head.pos_ in ("VERB", "AUX") and head.dep_ in ("relcl", "acl"):
            head = head.head
        elif head.pos_ in ("VERB", "AUX"):  # 'the quake measured 6.8 on the Richter scale'
            head = next((c for c in head.children if c.dep_ == "nsubj"), head)
        if head.pos_ == "NOUN" and head.lemma_.casefold() not in ("magnitude", "scale"):
            another = any(c.lower_ == "another" for c in head.children)
            return f"another {head.text}" if another else head.text
    return None


def _frame(doc: Doc, sent: Span, q: Quantity, sentence_places: Sequence[Span], taken: Collection[int] = ()) -> Parts:
    """What a quantity measures, read from the parse, with the places its sentence names; ``taken``
    are the tokens of the sentence's quantities, which are never a figure's verb ('9.9 trillion won')."""
    if q.unit.dimension == "magnitude":
        return Parts(measured=_shaken(doc, q))
    described = _modified_noun(doc, q)
    if described is not None and described.lemma_.casefold() not in PACES:
        # "Oppenheimer's $82 million opening": whose the noun is, is whose the sum is
        each = values.EACH if q.unit.dimension == "money" and _each(doc, q, None) else ""
        return Parts(measured=described.text + each, owner=_owner(doc, [described]))
    number = doc[q.number_token]
    own_noun = q.counted_token is not None and q.counted_token >= q.start  # not a noun said once for two numbers
    anchor = _anchor(doc, q)
    settlement = _population_of(anchor)
    if settlement is not None:  # 'Karachi, a city of 20 million people': who lives there, not who died
        where = settlement.lemma_.casefold()
        return Parts(measured="population" if where == "population" or settlement.pos_ == "PROPN"
                     else f"population of the {where}",
                     owner=_owner(doc, [settlement]))
    own_clause = [c for t in {*doc[q.start:q.end], anchor} for c in t.children  # '11,862 structures destroyed';
                  if c.dep_ == "acl" and c.pos_ == "VERB" and c.i >= q.end  # not '6,942,930 votes representing 48%'
                  and c.lemma_.casefold() not in lexicon.words("frames", "equating")
                  and doc[c.i - 1].text != ","]  # nor a description set off by commas ('2,750 tonnes of
    # ammonium nitrate, used in fertilisers, had been stored'): what its own verb says happened to it
    governing = _verb(anchor, {*taken, *range(q.start, q.end)})
    verb = own_clause[0] if own_clause else governing
    done = [v for v in (governing, governing.head if governing is not None and governing.dep_ == "conj" else None)
            if v is not None and _is_event(_predicate(v, taken)[0])]  # 'cleared and released 3,297 sq km'
    if own_clause and done:
        verb = done[0]  # 'cleared 3,297 sq km of land contaminated by ordnance': what was done to it, not what it is
    whole = _partitive(verb) if verb is not None else None
    if whole is not None and whole.left_edge.i <= anchor.i <= whole.right_edge.i:
        whole = None  # the count is the whole's own
        if not own_clause:
            verb = None  # 'Of the 459 people aboard, 174 were rescued': the whole was not rescued
    predicate, written = _predicate(verb, taken) if verb is not None else (None, None)
    sought = _sought(verb, anchor) if verb is not None else None
    if sought is not None:  # 'divers are searching for 35 people': the people sought, not the divers
        predicate, written = sought
    expecting = _expecting(verb) if q.unit.dimension != "count" and verb is not None \
        and verb.lemma_.casefold() in lexicon.quiet_verbs() else None
    if expecting is not None:  # 'revenue is expected to be $16 billion': what is expected, and of whom
        verb = expecting
        predicate, written = verb.lemma_.casefold(), verb.text
    of_whole = _part_of(whole, predicate)
    if of_whole is not None:
        predicate, written = of_whole
    state = number.head if number.head.i >= q.end and number.head.pos_ in ("ADJ", "VERB") else None
    counted = doc[q.counted_token] if q.counted_token is not None and own_noun else None
    bare = q.counted is None or q.counted_token is None or q.counted_token < q.start  # or its noun borrowed
    relative = _relative_state(counted) if counted is not None \
        else _relative_state(doc[q.start:q.end].root) if q.unit.dimension == "count" and bare else None
    # 'the 18,000 they already cut': a bare count's own relative clause says what it counts, unless an
    # event of the lexicon was done to them ('killed 12 people who were trapped', 'rescuing 700 who fled')
    if relative is not None and (not _is_event(predicate) or _tried(verb)):
        predicate, written = relative
    elif counted is not None and (not _is_event(predicate) or _tried(verb)) \
            and (held := _noun_state(counted) or _clause_state(counted)) is not None:
        # '476 people on board', 'the 459 people aboard'; 'raced to save 459 people aboard': those aboard
        # are counted, those saved were only hoped for
        predicate, written = held

    event = _event_of(anchor) if q.unit.dimension == "count" and not _is_event(predicate) else None
    if event is not None:  # 'led to the deaths of 132 people', 'ordered the evacuation of 5,000 residents'
        predicate, written = event.lemma_.casefold(), event.text
    work = next((w for t in (number, anchor, doc[q.start:q.end].root) if (w := _work_left(t)) is not None), None)
    if work is not None and not _is_event(predicate):
        predicate, written = work  # 'there are 88 to be identified': work left to do
    capacity = _capacity(anchor) if q.unit.dimension == "count" else None
    if capacity is not None:  # 'a capacity for 101 people': not how many it carried
        predicate, written = CAPACITY, capacity.text
    if predicate is not None and "remaining" in (t.lower_ for t in doc[max(q.start - 3, 0):q.start]) \
            and (left := _left_of(predicate)) != "remaining":
        predicate, written = left, f"{written} remaining"  # 'to clear the remaining 700 sq km': still contaminated
    if _share_base(root := doc[q.start:q.end].root) or _share_base(anchor):
        # '80 percent of the initial 5,000 sq km that had been mined have been cleared': mined, not cleared
        own = next((c for t in (anchor, root) for c in t.children if c.dep_ in ("relcl", "acl") and c.pos_ == "VERB"),
                   None)
        predicate, written = _predicate(own) if own is not None and _is_event(_predicate(own)[0]) else (None, None)
    if counted is not None and verb is not None and _agent(counted, verb, predicate, taken):
        predicate, written = None, None  # 'Ten accidents killed five people': accidents, not deaths

    named = _state_after(doc, q, ("ADJ",)) if q.unit.dimension == "count" and q.counted is None else None
    if q.unit.dimension == "count" and q.counted is None and state is not None and _state_word(state):
        predicate, written = _state_word(state), state.text  # 'the 77 dead', 'left 300 dead'
    elif named is not None:
        predicate, written = named
    elif q.unit.dimension == "count" and q.counted_token is None and (said := _state_said(doc, q)) is not None:
        predicate, written = said  # 'and about 240 are still missing', however the parse joined it
    subject, subject_token = None, None
    if verb is not None:
        subjects = [t for t in verb.children if t.dep_ in ("nsubj", "nsubjpass")
                    and not (q.start <= t.i < q.end) and t.i != q.counted_token]
        if not subjects and verb.dep_ == "conj" and not any(c.dep_ in ("expl", "nsubj", "nsubjpass")
                                                            for c in verb.children):
            # 'the Camp Fire grew less quickly ..., but had reached 117,000 acres': the subject both verbs share
            subjects = [t for t in verb.head.children if t.dep_ in ("nsubj", "nsubjpass") and not t.like_num
                        and not any(w.like_num for w in t.subtree)]
        if not subjects:  # 'BJP alone secured 282 seats', where the parse calls the name an adverbial
            subjects = [t for t in verb.children if t.dep_ == "npadvmod" and t.pos_ == "PROPN" and t.i < verb.i
                        and t.ent_type_ not in ("DATE", "TIME", *PLACE_LABELS)]
        if not subjects and verb.dep_ == "acl" and verb.head.pos_ == "NOUN" \
                and verb.lemma_.casefold() in lexicon.words("frames", "light"):
            subjects = [verb.head]  # 'the death toll held at 135 people', parsed as a clause of the toll
        if not subjects and verb.dep_ == "xcomp":
            # 'Amazon is planning to lay off 10,000': a company's plan is its own; not a place's
            # ('Azerbaijan has managed to clear 190,000 hectares' is a figure of a place)
            subjects = [t for t in verb.head.children if t.dep_ == "nsubj" and t.pos_ == "PROPN"
                        and t.ent_type_ not in PLACE_LABELS]
        if subjects:
            subject_token = subjects[0]
            if subject_token.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
                subject_token = verb.head  # 'the chip-making unit, which posted 6.31 trillion won': the unit
            # 'the list of the missing'; 'growth in consumer spending', where the head only says it moved
            moved = subject_token.lemma_.casefold() in lexicon.directions()
            of = next((c for c in subject_token.children
                       if c.dep_ == "prep" and (c.lower_ == "of" or (c.lower_ == "in" and moved))), None)
            end = of.right_edge.i + 1 if of is not None and not (of.i <= number.i <= of.right_edge.i) \
                else subject_token.i + 1
            subject = doc[subject_token.left_edge.i:end].text
    if verb is not None and verb.lemma_.casefold() in INCLUSION and not _is_event(predicate) \
            and (whole_event := _event_of_whole(verb, subject_token)) is not None:
        predicate, written = whole_event  # 'Those who were killed included 81 firefighters': killed
    if q.unit.dimension == "share" and (noun := _noun_at(doc[q.start:q.end].root)) is not None:
        subject, subject_token = doc[noun.left_edge.i:noun.i + 1].text, noun  # 'voter turnout at 66.38 per cent'
    complement = _of_complement(doc, q)
    measured = q.counted or (complement.text if complement is not None else None)
    kind = _kind_of_part(verb, whole) if q.unit.dimension == "count" else None
    if kind is not None:
        measured = kind.text  # 'Of the 11,862 structures destroyed, 9,700 were single-family homes'
    # the noun of a neighbour ('and 12,867 injuries'), not its own
    borrowed = q.counted is not None and (q.counted_token is None or q.counted_token < q.start)
    stated = _state_after(doc, q) if q.unit.dimension == "count" else None
    if borrowed and stated:  # '350 deaths and 2,068 injured': the state after the number says what it counts
        measured, (predicate, written) = None, stated
    out_of = _whole_counted(doc, q) if measured is None or borrowed else None
    if out_of is not None:  # '3,091 out of 6,574 probable, suspected and confirmed cases'
        measured, borrowed = out_of.text, False
    # 'raised the death toll to at least 111 people': people are what the toll counts, the toll says what
    generic = counted is not None and counted.lemma_.casefold() in ("people", "person") and verb is not None \
        and verb.lemma_.casefold() in lexicon.quiet_verbs() and not _is_event(predicate) \
        and any(c.dep_ == "dobj" and c.lemma_.casefold() in lexicon.words("frames", "tallies") for c in verb.children)
    tally = _tally_noun(doc, number, verb) if (measured is None or borrowed or generic) \
        and q.unit.dimension == "count" else None
    people_state = stated if q.counted is None and stated is not None and lexicon.counts_people(stated[0]) else None
    own_state = stated if borrowed else named or people_state
    # 'a new death toll shows 171 dead and more than 6,000 injured': the injured are no deaths
    if tally is not None and own_state is not None and _other_event(tally, own_state[0]):
        tally = None  # 'the death toll stands at 79, with another 61 unaccounted for': a state of its own
    if tally is not None:
        measured = tally.text
    elif people_state is not None and not borrowed:
        predicate, written = people_state  # '... rose to at least 398 people with more than 1,800 injured'
    if measured is None and q.unit.dimension != "count":
        measured = _said_of(doc, q)
    if measured is None and q.unit.dimension == "money":
        measured = _price_for(doc, q)
    if measured is None and q.unit.dimension == "money" and verb is not None:
        measured = _purpose(doc, verb, q)
    if measured is None and q.unit.dimension != "count" and verb is not None:
        measured = _put_at(doc, verb, number)
    measures = [doc[q.counted_token]] if q.counted_token is not None and own_noun else []
    measures += [tally.root] if tally is not None else []
    dateline = _dateline(sent)
    # the subject that revises or reports a toll is its source, not whose toll it is ('The UN revised the death toll')
    by_subject = [subject_token] if subject_token is not None and tally is None else []
    if subject_token is not None and subject_token.dep_ == "nsubjpass" and _is_event(predicate) \
            and not lexicon.names_owned(predicate, measured, q.counted):
        by_subject = []  # what an event was done to is not whose figure it is ('The UXO was cleared from 5,256 ha')
    if verb is not None and lexicon.names_owned(predicate, measured, q.counted):
        # 'giving the National Democratic Alliance 336 seats': what is given is the receiver's;
        # '21,000 people have lost their jobs at Meta': jobs at a company are its
        at = [g for t in (verb, *measures) for p in t.children if p.dep_ == "prep" and p.lower_ == "at"
              for g in p.children if g.dep_ == "pobj" and g.ent_type_ == "ORG"]
        by_subject = [c for c in verb.children if c.dep_ == "dative" and c.pos_ == "PROPN"] + by_subject + at
    owner = _holder(doc, q) or _owner(doc, [t for t in measures + by_subject if t.i >= dateline])
    if owner is None and lexicon.names_owned(predicate, measured, q.counted, subject):
        owner = _reporter(doc, verb, dateline)  # a company's own figures, as it reports them; not a toll's source
    if owner is not None and _with_allies(doc, q, number, verb, subject_token):
        owner += lexicon.ALLIES  # '351 with its centre-right allies': the coalition's, not the party's alone
    place = None
    if complement is not None:
        places = [e for e in sentence_places if complement.start <= e.start < complement.end]
    else:  # a place of the figure's own clause, not of a clause about something else, nor a dateline
        places = [e for e in sentence_places
                  if e.start >= dateline and (_verb(e.root) in _clause_verbs(verb) or _where(verb, e))
                  and _a_place(e)]
    places = [e for e in _innermost(places) if not _locator(doc, e) and not _reporters_place(e)]
    joined = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"] if verb is not None else []
    if not places and complement is None and joined:
        # '292 people died and 47 disappeared in Zhengzhou City': a place closing two coordinated clauses
        # is both's, when the first names none
        places = [e for e in sentence_places if _verb(e.root) == joined[0] and e.start > joined[0].i and _a_place(e)
                  and not _locator(doc, e) and not _reporters_place(e)][:1]
    own_place = [e for e in places if e.root.head.dep_ == "prep" and e.root.head.head.i in {number.i, anchor.i}]
    own_verb = [e for e in places if verb is not None and _verb(e.root) == verb]
    if places:  # a place said of the figure itself first ('40 in Sindh and 12 in Punjab'), then of its own verb
        # ('killed 300 in Kenya and injured 500 in Uganda')
        place = (own_place or own_verb or places)[0].text
    elif complement is not None and complement[-1].pos_ == "PROPN":
        place = complement.text
    elif verb is not None:
        place = _place_named(verb, subject_token) or _subject_place(subject_token, sentence_places)
    if _a_difference(doc, q):
        measured, predicate, written = "difference", None, None
    if q.unit.dimension == "money" and _each(doc, q, verb):
        measured = f"{measured or 'sum'}{values.EACH}"  # 'residents will be given £500': each one's
    if measured is not None and "(" in measured:  # '1.24 million (12.4 lakh) people': the figure restated
        measured = re.sub(r"\s+", " ", re.sub(r"\([^()]*\)", " ", measured)).strip() or None
    return Parts(measured, subject, predicate, written, place, owner)


DIRECTIONS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                        "north-east", "north-west", "south-east", "south-west"})


REGIONS = SETTLEMENTS | {"region"}  # not 'the surrounding areas': no unit a count is kept for


INCLUSION = frozenset({"include", "comprise"})


def _event_of_whole(verb: Token, subject: Token | None) -> tuple[str, str] | None:
    """The event of the whole a list's verb names its parts of: its subject's ('Those who were killed
    included 81 firefighters', 'The missing people include 23', 'The dead include 12 children', 'The
    death toll includes 21 firefighters'), or, for 'including', the clause it is hung on ('has risen to
    85, including 21 firefighters', 'Eight remain unaccounted for, including five firefighters')."""
    if subject is None and verb.dep_ in ("prep", "advcl", "acl") and verb.head.pos_ in ("VERB", "AUX"):
        clause = verb.head
        predicate = _predicate(clause)
        if _is_event(predicate[0]):
            return predicate
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    if (word := _state_word(subject)) is not None:
        return word, subject.text
    member = _member_of(subject)  # 'those who were killed', 'the list of the missing'
    if member is not None:
        if member.pos_ in ("VERB", "AUX"):
            return _predicate(member)
        return (word, member.text) if (word := _state_word(member)) is not None else None
    said = next(((word, c.text) for c in subject.children
                 if c.dep_ in ("amod", "compound") and (word := _state_word(c)) is not None), None)
    return said  # 'The missing people include ...', 'The death toll includes ...'


def _subject_place(subject: Token | None, places: Sequence[Span]) -> str | None:
    """The place that names who counted, when the clause names no other: 'Dhaka hospitals counted
    113 deaths', 'Texas officials reported 40 deaths'."""
    if subject is None:
        return None
    return next((e.text for e in places if e.root.dep_ == "compound" and e.root.head == subject and _a_place(e)), None)


def _place_named(verb: Token, subject: Token | None) -> str | None:
    """A place the clause names by a common noun, which the tagger does not tag: 'the central region
    where 2,757 have been killed', 'Sindhupalchok district accounted for 3,035 deaths', 'the hardest
    hit district was Sindhupalchowk with 1,587 dead'."""
    if verb.dep_ == "relcl" and verb.head.lemma_.casefold() in REGIONS \
            and any(c.lower_ == "where" for c in verb.children) \
            and any(c.dep_ in ("amod", "compound") for c in verb.head.children):  # not "his country"
        head = verb.head
        return " ".join(t.text for t in head.subtree if t.i <= head.i and t.dep_ != "punct")
    if subject is not None and subject.lemma_.casefold() in REGIONS:
        named = next((c for c in verb.children if c.dep_ == "attr" and c.pos_ == "PROPN"), None)
        words = [t for t in subject.subtree if t.i <= subject.i
                 and (t.pos_ == "PROPN" or (t.dep_ == "compound" and t.is_title) or t == subject)]
        if named is not None:
            return named.text
        if len(words) > 1:  # 'Sindhupalchok district', not 'the district'
            return " ".join(t.text for t in words)
    return None


RECIPIENTS = frozenset({"person", "people", "household", "family", "victim", "resident", "survivor", "head",
                        "worker", "employee", "student", "child", "those"})


GIVING = frozenset({"give", "pay", "award", "offer", "grant", "get", "receive", "hand"})
PAYMENTS = frozenset({"payment", "grant", "check", "cheque", "handout", "bonus", "stipend"})


def _each(doc: Doc, q: Quantity, verb: Token | None) -> bool:
    """A sum is what each one gets, not a total: '£500 cash payments'; given or received '£500 each',
    '£5,000 per household', or by a plural of people ('residents will be given £500'). A price ('tickets
    cost €20 each') is not a sum given."""
    if any(t.tag_ == "NNS" and t.lemma_.casefold() in PAYMENTS for t in doc[q.end:q.end + 2]):
        return True  # '£500 cash payments': each payment's sum
    if verb is None or verb.lemma_.casefold() not in GIVING:
        return False
    after = [t.lower_ for t in doc[q.end:q.end + 4]]
    if after[:1] in (["each"], ["apiece"]) or (after[:1] in (["per"], ["a"], ["to"])
                                               and len(after) > 1 and lexicon.singular(after[1]) in RECIPIENTS):
        return True
    return any(c.dep_ == "nsubjpass" and c.tag_ in ("NNS", "NNPS", "DT") and lexicon.singular(c.lower_) in RECIPIENTS
               for c in verb.children)


def _a_place(place: Span) -> bool:
    """The tagger's place is one: not 'magnitude-7.8', nor 'Fahrenheit'."""
    return not any(ch.isdigit() for ch in place.text) and units.lookup(place.text) is None


def _locator(doc: Doc, place: Span) -> bool:
    """The place only says where the figure's place lies: 'a coastal area east of Athens', 'the
    resort of Mati, near Athens'."""
    before = [t.lower_ for t in doc[max(0, place.start - 2):place.start]]
    return bool(before) and (before[-1] == "near" or (before[-1] == "of" and len(before) == 2
                                                      and before[0] in DIRECTIONS))


def _reporters_place(place: Span) -> bool:
    """The place is whose the reporting body is, not where the figure is: "Greece's fire service
    confirmed the number of dead at 94"."""
    head = place.root.head
    return place.root.dep_ == "poss" and head.dep_ == "nsubj" \
        and head.head.lemma_.casefold() in _reporting_verbs()


@cache
def _reporting_participles() -> frozenset[str]:
    """The participles of the reporting verbs ('declared', 'confirmed', 'presumed') and 'now', 'still'."""
    return frozenset({f"{verb}d" if verb.endswith("e") else f"{verb}ed" for verb in _reporting_verbs()}
                     | {"now", "still"})


@cache
def _reporting_verbs() -> frozenset[str]:
    """The lexicon's reporting verbs and the ones a company's results are reported with."""
    return lexicon.words("frames", "reporting") | REPORTS


def _innermost(places: list[Span]) -> list[Span]:
    """The places without those that only say where another is: 'Pakistan' of "Pakistan's Sindh
    province", 'China' of "southwest China's Yunnan Province" and of "north China's port city of
    Tianjin", 'Pacific' of 'the Pacific island of Samoa'."""
    def holders(o: Span) -> set[int]:
        head = o.root.head
        return {o.root.i, head.i} | ({head.head.i} if head.lower_ == "of" and head.dep_ == "prep" else set())

    def outer(e: Span) -> bool:
        if e.root.dep_ in ("compound", "amod", "nmod"):  # 'Pacific' of 'the Pacific island of Samoa'
            return any(o.root.head.lower_ == "of" and o.root.head.head.i == e.root.head.i for o in places)
        return e.root.dep_ == "poss" and any(o.start != e.start and e.root.head.i in holders(o) for o in places)
    return [e for e in places if not outer(e)]


COMPARATIVES = frozenset({"less", "more", "fewer", "lower", "higher", "cheaper", "dearer", "bigger", "larger",
                          "smaller", "greater"})


def _a_difference(doc: Doc, q: Quantity) -> bool:
    """The figure is by how much two others differ, not either: '$350m (£281m) less than originally
    agreed', '1,200 more than a year earlier'."""
    at = past_aside(doc, q.end, len(doc)) or q.end
    return at + 1 < len(doc) and doc[at].lower_ in COMPARATIVES and doc[at + 1].lower_ == "than"


def _borrow_counted(doc: Doc, quantities: list[Quantity]) -> list[Quantity]:
    """'killed 70 citizens and injured 317': a bare count counts what its neighbour counts, unless
    a state follows it ('350 deaths and 2,068 injured')."""
    out: list[Quantity] = []
    for i, q in enumerate(quantities):
        if q.unit.dimension == "count" and q.counted is None and not _state_after(doc, q) \
                and not value_of_a_subject(doc[q.number_token]):  # 'the toll has risen to 50, with 701 people hurt'
            near = [o for o in quantities[:i][::-1] + quantities[i + 1:] if o.counted and o.unit.dimension == "count"
                    and _listed_with(doc, o, q)
                    and not (o.counted_token is not None and _clause_state(doc[o.counted_token]))]
            # not 'rose to 483 and 15 people are still missing': the people open a clause of their own
            if near:
                q = Quantity(q.start, q.end, q.value, q.low, q.high, q.unit, q.qualifier, near[0].counted, None,
                             q.number_token)
        out.append(q)
    return out


WHOLE_OF = frozenset({"among", "of", "from", "out"})  # 'fatalities among the 242 on board': the whole, not a list


def _listed_with(doc: Doc, other: Quantity, bare: Quantity) -> bool:
    """A bare count is an item of one list or range with another count ('killed 70 citizens and
    injured 317', 'between 200 and 300 people', '312 people, of whom 120'): what lies between them
    joins them; but not when it is the whole the other is a part of ('241 fatalities among the 242')."""
    first, second = (other, bare) if other.start < bare.start else (bare, other)
    joined = any(t.pos_ == "CCONJ" or t.lower_ in ("to", "-", "–", ",") for t in doc[first.end:second.start])
    if any(t.lower_ in ("while", "whereas") for t in doc[first.end:second.start]) \
            and value_of_a_noun(doc[bare.number_token]):
        return False  # 'the death toll had reached 71, while 223 people survived': the toll's value
    if bare is first and any(t.lemma_.casefold() in INCLUSION
                             for t in doc[max(first.end, second.start - 2):second.start]):
        return False  # 'Six remain unaccounted for, including two pilots': the whole, not an item beside its part
    before = [t.lower_ for t in doc[max(0, bare.start - 2):bare.start]]
    return joined and not (before and (before[-1] in WHOLE_OF or (before[-1] == "the" and before[0] in WHOLE_OF)))


def _elided(framed: list[tuple[Quantity, Parts]]) -> list[tuple[Quantity, Parts]]:
    """A count that borrowed its noun from a neighbour with only a light verb of its own ('Iran has
    465 of its pilgrims killed, Egypt had 146') counts what the neighbour's verb says: killed."""
    out = []
    for q, parts in framed:
        borrowed = q.counted is not None and q.counted_token is None
        if borrowed and not _is_event(parts.predicate):
            lender = next((p for o, p in framed if o.counted == q.counted and o.counted_token is not None
                           and _is_event(p.predicate)), None)
            if lender is not None:
                parts = replace(parts, predicate=lender.predicate, verb=lender.verb)
        out.append((q, parts))
    return out


def _converted(doc: Doc, framed: list[tuple[Quantity, Parts]]) -> list[tuple[Quantity, Parts]]:
    """A sum in brackets right after another ('€222 million (£198m)', '222-million-euro ($262 million)
    release clause') is the same sum in another currency: it measures what that one measures, and
    as converted at some day's rate, it is approximate (£198m and £200.6m of one €222m fee agree)."""
    out: list[tuple[Quantity, Parts]] = []
    for q, parts in framed:
        before = next((p for o, p in out if o.unit.dimension == "money" and o.end == q.start - 1), None)
        if q.unit.dimension == "money" and q.start > 0 and doc[q.start - 1].text == "(" and before is not None:
            parts = before
            q = replace(q, qualifier="approximate") if q.qualifier == "exact" else q
        out.append((q, parts))
    return out


KEY_GLUE = frozenset({",", ":", "with", "had", "has", "have", "-", "–", "—"})  # 'Egypt, 14', 'Pakistan with 75'
KEY_LABELS = frozenset({"GPE", "LOC", "NORP", "ORG", "PERSON", "FAC"})
LIST_OTHERS = frozenset({"other", "others", "rest"})  # 'Others are: Pakistan with 75': the last list's items


def _key_of(doc: Doc, q: Quantity) -> Span | None:
    """The name a bare count of a list is keyed by ('Cameroon, 20', 'Pakistan with 75', 'Nigeria
    64'): the name just before it, or None (not a name; or one count said of several, '3 each')."""
    if q.unit.dimension != "count" or (q.counted_token is not None and q.counted_token >= q.start):
        return None  # a count with its own noun is not an item ('Ohio had 40 cases'); a borrowed one may be
    i = q.start - 1
    while i >= 0 and doc[i].lower_ in KEY_GLUE and q.start - i <= 2:
        i -= 1
    if i < 0 or doc[i].lower_ in ("each", "and") or (q.end < len(doc) and doc[q.end].lower_ == "each"):
        return None
    token = doc[i]
    if token.ent_type_ in KEY_LABELS and token.ent_iob_ != "O" and (i + 1 == len(doc) or doc[i + 1].ent_iob_ != "I"):
        start = i  # the entity that ends here, read from the tokens (Doc.ents is rebuilt on every call)
        while doc[start].ent_iob_ == "I" and start > 0:
            start -= 1
        return Span(doc, start, i + 1, label=token.ent_type_)
    return doc[i:i + 1] if token.pos_ == "PROPN" and _a_name(token) else None


def _keyed(doc: Doc, quantities: Sequence[Quantity]) -> dict[int, Span]:
    """The bare counts of a list keyed by names ('Cameroon, 20; Niger, 19'), by their start: only
    when the sentence lists at least two, so that one name before one number is not read as a key."""
    keys = {q.start: key for q in quantities if (key := _key_of(doc, q)) is not None}
    return keys if len(keys) >= 2 else {}


def _list_head(sent: Span, keys: dict[int, Span], parts: Sequence[tuple[Quantity, Parts]],
               before: Parts | None) -> Parts | None:
    """What a keyed list counts: the frame of the sentence's first claim that is not an item of it
    ('Ohio had 40 cases, Texas 32'), else the frame its items were given from their sentence ('The
    other confirmed deaths were from Cameroon, 20'), else, when the sentence is of the 'others',
    the frame of the claim before it (``before``: 'Egypt had 146. Others are: Pakistan with 75')."""
    for q, frame in parts:
        if q.start not in keys and (q.counted is not None or frame.measured is not None):
            return frame
    items = [frame for q, frame in parts if q.start in keys]
    if items and (items[0].measured is not None or _is_event(items[0].predicate)):
        return items[0]
    opening = [t.lower_ for t in sent[:2]]
    return before if LIST_OTHERS.intersection(opening) else None


def _keep(doc: Doc, q: Quantity) -> bool:
    """Leave out what is not a claim: 'one' used as a pronoun or article, people's ages ('Senard,
    65,'), which say who someone is rather than what the article reports, and a span of time that
    sets the period of other figures ('in the last 24 hours', 'within two weeks')."""
    word = doc[q.number_token]
    one = q.unit.dimension == "count" and number_word(word.text) == 1 and q.end - q.start == 1
    span = doc[max(q.start - 3, 0):q.start].text.casefold()
    spell = q.unit.dimension == "duration" or (q.counted_token is not None and doc[q.counted_token].lemma_.lower()
                                               in CALENDAR_SPELLS)  # 'over the last four quarters'
    period = spell and bool(PERIOD_BEFORE.search(span))  # 'in the last 24 hours'
    clock = q.end < len(doc) and doc[q.end].lower_.replace(".", "") in ("am", "pm")  # 'at 10 am': a time
    return not (one or period or clock or q.unit.dimension == "age")


def extract_claims(article: Article, doc: Doc, names: frozenset[str] | None = None) -> list[Claim]:
    """The claims of an article whose body was parsed into ``doc``; ``names`` are its body's proper
    nouns (:func:`terms.proper_nouns`), when the caller has them already."""
    found = quantities(doc)
    found_at = [q.start for q in found]
    places = _places(doc)
    places_at = [e.start for e in places]
    sentences = list(doc.sents)
    paragraphs = _paragraphs(article.body)
    claims: list[Claim] = []
    since: dict[int, periods.Period] = {}
    dated: list[periods.Period] = []
    bounded: periods.Period | None = None
    last_frame: Parts | None = None  # the last claim's: what a list of 'the others' counts
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
            period = periods.same_period(text, bounded) or since.get(para) \
                or (periods.paragraph_year(article.body[p_start:p_end], article.published) if _past(sent) else None)
        if period is not None and period.start is not None and period.end is not None:
            bounded = period  # what 'during the reporting period' of a later sentence refers to
        in_sentence = _within(found, found_at, sent)
        claims_here = [q for q in _borrow_counted(doc, in_sentence) if _keep(doc, q)]
        taken = frozenset(i for q in in_sentence for i in range(q.start, q.end))
        if not claims_here:
            continue
        next_sent = sentences[index + 1] if index + 1 < len(sentences) else None
        citation = _citation(article, sent, next_sent, p_end)
        as_of, source = _as_of(article, text, article.body[p_start:p_end], period, citation)
        named = periods.quarters(text, article.published) if period is not None and period.reported \
            else periods.calendar_periods(text, article.published) \
            if period is not None and period.start is not None and period.start == period.end else ()
        framed = _converted(doc, _elided([(q, _frame(doc, sent, q, _within(places, places_at, sent), taken))
                                          for q in claims_here]))
        keys = _keyed(doc, claims_here)
        head = _list_head(sent, keys, framed, last_frame) if keys else None
        for q, parts in framed:
            if q.start in keys and head is not None:
                key = keys[q.start]
                parts = replace(head, owner=key.text, subject=key.text,
                                place=key.text if key.label_ in PLACE_LABELS else None)
            elif keys and (q.start in keys or q.counted_token is None or q.counted_token < q.start):
                continue  # an item of a list that does not say what it counts, or that no name keys ('3 each')
            if not _is_claim(q, parts):
                continue
            if last_frame is None or _is_event(parts.predicate) or not _is_event(last_frame.predicate):
                last_frame = parts  # 'Iran has 465 killed, Egypt had 146': the list is of the killed
            step = (_increment(doc, q) or _projected(doc, q, parts)) if period is None else None
            own = _nearest(doc, sent, named, q) if len(named) > 1 else period
            clause = _clause(text, doc[q.start].idx - sent.start_char) if ";" in text else None
            if clause is not None:
                own = _clause_period(text, clause, article.published, own, dated)
            if own is not None and periods.SHORT.fullmatch(own.text) \
                    and (lexicon.names_tally(parts.measured) or _a_change_over(doc, sent, own)):
                own = None  # 'over the past 24 hours, pushing the overall tally to 1,191': the tally is no day's
                # count; nor is what 'more than tripled to 20 in the past week
            when, whence = as_of, source
            if own is None and whence == "sentence" and _on_the_event_day(doc, sent, q, parts.predicate):
                when, whence = (citation.date, "citation") if citation is not None and citation.date \
                    else (article.published, "published")
            if clause is not None:  # dated by its own clause: not 'since the start of the monsoon in May'
                when, whence = _as_of(article, text[clause[0]:clause[1]], article.body[p_start:p_end], own, citation)
            if own is not None and _of_another_figure(doc, sent, own, q, claims_here):
                own = None  # '282 seats, ... after Gandhi's score of 417 seats in 1984': 1984 is the 417's
                when, whence = _as_of(article, "", article.body[p_start:p_end], None, citation)
            year_of = _dated_subject(doc, q, article.published) if own is None else None
            if year_of is not None:  # 'The 2019 floods killed 120 people': that year's
                own = year_of
                when, whence = _as_of(article, "", article.body[p_start:p_end], own, citation)
            occasion = _at_occasion(doc, q) if own is None and len(when) == 10 else None
            if occasion is not None:  # 'injured during the protests': that day's, not a running total
                own = periods.Period(when, when, occasion)
            read_at = own is None and q.unit.dimension == "share" and len(when) == 10
            hour = periods.CLOCK.search(text) if read_at else None
            if hour is not None:  # 'turnout reached 35.33 percent at 5pm': the day so far, not the day's figure
                own = periods.Period(when, when, hour[0])
            for piece, superseded in _revision(doc, q):
                span = doc[piece.start:piece.end]
                claims.append(Claim(
                    id=f"{article.id}#{len(claims) + 1}", text=span.text, value=piece.value, low=piece.low,
                    high=piece.high, unit=q.unit.name, dimension=q.unit.dimension, qualifier=piece.qualifier,
                    measured=parts.measured, subject=parts.subject, predicate=parts.predicate, verb=parts.verb,
                    owner=parts.owner, place=parts.place,
                    period_start=own.start if own else None, period_end=own.end if own else None,
                    period=own.text if own else step,
                    as_of=when, as_of_source=whence,
                    sentence=text.strip(), start=span.start_char, end=span.end_char, citation=citation,
                    superseded=superseded or _earlier(doc, piece)))
    about = _headline_name(article, terms.proper_nouns(article.body) if names is None else names)
    return _new_rounds(_owned_by_article(_increments(_tallies_of_their_sentence(claims)), about))


def _dated_subject(doc: Doc, q: Quantity, published: str) -> periods.Period | None:
    """The past year or month written on what a figure is of: its verb's subject ('The 2019 floods killed
    120 people', 'last year's budget allocated $3bn'), or the event a tally subject is from or of ('the
    death toll from 2005's Hurricane Katrina is 1,833'). Not the article's own year: 'the 2023 death toll'
    in 2023 is the year's running total."""
    verb = _figure_verb(doc, q)
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] if verb is not None else []
    held = [*subjects, *(o for s in subjects for p in s.children if p.dep_ == "prep" and p.lower_ in ("from", "of")
                         for o in p.children if o.dep_ == "pobj")]
    for noun in held:
        possessive = noun.ent_type_ == "DATE" and any(c.dep_ == "case" for c in noun.children)  # '2005’s', as parsed
        date = noun if possessive else next((c for c in noun.children
                                             if c.ent_type_ == "DATE" and c.dep_ in DATE_MODIFIERS), None)
        ent = next((e for e in date.sent.ents if e.start <= date.i < e.end), None) if date is not None else None
        found = periods.named_date(ent.text, published) if ent is not None else None
        if found is not None and (found.start or "") < published[:4]:  # a past year's; not 'the 2023 death toll'
            return found  # in 2023, which is the running total
    return None


DATE_MODIFIERS = ("poss", "nummod", "compound", "amod", "npadvmod")


def _at_occasion(doc: Doc, q: Quantity) -> str | None:
    """The gathering a figure's event happened at, when it is one of a day ('injured during the
    protests', 'arrested at the march'): the words that say so, else None."""
    verb = _figure_verb(doc, q)
    for prep in verb.children if verb is not None else ():
        held = [o for o in prep.children if o.dep_ == "pobj"] if prep.lower_ in ("during", "at", "in") else []
        if any(lexicon.classes_of(o.lemma_) & _occasions() for o in held):
            return doc[prep.i:prep.right_edge.i + 1].text
    return None


@cache
def _occasions() -> frozenset[str]:
    """The event classes of a day's gathering (tally kind 'occasion': a protest)."""
    return frozenset(c for c, kind in lexicon.class_values("tally").items() if kind == frames.OCCASION)


def _on_the_event_day(doc: Doc, sent: Span, q: Quantity, predicate: str | None) -> bool:
    """The sentence's one date says when the figure's event happened, on the verb that says it
    ('At least 127 people died at a football stadium late on October 1', '131 people died on
    Saturday'): a running total of that event (deaths, injured, homes destroyed) is as the article
    knows it, not as of that day."""
    grows = lexicon.class_values("tally")
    if not any(grows.get(c) == "grows" for verb in lexicon.verbs_in(predicate) for c in lexicon.classes_of(verb)):
        return False
    # a day, not how long something took ('investigated for at least seven days')
    dates = [e for e in sent.ents if e.label_ == "DATE"
             and not (e.root.lemma_.casefold() in DURATIONS and any(c.dep_ == "nummod" for c in e.root.children))]
    near = doc[max(sent.start, q.start - 1):(q.counted_token or q.end) + 1]
    if len(dates) != 1 or any(t.lower_ in INCREMENT for t in near):
        return False  # '12 more people died on Tuesday': that day's, not the event's
    verb = _figure_verb(doc, q)
    root = dates[0].root
    if root.head.pos_ == "ADP" and root.head.lower_ != "on":
        return False  # 'as of March 2024', 'by the end of May': when it was counted, not when it happened
    said_on = _verb(root)
    if said_on is not None and said_on.dep_ == "advcl" and said_on.head == verb:
        said_on = verb  # 'died after the match became chaotic on Saturday night': when they died
    return verb is not None and said_on == verb and lexicon.is_event_word(verb.lemma_.casefold())


DURATIONS = frozenset({"hour", "day", "week", "month", "year"})


def _clause(text: str, at: int) -> tuple[int, int]:
    """The span of the clause, between semicolons, of the character at ``at``."""
    end = text.find(";", at)
    return text.rfind(";", 0, at) + 1, end if end >= 0 else len(text)


def _clause_period(text: str, clause: tuple[int, int], published: str, period: periods.Period | None,
                   dated: list[periods.Period]) -> periods.Period | None:
    """The period of a figure in ``clause`` of a sentence of clauses joined by semicolons: its own
    clause's ('194 dead since August 8; 357 killed since the start of the monsoon in May'), else the
    sentence's when an earlier clause says it ('Since 2020, 361 people have been affected; 68 have died')."""
    start, end = clause
    own = periods.period(text[start:end], published)
    if own is not None:
        return periods.resolve(own, dated) if own.start is None else own
    return period if period is not None and 0 <= text.find(period.text) < start else None


def _of_another_figure(doc: Doc, sent: Span, period: periods.Period, q: Quantity,
                       figures: Sequence[Quantity]) -> bool:
    """The sentence's period is not this figure's: the figure is inside it, or it hangs on a verb of
    saying the figure does not hang on (when something was said), or it is said of another figure of
    the sentence, on a word that figure hangs on and this one
    does not ('touched 282 seats ... after Rajiv Gandhi's score of 417 seats in 1984', 'will cut 10,000
    jobs, though it eliminated 11,000 roles in November'): it dates that figure, not this one. A period
    said before every figure ('Since 2020, 361 people have been affected; 68 have died') or of what
    they all hang on ('the BJP won 282 seats in 2014 and 44 went to Congress') dates them all."""
    span = _period_span(doc, sent, period)
    if span is None:
        return False
    if span.start <= q.start < span.end:
        return True  # 'found no survivor since 174 people were rescued': the figure says when, it is not dated
    if any(t.ent_type_ == "DATE" and not span.start <= t.i < span.end for t in doc[q.number_token].ancestors):
        return True  # 'first identified in 2001, but not recalled until 2014, by which point 13 people had died'
    attach = span.root.head
    if period.end is None and attach.lemma_.casefold() in _reporting_verbs() \
            and attach not in doc[q.number_token].ancestors and attach.i not in range(q.start, q.end):
        return True  # '172 survived, not 174, as the government had been saying since April 18': when it was said
    relative = next((t for t in (span.root, *span.root.ancestors) if t.dep_ == "relcl"), None)
    if relative is not None and not relative.left_edge.i <= q.number_token <= relative.right_edge.i \
            and relative.head.i not in range(q.start, q.end) and relative.head.i != q.counted_token:
        return True  # 'West Bengal, which had an 82 per cent turnout in 2009, saw a dip at 81.77 per cent'
    if span.start < min(f.start for f in figures):
        return False  # 'Since 2020, 361 people have been affected; 68 have died': said before them all
    first = attach
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head  # the first of coordinated verbs: 'killed 19,751 and injured 44,930 from 1979' share it

    clause = attach.head if attach.dep_ == "prep" else attach  # 'posted' of 'posted in the first quarter'
    # the clause the period is said in, however deep ('reported yesterday and today': 'today' of 'yesterday')
    clause = next((t for t in (clause, *clause.ancestors) if t.dep_ in ("relcl", "acl")), clause)

    def holds(figure: Quantity) -> bool:
        above = list(doc[figure.number_token].ancestors)
        own = range(figure.start, figure.end)
        return attach.i in own or attach.i == figure.counted_token or attach in above \
            or (first is not attach and first.pos_ in ("VERB", "AUX") and first in above) \
            or (clause.dep_ in ("relcl", "acl") and (clause.head.i in own or clause.head.i == figure.counted_token))
        # 'the $16.2 billion that Gazprom posted in the first quarter of 2011', '198 new infections reported
        # yesterday and today': a clause of that figure's own

    return not holds(q) and any(holds(other) for other in figures if other is not q)


def _a_change_over(doc: Doc, sent: Span, period: periods.Period) -> bool:
    """The period says how long a figure took to move ('deaths have more than tripled to 20 in the past
    week', '1644 suspected cases, more than doubling over the past week'): the figure is where it got to."""
    span = _period_span(doc, sent, period)
    verb = _verb(span.root) if span is not None else None
    return verb is not None and verb.lemma_.casefold() in lexicon.directions()


def _period_span(doc: Doc, sent: Span, period: periods.Period) -> Span | None:
    """The tokens of the sentence that say the period, if its words are found there."""
    at = sent.text.find(period.text) if period.text else -1
    span = doc.char_span(sent.start_char + at, sent.start_char + at + len(period.text), alignment_mode="expand") \
        if at >= 0 else None
    return span if span is not None and len(span) else None


def _places(doc: Doc) -> list[Span]:
    """The places the text names: what the tagger calls one, written with a capital ('cases of
    microcephaly' is none), and a country by its CLDR name whatever the tagger took it for ('56 have
    died in Malawi', tagged a person)."""
    countries = country_names()
    found: list[Span] = []
    taken: set[int] = set()
    for e in doc.ents:  # made anew on every call
        taken.update(range(e.start, e.end))
        if e.label_ in PLACE_LABELS and any(ch.isupper() for ch in e.text):
            found.append(e)
        elif e.label_ in ("PERSON", "ORG") and e.text in countries:
            found.append(Span(doc, e.start, e.end, label="GPE"))
    found += [Span(doc, t.i, t.i + 1, label="GPE") for t in doc
              if t.i not in taken and t.pos_ == "PROPN" and t.text in countries]
    return sorted(found, key=lambda e: e.start)


def _past(sent: Span) -> bool:
    """The sentence tells of the past: its main verb is in the past tense ('BJP alone secured 282 seats',
    'NDA had clinched 336 seats'), not the present or a perfect that reaches now ('has risen to 85')."""
    root = sent.root
    aux = {c.lower_ for c in root.children if c.dep_ in ("aux", "auxpass")}
    return (root.tag_ == "VBD" and not aux) or (root.tag_ == "VBN" and "had" in aux) or bool(aux & {"was", "were"})


def _within(items: list[T], starts: list[int], sent: Span) -> list[T]:
    """The items (in text order, starting at token ``starts``) that start in a sentence."""
    return items[bisect_left(starts, sent.start):bisect_left(starts, sent.end)]


def _nearest(doc: Doc, sent: Span, named: Sequence[tuple[int, int, periods.Period]], q: Quantity) -> periods.Period:
    """Of several periods a sentence names ('grew 4% in the second quarter after shrinking 2.1% in
    the first'), the one said of the nearest word the figure hangs on ('In 2016, it cleared 2,500
    hectares and this year the area will increase to 3,200': 2016 is the 2,500's), then the one
    written nearest the figure."""
    number = doc[q.number_token]
    above = [number, *number.ancestors]
    at = number.idx - sent.start_char

    def rank(item: tuple[int, int, periods.Period]) -> tuple[int, int]:
        span = doc.char_span(sent.start_char + item[0], sent.start_char + item[1], alignment_mode="expand")
        head = span.root.head if span is not None and len(span) else None
        depth = above.index(head) if head is not None and head in above else len(above)
        return depth, min(abs(item[0] - at), abs(item[1] - at))

    return min(named, key=rank)[2]


def _events(claim: Claim) -> frozenset[str]:
    """The lexicon's event classes a claim's verb and measured noun name (of a count, what it counts:
    buildings burned down are destroyed)."""
    words = [*lexicon.verbs_in(claim.predicate), *lexicon.words_in(claim.measured)]
    found = {e for w in words for e in lexicon.classes_of(w)}
    counted = lexicon.class_values("counted") if claim.dimension == "count" else {}
    return frozenset(counted.get(e, e) for e in found)


def _increments(claims: list[Claim]) -> list[Claim]:
    """'Another 27 died, pushing the toll to 1,191' counts an increment of the sentence's own event;
    'risen to 654 with another 58 people missing' counts another event besides the one before it: no
    increment ('is laying off 10,000 more staff and will close 5,000 roles' is one). With no figure
    before it in its sentence, it adds to the article's figure before it ('has claimed 7,802 lives.
    The ministry said another 15,911 people were injured': the injured besides the dead), unless it
    is compared ('two more missing passengers than previously known': more of its own kind)."""
    out = []
    for index, claim in enumerate(claims):
        if claim.period in INCREMENT and claim.period_start is None:
            others = [c for c in claims if c.sentence == claim.sentence and c is not claim and c.start < claim.start] \
                or (claims[max(index - 1, 0):index] if _events(claim) and not _compared(claim) else [])
            if others and not any(_events(c) & _events(claim) for c in others):
                claim = claim.model_copy(update={"period": None})
        out.append(claim)
    return out


def _compared(claim: Claim) -> bool:
    """'two more missing passengers than authorities knew': the increment is compared with a figure."""
    offset = claim.sentence.find(claim.text)
    return offset >= 0 and re.search(r"\bthan\b", claim.sentence[offset:]) is not None


def _new_rounds(claims: list[Claim]) -> list[Claim]:
    """A figure of a running total's event that its own article sets beside a larger figure of that event
    dated wholly before it, and of the same owner ('will lay off 9,000 people' where the article recalls 'last
    year, it had already laid off 18,000') counts a new round, not the total, which never falls: an
    increment, as 'another 9,000' is."""
    grows = frozenset(e for e, moves in lexicon.class_values("tally").items() if moves == "grows")
    growing = [(c, events) for c in claims if (events := _events(c) & grows) and c.value is not None and c.as_of
               and not c.superseded]
    tallies = [(c, events) for c, events in growing if c.period is None or c.period_start is not None]  # no forecast
    of_claim = {id(c): events for c, events in growing}
    out = []
    for claim in claims:
        events = of_claim.get(id(claim), frozenset())  # set only for a claim with a value and an as-of date
        if events and claim.period is None \
                and any(other.unit == claim.unit and float(other.value or 0) > float(claim.value or 0)
                        and not values.agree(other, claim, reach=False)  # 'nearly 1.7 million' is 1,693,487 rounded
                        and theirs & events and _one_owner(other.owner, claim.owner)
                        and _recalled(str(other.as_of), str(claim.as_of)) for other, theirs in tallies):
            claim = claim.model_copy(update={"period": "more"})
        out.append(claim)
    return out


def _one_owner(a: str | None, b: str | None) -> bool:
    """Both unnamed, or named as one company ('Amazon', 'Amazon CEO Andy Jassy')."""
    return a == b or (a is not None and b is not None and _first_name(a) == _first_name(b))


ROUNDS_APART = 365  # days: an earlier round recalled beside a new one, not a past event of the same kind


def _recalled(earlier: str, later: str) -> bool:
    """The date ``earlier`` (of a year, a month or a day) starts before ``later`` and ends at most
    ROUNDS_APART days before it: 'last year' or 'earlier this year' beside a figure of today."""
    return days_between(earlier, later) > 0 and days_after(earlier, later) <= ROUNDS_APART


def _tallies_of_their_sentence(claims: list[Claim]) -> list[Claim]:
    """A tally that does not say what it tallies ('pushing the overall tally to 1,191') tallies the
    event its sentence counts ('Another 27 people ... died ..., pushing the overall tally to
    1,191'): it takes the verb of the nearest claim of its sentence that names an event."""
    out = []
    for claim in claims:
        said = lexicon.words_in(claim.measured)
        if lexicon.names_tally(claim.measured) and not any(map(lexicon.is_event_word, said)):
            near = sorted((c for c in claims if c.sentence == claim.sentence and c is not claim
                           and _is_event(c.predicate)),
                          key=lambda c: abs(c.start - claim.start))
            if near:
                claim = claim.model_copy(update={"predicate": near[0].predicate})
        out.append(claim)
    return out


def _owned_by_article(claims: list[Claim], headline_name: str | None) -> list[Claim]:
    """An article whose company figures (revenue, profit, a buyback) all name one company gives it
    the ones that name none: 'Revenue rose 2 per cent' in a report of Samsung's results is Samsung's.
    Where none names its company, the name its headline gives (see :func:`_headline_name`).
    Where it names two companies, whose an unnamed figure is stays unknown."""
    owned = [c for c in claims if (lexicon.names_owned(c.predicate, c.measured, c.subject, kind="money")
                                   or lexicon.names_owned(c.predicate, kind="counts"))
             and (c.subject is None or lexicon.names_owned(c.subject) or _a_company(c.subject))]
    names = {_first_name(c.owner): c.owner for c in owned if c.owner}
    if not names and headline_name:
        names = {headline_name.casefold(): headline_name}
    if len(names) != 1:
        return claims
    (owner,) = names.values()
    unnamed = {id(c) for c in owned if c.owner is None}
    return [c.model_copy(update={"owner": owner}) if id(c) in unnamed else c for c in claims]


HEADLINE_MENTIONS = 2  # times the body must name the headline's name for the article to be about it


def _headline_name(article: Article, names: frozenset[str]) -> str | None:
    """The name the headline gives that the body (whose ``names`` these are) names most, at least
    ``HEADLINE_MENTIONS`` times ('Nvidia' in 'Nvidia shares slide despite earnings beat'): what the
    article is about."""
    said = Counter(map(terms.plain, terms.WORD.findall(article.body)))
    told = [w for w in terms.WORD.findall(article.title) if w[0].isupper() and terms.plain(w) in names]
    best = max(told, key=lambda w: said[terms.plain(w)], default=None)
    if best is None or said[terms.plain(best)] < HEADLINE_MENTIONS:
        return None
    return terms.without_possessive(best)


COMPANY = frozenset({"company", "firm", "group", "corporation", "giant", "maker", "it", "they", "we", "board", "that",
                     "this"})  # 'That's on top of the 18,000 they already cut': the clause's, the company's


def _a_company(subject: str) -> bool:
    """The subject names the company, not a part of it: 'the South Korean tech giant', 'The company',
    'It' (not 'the chip-making unit')."""
    words = re.findall(r"[^\W\d_]+", subject.casefold())
    return bool(words) and words[-1] in COMPANY


def _first_name(owner: str) -> str:
    """An owner's name folded to its first word: 'Nvidia', 'NVIDIA' and 'Nvidia Corp.' are one company;
    so are 'Amazon' and 'Amazon.com Inc AMZN.O'."""
    return (lexicon.owner_key(owner) or owner.casefold()).split()[0]


def _is_claim(q: Quantity, parts: Parts) -> bool:
    """A count says what it counts: a noun, a tally noun ('the death toll'), or an event of the
    lexicon ('20,000 are believed dead', 'the attack killed 70')."""
    return q.unit.dimension != "count" or q.counted is not None or parts.measured is not None \
        or _is_event(parts.predicate)


PERIOD_BEFORE = re.compile(r"\b(?:in|over|during|for|within) (?:the )?(?:past|last|previous|first|next)?\s*$"
                           r"|\bwithin\s*$")
CALENDAR_SPELLS = frozenset({"quarter", "season", "session"})  # spells of time a count may name, as 'months' do
INCREMENT = frozenset({"another", "more", "new", "fresh", "additional"})  # 'another 57 died': since the last count


MODALS = frozenset({"could", "may", "might", "would", "will"})
BY_THEN = re.compile(r"\bby (?:the )?(?:end of (?:the |this |next )?(?:year|month|decade)|year-end)\b", re.IGNORECASE)
POSSIBLE = frozenset({"could", "may", "might"})  # with 'have': what may have happened ('may have been killed')
WARNINGS = frozenset({"fear", "warn"})  # 'is feared to rise to 500': where a count is going, like a forecast
MOVES = frozenset({"rise", "reach", "climb", "exceed", "top", "hit", "increase", "double", "triple", "surpass", "grow",
                   "soar", "jump", "mount"})


ATTEMPTS = frozenset({"try", "attempt", "race", "rush", "scramble", "struggle", "seek", "strive", "hope", "plan",
                      "aim", "want", "work", "battle", "fight"})


def _tried(verb: Token | None) -> bool:
    """The verb is what somebody tried to do ('raced to save', 'struggled to reach'), not what was done."""
    return verb is not None and verb.dep_ == "xcomp" and verb.head.lemma_.casefold() in ATTEMPTS


def _projected(doc: Doc, q: Quantity, parts: Parts) -> str | None:
    """'The number of cases could rise to 20,000', 'is expected to reach 9,000', 'is predicted to win
    390 seats': where a figure is going, not where it stands ('projected', a period of its own), as is
    what may have happened or will be ('more than 1,000 may have been killed', 'he believes the toll
    will be more than 1,000', 'we can see a million cases by the end of the year');
    'rescuers raced to save 459 people': what was tried, not done ('sought')."""
    verb = _verb(doc[q.number_token])
    if verb is None:
        return None
    if _tried(verb):
        # the tried verb says what the figure counts, not '200 miners trapped' whom rescuers struggled to reach
        return "sought" if verb.lemma_.casefold() in lexicon.verbs_in(parts.predicate) else None
    head, forecasts = verb.head, lexicon.words("frames", "forecast_verbs")
    if verb.dep_ in ("xcomp", "ccomp") and (head.lemma_.casefold() in forecasts or _said_by_forecast(head)):
        return "projected"  # 'is predicted to win 390 seats', 'pollsters project that it would', 'exit polls suggest'
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if (auxes & POSSIBLE and "have" in auxes) or (verb.lemma_ == "be" and "will" in auxes):
        return "projected"  # 'more than 1,000 may have been killed', 'the toll will be more than 1,000'
    if auxes & (MODALS | {"can"}) and BY_THEN.search(doc[verb.left_edge.i:verb.right_edge.i + 1].text):
        return "projected"  # 'we can see a million cases by the end of the year': a date still to come
    if verb.lemma_.casefold() not in MOVES:
        return None  # 'the toll could be as high as 6,000, officials warned': an estimate of now, hedged
    modal = any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children)
    return "projected" if modal or (verb.dep_ == "xcomp" and head.lemma_.casefold() in WARNINGS) else None


def _said_by_forecast(verb: Token) -> bool:
    """The verb's subject is a forecast ('Exit polls suggest that', 'Projections showed')."""
    nouns = lexicon.words("frames", "forecast_nouns")
    return any(c.dep_ == "nsubj" and c.lemma_.casefold() in nouns for c in verb.children)


STILL = frozenset({"remain", "still"})  # 'another 146 remain missing': a further group as it stands, not news since


def _increment(doc: Doc, q: Quantity) -> str | None:
    """The word that makes a count an increment: 'another 57', '57 more people', '300 new cases';
    not a state that still holds ('another 146 remain missing', 'another 240 are still missing':
    the missing as they stand, besides the dead)."""
    verb = _verb(doc[q.number_token])
    if verb is not None and (verb.lemma_.casefold() in STILL or any(c.lower_ in STILL for c in verb.children)):
        return None
    before = doc[q.start - 1] if q.start > 0 else None
    if before is not None and before.lower_ in INCREMENT and before.lower_ != "more":
        return before.lower_
    after = doc[q.end] if q.end < len(doc) else None
    than = q.end + 1 < len(doc) and doc[q.end + 1].lower_ == "than"  # '57 more than' compares
    if after is not None and after.lower_ in INCREMENT and not than:
        return after.lower_
    if q.counted_token is not None:
        return next((t.lower_ for t in doc[q.end:q.counted_token] if t.lower_ in INCREMENT), None)
    return None


REVISING = frozenset({"revise", "raise", "lower", "update", "correct", "adjust", "increase", "decrease", "cut",
                      "reduce", "rise", "fall", "climb", "drop", "grow", "jump", "soar", "decline", "bring"})
# an earlier figure: before it, a revision ('down from', 'instead of') or a word of its age ('the initial 5,000')
EARLIER = re.compile(r"\b(?:previous(?:ly)?|earlier|initial(?:ly)?|original(?:ly)?|preliminary|prior|former|old)"
                     r"\b(?:\s+[\w-]+){0,6}?\s+(?:of|at|was|were|had been|stood at|put at)\s+$"
                     r"|\b(?:down|up|revised|raised|lowered|reduced|cut|corrected|increased|decreased|updated)"
                     r"\s+from\s+(?:the\s+)?$|\binstead of\s+(?:the\s+)?$|[,–—-]\s*not\s+$"
                     r"|\bto\s+[\d,.]+(?:\s+[\w-]+){0,3}\s+from\s+(?:only\s+|just\s+|about\s+|around\s+)?$"
                     r"|\b(?:the|its|their)\s+(?:initial|original|previous|earlier|preliminary)\s+$",
                     re.IGNORECASE)


PUT_AT = frozenset({"put", "give", "say", "report", "estimate", "count", "announce"})  # verbs a figure is given by


def _earlier(doc: Doc, q: Quantity) -> bool:
    """The sentence gives the figure as an earlier one it revises: 'down from their previous toll of
    115', 'instead of 11,300', 'an increase from the 77 dead reported previously', 'had initially bid
    $3.5bn'."""
    sent = sentence_of(doc[q.start])  # not doc.text: spaCy joins the whole text on every call
    start, end = doc[q.start].idx - sent.start_char, doc[q.end - 1].idx + len(doc[q.end - 1].text) - sent.start_char
    before = sent.text[max(0, start - 60):start]
    if EARLIER.search(before):
        return True
    verb = _verb(doc[q.number_token])
    if verb is not None and any(c.dep_ == "advmod" and c.lower_ in ("initially", "originally") for c in verb.children):
        return True  # 'Verizon had initially bid around $3.5bn, but raised its bid'
    said = [t for t in doc[q.number_token].ancestors if t.pos_ == "VERB"][:2]
    if any(v.lemma_.casefold() in PUT_AT and any(c.dep_ == "advmod" and c.lower_ == "previously" for c in v.children)
           for v in said):
        return True  # 'had previously put the number of people wounded at 5,000' (not 'had previously reached a
        # deal for a 5 percent raise': what was agreed then)
    after = sent.text[end:end + 60]
    return bool(re.match(r"[^.;]{0,30}\b(?:reported )?(?:previously|earlier|initially)\b", after, re.IGNORECASE)) \
        and bool(re.search(r"\bfrom\s+(?:the\s+)?$", before, re.IGNORECASE))


def _written_value(span: Span) -> float | None:
    """The number a span writes, with its scale word ('1.2 million'), to tell which end came first."""
    number = next((t for t in span if t.like_num and any(c.isdigit() for c in t.text)), None)
    if number is None:
        return None
    try:
        value = float(number.text.replace(",", ""))
    except ValueError:
        return None
    scale = next((scale_word(t.text) for t in span if t.i > number.i and scale_word(t.text)), None)
    return value * (scale or 1)


def _revised_by(word: Token) -> bool:
    """Whether a 'from' phrase hangs on a revising verb: its own, or the one whose object it or a
    relative clause of it follows ('increased the number of deaths it links to the problem from six
    to 13 and the number of crashes from 22 to 31')."""
    verb = next((a for a in word.ancestors if a.pos_ in ("VERB", "AUX") and a.dep_ not in ("relcl", "acl")), None)
    return verb is not None and verb.lemma_.casefold() in REVISING


def _revision(doc: Doc, q: Quantity) -> list[tuple[Quantity, bool]]:
    """A range read from 'rose from 77 to 233' or 'revised upwards from 131 to 148' is a change:
    the earlier figure (superseded) and the new one, each a claim of its own."""
    if q.value is not None or q.low is None or q.high is None:
        return [(q, False)]
    before = list(doc[max(q.start - 4, sentence_of(doc[q.start]).start):q.start])
    if not before or before[-1].lower_ != "from" or not (_revised_by(before[-1])
                                                         or any(t.lemma_.casefold() in REVISING for t in before)):
        return [(q, False)]
    to = next((t.i for t in doc[q.start:q.end] if t.lower_ in ("to", "-", "–")), None)
    if to is None or to in (q.start, q.end - 1):
        return [(q, False)]
    first, second = (_written_value(doc[q.start:to]), _written_value(doc[to + 1:q.end]))
    rising = first is None or second is None or first <= second
    old_value, new_value = (q.low, q.high) if rising else (q.high, q.low)
    old = Quantity(q.start, to, old_value, None, None, q.unit, "exact", q.counted, q.counted_token, q.number_token)
    new = Quantity(to + 1, q.end, new_value, None, None, q.unit, "exact", q.counted, q.counted_token, to + 1)
    return [(old, True), (new, False)]


def _as_of(article: Article, sentence: str, paragraph: str, period: periods.Period | None,
           citation: Citation | None) -> tuple[str, str]:
    found = periods.as_of(sentence, article.published)
    end = period.end if period is not None and not period.reported else None
    if found and len(found) == 4 and end is not None and end.startswith(found) and end != found:
        return end, "sentence"  # 'from January to October of this year'
    found = found or end
    if found and len(found) == 4 and found < article.published[:4]:
        return f"{found}-12", "sentence"  # a past year's figure ('in 2016') holds at its end, after its Jan-Oct
    if found:
        return found, "sentence"
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
        sentence = sentence_of(span[0]).text.strip() if span is not None and len(span) else ""
        found.append(Acronym(short=d.short, long=d.long, start=d.start, end=d.end, sentence=sentence))
    return found


def extract(article: Article, nlp: Language, pipeline: str) -> ClaimsFile:
    """The claims file of one article."""
    return next(iter_extract([article], nlp, pipeline))


def claims_file(article: Article, doc: Doc, pipeline: str) -> ClaimsFile:
    info = ArticleInfo(id=article.id, title=article.title, url=article.url, published=article.published,
                       path=article.path, sha256=article.sha256, pipeline=pipeline)
    names = terms.proper_nouns(article.body)
    filed = periods.filed(article.body, article.published)  # a wire story's figures hold when it was filed
    claims = tuple(extract_claims(article.model_copy(update={"published": filed}) if filed else article, doc, names))
    paragraphs = [(s, e, article.body[s:e]) for s, e in _paragraphs(article.body)]
    told, apart = terms.story_terms(article.title, paragraphs, names)
    own = [Aside(start=s, end=e, terms=found) for s, e, found in apart
           if any(s <= c.start < e for c in claims)]  # only the asides whose figures are claims
    return ClaimsFile(article=info, terms=told, asides=tuple(own),
                      acronyms=tuple(acronyms(article, doc)), claims=claims)


def iter_extract(articles: Sequence[Article], nlp: Language, pipeline: str, workers: int = 1) -> Iterator[ClaimsFile]:
    """Claims files for several articles, in their order, each as soon as it is made; parsed in
    one batch by ``workers`` processes (a long article in parts: see :func:`pipe_whole`)."""
    docs = pipe_whole(nlp, (a.body for a in articles), n_process=workers, batch_size=8 if workers > 1 else 1000)
    for article, doc in zip(articles, docs, strict=True):
        with doing(f"extracting {article.path}"):
            made = claims_file(article, doc, pipeline)
        yield made


def extract_many(articles: Sequence[Article], nlp: Language, pipeline: str, workers: int = 1) -> list[ClaimsFile]:
    """Claims files for several articles (see :func:`iter_extract`)."""
    return list(iter_extract(articles, nlp, pipeline, workers))
