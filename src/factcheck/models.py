"""The records factcheck reads and writes, as pydantic models.

Files on disk carry a ``schema`` field ("factcheck.claims/1", "factcheck.report/1"). A file of a
newer version is refused with a request to upgrade; see :func:`check_schema`.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer, StringConstraints

from factcheck.errors import ClaimsError, NewerSchema

CLAIMS_SCHEMA = "factcheck.claims/1"
REPORT_SCHEMA = "factcheck.report/1"

PartialDate = Annotated[str, StringConstraints(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")]
"""An ISO date at the precision the text supports: ``2025``, ``2025-04`` or ``2025-04-18``."""

ArticleId = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_-]{0,99}$")]
"""A corpus id: a lowercase slug that names ``corpus/<id>.md`` and cannot leave the folder."""


def _plain_number(value: float) -> int | float:
    """118000.0 is written 118000; 10.5 stays 10.5."""
    return int(value) if float(value).is_integer() and abs(value) < 2**53 else value


Number = Annotated[float, PlainSerializer(_plain_number)]
"""A float written without a needless '.0'."""


class Record(BaseModel):
    """Base of every record: unknown fields are errors, so a typo in a file is caught."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Reference(Record):
    """One entry of an article's notes section."""

    number: int = Field(description="The note's number, as in the inline marker [n].")
    text: str = Field(description="The note as written, on one line.")
    url: str | None = Field(default=None, description="The first URL in the note (or the note it repeats).")
    date: PartialDate | None = Field(default=None, description="The cited source's own date.")
    accessed: PartialDate | None = Field(default=None, description="When the author accessed the source.")
    same_as: int | None = Field(default=None, description="For 'Ibid.': the number of the note it repeats.")


class Marker(Record):
    """An inline note marker such as ``[3]`` in the article body."""

    number: int = Field(description="The note it points to.")
    start: int = Field(description="Offset of '[' in the body.")
    end: int = Field(description="Offset just past ']' in the body.")


class Article(Record):
    """A corpus article: metadata from the front matter, the body, and its notes."""

    id: ArticleId = Field(description="Stable slug; the file is corpus/<id>.md.")
    title: str = Field(min_length=1, description="The article's title.")
    published: PartialDate = Field(description="Publication date (year or year-month allowed).")
    publisher: str | None = Field(default=None, description="Who published it.")
    author: str | None = Field(default=None, description="Who wrote it.")
    url: str | None = Field(default=None, description="Where it was published.")
    path: str = Field(description="The corpus file, as a path relative to the working folder.")
    sha256: str = Field(description="sha256 of the corpus file's bytes.")
    body: str = Field(description="The article text, notes section excluded; claim offsets index it.")
    references: tuple[Reference, ...] = Field(default=(), description="The notes section, parsed.")
    markers: tuple[Marker, ...] = Field(default=(), description="Inline markers in the body.")

    def reference(self, number: int) -> Reference | None:
        """The note numbered ``number``, if the article has one."""
        return next((ref for ref in self.references if ref.number == number), None)


class Citation(Record):
    """The note a claim's sentence or paragraph points to."""

    marker: str = Field(description="The marker's number as written, e.g. '3'.")
    text: str = Field(description="The note's text.")
    url: str | None = Field(default=None, description="The note's URL.")
    date: PartialDate | None = Field(default=None, description="The cited source's date.")


Qualifier = Literal["exact", "approximate", "at_least", "at_most"]
AsOfSource = Literal["sentence", "paragraph", "citation", "published"]


class Claim(Record):
    """One numeric claim of an article, with the frame that says what it measures."""

    id: str = Field(description="'<article id>#<n>', n counting from 1 in reading order.")
    kind: Literal["quantity"] = "quantity"
    text: str = Field(description="The quantity as written, e.g. '118,000 hectares'.")
    value: Number | None = Field(description="In the canonical unit of its dimension; null for a range.")
    low: Number | None = Field(default=None, description="Lower end of a range or bound.")
    high: Number | None = Field(default=None, description="Upper end of a range or bound.")
    unit: str = Field(description="Canonical unit: 'hectare', 'kilometer', 'USD', 'year', 'percent', 'count'...")
    dimension: str = Field(description="'area', 'length', 'money', 'duration', 'share', 'count'...")
    qualifier: Qualifier = "exact"
    measured: str | None = Field(default=None, description="What is measured or counted.")
    subject: str | None = Field(default=None, description="Who did or reported it.")
    predicate: str | None = Field(default=None, description="The verb's lemma: 'clear', 'kill'..., or the state a "
                                  "reporting verb gives ('dead' in 'are believed dead').")
    verb: str | None = Field(default=None, description="The predicate as the sentence writes it: 'cleared', "
                             "'are believed dead'.")
    owner: str | None = Field(default=None, description="The named company, index, party, product or person the "
                              "figure is of ('Nvidia' in 'Nvidia's shares gained 3%'), when the sentence names one.")
    place: str | None = Field(default=None, description="Of where.")
    period_start: PartialDate | None = None
    period_end: PartialDate | None = None
    period: str | None = Field(default=None, description="The words that set the period: 'since 2020', "
                               "'since the beginning of the war' (no date: the start is unknown).")
    as_of: PartialDate | None = Field(default=None, description="The date the figure holds for.")
    as_of_source: AsOfSource | None = None
    sentence: str = Field(description="The sentence the claim is in.")
    start: int = Field(description="Offset of the quantity in the article body.")
    end: int = Field(description="Offset just past the quantity in the article body.")
    citation: Citation | None = None
    superseded: bool = Field(default=False, description="The article gives it as an earlier figure that it "
                             "revises ('down from their previous toll of 115').")


