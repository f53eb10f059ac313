"""Score factcheck on the real-news cases in tests/cases/, each with the answer-key scorer of ../shared.

    .venv/bin/python scripts/cases.py [CASE...] [--shared ../shared] [--root DIR] [--show]

Each case is one story told by several articles (tests/cases/<story>/articles/*.md, excerpts of
real news with their URL) and an answer key (key.json, in the format of ../shared/gold/seeds.json).
For each case the articles are stored in an empty corpus with `factcheck add`, the corpus is
compared with itself (`compare --format json`), and `../shared/tools/score.py` scores the report;
the last line adds the cases up. --show prints the scorer's table for each case.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CASES = REPO / "tests" / "cases"
SUMMARY = re.compile(r"findings strict=(\d+)/(\d+) loose=(\d+)/\d+ stretch=\d+/\d+ false_alarms=(\d+) "
                     r"unexpected=(\d+)")


def score_case(case: Path, shared: Path, work: Path) -> tuple[str, tuple[int, ...]]:
    """The scorer's output on one case, and (strict, required, loose, false alarms, unexpected)."""
    from factcheck.library import add_articles, compare_corpus

    corpus, claims, report = work / "corpus", work / "claims", work / "report.json"
    add_articles(corpus, sorted((case / "articles").glob("*.md")), {})
    found = compare_corpus(corpus, claims, [], None)
    report.write_text(found.model_dump_json(by_alias=True), encoding="utf-8")
    done = subprocess.run([sys.executable, str(shared / "tools" / "score.py"), "--gold", str(case / "key.json"),
                           "--report", str(report)], capture_output=True, text=True, check=True)
    match = SUMMARY.search(done.stdout)
    if match is None:
        raise SystemExit(f"{case.name}: the scorer said {done.stdout[-300:]!r}")
    return done.stdout, tuple(int(g) for g in match.groups())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", nargs="*", help="case folder names (default: all)")
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--root", type=Path, default=CASES,
                        help="the folder of cases (default: tests/cases; a held-out fold kept elsewhere)")
    parser.add_argument("--show", action="store_true", help="print the scorer's table for each case")
    args = parser.parse_args()
    chosen = [args.root / name for name in args.cases] \
        or sorted(p for p in args.root.iterdir() if (p / "key.json").is_file())
    totals = [0, 0, 0, 0, 0]
    for case in chosen:
        with tempfile.TemporaryDirectory() as name:
            out, counts = score_case(case, args.shared, Path(name))
        totals = [t + c for t, c in zip(totals, counts, strict=True)]
        strict, required, loose, alarms, unexpected = counts
        print(f"{case.name:32} strict {strict:2}/{required:2}  loose {loose:2}/{required:2}  "
              f"false alarms {alarms}  unexpected {unexpected}")
        if args.show:
            print(out)
    strict, required, loose, alarms, unexpected = totals
    print(json.dumps({"cases": len(chosen), "required": required, "strict": strict, "loose": loose,
                      "loose_share": round(loose / required, 3) if required else None,
                      "false_alarms": alarms, "unexpected": unexpected}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
