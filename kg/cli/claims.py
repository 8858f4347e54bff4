"""``kg claims``: the troop deployment claims, side by side."""
from __future__ import annotations

import click

from ..claims import cached_claims_table, claims_table, format_claims, keeps_claims
from ..query import QueryError
from .common import (
    graph_location,
    graph_option,
    lang_option,
    one_line_errors,
    open_source,
    pager_option,
    table_output,
    wide_option,
)


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
    "(codes such as UpTo and Sent with their labels beside them, counts as numbers, the "
    "evidence sentence); json: the same as a list of objects.",
)
@wide_option
@pager_option
@lang_option
def claims_command(graph_path, fmt, wide, pager):
    """Print every troop deployment claim of the graph side by side.

    One row per distinct claim: its date, the count range with its qualifier
    (up to, at least, about, a range, or vague), origin → destination / place,
    status, who claims it ("(the article)" when the article states it in its
    own voice), the article, and how many times the article states it.

    A claim's date is its article's date from metadata; else a date the
    article's text gives ("mercredi 4 décembre", in the year near those the
    article names whose weekday agrees); else the date of the reported event.
    Dates not from metadata end with *. Rows are ordered by date (undated
    last), then figure, so the estimates of different sources can be compared
    and followed over time. Conflicting figures are all kept.

    `kg build` leaves the table of the store it builds in the build folder's
    cache/claims.json, read from there until the store changes, so the
    answer is at once.

    \b
    Example:
      kg claims
      kg claims --graph build/graph.trig --format csv > claims.csv
    """
    location = graph_location(graph_path)
    with one_line_errors(QueryError):
        claims = cached_claims_table(location) if keeps_claims(location) else claims_table(open_source(graph_path))
    with table_output(fmt, wide, pager) as width:
        click.echo(format_claims(claims, fmt, max_width=width), nl=False)
