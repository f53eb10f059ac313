"""The fuzzer's inputs: seeds taken from the shipped corpus, and hypothesis strategies that build
a scenario from them (files in an empty folder, then the command lines to run there)."""

from __future__ import annotations

import contextlib
import hashlib
import html
import json
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from tests.fuzzing.mutations import INDEX, Edit, apply_edits, byte_edits, damages, dump_json, json_edits

REPO = Path(__file__).resolve().parents[2]
CORPUS, CLAIMS, REPORT = "corpus", "claims", "r.json"
FOLDERS = ("--corpus", CORPUS, "--claims", CLAIMS)
PRIME = ("extract", *FOLDERS)
SEED_PARAGRAPHS, SEED_NOTES = 4, 3  # of each shipped article: enough figures to compare, quick to parse

ODD_IDS = ("copy-of-it", "UPPER", "a b", "x" * 101, "ünï", "-lead", "a.b", "", "..", "con")
FIELD_VALUES = (
    "2025-02-30", "0000-00-00", "2025-13-40", "9999-12-31", "2025", "2025-06", "-2025-01-01", "2025-06-12T25:61:00",
    "99999999999999999999", "1e400", ".nan", "~", "null", "true", "[2025, 6]", "{a: 1}", "&a [*a]", "*missing",
    "!!binary aGVsbG8=", "!!python/object/apply:os.system ['echo hi']", "'unterminated", '"\\x00\\e[31m"',
    "|\n  block\n  text", "- a\n- b", "\t2025-06-12", "\x1b[31m2025-06-12", "2025-06-12 # a comment", "Ｔｉｔｌｅ",
    "x" * 300, "[" * 300, "[" * 2000 + "]" * 2000, "\u202eeltit",
)
FIELDS = ("title", "published", "publisher", "author", "url", "id", "extra")
FENCES = ("closed", "unclosed", "dots", "none", "bom", "indented")
DRAFT_NAMES = ("draft.md", "draft.txt", "page.html", "notes", "Ünïcode name.md", "x.HTM", "a.md.html", "sub/draft.md")
ADD_NAMES = ("article.md", "article.txt", "page.html", "report", "Ünïcode name.txt", "x.HTM")
ADD_OPTIONS = (
    ("--published", "2025-02-30"), ("--published", "0000-00-00"), ("--published", "2025"), ("--published", "1e400"),
    ("--published", "99999-01-01"), ("--published", ""), ("--id", "../x"), ("--id", "x/../../y"), ("--id", "UPPER"),
    ("--id", ""), ("--id", "a" * 101), ("--id", "fine-id"), ("--id", ".."), ("--title", ""), ("--title", "\x1b[31mred"),
    ("--title", "[" * 300), ("--title", "9" * 400), ("--title", "\u202eeltit"), ("--url", "javascript:alert(1)"),
    ("--author", "\r\n"), ("--publisher", "x" * 2000),
)
USER_FORMS = ("markdown", "text", "html", "empty", "binary", "utf-16", "utf-16-le", "cp1252", "missing", "folder")


