"""Open the built graph, or any RDF file, as a dataset.

Every command that reads a graph (query, graph, view, export, validate, eval)
goes through :func:`load_dataset`, so where and how the graph is stored is
decided here only.

A build keeps its graph in an Oxigraph database on disk (``<out>/store``,
one named graph per article; a link to the live version, which a build swaps
atomically, see :mod:`kg.swap`). :func:`load_dataset` opens it read-only behind
rdflib's :class:`~rdflib.Dataset` API (through oxrdflib), so nothing is parsed
per command and ``ds.query(...)`` is evaluated by Oxigraph, not by rdflib's
SPARQL engine. RDF files (``--graph FILE``) are still parsed into memory.
"""
from __future__ import annotations

from pathlib import Path
import pyoxigraph as ox
from oxrdflib import OxigraphStore
from rdflib import Dataset, Literal
from rdflib.namespace import XSD

from .export import format_for_path
from .namespaces import PREFIXES

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


def _plain(term):
    """rdflib's plain literal for Oxigraph's ``"x"^^xsd:string`` (RDF 1.1 says they are one)."""
    if isinstance(term, Literal) and term.datatype == XSD.string:
        return Literal(str(term))
    return term


class NewskgOxigraphStore(OxigraphStore):
    """oxrdflib's store, returning plain literals as rdflib makes them.

    Oxigraph gives every plain literal the datatype xsd:string; rdflib keeps
    them apart, so without this a graph read from the store would not compare
    (or serialise) equal to the same graph built in memory.
    """

    def triples(self, triple_pattern, context=None):
        for (s, p, o), contexts in super().triples(triple_pattern, context):
            yield (s, p, _plain(o)), contexts

    def add_graph(self, graph) -> None:
        """rdflib calls this for every ``ds.graph(name)``, even just to read one."""
        try:
            super().add_graph(graph)
        except RuntimeError:  # a read-only store: reading a graph needs no registering
            pass

    def query(self, query, initNs, initBindings, queryGraph, **kwargs):  # noqa: N803
        # Oxigraph wants plain strings; rdflib also accepts closed namespaces like NKG
        prefixes = {prefix: str(ns) for prefix, ns in (initNs or {}).items()}
        try:
            result = super().query(query, prefixes, initBindings, queryGraph, **kwargs)
        except RuntimeError as err:
            # Oxigraph binds only projected variables; rdflib's engine (over this
            # same store) binds any, so let rdflib take that rare query.
            if initBindings and "projection" in str(err):
                raise NotImplementedError(str(err)) from err
            raise
        if result.type == "SELECT":
            bindings = result.bindings
            result.bindings = ({k: _plain(v) for k, v in row.items()} for row in bindings)
        elif result.type == "CONSTRUCT":
            graph = result.graph
            result.graph = type(graph)()
            result.graph += ((s, p, _plain(o)) for s, p, o in graph)
        return result


def open_store(path: str | Path, *, read_only: bool = True) -> ox.Store:
    """The Oxigraph database at ``path``; read-only opens allow many readers at once."""
    path = Path(path)
    if read_only:
        if not is_store(path):
            raise GraphNotFound(f"{path}: not an Oxigraph store")
        # resolved once: ``store`` is a link that a build swaps (see kg.swap), and
        # RocksDB opens its files by name later, so pin the version opened now
        return ox.Store.read_only(str(path.resolve()))
    path.mkdir(parents=True, exist_ok=True)
    return ox.Store(str(path))


def store_dataset(store: ox.Store) -> Dataset:
    """An rdflib Dataset whose triples and SPARQL queries are Oxigraph's."""
    ds = Dataset(store=NewskgOxigraphStore(store=store))
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns, override=True, replace=True)
    return ds


def locate(path: str | Path | None = None) -> Path:
    """The store folder or RDF file that ``path`` (default ``exports/``) names.

    A build folder gives its ``store/`` (or, for a build made before the store
    existed, its ``graph.trig``).
    """
    path = Path(path) if path else DEFAULT_DIR
    if path.is_dir() and not is_store(path):
        if is_store(default_store_path(path)):
            return default_store_path(path)
        path = default_graph_path(path)
    if not path.exists():
        raise GraphNotFound(
            f"{path}: no graph there; run `kg build PATH…` first or pass --graph FILE"
        )
    return path


def load_dataset(path: str | Path | None = None) -> Dataset:
    """Open ``path`` (default: the graph built in ``exports/``) as a Dataset.

    A build folder or a store folder opens its Oxigraph store read-only; a file
    is parsed into memory, its syntax chosen by extension (.ttl, .nt, .nq, .trig,
    .jsonld, .rdf).
    """
    path = locate(path)
    if is_store(path):
        return store_dataset(open_store(path))
    fmt = format_for_path(path)
    ds = Dataset()
    ds.parse(path, format=fmt.rdflib_name)
    return ds


def is_store_backed(ds: Dataset) -> bool:
    """Whether ``ds`` is evaluated by Oxigraph (its queries never reach rdflib's engine)."""
    return isinstance(ds.store, OxigraphStore)


def oxigraph_store(ds: Dataset) -> ox.Store | None:
    """The pyoxigraph store under ``ds``, for code that wants Oxigraph directly."""
    return ds.store._inner if is_store_backed(ds) else None


def count_quads(ds: Dataset) -> int:
    """Triples in all graphs of ``ds``, one per graph holding them.

    Unlike ``len(ds)`` on a store (a ``COUNT(DISTINCT …)`` of the union,
    which holds every triple in memory at once), this costs no memory.
    """
    store = oxigraph_store(ds)
    return len(store) if store is not None else sum(len(g) for g in ds.graphs())
