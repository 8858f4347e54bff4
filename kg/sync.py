"""Bring the Oxigraph store in line with a resolved corpus, rewriting only what changed.

Each article is one named graph; the corpus-wide graphs (the entities graph,
and any other graph :func:`kg.mapping.to_dataset` makes without articles)
come from mapping the corpus without its articles. A graph is rewritten when
its digest differs from the one recorded when it was last written, or when
it is missing from the store; a graph that is in the store but not in the
corpus (an article that disappeared) is dropped. So after a sync the store
holds exactly what ``to_dataset(corpus)`` would, whatever was there before.

Articles stream through: each one's digest is checked as it comes, and
only those whose graph changed are mapped, in partitions (in this process,
in the build's worker processes or on Dask workers), each turned into N-Quads, written under
``<out>/partitions/`` and bulk-loaded. Memory does not grow with the corpus.
"""
from __future__ import annotations

import hashlib
import shutil
import time
from collections import deque
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any, Callable, Iterator

import pyoxigraph as ox
from rdflib import Dataset, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from .cache import CachedArticle, GraphDigests, records_digest
from .mapping import article_iri, article_triples, to_dataset
from .parallel import batched, map_batches
from .records import ArticleRecords
from .resolve import Corpus

PARTITIONS_DIR = "partitions"
#: Articles mapped per partition (one N-Quads file each).
PARTITION_SIZE = 500
#: Below this many bytes a partition is loaded in one transaction; above, bulk-loaded.
BULK_BYTES = 4 << 20


@dataclass
class SyncStats:
    written: int = 0  # graphs (re)written
    removed: int = 0  # graphs dropped and not rewritten
    unchanged: int = 0  # graphs found current and left alone
    seconds: float = 0.0

    @property
    def changed(self) -> bool:
        return bool(self.written or self.removed)


def graph_nquads(ds: Dataset, graph: URIRef) -> bytes:
    """The triples of one graph of ``ds`` as sorted N-Quads lines."""
    data = ds.graph(graph).serialize(format="nt", encoding="utf-8")
    suffix = b"" if graph == DATASET_DEFAULT_GRAPH_ID else f" <{graph}>".encode()
    lines = sorted({line[:-1].rstrip() for line in data.splitlines() if line.strip()})
    return b"".join(line + suffix + b" .\n" for line in lines)


class OxigraphTerms:
    """The terms of :func:`kg.mapping.article_triples` made as Oxigraph's, for the store.

    Lexical forms are rdflib's, so the store holds what an rdflib graph of the
    same triples would: ``str`` of an ``int``, ``isoformat`` of a ``date``,
    ``true``/``false`` typed ``xsd:boolean``.
    """

    def __init__(self) -> None:
        self._iris: dict[str, ox.NamedNode] = {}

    def iri(self, value: str) -> ox.NamedNode:
        node = self._iris.get(value)
        if node is None:
            node = ox.NamedNode(value)
            if len(self._iris) < 10_000:  # the vocabulary and frequent entities
                self._iris[value] = node
        return node

    def literal(self, value, lang: str | None = None, datatype: str | None = None) -> ox.Literal:
        if lang:
            return ox.Literal(value, language=lang)
        if isinstance(value, bool):
            return ox.Literal(value)  # "true"^^xsd:boolean, as rdflib's Literal(True)
        if datatype:
            lexical = value.isoformat() if isinstance(value, date) else str(value)
            return ox.Literal(lexical, datatype=self.iri(datatype))
        return ox.Literal(value)


def partition_nquads(corpus: Corpus) -> bytes:
    """N-Quads of the article graphs of ``corpus`` (the task a worker runs).

    Its articles may be :class:`kg.cache.CachedArticle`, loaded (parsed and
    resolved) here, so under ``--jobs`` that work is the workers', not the
    parent's. The triples are :func:`kg.mapping.article_triples`, as in ``to_dataset``,
    made as Oxigraph terms and serialised by Oxigraph straight away: rdflib
    terms, or an rdflib graph, in between cost more than the mapping itself.
    """
    terms = OxigraphTerms()
    quads = (
        ox.Quad(s, p, o, graph)
        for item in corpus.articles
        for rec in (item.load() if isinstance(item, CachedArticle) else item,)
        for graph in (ox.NamedNode(str(article_iri(rec.article.id))),)
        for s, p, o in article_triples(rec, terms)
    )
    return ox.serialize(quads, format=ox.RdfFormat.N_QUADS)


def corpus_graphs(corpus: Corpus, map_dataset: Callable[[Corpus], Dataset] = to_dataset):
    """The corpus-wide graphs (everything but the article graphs), as N-Quads by graph."""
    ds = map_dataset(replace(corpus, articles=[]))
    graphs = {g.identifier for g in ds.graphs()} | {DATASET_DEFAULT_GRAPH_ID}
    return {str(g): data for g in sorted(graphs) if (data := graph_nquads(ds, g))}


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _graph_node(iri: str):
    return ox.DefaultGraph() if iri == str(DATASET_DEFAULT_GRAPH_ID) else ox.NamedNode(iri)


