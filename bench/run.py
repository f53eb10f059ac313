"""The benchmark: extraction speed against the bare pipeline, and compare at growing corpus sizes.

    .venv/bin/python bench/run.py                       # sizes 1,000 / 10,000 / 100,000; writes bench/RESULTS.md
    .venv/bin/python bench/run.py --sizes 200 --extract-articles 20 --out /tmp/results.md   # the CI size

A synthetic corpus is generated from sentence templates with varied figures, units, dates,
subjects and places (seeded, so runs are comparable; varied, so no cache or dedup helps), as
stories: a few consecutive articles share a story's names (a place, an agency, a person), and the
draft is written in one of them, so its findings must come from that story alone. It
reports, in one run on one machine:
- extraction throughput (words/s) for factcheck and for the bare en_core_web_sm pipeline on the
  same text, with 1 and 2 processes, and the time of a second `extract` when nothing changed;
- for each size N: `compare` over the whole corpus and one draft against it (claims already
  extracted: the claims of the extracted articles, copied with other figures and dates), with
  the time, the peak memory of the process and the candidate pairs examined; and the time to
  read N claims files from disk (up to 10,000);
- for each size N, the command line an editor runs: `factcheck compare draft.md` against N
  article and claims files on disk (its first run builds the claims index), against an empty
  corpus (model load and the draft's own extraction), and `factcheck extract` with nothing changed.
Each size runs in a fresh process, so its peak memory is its own.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from factcheck.models import Article, ArticleInfo, ClaimsFile

REPO = Path(__file__).resolve().parents[1]
WHOLE_CORPUS_UP_TO = 10_000  # beyond, the whole-corpus report is not built (its findings alone outgrow memory)
PLACES = ["Kenya", "Peru", "Bangladesh", "Ohio", "Bavaria", "Sindh", "Kerala", "Quebec", "Mali", "Luzon",
          "Sicily", "Texas", "Anatolia", "Chile", "Assam", "Yemen", "Java", "Ghana", "Nepal", "Tigray", "Oregon",
          "Gansu", "Punjab", "Sonora", "Kivu", "Darfur", "Aceh", "Cusco", "Lagos", "Natal", "Kerman", "Oaxaca",
          "Galicia", "Tuscany", "Bihar", "Odisha", "Chiapas", "Borneo", "Crete", "Zeeland"]
SUBJECTS = ["the health ministry", "the Red Cross", "the city council", "the national agency", "the UN",
            "the regional government", "the central bank", "the electoral commission", "the army", "police"]
THINGS = ["people", "homes", "schools", "hospitals", "wells", "bridges", "farms", "vehicles", "mines", "shelters",
          "clinics", "students", "teachers", "nurses", "doctors", "trucks", "boats", "factories", "shops",
          "roads", "patients", "refugees", "voters", "workers", "children", "families", "cattle", "trees",
          "tents", "generators"]
VERBS = [("built", "build"), ("repaired", "repair"), ("destroyed", "destroy"), ("damaged", "damage"),
         ("closed", "close"), ("opened", "open"), ("inspected", "inspect"), ("registered", "register"),
         ("evacuated", "evacuate"), ("vaccinated", "vaccinate"), ("hired", "hire"), ("trained", "train"),
         ("delivered", "deliver"), ("seized", "seize"), ("counted", "count"), ("treated", "treat")]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
TEMPLATES = [
    "Since {month} {year}, {subject} has {verb} {n} {thing} in {place}.",
    "As of {month} {year}, {subject} had {verb} {big} {thing} across {place}.",
    "{Subject} spent ${money} million on {thing} in {year}, up from ${money2} million a year earlier.",
    "Turnout in {place} reached {pct}% in the {year} election, according to {subject}.",
    "Between {month} and {month2}, {subject} {verb} {n} {thing} in {place} and {verb2} {small} more.",
    "The new road in {place} is {km} kilometres long and cost about ${money} million.",
    "Over the past decade, {subject} has {verb} {small} {thing} in {place}.",
    "Some {pct} per cent of {thing} in {place} lack clean water, {subject} said on Tuesday.",
    "In {year}, exports from {place} fell {pct}% to ${money} million.",
    "Up to {small} years may be needed to rebuild {place}, at a cost of around ${billions} billion.",
    "More than {big} tonnes of grain were delivered to {place} by {subject} in {month}.",
    "Since {year}, floods in {place} have {verb} {n} {thing}.",
    "Officials met in {place} to discuss the plan, which has no date yet.",
    "Residents of {place} say the situation is slowly improving.",
    "The report, published by {subject}, calls for more funding and better data.",
]


STORY_SIZE = (3, 6)  # articles per synthetic story
SYLLABLES = ["ka", "zo", "rim", "tel", "vash", "or", "mun", "quel", "dra", "bi", "yes", "ptor", "lun", "gah", "ix",
             "sev", "nar", "thu", "cob", "wen"]


@dataclass(frozen=True)
class Story:
    """A synthetic story: the names its articles share (a place, an agency, a person), none of
    them English words, so that each story's terms are its own."""

    place: str
    agency: str
    person: str
    river: str
    project: str

    @classmethod
    def make(cls, n: int) -> Story:
        def name(k: int) -> str:
            parts, k = [], k + 1
            while k:
                k, r = divmod(k, len(SYLLABLES))
                parts.append(SYLLABLES[r])
            return "".join(parts).capitalize() + "ia"

        return cls(name(5 * n), name(5 * n + 1) + " Agency", name(5 * n + 2) + "son", name(5 * n + 3) + " River",
                   name(5 * n + 4) + " Project")

    def lede(self) -> str:
        return (f"{self.person} of the {self.agency} visited {self.place} on the {self.river} this week to "
                f"inspect the {self.project}.")

    def terms(self) -> tuple[tuple[str, float], ...]:
        """The terms :mod:`factcheck.nlp.terms` finds in its articles: the names, each rare, written
        as names (with their capital)."""
        return tuple((w.split()[0], 5.0) for w in (self.place, self.agency, self.person, self.river, self.project))


