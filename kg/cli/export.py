"""``kg export``: the built graph in another RDF syntax, written by Oxigraph from the store."""
from __future__ import annotations

import sys

import click

from ..export import FORMATS, export, get_format, write_store
from .common import graph_option, open_source, output_option, quiet_when_pipe_closes


@click.command("export")
@click.option(
    "--format",
    "-f",
    "fmt",
    default="turtle",
    show_default=True,
    help=f"RDF syntax: {', '.join(FORMATS)}. The quad syntaxes (nquads, trig, json-ld) "
    "keep one named graph per article; the others merge them, each triple once.",
)
@output_option(
    default=None,
    help="File to write (atomically: a failed export leaves no file, or the previous one). "
    "Default: standard output.",
)
@graph_option
def export_command(fmt, output, graph_path):
    """Write the built graph in another RDF syntax.

    Oxigraph writes every syntax but JSON-LD straight from the store, streamed,
    with the prefixes of kg query declared (person:, nkg:…), so it works for a
    graph of any size; JSON-LD is built in memory by rdflib. The same store
    always gives the same bytes.

    \b
    Example:
      kg export --format nquads -o graph.nq
      kg export -f json-ld | jq .
    """
    try:
        chosen = get_format(fmt)
    except ValueError as err:
        raise click.BadParameter(str(err), param_hint="--format") from None
    store = open_source(graph_path)
    if output:
        export(store, output, chosen)
        click.echo(f"wrote {output}", err=True)
    else:
        with quiet_when_pipe_closes():
            write_store(store, sys.stdout.buffer, chosen)
            sys.stdout.flush()
