"""Serialise the graph in the usual RDF syntaxes, deterministically and atomically.

A graph in an Oxigraph store (what ``kg export`` reads) is written by
Oxigraph's own writers, streamed to the file, with our prefixes declared
(:data:`kg.prefixes.QUERY_PREFIXES`, so ``person:lloyd-austin`` reads as in
``kg query``): N-Quads and TriG keep one named graph per article; Turtle,
N-Triples and RDF/XML hold the union of the graphs, each triple once. The
store yields its quads in index order, which depends only on its content, so
the same store gives the same bytes. JSON-LD, which Oxigraph writes without
our prefixes, goes through rdflib in memory (:mod:`kg.export_rdflib`, the
one place a store meets rdflib here), as does an rdflib Dataset built in
memory (``kg build``'s ``graph.ttl``, sorted for git).

Files are written to a temporary file and renamed, so an interrupted export
never leaves half a file behind. rdflib is imported only by what needs it.
"""
from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Callable, Iterator

import pyoxigraph as ox

from .prefixes import QUERY_PREFIXES


@dataclass(frozen=True)
class Format:
    name: str  # as given on the command line
    rdflib_name: str  # rdflib's parser (and, by default, serializer) name
    suffix: str
    quads: bool  # keeps the named graphs
    serializer: str | None = None  # a deterministic rdflib serializer plugin, when needed
    oxigraph: str | None = None  # the RdfFormat attribute Oxigraph writes it with, if it does

    @property
    def writer(self) -> str:
        return self.serializer or self.rdflib_name

    @property
    def rdf_format(self) -> ox.RdfFormat | None:
        return getattr(ox.RdfFormat, self.oxigraph) if self.oxigraph else None


FORMATS = {
    f.name: f
    for f in (
        Format("turtle", "turtle", ".ttl", False, oxigraph="TURTLE"),
        Format("ntriples", "nt", ".nt", False, oxigraph="N_TRIPLES"),
        Format("nquads", "nquads", ".nq", True, oxigraph="N_QUADS"),
        Format("trig", "trig", ".trig", True, serializer="trig-sorted", oxigraph="TRIG"),
        Format("json-ld", "json-ld", ".jsonld", True),  # Oxigraph's omits our prefixes
        Format("rdfxml", "xml", ".rdf", False, oxigraph="RDF_XML"),
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


_SUBJECTS = "SELECT DISTINCT ?s WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"


def union_triples(store: ox.Store) -> Iterator[ox.Triple]:
    """Every triple of every graph of ``store`` once, subject by subject.

    Only one subject's triples are held at a time (sorted, so the order does
    not depend on how the store keeps them); the subjects come in the store's
    index order.
    """
    for (subject,) in store.query(_SUBJECTS):
        triples = {q.triple for q in store.quads_for_pattern(subject, None, None)}
        yield from sorted(triples, key=str)


def write_store(store: ox.Store, out: BinaryIO, fmt: str | Format = "turtle") -> None:
    """Stream ``store`` to ``out`` in ``fmt`` (Oxigraph's writers; rdflib for JSON-LD)."""
    fmt = fmt if isinstance(fmt, Format) else get_format(fmt)
    rdf_format = fmt.rdf_format
    if rdf_format is None:
        from .export_rdflib import serialize_store  # the one syntax Oxigraph lacks

        out.write(serialize_store(store, fmt))
    elif fmt.quads:
        store.dump(out, rdf_format, prefixes=QUERY_PREFIXES)
    else:
        ox.serialize(union_triples(store), out, rdf_format, prefixes=QUERY_PREFIXES)


def write(source, out: BinaryIO, fmt: str | Format = "turtle") -> None:
    """Write ``source`` in ``fmt`` to ``out``: a pyoxigraph store (or an rdflib
    Dataset over one) streams from Oxigraph, an rdflib Dataset in memory is
    serialised by rdflib, sorted."""
    fmt = fmt if isinstance(fmt, Format) else get_format(fmt)
    store = _oxigraph_store(source)
    if store is not None:
        write_store(store, out, fmt)
    else:
        from .export_rdflib import serialize

        out.write(serialize(source, fmt))


def export(source, path: str | Path, fmt: str | Format | None = None) -> Path:
    """Write ``source`` (store or Dataset) to ``path``, atomically (format from ``fmt`` or the suffix)."""
    chosen = fmt or format_for_path(path)
    return write_atomic(path, lambda out: write(source, out, chosen))


def _oxigraph_store(source) -> ox.Store | None:
    if isinstance(source, ox.Store):
        return source
    inner = getattr(getattr(source, "store", None), "_inner", None)
    return inner if isinstance(inner, ox.Store) else None


def __getattr__(name: str):
    """The rdflib serialisers, still importable from here, loaded only when asked for."""
    if name in ("serialize", "union_graph", "sorted_dataset", "SortedGraph", "SortedTrigSerializer"):
        from . import export_rdflib

        return getattr(export_rdflib, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
