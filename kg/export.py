"""Serialise the graph in the usual RDF syntaxes, deterministically and atomically.

Same graph in, same bytes out: line-based syntaxes are sorted, and the others
are fed their triples in sorted order, so ``exports/`` diffs well in git.
Files are written to a temporary file and renamed, so an interrupted export
never leaves half a file behind.
"""
from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from rdflib import Dataset, Graph

from .namespaces import PREFIXES


@dataclass(frozen=True)
class Format:
    name: str  # as given on the command line
    rdflib_name: str
    suffix: str
    quads: bool  # keeps the named graphs


FORMATS = {
    f.name: f
    for f in (
        Format("turtle", "turtle", ".ttl", False),
        Format("ntriples", "nt", ".nt", False),
        Format("nquads", "nquads", ".nq", True),
        Format("trig", "trig", ".trig", True),
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
    graph = _bind(Graph())
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
    data = source.serialize(format=fmt.rdflib_name, encoding="utf-8")
    if fmt.rdflib_name in ("nt", "nquads"):
        lines = sorted(set(data.decode("utf-8").splitlines()) - {""})
        data = ("\n".join(lines) + "\n").encode("utf-8")
    return data


def write_atomic(path: str | Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` through a temporary file and a rename."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def export(ds: Dataset, path: str | Path, fmt: str | Format | None = None) -> Path:
    """Write ``ds`` to ``path`` (format from ``fmt`` or the file suffix)."""
    return write_atomic(path, serialize(ds, fmt or format_for_path(path)))