def _load(store: ox.Store, data: bytes, path: Path | None, bulk: bool = False) -> None:
    """Add N-Quads to ``store``: big (or ``bulk``) ones through a file and bulk_load."""
    if not data:
        return
    if path is None or not (bulk or len(data) >= BULK_BYTES):
        store.load(data, format=ox.RdfFormat.N_QUADS)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    store.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS)
    path.unlink()


def sync_store(
    store: ox.Store,
    corpus: Corpus,
    cache: GraphDigests | None = None,
    *,
    full: bool = False,
    client: Any = None,
    work_dir: str | Path | None = None,
    partition_size: int | None = None,
    map_dataset: Callable[[Corpus], Dataset] = to_dataset,
) -> SyncStats:
    """Make ``store`` hold the graphs of ``corpus``; ``full`` rewrites everything.

    ``corpus.articles`` may be any iterable of resolved records (or of
    :class:`kg.cache.CachedArticle`), one per article: a generator streams them, so a corpus larger than memory can be
    synced. ``cache`` (the digests of this store version, from
    :meth:`kg.cache.BuildCache.graphs`) remembers the digest of each graph written, so an
    unchanged graph is not rewritten next time; without it every graph is.
    ``client`` (a :class:`kg.parallel.LocalPool` or a Dask client) maps the
    article partitions on its workers.
    Large partitions go through N-Quads files in ``work_dir/partitions/``.
    """
    started = time.perf_counter()
    stats = SyncStats()
    if full:
        store.clear()
        if cache:
            cache.forget_graphs(cache.graph_digests())
    known = cache.graph_digests() if cache else {}
    present = {g.value for g in store.named_graphs()}
    if next(store.quads_for_pattern(None, None, None, ox.DefaultGraph()), None) is not None:
        present.add(str(DATASET_DEFAULT_GRAPH_ID))
    base = corpus_graphs(corpus, map_dataset)
    wanted = set(base)

    def current(iri: str, digest: str) -> bool:
        """Whether the store already holds this graph as it should be."""
        return known.get(iri) == digest and iri in present

    def rewrite(digests: dict[str, str], data: bytes, path: Path | None = None) -> None:
        """Replace the graphs named in ``digests`` by the quads in ``data``."""
        if cache:  # a crash from here on leaves these graphs unknown, so rewritten next time
            cache.forget_graphs(digests)
        for iri in sorted(digests):
            if iri in present:
                _drop(store, iri)
        _load(store, data, path, bulk=path is not None and client is not None)
        if cache:
            cache.set_graphs(digests)
        stats.written += len(digests)

    digests = {iri: _digest(data) for iri, data in base.items()}
    changed = {iri: d for iri, d in digests.items() if not current(iri, d)}
    stats.unchanged += len(base) - len(changed)
    if changed:
        rewrite(changed, b"".join(base[iri] for iri in sorted(changed)))

    def changed_articles() -> Iterator[tuple[str, str, ArticleRecords | CachedArticle]]:
        """``(iri, digest, records)`` of each article whose graph is missing or differs
        (a cached article's records are loaded where its partition is mapped)."""
        for item in corpus.articles:
            if isinstance(item, CachedArticle):  # records built only if the graph changed
                iri, digest = str(article_iri(item.article_id)), item.digest
            else:
                iri, digest = str(article_iri(item.article.id)), records_digest(item)
            wanted.add(iri)
            if current(iri, digest):
                stats.unchanged += 1
            else:
                yield iri, digest, item

    batches: deque[dict[str, str]] = deque()

    def partitions() -> Iterator[Corpus]:
        """Partitions of the articles whose graph changed; the others are only counted."""
        for batch in batched(changed_articles(), partition_size or PARTITION_SIZE):
            batches.append(dict((iri, digest) for iri, digest, _ in batch))
            yield replace(corpus, entities={}, articles=[rec for _, _, rec in batch])

    folder = Path(work_dir) / PARTITIONS_DIR if work_dir else None
    for number, data in enumerate(map_batches(partition_nquads, partitions(), client=client)):
        rewrite(batches.popleft(), data, folder / f"part-{number:05d}.nq" if folder else None)

    stale = (present | set(known)) - wanted
    if cache:
        cache.forget_graphs(stale)
    for iri in sorted(stale & present):
        _drop(store, iri)
    stats.removed = len(stale)
    store.flush()
    if folder and folder.exists():
        shutil.rmtree(folder, ignore_errors=True)
    stats.seconds = time.perf_counter() - started
    return stats


def _drop(store: ox.Store, iri: str) -> None:
    node = _graph_node(iri)
    if isinstance(node, ox.DefaultGraph):
        store.clear_graph(node)
    else:
        store.remove_graph(node)