@dataclass(frozen=True)
class SeedArticle:
    """A shipped corpus article cut to its first paragraphs and notes, as parts to rebuild it from."""

    id: str
    fields: tuple[tuple[str, str], ...]
    paragraphs: tuple[str, ...]
    notes: tuple[str, ...]

    @classmethod
    def read(cls, path: Path) -> SeedArticle:
        _, head, rest = path.read_text(encoding="utf-8").split("---\n", 2)
        body, _, notes = rest.partition("\n## Notes\n")
        fields = tuple((key, value) for key, _, value in (line.partition(": ") for line in head.strip().splitlines()))
        return cls(path.stem, fields,
                   tuple(p.strip() for p in body.split("\n\n") if p.strip())[:SEED_PARAGRAPHS],
                   tuple(n.strip() for n in notes.split("\n\n") if n.strip())[:SEED_NOTES])

    @property
    def title(self) -> str:
        return dict(self.fields)["title"]

    def body(self, keep: tuple[int, ...], notes: bool) -> str:
        text = "\n\n".join(self.paragraphs[i] for i in keep)
        return text + ("\n\n## Notes\n\n" + "\n\n".join(self.notes) if notes and self.notes else "") + "\n"

    def markdown(self, keep: tuple[int, ...], notes: bool = True, edits: tuple[tuple[str, str, str], ...] = (),
                 fence: str = "closed") -> str:
        """The article as a corpus file, its front matter changed by ``edits`` ((op, key, value)
        with op 'drop', 'set' or 'add': a key added again is a duplicate key) and fenced as
        ``fence`` says."""
        lines = [f"{key}: {value}" for key, value in self.fields]
        for op, key, value in edits:
            if op in ("drop", "set"):
                lines = [line for line in lines if not line.startswith(f"{key}:")]
            if op in ("set", "add"):
                lines.append(f"{key}: {value}")
        head = {"closed": ["---", *lines, "---"], "unclosed": ["---", *lines], "dots": ["---", *lines, "..."],
                "none": [], "bom": ["\ufeff---", *lines, "---"], "indented": [" ---", *lines, " ---"]}[fence]
        return "".join(line + "\n" for line in head) + self.body(keep, notes)

    def html(self, keep: tuple[int, ...]) -> str:
        fields = dict(self.fields)
        meta = "".join(f'<meta name="{name}" content="{html.escape(fields[key])}">'
                       for key, name in (("author", "author"), ("published", "date")) if key in fields)
        paragraphs = "".join(f"<p>{html.escape(self.paragraphs[i])}</p>\n" for i in keep)
        return (f"<!doctype html>\n<html><head><title>{html.escape(self.title)}</title>{meta}</head>\n<body>"
                '<nav><a href="/">Home</a> | <a href="/tr">Türkçe</a></nav>\n'
                f"<article><h1>{html.escape(self.title)}</h1>\n{paragraphs}</article>\n"
                "<footer>Share: Facebook Twitter | Similar Posts</footer></body></html>\n")


@dataclass(frozen=True)
class Seeds:
    """The seed articles, their claims as this factcheck extracts them and as shipped, the
    pipeline label of this factcheck, and a claims index built for them."""

    articles: tuple[SeedArticle, ...]
    claims: dict[str, str] = field(hash=False)
    shipped_claims: dict[str, str] = field(hash=False)
    pipeline: str
    index: bytes

    def __repr__(self) -> str:
        return f"Seeds({', '.join(a.id for a in self.articles)}; {self.pipeline})"

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:  # how hypothesis prints it
        printer.text(repr(self))


def load_seeds() -> Seeds:
    """Seeds from the shipped corpus; their claims extracted now, by the code under test."""
    from click.testing import CliRunner

    from factcheck.cli import main

    articles = tuple(SeedArticle.read(path) for path in sorted((REPO / CORPUS).glob("*.md")))
    with tempfile.TemporaryDirectory(prefix="factcheck-seeds-") as tmp:
        root = Path(tmp)
        (root / CORPUS).mkdir()
        for article in articles:
            every = tuple(range(len(article.paragraphs)))
            (root / CORPUS / f"{article.id}.md").write_text(article.markdown(every), encoding="utf-8")
        with contextlib.chdir(root):  # the claims name their article as a scenario's do: corpus/<id>.md
            done = CliRunner().invoke(main, list(PRIME))
        if done.exit_code != 0:
            raise RuntimeError(f"extracting the seed articles failed: {done.stderr or done.exception!r}")
        claims = {a.id: (root / CLAIMS / f"{a.id}.json").read_text(encoding="utf-8") for a in articles}
        index = (root / INDEX).read_bytes()
    shipped = {a.id: (REPO / CLAIMS / f"{a.id}.json").read_text(encoding="utf-8") for a in articles
               if (REPO / CLAIMS / f"{a.id}.json").is_file()}
    pipeline = json.loads(next(iter(claims.values())))["article"]["pipeline"]
    return Seeds(articles, claims, shipped, pipeline, index)


@dataclass(frozen=True)
class Input:
    """Something in the scenario's folder before the first run: a file, a folder, a symlink to
    ``data`` (as a path), or a path left absent; with its kind of input and how it was made."""

    path: str
    data: bytes = b""
    shape: str = "file"
    kind: str = ""
    made: tuple[str, ...] = ()

    def write(self, root: Path) -> None:
        where = root / self.path
        where.parent.mkdir(parents=True, exist_ok=True)
        if self.shape == "file":
            where.write_bytes(self.data)
        elif self.shape == "folder":
            where.mkdir(exist_ok=True)
        elif self.shape == "link":
            where.symlink_to(self.data.decode())

    @property
    def digest(self) -> str:
        return hashlib.sha1(self.shape.encode() + b"\0" + self.data).hexdigest()[:16]


