"""The quantity layer on its benchmarks, with NewsQuant's dev half split into two fixed folds.

    .venv/bin/python bench/quantity_folds.py [--shared ../shared] [--show N]

A rule written from the misses of one fold is kept only when the other fold gains too, or loses
nothing (issue #16). Fold A is every other sentence of ``bench/newsquant/dev.json`` starting with the
first, fold B the rest; the split never changes, and CQE's unit-disambiguation sentences
(``bench/cqe-units/train.json``) are split the same way. Prints value and value+unit F1 on each
NewsQuant fold (with ``../shared/tools/newsquant_score.py``) and the unit accuracy on each fold of the
unit sentences and on all of them (``../shared/tools/units_score.py``). The benchmark files are read
from ``../shared``, never copied.
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
F1 = re.compile(r"value(?:\+unit)?\s.*?F1[ =]+([\d.]+)")


def _layer(gold: Path, out: Path) -> None:
    with out.open("w", encoding="utf-8") as stream:
        subprocess.run([sys.executable, "-m", "factcheck", "quantities", str(gold)], stdout=stream, check=True)


def _score(tool: Path, gold: Path, pred: Path, show: int) -> str:
    done = subprocess.run([sys.executable, str(tool), "--gold", str(gold), "--pred", str(pred), "--show", str(show)],
                          capture_output=True, text=True, check=True)
    return done.stdout


def _folds(bench: Path, tool: Path, work: Path, show: int) -> list[tuple[str, str]]:
    """The layer run once on ``bench`` (kept in ``work``/all.jsonl), and ``tool``'s report on each fold:
    every other sentence from the first (A), the rest (B)."""
    gold_all = json.loads(bench.read_text(encoding="utf-8"))
    pred_all = work / "all.jsonl"
    _layer(bench, pred_all)
    lines = pred_all.read_text(encoding="utf-8").splitlines()
    reports = []
    for name, offset in (("A", 0), ("B", 1)):
        gold, pred = work / f"fold{name}.json", work / f"fold{name}.jsonl"
        gold.write_text(json.dumps(gold_all[offset::2]), encoding="utf-8")
        pred.write_text("\n".join(lines[offset::2]) + "\n", encoding="utf-8")
        reports.append((name, _score(tool, gold, pred, show)))
    return reports


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--show", type=int, default=0, help="misses to print per fold")
    args = parser.parse_args()
    tools, bench = args.shared / "tools", args.shared / "bench"
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for name, report in _folds(bench / "newsquant" / "dev.json", tools / "newsquant_score.py", work, args.show):
            print(f"NewsQuant dev fold {name}:")
            print("\n".join("  " + line for line in report.splitlines() if args.show or "F1" in line))
        for name, report in _folds(bench / "cqe-units" / "train.json", tools / "units_score.py", work, args.show):
            print(f"cqe-units fold {name}:", report if args.show else report.splitlines()[-1])
        report = _score(tools / "units_score.py", bench / "cqe-units" / "train.json", work / "all.jsonl", 0)
        print("cqe-units:", report.splitlines()[-1])
    return 0


if __name__ == "__main__":
    sys.exit(main())