def story_of(n: int) -> int:
    """The story of article ``n``: consecutive articles, a few to a story."""
    return n // sum(STORY_SIZE) * 2 + (1 if n % sum(STORY_SIZE) >= STORY_SIZE[0] else 0)


def article_text(rng: random.Random, n_sentences: int = 10, story: Story | None = None) -> str:
    """One synthetic article body: varied sentences, most with figures, some without; a story's
    articles name its place, agency and person."""
    sentences = []
    if story is not None:
        sentences.append(story.lede())
    for _ in range(n_sentences):
        template = rng.choice(TEMPLATES)
        subject = rng.choice(SUBJECTS) if story is None else f"the {story.agency}"
        month = rng.randrange(12)
        sentences.append(template.format(
            place=rng.choice(PLACES) if story is None else story.place, subject=subject,
            Subject=subject[0].upper() + subject[1:],
            thing=rng.choice(THINGS), verb=rng.choice(VERBS)[0], verb2=rng.choice(VERBS)[0],
            month=MONTHS[month], month2=MONTHS[min(11, month + rng.randrange(1, 4))], year=rng.randrange(2015, 2025),
            n=f"{rng.randrange(20, 5000):,}", small=rng.randrange(2, 40), big=f"{rng.randrange(1000, 900000):,}",
            money=rng.randrange(5, 900), money2=rng.randrange(5, 900), pct=rng.randrange(2, 95),
            km=rng.randrange(5, 400), billions=rng.randrange(2, 60)))
    return " ".join(sentences[:4]) + "\n\n" + " ".join(sentences[4:])


def rate(words: int, seconds: float) -> str:
    return f"{words / seconds:,.0f} words/s"


