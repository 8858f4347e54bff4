"""Which spaCy components the extractors need: records and parse time without each one.

Run by hand (under the heavy-work lock on a shared machine)::

    .venv/bin/python benchmarks/nlp_components.py seeds/ tests/corpus/dev

For each component of the model (the parser excepted: spaCy crashes without
it, and sentences and dependencies come from it), extracts every article with
the component disabled and prints how many articles keep exactly the records
of the full pipeline, and the parse time with and without it. The finding is
written down in kg/nlp.py.
"""
from __future__ import annotations

import sys
import time

from kg import pipeline
from kg.nlp import load_nlp
from kg.reading import read_articles
from kg.records import Article


def main(paths: list[str]) -> None:
    articles = [a for a in read_articles(paths) if isinstance(a, Article)]
    nlp = load_nlp()
    base = [r.to_dict() for r in pipeline.extract_many(articles, catch=False)]
    texts = [pipeline.prepare(a) for a in articles]
    print(f"{len(articles)} articles; pipeline: {', '.join(nlp.pipe_names)}")
    for name in nlp.pipe_names:
        if name == "parser" or name.startswith("newskg_"):
            continue
        started = time.perf_counter()
        list(nlp.pipe(texts, batch_size=16))
        full = time.perf_counter() - started
        with nlp.select_pipes(disable=[name]):
            started = time.perf_counter()
            list(nlp.pipe(texts, batch_size=16))
            less = time.perf_counter() - started
            records = [r.to_dict() for r in pipeline.extract_many(articles, catch=False)]
        same = sum(a == b for a, b in zip(base, records))
        print(f"without {name:16} {same:>4}/{len(base)} articles unchanged; "
              f"parse {full:.2f} s -> {less:.2f} s")


if __name__ == "__main__":
    main(sys.argv[1:] or ["seeds/"])
