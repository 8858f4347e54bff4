"""SPARQL latency of the canned queries on graphs of 10 thousand and 1 million triples.

Run by hand (never timed in tests)::

    .venv/bin/python benchmarks/bench_sparql.py            # 10k and 1M triples
    .venv/bin/python benchmarks/bench_sparql.py --sizes 10000 --graph exports/graph.trig

The big graphs are made by replicating the seeds' graph: copy k of every
article, statement, deployment and non-country entity gets its IRI suffixed
with ``-copyk`` (countries stay shared, as in a real corpus), until the number of
triples is reached. They are loaded into an Oxigraph store on disk, which is
what ``kg query`` reads (:func:`kg.store.load_dataset` on a build folder), and
every canned query (``kg/queries/*.rq``) is run through :func:`kg.query.run_canned`,
with no parameter and with a typical one, each in a child process stopped
after ``--limit`` seconds (so a runaway query cannot stall the run). Printed per query: rows, the first
(cold) run and the median of the next runs (a query slower than 2 s is run
once), in wall time and in CPU time of this process: queries run in-process
on one core, so CPU time is what the query costs even when other work on the
machine inflates the wall time. ``--raw`` adds the CPU time of the same query
straight on pyoxigraph, to tell the store's share from the rdflib layer's.
Load times are printed too: bulk loading into Oxigraph, opening the store,
and (up to ``--rdflib-max`` triples) parsing the same graph as a TriG file
into memory with rdflib, which is what ``--graph FILE`` does.
"""
from __future__ import annotations

import argparse
import math
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
ID_BASE = "https://w3id.org/newskg/id/"
SHARED = (ID_BASE + "country/", ID_BASE + "graph/")
#: A typical value for each parameter name the canned queries declare.
PARAM_VALUES = {"entity": "Corée du Nord", "country": "États-Unis", "speaker": "États-Unis"}


def machine() -> str:
    """One line saying what the figures were measured on."""
    try:
        with open("/proc/meminfo") as f:
            mem_kb = int(next(line for line in f if line.startswith("MemTotal")).split()[1])
        mem = f"{mem_kb / 1024 / 1024:.0f} GB RAM"
    except (OSError, StopIteration, ValueError):
        mem = "? RAM"
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next(line for line in f if line.startswith("model name")).split(":", 1)[1].strip()
    except (OSError, StopIteration):
        pass
    import os

    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return (f"{os.cpu_count()} cores ({cpu}), {mem}, Python {platform.python_version()}, "
            f"{platform.system()}; load average at start {load} (other work skews the figures)")


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MB (Linux reports KB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def seeds_graph(path: str | Path | None, workdir: Path) -> Path:
    """The seeds' TriG graph: ``path`` if given, else built from seeds/ into ``workdir``."""
    if path:
        return Path(path)
    from kg.build import build

    print("building the seeds' graph (once)…", file=sys.stderr)
    out = workdir / "seeds-build"
    build([SEEDS], out)
    return out / "graph.trig"


def _rename(term, suffix: str):
    if isinstance(term, ox.NamedNode) and term.value.startswith(ID_BASE) and not term.value.startswith(SHARED):
        return ox.NamedNode(term.value + suffix)
    return term


def replicated_quads(source: list[ox.Quad], copies: int):
    """``copies`` renamed copies of ``source`` (copy 0 is the original).

    >>> q = ox.Quad(ox.NamedNode(ID_BASE + "person/a"), ox.NamedNode("http://p"),
    ...             ox.NamedNode(ID_BASE + "country/KP"), ox.NamedNode(ID_BASE + "article/x"))
    >>> [str(x.subject) for x in replicated_quads([q], 2)]
    ['<https://w3id.org/newskg/id/person/a>', '<https://w3id.org/newskg/id/person/a-copy1>']
    """
    for k in range(copies):
        suffix = f"-copy{k}" if k else ""  # not "-k": statement IRIs may end in "-2"
        for q in source:
            if not suffix:
                yield q
                continue
            yield ox.Quad(_rename(q.subject, suffix), q.predicate, _rename(q.object, suffix),
                          _rename(q.graph_name, suffix))


def read_quads(path: Path) -> list[ox.Quad]:
    return list(ox.parse(path=str(path), format=ox.RdfFormat.TRIG))


def copies_for(source: list[ox.Quad], triples: int) -> int:
    """How many copies of ``source`` give about ``triples`` distinct triples."""
    shared = sum(1 for q in source if isinstance(q.subject, ox.NamedNode) and q.subject.value.startswith(SHARED))
    per_copy = max(1, len(source) - shared)
    return max(1, math.ceil((triples - shared) / per_copy))


def make_store(source: list[ox.Quad], copies: int, path: Path) -> tuple[Path, int, int, float]:
    """An Oxigraph store at ``path`` of ``copies`` copies of ``source``; returns (path, quads, copies, load seconds)."""
    store = ox.Store(str(path))
    with Clock() as clock:
        store.bulk_extend(replicated_quads(source, copies))
        store.flush()
    seconds = clock.wall
    size = len(store)
    del store
    return path, size, copies, seconds


class Clock:
    """Wall and CPU time of a block; CPU time is what this process used, so
    other work on a busy machine inflates the wall time, not the CPU time."""

    def __enter__(self):
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc):
        self.wall = time.perf_counter() - self.wall
        self.cpu = time.process_time() - self.cpu


