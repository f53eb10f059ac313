"""The benchmark: extraction speed against the bare pipeline, and compare at growing corpus sizes.

    .venv/bin/python bench/run.py                       # sizes 1,000 / 10,000 / 100,000; writes bench/RESULTS.md
    .venv/bin/python bench/run.py --sizes 200 --extract-articles 20 --out /tmp/results.md   # the CI size

A synthetic corpus is generated from sentence templates with varied figures, units, dates,
subjects and places (seeded, so runs are comparable; varied, so no cache or dedup helps). It
reports, in one run on one machine:
- extraction throughput (words/s) for factcheck and for the bare en_core_web_sm pipeline on the
  same text, with 1 and 2 processes, and the time of a second `extract` when nothing changed;
- for each size N: `compare` over the whole corpus and one draft against it (claims already
  extracted: the claims of the extracted articles, copied with other figures and dates), with
  the time, the peak memory of the process and the candidate pairs examined; and the time to
  read N claims files from disk (up to 10,000).
Each size runs in a fresh process, so its peak memory is its own.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

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


def article_text(rng: random.Random, n_sentences: int = 10) -> str:
    """One synthetic article body: varied sentences, most with figures, some without."""
    sentences = []
    for _ in range(n_sentences):
        template = rng.choice(TEMPLATES)
        subject = rng.choice(SUBJECTS)
        month = rng.randrange(12)
        sentences.append(template.format(
            place=rng.choice(PLACES), subject=subject, Subject=subject[0].upper() + subject[1:],
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
    nlp = load_model()
    nlp("warm up")
    pipeline = store.pipeline_label(model_label())
    lines = [f"Extraction on {articles} synthetic articles ({words:,} words):", ""]
    lines += ["| run | 1 process | 2 processes |", "|---|---|---|"]
    timings: dict[str, list[float]] = {"bare en_core_web_sm (nlp.pipe)": [], "factcheck extract": []}
    for workers in (1, 2):
        start = time.perf_counter()
        for _ in nlp.pipe(bodies, n_process=workers, batch_size=8 if workers > 1 else 1000):
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
    claims = folder / "claims"
    extract_corpus(corpus, claims, [], None, workers=2)
    start = time.perf_counter()
    again = extract_corpus(corpus, claims, [], None)
    second = time.perf_counter() - start
    assert all(item.outcome == "current" for item in again)
    lines.append(f"A second `extract` with nothing changed: {second:.2f} s for {articles} articles (no parsing).")
    return lines, claims


def compare_at(size: int, pool: Path, seed: int) -> dict[str, float]:
    """In this process: N articles' claims made from the pool's, then compare timed."""
    from factcheck import store
    from factcheck.compare import compare
    from factcheck.models import ArticleInfo, ClaimsFile

    rng = random.Random(seed)
    templates = [store.read(p) for p in sorted(pool.glob("*.json"))]

    def copy(n: int) -> ClaimsFile:
        base = templates[n % len(templates)]
        article_id = f"a{n:06d}"
        claims = []
        for c in base.claims:
            scale = rng.choice([1, 1, 1, 0.9, 1.1, 1.5])
            value = None if c.value is None else round(float(c.value) * scale, 1)
            as_of = f"{rng.randrange(2018, 2026)}-{rng.randrange(1, 13):02d}"
            update: dict[str, object] = {"id": f"{article_id}#{c.id.split('#')[1]}", "value": value,
                                         "as_of": as_of}
            # other places, things and periods: a corpus covers many stories, not one story many times
            if c.place or rng.random() < 0.7:
                update["place"] = rng.choice(PLACES)
            if c.dimension in ("count", "money") and (c.measured or rng.random() < 0.7):
                update["measured"] = rng.choice(THINGS)
            if c.period_start:
                year = str(rng.randrange(2010, 2026))
                update.update(period_start=year, period_end=year if c.period_end else None)
            claims.append(c.model_copy(update=update))
        info = ArticleInfo(id=article_id, title=f"Article {n}", published=f"{rng.randrange(2018, 2026)}",
                           path=f"corpus/{article_id}.md", sha256="0" * 64, pipeline="bench")
        return ClaimsFile(article=info, acronyms=base.acronyms, claims=tuple(claims))

    files = [copy(n) for n in range(size)]
    draft = copy(size).model_copy(update={"article": ArticleInfo(
        id="draft", title="Draft", published="2026", path="draft.md", sha256="0" * 64, pipeline="bench")})
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
        folder = Path(tempfile.mkdtemp(prefix="factcheck-bench-claims-"))
        for f in files:
            store.write(folder, f)
        start = time.perf_counter()
        for path in folder.glob("*.json"):
            store.read(path)
        out["read_s"] = time.perf_counter() - start
    out["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return out


def machine() -> str:
    model = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                  if line.startswith("model name")), platform.processor()) if Path("/proc/cpuinfo").exists() else ""
    return f"{os.cpu_count()} cores, {model or 'unknown CPU'}, Python {platform.python_version()}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--extract-articles", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "RESULTS.md")
    parser.add_argument("--compare-one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--pool", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.compare_one:
        print(json.dumps(compare_at(args.compare_one, args.pool, args.seed)))
        return
    lines, pool = extraction(args.extract_articles, args.seed)
    lines += ["", "Compare (claims already extracted; one draft of one article's size against the corpus):", "",
              "| articles | claims | whole corpus | pairs examined | findings | one draft | pairs examined "
              "| read claims files | peak memory |", "|---|---|---|---|---|---|---|---|---|"]
    for size in (int(s) for s in args.sizes.split(",")):
        done = subprocess.run([sys.executable, __file__, "--compare-one", str(size), "--pool", str(pool),
                               "--seed", str(args.seed)], capture_output=True, text=True, check=True)
        r = json.loads(done.stdout)
        read = f"{r['read_s']:.1f} s" if "read_s" in r else "—"
        whole = (f"{r['corpus_s']:.1f} s | {int(r['corpus_pairs']):,} | {int(r['findings']):,}" if "corpus_s" in r
                 else "— | — | —")
        lines.append(f"| {size:,} | {int(r['claims']):,} | {whole} | {r['draft_s']:.2f} s | {int(r['draft_pairs']):,} "
                     f"| {read} | {r['peak_mb']:,.0f} MB |")
    command = "python bench/run.py " + " ".join(sys.argv[1:])
    text = "\n".join([f"# Benchmark results\n\nMachine: {machine()}.  \nCommand: `{command.strip()}`.\n", *lines])
    args.out.write_text(text + "\n", encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
