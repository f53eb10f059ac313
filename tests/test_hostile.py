"""Hostile and careless input (issue #20): each case is one clear line and exit status 2, or a
run that works; never a traceback, never a status that reads as findings, nothing lost."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from spacy.language import Language

from factcheck import index
from factcheck.corpus import parse_article
from factcheck.extract import extract
from factcheck.library import workers_for
from factcheck.nlp import components
from tests.conftest import REPO, invoke, snapshot

FACTCHECK = [sys.executable, "-m", "factcheck"]

ARTICLE = """---
title: Flood toll rises in the delta
published: 2024-05-04
---
Floods have killed 40 people in the delta since Monday, officials said.
"""


def cli(*args: str | Path, confined: bool = False) -> subprocess.CompletedProcess[str]:
    """The real command in a process of its own: its true exit status and streams. ``confined``:
    bound by file permissions even as root (see :func:`read_only`)."""
    return subprocess.run([*(_without_privileges() if confined else []), *FACTCHECK, *map(str, args)],
                          capture_output=True, text=True, timeout=120)


def _without_privileges() -> list[str]:
    """As root, which writes anywhere, the command runs without its capabilities, so the owner's
    permission bits bind it as they bind any user."""
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without util-linux's setpriv: permissions cannot be made to bind")
    return ["setpriv", "--inh-caps=-all", "--bounding-set=-all", "--"]


def read_only(*folders: Path) -> None:
    """The folders and everything in them made read-only (given back writable at the test's end
    by :func:`writable_again`)."""
    for folder in folders:
        for path in [folder, *folder.rglob("*")]:
            path.chmod(0o555 if path.is_dir() else 0o444)


@pytest.fixture(autouse=True)
def writable_again(tmp_path: Path) -> Iterator[None]:
    yield
    for path in [tmp_path, *tmp_path.rglob("*")]:
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() else 0o644)


def test_hostile_an_unexpected_error_is_one_line_naming_the_step_and_exit_2(
        runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus, claims = tmp_path / "corpus", tmp_path / "claims"
    corpus.mkdir()
    (corpus / "a.md").write_text(ARTICLE, encoding="utf-8")

    def broken(*args: object) -> None:
        raise ValueError("month must be in 1..12")

    monkeypatch.setattr("factcheck.extract.claims_file", broken)
    status, out, err = invoke(runner, (corpus, claims), "compare")
    assert (status, out) == (2, "")
    assert err == (f"Error: unexpected ValueError while extracting {corpus / 'a.md'}: month must be in 1..12 "
                   "(a bug: rerun with --debug for the traceback)\n")
    from factcheck.cli import main

    debugged = runner.invoke(main, ["--debug", "compare", "--corpus", str(corpus), "--claims", str(claims)])
    assert isinstance(debugged.exception, ValueError)  # the traceback, for the bug report


@pytest.mark.parametrize("command", [["add", "--published", "2024-01-01"], ["compare"]])
def test_hostile_devices_and_fifos_are_refused_before_reading(tmp_path: Path, command: list[str]) -> None:
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    (tmp_path / "corpus").mkdir()
    for target in ("/dev/zero", fifo):
        done = cli(*command, target, "--corpus", tmp_path / "corpus", "--claims", tmp_path / "claims")
        assert (done.returncode, done.stderr) == (
            2, f"Error: {target}: not a regular file (a device, FIFO or socket); save it to a file first\n")
    assert not any((tmp_path / "corpus").iterdir())


def test_hostile_an_article_longer_than_spacy_parses_at_once_is_extracted_in_parts(
        runner: CliRunner, tmp_path: Path, nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    bodies = [p.read_text(encoding="utf-8").split("\n---\n", 1)[1] for p in sorted((REPO / "corpus").glob("*.md"))]
    text = ARTICLE + "\n" + "\n\n".join(bodies)
    article = parse_article(text.encode("utf-8"), Path("long.md"), "long")
    whole = extract(article, nlp, "p")
    monkeypatch.setattr(nlp, "max_length", len(article.body) // 3)  # spaCy refuses more at once
    monkeypatch.setattr(components, "PART_CHARS", 1_000)
    assert len(components.parts_of(article.body, components.PART_CHARS)) > 5
    assert extract(article, nlp, "p") == whole  # the same claims, offsets into the whole text

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "long.md").write_text(text, encoding="utf-8")
    status, out, err = invoke(runner, (corpus, tmp_path / "claims"), "extract")
    assert (status, err) == (0, "")
    assert out.endswith(f"long.json: {len(whole.claims)} claims\n")


def test_hostile_output_to_a_device_or_a_link_writes_through_it(shipped: tuple[Path, Path], tmp_path: Path) -> None:
    corpus, claims = shipped
    done = cli("compare", "--format", "json", "--output", "/dev/stdout", "--fail-on", "never",
               "--corpus", corpus, "--claims", claims)
    assert done.returncode == 0
    assert json.loads(done.stdout)["schema"] == "factcheck.report/1"
    target, link = tmp_path / "kept.md", tmp_path / "link.md"
    target.write_text("old report\n", encoding="utf-8")
    link.symlink_to(target)
    done = cli("compare", "--output", link, "--fail-on", "never", "--corpus", corpus, "--claims", claims)
    assert done.returncode == 0
    assert link.is_symlink()
    assert link.resolve() == target
    assert target.read_text(encoding="utf-8").startswith("# factcheck report")


def test_hostile_a_full_or_closed_stdout_is_one_line_and_exit_2(shipped: tuple[Path, Path]) -> None:
    corpus, claims = shipped
    with open("/dev/full", "w") as full:
        done = subprocess.run([*FACTCHECK, "compare", "--corpus", str(corpus), "--claims", str(claims)],
                              stdout=full, stderr=subprocess.PIPE, text=True, timeout=120)
    assert (done.returncode, done.stderr.splitlines()[-1]) == (
        2, "Error: cannot write to standard output (No space left on device)")
    done = subprocess.run([*FACTCHECK, "compare", "--corpus", str(corpus), "--claims", str(claims)],
                          stderr=subprocess.PIPE, text=True, timeout=120, preexec_fn=lambda: os.close(1))
    assert (done.returncode, done.stderr) == (2, "Error: standard output is closed; give --output FILE or "
                                                 "redirect it\n")


def test_hostile_a_claims_folder_that_is_a_file_is_one_line(runner: CliRunner, shipped: tuple[Path, Path],
                                                            tmp_path: Path) -> None:
    corpus, _ = shipped
    taken = tmp_path / "a-file"
    taken.write_text("not a folder\n", encoding="utf-8")
    for claims in (taken, taken / "claims"):
        status, _, err = invoke(runner, (corpus, claims), "compare")
        assert status == 2
        assert err.startswith(f"Error: {claims}: cannot be the claims folder (")


def test_hostile_escape_sequences_never_reach_the_terminal(runner: CliRunner, tmp_path: Path,
                                                          shipped: tuple[Path, Path]) -> None:
    source = tmp_path / "hostile.md"
    source.write_text(ARTICLE.replace("officials said", "officials\x1b[2J said\x1b]8;;http://x\x07"), encoding="utf-8")
    assert invoke(runner, (tmp_path / "new", tmp_path / "claims"), "add", str(source))[0] == 0
    stored = next((tmp_path / "new").glob("*.md")).read_text(encoding="utf-8")
    assert "officials[2J said]8;;http://x" in stored
    assert "\x1b" not in stored
    corpus, claims = shipped
    for article in corpus.glob("*.md"):  # edited by hand: nothing removed them
        head, body = article.read_text(encoding="utf-8").split("\n---\n", 1)
        article.write_text(head + "\n---\n" + body.replace(", ", ", \x1b[2J\x9b31m"), encoding="utf-8")
    status, out, err = invoke(runner, (corpus, claims), "compare", "--fail-on", "never")
    assert status == 0
    assert "␛[2J\ufffd31m" in out
    assert not any(0x80 <= ord(c) < 0xA0 or (ord(c) < 0x20 and c != "\n") for c in out + err)


def test_hostile_a_corrupt_index_page_is_rebuilt_and_the_report_unchanged(runner: CliRunner,
                                                                         shipped: tuple[Path, Path]) -> None:
    corpus, claims = shipped
    status, before, _ = invoke(runner, (corpus, claims), "compare", "--format", "json")
    db = claims / index.NAME
    data = bytearray(db.read_bytes())
    assert data.startswith(b"SQLite format 3")
    assert len(data) > 4 * 4096
    data[2 * 4096:len(data) - 4096] = b"\xff" * (len(data) - 3 * 4096)  # header intact, pages not
    db.write_bytes(bytes(data))
    again, after, err = invoke(runner, (corpus, claims), "compare", "--format", "json")
    assert (again, json.loads(after)["findings"]) == (status, json.loads(before)["findings"])
    assert f"{db}: unreadable (" in err
    assert "rebuilt from the claims files" in err
    with sqlite3.connect(db) as check:
        assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_hostile_read_only_claims_and_corpus_still_compare_and_refuse_writes_in_one_line(
        shipped: tuple[Path, Path], tmp_path: Path, runner: CliRunner) -> None:
    corpus, claims = shipped
    fresh = invoke(runner, (corpus, claims), "compare", "--format", "json")
    (claims / index.NAME).unlink()  # and it cannot be made again
    read_only(corpus, claims)
    done = cli("compare", "--format", "json", "--corpus", corpus, "--claims", claims, confined=True)
    assert done.returncode == fresh[0] == 1  # the findings, not a failure: the index is only a cache
    assert json.loads(done.stdout)["findings"] == json.loads(fresh[1])["findings"]
    assert "this run keeps its index in memory" in done.stderr
    source = tmp_path / "new.md"
    source.write_text(ARTICLE, encoding="utf-8")
    done = cli("add", source, "--corpus", corpus, confined=True)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr.startswith(f"Error: {corpus / '.factcheck.lock'}: cannot take the lock to write in {corpus} (")


def test_hostile_a_folder_where_the_lock_goes_is_one_line(runner: CliRunner, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    (corpus / ".factcheck.lock").mkdir(parents=True)
    source = tmp_path / "a.md"
    source.write_text(ARTICLE, encoding="utf-8")
    status, _, err = invoke(runner, (corpus, tmp_path / "claims"), "add", str(source))
    assert (status, err) == (2, f"Error: {corpus / '.factcheck.lock'}: cannot take the lock to write in {corpus} "
                                "(Is a directory)\n")


def test_hostile_refusals_come_before_the_work(shipped: tuple[Path, Path], tmp_path: Path) -> None:
    corpus, claims = shipped
    shutil.rmtree(claims)
    locked_out = tmp_path / "reports"
    locked_out.mkdir()
    read_only(locked_out)
    done = cli("compare", "--output", locked_out / "r.md", "--corpus", corpus, "--claims", claims, confined=True)
    assert (done.returncode, done.stderr) == (
        2, f"Error: {locked_out / 'r.md'}: cannot write in {locked_out} (permission denied)\n")
    assert not claims.exists()  # nothing was extracted first


def test_hostile_many_front_matter_keys_are_checked_once_each(runner: CliRunner, tmp_path: Path) -> None:
    keys = "".join(f"k{n}: v\n" for n in range(60_000))
    source = tmp_path / "keys.md"
    source.write_text(f"---\ntitle: Keys\npublished: 2024-01-01\n{keys}k7: again\n---\nThe toll is 40.\n",
                      encoding="utf-8")
    status, _, err = invoke(runner, (tmp_path / "corpus", tmp_path / "claims"), "add", str(source))
    assert (status, err) == (2, f"Error: {source}: malformed front matter (line 2): the key 'k7' is given twice\n")


def test_hostile_deep_nesting_is_one_line_in_front_matter_and_redone_in_claims(
        runner: CliRunner, shipped: tuple[Path, Path], tmp_path: Path) -> None:
    source = tmp_path / "deep.md"
    source.write_text("---\ntitle: " + "[" * 20_000 + "\n---\nThe toll is 40.\n", encoding="utf-8")
    status, _, err = invoke(runner, shipped, "add", str(source))
    assert (status, err) == (2, f"Error: {source}: malformed front matter: nested too deeply\n")
    claims = shipped[1]
    victim = next(claims.glob("*.json"))
    victim.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    status, out, err = invoke(runner, shipped, "extract")
    assert status == 0
    assert f"extracted {victim}: " in out
    assert "(unreadable (" in out
    assert "nested too deeply" in out
    assert json.loads(victim.read_text(encoding="utf-8"))["schema"] == "factcheck.claims/1"


def test_hostile_adding_several_files_stores_none_when_one_is_refused(runner: CliRunner, tmp_path: Path) -> None:
    corpus, claims = tmp_path / "corpus", tmp_path / "claims"
    first, second = tmp_path / "first.md", tmp_path / "second.md"
    second.write_text(ARTICLE, encoding="utf-8")
    assert invoke(runner, (corpus, claims), "add", str(second))[0] == 0
    before = snapshot(corpus)
    first.write_text(ARTICLE.replace("Flood toll rises", "Storm toll rises"), encoding="utf-8")
    second.write_text(ARTICLE.replace("40 people", "41 people"), encoding="utf-8")
    status, out, err = invoke(runner, (corpus, claims), "add", str(first), str(second))
    stored = corpus / "flood-toll-rises-in-the-delta.md"
    assert (status, out, err) == (2, "", f"Error: {stored}: a different article is already stored under the id "
                                         "'flood-toll-rises-in-the-delta'; give another with --id; nothing was "
                                         "stored\n")
    assert snapshot(corpus) == before


def test_hostile_workers_are_at_most_one_per_article_and_core() -> None:
    assert workers_for(3, 16) == min(3, os.cpu_count() or 1)
    assert workers_for(100, 16) == os.cpu_count()
    assert workers_for(1, 4) == 1


def test_hostile_brackets_do_not_cut_a_sentence(nlp: Language) -> None:
    text = ("---\ntitle: Clearance\npublished: 2024-01-01\n---\nDeminers cleared 190 hectares of land "
            "[see map] in the region, officials said. The total was 5,000 hectares (AP) by May 2023.\n")
    found = extract(parse_article(text.encode("utf-8"), Path("c.md"), "c"), nlp, "p")
    assert [(c.value, c.sentence, c.as_of) for c in found.claims] == [
        (190, "Deminers cleared 190 hectares of land [see map] in the region, officials said.", "2024-01-01"),
        (5000, "The total was 5,000 hectares (AP) by May 2023.", "2023-05")]