def time_query(ds, name: str, params: dict | None, runs: int) -> tuple[int, Clock, Clock]:
    """(rows, first run, median run by wall time of ``runs`` more; only the first when it took over 2 s)."""
    from kg.query import run_canned

    with Clock() as first:
        result = run_canned(ds, name, params)
    clocks = []
    for _ in range(runs if first.wall < 2 else 0):
        with Clock() as clock:
            run_canned(ds, name, params)
        clocks.append(clock)
    clocks.sort(key=lambda c: c.wall)
    rows = len(result.rows) if result.rows is not None else 0
    return rows, first, clocks[len(clocks) // 2] if clocks else first


def raw_oxigraph_ms(path: Path, name: str) -> float:
    """CPU ms of one run of canned query ``name`` straight on pyoxigraph (no rdflib layer)."""
    from kg.namespaces import PREFIXES
    from kg.query import canned_query

    store = ox.Store.read_only(str(path))
    text = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items()) + canned_query(name).text
    with Clock() as clock:
        for _ in store.query(text, use_default_graph_as_union=True):
            pass
    return clock.cpu * 1000


def query_figures(path: Path, name: str, params: dict | None, runs: int, raw: bool) -> dict:
    """Open the store at ``path`` and time one canned query (run in a child process)."""
    from kg.store import open_store, store_dataset

    ds = store_dataset(open_store(path))
    rows, first, median = time_query(ds, name, params, runs)
    figures = {"rows": rows, "first_ms": first.wall * 1000, "median_ms": median.wall * 1000,
               "median_cpu_ms": median.cpu * 1000}
    if raw and params is None:
        figures["raw_cpu_ms"] = raw_oxigraph_ms(path, name)
    return figures


def timed_child(path: Path, name: str, params: dict | None, runs: int, raw: bool, limit: float) -> dict | None:
    """:func:`query_figures` in a child process stopped after ``limit`` seconds (None then)."""
    import json

    command = [sys.executable, __file__, "--child", str(path), name, json.dumps(params), str(runs),
               str(int(raw))]
    try:
        child = subprocess.run(command, capture_output=True, text=True, timeout=limit)
    except subprocess.TimeoutExpired:
        return None
    if child.returncode != 0:
        raise SystemExit(f"{name} failed:\n{child.stderr[-2000:]}")
    return json.loads(child.stdout.strip().splitlines()[-1])


