"""Read speed at 1 and 10 million triples: each read command against pyoxigraph itself (issue 16's table).

Run by hand (never timed in tests), one heavy job at a time::

    flock /tmp/heavy.lock .venv/bin/python benchmarks/bench_read.py --sizes 1000000 10000000

The store is made as in ``bench_sparql.py`` (renamed copies of the seeds'
graph, bulk-loaded into an Oxigraph store on disk, in a build-like folder);
the table gives its load time and size on disk. Every figure is measured in
a child process stopped after ``--limit`` seconds ("stopped" then), so one
slow cell cannot stall the run:

* *in process*: the best of ``--runs`` calls inside one process after a
  first (cold) one; with ``--runs 1`` (the default above 2 million triples)
  the one cold call;
* *process*: the best of ``--runs`` whole runs of the real ``kg`` command
  (wall time, Python start and imports included).

The anchor is the same work done in a few lines of pyoxigraph, measured in
the same run: for a parameter, the canned query with the value written into
it by hand as ``VALUES`` (the fastest way pyoxigraph offers; its
``substitutions=`` API is shown next to it), for every canned query the same
text run by ``Store.query``.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import bench_sparql as base  # noqa: E402

PY = sys.executable
ROOT = Path(__file__).resolve().parent.parent
#: Parameterised canned queries with a value that has few rows in every copy
#: (countries are shared by all copies, so a country has rows in each).
PARAMS = [
    ("who-said-what", "speaker", "person:lloyd-austin"),
    ("statements-about", "entity", "place:koursk"),
    ("articles-mentioning", "entity", "person:lloyd-austin"),
    ("actors-by-country", "country", "country:US"),
]

#: Times ``ours``/``anchor`` (Python source of a function of ``store``) in a child.
_TIMER = """
import json, sys, time
import pyoxigraph as ox
from kg.prefixes import QUERY_PREFIXES as P, expand
from kg.query import canned_queries, stream_query
store = ox.Store.read_only(sys.argv[1])
runs = int(sys.argv[2])
{setup}
def call():
    return {call}
n = call() if runs > 1 else None
best = None
for _ in range(runs):
    t = time.perf_counter(); n = call(); took = time.perf_counter() - t
    best = took if best is None else min(best, took)
