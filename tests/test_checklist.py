"""A draft from its writer's side (issue #19): every figure of the draft gets one status with the
corpus claims that decide it — supported, stale, differs or unsupported — in the JSON report, in
Markdown first, and in the exit status."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import main
from tests.conftest import REPO, invoke

# One figure the seeds support (the newest source gives it), one they have overtaken (an older source
# gives it, a newer one more), one they contradict, one they do not give at all.
SEED_DRAFT = """---
title: Mine clearance in Karabakh, a briefing
---
Azerbaijan has cleared 190,000 hectares of landmines since the end of the war in November 2020.

Since 2020, deminers have cleared 118,000 hectares of land.

Since 2020, landmine explosions have killed 80 Azerbaijani citizens.

The demining teams now work with 45 trained dogs.
"""

NEWER, OLDER = "landmine-decontamination-actions-in-karabagh", "the-post-war-landmine-issue-in-karabakh"


def checklist(report: dict[str, object]) -> dict[str, tuple[str, list[tuple[str, float]]]]:
    """Figure as written -> (status, [(article, value) of each evidence claim])."""
    items = report["checklist"]
    assert isinstance(items, list)
    return {i["claim"]["text"]: (i["status"], [(e["article"], e["value"]) for e in i["evidence"]]) for i in items}


@pytest.fixture
def seed_draft(tmp_path: Path) -> Path:
    path = tmp_path / "briefing.md"
    path.write_text(SEED_DRAFT, encoding="utf-8")
    return path


def test_checklist_gives_each_draft_figure_its_status_and_evidence(runner: CliRunner, shipped: tuple[Path, Path],
                                                                   seed_draft: Path) -> None:
    status, out, _ = invoke(runner, shipped, "compare", str(seed_draft), "--format", "json", "--fail-on", "never")
    assert status == 0
    found = checklist(json.loads(out))
    assert found["190,000 hectares"] == ("supported", [(NEWER, 190000)])
    assert found["118,000 hectares"] == ("stale", [(NEWER, 190000), (OLDER, 118000)])
    assert found["80"] == ("differs", [(NEWER, 70), (OLDER, 68)])
    assert found["45"] == ("unsupported", [])
    items = json.loads(out)["checklist"]
    assert {i["article"] for i in items} == {"draft-mine-clearance-in-karabakh-a-briefing"}
    assert all(i["explanation"] and "\n" not in i["explanation"] for i in items)


def test_checklist_never_dates_a_draft_figure_by_the_day_it_is_checked(runner: CliRunner, shipped: tuple[Path, Path],
                                                                        seed_draft: Path) -> None:
    """The draft's undated figures are not 'as of today' against the sources: its 80 deaths are not
    called newer than the sources' 70."""
    _, out, _ = invoke(runner, shipped, "compare", str(seed_draft), "--format", "json", "--fail-on", "never")
    report = json.loads(out)
    draft_claims = [c for f in report["findings"] for c in f["claims"] if c["article"].startswith("draft-")]
    assert draft_claims
    assert all(c["as_of"] is None for c in draft_claims)
    assert not any(f["kind"] == "outdated" and not f["claims"][0]["article"].startswith("draft-")
                   for f in report["findings"])  # no source is called stale against the draft


def test_checklist_comes_first_in_markdown_and_counts_in_the_exit_status(runner: CliRunner,
                                                                        shipped: tuple[Path, Path],
                                                                        seed_draft: Path, tmp_path: Path) -> None:
    status, out, _ = invoke(runner, shipped, "compare", str(seed_draft), "--fail-on", "error")
    assert status == 1  # 'differs' is error-level
    assert out.index("## Draft checklist") < out.index("## Errors")
    assert "| 45 | **no source** |" in out
    only_supported = tmp_path / "supported.md"
    only_supported.write_text(SEED_DRAFT.split("\n\nSince 2020, deminers")[0] + "\n", encoding="utf-8")
    status, out, _ = invoke(runner, shipped, "compare", str(only_supported), "--format", "json", "--fail-on", "warning")
    assert checklist(json.loads(out)) == {"190,000 hectares": ("supported", [(NEWER, 190000)])}
    assert status == 0


def test_checklist_is_absent_from_the_corpus_report(runner: CliRunner, shipped: tuple[Path, Path]) -> None:
    status, out, _ = invoke(runner, shipped, "compare", "--format", "json", "--fail-on", "never")
    assert status == 0
    assert json.loads(out)["checklist"] == []


CAMP_FIRE_DRAFT = """---
title: Camp Fire death toll in Paradise, Butte County
---
The Camp Fire, the deadliest wildfire in California history, destroyed much of the town of Paradise in
Butte County. Butte County Sheriff Kory Honea said 85 people have died in the Camp Fire.

Earlier, the sheriff said 42 people had died in the Camp Fire in Paradise.

Another report said the Camp Fire has killed 120 people in Paradise.

Cal Fire said firefighters used 300 water tankers against the Camp Fire near Paradise.
"""


def test_checklist_on_a_draft_of_another_story(runner: CliRunner, tmp_path: Path) -> None:
    """A wildfire's toll against the real articles of tests/cases/camp-fire-2018: the final toll is
    supported, an early one stale, a toll no source gives differs, a figure no source has is unsupported."""
    folders = (tmp_path / "corpus", tmp_path / "claims")
    articles = sorted(str(p) for p in (REPO / "tests" / "cases" / "camp-fire-2018" / "articles").glob("*.md"))
    assert runner.invoke(main, ["add", *articles, "--corpus", str(folders[0])]).exit_code == 0
    draft = tmp_path / "draft.md"
    draft.write_text(CAMP_FIRE_DRAFT, encoding="utf-8")
    status, out, _ = invoke(runner, folders, "compare", str(draft), "--format", "json", "--fail-on", "never")
    assert status == 0
    found = {text: state for text, (state, _) in checklist(json.loads(out)).items()}
    assert found == {"85": "supported", "42": "stale", "120": "differs", "300": "unsupported"}
    stale = checklist(json.loads(out))["42"][1]
    assert [value for _, value in stale[:2]] == [85, 42]  # the figure to use, then the source that gave the draft's
