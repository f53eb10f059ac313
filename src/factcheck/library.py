"""What the commands do, as plain functions the command line calls once each."""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from factcheck import store
from factcheck.corpus import Added, Corpus, parse_article
from factcheck.errors import ClaimsError, InputError, NewerSchema, doing
from factcheck.fetch import is_address
from factcheck.files import locked, read_text
from factcheck.index import ClaimsIndex, stat_of
from factcheck.ingest import check_id, prepare, prepare_address, slug
from factcheck.models import Article, ChecklistItem, Claim, ClaimsFile, Report, ReportArticle


def add_articles(corpus_dir: Path, files: Iterable[Path | str], metadata: Mapping[str, str | None]) -> list[Added]:
    """Store each file or web address in the corpus; every one is read and checked before anything
    is written."""
    files = list(files)
    if len(files) > 1:
        single = [f"--{name}" for name in ("title", "url", "article_id") if metadata.get(name)]
        if single:
            raise InputError(f"{', '.join(single).replace('article_id', 'id')} names one article; "
                             "add the files one at a time")
    options = {("id" if key == "article_id" else key): value for key, value in metadata.items()}
    prepared = []
    for path in files:
        with doing(f"reading {path}"):
            if isinstance(path, str) and is_address(path):
                prepared.append(prepare_address(path, options))
            else:
                prepared.append(prepare(Path(path), options))
    first = {p.id: p for p in reversed(prepared)}
    prepared = [p.dated() if p.derived and first[p.id] is not p and first[p.id].published != p.published else p
                for p in prepared]  # the same headline on another day is another article
    ids = Counter(p.id for p in prepared)
    clash = next((i for i, n in ids.items() if n > 1), None)
    if clash:
        raise InputError(f"two of the files would be stored under the same id '{clash}'; add them one at a time")
    return Corpus(corpus_dir).add(prepared)


@dataclass(frozen=True)
class Extracted:
    """What ``extract`` did with one article: 'extracted', 'current', or why it redid it; its
    claims file when it was read or written (a current one known from the index is not read)."""

    id: str
    path: Path | str
    outcome: str
    claims: int
    file: ClaimsFile | None = None

    def read(self) -> ClaimsFile:
        """The claims file, read now if it was not read before."""
        return self.file if self.file is not None else store.read(Path(self.path))


def _stored(article: Article, folder: Path, pipeline: str) -> ClaimsFile | str:
    """The article's current claims file, or why its claims must be (re)made."""
    path = store.claims_path(folder, article.id)
    if not path.is_file():
        return "new"
    try:
        existing = store.read(path)
    except NewerSchema:
        raise  # written by a newer factcheck: not ours to overwrite
    except ClaimsError as err:
        return f"unreadable ({err}); extracting again"
    if existing.article.sha256 != article.sha256:
        return "the article changed; extracting again"
    if existing.article.pipeline != pipeline:
        return "made by another pipeline; extracting again"
    return existing


KEYS_SOURCES = ("judge/frames.py", "lexicon.py", "data/frames.json")  # what frames.keys_of reads


def _keys(claim: Claim) -> frozenset[str]:
    from factcheck.judge.frames import keys_of  # imported when a claim is indexed, not to find nothing changed

    return keys_of(claim)


def open_index(claims_dir: Path) -> ClaimsIndex:
    """The claims folder's index, its keys those compare blocks by."""
    return ClaimsIndex(claims_dir, store.code_fingerprint(KEYS_SOURCES), _keys)


class Progress(Protocol):
    """Something that shows how far a long extraction has got (a bar on a terminal)."""

    def start(self, total: int) -> None: ...

    def advance(self) -> None: ...

    def stop(self) -> None: ...


INDEX_CHUNK = 500  # articles read and indexed at once when the index does not know them
AUTO_WORKERS_FROM = 8  # articles to parse before a second process pays for its start


def workers_for(articles: int, asked: int = 0) -> int:
    """Processes to parse with: ``asked`` (at most one per article and per core), or (0) one per
    core, up to 2, once there are enough articles."""
    if asked > 0:
        return max(1, min(asked, articles, os.cpu_count() or 1))  # more would only wait
    return min(2, os.cpu_count() or 1) if articles >= AUTO_WORKERS_FROM else 1


