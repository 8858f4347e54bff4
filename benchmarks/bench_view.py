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
then opened in headless Chromium (network blocked, 1400×900) and timed until it
is drawn (``body[data-stabilized]``, set once the first picture is painted and
seen by Playwright, so work the page does right after counts too), and checked
to be still (no node moves in the next 0.5 s); median of ``--repeat`` openings.

Anchors, measured in the same run: for writing, iterating every quad of the same
store with pyoxigraph alone (the least any reading costs); for the browser,
Chromium opening a blank page and a static page of the same size (the same
bytes with every script made inert, timed until it is loaded and painted once).

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


class Browser:
    """One headless Chromium for the whole run; each opening gets a fresh context."""

    def __enter__(self):
        from playwright.sync_api import sync_playwright

        self.playwright = sync_playwright().start()
        self.browser = self.playwright.chromium.launch(
            executable_path=CHROMIUM, args=["--headless", "--no-sandbox", "--disable-gpu"])
        return self

    def __exit__(self, *exc):
        self.browser.close()
        self.playwright.stop()

    def _open(self, html: Path, until: str):
        context = self.browser.new_context(viewport={"width": 1400, "height": 900})
        context.route("**/*", lambda r: r.continue_() if r.request.url.startswith(("file:", "data:")) else r.abort())
        page = context.new_page()
        started = time.perf_counter()
        page.goto(html.resolve().as_uri(), wait_until="commit")
        if until == "still":
            page.wait_for_selector("body[data-stabilized=true]", state="attached", timeout=120_000)
        else:  # loaded and painted once
            page.wait_for_load_state("load")
            page.evaluate("new Promise(done => requestAnimationFrame(() => setTimeout(done, 0)))")
        return context, page, time.perf_counter() - started

    def still(self, html: Path) -> tuple[float, bool]:
        """Seconds from opening ``html`` until it is drawn; and whether it then stays still."""
        context, page, seconds = self._open(html, "still")
        first = page.evaluate("network.getPositions()")
        page.wait_for_timeout(500)
        still = page.evaluate("network.getPositions()") == first
        context.close()
        return seconds, still

    def painted(self, html: Path) -> float:
        """Seconds from opening ``html`` until it is loaded and painted once (the anchors)."""
        context, _, seconds = self._open(html, "painted")
        context.close()
        return seconds


def median_of(repeat: int, measure):
    runs = sorted(measure() for _ in range(repeat))
    return runs[len(runs) // 2]


def scan_store(store: Path) -> Clock:
    """The writing anchor: every quad of the store, read with pyoxigraph alone."""
    import pyoxigraph as ox

    with Clock() as clock:
        sum(1 for _ in ox.Store.read_only(str(store)).quads_for_pattern(None, None, None, None))
    return clock


def bench_actors(source, n: int, per_copy: int, shared: int, workdir: Path, browser: Browser, repeat: int) -> dict:
    from kg.export import write_atomic
    from kg.store import load_dataset
    from kg.view import load, page_claims
    from kg.view.actors import select_actors
    from kg.view.page import render_html

    copies = max(1, math.ceil((n - shared) / max(1, per_copy - shared)))
    store, quads, _, _ = make_store(source, copies, workdir / f"store-{n}")
    scan = scan_store(store)
    clocks = {}
    with Clock() as clocks["open"]:
        ds = load_dataset(store)
    with Clock() as clocks["read"]:
        facts, claims = load(ds)
    with Clock() as clocks["select"]:
        page = select_actors(facts, max_nodes=n)
        claims = page_claims(page, claims)
    with Clock() as clocks["layout+render"]:
        html = render_html(page, claims=claims).encode("utf-8")
    out = workdir / f"view-{n}.html"
    with Clock() as clocks["write"]:
        write_atomic(out, html)
    inert = workdir / f"static-{n}.html"  # the same bytes, no script runs
    inert.write_bytes(html.replace(b"<script>", b'<script type="text/plain">'))
    row = {
        "n": n, "drawn": len(page.actors), "links": len(page.edges), "quads": quads, "mb": len(html) / 1e6,
        "write": sum(c.wall for c in clocks.values()), "cpu": sum(c.cpu for c in clocks.values()),
        "scan": scan.wall, "stages": "  ".join(f"{k} {c.wall:.2f}" for k, c in clocks.items()),
    }
    row["still"], row["is_still"] = median_of(repeat, lambda: browser.still(out))
    row["static"] = median_of(repeat, lambda: browser.painted(inert))
    print(f"{n:>6} {row['drawn']:>6} {row['links']:>6} {quads:>9,} {row['mb']:>7.2f} | "
          f"{row['write']:>6.2f} {row['cpu']:>6.2f} {row['scan']:>6.2f} {row['write'] / row['scan']:>6.1f} | "
          f"{row['still']:>6.2f} {'yes' if row['is_still'] else 'NO':>5} {row['static']:>7.2f} "
          f"{row['still'] / row['static']:>6.2f}   {row['stages']}", flush=True)
    return row


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
    parser.add_argument("--repeat", type=int, default=3,
                        help="openings of each page in Chromium, the median is shown (default: 3)")
    parser.add_argument("--focus-copies", type=int, default=1000,
                        help="copies of the seeds in the store of the --focus pages (default: 1000; 0 to skip)")
    args = parser.parse_args(argv)
    print(f"machine: {machine()}")
    with tempfile.TemporaryDirectory(prefix="bench-view-") as tmp, Browser() as browser:
        workdir = Path(tmp)
        source = read_quads(seeds_graph(args.graph, workdir))
        one, _, _, _ = make_store(source, 1, workdir / "store-1")
        per_copy, shared = actors_per_copy(one)
        print(f"seeds' graph: {len(source):,} quads, {per_copy} actors ({shared} countries, shared by the copies)")
        blank = workdir / "blank.html"
        blank.write_text("<!DOCTYPE html><title>blank</title>", encoding="utf-8")
        print(f"anchor: Chromium opens a blank page in {median_of(args.repeat, lambda: browser.painted(blank)):.2f} s")
        print("write s: open, read, select, lay out, render and write the page (wall; cpu s: CPU time);"
              " scan s: pyoxigraph alone iterating every quad of the store; × = write / scan")
        print("still s: Chromium opens the page until it is drawn (median); static s: the same bytes with"
              " inert scripts, loaded and painted; × = still / static")
        print(f"{'actors':>6} {'drawn':>6} {'links':>6} {'quads':>9} {'page MB':>7} | {'write s':>6} {'cpu s':>6} "
              f"{'scan s':>6} {'×':>6} | {'still s':>6} {'still':>5} {'static s':>7} {'×':>6}   wall seconds by stage")
        for n in args.actors:
            bench_actors(source, n, per_copy, shared, workdir, browser, args.repeat)
        if args.focus_copies:
            bench_focus(source, args.focus_copies, workdir)
    print(f"peak RSS (this process): {peak_rss_mb():,.0f} MB")


if __name__ == "__main__":
    sys.exit(main())
