"""Playing a scenario in a fresh folder and checking every run against what the command line
promises: exit status 0, 1 or 2; no traceback and no 'Error: unexpected ...' line; status 1 only
with findings at or above --fail-on; nothing written outside corpus/, claims/ and the report;
corpus/ untouched unless an ``add`` succeeded; every claims file written is strict JSON."""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import logging
import os
import re
import shlex
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import traceback
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import factcheck
from tests.fuzzing.inputs import CLAIMS, CORPUS, REPORT, Input, Scenario

PACKAGE = Path(factcheck.__file__).parent

TIMEOUT = 20.0  # seconds of CPU a run may take before it counts as a hang (they take one or two)
UNEXPECTED = "Error: unexpected "
TRACEBACK = "Traceback (most recent call last)"
LOCK = ".factcheck.lock"
SEVERITIES = {"error": {"error"}, "warning": {"error", "warning"}, "never": set()}


@dataclass(frozen=True)
class Run:
    """What one command line did; ``status`` is None when it did not end in time."""

    args: tuple[str, ...]
    status: int | None
    stdout: str = ""
    stderr: str = ""
    error: BaseException | None = None
    trace: str = ""


class _Hang(BaseException):
    """Raised by a timer in a run that takes too long; not an Exception, so the CLI lets it by."""


@contextlib.contextmanager
def _time_limit(seconds: float) -> Iterator[None]:
    """Stop the block after ``seconds`` of CPU time (a loop), or ten times that of wall-clock time
    (a wait): CPU time, so that a busy machine is not taken for a hang."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def ring(signum: int, frame: object) -> None:
        raise _Hang(f"more than {seconds:.0f} s of CPU" if signum == signal.SIGPROF else
                    f"more than {10 * seconds:.0f} s")

    timers = ((signal.SIGPROF, signal.ITIMER_PROF, seconds), (signal.SIGALRM, signal.ITIMER_REAL, 10 * seconds))
    previous = [signal.signal(sig, ring) for sig, _, _ in timers]
    for _, timer, limit in timers:
        signal.setitimer(timer, limit)
    try:
        yield
    finally:
        for (sig, timer, _), handler in zip(timers, previous, strict=True):
            signal.setitimer(timer, 0)
            signal.signal(sig, handler)


class InProcess:
    """Runs the command line in this process with click's CliRunner (the spaCy model stays
    loaded); with ``debug``, an unexpected exception escapes with its traceback."""

    def __init__(self, debug: bool = False, timeout: float = TIMEOUT) -> None:
        self.debug, self.timeout = debug, timeout

    def __call__(self, args: tuple[str, ...], cwd: Path) -> Run:
        from click.testing import CliRunner

        from factcheck.cli import main

        argv = ["--debug", *args] if self.debug else list(args)
        logging.disable(logging.CRITICAL)  # what libraries log stays out of sight, as it does from the executable
        try:
            with contextlib.chdir(cwd), _time_limit(self.timeout):
                result = CliRunner().invoke(main, argv)
        except _Hang as hang:
            return Run(args, None, error=hang, trace=_trace(hang))
        finally:
            logging.disable(logging.NOTSET)
        error = None if isinstance(result.exception, SystemExit) else result.exception
        return Run(args, result.exit_code, result.stdout, result.stderr, error, _trace(error) if error else "")


class RealProcess:
    """Runs the installed ``factcheck`` executable, for the exit status a shell would see."""

    def __init__(self, executable: Path | None = None, timeout: float = 3 * TIMEOUT) -> None:
        self.executable = executable or Path(sys.executable).with_name("factcheck")
        self.timeout = timeout

    def __call__(self, args: tuple[str, ...], cwd: Path) -> Run:
        try:
            done = subprocess.run([str(self.executable), *args], cwd=cwd, capture_output=True, timeout=self.timeout,
                                  stdin=subprocess.DEVNULL, check=False)
        except subprocess.TimeoutExpired:
            return Run(args, None)
        out, err = (stream.decode("utf-8", "replace") for stream in (done.stdout, done.stderr))
        return Run(args, done.returncode, out, err)


Backend = Callable[[tuple[str, ...], Path], Run]


@dataclass(frozen=True)
class Problem:
    """A broken promise: ``signature`` names the bug (two problems with one signature are one
    crash), ``detail`` what was seen."""

    signature: str
    detail: str = ""
    hidden: bool = False  # an exception the CLI turned into an 'Error: unexpected ...' line


def snapshot(root: Path) -> dict[str, str]:
    """Every path below ``root``: a file's digest, 'folder', or a symlink's target."""
    found = {}
    for folder, dirs, files in os.walk(root):
        for name in dirs + files:
            path = Path(folder, name)
            key = path.relative_to(root).as_posix()
            if path.is_symlink():
                found[key] = f"link to {os.readlink(path)}"
            elif path.is_dir():
                found[key] = "folder"
            else:
                found[key] = hashlib.sha1(path.read_bytes()).hexdigest()
    return found


def _reject(constant: str) -> Any:
    raise ValueError(f"{constant} is not JSON")


def strict_json(data: bytes) -> Any:
    """The JSON document in ``data``: UTF-8, without NaN or Infinity; else ValueError."""
    return json.loads(data.decode("utf-8"), parse_constant=_reject)


def _our_frames(error: BaseException) -> list[traceback.FrameSummary]:
    """The traceback's frames from the first one in factcheck's own code on (all when none is)."""
    frames = traceback.extract_tb(error.__traceback__)
    first = next((n for n, f in enumerate(frames) if Path(f.filename).is_relative_to(PACKAGE)), 0)
    return frames[first:]


def _where(frame: traceback.FrameSummary) -> str:
    path = Path(frame.filename)
    return path.relative_to(PACKAGE.parent).as_posix() if path.is_relative_to(PACKAGE.parent) \
        else "/".join(path.parts[-2:])


def _origin(error: BaseException) -> str:
    """Where an exception was raised: the innermost frame in factcheck's own code."""
    frames = _our_frames(error)
    ours = [f for f in frames if Path(f.filename).is_relative_to(PACKAGE)] or frames[-1:]
    return f"{_where(ours[-1])}:{ours[-1].name}" if ours else "?"


