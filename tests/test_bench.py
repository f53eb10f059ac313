"""The benchmark runs in a small configuration on every CI run, so it cannot rot (its figures are
written, never asserted: speed is measured, not tested)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO


def test_bench_runs_in_its_ci_size(tmp_path: Path) -> None:
    out = tmp_path / "RESULTS.md"
    done = subprocess.run([sys.executable, str(REPO / "bench" / "run.py"), "--sizes", "200", "--extract-articles", "12",
                           "--out", str(out)], capture_output=True, text=True, timeout=900, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    text = out.read_text(encoding="utf-8")
    assert "| factcheck extract |" in text
    assert "\n| 200 |" in text
