"""``kg push``: upload the graph to a shared SPARQL store."""
from __future__ import annotations

import click

from ..push import PushError, push
from .common import graph_option, one_line_errors, open_graph


@click.command("push")
@click.option(
    "--endpoint",
    "-e",
    required=True,
    metavar="URL",
    help="SPARQL 1.1 Graph Store Protocol URL, e.g. http://localhost:3030/news/data (Fuseki) "
    "or http://localhost:7878/store (Oxigraph).",
)
@click.option(
    "--graph-per-article",
    is_flag=True,
    help="Upload each named graph (one per article, plus the entities graph) under its own "
    "IRI, keeping provenance. Default: all triples into one graph.",
)
@click.option(
    "--into",
    "target",
    metavar="IRI",
    default=None,
    help="Without --graph-per-article: the graph to replace with all the triples. "
    "Default: the endpoint's default graph.",
)
@click.option(
    "--auth",
    metavar="USER:PASSWORD",
    envvar="KG_PUSH_AUTH",
    default=None,
    help="HTTP Basic credentials, if the endpoint needs them (or set KG_PUSH_AUTH).",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=1),
    default=300.0,
    show_default=True,
    help="Seconds to wait for the endpoint on each upload.",
)
@graph_option
def push_command(endpoint, graph_per_article, target, auth, timeout, graph_path):
    """Upload the built graph to a SPARQL store that others can query.

    Each upload is an HTTP PUT that replaces its graph on the endpoint, so
    pushing again after a rebuild leaves no stale facts there.

    \b
    Example:
      kg push --endpoint http://localhost:3030/news/data --graph-per-article
      kg push -e http://localhost:7878/store --into https://example.org/graph/news
    """
    if target and graph_per_article:
        raise click.UsageError("--into and --graph-per-article exclude each other")
    ds = open_graph(graph_path)
    with one_line_errors(PushError):
        result = push(
            ds, endpoint, per_article=graph_per_article, target=target, auth=auth, timeout=timeout
        )
    click.echo(f"pushed {result.graphs} graph(s), {result.bytes} bytes, to {endpoint}", err=True)