def _trace(error: BaseException) -> str:
    """The exception and the frames it passed through from factcheck's code on, one line each."""
    frames = _our_frames(error)
    shown = [f for f in frames[:-1] if Path(f.filename).is_relative_to(PACKAGE)] + frames[-1:]
    lines = [f"  {_where(f)}:{f.lineno} in {f.name}: {(f.line or '').strip()}" for f in shown]
    return "\n".join([f"{type(error).__name__}: {error}", *lines])


def _unexpected(line: str) -> str:
    """The bug an 'Error: unexpected <Type> while <step>: ...' line names, file names left out."""
    found = re.match(r"Error: unexpected (\S+?)(?: while (.+?))?: ", line)
    if not found:
        return "unexpected error"
    step = re.sub(r"\S*[/.]\S*", "<file>", found.group(2) or "")
    return f"unexpected {found.group(1)}" + (f" while {step}" if step else "")


def _report_problems(run: Run, root: Path) -> list[str]:
    """What is wrong with compare's report given its exit status (0 or 1)."""
    fail_on = run.args[run.args.index("--fail-on") + 1]
    try:
        report = strict_json((root / REPORT).read_bytes())
        checked = {"differs": "error", "stale": "warning", "unsupported": "warning", "supported": "info"}
        severities = [finding["severity"] for finding in report["findings"]] + \
            [checked[item["status"]] for item in report["checklist"]]  # a draft's figures count as findings do
    except (OSError, ValueError, KeyError, TypeError) as err:
        return [f"exit status {run.status} without a whole JSON report ({type(err).__name__}: {err})"]
    failing = sum(severity in SEVERITIES[fail_on] for severity in severities)
    if run.status == 1 and not failing:
        return [f"exit status 1 without a finding or draft figure at or above --fail-on {fail_on}"]
    if run.status == 0 and failing:
        return [f"exit status 0 with {failing} findings at or above --fail-on {fail_on}"]
    return []


def _printed_traceback(text: str) -> str:
    """The bug a printed traceback shows: its exception type and factcheck's innermost function."""
    tail = text[text.rindex(TRACEBACK):]
    ours = re.findall(r'File "([^"]*factcheck/[^"]*)", line \d+, in (\S+)', tail)
    kind = next((line.split(":")[0] for line in reversed(tail.splitlines()) if re.match(r"\w[\w.]*(:|$)", line)), "?")
    where = f"{'/'.join(Path(ours[-1][0]).parts[-2:])}:{ours[-1][1]}" if ours else "?"
    return f"{kind} printed as a traceback from {where}"