@dataclass(frozen=True)
class Step:
    """A command line to run (the arguments after ``factcheck``), or Python code run in the folder."""

    args: tuple[str, ...] = ()
    code: str = ""


@dataclass(frozen=True)
class Scenario:
    """Files in an empty folder, then steps run in it; ``cases`` says what kinds of input it holds."""

    inputs: tuple[Input, ...]
    steps: tuple[Step, ...]
    cases: tuple[tuple[str, str, tuple[str, ...]], ...]  # (kind, what tells two apart, how it was made)

    def __repr__(self) -> str:
        files = ", ".join(f"{i.path} ({i.shape}, {len(i.data)} bytes)" for i in self.inputs)
        runs = " / ".join(" ".join(s.args) if s.args else "python" for s in self.steps)
        return f"Scenario(files: {files or 'none'}; runs: {runs})"

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        printer.text(repr(self))


def _mostly(usual: str, *others: str) -> st.SearchStrategy[str]:
    """``usual`` two times in three, else one of ``others``; shrinks to ``usual``."""
    return st.sampled_from([usual] * 2 * len(others) + list(others))


def _paragraphs(seed: SeedArticle, least: int = 0) -> st.SearchStrategy[tuple[int, ...]]:
    """Which paragraphs of the seed to keep, in their order: some (shrinking to fewer), or all."""
    every = tuple(range(len(seed.paragraphs)))
    some = st.lists(st.sampled_from(every), min_size=least, unique=True).map(lambda kept: tuple(sorted(kept)))
    return st.one_of(some, st.just(every))


_field_edits = st.lists(st.tuples(st.sampled_from(["set", "drop", "add"]), st.sampled_from(FIELDS),
                                  st.sampled_from(FIELD_VALUES)), max_size=2).map(tuple)


def _labels(edits: tuple[Edit, ...]) -> tuple[str, ...]:
    return tuple(edit.label for edit in edits)


@st.composite
def _corpus_article(draw: st.DrawFn, seeds: Seeds, claims_folder: bool, hostile: bool,
                    hostile_claims: bool) -> tuple[Input, ...]:
    """A seed article with or without its claims file. Plain, it is whole, with the claims this
    factcheck made of it; hostile, it is cut and its front matter and bytes mutated; hostile
    claims are cut, made to look current, and their JSON and bytes mutated."""
    seed = draw(st.sampled_from(seeds.articles))
    every = tuple(range(len(seed.paragraphs)))
    if hostile:
        name, keep, notes = draw(_mostly(seed.id, *ODD_IDS)), draw(_paragraphs(seed)), draw(st.booleans())
        field_edits, fence, edits = draw(_field_edits), draw(_mostly("closed", *FENCES[1:])), draw(byte_edits)
    else:
        name, keep, notes, field_edits, fence, edits = seed.id, every, True, (), "closed", ()
    data = apply_edits(seed.markdown(keep, notes, field_edits, fence).encode(), edits)
    made = (f"{len(keep)} of {len(every)} paragraphs", *(f"{op} {key}" for op, key, _ in field_edits),
            *((f"fence {fence}",) if fence != "closed" else ()), *(("other id",) if name != seed.id else ()),
            *_labels(edits))
    article = Input(f"{CORPUS}/{name}.md", data, kind="corpus article", made=made)
    bases = ["none", "fresh", "shipped"] if hostile_claims else ["none", "fresh"]
    base = draw(st.sampled_from(bases)) if claims_folder else "none"
    text = (seeds.claims if base == "fresh" else seeds.shipped_claims).get(seed.id)
    if base == "none" or text is None:
        return (article,)
    if not hostile_claims:
        return article, Input(f"{CLAIMS}/{name}.json", text.encode(), kind="claims file", made=(base,))
    claims: dict[str, Any] = json.loads(text)
    most = draw(st.integers(0, 30))
    for key in ("terms", "asides", "acronyms", "claims"):
        claims[key] = claims[key][:most]
    current = draw(st.sampled_from([True, True, False]))
    if current:  # the claims file says it was made from exactly this article by this factcheck
        claims["article"].update(id=name, path=f"{CORPUS}/{name}.md", sha256=hashlib.sha256(data).hexdigest(),
                                 pipeline=seeds.pipeline)
    changes, text_edits = draw(json_edits(claims)), draw(byte_edits)
    for change in changes:
        claims = change.apply(claims)
    claims_made = (base, f"at most {most} of each", *(("made current",) if current else ()),
                   *(change.label for change in changes), *_labels(text_edits))
    return article, Input(f"{CLAIMS}/{name}.json", apply_edits(dump_json(claims), text_edits), kind="claims file",
                          made=claims_made)


