"""Build the graph: read articles, extract records, resolve, map to RDF, write.

Exports are written only at the end and atomically, so a failed or
interrupted build leaves the previous exports as they were.
"""
from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from rdflib import Dataset

from .export import FORMATS, serialize, write_atomic
from .mapping import to_dataset
from .pipeline import extract_many
from .reading import InputError, read_articles
from .records import Article, ArticleRecords
from .resolve import resolve
from .store import DATASET_FILE, DEFAULT_DIR, TURTLE_FILE


class BuildError(Exception):
    """The build could not produce a graph at all."""


@dataclass
class BuildResult:
    records: list[ArticleRecords]
    dataset: Dataset
    errors: list[InputError] = field(default_factory=list)
    outputs: list[Path] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors


def _unique_ids(articles: list[Article]) -> list[Article]:
    """Give a second article with an already used id a distinct, stable id."""
    seen: set[str] = set()
    out = []
    for article in articles:
        if article.id in seen:
            from dataclasses import replace

            article = replace(article, id=f"{article.id}-{article.content_hash[:8]}")
        seen.add(article.id)
        out.append(article)
    return out


def _progress(items, total: int, enabled: bool):
    if not enabled:
        return items
    from tqdm import tqdm

    return tqdm(items, total=total, unit="article", desc="extracting", file=sys.stderr)


def build(
    paths: Iterable[str | Path],
    out_dir: str | Path | None = DEFAULT_DIR,
    *,
    progress: bool = False,
) -> BuildResult:
    """Build the graph of the articles in ``paths`` and write it to ``out_dir``.

    Writes ``graph.ttl`` (Turtle) and ``graph.trig`` (with one named graph per
    article). With ``out_dir=None`` nothing is written. Raises
    :class:`BuildError` when no article could be read.
    """
    timings: dict[str, float] = {}
    started = time.perf_counter()
    articles, errors = [], []
    for item in read_articles(paths):
        (errors if isinstance(item, InputError) else articles).append(item)
    articles = _unique_ids(articles)
    timings["reading"] = time.perf_counter() - started
    if not articles:
        raise BuildError("no article could be read" + "".join(f"\n{e}" for e in errors))

    records = list(_progress(extract_many(articles, timings), len(articles), progress))

    started = time.perf_counter()
    dataset = to_dataset(resolve(records))
    timings["rdf"] = time.perf_counter() - started

    result = BuildResult(records=records, dataset=dataset, errors=errors, timings=timings)
    if out_dir is not None:
        started = time.perf_counter()
        out = Path(out_dir)
        payloads = {
            out / TURTLE_FILE: serialize(dataset, FORMATS["turtle"]),
            out / DATASET_FILE: serialize(dataset, FORMATS["trig"]),
        }
        result.outputs = [write_atomic(path, data) for path, data in payloads.items()]
        timings["writing"] = time.perf_counter() - started
    return result