def _outcome_problems(run: Run, root: Path) -> list[Problem]:
    """What the run's exit status and output break: the first of a crash, or each smaller problem."""
    command = run.args[0]
    if run.status is None:
        stuck = f" (stopped in {_origin(run.error)})" if run.error else ""
        return [Problem(f"{command}: no answer within the time limit{stuck}", run.trace)]
    if run.error is not None:  # the same bug whichever command met it
        return [Problem(f"{type(run.error).__name__} escaped from {_origin(run.error)}", run.trace)]
    output = run.stdout + run.stderr
    if TRACEBACK in output:
        return [Problem(_printed_traceback(output), output[-4000:])]
    lines = run.stderr.splitlines()
    unexpected = [Problem(f"{command}: {_unexpected(line)}", line, hidden=True) for line in lines
                  if line.startswith(UNEXPECTED)]
    if unexpected:
        return unexpected
    if run.status not in (0, 1, 2):
        return [Problem(f"{command}: exit status {run.status}", run.stderr)]
    if run.status == 2 and not any(line.startswith("Error: ") for line in lines):
        return [Problem(f"{command}: exit status 2 without an 'Error:' line", run.stderr)]
    if command == "compare" and run.status in (0, 1):
        return [Problem(f"{command}: {what}") for what in _report_problems(run, root)]
    if run.status == 1:
        return [Problem(f"{command}: exit status 1, which only compare's findings may give", run.stderr)]
    return []


def _file_problems(run: Run, before: dict[str, str], after: dict[str, str], root: Path) -> list[Problem]:
    """What the run changed that it should not have, or left broken."""
    command = run.args[0]
    found = []
    for path in sorted(p for p in before.keys() | after.keys() if before.get(p) != after.get(p)):
        top, now = path.split("/")[0], after.get(path, "")
        is_file = now not in ("", "folder") and not now.startswith("link to ")
        if top not in (CORPUS, CLAIMS) and path != REPORT:
            found.append(Problem(f"{command}: changed a file outside corpus/, claims/ and the report", path))
        elif top == CORPUS and path not in (CORPUS, f"{CORPUS}/{LOCK}") and (command, run.status) != ("add", 0):
            found.append(Problem(f"{command}: changed corpus/ without adding an article", path))
        if path.endswith(".tmp") and is_file and path not in before:
            found.append(Problem(f"{command}: left a temporary file behind", path))
        if top == CLAIMS and path.endswith(".json") and is_file:
            try:
                strict_json((root / path).read_bytes())
            except ValueError as err:
                found.append(Problem(f"{command}: wrote a claims file that is not strict JSON", f"{path}: {err}"))
    return found


def check(run: Run, before: dict[str, str], after: dict[str, str], root: Path) -> list[Problem]:
    """The promises one run broke: in its exit status and output, then in the files."""
    return _outcome_problems(run, root) + _file_problems(run, before, after, root)


def play(scenario: Scenario, backend: Backend) -> tuple[list[Run], list[Problem]]:
    """The scenario's runs in a fresh folder (its working directory), up to the first one with problems."""
    runs: list[Run] = []
    with tempfile.TemporaryDirectory(prefix="factcheck-fuzz-") as tmp:
        root = Path(tmp)
        for item in scenario.inputs:
            item.write(root)
        for step in scenario.steps:
            if step.code:
                with contextlib.chdir(root), contextlib.suppress(OSError, sqlite3.Error):
                    exec(step.code, {})
                continue
            before = snapshot(root)
            runs.append(backend(step.args, root))
            problems = check(runs[-1], before, snapshot(root), root)
            if problems:
                return runs, problems
    return runs, []


def diagnose(scenario: Scenario, problems: list[Problem]) -> list[Problem]:
    """The problems, each 'unexpected' line replaced by the exception behind it (its type and the
    function that raised it, with the traceback), from the scenario played again with --debug."""
    if not any(p.hidden for p in problems):
        return problems
    _, again = play(scenario, InProcess(debug=True))
    escaped = next((p for p in again if " escaped from " in p.signature), None)
    if escaped is None:
        return problems
    return [Problem(escaped.signature, f"with --debug: {escaped.detail}") if p.hidden else p
            for p in problems]


class Crash(AssertionError):
    """A run broke a promise of the command line; the message says how to see it again."""

    def __init__(self, message: str, problem: Problem, scenario: Scenario) -> None:
        super().__init__(message)
        self.problem, self.scenario = problem, scenario


