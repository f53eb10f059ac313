"""The claims store: stable bytes, atomic writes, and clear refusals of files it cannot trust."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck import store
from factcheck.corpus import parse_article
from factcheck.errors import ClaimsError
from factcheck.models import ArticleInfo, Citation, Claim, ClaimsFile

ARTICLE = b"---\ntitle: Floods\npublished: 2024-05\n---\nAt least 40 people died.[1]\n\n## Notes\n\n" \
          b"[1] Agency, https://example.org/f, 3 May 2024.\n"


def make_claims(article_id: str = "floods", sha: str = "abc", pipeline: str = "p") -> ClaimsFile:
    claim = Claim(id=f"{article_id}#1", text="40 people", value=40, unit="count", dimension="count",
                  qualifier="at_least", low=40, measured="people died", sentence="At least 40 people died.[1]",
                  start=9, end=18, as_of="2024-05", as_of_source="citation",
                  citation=Citation(marker="1", text="Agency, https://example.org/f, 3 May 2024.",
                                    url="https://example.org/f", date="2024-05-03"))
    info = ArticleInfo(id=article_id, title="Floods", published="2024-05", path="corpus/floods.md", sha256=sha,
                       pipeline=pipeline)
    return ClaimsFile(article=info, claims=(claim,))


def test_store_round_trips_and_writes_stable_bytes(tmp_path: Path) -> None:
    claims = make_claims()
    path = store.write(tmp_path, claims)
    first = path.read_bytes()
    assert store.read(path) == claims
    store.write(tmp_path, store.read(path))
    assert path.read_bytes() == first
    data = json.loads(first)
    assert list(data) == ["schema", "article", "terms", "asides", "acronyms", "claims"]
    assert data["schema"] == "factcheck.claims/1"
    assert data["claims"][0]["value"] == 40
    assert isinstance(data["claims"][0]["value"], int)
    assert [p.name for p in tmp_path.iterdir()] == ["floods.json"]


def test_store_claims_are_current_only_for_the_same_bytes_and_pipeline(tmp_path: Path) -> None:
    path = tmp_path / "floods.md"
    article = parse_article(ARTICLE, path, "floods")
    claims = make_claims(sha=article.sha256, pipeline="factcheck 1 / model 1")
    assert store.is_current(claims, article, "factcheck 1 / model 1")
    assert not store.is_current(claims, article, "factcheck 2 / model 1")
    changed = parse_article(ARTICLE.replace(b"40", b"41"), path, "floods")
    assert not store.is_current(claims, changed, "factcheck 1 / model 1")


def test_store_pipeline_label_names_factcheck_and_model() -> None:
    label = store.pipeline_label("en_core_web_sm 3.8.0")
    assert label.startswith("factcheck 0.1.0+")
    assert label.endswith(" / en_core_web_sm 3.8.0")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"schema": "factcheck.claims/1", "article": {', "{path}: not JSON (Expecting property name enclosed in "
                                                          "double quotes at line 1)"),
        ("[1, 2]", "{path}: not a JSON object"),
        ('{"schema": "factcheck.claims/7"}', "{path}: schema factcheck.claims/7 is newer than this factcheck reads "
                                              "(factcheck.claims/1); upgrade factcheck to read this"),
        ('{"schema": "something/1"}', "{path}: schema is 'something/1', expected 'factcheck.claims/1'"),
    ],
)
def test_store_refuses_unreadable_claims_files(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "x.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ClaimsError) as caught:
        store.read(path)
    assert str(caught.value) == message.format(path=path)


def test_store_validation_errors_name_the_place(tmp_path: Path) -> None:
    data = json.loads(store.dumps(make_claims()))
    data["claims"][0]["value"] = "many"
    path = tmp_path / "x.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ClaimsError) as caught:
        store.read(path)
    assert str(caught.value) == f"{path}: [claims -> 0 -> value] input should be a valid number, " \
                                "unable to parse string as a number"


@pytest.mark.parametrize(("mask", "mode"), [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)])
def test_store_writes_files_with_the_mode_the_umask_gives(tmp_path: Path, mask: int, mode: int) -> None:
    """A shared newsroom folder can read what factcheck writes: the mode a plain new file would get."""
    import os
    import stat

    from factcheck.files import atomic_write

    old = os.umask(mask)
    try:
        atomic_write(tmp_path / "a.json", b"{}")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "a.json").stat().st_mode) == mode