def extraction(articles: int, seed: int) -> tuple[list[str], Path]:
    """Time the bare pipeline and extraction (1 and 2 processes) on the same synthetic articles."""
    from factcheck import store
    from factcheck.corpus import parse_article
    from factcheck.extract import extract_many
    from factcheck.library import extract_corpus
    from factcheck.nlp import load_model, model_label
    from factcheck.nlp.model import load_published

    rng = random.Random(seed)
    bodies = [article_text(rng) for _ in range(articles)]
    words = sum(len(b.split()) for b in bodies)
    folder = Path(tempfile.mkdtemp(prefix="factcheck-bench-"))
    corpus = folder / "corpus"
    corpus.mkdir()
    parsed = []
    for n, body in enumerate(bodies):
        path = corpus / f"article-{n:06d}.md"
        path.write_text(f"---\ntitle: Article {n}\npublished: 2025-0{1 + n % 9}-15\n---\n{body}\n", "utf-8")
        parsed.append(parse_article(path.read_bytes(), path, path.stem))
    nlp, bare = load_model(), load_published()
    nlp("warm up")
    bare("warm up")
    pipeline = store.pipeline_label(model_label())
    lines = [f"Extraction on {articles} synthetic articles ({words:,} words):", ""]
    lines += ["| run | 1 process | 2 processes |", "|---|---|---|"]
    timings: dict[str, list[float]] = {"bare en_core_web_sm (nlp.pipe)": [], "factcheck extract": []}
    for workers in (1, 2):
        start = time.perf_counter()
        for _ in bare.pipe(bodies, n_process=workers, batch_size=8 if workers > 1 else 1000):
            pass
        timings["bare en_core_web_sm (nlp.pipe)"].append(time.perf_counter() - start)
        start = time.perf_counter()
        extract_many(parsed, nlp, pipeline, workers=workers)
        timings["factcheck extract"].append(time.perf_counter() - start)
    for name, (one, two) in timings.items():
        lines.append(f"| {name} | {rate(words, one)} | {rate(words, two)} |")
    bare_one = timings["bare en_core_web_sm (nlp.pipe)"][0]
    ratio = [bare_one / t for t in timings["factcheck extract"]]
    lines += ["", f"factcheck / bare pipeline on 1 process: x{ratio[0]:.2f} with 1 process, "
                  f"x{ratio[1]:.2f} with 2."]
    lines += dask_extraction(parsed, pipeline, words, timings["factcheck extract"][0])
    claims = folder / "claims"
    extract_corpus(corpus, claims, [], None, workers=2)
    start = time.perf_counter()
    again = extract_corpus(corpus, claims, [], None)
    second = time.perf_counter() - start
    assert all(item.outcome == "current" for item in again)
    lines.append(f"A second `extract` with nothing changed: {second:.2f} s for {articles} articles (no parsing).")
    return lines, claims


def dask_extraction(parsed: list[Article], pipeline: str, words: int, local_one: float) -> list[str]:
    """Extraction on a Dask LocalCluster of 2 worker processes (1 thread each), once the workers
    have loaded the pipeline; compared with 1 local process."""
    try:
        from distributed import LocalCluster
    except ImportError:
        return ["", "Dask: not measured (dask.distributed is not installed)."]
    from factcheck.cluster import extract_on_cluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        list(extract_on_cluster(parsed[:4], cluster.scheduler_address, None, pipeline))  # workers load the model
        start = time.perf_counter()
        list(extract_on_cluster(parsed, cluster.scheduler_address, None, pipeline))
        seconds = time.perf_counter() - start
    return ["", f"`factcheck extract --dask-scheduler` on a LocalCluster of 2 workers: {rate(words, seconds)}, "
                f"x{local_one / seconds:.2f} one local process (workers already started)."]


def synthetic_claims(templates: list[ClaimsFile], n: int, rng: random.Random, info: ArticleInfo,
                     story: int | None = None, keep: bool = False) -> ClaimsFile:
    """Article ``n``'s claims, as the articles of a story report them: its story's pool article's
    claims, with the story's place, things, periods and dates, each figure kept, revised or
    restated at another date by this article (so a story has agreements, stale figures and
    conflicts, and a corpus many stories, each told by a few articles). With ``keep``, the
    template's places and counted things stay (the articles of a draft's story report its figures)."""
    story = story_of(n) if story is None else story
    names, told = Story.make(story), random.Random(story)  # the same choices for every article of the story
    base = templates[story % len(templates)]
    claims = []
    for c in base.claims:
        scale = rng.choice([1, 1, 1, 0.9, 1.1, 1.5])
        value = None if c.value is None else round(float(c.value) * scale, 1)
        as_of = f"{told.randrange(2018, 2026)}-{rng.choice([told.randrange(1, 13)] * 3 + [rng.randrange(1, 13)]):02d}"
        update: dict[str, object] = {"id": f"{info.id}#{c.id.split('#')[1]}", "value": value, "as_of": as_of}
        if (c.place or told.random() < 0.7) and not keep:
            update["place"] = names.place
        if c.dimension in ("count", "money") and (c.measured or told.random() < 0.7) and not keep:
            update["measured"] = told.choice(THINGS)  # with ``keep``, the template's own frames (a draft's)
        if c.period_start:
            year = str(told.randrange(2010, 2026))
            update.update(period_start=year, period_end=year if c.period_end else None)
        claims.append(c.model_copy(update=update))
    return ClaimsFile(article=info, terms=names.terms(), acronyms=base.acronyms, claims=tuple(claims))


