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
a ``-copyk`` suffix per copy; countries stay shared, as in a real corpus), loads
each into an Oxigraph store on disk (what ``kg query`` reads) and into an
rdflib in-memory Dataset (what ``--graph FILE`` gives), and times every
canned query (``kg/queries/*.rq``, no parameters) on both with
``ds.query`` as ``kg query`` runs it (union default graph, newskg prefixes;
rows fetched), so the figures are the engines' and not kg.query's own
parsing and formatting: one cold run, then the median of the next runs (a
single run when it takes over 20 s). The store is queried in a child process
(times are measured there, so they exclude the round trip), which is killed
when a query runs past ``--limit`` seconds (default 300): Oxigraph computes in
Rust, which no Python signal interrupts. rdflib's engine is pure Python, so an
interval timer (``signal.setitimer``) stops it in this process. A stopped
query shows as "> 300 000 (stopped)" and gets no warm runs on that engine.
After each size come the load times (Oxigraph bulk load, rdflib parse) and
the peak resident memory of this process (``ru_maxrss``: the benchmark and
rdflib's Dataset) and of the store's child process (its own ``VmHWM``).
"""
from __future__ import annotations

import argparse
import multiprocessing
import os
import platform
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
KG = Path(sys.executable).parent / "kg"


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
    from benchmarks.bench_sparql import read_quads, seeds_graph

    return read_quads(seeds_graph(None, workdir))


def replicate(source, triples: int):
    """Copies of ``source`` with per-copy IRIs (see ``bench_sparql.py``), about ``triples`` quads."""
    from benchmarks.bench_sparql import copies_for, replicated_quads

    return replicated_quads(source, copies_for(source, triples))


def answer(ds, text: str) -> int:
    """Run ``text`` as ``kg query`` does (union default graph, newskg prefixes); rows."""
    from kg.namespaces import PREFIXES

    ds.default_union = True
    return sum(1 for _ in ds.query(text, initNs=PREFIXES))


class Stopped(BaseException):
    """A query ran past the time limit (not an Exception: rdflib must not catch it)."""


@contextmanager
def time_limit(seconds: float):
    """Raise :class:`Stopped` in the main thread after ``seconds``, then every
    second until the block ends (rdflib has bare ``except:`` that may swallow one)."""
    def stop(signum, frame):
        raise Stopped

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds, 1.0)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def on_rdflib(ds, text: str, limit: float) -> tuple[float, int]:
    """Seconds and rows of ``text`` on ``ds``, :class:`Stopped` after ``limit`` s."""
    with time_limit(limit):
        started = time.perf_counter()
        rows = answer(ds, text)
        return time.perf_counter() - started, rows


def own_peak_mb() -> float:
    """Peak resident memory of this process's own image: ru_maxrss would also count
    the parent's memory, which the child had between fork and exec."""
    status = Path("/proc/self/status").read_text()
    return int(status.split("VmHWM:")[1].split()[0]) / 1024


def store_worker(store_dir: str, conn) -> None:
    """Child process: open the store as ``kg query`` does, answer each query text sent."""
    from kg.store import load_dataset

    ds = load_dataset(store_dir)
    conn.send("ready")
    for text in iter(conn.recv, None):
        started = time.perf_counter()
        rows = answer(ds, text)
        conn.send((time.perf_counter() - started, rows, own_peak_mb()))


class OnStore:
    """Queries on the store in a child process, killed (and restarted for the next
    query) after ``limit`` seconds: Oxigraph's Rust code does not see Python signals."""

    def __init__(self, store_dir: Path, limit: float):
        self.store_dir, self.limit, self.process, self.peak = str(store_dir), limit, None, 0.0

    def __call__(self, text: str) -> tuple[float, int]:
        if self.process is None:
            context = multiprocessing.get_context("spawn")
            self.conn, child = context.Pipe()
            self.process = context.Process(target=store_worker, args=(self.store_dir, child))
            self.process.start()
            self.conn.recv()  # store open: the clock starts with the query
        self.conn.send(text)
        if not self.conn.poll(self.limit):
            self.close()
            raise Stopped
        seconds, rows, peak = self.conn.recv()
        self.peak = max(self.peak, peak)
        return seconds, rows

    def close(self) -> None:
        if self.process is not None:
            self.process.kill()
            self.process.join()
            self.process = None


def timed(run, runs: int, slow: float = 20.0) -> tuple[float, float, int] | None:
    """Cold seconds, median of the warm runs (the cold one when slow), rows;
    None when ``run`` (giving seconds and rows) was stopped."""
    try:
        cold, rows = run()
        warm = [run()[0] for _ in range(runs if cold < slow else 0)]
    except Stopped:
        return None
    return cold, statistics.median(warm) if warm else cold, rows


def ms(figures, limit: float) -> tuple[str, str]:
    """Cold and warm cells of :func:`timed`'s figures."""
    if figures is None:
        return f"> {limit * 1e3:,.0f} (stopped)".replace(",", " "), "–"
    return f"{figures[0] * 1e3:.0f}", f"{figures[1] * 1e3:.0f}"


def speed_up(store, rdflib, limit: float) -> str:
    """rdflib's warm time over the store's; a bound when one was stopped."""
    if store is None:
        return "?" if rdflib is None else f"< {rdflib[1] / limit:.2g}×"
    ratio = (rdflib[1] if rdflib else limit) / max(store[1], 1e-6)
    return f"{'> ' if rdflib is None else ''}{ratio:.{0 if ratio >= 10 else 1}f}×"


def bench_sparql(sizes: list[int], runs: int, limit: float, workdir: Path) -> None:
    import pyoxigraph as ox
    from rdflib import Dataset

    from benchmarks.bench_sparql import peak_rss_mb

    source = seeds_quads(workdir)
    queries = {p.stem: p.read_text(encoding="utf-8") for p in sorted((ROOT / "kg/queries").glob("*.rq"))}
    print(f"\nSPARQL latency, Oxigraph store vs rdflib in memory ({machine()}), "
          f"{limit:g} s at most per query")
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
        on_store = OnStore(store_dir, limit)
        count = len(in_memory)
        print("\n| triples | query | rows | store cold (ms) | store warm (ms) | rdflib cold (ms) "
              "| rdflib warm (ms) | speed-up (warm) |")
        print("|---:|---|---:|---:|---:|---:|---:|---:|")
        for name, text in queries.items():
            store = timed(lambda: on_store(text), runs)
            rdflib = timed(lambda: on_rdflib(in_memory, text, limit), runs)
            rows = store[2] if store else rdflib[2] if rdflib else "?"
            same = "" if not (store and rdflib) or store[2] == rdflib[2] else f" (rdflib: {rdflib[2]} rows)"
            print(f"| {count} | {name} | {rows}{same} | {' | '.join(ms(store, limit))} "
                  f"| {' | '.join(ms(rdflib, limit))} | {speed_up(store, rdflib, limit)} |", flush=True)
        print(f"| {count} | *loading* | | bulk load {store_load:.1f} s | | parse {rdflib_load:.1f} s | | |",
              flush=True)
        on_store.close()
        print(f"\nAfter {count} triples: peak RSS {peak_rss_mb():.0f} MB in this process (rdflib), "
              f"{on_store.peak:.0f} MB in the store's child process.", flush=True)
        in_memory = None  # freed before the next size


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="what", required=True)
    b = sub.add_parser("build", help="build throughput and peak memory")
    b.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 100_000])
    b.add_argument("--modes", nargs="+", choices=list(MODES), default=list(MODES))
    s = sub.add_parser("sparql", help="canned queries: store vs rdflib in memory")
    s.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    s.add_argument("--runs", type=int, default=3, help="warm runs per query (default 3)")
    s.add_argument("--limit", type=float, default=300, metavar="SECONDS",
                   help="time limit per query run on each engine (default 300)")
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
            bench_sparql(args.sizes, args.runs, args.limit, workdir)


if __name__ == "__main__":
    main()
