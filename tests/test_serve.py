"""`factcheck serve` (issue #18): the newsroom page and its JSON API through Starlette's test client,
on a copy of the shipped corpus and the real pipeline: every route and its errors, the token, the
body limit, escaping, and two editors comparing at once."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner
from starlette.testclient import TestClient

from factcheck.cli import main
from factcheck.serve import make_app
from tests.test_checklist import SEED_DRAFT

DRAFT_TEXT = SEED_DRAFT.split("---\n", 2)[2]


@pytest.fixture
def client(shipped: tuple[Path, Path]) -> TestClient:
    corpus, claims = shipped
    with TestClient(make_app(corpus, claims, None)) as made:
        yield made


def test_serve_page_lists_the_corpus_and_its_forms(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert "Landmine Decontamination Actions in Karabagh" in page.text
    assert 'action="/compare"' in page.text
    assert 'action="/articles"' in page.text


def test_serve_api_compare_returns_the_report_of_a_draft_and_stores_nothing(client: TestClient,
                                                                            shipped: tuple[Path, Path]) -> None:
    before = sorted(p.name for p in shipped[0].iterdir())
    answer = client.post("/api/compare", json={"title": "Mine clearance in Karabakh, a briefing", "text": DRAFT_TEXT})
    assert answer.status_code == 200
    report = answer.json()
    assert report["schema"] == "factcheck.report/1"
    assert sorted(item["status"] for item in report["checklist"]) == ["differs", "stale", "supported", "unsupported"]
    assert sorted(p.name for p in shipped[0].iterdir()) == before


@pytest.mark.parametrize(("body", "status", "error"), [
    (b"{not json", 400, "the body is not JSON"),
    (b"[1, 2]", 400, "the body is not a JSON object"),
    (json.dumps({"title": "x"}).encode(), 422, "missing field 'text'"),
    (json.dumps({"text": 5}).encode(), 422, "field 'text' must be a string"),
    (json.dumps({"text": "   "}).encode(), 422, "the draft is empty"),
])
def test_serve_api_compare_refuses_bad_requests_in_one_line(client: TestClient, body: bytes, status: int,
                                                            error: str) -> None:
    answer = client.post("/api/compare", content=body, headers={"Content-Type": "application/json"})
    assert answer.status_code == status
    assert answer.json()["error"].startswith(error)
    assert "\n" not in answer.json()["error"]


def test_serve_api_articles_lists_and_adds(client: TestClient) -> None:
    listed = client.get("/api/articles").json()
    assert {a["id"] for a in listed} == {"landmine-decontamination-actions-in-karabagh",
                                        "the-post-war-landmine-issue-in-karabakh"}
    assert all(isinstance(a["claims"], int) and a["claims"] > 0 for a in listed)
    added = client.post("/api/articles", json={"title": "Floods cut off villages", "published": "2024-06-03",
                                                "text": "Floods have cut off 40 villages, officials said."})
    assert added.status_code == 201
    assert added.json() == [{"id": "floods-cut-off-villages", "outcome": "added"}]
    assert len(client.get("/api/articles").json()) == 3


def test_serve_api_articles_gives_add_s_line_when_it_refuses(client: TestClient) -> None:
    refused = client.post("/api/articles", json={"title": "Undated", "text": "Some 40 villages were cut off."})
    assert refused.status_code == 422
    assert "no published date found" in refused.json()["error"]
    assert client.post("/api/articles", json={}).status_code == 422


def test_serve_form_shows_the_report_with_everything_escaped(client: TestClient) -> None:
    page = client.post("/compare", data={"title": "<script>alert(1)</script>", "text": DRAFT_TEXT})
    assert page.status_code == 200
    assert "Draft checklist" in page.text
    assert "<script>alert(1)</script>" not in page.text
    assert "&lt;script&gt;" in page.text


def test_serve_token_is_required_on_every_request_when_set(shipped: tuple[Path, Path]) -> None:
    with TestClient(make_app(*shipped, None, token="s3cret")) as guarded:
        assert guarded.get("/").status_code == 401
        assert guarded.get("/api/articles", headers={"Authorization": "Bearer wrong"}).status_code == 401
        assert guarded.get("/api/articles", headers={"Authorization": "Bearer s3cret"}).status_code == 200


def test_serve_refuses_a_body_over_the_limit(shipped: tuple[Path, Path]) -> None:
    with TestClient(make_app(*shipped, None, limit=1000)) as small:
        answer = small.post("/api/compare", json={"text": "x" * 2000})
        assert answer.status_code == 413


def test_serve_two_editors_comparing_at_once_both_get_their_reports(client: TestClient) -> None:
    results: list[int] = []

    def ask() -> None:
        results.append(client.post("/api/compare", json={"text": DRAFT_TEXT}).status_code)

    threads = [threading.Thread(target=ask) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [200, 200]


def test_serve_will_not_listen_beyond_this_machine_without_a_token(runner: CliRunner, monkeypatch: pytest.MonkeyPatch,
                                                                    tmp_path: Path) -> None:
    monkeypatch.delenv("FACTCHECK_TOKEN", raising=False)
    result = runner.invoke(main, ["serve", "--host", "0.0.0.0", "--corpus", str(tmp_path)])
    assert result.exit_code == 2
    assert result.stderr.strip() == ("Error: listening on 0.0.0.0 needs a token: give --token or set "
                                     "FACTCHECK_TOKEN")
