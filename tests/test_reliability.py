"""What factcheck promises when things go wrong: files written whole or not at all (even under
SIGKILL), runs at once that lose nothing, claims files that are corrupt or newer, untrusted article
text, and output that is the same on every run."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import frontmatter, store, units
from factcheck.cli import main
from factcheck.corpus import Corpus
from factcheck.errors import InputError
from tests.conftest import REPO, snapshot

FACTCHECK = [sys.executable, "-m", "factcheck"]


def _victim(claims: Path) -> Path:
    return sorted(claims.glob("*.json"))[0]


@pytest.mark.parametrize(("damage", "said"), [
    (lambda text: text[: len(text) // 2], "unreadable ("),
    (lambda text: "not json at all", "unreadable ("),
    (lambda text: text.replace('"sha256": "', '"sha256": "0', 1), "the article changed; extracting again"),
])
def test_reliability_corrupt_or_stale_claims_are_redone_and_said(runner: CliRunner, shipped: tuple[Path, Path],
                                                                 damage: object, said: str) -> None:
    corpus, claims = shipped
    victim = _victim(claims)
    good = store.read(victim).claims
    victim.write_text(damage(victim.read_text("utf-8")), encoding="utf-8")  # type: ignore[operator]
    result = runner.invoke(main, ["extract", "--corpus", str(corpus), "--claims", str(claims)])
    assert result.exit_code == 0
    assert said in result.stdout
    assert store.read(victim).claims == good


def test_reliability_newer_claims_file_is_refused_not_overwritten(runner: CliRunner,
                                                                  shipped: tuple[Path, Path]) -> None:
    corpus, claims = shipped
    victim = _victim(claims)
    victim.write_text(victim.read_text("utf-8").replace("factcheck.claims/1", "factcheck.claims/2"), "utf-8")
    before = victim.read_bytes()
    result = runner.invoke(main, ["compare", "--corpus", str(corpus), "--claims", str(claims)])
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (f"Error: {victim}: schema factcheck.claims/2 is newer than this factcheck reads "
                             "(factcheck.claims/1); upgrade factcheck to read this\n")
    assert victim.read_bytes() == before


WRITER = """
import sys
from pathlib import Path
from factcheck.files import atomic_write
path = Path(sys.argv[1])
old, new = b"o" * 3_000_000, b"n" * 3_000_000
print("ready", flush=True)
while True:
    atomic_write(path, new)
    atomic_write(path, old)
