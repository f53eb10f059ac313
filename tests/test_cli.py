"""The command line: help on every command, and plain refusals for what is not built yet."""

from __future__ import annotations

import subprocess
import sys

import pytest
from click.testing import CliRunner

from factcheck.cli import main

COMMANDS = ["add", "extract", "compare", "claims", "quantities"]


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("flag", ["-h", "--help"])
def test_cli_every_command_has_help_with_an_example(runner: CliRunner, command: str, flag: str) -> None:
    result = runner.invoke(main, [command, flag])
    assert result.exit_code == 0
    assert "Example:" in result.output
    for option in ("--corpus", "--claims", "--model"):
        assert option in result.output


def test_cli_unknown_option_is_a_usage_error(runner: CliRunner) -> None:
    result = runner.invoke(main, ["compare", "--format", "pdf"])
    assert result.exit_code == 2
    assert "Invalid value for '--format'" in result.stderr


def test_cli_python_dash_m_is_the_same_program() -> None:
    done = subprocess.run([sys.executable, "-m", "factcheck", "--version"], capture_output=True, text=True,
                          check=False)
    assert done.returncode == 0
    assert done.stdout.startswith("factcheck, version ")


def test_cli_help_does_not_import_spacy() -> None:
    code = "import sys; from factcheck.cli import main; main(['--help'], standalone_mode=False); " \
           "print('spacy' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip().endswith("False")
