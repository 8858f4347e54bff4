"""Options and helpers shared by the commands."""
from __future__ import annotations

import sys

import click

from ..store import GraphNotFound, load_dataset

graph_option = click.option(
    "--graph",
    "-g",
    "graph_path",
    type=click.Path(dir_okay=True),
    default=None,
    help="Graph to read: an RDF file (.ttl, .nt, .nq, .trig, .jsonld, .rdf) or a build "
    "folder. Default: the graph built in ./exports.",
)


def open_graph(path):
    """Load a graph for a command, turning a missing graph into a clean error."""
    try:
        return load_dataset(path)
    except GraphNotFound as err:
        raise click.ClickException(str(err)) from None
    except Exception as err:  # a parse error in a user's file
        raise click.ClickException(f"{path}: cannot read graph: {err}") from None


def is_terminal() -> bool:
    return sys.stderr.isatty()
