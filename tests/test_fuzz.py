"""The command line under fuzzing (issue #20), on CI's budget: mutated corpus articles, drafts,
added files, claims files and claims indexes, every run checked against what the command line
promises (tests/fuzzing/harness.py). A crash fails the test with its smallest reproduction;
``bench/fuzz.py`` runs the same harness longer."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.fuzzing import Harness, InProcess, RealProcess, Seeds, load_seeds, scenarios

REPRODUCIBLE = settings(deadline=None, derandomize=True, database=None, suppress_health_check=list(HealthCheck))


@pytest.fixture(scope="module")
def seeds() -> Seeds:
    return load_seeds()


@pytest.mark.slow
@settings(REPRODUCIBLE, max_examples=600)
@given(data=st.data())
def test_fuzz_cli_keeps_its_promises(seeds: Seeds, data: st.DataObject) -> None:
    Harness(InProcess()).check(data.draw(scenarios(seeds), label="scenario"))


@pytest.mark.slow
@settings(REPRODUCIBLE, max_examples=3)
@given(data=st.data())
def test_fuzz_cli_keeps_its_promises_as_a_real_process(seeds: Seeds, data: st.DataObject) -> None:
    Harness(RealProcess()).check(data.draw(scenarios(seeds), label="scenario"))