@st.composite
def _user_file(draw: st.DrawFn, seeds: Seeds, kind: str, names: tuple[str, ...], hostile: bool) -> Input:
    """A file given on the command line: an article as Markdown, plain text or HTML; hostile, also
    in another encoding, empty, binary, missing or a folder, its front matter and bytes mutated."""
    name, form = draw(st.sampled_from(names)), draw(st.sampled_from(USER_FORMS if hostile else USER_FORMS[:3]))
    if form in ("missing", "folder"):
        return Input(name, shape="absent" if form == "missing" else "folder", kind=kind, made=(form,))
    if form == "empty":
        data = draw(st.sampled_from([b"", b" \n\t\n", b"\xef\xbb\xbf"]))
    elif form == "binary":
        data = draw(st.binary(min_size=1, max_size=300)) + b"\x00"
    else:
        seed = draw(st.sampled_from(seeds.articles))
        keep = draw(_paragraphs(seed, least=0 if hostile else 1))
        front = draw(_field_edits) if form == "markdown" and hostile else ()
        text = (seed.html(keep) if form == "html" else seed.markdown(keep, True, front) if form == "markdown"
                else f"{seed.title}\n\n{seed.body(keep, True)}")
        data = {"utf-16": lambda: text.encode("utf-16"), "utf-16-le": lambda: text.encode("utf-16-le"),
                "cp1252": lambda: text.encode("cp1252", "replace")}.get(form, text.encode)()
    edits = draw(byte_edits) if hostile else ()
    return Input(name, apply_edits(data, edits), kind=kind, made=(form, *_labels(edits)))


@st.composite
def _command(draw: st.DrawFn, seeds: Seeds, corpus_ids: tuple[str, ...],
             focus: str) -> tuple[tuple[str, ...], tuple[Input, ...]]:
    """One of the fuzzed commands with its arguments, and the files it is given: compare when the
    focus is on drafts, add when it is on added files."""
    commands = {"draft": ["compare"], "add file": ["add"]}.get(focus, ["compare", "extract", "add", "claims"])
    name, hostile = draw(st.sampled_from(commands)), focus in ("command", "everything")
    ids = st.sampled_from(corpus_ids + ODD_IDS if hostile or not corpus_ids else corpus_ids)
    if name == "compare":
        drafts = tuple(draw(st.lists(_user_file(seeds, "draft", DRAFT_NAMES, focus in ("draft", "everything")),
                                     max_size=2, unique_by=lambda i: i.path)))
        fail_on = draw(st.sampled_from(["error", "warning", "never"]))
        return ("compare", *(d.path for d in drafts), *FOLDERS, "--format", "json", "--output", REPORT,
                "--fail-on", fail_on), drafts
    if name == "add":
        files = tuple(draw(st.lists(_user_file(seeds, "add file", ADD_NAMES, focus in ("add file", "everything")),
                                    min_size=1, max_size=2, unique_by=lambda i: i.path)))
        options = draw(st.lists(st.sampled_from(ADD_OPTIONS), max_size=2)) if hostile else []
        return ("add", *(f.path for f in files), *(part for option in options for part in option), *FOLDERS), files
    if name == "extract":
        return ("extract", *draw(st.lists(ids, max_size=2)), *FOLDERS), ()
    return ("claims", draw(ids), *FOLDERS), ()