def extract_corpus(corpus_dir: Path, claims_dir: Path, ids: Iterable[str], model: str | None,
                   progress: Progress | None = None, workers: int = 0,
                   dask_scheduler: str | None = None) -> list[Extracted]:
    """Bring ``claims/`` up to date for the given articles (all when none is given); ``workers``
    processes parse them (0: chosen by :func:`workers_for`), or the Dask cluster whose scheduler
    is at ``dask_scheduler``. Articles whose corpus and claims files have not changed since the
    index last saw them current are not even read."""
    with open_index(claims_dir) as index:
        return index.retrying(lambda: _bring_up_to_date(index, corpus_dir, claims_dir, list(ids), model, progress,
                                                        workers, dask_scheduler))


def _bring_up_to_date(index: ClaimsIndex, corpus_dir: Path, claims_dir: Path, ids: list[str], model: str | None,
                      progress: Progress | None = None, workers: int = 0,
                      dask_scheduler: str | None = None) -> list[Extracted]:
    """:func:`extract_corpus` with the index open."""
    from factcheck.nlp import load_model, model_label

    corpus = Corpus(corpus_dir)
    wanted = ids or corpus.ids()
    for article_id in ids:
        corpus.path_of(article_id)  # refuses an id that is no plain slug
    # plain strings: a large corpus has hundreds of thousands of paths, and pathlib costs seconds there
    paths = {i: (os.path.join(corpus_dir, f"{i}.md"), os.path.join(claims_dir, f"{i}.json")) for i in wanted}
    pipeline = store.pipeline_label(model_label(model))
    before = {i: stat_of(corpus_file) for i, (corpus_file, _) in paths.items()}  # before reading them
    seen = {i: f"{before[i]} {stat_of(claims_file)}" for i, (_, claims_file) in paths.items()}
    known = index.current(seen, pipeline)
    results = {i: Extracted(i, paths[i][1], "current", n) for i, n in known.items()}
    todo: list[Article] = []
    why: dict[str, str] = {}  # of each article to extract
    unknown = [i for i in wanted if i not in known]
    for chunk in range(0, len(unknown), INDEX_CHUNK):  # read, checked and indexed a chunk at a time
        confirmed = []
        for article in (corpus.load(i) for i in unknown[chunk:chunk + INDEX_CHUNK]):
            found = _stored(article, claims_dir, pipeline)
            if isinstance(found, str):
                todo.append(article)
                why[article.id] = found
                continue
            confirmed.append((found, seen[article.id]))
            results[article.id] = Extracted(article.id, paths[article.id][1], "current", len(found.claims),
                                            found if len(wanted) == 1 else None)
        index.put(confirmed)
    if todo:
        from factcheck.cluster import extract_on_cluster
        from factcheck.extract import iter_extract

        nlp = load_model(model)
        stream = (extract_on_cluster(todo, dask_scheduler, model, pipeline) if dask_scheduler
                  else iter_extract(todo, nlp, pipeline, workers_for(len(todo), workers)))
        if progress is not None:
            progress.start(len(todo))
        written: list[tuple[ClaimsFile, str]] = []
        try:
            for claims in stream:  # each file is stored as it comes: a killed run keeps what it made
                article_id = claims.article.id
                with locked(claims_dir), doing(f"writing the claims of {article_id}"):
                    path = store.write(claims_dir, claims)
                results[article_id] = Extracted(article_id, path, why[article_id], len(claims.claims),
                                                claims if len(wanted) == 1 else None)
                written.append((claims, f"{before[article_id]} {stat_of(path)}"))
                if len(written) == INDEX_CHUNK:
                    index.put(written)  # killed before the index is told: the files are seen as moved
                    written = []
                if progress is not None:
                    progress.advance()
        finally:
            if progress is not None:
                progress.stop()
        index.put(written)
    if not ids:
        index.keep(wanted)
    return [results[i] for i in wanted]


def current_line(done: Sequence[Extracted]) -> str | None:
    """What a run says of the articles it found current (None when there were none)."""
    current = sum(item.outcome == "current" for item in done)
    if current == len(done):
        return f"all {current} articles already current: nothing extracted"
    return f"{current} of {len(done)} articles already current: nothing to do for them" if current else None


def article_claims(corpus_dir: Path, claims_dir: Path, article_id: str, model: str | None) -> ClaimsFile:
    """An article's claims, extracted first when they are missing or stale."""
    return extract_corpus(corpus_dir, claims_dir, [article_id], model)[0].read()


