"""How long a draft's report takes through `factcheck serve`'s JSON API, against the same draft
through `compare_corpus` directly, on the shipped corpus (the model loaded once before either).

    .venv/bin/python bench/serve_draft.py [--repeat N]

The draft is the first corpus article's body. The app runs in-process behind Starlette's test
client (the ASGI app, its routing and JSON as served; the network stack of a real server aside).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from starlette.testclient import TestClient

from factcheck.corpus import Corpus
from factcheck.library import compare_corpus
from factcheck.nlp import load_model
from factcheck.serve import make_app

REPO = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus, claims = Path(tmp) / "corpus", Path(tmp) / "claims"
        shutil.copytree(REPO / "corpus", corpus)
        shutil.copytree(REPO / "claims", claims)
        body = next(iter(Corpus(corpus))).body
        draft = Path(tmp) / "draft.md"
        draft.write_text(f"# A draft\n\n{body}\n", encoding="utf-8")
        load_model()
        compare_corpus(corpus, claims, [draft], None)  # claims brought up to date once
        direct = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            compare_corpus(corpus, claims, [draft], None)
            direct.append(time.perf_counter() - start)
        served = []
        with TestClient(make_app(corpus, claims, None)) as client:
            for _ in range(args.repeat):
                start = time.perf_counter()
                assert client.post("/api/compare", json={"text": f"# A draft\n\n{body}\n"}).status_code == 200
                served.append(time.perf_counter() - start)
    words = len(body.split())
    print(f"a {words}-word draft, median of {args.repeat}: compare_corpus {statistics.median(direct) * 1000:.0f} ms, "
          f"POST /api/compare {statistics.median(served) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
