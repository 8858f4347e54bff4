"""The graph in memory through rdflib: the syntaxes Oxigraph cannot write, and graphs already in rdflib.

:mod:`kg.export` streams a store with Oxigraph's own writers; this module is
what it hands a graph to when Oxigraph has no writer for the syntax (JSON-LD
compacted with our prefixes), and what writes an rdflib Dataset built in
memory (``kg build``'s ``graph.ttl`` and ``graph.trig``). Same graph in, same
bytes out: line-based syntaxes are sorted, and the others are fed their
triples in sorted order, so ``exports/`` diffs well in git.
"""
from __future__ import annotations

import json

from rdflib import Dataset, Graph, plugin
from rdflib.plugins.serializers.trig import TrigSerializer
from rdflib.serializer import Serializer

from .export import Format, get_format
from .namespaces import PREFIXES


class SortedTrigSerializer(TrigSerializer):
    """TriG with its named graphs in IRI order (rdflib's order follows a set)."""

    def __init__(self, store):
        super().__init__(store)
        self.contexts.sort(key=lambda graph: str(graph.identifier))


plugin.register("trig-sorted", Serializer, __name__, "SortedTrigSerializer")


class SortedGraph(Graph):
    """A graph that yields its triples in sorted order.

    rdflib's RDF/XML serializer walks the store, whose inner containers are
    sets; sorting at the one accessor they all use makes its output stable.
    """

    def triples(self, pattern):
        yield from sorted(super().triples(pattern))


def _sorted_json(value):
    """JSON-LD with every array sorted: order carries no meaning there."""
    if isinstance(value, dict):
        return {k: _sorted_json(v) for k, v in sorted(value.items())}
    if isinstance(value, list):
        items = [_sorted_json(v) for v in value]
        return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    return value


def _bind(graph: Graph) -> Graph:
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True, replace=True)
    return graph


def union_graph(ds: Dataset) -> Graph:
    """Every triple of every named graph, merged into one graph, in sorted order."""
    graph = _bind(SortedGraph())
    for triple in sorted({(s, p, o) for s, p, o, _ in ds.quads((None, None, None, None))}):
        graph.add(triple)
    return graph


def sorted_dataset(ds: Dataset) -> Dataset:
    """A copy of ``ds`` whose graphs and triples were added in sorted order."""
    out = Dataset()
    _bind(out)
    for s, p, o, g in sorted(ds.quads((None, None, None, None)), key=lambda q: (q[3], q[:3])):
        out.graph(g).add((s, p, o))
    return out


def serialize(ds: Dataset, fmt: str | Format = "turtle") -> bytes:
    """The dataset in ``fmt``, byte-identical for identical graphs."""
    fmt = fmt if isinstance(fmt, Format) else get_format(fmt)
    source = sorted_dataset(ds) if fmt.quads else union_graph(ds)
    data = source.serialize(format=fmt.writer, encoding="utf-8")
    if fmt.rdflib_name in ("nt", "nquads"):
        lines = sorted(set(data.decode("utf-8").splitlines()) - {""})
        data = ("\n".join(lines) + "\n").encode("utf-8")
    elif fmt.rdflib_name == "json-ld":
        tree = _sorted_json(json.loads(data))
        data = json.dumps(tree, indent=2, ensure_ascii=False).encode("utf-8") + b"\n"
    return data


def serialize_store(store, fmt: str | Format) -> bytes:
    """A pyoxigraph store in ``fmt`` through rdflib (for a syntax Oxigraph cannot write)."""
    import pyoxigraph as ox

    ds = Dataset()
    ds.parse(data=store.dump(format=ox.RdfFormat.N_QUADS), format="nquads")
    return serialize(ds, fmt)