def _draft(path: Path, taken: set[str]) -> Article:
    """A draft as an article that is not stored: dated today and titled by its file name unless it
    says otherwise; its id kept apart from the corpus's ('draft-<slug>')."""
    today = dt.date.today().isoformat()
    prepared = prepare(path, {}, {"title": path.stem, "published": today})
    base = check_id(("draft-" + (slug(prepared.title) or "article"))[:100])
    article_id, n = base, 1
    while article_id in taken:
        n += 1
        article_id = f"{base[:95]}-{n}"
    taken.add(article_id)
    return parse_article(prepared.text.encode("utf-8"), path, article_id)


def compare_corpus(corpus_dir: Path, claims_dir: Path, drafts: Sequence[Path], model: str | None,
                   progress: Progress | None = None) -> Report:
    """The report on the corpus (claims brought up to date first), or on the drafts against it.
    A draft is compared with the corpus claims that share a key with it, read from the index."""
    from factcheck.judge.compare import compare, draft_shorts
    from factcheck.judge.frames import draft_keys
    from factcheck.judge.stories import CROWDED, CROWDED_FROM

    taken = set(Corpus(corpus_dir).ids())
    articles = [_draft(path, taken) for path in drafts]  # a draft that cannot be read stops the run first
    draft_files: list[ClaimsFile] = []
    if drafts:
        from factcheck.extract import extract_many
        from factcheck.nlp import load_model, model_label

        draft_files = extract_many(articles, load_model(model), store.pipeline_label(model_label(model)))
    terms = {t for f in draft_files for t, _ in f.terms} | {t for f in draft_files for a in f.asides
                                                             for t, _ in a.terms}

    def gather(index: ClaimsIndex) -> tuple[list[Extracted], list[ClaimsFile]]:
        done = _bring_up_to_date(index, corpus_dir, claims_dir, [], model, progress)
        ids = [item.id for item in done]
        if drafts:  # only the articles that share a story term with a draft can tell its story
            sharing = index.sharing(terms, max(CROWDED_FROM, int(CROWDED * len(ids))))
            ids = [i for i in ids if i in sharing]
        return done, index.load(ids, draft_keys(draft_files) if drafts else None,
                                draft_shorts(draft_files) if drafts else None)

    with open_index(claims_dir) as index:
        done, files = index.retrying(lambda: gather(index))
    for item in done:
        if item.outcome not in ("current", "new"):
            print(f"{item.path}: {item.outcome}", file=sys.stderr)
    if (line := current_line(done)) is not None:
        print(line, file=sys.stderr)
    every = files + draft_files
    checked: list[ChecklistItem] = []
    with doing("comparing the claims"):
        findings = compare(every, drafts=[f.article.id for f in draft_files], checked=checked)
    generated = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    listed = tuple(ReportArticle(id=f.article.id, title=f.article.title, url=f.article.url,
                                   published=f.article.published, path=f.article.path) for f in every)
    return Report(generated=generated, articles=listed, findings=tuple(findings), checklist=tuple(checked))


def read_texts(path: Path) -> list[str]:
    """The texts of a quantities input: a JSON list of strings or of objects with "text", or a
    text file with one text a line (blank lines skipped)."""
    raw = read_text(path)
    if not raw.lstrip().startswith("["):
        return [line.strip() for line in raw.splitlines() if line.strip()]
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as err:
        raise InputError(f"{path}: not valid JSON (line {err.lineno}: {err.msg})") from None
    texts = []
    for n, item in enumerate(data):
        text = item.get("text") if isinstance(item, dict) else item
        if not isinstance(text, str):
            raise InputError(f"{path}: item {n} has no \"text\" string")
        texts.append(text)
    return texts


def quantity_lines(path: Path, model: str | None) -> Iterator[str]:
    """One JSON line per text of ``path``: the text and its quantities (the quantity layer alone)."""
    from factcheck.nlp import load_model
    from factcheck.nlp.components import pipe_whole, quantities

    texts = read_texts(path)
    nlp = load_model(model)
    for text, doc in zip(texts, pipe_whole(nlp, texts), strict=True):
        found = [q.record(doc) for q in quantities(doc)]
        yield json.dumps({"text": text, "quantities": found}, ensure_ascii=False)
