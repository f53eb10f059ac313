"""Long drafts and long articles: time, peak memory and findings as the text grows.

    .venv/bin/python bench/long_draft.py [--sentences 100 200 400 800] [--article-kb 90 900]

A synthetic draft of N sentences, each with an area cleared and a toll of its own district
(invented names), is compared through the command line, as an editor runs it (start-up and model
load included), with a corpus of three earlier articles of its story (the same districts, other
figures), extracted beforehand; peak memory is the largest of the child processes'. Then one long
article is extracted whole (under spaCy's part size) and in parts (over it), to show the words per
second stay the same when a text is parsed in parts (factcheck.nlp.components.pipe_whole).
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from factcheck.corpus import parse_article
from factcheck.extract import extract_many
from factcheck.nlp import load_model
from factcheck.nlp.components import PART_CHARS

SYLLABLES = ["ka", "lo", "mer", "to", "vi", "san", "dru", "pel", "or", "ne", "bar", "qui"]


def districts(count: int) -> list[str]:
    """``count`` different invented district names, the same on every call."""
    names = ["".join(parts).capitalize() for parts in itertools.product(SYLLABLES, repeat=3)]
    random.Random(0).shuffle(names)
    return [names[i % len(names)] + (f" {i // len(names) + 1}" if i >= len(names) else "") for i in range(count)]


def body(sentences: int, seed: int = 1, year: int = 2024) -> str:
    """Paragraphs of five sentences, each giving one district's cleared area and toll: the districts
    are the same for every seed, the figures differ."""
    rng = random.Random(seed)
    lines = []
    for i, name in enumerate(districts(sentences)):
        lines.append(f"In {name} district, deminers cleared {rng.randint(100, 90_000):,} hectares of "
                     f"land by {year} and {rng.randint(2, 400)} people died in mine explosions since 2020.")
        if i % 5 == 4:
            lines.append("")
    return "\n".join(lines)


def corpus_of(sentences: int, work: Path) -> Path:
    """Three earlier articles of the draft's story (same districts, other figures and years)."""
    corpus = work / f"corpus-{sentences}"
    sources = []
    for k, year in enumerate((2021, 2022, 2023), start=2):
        source = work / f"source-{sentences}-{k}.md"
        source.write_text(f"---\ntitle: District clearance figures {year}\npublished: {year}-12-01\n---\n"
                          f"{body(sentences, seed=k, year=year)}\n", encoding="utf-8")
        sources.append(str(source))
    subprocess.run([sys.executable, "-m", "factcheck", "add", "--corpus", str(corpus), *sources], check=True,
                   capture_output=True)
    subprocess.run([sys.executable, "-m", "factcheck", "extract", "--corpus", str(corpus),
                    "--claims", str(work / f"claims-{sentences}")], check=True, capture_output=True)
    return corpus


def draft_run(sentences: int, work: Path) -> tuple[float, float, int, int]:
    """(seconds, peak MB, findings, draft bytes) of `factcheck compare DRAFT` on a corpus of its
    story, extracted beforehand."""
    corpus = corpus_of(sentences, work)
    draft = work / f"draft-{sentences}.md"
    draft.write_text(f"---\ntitle: District clearance figures\npublished: 2024-06-01\n---\n{body(sentences)}\n",
                     encoding="utf-8")
    report = work / f"report-{sentences}.json"
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "factcheck", "compare", "--corpus", str(corpus),
                    "--claims", str(work / f"claims-{sentences}"), "--format", "json", "--output", str(report),
                    "--fail-on", "never", str(draft)], check=True, capture_output=True)
    seconds = time.perf_counter() - start
    peak = max(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, before) / 1024
    findings = len(json.loads(report.read_text(encoding="utf-8"))["findings"])
    return seconds, peak, findings, draft.stat().st_size


def extraction_rate(kilobytes: int) -> tuple[float, int, int]:
    """(words per second, words, parts) extracting one article of about ``kilobytes`` KB."""
    sentences = kilobytes * 1000 // 125
    text = f"---\ntitle: District clearance figures\npublished: 2024-06-01\n---\n{body(sentences, seed=2)}\n"
    article = parse_article(text.encode(), Path("corpus/long.md"), "long")
    nlp = load_model(None)
    start = time.perf_counter()
    extract_many([article], nlp, "bench")
    seconds = time.perf_counter() - start
    words = len(article.body.split())
    return words / seconds, words, -(-len(article.body) // PART_CHARS)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, nargs="+", default=[100, 200, 400, 800])
    parser.add_argument("--article-kb", type=int, nargs="+", default=[90, 900])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        work = Path(name)
        print("| draft sentences | draft size | `compare DRAFT` | peak memory | findings |")
        print("|---|---|---|---|---|")
        for n in args.sentences:
            seconds, peak, findings, size = draft_run(n, work)
            print(f"| {n:,} | {size / 1000:,.0f} KB | {seconds:.1f} s | {peak:,.0f} MB | {findings:,} |")
    print()
    print("| article | words | parts | extraction |")
    print("|---|---|---|---|")
    for kb in args.article_kb:
        rate, words, parts = extraction_rate(kb)
        print(f"| {kb:,} KB | {words:,} | {parts} | {rate:,.0f} words/s |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
