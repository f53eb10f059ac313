"""Real stories of many kinds (tests/cases/: excerpts of real news, each with an answer key an editor
would write) and digests of unrelated news, scored with the tools of ../shared as the project is
judged. Floors, not targets: each records what the comparison reaches now, so that a change that
loses findings, or raises a false alarm, fails here."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO, SHARED

SCORER = SHARED / "tools" / "score.py"
DIGEST = SHARED / "tools" / "digest.py"
NEWSQUANT = SHARED / "bench" / "newsquant" / "dev.json"
CASES = sorted(p for p in (REPO / "tests" / "cases").iterdir() if (p / "key.json").is_file())
LOOSE_FLOOR = 0.73  # share of the keys' findings found with a kind of the right family (168 of 228 now)

pytestmark = pytest.mark.slow


def _needs(*paths: Path) -> None:
    missing = [p for p in paths if not p.exists()]
    if missing:
        pytest.skip(f"{missing[0]} is not here (../shared stays out of this repository)")


def test_cases_are_real_articles_with_keys_that_hold_together() -> None:
    assert len(CASES) >= 12
    for case in CASES:
        key = json.loads((case / "key.json").read_text(encoding="utf-8"))
        files = {a["file"] for a in key["articles"]}
        assert files == {p.name for p in (case / "articles").glob("*.md")}, case.name
        assert all(a["url"].startswith("http") for a in key["articles"]), case.name
        claimed = {(c["file"], c.get("value", c.get("low"))) for c in key["claims"]}
        for finding in key["findings"] + key.get("not_findings", []):
            if finding.get("kind") != "acronym_conflict":
                assert all(tuple(m) in claimed for m in finding["members"]), (case.name, finding)


def test_cases_findings_over_the_floor_and_no_false_alarm() -> None:
    _needs(SCORER)
    done = subprocess.run([sys.executable, str(REPO / "scripts" / "cases.py"), "--shared", str(SHARED)],
                          capture_output=True, text=True, timeout=900, check=True)
    total = json.loads(done.stdout.strip().splitlines()[-1])
    assert total["cases"] == len(CASES)
    assert total["false_alarms"] == 0, done.stdout
    assert total["loose_share"] >= LOOSE_FLOOR, done.stdout


def test_cases_digests_of_unrelated_news_raise_no_alarm(tmp_path: Path) -> None:
    _needs(DIGEST, NEWSQUANT)
    digests, corpus, claims, report = (tmp_path / name for name in ("digests", "corpus", "claims", "report.json"))
    subprocess.run([sys.executable, str(DIGEST), "build", str(NEWSQUANT), str(digests)], check=True,
                   capture_output=True)
    factcheck = [sys.executable, "-m", "factcheck"]
    subprocess.run([*factcheck, "add", "--corpus", str(corpus), *map(str, sorted(digests.glob("*.md")))],
                   check=True, capture_output=True)
    subprocess.run([*factcheck, "compare", "--corpus", str(corpus), "--claims", str(claims), "--format", "json",
                    "--output", str(report), "--fail-on", "never"], check=True, capture_output=True)
    counted = subprocess.run([sys.executable, str(DIGEST), "count", str(report)], capture_output=True, text=True,
                             check=False)
    assert counted.returncode == 0, counted.stdout


def test_cases_stories_in_one_corpus_never_meet(tmp_path: Path) -> None:
    """A newsroom keeps many stories of one kind side by side (earthquakes, floods, results): every
    case in one corpus, and no finding sets a figure of one story against another's."""
    from factcheck.library import add_articles, compare_corpus

    story_of = {}
    for case in CASES:
        for entry in json.loads((case / "key.json").read_text(encoding="utf-8"))["articles"]:
            story_of[entry["url"].rstrip("/")] = case.name
    add_articles(tmp_path / "corpus", [p for case in CASES for p in sorted((case / "articles").glob("*.md"))], {})
    report = compare_corpus(tmp_path / "corpus", tmp_path / "claims", [], None)
    url = {a.id: (a.url or "").rstrip("/") for a in report.articles}
    across = [f.summary for f in report.findings if len({story_of[url[c.article]] for c in f.claims}) > 1]
    assert report.findings  # the stories' own findings are there
    assert across == []
