"""The claims index: a run with nothing changed reads no claims file and loads no model; every
change to a corpus or claims file is seen; a broken index is rebuilt; a draft compared through
the index gets the findings it gets against every claim."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck import index, store
from factcheck.extract import extract_many
from factcheck.judge.compare import compare
from factcheck.library import _draft, compare_corpus, extract_corpus, open_index
from factcheck.models import Report
from factcheck.nlp import model_label
from tests.conftest import SEEDS, invoke


def run(runner: CliRunner, corpus: Path, claims: Path, *args: str) -> tuple[int, str, str]:
    return invoke(runner, (corpus, claims), *args)


def kinds(out: str) -> list[str]:
    return sorted(f.kind for f in Report.model_validate(json.loads(out)).findings)


def test_nothing_changed_reads_no_claims_file_and_parses_nothing(runner: CliRunner, shipped: tuple[Path, Path],
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    corpus, claims = shipped
    status, first, _ = run(runner, corpus, claims, "compare", "--format", "json")

    def refuse(*_: object) -> None:
        raise AssertionError("read although nothing changed")

    monkeypatch.setattr(store, "read", refuse)
    monkeypatch.setattr("factcheck.nlp.load_model", refuse)
    monkeypatch.setattr("factcheck.extract.extract_many", refuse)
    again = run(runner, corpus, claims, "compare", "--format", "json")
    assert again[0] == status
    assert kinds(again[1]) == kinds(first)
    assert again[2] == "all 2 articles already current: nothing extracted\n"
    assert run(runner, corpus, claims, "extract") == (0, "all 2 articles already current: nothing extracted\n", "")


def test_an_edited_article_or_claims_file_is_seen(runner: CliRunner, shipped: tuple[Path, Path]) -> None:
    corpus, claims = shipped
    run(runner, corpus, claims, "extract")
    article = sorted(corpus.glob("*.md"))[0]
    victim = claims / f"{article.stem}.json"
    victim.write_text(victim.read_text("utf-8").replace('"sha256": "', '"sha256": "0'), "utf-8")
    status, out, _ = run(runner, corpus, claims, "extract")
    assert (status, out.splitlines()[0]) == (0, f"extracted {victim}: "
                                                f"{len(store.read(victim).claims)} claims (the article changed; "
                                                "extracting again)")
    head, rest = article.read_text("utf-8").split("\n---\n", 1)
    article.write_text(f"{head}\n---\nBy June 2025, the agency had trained 4,400 new deminers.\n\n{rest}", "utf-8")
    status, out, _ = run(runner, corpus, claims, "extract")
    assert status == 0
    assert out.startswith(f"extracted {victim}: ")
    assert "4,400" in {c.text for c in store.read(victim).claims}


@pytest.mark.parametrize("damage", ["garbage", "other version"])
def test_a_broken_or_foreign_index_is_rebuilt(runner: CliRunner, shipped: tuple[Path, Path], damage: str) -> None:
    corpus, claims = shipped
    status, first, _ = run(runner, corpus, claims, "compare", "--format", "json")
    if damage == "garbage":
        (claims / index.NAME).write_bytes(b"this is not a database" * 100)
    else:
        index.ClaimsIndex(claims, "made by an older factcheck", lambda claim: ()).close()
    again = run(runner, corpus, claims, "compare", "--format", "json")
    assert (again[0], kinds(again[1])) == (status, kinds(first))
    if damage == "garbage":
        assert again[2].startswith(f"{claims / index.NAME}: unreadable (file is not a database); rebuilt from the "
                                   "claims files\n")
    with sqlite3.connect(claims / index.NAME) as db:
        assert db.execute("SELECT count(*) FROM articles").fetchone() == (2,)


def test_a_removed_article_leaves_the_index_and_the_report(runner: CliRunner, shipped: tuple[Path, Path]) -> None:
    corpus, claims = shipped
    run(runner, corpus, claims, "extract")
    gone = sorted(corpus.glob("*.md"))[0]
    gone.unlink()
    _, out, _ = run(runner, corpus, claims, "compare", "--format", "json")
    assert [a.id for a in Report.model_validate(json.loads(out)).articles] == sorted(
        p.stem for p in corpus.glob("*.md"))
    with sqlite3.connect(claims / index.NAME) as db:
        assert db.execute("SELECT id FROM articles").fetchall() == [(p.stem,) for p in corpus.glob("*.md")]


def test_a_draft_through_the_index_gets_what_every_claim_gives(nlp: object, shipped: tuple[Path, Path],
                                                               tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus, claims = shipped
    draft = tmp_path / "draft.md"
    draft.write_text((SEEDS / sorted(p.name for p in SEEDS.iterdir() if p.suffix in (".md", ".txt"))[0]).read_text(
        "utf-8"), "utf-8")
    got = compare_corpus(corpus, claims, [draft], None)
    every = [item.read() for item in extract_corpus(corpus, claims, [], None)]
    article = _draft(draft, {f.article.id for f in every})
    drafted = extract_many([article], nlp, store.pipeline_label(model_label()))  # type: ignore[arg-type]
    expected = compare(every + drafted, drafts=[article.id])
    assert got.findings == tuple(expected)
    assert len(got.findings) >= 3
    with open_index(claims) as idx:  # and the index gave fewer claims than there are
        fewer = idx.load([f.article.id for f in every], {"no such key"})
    assert all(not f.claims for f in fewer)
    assert [f.acronyms for f in fewer] == [f.acronyms for f in every]
    with open_index(claims) as idx:
        shorts = {a.short for a in every[0].acronyms}
        only = idx.load([f.article.id for f in every], set(), shorts)
    assert [a.short for f in only for a in f.acronyms] == [a.short for f in every for a in f.acronyms
                                                             if a.short in shorts]


def test_a_run_with_nothing_changed_does_not_even_import_spacy(shipped: tuple[Path, Path]) -> None:
    import subprocess
    import sys

    corpus, claims = shipped
    args = ["extract", "--corpus", str(corpus), "--claims", str(claims)]
    code = f"import sys; from factcheck.cli import main; main({args!r}, standalone_mode=False); " \
           "print('spacy' in sys.modules)"
    first = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    again = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert first.stdout.splitlines()[-1] == "True"  # the copy is new to the index: its claims files are read
    assert again.stdout.splitlines() == ["all 2 articles already current: nothing extracted", "False"]