@functools.cache
def crash_type(signature: str) -> type[Crash]:
    """One exception class per signature, so that hypothesis shrinks each crash to its own example."""
    return type("Crash", (Crash,), {"__module__": __name__, "signature": signature})


def _shown(data: bytes, most: int = 2400) -> str:
    if len(data) <= most:
        return repr(data)
    return f"{data[:most // 2]!r} ... [{len(data) - most} bytes] ... {data[-most // 4:]!r}"


def _described(item: Input) -> str:
    if item.shape == "folder":
        return f"{item.path}/  (a folder)"
    if item.shape == "link":
        return f"{item.path} -> {item.data.decode()}  (a symlink)"
    return f"{item.path}  ({len(item.data)} bytes): {_shown(item.data)}"


def reproduction(scenario: Scenario, runs: list[Run], problem: Problem) -> str:
    """How to see the problem again: the files, the commands, and what they did."""
    lines = [problem.signature, "", "in an empty folder, these files:"]
    lines += [f"  {_described(item)}" for item in scenario.inputs if item.shape != "absent"] or ["  (none)"]
    lines.append("then:")
    ran = 0
    for step in scenario.steps:
        if ran == len(runs):
            break  # the steps after the run that broke a promise were not played
        ran += bool(step.args)
        lines.append(f"  $ factcheck {shlex.join(step.args)}" if step.args
                     else "  $ python3 - <<'EOF'\n" + "".join(f"    {line}\n" for line in step.code.splitlines())
                     + "  EOF")
    last = runs[-1] if runs else None
    if last is not None:
        lines += ["", f"exit status {last.status}; stderr: {last.stderr[-1500:].strip() or '(empty)'}"]
    if problem.detail:
        lines += ["", problem.detail[-4000:]]
    return "\n".join(lines)


def save_reproduction(scenario: Scenario, problem: Problem, folder: Path) -> None:
    """The scenario's files in ``folder`` with a ``run.sh`` that plays its steps there."""
    for item in scenario.inputs:
        item.write(folder)
    script = ["#!/bin/sh", f"# {problem.signature}", "# plays the steps in this folder (once: they change it)",
              'cd "$(dirname "$0")"']
    for step in scenario.steps:
        script.append(f"${{FACTCHECK:-factcheck}} {shlex.join(step.args)}" if step.args
                      else f"python3 - <<'EOF'\n{step.code}EOF")
    (folder / "run.sh").write_text("\n".join(script) + "\n", encoding="utf-8")
    (folder / "run.sh").chmod(0o755)


@dataclass
class Tally:
    """What was tried (runs, and distinct inputs of each kind with how they were made) and found."""

    scenarios: int = 0
    runs: int = 0
    distinct: dict[str, set[str]] = field(default_factory=dict)
    made: dict[str, Counter[str]] = field(default_factory=dict)
    crashes: Counter[str] = field(default_factory=Counter)

    def add(self, scenario: Scenario, runs: list[Run], problems: list[Problem]) -> None:
        self.scenarios += 1
        self.runs += len(runs)
        for kind, key, made in scenario.cases:
            self.distinct.setdefault(kind, set()).add(key)
            self.made.setdefault(kind, Counter()).update(made)
        self.crashes.update({p.signature for p in problems})

    def table(self, variants: int = 12) -> str:
        """Distinct inputs by kind, each with its most frequent ways of being made."""
        lines = [f"{'kind of input':<16} {'distinct':>8}  most often made by"]
        for kind in sorted(self.distinct):
            common = ", ".join(f"{name} {n}" for name, n in self.made[kind].most_common(variants))
            lines.append(f"{kind:<16} {len(self.distinct[kind]):>8}  {common}")
        return "\n".join(lines)


class Harness:
    """Plays scenarios with one backend, checks them, and keeps the tally."""

    def __init__(self, backend: Backend) -> None:
        self.backend, self.tally = backend, Tally()

    def check(self, scenario: Scenario, known: frozenset[str] = frozenset()) -> None:
        """Raise the crash of the scenario's first problem not in ``known``."""
        runs, problems = play(scenario, self.backend)
        problems = diagnose(scenario, problems)
        self.tally.add(scenario, runs, problems)
        for problem in problems:
            if problem.signature not in known:
                raise crash_type(problem.signature)(reproduction(scenario, runs, problem), problem, scenario)
