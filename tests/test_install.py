"""The project installs, with its declared dependencies only, into a fresh environment made with the
pip that Python ships (not the one the development environment upgraded), and what it imports is
there: an HTML page is read (trafilatura -> jusText -> lxml.html.clean, a separate project since
lxml 6), the model loads, and a comparison runs. Slow: it downloads from the package index, or its
cache; CI runs it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.slow

PAGE = """<!DOCTYPE html><html><head><title>Floods in the delta</title>
<meta property="article:published_time" content="2024-09-02T08:00:00Z"></head><body>
<article><h1>Floods in the delta</h1>
<p>Floods have killed 120 people in the delta since August 1, 2024, officials said.</p>
<p>More than 4,000 homes were destroyed, the disaster agency said on Sunday.</p>
</article></body></html>"""


def test_install_into_a_fresh_environment_with_the_pip_python_ships(tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    shipped = subprocess.run([str(venv / "bin" / "pip"), "--version"], capture_output=True, text=True, check=True)
    env = {**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    source = tmp_path / "source"  # what a source distribution holds; the build leaves the checkout alone
    shutil.copytree(REPO / "src", source / "src", ignore=shutil.ignore_patterns("*.egg-info", "__pycache__"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(REPO / name, source / name)
    installed = subprocess.run([str(venv / "bin" / "pip"), "install", "--quiet", str(source)], capture_output=True,
                               text=True, timeout=1200, env=env)
    assert installed.returncode == 0, f"{shipped.stdout}{installed.stderr[-3000:]}"

    factcheck = str(venv / "bin" / "factcheck")
    page = tmp_path / "floods.html"
    page.write_text(PAGE, encoding="utf-8")
    corpus, claims = tmp_path / "corpus", tmp_path / "claims"
    added = subprocess.run([factcheck, "add", "--corpus", str(corpus), str(page)], capture_output=True, text=True,
                           timeout=300, cwd=tmp_path)
    assert added.returncode == 0, added.stderr
    assert "Floods have killed 120 people" in (corpus / "floods-in-the-delta.md").read_text(encoding="utf-8")

    compared = subprocess.run([factcheck, "compare", "--corpus", str(corpus), "--claims", str(claims),
                               "--format", "json", "--fail-on", "never"], capture_output=True, text=True,
                              timeout=300, cwd=tmp_path)
    assert compared.returncode == 0, compared.stderr
    assert '"findings"' in compared.stdout
    assert sorted(p.name for p in claims.glob("*.json")) == ["floods-in-the-delta.json"]
