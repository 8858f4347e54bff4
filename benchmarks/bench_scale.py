"""Scale benchmarks: build throughput and peak memory; SPARQL on the store vs rdflib.

Run by hand (never timed in tests); both print a Markdown table.

    # builds of 1 000 generated articles: one process, --jobs 2, a local Dask cluster
    .venv/bin/python benchmarks/bench_scale.py build --sizes 1000 10000
    # every canned query, Oxigraph store vs rdflib in memory, same run
    .venv/bin/python benchmarks/bench_scale.py sparql --sizes 100000 1000000

``build`` generates the corpus with ``benchmarks/make_corpus.py`` (seed
sentences recombined: not real news) and runs ``kg build --no-files`` in a
fresh output folder for each mode, as a child process whose peak memory is
the largest sum of the resident memory of it and all its children (workers,
Dask scheduler and nannies), sampled every 0.2 s.

``sparql`` makes graphs of the requested sizes by replicating the seeds'
built graph (article, statement, deployment and non-country entity IRIs get
a ``-k`` suffix per copy; countries stay shared, as in a real corpus), loads
each into an Oxigraph store on disk (what ``kg query`` reads) and into an
rdflib in-memory Dataset (what ``--graph FILE`` gives), and times every
canned query (``kg/queries/*.rq``, no parameters) on both with
``ds.query`` as ``kg query`` runs it (union default graph, newskg prefixes;
rows fetched), so the figures are the engines' and not kg.query's own
parsing and formatting: one cold run, then the median of the next runs (a
single run when rdflib takes over 20 s).
"""
from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
KG = Path(sys.executable).parent / "kg"
ID_BASE = "https://w3id.org/newskg/id/"
SHARED = (ID_BASE + "country/", ID_BASE + "graph/")


def machine() -> str:
    memory = psutil.virtual_memory().total / 2**30
    return f"{platform.machine()}, {os.cpu_count()} cores, {memory:.0f} GB RAM, Python {platform.python_version()}"


# -- build throughput ---------------------------------------------------------

MODES = {
    "single process": ["--jobs", "1"],
    "--jobs 2": ["--jobs", "2"],
    "local Dask (2 workers)": ["--executor", "dask", "--jobs", "2"],
}


def run_measured(command: list[str]) -> tuple[float, float, int]:
    """Seconds, peak MB of the process tree, exit status of ``command``."""
    started = time.perf_counter()
    process = psutil.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0.0
    done = threading.Event()

    def sample():
        nonlocal peak
        while not done.is_set():
            try:
                tree = [process, *process.children(recursive=True)]
                rss = sum(p.memory_info().rss for p in tree if p.is_running())
                peak = max(peak, rss)
            except psutil.Error:
                pass
            time.sleep(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = process.communicate()
    done.set()
    sampler.join()
    if process.returncode:
        sys.stderr.write(err.decode("utf-8", "replace")[-2000:])
    return time.perf_counter() - started, peak / 2**20, process.returncode


def bench_build(sizes: list[int], modes: list[str], workdir: Path) -> None:
    from benchmarks.make_corpus import make_corpus

    print(f"\nBuild throughput ({machine()})\n")
    print("| articles | mode | seconds | articles/s | peak memory (MB) |")
    print("|---:|---|---:|---:|---:|")
    for size in sizes:
        corpus = workdir / f"corpus-{size}"
        if not corpus.exists():
            make_corpus(size, corpus)
        for mode in modes:
            out = workdir / f"out-{size}-{mode.replace(' ', '_')}"
            command = [str(KG), "build", str(corpus), "-o", str(out), "--no-files",
                       "--no-progress", *MODES[mode]]
            seconds, peak, status = run_measured(command)
            note = "" if status == 0 else f" (exit {status})"
            print(f"| {size} | {mode}{note} | {seconds:.0f} | {size / seconds:.1f} | {peak:.0f} |",
                  flush=True)


# -- SPARQL latency -------------------------------------------------------------


def seeds_quads(workdir: Path):
    import pyoxigraph as ox

    from kg.build import build

    out = workdir / "seeds"
    build([ROOT / "seeds"], out)
    return list(ox.parse(path=str(out / "graph.trig"), format=ox.RdfFormat.TRIG))


def _rename(term, suffix: str):
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode) and term.value.startswith(ID_BASE) \
            and not term.value.startswith(SHARED):
        return ox.NamedNode(term.value + suffix)
    return term


