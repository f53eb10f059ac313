"""A fuzzer for the command line (issue #20): seeds from the shipped corpus, mutated every way a
user's files can be wrong, run through ``add``, ``extract``, ``compare`` and ``claims``, each run
checked against what the command line promises. ``tests/test_fuzz.py`` runs it on a CI budget,
``bench/fuzz.py`` on a long one."""

from tests.fuzzing.harness import Crash, Harness, InProcess, RealProcess, save_reproduction
from tests.fuzzing.inputs import Scenario, Seeds, load_seeds, scenarios

__all__ = ["Crash", "Harness", "InProcess", "RealProcess", "Scenario", "Seeds", "load_seeds", "save_reproduction",
           "scenarios"]
