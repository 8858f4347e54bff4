"""Open the built graph, or any RDF file, as a dataset.

Every command that reads a graph (query, graph, view, export, validate, eval)
goes through :func:`load_dataset`, so where and how the graph is stored is
decided here only.
"""
from __future__ import annotations

from pathlib import Path

from rdflib import Dataset

from .export import format_for_path

DEFAULT_DIR = Path("exports")
#: The build's dataset, with its named graphs.
DATASET_FILE = "graph.trig"
#: The portable, committed Turtle export.
TURTLE_FILE = "graph.ttl"


class GraphNotFound(FileNotFoundError):
    pass


def default_graph_path(out_dir: str | Path = DEFAULT_DIR) -> Path:
    return Path(out_dir) / DATASET_FILE


def load_dataset(path: str | Path | None = None) -> Dataset:
    """Load ``path`` (default: the built graph in ``exports/``) as a Dataset.

    The syntax is chosen by file extension (.ttl, .nt, .nq, .trig, .jsonld, .rdf).
    """
    path = Path(path) if path else default_graph_path()
    if path.is_dir():
        path = default_graph_path(path)
    if not path.exists():
        raise GraphNotFound(
            f"{path}: no graph there; run `kg build PATH…` first or pass --graph FILE"
        )
    fmt = format_for_path(path)
    ds = Dataset()
    ds.parse(path, format=fmt.rdflib_name)
    return ds
