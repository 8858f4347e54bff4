"""Read speed at a million triples: each read command against pyoxigraph itself (issue 16's table).

Run by hand (never timed in tests), one heavy job at a time::

    flock /tmp/heavy.lock .venv/bin/python benchmarks/bench_read.py --sizes 1000000

The store is made as in ``bench_sparql.py`` (renamed copies of the seeds'
graph, bulk-loaded into an Oxigraph store on disk, in a build-like folder).
Every figure is the best of ``--runs`` whole-process runs (wall time) of the
real ``kg`` command, or of the same work done in a few lines of pyoxigraph
(the anchor), measured in the same run. In-process times are the best of
``--runs`` calls in one process after a first (cold) one.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import bench_sparql as base  # noqa: E402

PY = sys.executable
SPEAKER = "person/lloyd-austin"


def best_process(args: list[str], runs: int, limit: float = 600, code: str | None = None) -> float | None:
    """Best wall time of ``runs`` runs of ``python args…`` (None: over ``limit`` s), with the
    ``kg`` of the checkout ``code`` if given (else this one's)."""
    best = None
    env = {**os.environ, "PYTHONPATH": code} if code else None
    for _ in range(runs):
        started = time.perf_counter()
        try:
            subprocess.run([PY, *args], check=True, capture_output=True, timeout=limit, cwd=code, env=env)
        except subprocess.TimeoutExpired:
            return None
        took = time.perf_counter() - started
        best = took if best is None else min(best, took)
    return best


def best_call(call, runs: int) -> float:
    call()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        call()
        times.append(time.perf_counter() - started)
    return min(times)


def anchor_script(store: Path, query: str, substitution: str | None) -> str:
    subs = (f", substitutions={{ox.Variable('speaker'): ox.NamedNode({substitution!r})}}"
            if substitution else "")
    return (f"import pyoxigraph as ox; from kg.prefixes import QUERY_PREFIXES as P\n"
            f"s = ox.Store.read_only({str(store)!r})\n"
            f"for r in s.query({query!r}, prefixes=P, use_default_graph_as_union=True{subs}): tuple(r)\n")


def fmt(seconds: float | None, unit: str = "s") -> str:
    if seconds is None:
        return "stopped"
    return f"{seconds * 1000:.0f} ms" if unit == "ms" else f"{seconds:.2f} s"


ROWS = ("query", "canned", "claims", "graph", "view", "startup")


def bench(source, triples: int, workdir: Path, runs: int, only=ROWS, before: str | None = None) -> None:
    from kg.prefixes import ID, QUERY_PREFIXES
    from kg.query import canned_queries, run_canned, stream_query

    folder = workdir / f"build-{triples}"
    folder.mkdir()
    path, size, copies, load_s = base.make_store(source, base.copies_for(source, triples), folder / "store")
    disk = sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
    print(f"\n### {size:,} quads ({copies} copies of the seeds' graph)\n")
    print(f"bulk load {load_s:.1f} s; store on disk {disk / 1e6:.0f} MB\n")
    store = ox.Store.read_only(str(path))
    g = str(folder)
    rows = []
    speaker = ID + SPEAKER
    who = canned_queries()["who-said-what"].text

    def ours():
        r = stream_query(store, who, {"speaker": SPEAKER}, canned_queries()["who-said-what"].params)
        return sum(1 for _ in r.solutions)

    def anchor():
        return sum(1 for _ in store.query(who, prefixes=QUERY_PREFIXES, use_default_graph_as_union=True,
                                          substitutions={ox.Variable("speaker"): ox.NamedNode(speaker)}))
    if "query" in only:
        n = ours()
        rows.append((f"who-said-what --param speaker={SPEAKER} ({n} rows), in process",
                     fmt(best_call(ours, runs), "ms"), fmt(best_call(anchor, runs), "ms")))
        rows.append(("the same, whole `kg query` process",
                     fmt(best_process(["-m", "kg", "query", "who-said-what", "-p", f"speaker={SPEAKER}", "-g", g], runs)),
                     fmt(best_process(["-c", anchor_script(path, who, speaker)], runs))))
    for name, query in canned_queries().items() if "canned" in only else ():
        count = len(run_canned(store, name).solutions)

        def ours_all(name=name):
            return sum(1 for _ in stream_query(store, query.text).solutions)

        def anchor_all(text=query.text):
            return sum(1 for _ in store.query(text, prefixes=QUERY_PREFIXES, use_default_graph_as_union=True))
        a, b = best_call(ours_all, runs), best_call(anchor_all, runs)
        rows.append((f"{name}, all {count:,} rows, in process", fmt(a, "ms"), f"{fmt(b, 'ms')} (× {a / b:.2f})"))
    claims = ["-m", "kg", "claims", "-g", g]
    focus = ["-m", "kg", "view", "--focus", SPEAKER, "-g", g, "-o", str(workdir / "v.html")]
    if "claims" in only:
        text = canned_queries()["deployment-claims"].text
        rows.append(("`kg claims` process", fmt(best_process(claims, runs)),
                     f"{fmt(best_process(['-c', anchor_script(path, text, None)], runs))} (deployment-claims, all rows)"))
    if "graph" in only:
        rows.append(("`kg graph stats` process", fmt(best_process(["-m", "kg", "graph", "stats", "-g", g], 1)), "—"))
        rows.append(("`kg graph central --top 5` process",
                     fmt(best_process(["-m", "kg", "graph", "central", "--top", "5", "-g", g], 1)), "—"))
    if "view" in only:
        took = best_process(focus, 1, 300)
        size = (workdir / "v.html").stat().st_size / 1e6 if took else 0
        rows.append((f"`kg view --focus {SPEAKER}` process (page {size:.1f} MB)", fmt(took), "—"))
    if "startup" in only:
        start = best_process(["-c", "import pyoxigraph"], runs)
        rows.append(("`kg --help` process", fmt(best_process(["-m", "kg", "--help"], runs)),
                     f"{fmt(start)} (python -c 'import pyoxigraph')"))
        rows.append(("`kg query --list` process", fmt(best_process(["-m", "kg", "query", "--list"], runs)), "—"))
    if before:  # the same commands with another checkout's kg, on the same store, in the same run
        if "claims" in only:
            rows.append((f"`kg claims` process, {before}", fmt(best_process(claims, runs, code=before)), "—"))
        if "view" in only:
            rows.append((f"`kg view --focus {SPEAKER}` process, {before}",
                         fmt(best_process(focus, 1, 300, code=before)), "—"))
    print("| measure | newskg | pyoxigraph alone |\n|---|---:|---:|")
    for row in rows:
        print("| " + " | ".join(row) + " |", flush=True)
    del store


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--graph", help="the seeds' graph.trig (default: build seeds/)")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000_000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--only", nargs="+", choices=ROWS, default=ROWS, help="the rows to measure")
    parser.add_argument("--before", metavar="DIR",
                        help="also run `kg claims` and `kg view --focus` with the kg of this checkout "
                        "(e.g. the main branch), to compare before and after a change")
    args = parser.parse_args()
    print(f"machine: {base.machine()}")
    with tempfile.TemporaryDirectory(prefix="bench-read-") as tmp:
        workdir = Path(tmp)
        source = base.read_quads(base.seeds_graph(args.graph, workdir))
        for size in args.sizes:
            bench(source, size, workdir, args.runs, args.only, args.before)


if __name__ == "__main__":
    main()
