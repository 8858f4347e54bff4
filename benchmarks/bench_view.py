"""`kg view` time and page size at 100, 1 000 and 5 000 nodes.

Run by hand (never timed in tests)::

    .venv/bin/python benchmarks/bench_view.py
    .venv/bin/python benchmarks/bench_view.py --nodes 100 1000 --graph exports/graph.trig

For each size N the seeds' graph is replicated (as in ``bench_sparql.py``:
renamed copies, countries shared) until it has at least N view nodes, loaded
into an Oxigraph store on disk, and drawn with ``--max-nodes N`` through the
library functions ``kg view`` uses (:func:`kg.view.select`,
:func:`kg.view.render_html`, :func:`kg.view.write_view`), stage by stage.
The whole command (``kg view -g STORE --max-nodes N``, Python start-up
included) is then timed once as a subprocess. Printed: nodes and edges drawn
(and how many the replicated graph had), wall and CPU seconds of the library
calls, wall seconds of the command, page size, and wall seconds per stage.
"""
from __future__ import annotations

import argparse
import math
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_sparql import Clock, machine, make_store, peak_rss_mb, read_quads, seeds_graph

ROOT = Path(__file__).resolve().parent.parent
KG = Path(sys.executable).with_name("kg")


def nodes_per_copy(source_store: Path) -> tuple[int, int]:
    """(view nodes of one copy of the seeds' graph, of which shared countries)."""
    from kg.store import load_dataset
    from kg.view import graph_view

    view = graph_view(load_dataset(source_store))
    shared = sum(1 for node in view.nodes.values() if node.kind == "Country")
    return len(view.nodes), shared


def bench_nodes(source, n: int, per_copy: int, shared: int, workdir: Path) -> None:
    from kg.store import load_dataset
    from kg.view import render_html, select
    from kg.export import write_atomic

    copies = max(1, math.ceil((n - shared) / max(1, per_copy - shared)))
    store, quads, _, load_s = make_store(source, copies, workdir / f"store-{n}")
    clocks = {}
    with Clock() as clocks["open"]:
        ds = load_dataset(store)
    with Clock() as clocks["read+select"]:
        view = select(ds, max_nodes=n)
    with Clock() as clocks["render"]:
        page = render_html(view).encode("utf-8")
    out = workdir / f"view-{n}.html"
    with Clock() as clocks["write"]:
        write_atomic(out, page)
    wall = sum(c.wall for c in clocks.values())
    cpu = sum(c.cpu for c in clocks.values())
    of = view.left_out.of if view.left_out else len(view.nodes)
    started = time.perf_counter()
    cli = subprocess.run([str(KG), "view", "-g", str(store), "-o", str(workdir / f"cli-{n}.html"),
                          "--max-nodes", str(n)], capture_output=True, text=True)
    cli_s = time.perf_counter() - started
    if cli.returncode != 0:
        print(f"  kg view failed: {cli.stderr.strip()}", file=sys.stderr)
    stages = "  ".join(f"{k} {c.wall:.2f}" for k, c in clocks.items())
    print(f"{n:>6} {len(view.nodes):>6} {len(view.edges):>6} {of:>7} {quads:>8,} "
          f"{wall:>7.2f} {cpu:>7.2f} {cli_s:>7.2f} {len(page) / 1e6:>8.2f}   {stages}", flush=True)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--graph", help="the seeds' graph.trig (default: build seeds/ in a temporary folder)")
    parser.add_argument("--nodes", type=int, nargs="+", default=[100, 1000, 5000],
                        help="view sizes in nodes (default: 100 1000 5000)")
    args = parser.parse_args(argv)
    print(f"machine: {machine()}")
    with tempfile.TemporaryDirectory(prefix="bench-view-") as tmp:
        workdir = Path(tmp)
        source = read_quads(seeds_graph(args.graph, workdir))
        one, _, _, _ = make_store(source, 1, workdir / "store-1")
        per_copy, shared = nodes_per_copy(one)
        print(f"seeds' graph: {len(source):,} quads, {per_copy} view nodes ({shared} countries, shared by the copies)")
        print(f"{'nodes':>6} {'drawn':>6} {'edges':>6} {'of':>7} {'quads':>8} {'lib s':>7} {'lib cpu':>7} "
              f"{'cli s':>7} {'page MB':>8}   wall seconds by stage (library)")
        for n in args.nodes:
            bench_nodes(source, n, per_copy, shared, workdir)
    print(f"peak RSS (this process): {peak_rss_mb():,.0f} MB")


if __name__ == "__main__":
    main()
