"""Shared fixtures: the repository, the shared folder beside it, and a CLI runner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from spacy.language import Language

from factcheck import index

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The real spaCy pipeline, loaded once for the session."""
    from factcheck.nlp import load_model

    return load_model()


def copy_shipped(folder: Path) -> tuple[Path, Path]:
    """The shipped corpus and claims copied into ``folder`` as a clean clone has them (no lock,
    no claims index)."""
    import shutil

    corpus, claims = folder / "corpus", folder / "claims"
    ignore = shutil.ignore_patterns(".factcheck.lock", index.NAME + "*")
    shutil.copytree(REPO / "corpus", corpus, ignore=ignore)
    shutil.copytree(REPO / "claims", claims, ignore=ignore)
    return corpus, claims


@pytest.fixture
def shipped(tmp_path: Path) -> tuple[Path, Path]:
    """A copy of the shipped corpus and claims, to run commands on without touching the repository."""
    return copy_shipped(tmp_path)


def invoke(runner: CliRunner, folders: tuple[Path, Path], *args: str) -> tuple[int, str, str]:
    """A command run on a corpus and claims folder: (exit status, stdout, stderr)."""
    from factcheck.cli import main

    corpus, claims = folders
    result = runner.invoke(main, [*args, "--corpus", str(corpus), "--claims", str(claims)])
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def seeds() -> Path:
    if not (SEEDS / "metadata.json").is_file():
        pytest.skip(f"the seed articles are not at {SEEDS}")
    return SEEDS


@pytest.fixture
def seed_metadata(seeds: Path) -> list[dict[str, str | None]]:
    return json.loads((seeds / "metadata.json").read_text(encoding="utf-8"))["articles"]


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file below ``folder`` with its bytes (but the lock file and the claims index, a
    cache), to show that nothing changed."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and p.name not in (".factcheck.lock", index.NAME)}


def assert_rows(got: list[tuple[object, ...]], expected: list[tuple[object, ...]], numbers: range) -> None:
    """Golden rows match: the columns in ``numbers`` approximately (None only where None is
    expected), the others exactly."""
    assert len(got) == len(expected), got
    for have, want in zip(got, expected, strict=True):
        for column, (h, w) in enumerate(zip(have, want, strict=True)):
            if column in numbers and w is not None:
                assert h == pytest.approx(w), (have, want)
            else:
                assert h == w, (have, want)
