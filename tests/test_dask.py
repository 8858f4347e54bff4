"""`--executor dask`: extraction on a Dask cluster gives the graph of a local build."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

import kg.sync
from kg.build import BuildError, build
from kg.cli import main
from kg.export import serialize
from kg.serve import free_port

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def cluster():
    """Two worker processes on the loopback, for this module only."""
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
        host="127.0.0.1", death_timeout=60,
    ) as running:
        yield running


def test_dask_build_equals_local_build(cluster, seeds_dir, seeds_build, tmp_path, monkeypatch):
    loaded = []
    original = kg.sync._load

    def spy(store, data, path, bulk=False):
        loaded.append((path, bulk))
        return original(store, data, path, bulk)

    monkeypatch.setattr(kg.sync, "_load", spy)
    out = tmp_path / "out"
    result = build([seeds_dir], out, executor="dask", scheduler=cluster.scheduler_address,
                   batch_size=2, keep_records=True)
    assert result.extracted == 5
    assert result.records == seeds_build.records
    for name in ("graph.trig", "graph.ttl"):
        assert (out / name).read_bytes() == (seeds_build.out_dir / name).read_bytes()
    assert serialize(result.dataset, "nquads") == serialize(seeds_build.dataset, "nquads")
    # article partitions went through N-Quads files and bulk_load, then were cleaned up
    parts = [path for path, bulk in loaded if bulk]
    assert parts and all(p.parent.name == "partitions" for p in parts)
    assert not (out / "partitions").exists()


def test_cli_dask_build_with_a_scheduler_address(cluster, seeds_dir, seeds_build, tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(main, [
        "build", str(seeds_dir), "-o", str(out), "--executor", "dask",
        "--scheduler", cluster.scheduler_address,
    ])
    assert result.exit_code == 0, result.output
    assert (out / "graph.trig").read_bytes() == (seeds_build.out_dir / "graph.trig").read_bytes()


def test_unreachable_scheduler_is_a_clear_error(seeds_dir, tmp_path):
    with pytest.raises(BuildError, match="cannot reach the Dask scheduler"):
        build([seeds_dir], tmp_path / "out", executor="dask",
              scheduler=f"tcp://127.0.0.1:{free_port()}")


def test_scheduler_without_dask_executor_is_a_usage_error(seeds_dir, tmp_path):
    result = CliRunner().invoke(main, ["build", str(seeds_dir), "--scheduler", "tcp://x:1"])
    assert result.exit_code == 2 and "--executor dask" in result.output