class Acronym(Record):
    """An acronym definition found in an article."""

    short: str
    long: str
    start: int = Field(description="Offset of the definition in the article body.")
    end: int
    sentence: str = Field(default="", description="The sentence that defines it.")


class ArticleInfo(Record):
    """The article a claims file was made from, and with which pipeline."""

    id: ArticleId
    title: str
    url: str | None = None
    published: PartialDate
    path: str
    sha256: str = Field(description="sha256 of the corpus file the claims were extracted from.")
    pipeline: str = Field(description="'factcheck X / en_core_web_sm Y': claims are redone when it changes.")


Term = tuple[str, float]
"""A story term and its weight (:mod:`factcheck.nlp.terms`)."""


class Aside(Record):
    """A paragraph on another story than its article's (a digest's other items)."""

    start: int = Field(description="Offset of the paragraph in the article body.")
    end: int
    terms: tuple[Term, ...] = Field(description="The paragraph's own story terms.")


class ClaimsFile(Record):
    """``claims/<id>.json``."""

    schema_: Literal["factcheck.claims/1"] = Field(default="factcheck.claims/1", alias="schema")
    article: ArticleInfo
    terms: tuple[Term, ...] = Field(default=(), description="The words that tell the article's story from "
                                    "others, each with its weight (its rarity in English).")
    asides: tuple[Aside, ...] = Field(default=(), description="Paragraphs on stories of their own.")
    acronyms: tuple[Acronym, ...] = ()
    claims: tuple[Claim, ...] = ()

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class ReportArticle(Record):
    """An article a report compared."""

    id: str
    title: str
    url: str | None = None
    published: PartialDate | None = None
    path: str | None = None


class ReportClaim(Claim):
    """A claim inside a finding, with the article it comes from."""

    article: str


class Expansion(Record):
    """One way an acronym is expanded, and where."""

    article: str
    expansion: str
    sentence: str
    start: int
    end: int


FindingKind = Literal[
    "conflict", "outdated", "scope_mismatch", "internal_arithmetic", "unit_anomaly",
    "acronym_conflict", "agreement",
]
Severity = Literal["error", "warning", "info"]


class Finding(Record):
    """One thing the report says about the figures."""

    kind: FindingKind
    severity: Severity
    summary: str = Field(description="One line.")
    explanation: str = Field(description="Why, in a sentence or two.")
    claims: tuple[ReportClaim, ...] = ()
    acronym: str | None = None
    expansions: tuple[Expansion, ...] | None = None


CheckStatus = Literal["supported", "stale", "differs", "unsupported"]
CHECK_SEVERITY: dict[str, Severity] = {"differs": "error", "stale": "warning", "unsupported": "warning",
                                       "supported": "info"}


class ChecklistItem(Record):
    """One figure of a draft, from its writer's side: what the corpus says of it."""

    article: str = Field(description="The draft's id.")
    claim: ReportClaim
    status: CheckStatus = Field(description="'supported': a source agrees and nothing newer overtakes it; "
                                "'stale': an older source agrees, a newer one gives another value; 'differs': "
                                "the newest source disagrees and none backs it; 'unsupported': no source reports it.")
    evidence: tuple[ReportClaim, ...] = Field(default=(), description="The corpus claims that decide the status, "
                                              "newest first.")
    explanation: str = Field(description="One line.")

    @property
    def severity(self) -> Severity:
        return CHECK_SEVERITY[self.status]


class Report(Record):
    """The output of ``factcheck compare --format json``."""

    schema_: Literal["factcheck.report/1"] = Field(default="factcheck.report/1", alias="schema")
    generated: str = Field(description="UTC time of the run, ISO 8601.")
    articles: tuple[ReportArticle, ...] = ()
    findings: tuple[Finding, ...] = ()
    checklist: tuple[ChecklistItem, ...] = Field(default=(), description="With drafts: every figure of each "
                                                 "draft, one status each.")

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


def check_schema(data: object, expected: str, where: str) -> None:
    """Refuse a record of another kind or of a newer version than this factcheck reads."""
    if not isinstance(data, dict):
        raise ClaimsError(f"{where}: not a JSON object")
    found = data.get("schema")
    if found == expected:
        return
    kind, _, version = expected.rpartition("/")
    prefix = kind + "/"
    rest = found[len(prefix):] if isinstance(found, str) and found.startswith(prefix) else ""
    newer = rest.isascii() and rest.isdigit() and (len(rest) > 18 or int(rest) > int(version))
    if newer:
        raise NewerSchema(f"{where}: schema {found} is newer than this factcheck reads ({expected}); "
                          "upgrade factcheck to read this")
    raise ClaimsError(f"{where}: schema is {found!r}, expected {expected!r}")
