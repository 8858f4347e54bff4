"""Time per character of one long article, at 10 000, 100 000 and 1 000 000 characters.

Run by hand (never timed in tests)::

    .venv/bin/python benchmarks/bench_long_article.py
    .venv/bin/python benchmarks/bench_long_article.py --sizes 10000 100000 --old

Every stage must be linear in the article's length, so the time per
character should stay flat from 10 k to 1 M characters: the table prints it
for each stage, and its ratio to the 10 k figure measured in the same run.
Stages: ``paragraphs`` (our sentence-boundary component alone, on a tokenised
doc), ``nlp`` (the whole spaCy pipeline; articles over
:data:`kg.nlp.PIECE_CHARS` are parsed in pieces and joined), ``extraction``
(our extractors over the parsed doc). ``--old`` also times the former
paragraphs component, which set ``token.is_sent_start`` one token at a time
(each assignment checked the whole doc: quadratic), up to 100 k characters.

The article is NOT real news: the lines of the five seed articles (page
chrome left out), in a fixed shuffled order, repeated until the size is reached (cut at a line
break), so its density of names, quotes and figures is the seeds'.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_sparql import machine  # noqa: E402


def long_text(size: int, seed: int = 7) -> str:
    """About ``size`` characters of seed lines, shuffled with a fixed seed."""
    from kg.chrome import chrome_spans

    lines = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        chrome = chrome_spans(text)
        if chrome:  # page chrome, and everything after a "tail" line, is not article text
            text = text[: chrome[0][0]]
        lines += [line for line in text.splitlines() if line.strip() and not chrome_spans(line)]
    random.Random(seed).shuffle(lines)
    out, total, i = [], 0, 0
    while total < size:
        line = lines[i % len(lines)] + "\n"
        out.append(line)
        total += len(line)
        i += 1
    return "".join(out)[:size]


def old_paragraphs(doc):
    """The former component: one ``is_sent_start`` assignment per token."""
    from kg.extract.paragraphs import sentence_starts

    starts = sentence_starts(doc)
    for token in doc[1:]:
        token.is_sent_start = token.i in starts
    return doc


def tokenised(nlp, text):
    """The doc as the paragraphs component receives it (tokenised, glued words split)."""
    from kg.extract.tokens import DEGLUE

    doc = nlp.make_doc(text)
    return nlp.get_pipe(DEGLUE)(doc)


def measure(size: int, old: bool) -> dict[str, float]:
    from kg.analysis import Analysis
    from kg.extract.paragraphs import PARAGRAPHS
    from kg.nlp import load_nlp, pipe_long
    from kg.pipeline import COMPONENTS, prepare
    from kg.reading import make_article

    nlp = load_nlp()
    article = make_article(id="long", text=long_text(size), source="bench")
    text = prepare(article)
    seconds: dict[str, float] = {}

    doc = tokenised(nlp, text)
    started = time.perf_counter()
    nlp.get_pipe(PARAGRAPHS)(doc)
    seconds["paragraphs"] = time.perf_counter() - started
    if old and size <= 100_000:
        doc = tokenised(nlp, text)
        started = time.perf_counter()
        old_paragraphs(doc)
        seconds["paragraphs (old)"] = time.perf_counter() - started

    started = time.perf_counter()
    doc = next(pipe_long(nlp, [text]))
    seconds["nlp"] = time.perf_counter() - started
    started = time.perf_counter()
    analysis = Analysis(article=article, text=text, doc=doc)
    for component in COMPONENTS:
        component(analysis)
    seconds["extraction"] = time.perf_counter() - started
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--old", action="store_true", help="also time the former paragraphs component")
    args = parser.parse_args()
    from kg.nlp import load_nlp

    load_nlp()
    measure(2_000, old=False)  # warm-up: lazily loaded data files, first-call caches
    print(f"# {machine()}")
    rows = {size: measure(size, args.old) for size in args.sizes}
    anchor = rows[args.sizes[0]]
    stages = list(dict.fromkeys(s for row in rows.values() for s in row))
    print(f"| stage | {' | '.join(f'{s:,} chars: µs/char (× {args.sizes[0]:,})' for s in args.sizes)} |")
    print("|---" * (len(args.sizes) + 1) + "|")
    for stage in stages:
        cells = []
        for size in args.sizes:
            if stage not in rows[size]:
                cells.append("–")
                continue
            per_char = rows[size][stage] / size * 1e6
            ratio = per_char / (anchor[stage] / args.sizes[0] * 1e6)
            cells.append(f"{per_char:.2f} (× {ratio:.2f})")
        print(f"| {stage} | {' | '.join(cells)} |")
    total = {size: sum(v for k, v in rows[size].items() if "old" not in k) for size in args.sizes}
    print("| total seconds | " + " | ".join(f"{total[s]:.1f}" for s in args.sizes) + " |")


if __name__ == "__main__":
    main()
