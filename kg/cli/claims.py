"""``kg claims``: the troop deployment claims, side by side."""
from __future__ import annotations

import click

from ..claims import claims_table, format_claims
from ..query import QueryError
from .common import graph_option, open_source


@click.command("claims")
@graph_option
@click.option(
    "--format",
    "-f",
    "fmt",
    type=click.Choice(["table", "csv", "json"]),
    default="table",
    show_default=True,
    help="table: aligned columns for reading; csv: one row per claim with every field "
    "(counts as numbers, the evidence sentence); json: the same as a list of objects.",
)
def claims_command(graph_path, fmt):
    """Print every troop deployment claim of the graph side by side.

    One row per claim: the count range (jusqu'à, au moins, environ, a range, or
    vague), its qualifier, origin → destination / place, status, who claims it
    ("(the article)" when the article states it in its own voice), the article
    and the date. Rows are ordered by date (undated last), then article, then
    position in the article, so the estimates of different sources can be
    compared and followed over time. Conflicting figures are all kept.

    \b
    Example:
      kg claims
      kg claims --graph build/graph.trig --format csv > claims.csv
    """
    ds = open_source(graph_path)
    try:
        claims = claims_table(ds)
    except QueryError as err:
        raise click.ClickException(str(err)) from None
    click.echo(format_claims(claims, fmt), nl=False)