JUNK = {
    "not markdown": Input(f"{CORPUS}/notes.txt", b"not an article"),
    "folder named .md": Input(f"{CORPUS}/folder.md", shape="folder"),
    "hidden": Input(f"{CORPUS}/.hidden.md", b"---\ntitle: x\n---\n"),
    "empty": Input(f"{CORPUS}/empty.md"),
    "dangling link": Input(f"{CORPUS}/gone.md", b"nowhere.md", shape="link"),
    "link outside": Input(f"{CORPUS}/outside.md", b"../outside.md", shape="link"),
    "stray claims": Input(f"{CLAIMS}/orphan.json", b'{"schema": "factcheck.claims/1"}'),
    "leftover temp": Input(f"{CLAIMS}/.x.json.abc.tmp", b"{half"),
}
FOCUSES = ("corpus article", "claims file", "claims index", "draft", "add file", "folder layout", "command",
           "everything")


@st.composite
def scenarios(draw: st.DrawFn, seeds: Seeds) -> Scenario:
    """Files in an empty folder, then one fuzzed command, sometimes after an ``extract`` that builds
    the claims index and harm done to that index. One kind of input (the focus) is hostile, the
    others plain, so that most runs get past reading the corpus; or every kind is hostile."""
    focus = draw(st.sampled_from(FOCUSES))

    def hostile(kind: str) -> bool:
        return focus in (kind, "everything")

    layout_hostile = hostile("folder layout")
    corpus_shape = draw(_mostly("folder", "missing", "file")) if layout_hostile else "folder"
    claims_shape = draw(_mostly("folder", "missing", "file")) if layout_hostile else "folder"
    inputs: list[Input] = []
    for folder, shape in ((CORPUS, corpus_shape), (CLAIMS, claims_shape)):
        if shape != "missing":
            inputs.append(Input(folder, b"not a folder") if shape == "file" else Input(folder, shape="folder"))
    if corpus_shape == "folder":
        articles = draw(st.lists(_corpus_article(seeds, claims_shape == "folder", hostile("corpus article"),
                                                 hostile("claims file")),
                                 max_size=3, unique_by=lambda files: files[0].path))
        inputs += [item for files in articles for item in files]
        junk = draw(st.lists(st.sampled_from(sorted(JUNK)), max_size=2, unique=True)) if layout_hostile else []
        inputs += [JUNK[name] for name in junk if claims_shape == "folder" or not JUNK[name].path.startswith(CLAIMS)]
        if "link outside" in junk:
            inputs.append(Input("outside.md", seeds.articles[0].markdown((0,)).encode()))
    corpus_ids = tuple(Path(i.path).stem for i in inputs if i.kind == "corpus article")
    args, given = draw(_command(seeds, corpus_ids, focus))
    inputs += given
    index_kinds = ["none", "built", "seed", "random", "folder"] if hostile("claims index") else ["none", "built"]
    index = draw(st.sampled_from(index_kinds)) if claims_shape == "folder" else "none"
    steps = [Step(PRIME)] if index == "built" else []
    if index == "seed":
        inputs.append(Input(INDEX, seeds.index))
    elif index == "random":
        header = draw(st.sampled_from([b"", b"SQLite format 3\x00"]))
        inputs.append(Input(INDEX, header + draw(st.binary(max_size=2048))))
    elif index == "folder":
        inputs.append(Input(INDEX, shape="folder"))
    damage = draw(damages) if index in ("built", "seed") and hostile("claims index") else None
    if damage is not None:
        steps.append(Step(code=damage.code()))
    steps.append(Step(args))
    layout = [f"corpus {corpus_shape}", f"claims {claims_shape}",
              *(name for name, junk_input in JUNK.items() if junk_input in inputs)]
    index_made = (index, *((damage.label,) if damage else ()))
    index_data = next((i.data for i in inputs if i.path == INDEX), b"")
    cases = (("focus", focus, (focus,)),
             *((i.kind, i.digest, i.made) for i in inputs if i.kind),
             ("command", " ".join(args), (args[0],)),
             ("claims index", hashlib.sha1(repr((index, damage, index_data)).encode()).hexdigest(), index_made),
             ("folder layout", " ".join(layout), tuple(layout)))
    return Scenario(tuple(inputs), tuple(steps), cases)
