"""Serialise the graph in the usual RDF syntaxes, deterministically and atomically.

Same graph in, same bytes out: line-based syntaxes are sorted, and the others
are fed their triples in sorted order, so ``exports/`` diffs well in git.
Files are written to a temporary file and renamed, so an interrupted export
never leaves half a file behind. N-Quads of a graph in an Oxigraph store
stream straight from the store (in its index order, which depends only on
the content), so exporting a corpus of any size takes no memory.
"""
from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Callable

import pyoxigraph as ox

from rdflib import Dataset, Graph, plugin
from rdflib.plugins.serializers.trig import TrigSerializer
from rdflib.serializer import Serializer

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


@dataclass(frozen=True)
class Format:
    name: str  # as given on the command line
    rdflib_name: str  # rdflib's parser (and, by default, serializer) name
    suffix: str
    quads: bool  # keeps the named graphs
    serializer: str | None = None  # a deterministic serializer plugin, when needed

    @property
    def writer(self) -> str:
        return self.serializer or self.rdflib_name


FORMATS = {
    f.name: f
    for f in (
        Format("turtle", "turtle", ".ttl", False),
        Format("ntriples", "nt", ".nt", False),
        Format("nquads", "nquads", ".nq", True),
        Format("trig", "trig", ".trig", True, serializer="trig-sorted"),
        Format("json-ld", "json-ld", ".jsonld", True),
        Format("rdfxml", "xml", ".rdf", False),
    )
}
ALIASES = {"ttl": "turtle", "nt": "ntriples", "nq": "nquads", "jsonld": "json-ld", "xml": "rdfxml"}


def get_format(name: str) -> Format:
    """Look a format up by name, alias or file suffix (``ttl``, ``.nq``…)."""
    key = name.lower().lstrip(".")
    key = ALIASES.get(key, key)
    if key not in FORMATS:
        raise ValueError(f"unknown RDF format {name!r}; choose one of {', '.join(FORMATS)}")
    return FORMATS[key]


def format_for_path(path: str | Path) -> Format:
    return get_format(Path(path).suffix or "ttl")


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


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def write_atomic(path: str | Path, data: bytes | Callable[[BinaryIO], None]) -> Path:
    """Write ``data`` (bytes, or a function writing to a binary file) to
    ``path`` through a temporary file and a rename."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data) if isinstance(data, bytes) else data(out)
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes files private
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def write(ds: Dataset, out: BinaryIO, fmt: str | Format = "turtle") -> None:
    """Write ``ds`` in ``fmt`` to ``out``, streaming N-Quads from an Oxigraph store."""
    from .store import oxigraph_store  # the store module reads files through this one

    fmt = fmt if isinstance(fmt, Format) else get_format(fmt)
    store = oxigraph_store(ds)
    if store is not None and fmt.name == "nquads":
        store.dump(out, ox.RdfFormat.N_QUADS)
    else:
        out.write(serialize(ds, fmt))


def export(ds: Dataset, path: str | Path, fmt: str | Format | None = None) -> Path:
    """Write ``ds`` to ``path`` (format from ``fmt`` or the file suffix)."""
    chosen = fmt or format_for_path(path)
    return write_atomic(path, lambda out: write(ds, out, chosen))
