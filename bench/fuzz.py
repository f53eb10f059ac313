"""Fuzz the command line longer than CI does (issue #20), and say what was found.

    .venv/bin/python bench/fuzz.py --examples 2000 --seed 1 [--save DIR] [--real-process]

Plays hypothesis-made scenarios (tests/fuzzing: the shipped articles and claims, mutated, run
through add, extract, compare and claims) and prints the runs, the distinct inputs of each kind,
and each distinct crash with its smallest reproduction: the files and the commands. Each new crash
is shrunk by hypothesis, then the search goes on under another seed, passing over the crashes
already known. --save writes each reproduction to a folder with a run.sh that plays it.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterator
from itertools import count
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from hypothesis import HealthCheck, Verbosity, given, settings  # noqa: E402
from hypothesis import seed as hypothesis_seed  # noqa: E402
from tests.fuzzing import (  # noqa: E402
    Crash,
    Harness,
    InProcess,
    RealProcess,
    Scenario,
    Seeds,
    load_seeds,
    save_reproduction,
    scenarios,
)


def _crashes(group: BaseExceptionGroup[BaseException]) -> Iterator[Crash]:
    for error in group.exceptions:
        if isinstance(error, BaseExceptionGroup):
            yield from _crashes(error)
        elif isinstance(error, Crash):
            yield error


def explore(harness: Harness, seeds: Seeds, examples: int, seed: int) -> dict[str, Crash]:
    """Play scenarios until ``examples`` have been played (shrinking included); the smallest
    example of each distinct crash, by signature."""
    smallest: dict[str, Crash] = {}
    for search in count():
        left = examples - harness.tally.scenarios
        if left <= 0:
            break

        @hypothesis_seed(seed * 1000 + search)
        @settings(max_examples=left, deadline=None, database=None, verbosity=Verbosity.quiet,
                  suppress_health_check=list(HealthCheck))
        @given(scenarios(seeds))
        def probe(scenario: Scenario) -> None:
            harness.check(scenario, known=frozenset(smallest))

        try:
            probe()
        except* Crash as found:
            for crash in _crashes(found):
                smallest.setdefault(crash.problem.signature, crash)
        else:
            break
    return smallest


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=2000, help="scenarios to play, shrinking included")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--save", type=Path, help="write each crash's reproduction under this folder")
    parser.add_argument("--real-process", action="store_true",
                        help="run the installed factcheck executable (slow) instead of in this process")
    args = parser.parse_args()
    started = time.monotonic()
    seeds = load_seeds()
    harness = Harness(RealProcess() if args.real_process else InProcess())
    smallest = explore(harness, seeds, args.examples, args.seed)
    tally = harness.tally
    print(f"runs: {tally.runs} command lines in {tally.scenarios} scenarios, {time.monotonic() - started:.0f} s "
          f"(seed {args.seed})\n")
    print(tally.table(), "\n")
    print(f"crashes: {len(smallest)} distinct")
    for n, (signature, crash) in enumerate(sorted(smallest.items()), 1):
        print(f"\n--- crash {n}, in {tally.crashes[signature]} scenarios (shrinking included) ---\n{crash}")
        if args.save:
            folder = args.save / f"crash-{n}"
            folder.mkdir(parents=True, exist_ok=True)
            save_reproduction(crash.scenario, crash.problem, folder)
            print(f"(saved in {folder})")


if __name__ == "__main__":
    main()