"""


def test_reliability_sigkill_during_writes_leaves_old_or_new_never_half(tmp_path: Path) -> None:
    target = tmp_path / "claims.json"
    target.write_bytes(b"o" * 3_000_000)
    rng = random.Random(7)
    for _ in range(25):
        writer = subprocess.Popen([sys.executable, "-c", WRITER, str(target)], stdout=subprocess.PIPE)
        assert writer.stdout is not None
        writer.stdout.readline()
        time.sleep(rng.uniform(0.0, 0.05))
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        data = target.read_bytes()
        assert data in (b"o" * 3_000_000, b"n" * 3_000_000)
    leftovers = [p.name for p in tmp_path.iterdir() if p.name != "claims.json"]
    assert all(name.startswith(".claims.json.") and name.endswith(".tmp") for name in leftovers)


def test_reliability_sigkill_of_extract_leaves_a_loadable_corpus_and_whole_claims(shipped: tuple[Path, Path]) -> None:
    corpus, claims = shipped
    shutil.rmtree(claims)
    rng = random.Random(11)
    for _ in range(4):
        run = subprocess.Popen([*FACTCHECK, "extract", "--corpus", str(corpus), "--claims", str(claims)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.5, 4.0))
        run.send_signal(signal.SIGKILL)
        run.wait()
        assert len(list(Corpus(corpus))) == 2
        for path in claims.glob("*.json"):
            store.read(path)  # whole, or this raises
    done = subprocess.run([*FACTCHECK, "extract", "--corpus", str(corpus), "--claims", str(claims)],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    for path in (REPO / "claims").glob("*.json"):
        assert store.read(claims / path.name).claims == store.read(path).claims


def test_reliability_two_adds_at_once_both_land(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    files = []
    for n in range(2):
        path = tmp_path / f"a{n}.md"
        path.write_text(f"---\ntitle: Article {n}\npublished: 2024\n---\nFloods killed {n + 10} people.\n", "utf-8")
        files.append(path)
    runs = [subprocess.Popen([*FACTCHECK, "add", str(path), "--corpus", str(corpus)], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True) for path in files]
    results = [(*run.communicate(), run.returncode) for run in runs]
    assert [r[2] for r in results] == [0, 0], results
    assert sorted(Corpus(corpus).ids()) == ["article-0", "article-1"]


def test_reliability_two_extracts_at_once_both_finish_with_whole_claims(shipped: tuple[Path, Path]) -> None:
    corpus, claims = shipped
    shutil.rmtree(claims)
    runs = [subprocess.Popen([*FACTCHECK, "extract", "--corpus", str(corpus), "--claims", str(claims)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outcomes = [(run.communicate(), run.returncode) for run in runs]
    assert [code for _, code in outcomes] == [0, 0], outcomes
    for path in (REPO / "claims").glob("*.json"):
        assert store.read(claims / path.name).claims == store.read(path).claims


def test_reliability_html_report_shows_hostile_text_as_text(runner: CliRunner, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, whole in (("a", "city"), ("b", "country")):
        (corpus / f"{name}.md").write_text(
            f'---\ntitle: "\\"><img src=x onerror=alert(1)>"\npublished: 2025-01-01\n---\n'
            f"About 40% of the {whole}'s voters backed the <script>alert(1)</script> mayor of Springfield.[1]\n\n"
            "## Notes\n\n[1] Poll, javascript:alert(document.cookie), 2025.\n", encoding="utf-8")
    result = runner.invoke(main, ["compare", "--corpus", str(corpus), "--claims", str(tmp_path / "claims"),
                                  "--format", "html"])
    html = result.stdout
    assert "scope_mismatch" in html
    for hostile in ("<script>", "<img", 'href="javascript:'):
        assert hostile not in html


def test_reliability_claims_and_report_are_the_same_on_every_run(runner: CliRunner, shipped: tuple[Path, Path],
                                                                 tmp_path: Path) -> None:
    corpus, _ = shipped
    reports = []
    for n in range(2):
        claims = tmp_path / f"claims{n}"
        result = runner.invoke(main, ["compare", "--corpus", str(corpus), "--claims", str(claims),
                                      "--format", "json"])
        report = json.loads(result.stdout)
        report.pop("generated")
        reports.append(report)
    assert reports[0] == reports[1]
    assert snapshot(tmp_path / "claims0") == snapshot(tmp_path / "claims1")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_reliability_front_matter_parser_never_crashes(text: str) -> None:
    try:
        frontmatter.split("---\n" + text, Path("x.md"))
    except InputError as err:
        message = str(err)
    else:
        return
    assert message.startswith("x.md: ")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_reliability_unit_lookup_never_crashes(text: str) -> None:
    units.lookup(text)


def test_reliability_ids_cannot_leave_the_corpus(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "a.md"
    source.write_text("---\ntitle: T\npublished: 2024\nid: ../../escape\n---\nTen people died.\n", "utf-8")
    result = runner.invoke(main, ["add", str(source), "--corpus", str(tmp_path / "corpus")])
    assert result.exit_code == 2
    assert not (tmp_path / "escape.md").exists()
    assert not os.path.exists(tmp_path.parent / "escape.md")


def test_reliability_sigkill_of_add_and_report_writes_leaves_whole_files(shipped: tuple[Path, Path],
                                                                        tmp_path: Path) -> None:
    corpus, claims = shipped
    rng = random.Random(3)
    for n in range(6):
        source = tmp_path / f"new{n}.md"
        source.write_text(f"---\ntitle: New article {n}\npublished: 2025\n---\n" + "Floods killed 40 people. " * 5000,
                          encoding="utf-8")
        run = subprocess.Popen([*FACTCHECK, "add", str(source), "--corpus", str(corpus)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.05, 0.6))
        run.send_signal(signal.SIGKILL)
        run.wait()
        assert all(article.body for article in Corpus(corpus))  # every stored article loads whole
    report = tmp_path / "report.html"
    for _ in range(3):
        run = subprocess.Popen([*FACTCHECK, "compare", "--corpus", str(corpus), "--claims", str(claims),
                                "--format", "html", "--output", str(report)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(1.0, 5.0))
        run.send_signal(signal.SIGKILL)
        run.wait()
        assert not report.exists() or report.read_text("utf-8").endswith("</html>\n")