def pool_of(pool: Path) -> list[ClaimsFile]:
    from factcheck import store

    return [store.read(p) for p in sorted(pool.glob("*.json"))]


def compare_at(size: int, pool: Path, seed: int) -> dict[str, float]:
    """In this process: N articles' claims made from the pool's, then compare timed."""
    from factcheck import store
    from factcheck.judge.compare import compare

    rng = random.Random(seed)
    templates = pool_of(pool)

    def info(article_id: str, published: str) -> ArticleInfo:
        return ArticleInfo(id=article_id, title=article_id, published=published, path=f"corpus/{article_id}.md",
                           sha256="0" * 64, pipeline="bench")

    files = [synthetic_claims(templates, n, rng, info(f"a{n:06d}", str(rng.randrange(2018, 2026))))
             for n in range(size)]
    draft = synthetic_claims(templates, size, rng, info("draft", "2026"), story_of(size // 2))
    out: dict[str, float] = {"claims": sum(len(f.claims) for f in files)}
    stats: dict[str, int] = {}
    if size <= WHOLE_CORPUS_UP_TO:
        start = time.perf_counter()
        findings = compare(files, stats=stats)
        out.update(corpus_s=time.perf_counter() - start, corpus_pairs=stats["pairs"], findings=len(findings))
    start = time.perf_counter()
    compare([*files, draft], drafts=["draft"], stats=stats)
    out.update(draft_s=time.perf_counter() - start, draft_pairs=stats["pairs"])
    if size <= 10_000:
        with tempfile.TemporaryDirectory(prefix="factcheck-bench-claims-") as name:
            folder = Path(name)
            for f in files:
                store.write(folder, f)
            start = time.perf_counter()
            for path in folder.glob("*.json"):
                store.read(path)
            out["read_s"] = time.perf_counter() - start
    out["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return out


def factcheck(*args: str) -> float:
    """Seconds one `factcheck` command takes, start-up included, as an editor runs it."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "factcheck", *args], check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def draft_at(size: int, pool: Path, seed: int) -> dict[str, float]:
    """In this process: a corpus of N article files with their claims files, then the real command
    line timed: `compare draft.md` with an empty corpus (model load + the draft's extraction), the
    first `compare draft.md` (it builds the claims index), the next one, and `extract` with nothing
    changed. Peak memory is the largest command's."""
    from factcheck import store
    from factcheck.nlp import model_label

    rng = random.Random(seed + 1)
    templates = pool_of(pool)
    pipeline = store.pipeline_label(model_label())
    with tempfile.TemporaryDirectory(prefix="factcheck-bench-draft-") as name:
        return _draft_in(Path(name), size, templates, pipeline, rng)


def _draft_in(folder: Path, size: int, templates: list[ClaimsFile], pipeline: str,
              rng: random.Random) -> dict[str, float]:
    from factcheck import store
    from factcheck.corpus import parse_article
    from factcheck.extract import extract
    from factcheck.nlp import load_model

    corpus, claims, empty = folder / "corpus", folder / "claims", folder / "empty"
    for made in (corpus, claims, empty):
        made.mkdir()
    draft = folder / "draft.md"
    drafted = article_text(rng, 40, Story.make(story_of(size // 2)))  # in a story, whose articles report its figures
    draft.write_text(drafted, encoding="utf-8")
    header = f"---\ntitle: Draft\npublished: {rng.randrange(2018, 2026)}-06-15\n---\n"
    said = extract(parse_article((header + drafted).encode(), draft, "draft"), load_model(), pipeline)
    for n in range(size):
        article_id, published = f"a{n:06d}", f"{rng.randrange(2018, 2026)}-0{1 + n % 9}-15"
        story = Story.make(story_of(n))
        data = f"---\ntitle: Article {n}\npublished: {published}\n---\n{article_text(rng, 3, story)}\n".encode()
        path = corpus / f"{article_id}.md"
        path.write_bytes(data)
        info = ArticleInfo(id=article_id, title=f"Article {n}", published=published, path=str(path),
                           sha256=hashlib.sha256(data).hexdigest(), pipeline=pipeline)
        ours = story_of(n) == story_of(size // 2)
        store.write(claims, synthetic_claims([said] if ours else templates, n, rng, info, keep=ours))
    common = ["--format", "json", "--output", str(folder / "report.json"), "--fail-on", "never"]
    alone = min(factcheck("compare", str(draft), "--corpus", str(empty), "--claims", str(folder / "c0"), *common)
                for _ in range(2))
    first = factcheck("compare", str(draft), "--corpus", str(corpus), "--claims", str(claims), *common)
    again = min(factcheck("compare", str(draft), "--corpus", str(corpus), "--claims", str(claims), *common)
                for _ in range(2))
    report = json.loads((folder / "report.json").read_text(encoding="utf-8"))
    findings = len(report["findings"])
    own = {f"a{n:06d}" for n in range(size) if story_of(n) == story_of(size // 2)}
    strays = sum(any(c["article"] not in own and not c["article"].startswith("draft") for c in f["claims"])
                 for f in report["findings"])  # findings that reach outside the draft's story
    nothing = factcheck("extract", "--corpus", str(corpus), "--claims", str(claims))
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"alone_s": alone, "first_s": first, "again_s": again, "extract_s": nothing, "peak_mb": peak,
            "findings": findings, "strays": strays}


def machine() -> str:
    model = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                  if line.startswith("model name")), platform.processor()) if Path("/proc/cpuinfo").exists() else ""
    return f"{os.cpu_count()} cores, {model or 'unknown CPU'}, Python {platform.python_version()}"


def in_child(mode: str, size: int, pool: Path, seed: int) -> dict[str, float]:
    """One size's measurements, made in a fresh process so its peak memory is its own."""
    done = subprocess.run([sys.executable, __file__, mode, str(size), "--pool", str(pool), "--seed", str(seed)],
                          capture_output=True, text=True, check=True)
    result: dict[str, float] = json.loads(done.stdout)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--extract-articles", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "RESULTS.md")
    parser.add_argument("--compare-one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--draft-one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--pool", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.compare_one:
        print(json.dumps(compare_at(args.compare_one, args.pool, args.seed)))
        return
    if args.draft_one:
        print(json.dumps(draft_at(args.draft_one, args.pool, args.seed)))
        return
    lines, pool = extraction(args.extract_articles, args.seed)
    try:
        lines += measure(args, pool)
    finally:
        shutil.rmtree(pool.parent, ignore_errors=True)  # the extraction's temporary corpus and claims
    command = "python bench/run.py " + " ".join(sys.argv[1:])
    text = "\n".join([f"# Benchmark results\n\nMachine: {machine()}.  \nCommand: `{command.strip()}`.\n", *lines])
    args.out.write_text(text + "\n", encoding="utf-8")
    print(text)


def measure(args: argparse.Namespace, pool: Path) -> list[str]:
    """The compare tables, each size measured in a fresh process."""
    lines: list[str] = []
    lines += ["", "Compare (claims already extracted; one draft of one article's size against the corpus):", "",
              "| articles | claims | whole corpus | pairs examined | findings | one draft | pairs examined "
              "| read claims files | peak memory |", "|---|---|---|---|---|---|---|---|---|"]
    sizes = [int(s) for s in args.sizes.split(",")]
    for size in sizes:
        r = in_child("--compare-one", size, pool, args.seed)
        read = f"{r['read_s']:.1f} s" if "read_s" in r else "—"
        whole = (f"{r['corpus_s']:.1f} s | {int(r['corpus_pairs']):,} | {int(r['findings']):,}" if "corpus_s" in r
                 else "— | — | —")
        lines.append(f"| {size:,} | {int(r['claims']):,} | {whole} | {r['draft_s']:.2f} s | {int(r['draft_pairs']):,} "
                     f"| {read} | {r['peak_mb']:,.0f} MB |")
    lines += ["", "`factcheck compare draft.md` from the command line, as an editor runs it (a 40-sentence draft; "
              "corpus and claims files on disk; each time includes start-up and model load):", "",
              "| articles | draft alone (empty corpus) | first run (builds the index) | next runs | ratio to alone "
              "| findings (outside its story) | `extract`, nothing changed | peak memory |",
              "|---|---|---|---|---|---|---|---|"]
    for size in sizes:
        r = in_child("--draft-one", size, pool, args.seed)
        lines.append(f"| {size:,} | {r['alone_s']:.2f} s | {r['first_s']:.2f} s | {r['again_s']:.2f} s "
                     f"| x{r['again_s'] / r['alone_s']:.2f} | {int(r['findings']):,} ({int(r['strays'])}) "
                     f"| {r['extract_s']:.2f} s "
                     f"| {r['peak_mb']:,.0f} MB |")
    return lines


if __name__ == "__main__":
    main()