def replicate(source, triples: int):
    """Copies of ``source`` with per-copy IRIs, until about ``triples`` quads."""
    import pyoxigraph as ox

    per_copy = len(source)
    copies = max(1, round(triples / per_copy))
    for k in range(copies):
        suffix = f"-{k}" if k else ""
        for q in source:
            graph = q.graph_name
            if isinstance(graph, ox.NamedNode) and graph.value == ID_BASE + "graph/entities":
                yield ox.Quad(_rename(q.subject, suffix), q.predicate, _rename(q.object, suffix), graph)
            else:
                yield ox.Quad(_rename(q.subject, suffix), q.predicate, _rename(q.object, suffix),
                              _rename(graph, suffix))


def answer(ds, text: str) -> int:
    """Run ``text`` as ``kg query`` does (union default graph, newskg prefixes); rows."""
    from kg.namespaces import PREFIXES

    ds.default_union = True
    return sum(1 for _ in ds.query(text, initNs=PREFIXES))


def timed(function, runs: int, slow: float = 20.0) -> tuple[float, float, int]:
    """Cold seconds, median of the warm runs (the cold one when slow), rows."""
    started = time.perf_counter()
    result = function()
    cold = time.perf_counter() - started
    warm = []
    for _ in range(runs if cold < slow else 0):
        started = time.perf_counter()
        function()
        warm.append(time.perf_counter() - started)
    return cold, statistics.median(warm) if warm else cold, result


def bench_sparql(sizes: list[int], runs: int, workdir: Path) -> None:
    import pyoxigraph as ox
    from rdflib import Dataset

    from kg.store import load_dataset

    source = seeds_quads(workdir)
    queries = {p.stem: p.read_text(encoding="utf-8") for p in sorted((ROOT / "kg/queries").glob("*.rq"))}
    print(f"\nSPARQL latency, Oxigraph store vs rdflib in memory ({machine()})\n")
    print("| triples | query | rows | store cold (ms) | store warm (ms) | rdflib cold (ms) "
          "| rdflib warm (ms) | speed-up (warm) |")
    print("|---:|---|---:|---:|---:|---:|---:|---:|")
    for size in sizes:
        nq = workdir / f"graph-{size}.nq"
        ox.serialize(replicate(source, size), output=str(nq), format=ox.RdfFormat.N_QUADS)
        store_dir = workdir / f"store-{size}"
        started = time.perf_counter()
        store = ox.Store(str(store_dir))
        store.bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS)
        store.flush()
        del store
        store_load = time.perf_counter() - started
        started = time.perf_counter()
        in_memory = Dataset()
        in_memory.parse(str(nq), format="nquads")
        rdflib_load = time.perf_counter() - started
        on_store = load_dataset(store_dir)
        count = len(in_memory)
        for name, text in queries.items():
            s_cold, s_warm, s_rows = timed(lambda: answer(on_store, text), runs)
            r_cold, r_warm, r_rows = timed(lambda: answer(in_memory, text), runs)
            same = "" if s_rows == r_rows else f" (rdflib: {r_rows} rows)"
            print(f"| {count} | {name} | {s_rows}{same} | {s_cold * 1e3:.0f} | {s_warm * 1e3:.0f} "
                  f"| {r_cold * 1e3:.0f} | {r_warm * 1e3:.0f} | {r_warm / max(s_warm, 1e-6):.0f}× |",
                  flush=True)
        print(f"| {count} | *loading* | | bulk load {store_load:.1f} s | | parse {rdflib_load:.1f} s | | |",
              flush=True)
        del in_memory, on_store


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="what", required=True)
    b = sub.add_parser("build", help="build throughput and peak memory")
    b.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 100_000])
    b.add_argument("--modes", nargs="+", choices=list(MODES), default=list(MODES))
    s = sub.add_parser("sparql", help="canned queries: store vs rdflib in memory")
    s.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    s.add_argument("--runs", type=int, default=3, help="warm runs per query (default 3)")
    for p in (b, s):
        p.add_argument("--workdir", type=Path, default=None,
                       help="folder for corpora, stores and outputs (default: a temporary one)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as tmp:
        workdir = args.workdir or Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        if args.what == "build":
            bench_build(args.sizes, args.modes, workdir)
        else:
            bench_sparql(args.sizes, args.runs, workdir)


if __name__ == "__main__":
    main()
