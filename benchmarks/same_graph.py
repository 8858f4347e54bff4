"""Check that two build folders hold byte-identical exports (graph.trig and graph.ttl).

Run by hand around a change that must not change the graph (a speed-up, a
refactoring)::

    .venv/bin/python -m kg build seeds/ -o /tmp/before        # on the old code
    .venv/bin/python -m kg build seeds/ -o /tmp/after         # on the new code
    .venv/bin/python benchmarks/same_graph.py /tmp/before /tmp/after

Exits 0 when both files are identical, 1 otherwise, printing for each file
that differs the first differing lines and how many lines only one side has.
"""
from __future__ import annotations

import argparse
import difflib
import sys
from pathlib import Path

FILES = ("graph.trig", "graph.ttl")


def compare(before: Path, after: Path, shown: int = 10) -> bool:
    same = True
    for name in FILES:
        old, new = before / name, after / name
        if not old.exists() or not new.exists():
            print(f"{name}: missing in {before if not old.exists() else after}")
            same = False
            continue
        if old.read_bytes() == new.read_bytes():
            print(f"{name}: identical ({old.stat().st_size:,} bytes)")
            continue
        same = False
        a = old.read_text("utf-8").splitlines()
        b = new.read_text("utf-8").splitlines()
        only_a, only_b = set(a) - set(b), set(b) - set(a)
        print(f"{name}: DIFFERS: {len(only_a)} lines only before, {len(only_b)} only after")
        diff = difflib.unified_diff(a, b, str(old), str(new), n=0, lineterm="")
        for line in list(diff)[: shown + 2]:
            print("   ", line)
    return same


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("before", type=Path, help="build folder made before the change")
    parser.add_argument("after", type=Path, help="build folder made after it")
    args = parser.parse_args(argv)
    sys.exit(0 if compare(args.before, args.after) else 1)


if __name__ == "__main__":
    main()
