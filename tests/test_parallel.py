"""--jobs N: extraction in worker processes, streamed, with the same result."""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from click.testing import CliRunner

from kg.build import build
from kg.cli import main
from kg.export import serialize
from kg.parallel import LocalPool, batched, default_jobs, ordered_map


def test_parallel_build_equals_single_process_build(seeds_dir, seeds_build, tmp_path, monkeypatch):
    """Two workers, batches of two articles: same records, same order, same graph;
    the same workers extract and then map the store's partitions to RDF."""
    submitted, starts, original = [], [], LocalPool.submit

    def submit(self, function, *args):
        submitted.append(function.__name__)
        starts.append(self._pool is None)
        return original(self, function, *args)

    monkeypatch.setattr(LocalPool, "submit", submit)
    result = build([seeds_dir], tmp_path / "out", jobs=2, batch_size=2, keep_records=True)
    assert submitted.count("extract_batch") == 3 and "partition_nquads" in submitted
    assert starts.count(True) == 1  # one pool for both
    assert result.extracted == 5 and result.timings["nlp"] > 0
    assert [r.article.id for r in result.records] == [r.article.id for r in seeds_build.records]
    assert result.records == seeds_build.records
    for name in ("graph.trig", "graph.ttl"):
        assert (tmp_path / "out" / name).read_bytes() == (seeds_build.out_dir / name).read_bytes()
    assert serialize(result.dataset, "nquads") == serialize(seeds_build.dataset, "nquads")


def test_input_is_read_only_as_fast_as_workers_take_it():
    pulled = []

    def articles():
        for number in range(1000):
            pulled.append(number)
            yield number

    with ThreadPoolExecutor(2) as pool:
        results = ordered_map(lambda batch: pool.submit(sum, batch), batched(articles(), 10), 4)
        first = next(results)
        assert first == sum(range(10))
        assert len(pulled) <= 10 * 5  # 4 batches in flight, plus the one being cut
        assert sum(results) + first == sum(range(1000))


def test_results_keep_input_order_whatever_finishes_first():
    import time

    def slow_first(batch):
        time.sleep(0.05 if batch[0] == 0 else 0)
        return batch

    with ThreadPoolExecutor(4) as pool:
        out = list(ordered_map(lambda b: pool.submit(slow_first, b), batched(range(20), 3), 4))
    assert [x for batch in out for x in batch] == list(range(20))


def test_default_jobs_is_every_core():
    assert default_jobs() >= 1


def test_cli_jobs_option_builds(seeds_dir, seeds_build, tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(seeds_dir), "-o", str(out), "--jobs", "2"])
    assert result.exit_code == 0, result.output
    assert (out / "graph.trig").read_bytes() == (seeds_build.out_dir / "graph.trig").read_bytes()


def test_cli_rejects_zero_jobs(seeds_dir, tmp_path):
    result = CliRunner().invoke(main, ["build", str(seeds_dir), "-o", str(tmp_path), "-j", "0"])
    assert result.exit_code == 2 and "Traceback" not in result.output
