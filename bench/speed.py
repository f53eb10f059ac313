"""Words per second: the bare spaCy pipeline, claim extraction, and the quantity layer, in one run.

    .venv/bin/python bench/speed.py [--words 100000] [--newsquant ../shared/bench/newsquant/dev.json]

Extraction runs on the shipped corpus's article bodies repeated to about --words words; the bare
pipeline (en_core_web_sm as published, nlp.pipe) runs on the same texts just before. The quantity
layer runs on NewsQuant's sentences when the file is there (it is not part of this repository).
Model loading is left out.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from factcheck import store
from factcheck.corpus import Corpus
from factcheck.extract import extract_many
from factcheck.nlp import load_model, model_label
from factcheck.nlp.model import load_published
from factcheck.nlp.quantities import find_quantities

REPO = Path(__file__).resolve().parents[1]


def rate(words: int, seconds: float) -> str:
    return f"{words / seconds:,.0f} words/s ({words:,} words in {seconds:.1f} s)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=100_000)
    parser.add_argument("--newsquant", type=Path, default=REPO.parent / "shared" / "bench" / "newsquant" / "dev.json")
    args = parser.parse_args()
    nlp, bare_nlp = load_model(), load_published()
    articles = list(Corpus(REPO / "corpus"))
    per_round = sum(len(a.body.split()) for a in articles)
    batch = articles * max(1, round(args.words / per_round))
    words = per_round * (len(batch) // len(articles))
    nlp("warm up")
    bare_nlp("warm up")
    start = time.perf_counter()
    for _ in bare_nlp.pipe(a.body for a in batch):
        pass
    bare = time.perf_counter() - start
    start = time.perf_counter()
    extract_many(batch, nlp, store.pipeline_label(model_label()))
    full = time.perf_counter() - start
    print(f"bare en_core_web_sm pipe : {rate(words, bare)}")
    print(f"factcheck extract        : {rate(words, full)} (x{bare / full:.2f} the bare pipeline's speed)")
    if args.newsquant.is_file():
        texts = [item["text"] for item in json.loads(args.newsquant.read_text(encoding="utf-8"))]
        count = sum(len(t.split()) for t in texts)
        start = time.perf_counter()
        for doc in nlp.pipe(texts):
            find_quantities(doc)
        print(f"quantity layer, NewsQuant: {rate(count, time.perf_counter() - start)}")


if __name__ == "__main__":
    main()
