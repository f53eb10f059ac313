"""The HTML report in a real browser: headless Chromium renders it; the DOM has every finding with
the right numbers highlighted, and a draft's checklist with each figure marked by its status; a
screenshot is kept in the test's folder to look at."""

from __future__ import annotations

import json
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import main

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def rendered(page: Path, folder: Path, shot_name: str, size: str, *more: str) -> tuple[str, Path]:
    """The DOM headless Chromium makes of ``page``, and a screenshot of it in ``folder``."""
    common = [str(CHROMIUM), *FLAGS, f"--user-data-dir={folder / 'profile'}", *more]
    dom = subprocess.run([*common, "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=180,
                         check=True).stdout
    shot = folder / shot_name
    subprocess.run([*common, f"--window-size={size}", f"--screenshot={shot}", page.as_uri()],
                   capture_output=True, timeout=180, check=True)
    return dom, shot


class Findings(HTMLParser):
    """Each finding section of a rendered report: its kind and the texts of its <mark>s."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, list[str]]] = []
        self._in_mark = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = (dict(attrs).get("class") or "").split()
        if tag == "section" and "finding" in classes:
            kind = next(c[2:] for c in classes if c.startswith("k-"))
            self.found.append((kind, []))
        self._in_mark = tag == "mark"

    def handle_endtag(self, tag: str) -> None:
        self._in_mark = False if tag == "mark" else self._in_mark

    def handle_data(self, data: str) -> None:
        if self._in_mark and self.found:
            self.found[-1][1].append(data)


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (Debian's chromium; .ci/run installs it)")
def test_browser_renders_every_finding_with_its_numbers_marked(runner: CliRunner, tmp_path: Path,
                                                              shipped: tuple[Path, Path]) -> None:
    corpus, claims = shipped
    args = ["compare", "--corpus", str(corpus), "--claims", str(claims), "--fail-on", "never"]
    report = json.loads(runner.invoke(main, [*args, "--format", "json"]).stdout)
    page = tmp_path / "report.html"
    assert runner.invoke(main, [*args, "--format", "html", "--output", str(page)]).exit_code == 0
    dom, shot = rendered(page, tmp_path, "report.png", "1280,2400")
    parsed = Findings()
    parsed.feed(dom)
    by_kind = sorted((f["kind"], sorted(c["text"] for c in f["claims"]) or sorted(e["expansion"] for e in
                      f["expansions"] or [])) for f in report["findings"])
    assert sorted((kind, sorted(marks)) for kind, marks in parsed.found) == by_kind
    assert shot.stat().st_size > 10_000


class Checklist(HTMLParser):
    """Each figure of a rendered draft checklist: its status (class and word) and its marked number."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[list[str]] = []
        self._in: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = (dict(attrs).get("class") or "").split()
        if tag == "li" and "check" in classes:
            self.found.append([next(c for c in classes if c != "check"), "", ""])
        self._in = "mark" if tag == "mark" else "status" if "status" in classes else None

    def handle_endtag(self, tag: str) -> None:
        self._in = None

    def handle_data(self, data: str) -> None:
        if self._in is not None and self.found:
            self.found[-1][1 if self._in == "status" else 2] += data


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (Debian's chromium; .ci/run installs it)")
def test_browser_renders_a_draft_checklist_with_each_figure_marked(runner: CliRunner, tmp_path: Path,
                                                                  shipped: tuple[Path, Path]) -> None:
    from tests.test_checklist import SEED_DRAFT

    corpus, claims = shipped
    draft = tmp_path / "briefing.md"
    draft.write_text(SEED_DRAFT, encoding="utf-8")
    args = ["compare", str(draft), "--corpus", str(corpus), "--claims", str(claims), "--fail-on", "never"]
    report = json.loads(runner.invoke(main, [*args, "--format", "json"]).stdout)
    page = tmp_path / "checklist.html"
    assert runner.invoke(main, [*args, "--format", "html", "--output", str(page)]).exit_code == 0
    dom, shot = rendered(page, tmp_path, "checklist.png", "1280,1600")
    parsed = Checklist()
    start = dom.index('<ul class="checklist">')
    parsed.feed(dom[start:dom.index("</ul>", start)])  # the findings after it mark their numbers too
    assert [(status, number) for status, _, number in parsed.found] == \
        [(item["status"], item["claim"]["text"]) for item in report["checklist"]]
    assert [word.split()[0] for _, word, _ in parsed.found] == ["supported", "stale", "differs", "no"]  # in words too
    assert shot.stat().st_size > 10_000


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (Debian's chromium; .ci/run installs it)")
def test_browser_pastes_a_draft_into_the_newsroom_page_and_sees_its_report(tmp_path: Path,
                                                                            shipped: tuple[Path, Path]) -> None:
    """`factcheck serve`'s app under uvicorn: a page with the draft pasted into the form submits it,
    and Chromium shows the report that comes back, its checklist first."""
    import html
    import socket
    import threading
    import time

    import uvicorn

    from factcheck.serve import make_app
    from tests.test_checklist import SEED_DRAFT

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(make_app(*shipped, None), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 60
        while not server.started and time.monotonic() < deadline:
            time.sleep(0.1)
        assert server.started
        body = SEED_DRAFT.split("---\n", 2)[2]
        paste = tmp_path / "paste.html"  # an editor's paste and click, as a page that does both on load
        paste.write_text(f'<form method="post" action="http://127.0.0.1:{port}/compare" enctype="multipart/form-data">'
                         f'<input name="title" value="Mine clearance briefing"><textarea name="text">'
                         f"{html.escape(body)}</textarea></form><script>document.forms[0].submit()</script>",
                         encoding="utf-8")
        dom, shot = rendered(paste, tmp_path, "serve.png", "1280,1400", "--virtual-time-budget=20000")
    finally:
        server.should_exit = True
        thread.join(timeout=30)
    parsed = Checklist()
    start = dom.index('<ul class="checklist">')
    parsed.feed(dom[start:dom.index("</ul>", start)])
    assert sorted(status for status, _, _ in parsed.found) == ["differs", "stale", "supported", "unsupported"]
    assert "factcheck report" in dom
    assert shot.stat().st_size > 10_000
