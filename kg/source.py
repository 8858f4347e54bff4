"""Find the graph a read command should read, and open it as a pyoxigraph store.

A build keeps its graph in an Oxigraph database on disk (``<out>/store``,
one named graph per article, a link to the live version; see :mod:`kg.swap`); :func:`open_source` opens it read-only, so many
readers can work at once and nothing is parsed per command. An RDF file
(``--graph FILE``) is loaded into an in-memory store, by Oxigraph's own
parsers when it has one for the syntax and through rdflib otherwise, so every
read command sees the same kind of source. Nothing here imports rdflib unless
a file needs it, which keeps ``kg query`` quick to start.
"""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

DEFAULT_DIR = Path("exports")
#: The build's dataset, with its named graphs.
DATASET_FILE = "graph.trig"
#: The portable, committed Turtle export.
TURTLE_FILE = "graph.ttl"
#: The Oxigraph database of a build, inside its output folder.
STORE_DIR = "store"


class GraphNotFound(FileNotFoundError):
    pass


def default_graph_path(out_dir: str | Path = DEFAULT_DIR) -> Path:
    return Path(out_dir) / DATASET_FILE


def default_store_path(out_dir: str | Path = DEFAULT_DIR) -> Path:
    return Path(out_dir) / STORE_DIR


def is_store(path: str | Path) -> bool:
    """Whether ``path`` is an Oxigraph database folder (RocksDB files inside)."""
    path = Path(path)
    return (path / "CURRENT").is_file() and any(path.glob("OPTIONS-*"))


def locate(path: str | Path | None = None) -> Path:
    """The store folder or RDF file that ``path`` (default ``exports/``) names.

    A build folder gives its ``store/`` (or, for a build made before the store
    existed, its ``graph.trig``).
    """
    path = Path(path) if path else DEFAULT_DIR
    asked = path
    if path.is_dir() and not is_store(path):
        if is_store(default_store_path(path)):
            return default_store_path(path)
        path = default_graph_path(path)
    if not path.exists():
        what = f" (no {STORE_DIR}/ nor {DATASET_FILE} in this folder)" if asked.is_dir() else ""
        raise GraphNotFound(
            f"{asked}: no graph there{what}; run `kg build PATH…` first or pass --graph FILE"
        )
    return path


def open_read_only(path: str | Path) -> ox.Store:
    """The Oxigraph database at ``path``, opened read-only (many readers at once)."""
    if not is_store(path):
        raise GraphNotFound(f"{path}: not an Oxigraph store")
    # resolved once: ``store`` is a link that a build swaps (see kg.swap), and
    # RocksDB opens its files by name later, so pin the version opened now
    return ox.Store.read_only(str(Path(path).resolve()))


def load_file(path: str | Path) -> ox.Store:
    """An RDF file in a new in-memory store; its syntax is chosen by extension.

    A file of triples (Turtle, N-Triples, RDF/XML, N3, JSON-LD without graph
    names) is loaded into one named graph, named by the file's ``file:`` IRI,
    as a build's store keeps every triple in a named graph: queries that
    say ``GRAPH ?g`` (``kg query who-said-what``) then find its triples as
    they find a build's, and queries that do not still see them through the
    union default graph. A dataset file (TriG, N-Quads) keeps its own graphs.
    """
    path = Path(path)
    suffix = path.suffix.lower().lstrip(".") or "ttl"
    syntax = {"jsonld": "jsonld", "json": "jsonld", "owl": "rdf", "xml": "rdf"}.get(suffix, suffix)
    graph = ox.NamedNode(path.resolve().as_uri())
    store = ox.Store()
    fmt = ox.RdfFormat.from_extension(syntax)
    if fmt is not None:
        store.bulk_load(path=str(path), format=fmt, to_graph=graph)
        return store
    from rdflib import Dataset  # a syntax Oxigraph cannot parse (e.g. N3 extensions, TriX)
    from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

    ds = Dataset()
    ds.parse(str(path))
    if any(len(g) for g in ds.graphs() if g.identifier != DATASET_DEFAULT_GRAPH_ID):
        store.bulk_load(ds.serialize(format="nquads", encoding="utf-8"), ox.RdfFormat.N_QUADS)
    else:  # triples only: into the file's graph, as above
        store.bulk_load(ds.serialize(format="nt", encoding="utf-8"), ox.RdfFormat.N_TRIPLES, to_graph=graph)
    return store


def open_source(path: str | Path | None = None) -> ox.Store:
    """The graph at ``path`` (default: the build in ``exports/``) as a pyoxigraph store."""
    found = locate(path)
    return open_read_only(found) if is_store(found) else load_file(found)