def bench_size(source: list[ox.Quad], triples: int, workdir: Path, runs: int, rdflib_parse: bool,
               raw: bool = False, limit: float = 120) -> None:
    from kg.query import canned_queries
    from kg.store import load_dataset, open_store, store_dataset

    path, size, copies, load_s = make_store(source, copies_for(source, triples), workdir / f"store-{triples}")
    print(f"\n== {size:,} quads ({copies} copies of the seeds' graph; target {triples:,})")
    print(f"bulk load into Oxigraph: {load_s:.2f} s wall ({size / load_s:,.0f} quads/s)", flush=True)
    started = time.perf_counter()
    ds = store_dataset(open_store(path))
    print(f"open the store read-only: {(time.perf_counter() - started) * 1000:.1f} ms")
    print(f"{'query':<22} {'param':<24} {'rows':>7} {'first ms':>9} {'median ms':>10} {'median cpu':>10}"
          + (f" {'raw ox cpu':>10}" if raw else ""))
    for name, query in canned_queries().items():
        variants = [None] + [{p.name: PARAM_VALUES[p.name]} for p in query.params if p.name in PARAM_VALUES]
        for params in variants:
            shown = ",".join(f"{k}={v}" for k, v in (params or {}).items()) or "-"
            f = timed_child(path, name, params, runs, raw, limit)
            if f is None:
                print(f"{name:<22} {shown:<24} {'?':>7} {'> ' + str(int(limit)) + ' s, stopped':>32}", flush=True)
                continue
            extra = f" {f['raw_cpu_ms']:>10.1f}" if "raw_cpu_ms" in f else ""
            print(f"{name:<22} {shown:<24} {f['rows']:>7,} {f['first_ms']:>9.1f} {f['median_ms']:>10.1f} "
                  f"{f['median_cpu_ms']:>10.1f}{extra}", flush=True)
    del ds
    if rdflib_parse:
        trig = workdir / f"graph-{triples}.trig"
        store = ox.Store.read_only(str(path))
        store.dump(output=str(trig), format=ox.RdfFormat.TRIG)
        del store
        with Clock() as parse:
            memory = load_dataset(trig)
        print(f"TriG file {trig.stat().st_size / 1e6:.1f} MB; rdflib parse (--graph FILE): "
              f"{parse.wall:.2f} s wall, {parse.cpu:.2f} s CPU; peak RSS so far {peak_rss_mb():,.0f} MB")
        rows, first, _ = time_query(memory, "deployment-claims", None, 0)
        print(f"  deployment-claims on the parsed file (rdflib's engine): {first.wall * 1000:.0f} ms wall, "
              f"{first.cpu * 1000:.0f} ms CPU, {rows:,} rows", flush=True)
        del memory


def main(argv=None) -> None:
    if argv is None and len(sys.argv) > 1 and sys.argv[1] == "--child":
        import json

        path, name, params, runs, raw = sys.argv[2:7]
        print(json.dumps(query_figures(Path(path), name, json.loads(params), int(runs), raw == "1")))
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--graph", help="the seeds' graph.trig (default: build seeds/ in a temporary folder)")
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 1_000_000],
                        help="graph sizes in triples (default: 10000 1000000)")
    parser.add_argument("--runs", type=int, default=5, help="timed runs per query after the first (default 5)")
    parser.add_argument("--rdflib-max", type=int, default=100_000,
                        help="also parse graphs up to this many triples as TriG files with rdflib "
                        "(default 100000; rdflib is far too slow at 1M)")
    parser.add_argument("--raw", action="store_true",
                        help="also time each query without parameters straight on pyoxigraph, "
                        "to tell the store's time from the rdflib layer's")
    parser.add_argument("--limit", type=float, default=120,
                        help="stop a query (all its runs) after this many seconds (default 120)")
    args = parser.parse_args(argv)
    print(f"machine: {machine()}")
    print(f"pyoxigraph {ox.__version__ if hasattr(ox, '__version__') else ''}".strip())
    with tempfile.TemporaryDirectory(prefix="bench-sparql-") as tmp:
        workdir = Path(tmp)
        source = read_quads(seeds_graph(args.graph, workdir))
        print(f"seeds' graph: {len(source):,} quads")
        for size in args.sizes:
            bench_size(source, size, workdir, args.runs, size <= args.rdflib_max, args.raw, args.limit)
    print(f"\npeak RSS: {peak_rss_mb():,.0f} MB")


if __name__ == "__main__":
    main()
