"""`kg view` at scale: time to write the actor page, time until it is still in Chromium, page size.

Run by hand (never timed in tests), under ``flock /tmp/heavy.lock`` on a shared machine::

    .venv/bin/python benchmarks/bench_view.py
    .venv/bin/python benchmarks/bench_view.py --actors 100 1000 5000 --focus-copies 3000 --graph exports/graph.trig

For each size N the seeds' graph is replicated (as in ``bench_sparql.py``:
renamed copies, countries shared) until it has at least N actors, loaded into
an Oxigraph store on disk, and the default page is made with ``--max-nodes N``
through the library functions ``kg view`` uses, stage by stage: opening the
store, reading the graph (:func:`kg.view.load`), selecting the actors, laying
them out and rendering (:func:`kg.view.page.render_html`), writing. The page is
then opened in headless Chromium (network blocked) and timed until it is
drawn, and checked to be still (no node moves in the next 0.5 s).

Then a large store (``--focus-copies`` copies of the seeds) is made and a
``--focus`` page is written for one copied actor, radius 1 and 2, to check
that its size does not grow with the store. Targets (issue 18): a page of
5 000 actors written in ≤ 5 s and still in ≤ 2 s; a ``--focus`` page under 5 MB.
"""
from __future__ import annotations

import argparse
import math
import os
import sys
import tempfile
import time
from pathlib import Path

from bench_sparql import Clock, machine, make_store, peak_rss_mb, read_quads, seeds_graph

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("KG_CHROMIUM", "/usr/bin/chromium")


def actors_per_copy(store: Path) -> tuple[int, int]:
    """(actors in one copy of the seeds' graph, of which countries, shared by the copies)."""
    from kg.store import load_dataset
    from kg.view import load
    from kg.view.actors import actor_page

    page = actor_page(load(load_dataset(store))[0])
    return len(page.actors), sum(1 for a in page.actors.values() if a["kind"] == "Country")


def seconds_to_still(html: Path) -> tuple[float, bool]:
    """Seconds from opening ``html`` in Chromium until it is drawn; and whether it then stays still."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox", "--disable-gpu"])
        context = browser.new_context(viewport={"width": 1400, "height": 900})
        context.route("**/*", lambda r: r.continue_() if r.request.url.startswith(("file:", "data:")) else r.abort())
        page = context.new_page()
        started = time.perf_counter()
        page.goto(html.resolve().as_uri())
        page.wait_for_selector("body[data-stabilized=true]", state="attached", timeout=120_000)
        seconds = time.perf_counter() - started
        first = page.evaluate("network.getPositions()")
        page.wait_for_timeout(500)
        still = page.evaluate("network.getPositions()") == first
        browser.close()
    return seconds, still


def bench_actors(source, n: int, per_copy: int, shared: int, workdir: Path) -> None:
    from kg.export import write_atomic
    from kg.store import load_dataset
    from kg.view import load
    from kg.view.actors import select_actors
    from kg.view.page import render_html

    copies = max(1, math.ceil((n - shared) / max(1, per_copy - shared)))
    store, quads, _, _ = make_store(source, copies, workdir / f"store-{n}")
    clocks = {}
    with Clock() as clocks["open"]:
        ds = load_dataset(store)
    with Clock() as clocks["read"]:
        facts, claims = load(ds)
    with Clock() as clocks["select"]:
        page = select_actors(facts, max_nodes=n)
    with Clock() as clocks["layout+render"]:
        html = render_html(page, claims=claims).encode("utf-8")
    out = workdir / f"view-{n}.html"
    with Clock() as clocks["write"]:
        write_atomic(out, html)
    wall = sum(c.wall for c in clocks.values())
    cpu = sum(c.cpu for c in clocks.values())
    browser_s, still = seconds_to_still(out)
    stages = "  ".join(f"{k} {c.wall:.2f}" for k, c in clocks.items())
    print(f"{n:>6} {len(page.actors):>6} {len(page.edges):>6} {quads:>9,} {wall:>7.2f} {cpu:>7.2f} "
          f"{browser_s:>8.2f} {'yes' if still else 'NO':>5} {len(html) / 1e6:>8.2f}   {stages}", flush=True)


def bench_focus(source, copies: int, workdir: Path) -> None:
    from kg.store import load_dataset
    from kg.view import page_for

    store, quads, _, load_s = make_store(source, copies, workdir / "store-focus")
    print(f"\n--focus on a store of {copies:,} copies of the seeds ({quads:,} quads, bulk-loaded in {load_s:.0f} s)")
    print(f"{'focus':>36} {'radius':>6} {'actors':>6} {'s':>7} {'cpu s':>7} {'page MB':>8}")
    ds = load_dataset(store)
    for name in (f"person/lloyd-austin-copy{copies // 2}", "country/KP"):
        for radius in (1, 2):
            with Clock() as clock:
                html, page = page_for(ds, focus_name=name, radius=radius)
            print(f"{name:>36} {radius:>6} {len(page.actors):>6} {clock.wall:>7.2f} {clock.cpu:>7.2f} "
                  f"{len(html.encode('utf-8')) / 1e6:>8.2f}", flush=True)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--graph", help="the seeds' graph.trig (default: build seeds/ in a temporary folder)")
    parser.add_argument("--actors", type=int, nargs="+", default=[100, 1000, 5000],
                        help="page sizes in actors (default: 100 1000 5000)")
    parser.add_argument("--focus-copies", type=int, default=1000,
                        help="copies of the seeds in the store of the --focus pages (default: 1000; 0 to skip)")
    args = parser.parse_args(argv)
    print(f"machine: {machine()}")
    with tempfile.TemporaryDirectory(prefix="bench-view-") as tmp:
        workdir = Path(tmp)
        source = read_quads(seeds_graph(args.graph, workdir))
        one, _, _, _ = make_store(source, 1, workdir / "store-1")
        per_copy, shared = actors_per_copy(one)
        print(f"seeds' graph: {len(source):,} quads, {per_copy} actors ({shared} countries, shared by the copies)")
        print(f"{'actors':>6} {'drawn':>6} {'links':>6} {'quads':>9} {'write s':>7} {'cpu s':>7} "
              f"{'still s':>8} {'still':>5} {'page MB':>8}   wall seconds by stage")
        for n in args.actors:
            bench_actors(source, n, per_copy, shared, workdir)
        if args.focus_copies:
            bench_focus(source, args.focus_copies, workdir)
    print(f"peak RSS (this process): {peak_rss_mb():,.0f} MB")


if __name__ == "__main__":
    sys.exit(main())
