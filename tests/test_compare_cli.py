"""`factcheck compare` on the shipped corpus and on drafts: formats, exit status, what it writes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.models import Report
from tests.conftest import REPO, invoke, snapshot


@pytest.fixture
def folders(shipped: tuple[Path, Path]) -> tuple[Path, Path]:
    return shipped


def run(runner: CliRunner, folders: tuple[Path, Path], *args: str) -> tuple[int, str, str]:
    return invoke(runner, folders, "compare", *args)


FLOODS = """---
title: Sindh floods update
published: 2025-07-01
---
As of June 30, 2025, floods have killed 245 people in Sindh since January 1, 2025, the Larkana relief office said.
"""
DRAFT = """# Sindh floods: the toll rises

As of June 30, 2025, floods have killed 95 people in Sindh since January 1, 2025, the Larkana relief office said.
"""


def test_compare_json_report_on_the_seeds_has_every_kind(runner: CliRunner, folders: tuple[Path, Path]) -> None:
    status, out, err = run(runner, folders, "--format", "json")
    report = Report.model_validate(json.loads(out))
    found = sorted(f.kind for f in report.findings)
    assert found == ["acronym_conflict", "agreement", "agreement", "agreement", "internal_arithmetic",
                     "outdated", "outdated", "outdated", "outdated", "scope_mismatch", "unit_anomaly"]
    assert status == 1  # a scope_mismatch is an error, and --fail-on defaults to error
    assert err == "all 2 articles already current: nothing extracted\n"
    assert [a.id for a in report.articles] == sorted(p.stem for p in (REPO / "corpus").glob("*.md"))


@pytest.mark.parametrize(("fail_on", "status"), [("error", 1), ("warning", 1), ("never", 0)])
def test_compare_exit_status_follows_fail_on(runner: CliRunner, folders: tuple[Path, Path], fail_on: str,
                                             status: int) -> None:
    assert run(runner, folders, "--fail-on", fail_on)[0] == status


def test_compare_warnings_only_pass_fail_on_error(runner: CliRunner, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.md").write_text("---\ntitle: A\npublished: 2025-01-01\n---\nThe floods covered 300 kilometres "
                                 "of farmland.\n", encoding="utf-8")
    folders = (corpus, tmp_path / "claims")
    assert run(runner, folders)[0] == 0
    assert run(runner, folders, "--fail-on", "warning")[0] == 1


def test_compare_markdown_groups_by_severity_and_quotes_the_sentences(runner: CliRunner,
                                                                      folders: tuple[Path, Path]) -> None:
    _, out, _ = run(runner, folders)
    headings = [line for line in out.splitlines() if line.startswith("## ")]
    assert headings == ["## Errors", "## Warnings", "## Agreements and checks that pass"]
    assert "| Sentence |" in out
    assert "**118,000 hectares**" in out


def test_compare_writes_the_report_atomically_and_says_so(runner: CliRunner, folders: tuple[Path, Path],
                                                          tmp_path: Path) -> None:
    target = tmp_path / "out" / "report.html"
    target.parent.mkdir()
    status, out, err = run(runner, folders, "--format", "html", "--output", str(target), "--fail-on", "never")
    assert (status, out) == (0, "")
    assert err.startswith(f"all 2 articles already current: nothing extracted\nwrote {target}: 11 findings (")
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert [p.name for p in target.parent.iterdir()] == ["report.html"]


def test_compare_output_in_a_missing_folder_is_refused(runner: CliRunner, folders: tuple[Path, Path],
                                                       tmp_path: Path) -> None:
    target = tmp_path / "nowhere" / "r.md"
    assert run(runner, folders, "--output", str(target)) == (2, "", f"Error: {target}: its folder does not exist\n")


def test_compare_draft_reports_only_its_own_findings_and_is_not_stored(runner: CliRunner, tmp_path: Path) -> None:
    corpus, claims = tmp_path / "corpus", tmp_path / "claims"
    corpus.mkdir()
    (corpus / "floods-update.md").write_text(FLOODS, encoding="utf-8")
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT, encoding="utf-8")
    assert run(runner, (corpus, claims), "--fail-on", "never")[0] == 0  # the corpus alone: nothing to say
    before = snapshot(tmp_path)
    status, out, _ = run(runner, (corpus, claims), str(draft), "--format", "json")
    assert snapshot(tmp_path) == before
    report = Report.model_validate(json.loads(out))
    assert status == 1
    assert [(f.kind, sorted(c.article for c in f.claims)) for f in report.findings] == [
        ("conflict", ["draft-sindh-floods-the-toll-rises", "floods-update"])]
    assert report.articles[-1].path == str(draft)


def test_compare_missing_draft_is_one_line_and_exit_2(runner: CliRunner, folders: tuple[Path, Path],
                                                      tmp_path: Path) -> None:
    missing = tmp_path / "draft.md"
    status, out, err = run(runner, folders, str(missing))
    assert (status, out) == (2, "")
    assert err.startswith(f"Error: {missing}: ")
    assert err.count("\n") == 1


def test_compare_on_a_terminal_shows_a_summary_and_each_finding(folders: tuple[Path, Path]) -> None:
    from rich.console import Console

    from factcheck.library import compare_corpus
    from factcheck.report.terminal import print_terminal

    report = compare_corpus(*folders, [], None)
    console = Console(record=True, width=120, force_terminal=True)
    print_terminal(report, console)
    text = console.export_text()
    assert "2 articles compared" in text
    for finding in report.findings:
        assert finding.summary[:60] in " ".join(text.split())
    assert "│ outdated            │ warning  │        4 │" in text


def test_compare_a_hand_edited_date_that_does_not_exist_is_one_line_and_exit_2(runner: CliRunner,
                                                                              tmp_path: Path) -> None:
    corpus, claims = tmp_path / "corpus", tmp_path / "claims"
    corpus.mkdir()
    edited = corpus / "floods-update.md"
    edited.write_text(FLOODS.replace("published: 2025-07-01", "published: 2025-02-30"), encoding="utf-8")
    assert run(runner, (corpus, claims)) == (
        2, "", f"Error: {edited}: front matter field 'published' is not a date (YYYY, YYYY-MM or YYYY-MM-DD): "
               "'2025-02-30'\n")


def test_compare_markdown_shows_an_articles_html_and_never_passes_it_on(runner: CliRunner, tmp_path: Path) -> None:
    corpus, claims = tmp_path / "corpus", tmp_path / "claims"
    corpus.mkdir()
    (corpus / "a.md").write_text(FLOODS.replace("office said.", "office said <script>alert(1)</script>."),
                                 encoding="utf-8")
    (corpus / "b.md").write_text(FLOODS.replace("published: 2025-07-01", "published: 2025-07-02"), encoding="utf-8")
    status, out, _ = run(runner, (corpus, claims), "--fail-on", "never")
    assert status == 0
    assert "<script>" not in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
