"""Which articles tell the same story: the first evidence that two figures can be about one thing.

Each article (and each aside paragraph, see :mod:`factcheck.nlp.terms`) is a node with its story
terms, weighted by rarity. Two nodes tell one story when they share at least ``MIN_TERMS`` terms
(one or two rare words in common are a coincidence), weighing enough in themselves (at least
``MIN_SHARED``: a name and a few key terms, not a handful of common words) and against what each
node says (a cosine of at least ``SAME_STORY``), and one of the shared terms is a name: stories of
one kind (two earthquakes, two mine rescues) share their vocabulary, not their places and people;
nor do two that each name countries, none of the other's (ordnance cleared in Laos and in Cambodia).
The thresholds were set on the same-story article pairs of tests/cases against the digests of
unrelated news; the name rule on every case and held-out fold put in one corpus, where it took the
findings across stories from 133 to 0. Nodes are compared only through
the terms they share (an inverted index, Manning, Raghavan & Schütze 2008, ch. 6), so the cost
follows the size of each story, not the square of the corpus; a term that a large part of the
corpus uses tells its stories apart no better than a common word and is not followed.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Collection, Iterable
from functools import cache

from factcheck import lexicon
from factcheck.judge.entries import Node
from factcheck.lexicon import singular
from factcheck.models import ClaimsFile
from factcheck.nlp.terms import is_name
from factcheck.vocabulary import country_names

SAME_STORY = 0.08  # cosine of the shared terms' weights, over each node's own
MIN_SHARED = 3.0  # weight the shared terms must reach: a name and a few key terms, or several names
MIN_TERMS = 4
APART = 3.0  # articles over a year apart need this many times MIN_SHARED to tell one story
CROWDED = 0.2  # a term in more than this share of the nodes (and of more than CROWDED_FROM) is not followed
CROWDED_FROM = 50
SHARED_NEIGHBOURS = 2  # nodes alike this many of a node's own story nodes tell its story too


def node_terms(files: Iterable[ClaimsFile]) -> dict[Node, dict[str, float]]:
    """Every story node of the files, with its terms."""
    out: dict[Node, dict[str, float]] = {}
    for claims_file in files:
        out[claims_file.article.id, -1] = dict(claims_file.terms)
        for aside in claims_file.asides:
            out[claims_file.article.id, aside.start] = dict(aside.terms)
    return out


def similarity(a: dict[str, float], b: dict[str, float]) -> tuple[float, float]:
    """(the weight of the terms ``a`` and ``b`` share, its cosine against each one's own)."""
    shared = sum(weight for term, weight in a.items() if term in b)
    whole = math.sqrt(sum(a.values()) * sum(b.values()))
    return shared, shared / whole if whole else 0.0


def alike(a: dict[str, float], b: dict[str, float], years_apart: bool = False,
          words: Collection[str] = ()) -> bool:
    """The two term sets tell one story: they share at least ``MIN_TERMS`` terms, weighing enough,
    and one of them is a name (two mine rescues share 'miners', 'trapped' and 'rescue'; one story
    shares the mine's, the town's or the company's name too). Articles written more than a year
    apart need ``APART`` times the weight: a heatwave and a flood in one province, years apart,
    share its names and 'toll'; a story told for years shares much more. A capitalised plural
    whose singular other articles (``words``) write in lower case opened a sentence ('Rescuers'):
    it is no name."""
    shared, cosine = similarity(a, b)
    common = a.keys() & b.keys()
    return shared >= MIN_SHARED * (APART if years_apart else 1) and cosine >= SAME_STORY \
        and len(common) >= MIN_TERMS \
        and any(is_name(t) and not _a_word(t, words) and t.casefold() not in lexicon.words("frames", "news_agencies")
                for t in common) \
        and not _countries_apart(a, b)


def _countries_apart(a: dict[str, float], b: dict[str, float]) -> bool:
    """Each names countries and none of the other's: ordnance cleared in Laos and in Cambodia, floods
    in Kerala and in Pakistan, are stories of one kind, not one story."""
    return _apart(countries_in(a.keys()), countries_in(b.keys()))


def _apart(mine: Collection[str], theirs: Collection[str]) -> bool:
    """Both name countries, and none in common."""
    return bool(mine and theirs) and not set(mine) & set(theirs)


# the words of CLDR's names of several words that name no country alone ('United States', 'South Africa')
GENERIC_PLACE_WORDS = frozenset({"Island", "Islands", "Republic", "States", "Kingdom", "Emirates", "City", "Union",
                                 "Nations", "Territory", "Territories", "Region", "Lands", "Oceania", "Africa"})


@cache
def countries() -> frozenset[str]:
    """The countries and territories CLDR names, as terms write names: in one word ('Laos', 'Cambodia'),
    or by the last distinctive word of a longer name ('Korea' of 'South Korea', 'Lanka' of 'Sri Lanka')."""
    def distinctive(name: str) -> list[str]:
        return [w for w in name.split() if w.isalpha() and w.istitle() and len(w) >= 4
                and w not in GENERIC_PLACE_WORDS][-1:]

    return frozenset(word for name in country_names() for word in ([name] if " " not in name else distinctive(name)))


def countries_in(terms: Iterable[str]) -> set[str]:
    """The countries terms name, by name or by the adjective of one ('Lebanese': Lebanon, 'Haitian':
    Haiti, 'Cypriot': Cyprus): an article of Beirut that names no country but Cyprus, where the blast
    was heard, still names Lebanon."""
    return {country for term in terms if (country := _country_of(term)) is not None}


DEMONYM_ENDINGS = ("ese", "ian", "ean", "an", "i", "ish", "ot")  # the endings of a country's adjective


@cache
def _country_of(term: str) -> str | None:
    if term in countries():
        return term
    term = term[:-1] if term.endswith("s") else term  # 'Syrians', 'Bangladeshis'
    if not (term[:1].isupper() and term.isalpha() and term.endswith(DEMONYM_ENDINGS)):
        return None
    return next((c for n in range(len(term) - 1, 3, -1) if (c := _stems().get(term[:n])) is not None), None)


@cache
def _stems() -> dict[str, str]:
    """Each country's name without its last two letters (at least four kept), the stem its adjective
    starts with ('Leban' of Lebanon)."""
    return {name[:max(4, len(name) - 2)]: name for name in sorted(countries(), key=len, reverse=True)}


def _a_word(term: str, words: Collection[str]) -> bool:
    """A capitalised plural whose singular other articles write in lower case ('Rescuers',
    'Officials'): a common noun that opened sentences. A name that is also a word ('Paradise',
    'Camp Fire') stays a name."""
    lower = term.casefold()
    one = singular(lower)
    return one != lower and one in words


class Stories:
    """The story relation over a set of nodes, worked out as it is asked for."""

    def __init__(self, nodes: dict[Node, dict[str, float]], titles: dict[str, str] | None = None,
                 published: dict[str, str] | None = None) -> None:
        self.nodes = nodes
        self.titles = titles or {}
        self.published = published or {}
        postings: dict[str, list[Node]] = defaultdict(list)
        for node, found in nodes.items():
            for term in found:
                postings[term].append(node)
        limit = max(CROWDED_FROM, int(CROWDED * len(nodes)))
        self.postings = {term: listed for term, listed in postings.items() if len(listed) <= limit}
        self.words = frozenset(term for term in postings if not is_name(term))  # the corpus's lower-case words
        self._direct: dict[Node, frozenset[Node]] = {}
        self._near: dict[Node, frozenset[Node]] = {}
        self._headlines: dict[Node, frozenset[str]] = {}

    @classmethod
    def of(cls, files: Iterable[ClaimsFile], drafts: Collection[str] = ()) -> Stories:
        """The stories of ``files``; a draft's date (today's) says nothing of when its story happened."""
        files = list(files)
        return cls(node_terms(files), {f.article.id: f.article.title for f in files},
                   {f.article.id: f.article.published for f in files if f.article.id not in drafts})

    def headlines(self, node: Node) -> frozenset[str]:
        """The words of the headlines of the articles that tell ``node``'s story (worked out once a
        node: every pair of its figures asks)."""
        if node not in self._headlines:
            self._headlines[node] = frozenset(
                w for other in self.near(node) if other[1] == -1
                for w in re.findall(r"[^\W\d_]+", self.titles.get(other[0], "").casefold()))
        return self._headlines[node]

    def _alike(self, node: Node) -> frozenset[Node]:
        """The nodes whose terms are alike ``node``'s, itself included."""
        if node not in self._direct:
            mine = self.nodes.get(node, {})
            candidates = {other for term in mine for other in self.postings.get(term, ())}
            found = {other for other in candidates if other != node and other[0] != node[0]
                     and alike(mine, self.nodes[other], self._years_apart(node[0], other[0]), self.words)}
            self._direct[node] = frozenset(found | {node})
        return self._direct[node]

    def _years_apart(self, a: str, b: str) -> bool:
        """The two articles were published more than a year apart (either date unknown: not)."""
        x, y = sorted((self.published.get(a) or "", self.published.get(b) or ""))
        return bool(x) and f"{int(x[:4]) + 1}{x[4:]}" < y

    def near(self, node: Node) -> frozenset[Node]:
        """The nodes that tell ``node``'s story, itself included (an article's body is one story;
        each of its asides is a story of its own): those alike it, and those alike at least
        ``SHARED_NEIGHBOURS`` of the nodes alike it (two short excerpts of one story may share too
        few terms with each other, and enough with the story's other articles; Jarvis & Patrick 1973), unless
        each names countries and none of the other's (two demining stories share their neighbours' terms)."""
        if node not in self._near:
            mine = self._alike(node)
            links: dict[Node, int] = defaultdict(int)
            for middle in mine - {node}:
                for other in self._alike(middle) - mine:
                    links[other] += 1
            own = self._countries(node)
            self._near[node] = mine | {o for o, n in links.items() if n >= SHARED_NEIGHBOURS and o[0] != node[0]
                                       and not _apart(own, self._countries(o))}
        return self._near[node]

    def _countries(self, node: Node) -> set[str]:
        """The countries a node names, with its article's headline (a long article's terms may leave
        out the country every paragraph names)."""
        title = set(re.findall(r"[^\W\d_]+", self.titles.get(node[0], "")))
        return countries_in(self.nodes.get(node, {}).keys() | title)

    def same(self, a: Node, b: Node) -> bool:
        """``a`` and ``b`` tell one story."""
        return a == b or b in self.near(a)

