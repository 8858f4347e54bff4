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
  the one cold call; the CPU time of that call (the process's, every thread)
  in brackets;
* *process*: the best of ``--runs`` whole runs of the real ``kg`` command
  (wall time, Python start and imports included), with that run's CPU time
  (user + system) in brackets: other work on a shared machine lengthens the
  wall time, not the CPU time.

Each row also gives when its first measure started (UTC) and the load
average then. With ``--together``, the two sides of a canned query's row
(ours and the anchor) run at the same time, one child per core, started
together and each run to its end: on a shared machine whose load moves
between runs, only sides that saw the same machine give a ratio worth
reading (sequential sides gave × 0.69 to × 2.24 for the same work); their
CPU times are the figures to compare when other work took a core.

``kg claims`` is measured first as a user meets it: a store is written only by
``kg build``, whose last step leaves the store's claims table in
``cache/claims.json`` (:func:`kg.claims.cached_claims_table`), so the store is given
that table the same way (the step's time is a row of its own: it is paid once,
by the build) before ``kg claims`` is timed. The same command with no kept
table (a store written by other means, or the first call after an upgrade that
changes ``kg/claims.py``) is the next row.

The anchor is the same work done in a few lines of pyoxigraph, measured in
the same run: for a parameter, the canned query with the value written into
it by hand as ``VALUES`` (the fastest way pyoxigraph offers; its
``substitutions=`` API is shown next to it), for every canned query the same
text run by ``Store.query`` (the text ``kg query NAME`` sends when no parameter
binds it: :meth:`kg.query.CannedQuery.text_for`, joined by hash).

One table can be made in several runs (each short enough to share the
machine): ``--keep DIR`` keeps each store in ``DIR/build-N`` with its load
time and reuses it on the next run, ``--only`` measures some rows
(``--queries`` some canned queries), and ``--before DIR`` also times ``kg
claims`` and ``kg view --focus`` with the ``kg`` of another checkout (e.g. the
main branch) on the same store, in the same run.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
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
    t = time.perf_counter(); c = time.process_time(); n = call()
    took = time.perf_counter() - t; cpu = time.process_time() - c
    best = (took, cpu) if best is None or took < best[0] else best
print(json.dumps([n, *best]))
"""


class Seconds(float):
    """A best wall time, with the CPU time (user + system) of that same run in ``cpu``."""

    cpu: float | None = None


def _timed(stdout: str):
    """(rows, Seconds with its CPU time) from a timer child's last line."""
    n, wall, cpu = json.loads(stdout.strip().splitlines()[-1])
    took = Seconds(wall)
    took.cpu = cpu
    return n, took


def in_child(store: Path, setup: str, call: str, runs: int, limit: float):
    """(rows, best seconds with their CPU time) of ``call`` in a child process, or None when
    it ran past ``limit``."""
    script = _TIMER.format(setup=setup, call=call)
    try:
        done = subprocess.run([PY, "-c", script, str(store), str(runs)], check=True, capture_output=True,
                              text=True, timeout=limit, cwd=ROOT)
    except subprocess.TimeoutExpired:
        return None
    return _timed(done.stdout)


def in_children(store: Path, cells: list[tuple[str, str]], runs: int, limit: float) -> list:
    """:func:`in_child` for each (setup, call) of ``cells``, every child started at once (one
    per core), so that each sees the same machine; each is waited for to its end or ``limit``."""
    children = [subprocess.Popen([PY, "-c", _TIMER.format(setup=setup, call=call), str(store), str(runs)],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
                for setup, call in cells]
    deadline = time.monotonic() + limit
    results = []
    for child in children:
        try:
            out, err = child.communicate(timeout=max(0.0, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            child.kill()
            child.communicate()
            results.append(None)
            continue
        if child.returncode:
            raise subprocess.CalledProcessError(child.returncode, child.args, out, err)
        results.append(_timed(out))
    return results


def best_process(args: list[str], runs: int, limit: float, code: str | None = None,
                 before_each=None) -> Seconds | None:
    """Best wall time of ``runs`` runs of ``python args…`` (None: over ``limit`` s), with the
    ``kg`` of the checkout ``code`` if given (else this one's); ``before_each`` is called
    before each run, untimed. The CPU time of the best run rides along (``.cpu``): on a
    shared machine the wall time also counts the waits for a core."""
    best = None
    env = {**os.environ, "PYTHONPATH": code} if code else None
    for _ in range(runs):
        if before_each:
            before_each()
        used = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        try:
            subprocess.run([PY, *args], check=True, capture_output=True, timeout=limit, cwd=code or ROOT, env=env)
        except subprocess.TimeoutExpired:
            return None
        took = Seconds(time.perf_counter() - started)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        took.cpu = (after.ru_utime - used.ru_utime) + (after.ru_stime - used.ru_stime)
        best = took if best is None or took < best else best
    return best


def build_step(store: Path, limit: float, code: str | None = None) -> float | None:
    """Seconds of :func:`kg.claims.cached_claims_table` on ``store``, the call that ends
    ``kg build`` once its store is published (in a child, with the ``kg`` of ``code`` if given;
    None: over ``limit`` s). It leaves the table a user's first ``kg claims`` reads."""
    script = ("import sys, time; from kg.claims import cached_claims_table\n"
              "t = time.perf_counter(); cached_claims_table(sys.argv[1]); print(time.perf_counter() - t)\n")
    env = {**os.environ, "PYTHONPATH": code} if code else None
    try:
        done = subprocess.run([PY, "-c", script, str(store)], check=True, capture_output=True, text=True,
                              timeout=limit, cwd=code or ROOT, env=env)
    except subprocess.TimeoutExpired:
        return None
    return float(done.stdout.strip().splitlines()[-1])


def fmt(seconds: float | None, unit: str = "s", limit: float | None = None) -> str:
    """The time as the table shows it; its CPU time in brackets when known."""
    if seconds is None:
        return f"stopped (> {limit:g} s)" if limit else "stopped"
    cpu = getattr(seconds, "cpu", None)
    if unit == "s" and cpu is not None:
        return f"{seconds:.2f} s ({cpu:.2f})"
    if cpu is not None:
        return f"{seconds * 1000:.1f} ms ({cpu * 1000:.1f})" if seconds < 0.1 else f"{seconds * 1000:.0f} ms ({cpu * 1000:.0f})"
    return f"{seconds * 1000:.1f} ms" if unit == "ms" and seconds < 0.1 else (
        f"{seconds * 1000:.0f} ms" if unit == "ms" else f"{seconds:.2f} s")


def ratio(a, b) -> str:
    """Ours over the anchor, wall time (and CPU time when both are known)."""
    if a is None or not b:
        return ""
    ca, cb = getattr(a, "cpu", None), getattr(b, "cpu", None)
    return f" (× {a / b:.2f}; CPU × {ca / cb:.2f})" if ca is not None and cb else f" (× {a / b:.2f})"


def values_text(name: str, var: str, value: str) -> str:
    """The canned query with ``value`` written into it as VALUES, as a pyoxigraph user would."""
    from kg.prefixes import expand
    from kg.query import canned_queries

    text = canned_queries()[name].text
    return text.replace("WHERE {", f"WHERE {{ VALUES ?{var} {{ <{expand(value)}> }}", 1)


#: The groups of rows ``--only`` chooses from.
ROWS = ("params", "canned", "claims", "graph", "view", "export", "startup")
FOCUS = "person:lloyd-austin"


def store_for(source, triples: int, workdir: Path, keep: bool) -> tuple[Path, dict]:
    """The store of about ``triples`` triples in ``workdir/build-N`` and how it was made
    (quads, copies, load seconds, MB on disk); made now unless kept from an earlier run."""
    folder = workdir / f"build-{triples}"
    made = folder / "load.json"
    if keep and made.is_file():
        return folder / "store", json.loads(made.read_text())
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    path, size, copies, load_s = base.make_store(source(), base.copies_for(source(), triples), folder / "store")
    disk = sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
    facts = {"quads": size, "copies": copies, "load_s": load_s, "disk_mb": disk / 1e6}
    made.write_text(json.dumps(facts))
    return path, facts


def bench(source, triples: int, workdir: Path, runs: int, limit: float, only=ROWS, queries=None,
          before: str | None = None, keep: bool = False, together: bool = False,
          claims_anchor: bool = True) -> None:
    from kg.claims import CACHE_FILE
    from kg.query import canned_queries

    path, made = store_for(source, triples, workdir, keep)
    folder = path.parent
    print(f"\n### {made['quads']:,} quads ({made['copies']} copies of the seeds' graph)\n")
    print(f"bulk load {made['load_s']:.1f} s; store on disk {made['disk_mb']:.0f} MB; runs {runs}; "
          f"per-cell limit {limit:g} s; load average {os.getloadavg()[0]:.1f}\n", flush=True)
    g = str(folder)
    rows = []

    def now() -> str:  # when a cell starts, and the load average then
        return f"{time.strftime('%H:%M:%S', time.gmtime())}, {os.getloadavg()[0]:.1f}"

    started = [now()]  # each row's first measure starts when the row before it is printed

    def row(measure, ours, anchor="—"):
        rows.append((measure, ours, anchor, started[0]))
        print(f"| {measure} | {ours} | {anchor} | {started[0]} |", file=sys.stderr, flush=True)
        started[0] = now()

    for name, var, value in PARAMS if "params" in only else ():
        setup = (f"q = canned_queries()[{name!r}]\n"
                 f"text = {values_text(name, var, value)!r}\n"
                 f"subs = {{ox.Variable({var!r}): ox.NamedNode(expand({value!r}))}}")
        ours = in_child(path, setup, f"sum(1 for _ in stream_query(store, q.text, {{{var!r}: {value!r}}}, q.params).solutions)",
                        max(runs, 3), limit)
        anchor = in_child(path, setup, "sum(1 for _ in store.query(text, prefixes=P, use_default_graph_as_union=True))",
                          max(runs, 3), limit)
        subs = in_child(path, setup, "sum(1 for _ in store.query(q.text, prefixes=P, use_default_graph_as_union=True, substitutions=subs))",
                        runs, limit)  # scans every statement: a minute a call at 10 M, so once there
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
    for name in (queries or canned_queries()) if "canned" in only else ():
        setup = f"text = canned_queries()[{name!r}].text_for()"  # what kg sends for all rows
        sides = [(setup, "sum(1 for _ in stream_query(store, text).solutions)"),
                 (setup, "sum(1 for _ in store.query(text, prefixes=P, use_default_graph_as_union=True))")]
        if together:
            ours, anchor = in_children(path, sides, runs, limit)
        else:
            ours, anchor = (in_child(path, *side, runs, limit) for side in sides)
        n = f"{ours[0]:,}" if ours else "?"
        how = ", both sides at once" if together else ""
        row(f"{name}, all {n} rows, in process{how}", fmt(ours and ours[1], "ms", limit),
            f"{fmt(anchor and anchor[1], 'ms', limit)}{ratio(ours and ours[1], anchor and anchor[1])}")
    claims = ["-m", "kg", "claims", "-g", g]
    view_out = workdir / "v.html"
    focus = ["-m", "kg", "view", "--focus", FOCUS, "-g", g, "-o", str(view_out)]

    def forget_claims():  # as for a store written by other means: no claims table kept
        (folder / CACHE_FILE).unlink(missing_ok=True)

    if "claims" in only:
        text = canned_queries()["deployment-claims"].text
        script = ("import pyoxigraph as ox; from kg.prefixes import QUERY_PREFIXES as P\n"
                  f"s = ox.Store.read_only({str(path)!r})\n"
                  f"for r in s.query({text!r}, prefixes=P, use_default_graph_as_union=True): tuple(r)\n")
        anchor = (f"{fmt(best_process(['-c', script], runs, limit), limit=limit)} (deployment-claims, all rows)"
                  if claims_anchor else "see the deployment-claims row")
        for code, name in ((None, ""), *(((before, f", {before}"),) if before else ())):
            forget_claims()
            built = build_step(path, limit, code)  # what `kg build` does once its store is published
            row(f"`kg build`'s last step, the claims table it leaves (in process){name}", fmt(built, limit=limit))
            row(f"`kg claims` process on the store as `kg build` leaves it (its table kept){name}",
                fmt(best_process(claims, runs, limit, code=code), limit=limit), anchor)
            row(f"`kg claims` process, no kept table (a store no `kg build` wrote, or the first call "
                f"after an upgrade of kg/claims.py: read from the store, then kept){name}",
                fmt(best_process(claims, runs, limit, code=code, before_each=forget_claims), limit=limit), anchor)
    if "graph" in only:
        row("`kg graph stats` process", fmt(best_process(["-m", "kg", "graph", "stats", "-g", g], 1, limit), limit=limit))
        row("`kg graph central --top 5` process",
            fmt(best_process(["-m", "kg", "graph", "central", "--top", "5", "-g", g], 1, limit), limit=limit))
    if "view" in only:
        took = best_process(focus, runs, limit)
        size = f"page {view_out.stat().st_size / 1e6:.1f} MB" if took else "no page"
        row(f"`kg view --focus {FOCUS}` process ({size})", fmt(took, limit=limit))
        if before:  # that checkout may not know prefixed names: its key
            old = [a if a != FOCUS else FOCUS.replace(":", "/") for a in focus]
            row(f"`kg view --focus {FOCUS}` process, {before}", fmt(best_process(old, runs, limit, code=before), limit=limit))
    if "export" in only:
        out = workdir / "export.nq"
        row("`kg export -f nquads` process", fmt(best_process(["-m", "kg", "export", "-f", "nquads", "-g", g, "-o", str(out)],
                                                              1, limit), limit=limit),
            fmt(best_process(["-c", f"import pyoxigraph as ox; ox.Store.read_only({str(path)!r}).dump({str(out)!r}, ox.RdfFormat.N_QUADS)"],
                             1, limit), limit=limit) + " (Store.dump)")
        row("`kg export -f turtle` process", fmt(best_process(["-m", "kg", "export", "-f", "turtle", "-g", g, "-o",
                                                               str(workdir / "export.ttl")], 1, limit), limit=limit))
        for f in (out, workdir / "export.ttl"):
            f.unlink(missing_ok=True)
    if "startup" in only:
        start = best_process(["-c", "import pyoxigraph"], runs, limit)
        row("`kg --help` process", fmt(best_process(["-m", "kg", "--help"], max(runs, 3), limit), limit=limit),
            f"{fmt(start)} (python -c 'import pyoxigraph')")
        row("`kg query --list` process", fmt(best_process(["-m", "kg", "query", "--list"], max(runs, 3), limit), limit=limit))
    print("| measure | newskg | pyoxigraph alone | started (UTC), load average |\n|---|---:|---:|---|")
    for measure, ours, anchor, start in rows:
        print(f"| {measure} | {ours} | {anchor} | {start} |", flush=True)
    if not keep:
        shutil.rmtree(folder)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--graph", help="the seeds' graph.trig (default: build seeds/)")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000_000])
    parser.add_argument("--runs", type=int, default=None,
                        help="runs per cell (default: 3 up to 2 million triples, then 1)")
    parser.add_argument("--limit", type=float, default=600, help="seconds before a cell is stopped")
    parser.add_argument("--only", nargs="+", choices=ROWS, default=ROWS, help="the groups of rows to measure")
    parser.add_argument("--queries", nargs="+", metavar="NAME",
                        help="the canned queries of the 'canned' rows (default: every one)")
    parser.add_argument("--before", metavar="DIR",
                        help="also run `kg claims` (with and without its kept table) and `kg view --focus` with the kg of this checkout "
                        "(e.g. the main branch) on the same store, to compare before and after a change")
    parser.add_argument("--keep", metavar="DIR",
                        help="keep each store in DIR/build-N and reuse it on the next run with the same "
                        "DIR (its load time as measured when it was made), so the table can be made in "
                        "several shorter runs; default: a temporary folder, removed")
    parser.add_argument("--together", action="store_true",
                        help="run the two sides of each canned query's row (ours and the anchor) at the same time, "
                        "one child per core, so both see the same machine (their ratio then compares like with like)")
    parser.add_argument("--no-claims-anchor", dest="claims_anchor", action="store_false",
                        help="skip the claims rows' anchor (the deployment-claims query, all rows, as a whole pyoxigraph "
                        "process: minutes at 10 M), e.g. when the canned rows measure that query in the same session")
    args = parser.parse_args()
    print(f"machine: {base.machine()}; load average {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory(prefix="bench-read-") as tmp:
        workdir = Path(args.keep) if args.keep else Path(tmp)
        seeds = []

        def source():  # the seeds' quads, read (or built) only when a store is made
            if not seeds:
                seeds.append(base.read_quads(base.seeds_graph(args.graph, Path(tmp))))
            return seeds[0]

        for size in args.sizes:
            runs = args.runs or (3 if size <= 2_000_000 else 1)
            bench(source, size, workdir, runs, args.limit, args.only, args.queries, args.before, bool(args.keep),
                  args.together, args.claims_anchor)


if __name__ == "__main__":
    main()
