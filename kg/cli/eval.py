"""``kg eval``: score the graph against gold annotations."""
from __future__ import annotations

import click

from ..evaluate import GoldError, below_thresholds, evaluate, format_json, format_table, load_gold, load_thresholds
from ..query import QueryError
from .common import graph_option, one_line_errors, open_source


@click.command("eval")
@click.argument("gold_dir", type=click.Path(file_okay=False))
@graph_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
    help="table: precision, recall and F1 per kind, attribute accuracy, then one line per "
    "miss, spurious fact and wrong attribute; json: the same as one object, for machines.",
)
@click.option(
    "--summary",
    is_flag=True,
    help="Print only the scores, not each miss and spurious fact (table format).",
)
@click.option(
    "--thresholds",
    "thresholds_path",
    type=click.Path(dir_okay=False),
    default=None,
    help='A JSON file {"min_f1": {"entities": 0.8, …}, "min": {"direct_quotes": 0.95, "partial_quotes": 0.85, '
    '"indirect_speech": 0.75, "quote_precision": 0.95}}: min_f1 bars the F1 of entities, statements and '
    'deployments; min bars any named figure (those four, or KIND.precision / KIND.recall / KIND.f1). '
    "Exit with status 1 when a figure falls below its minimum (for CI).",
)
def eval_command(gold_dir, graph_path, fmt, summary, thresholds_path):
    """Compare the graph with the gold annotations in GOLD_DIR and print the scores.

    GOLD_DIR holds one JSON file per article (format: tests/gold/README.md).
    Entities, statements (with the right speaker) and deployments (with the
    right figures and claimant) are matched one-to-one per article; the table
    gives precision, recall and F1 per kind, the accuracy of attributes of
    matched facts (Wikidata id, statement kind and verb, deployment origin,
    destination, place, status), statements by kind (direct quotes, partial
    quotes and indirect speech found with the right speaker; the precision of
    quotes), then every miss and spurious fact so you see
    what to fix. Articles of the graph without a gold file are ignored.

    \b
    Examples:
      kg eval tests/gold
      kg eval tests/gold --graph build/ --format json > eval.json
      kg eval tests/gold --summary --thresholds tests/gold/thresholds.json
    """
    with one_line_errors(GoldError):
        gold = load_gold(gold_dir)
        bars = load_thresholds(thresholds_path) if thresholds_path else {}
    ds = open_source(graph_path)
    try:
        report = evaluate(ds, gold)
    except QueryError as err:
        raise click.ClickException(f"cannot read the graph: {err}") from None
    click.echo(format_json(report) if fmt == "json" else format_table(report, findings=not summary))
    failures = below_thresholds(report, bars)
    if failures:
        raise click.ClickException("below the quality bar: " + "; ".join(failures))
