"""Options and helpers shared by the commands."""
from __future__ import annotations

import sys

import click

from ..source import GraphNotFound

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
    """Load a graph as an rdflib Dataset (for the commands that need rdflib),
    turning a missing graph into a clean error."""
    from ..store import load_dataset  # rdflib: only the commands that need it pay for it

    try:
        return load_dataset(path)
    except GraphNotFound as err:
        raise click.ClickException(str(err)) from None
    except Exception as err:  # a parse error in a user's file
        raise click.ClickException(f"{path}: cannot read graph: {err}") from None


def open_source(path):
    """Open a graph for a read command as a pyoxigraph store, with clean errors."""
    from ..source import open_source as open_it

    try:
        return open_it(path)
    except GraphNotFound as err:
        raise click.ClickException(str(err)) from None
    except (SyntaxError, ValueError, OSError) as err:  # a parse error in a user's file
        message = " ".join(str(err).split())[:200]
        raise click.ClickException(f"{path}: cannot read graph: {message}") from None


def is_terminal() -> bool:
    return sys.stderr.isatty()
