"""``kg query``: SPARQL over the graph, ad hoc or canned."""
from __future__ import annotations

import json
import re
import sys

import click

from ..query import (
    AmbiguousName,
    NameNotFound,
    QueryError,
    QueryTimeout,
    canned_queries,
    canned_query,
    stream_query,
)
from ..output import RESULT_FORMATS, write_result
from .common import (
    UsageFailure,
    graph_location,
    graph_option,
    lang_option,
    one_line_errors,
    open_source,
    pager_option,
    query_bounds,
    quiet_when_pipe_closes,
    table_output,
    wide_option,
)

_CANNED_NAME = re.compile(r"^[\w-]+$")
#: Defaults of --timeout (seconds) and --limit (rows).
DEFAULT_TIMEOUT = 300
DEFAULT_LIMIT = 1_000_000


def parse_params(values: tuple[str, ...]) -> dict[str, str]:
    """``("entity=Zelensky",)`` -> ``{"entity": "Zelensky"}``."""
    params = {}
    for value in values:
        name, sep, text = value.partition("=")
        if not sep or not name.strip():
            raise UsageFailure(f"--param {value!r}: expected NAME=VALUE, e.g. entity=Zelensky")
        params[name.strip()] = text.strip()
    return params


@click.command("query")
@click.argument("query", required=False)
@click.option(
    "--file",
    "-f",
    "query_file",
    type=click.File("r", encoding="utf-8"),
    default=None,
    help="Read the SPARQL query from this file ('-' for standard input).",
)
@click.option(
    "--param",
    "-p",
    "params",
    multiple=True,
    metavar="NAME=VALUE",
    help="Bind the query variable ?NAME (repeatable). An entity is given by its name "
    "(label or alias, any case or accents), its key (person/lloyd-austin) or its IRI; "
    "e.g. --param entity=Zelensky.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(RESULT_FORMATS),
    default="table",
    show_default=True,
    help="How to print SELECT and ASK results: an aligned table, CSV, TSV or W3C SPARQL "
    "results JSON. CONSTRUCT and DESCRIBE print Turtle (JSON-LD with json).",
)
@click.option(
    "--width",
    type=click.IntRange(min=0),
    default=60,
    show_default=True,
    help="Cut table cells longer than this (0: never), before the table is fitted to the "
    "terminal. The other formats are never cut.",
)
@query_bounds(
    timeout=DEFAULT_TIMEOUT,
    limit=DEFAULT_LIMIT,
    stopping="The query runs in a child process that is killed at the deadline, so the work "
    "really stops; exit status 1.",
    cutting="the output says when the answer was cut there.",
)
@click.option("--list", "list_only", is_flag=True, help="List the canned queries and exit.")
@wide_option
@pager_option
@lang_option
@graph_option
def query_command(
    query, query_file, params, fmt, width, limit, timeout, allow_federation, list_only, wide,
    pager, graph_path,
):
    """Run a SPARQL query over the graph and print its results.

    QUERY is either SPARQL text or the name of a canned query (see --list).
    Queries see all the articles' named graphs merged as the default graph
    (GRAPH ?g { … } still gives the article). Predeclared prefixes: nkg, id,
    wd, schema, rdf, rdfs, owl, xsd, skos, prov, dcterms, foaf, and one per
    kind of resource: person, org, country, place, article, statement,
    deployment, graph (person:lloyd-austin). Results print with them, so a
    printed name can be pasted back into a query.

    The graph is only read: updates (INSERT, DELETE…) are refused, and so is
    SERVICE unless --allow-federation. A malformed query is reported with its
    line and column, exit status 2.

    \b
    Examples:
      kg query --list
      kg query statements-about --param entity=Zelensky
      kg query actors-by-country -p country=États-Unis --format csv
      kg query 'SELECT ?who ?quote WHERE { ?s nkg:speaker/rdfs:label ?who ; nkg:quote ?quote }'
      kg query 'SELECT ?quote WHERE { ?s nkg:speaker person:lloyd-austin ; nkg:quote ?quote }'
      kg query -f my-query.rq --graph other.ttl --format json
    """
    if list_only:
        click.echo(list_canned(fmt), nl=False)
        return
    if query_file is not None and query:
        raise UsageFailure("give either QUERY or --file, not both")
    if query_file is None and not query:
        raise UsageFailure("give a SPARQL query, a canned query name or --file (see kg query --help)")
    bound = parse_params(params)
    declared = None
    if query_file is not None:
        text = query_file.read()
    elif _CANNED_NAME.match(query.strip()):
        try:
            canned = canned_query(query.strip())
        except QueryError as err:
            raise UsageFailure(str(err)) from None
        text, declared = canned.text_for(bound), canned.params
    else:
        text = query
    # with a time limit the query runs in a child process that opens the graph itself
    source = graph_location(graph_path) if timeout else open_source(graph_path)
    with one_line_errors(QueryTimeout, usage=(QueryError, NameNotFound, AmbiguousName)), \
            quiet_when_pipe_closes():
        result = stream_query(
            source, text, bound, declared,
            limit=limit or None, timeout=timeout or None, allow_service=allow_federation,
        )
        with table_output(fmt, wide, pager) as fit:
            write_result(result, sys.stdout, fmt, 0 if wide else width, fit)
        sys.stdout.flush()
        if result.truncated and fmt != "table":
            click.echo(f"kg query: stopped at {limit} rows (--limit)", err=True)


def list_canned(fmt: str = "table") -> str:
    """The canned queries, one per line (name, description, parameters)."""
    queries = canned_queries().values()
    if fmt == "json":
        data = [
            {
                "name": q.name,
                "description": q.description,
                "params": [
                    {"name": p.name, "kind": p.kind, "description": p.description}
                    for p in q.params
                ],
            }
            for q in queries
        ]
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    size = max((len(q.name) for q in queries), default=0)
    lines = []
    for q in queries:
        usage = "".join(f" [--param {p.name}=…]" for p in q.params)
        lines.append(f"{q.name.ljust(size)}  {q.describe()}{usage}")
    return "\n".join(lines) + "\n" if lines else ""
