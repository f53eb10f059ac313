"""`factcheck extract --dask-scheduler`: extraction on a Dask cluster (a LocalCluster of worker
processes here) writes the same claims files a local run does."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck import cluster
from factcheck.cli import main
from tests.conftest import snapshot

distributed = pytest.importorskip("distributed", reason="dask.distributed is not installed (pip install '.[dask]')")


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) \
            as cluster:
        yield cluster.scheduler_address


def test_extract_on_a_dask_cluster_writes_what_a_local_run_writes(runner: CliRunner, shipped: tuple[Path, Path],
                                                                  scheduler: str, tmp_path: Path) -> None:
    corpus, _ = shipped
    local, remote = tmp_path / "local", tmp_path / "remote"
    assert runner.invoke(main, ["extract", "--corpus", str(corpus), "--claims", str(local)]).exit_code == 0
    args = ["extract", "--dask-scheduler", scheduler, "--corpus", str(corpus), "--claims", str(remote)]
    result = runner.invoke(main, args)
    assert result.exit_code == 0, result.output
    assert sorted(line.split(":")[0] for line in result.output.splitlines()) == sorted(
        f"extracted {remote / p.name}" for p in local.glob("*.json"))
    assert snapshot(remote) == snapshot(local)
    assert runner.invoke(main, args).output == "all 2 articles already current: nothing extracted\n"


def test_an_unreachable_scheduler_is_one_line_and_exit_2(runner: CliRunner, shipped: tuple[Path, Path],
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cluster, "CONNECT_TIMEOUT", "1s")
    corpus, claims = shipped
    (claims / sorted(p.name for p in claims.glob("*.json"))[0]).unlink()
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    result = runner.invoke(main, ["extract", "--dask-scheduler", f"tcp://127.0.0.1:{port}", "--corpus",
                                  str(corpus), "--claims", str(claims)])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"Error: cannot reach the Dask scheduler at tcp://127.0.0.1:{port} (")
    assert result.stderr.count("\n") == 1


def test_workers_and_a_scheduler_together_are_refused(runner: CliRunner, shipped: tuple[Path, Path]) -> None:
    corpus, claims = shipped
    result = runner.invoke(main, ["extract", "--workers", "2", "--dask-scheduler", "tcp://127.0.0.1:1",
                                  "--corpus", str(corpus), "--claims", str(claims)])
    assert (result.exit_code, result.stderr) == (2, "Error: --workers and --dask-scheduler: give one (the "
                                                    "cluster's workers do the parsing)\n")