print(json.dumps([n, best]))
"""


def in_child(store: Path, setup: str, call: str, runs: int, limit: float):
    """(rows, best seconds) of ``call`` in a child process, or None when it ran past ``limit``."""
    script = _TIMER.format(setup=setup, call=call)
    try:
        done = subprocess.run([PY, "-c", script, str(store), str(runs)], check=True, capture_output=True,
                              text=True, timeout=limit, cwd=ROOT)
    except subprocess.TimeoutExpired:
        return None
    return json.loads(done.stdout.strip().splitlines()[-1])


def best_process(args: list[str], runs: int, limit: float) -> float | None:
    """Best wall time of ``runs`` runs of ``python args…`` (None: over ``limit`` s)."""
    best = None
    for _ in range(runs):
        started = time.perf_counter()
        try:
            subprocess.run([PY, *args], check=True, capture_output=True, timeout=limit, cwd=ROOT)
        except subprocess.TimeoutExpired:
            return None
        took = time.perf_counter() - started
        best = took if best is None else min(best, took)
    return best


def fmt(seconds: float | None, unit: str = "s", limit: float | None = None) -> str:
    if seconds is None:
        return f"stopped (> {limit:g} s)" if limit else "stopped"
    return f"{seconds * 1000:.1f} ms" if unit == "ms" and seconds < 0.1 else (
        f"{seconds * 1000:.0f} ms" if unit == "ms" else f"{seconds:.2f} s")


def ratio(a, b) -> str:
    return f" (× {a / b:.2f})" if a is not None and b else ""


def values_text(name: str, var: str, value: str) -> str:
    """The canned query with ``value`` written into it as VALUES, as a pyoxigraph user would."""
    from kg.prefixes import expand
    from kg.query import canned_queries

    text = canned_queries()[name].text
    return text.replace("WHERE {", f"WHERE {{ VALUES ?{var} {{ <{expand(value)}> }}", 1)


def bench(source, triples: int, workdir: Path, runs: int, limit: float) -> None:
    from kg.query import canned_queries

    folder = workdir / f"build-{triples}"
    folder.mkdir()
    path, size, copies, load_s = base.make_store(source, base.copies_for(source, triples), folder / "store")
    disk = sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
    print(f"\n### {size:,} quads ({copies} copies of the seeds' graph)\n")
    print(f"bulk load {load_s:.1f} s; store on disk {disk / 1e6:.0f} MB; runs {runs}; per-cell limit {limit:g} s\n",
          flush=True)
    g = str(folder)
    rows = []

    def row(measure, ours, anchor="—"):
        rows.append((measure, ours, anchor))
        print(f"| {measure} | {ours} | {anchor} |", file=sys.stderr, flush=True)

    for name, var, value in PARAMS:
        setup = (f"q = canned_queries()[{name!r}]\n"
                 f"text = {values_text(name, var, value)!r}\n"
                 f"subs = {{ox.Variable({var!r}): ox.NamedNode(expand({value!r}))}}")
        ours = in_child(path, setup, f"sum(1 for _ in stream_query(store, q.text, {{{var!r}: {value!r}}}, q.params).solutions)",
                        max(runs, 3), limit)
        anchor = in_child(path, setup, "sum(1 for _ in store.query(text, prefixes=P, use_default_graph_as_union=True))",
                          max(runs, 3), limit)
        subs = in_child(path, setup, "sum(1 for _ in store.query(q.text, prefixes=P, use_default_graph_as_union=True, substitutions=subs))",
                        max(runs, 3), limit)
        n = ours[0] if ours else "?"
        row(f"{name} --param {var}={value} ({n} rows), in process",
            fmt(ours and ours[1], "ms", limit),
            f"{fmt(anchor and anchor[1], 'ms', limit)}{ratio(ours and ours[1], anchor and anchor[1])}; "
            f"substitutions=: {fmt(subs and subs[1], 'ms', limit)}")
        if name == "who-said-what":
            script = ("import pyoxigraph as ox; from kg.prefixes import QUERY_PREFIXES as P\n"
                      f"s = ox.Store.read_only({str(path)!r})\n"
                      f"for r in s.query({values_text(name, var, value)!r}, prefixes=P, use_default_graph_as_union=True): tuple(r)\n")
            whole = best_process(["-m", "kg", "query", name, "-p", f"{var}={value}", "-g", g], max(runs, 3), limit)
            alone = best_process(["-c", script], max(runs, 3), limit)
            row("the same, whole `kg query` process", fmt(whole, limit=limit),
                f"{fmt(alone, limit=limit)}{ratio(whole, alone)}")
    for name in canned_queries():
        setup = f"text = canned_queries()[{name!r}].text"
        ours = in_child(path, setup, "sum(1 for _ in stream_query(store, text).solutions)", runs, limit)
        anchor = in_child(path, setup, "sum(1 for _ in store.query(text, prefixes=P, use_default_graph_as_union=True))",
                          runs, limit)
        n = f"{ours[0]:,}" if ours else "?"
        row(f"{name}, all {n} rows, in process", fmt(ours and ours[1], "ms", limit),
            f"{fmt(anchor and anchor[1], 'ms', limit)}{ratio(ours and ours[1], anchor and anchor[1])}")
    row("`kg claims` process", fmt(best_process(["-m", "kg", "claims", "-g", g], runs, limit), limit=limit))
    row("`kg graph stats` process", fmt(best_process(["-m", "kg", "graph", "stats", "-g", g], 1, limit), limit=limit))
    row("`kg graph central --top 5` process",
        fmt(best_process(["-m", "kg", "graph", "central", "--top", "5", "-g", g], 1, limit), limit=limit))
    row("`kg view --focus person/lloyd-austin` process",
        fmt(best_process(["-m", "kg", "view", "--focus", "person/lloyd-austin", "-g", g, "-o",
                          str(workdir / "v.html")], 1, limit), limit=limit))
    out = workdir / "export.nq"
    row("`kg export -f nquads` process", fmt(best_process(["-m", "kg", "export", "-f", "nquads", "-g", g, "-o", str(out)],
                                                          1, limit), limit=limit),
        fmt(best_process(["-c", f"import pyoxigraph as ox; ox.Store.read_only({str(path)!r}).dump({str(out)!r}, ox.RdfFormat.N_QUADS)"],
                         1, limit), limit=limit) + " (Store.dump)")
    row("`kg export -f turtle` process", fmt(best_process(["-m", "kg", "export", "-f", "turtle", "-g", g, "-o",
                                                           str(workdir / "export.ttl")], 1, limit), limit=limit))
    start = best_process(["-c", "import pyoxigraph"], runs, limit)
    row("`kg --help` process", fmt(best_process(["-m", "kg", "--help"], max(runs, 3), limit), limit=limit),
        f"{fmt(start)} (python -c 'import pyoxigraph')")
    row("`kg query --list` process", fmt(best_process(["-m", "kg", "query", "--list"], max(runs, 3), limit), limit=limit))
    print("| measure | newskg | pyoxigraph alone |\n|---|---:|---:|")
    for measure, ours, anchor in rows:
        print(f"| {measure} | {ours} | {anchor} |", flush=True)
    for f in path.rglob("*"):
        if f.is_file():
            f.unlink()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--graph", help="the seeds' graph.trig (default: build seeds/)")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000_000])
    parser.add_argument("--runs", type=int, default=None,
                        help="runs per cell (default: 3 up to 2 million triples, then 1)")
    parser.add_argument("--limit", type=float, default=600, help="seconds before a cell is stopped")
    args = parser.parse_args()
    print(f"machine: {base.machine()}; load average {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory(prefix="bench-read-") as tmp:
        workdir = Path(tmp)
        source = base.read_quads(base.seeds_graph(args.graph, workdir))
        for size in args.sizes:
            runs = args.runs or (3 if size <= 2_000_000 else 1)
            bench(source, size, workdir, runs, args.limit)


if __name__ == "__main__":
    main()
