"""``kg serve``: the built graph as a read-only SPARQL endpoint."""
from __future__ import annotations

import signal
import sys

import click

from ..serve import (
    DEFAULT_HOST,
    DEFAULT_PORT,
    DEFAULT_ROW_LIMIT,
    DEFAULT_TIMEOUT,
    ServeError,
    start_server,
    store_to_serve,
)
from ..source import GraphNotFound
from .common import one_line_errors, query_bounds


@click.command("serve")
@click.option(
    "--graph",
    "-g",
    "graph_path",
    type=click.Path(),
    default=None,
    help="Build folder (or its store/ folder) to serve. Default: the graph built in ./exports.",
)
@click.option(
    "--port",
    "-p",
    type=click.IntRange(1, 65535),
    default=DEFAULT_PORT,
    show_default=True,
    help="TCP port to listen on.",
)
@click.option(
    "--host",
    default=DEFAULT_HOST,
    show_default=True,
    help="Address to listen on. The default answers only this machine; anything else "
    "exposes the graph to the network.",
)
@click.option(
    "--union-default-graph/--no-union-default-graph",
    "union",
    default=True,
    show_default=True,
    help="Let queries without GRAPH see every named graph at once (as `kg query` does); "
    "otherwise the default graph is empty and facts are reached with GRAPH ?article { … }.",
)
@query_bounds(
    timeout=DEFAULT_TIMEOUT,
    limit=DEFAULT_ROW_LIMIT,
    stopping="Oxigraph cancels it.",
    cutting="the X-Row-Limit response header says when the answer was cut there.",
)
def serve_command(graph_path, port, host, union, timeout, limit, allow_federation):
    """Serve the built graph as a read-only SPARQL 1.1 endpoint.

    Runs the Oxigraph server (installed with newskg) over the store of the
    build, until Ctrl-C. Queries go to http://HOST:PORT/query (GET or POST, any
    SPARQL client; results in JSON, XML, CSV or TSV by content negotiation) and
    http://HOST:PORT/ has a query page. Other kg commands can read the store
    meanwhile; stop the server before running `kg build` on it again.

    The prefixes of `kg query` are predeclared (nkg:, person:, country:…).
    Updates are refused, SERVICE too unless --allow-federation; queries are
    cancelled after --timeout seconds and answers cut at --limit rows.

    \b
    Example:
      kg serve --port 7878
      curl -H 'Accept: text/csv' --data-urlencode \\
           'query=SELECT (COUNT(*) AS ?n) { ?s ?p ?o }' http://127.0.0.1:7878/query
    """
    with one_line_errors(GraphNotFound, ServeError):
        store = store_to_serve(graph_path)
        server = start_server(
            store, host=host, port=port, union=union, quiet=True,
            timeout=timeout or None, row_limit=limit or None, allow_federation=allow_federation,
        )
    # a plain `kill` must stop the Oxigraph server too, not leave it orphaned
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    click.echo(f"SPARQL endpoint: {server.query_url} (read-only; Ctrl-C to stop)", err=True)
    try:
        server.process.wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    if server.process.returncode not in (0, None, -15):
        raise click.ClickException(f"the Oxigraph server stopped (status {server.process.returncode})")
