"""How long `factcheck compare DRAFT` takes beyond loading the model, on the shipped corpus.

    .venv/bin/python bench/compare_draft.py [--draft FILE] [--repeat N]

Without --draft, the draft is the first corpus article's body (its notes left out), so it has
figures to compare. Prints the model load time, the first and the median later draft comparison
(extract the draft + compare against the corpus + build the report), and compare() alone.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from factcheck.corpus import Corpus
from factcheck.library import compare_corpus
from factcheck.nlp import load_model

REPO = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--draft", type=Path)
    parser.add_argument("--repeat", type=int, default=10)
    args = parser.parse_args()
    corpus = REPO / "corpus"
    with tempfile.TemporaryDirectory() as tmp:
        draft = args.draft
        if draft is None:
            first = next(iter(Corpus(corpus)))
            draft = Path(tmp) / "draft.md"
            draft.write_text(f"# A draft\n\n{first.body}\n", encoding="utf-8")
        words = len(draft.read_text(encoding="utf-8").split())
        claims = Path(tmp) / "claims"
        start = time.perf_counter()
        load_model()
        loaded = time.perf_counter() - start
        compare_corpus(corpus, claims, [], None)  # claims of the corpus, made once as they are in use
        times = []
        for _ in range(args.repeat + 1):
            start = time.perf_counter()
            report = compare_corpus(corpus, claims, [draft], None)
            times.append(time.perf_counter() - start)
    print(f"model load {loaded:.2f} s | draft of {words} words against {len(report.articles) - 1} articles: "
          f"first {times[0] * 1000:.0f} ms, median of {args.repeat} more {statistics.median(times[1:]) * 1000:.0f} ms"
          f" | {len(report.findings)} findings")


if __name__ == "__main__":
    main()
