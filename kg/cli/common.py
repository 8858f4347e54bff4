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
    "folder. Default: the graph built in ./exports. A file of triples (.ttl, .nt, .rdf) is read "
    "as one named graph named by the file's file: IRI, so queries with GRAPH clauses see it too.",
)


def _choose_lang(ctx, param, value):
    if value is not None:
        from ..i18n import set_lang

        set_lang(value)
    return value


#: ``--lang`` on the group and on every command that prints text for people.
lang_option = click.option(
    "--lang",
    type=click.Choice(["fr", "en"]),
    default=None,
    expose_value=False,
    is_eager=True,
    callback=_choose_lang,
    help="Language of every word newskg prints (headings, statuses, qualifiers, relation "
    "names, messages): fr or en. Default: $KG_LANG, else the locale (fr_* gives French), "
    "else English. Labels and quotes from articles stay as written.",
)

wide_option = click.option(
    "--wide",
    is_flag=True,
    help="Print tables with every character of every cell. By default a table fits the "
    "terminal's width, cutting long cells with an ellipsis (not when the output goes to a "
    "file or a pipe).",
)

pager_option = click.option(
    "--pager/--no-pager",
    default=True,
    show_default=True,
    help="Page long output with $PAGER (else less) when the terminal is interactive, like "
    "git log.",
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


def graph_location(path):
    """Where the graph a read command should read is (a store folder or RDF file), with clean errors."""
    from ..source import locate

    try:
        return locate(path)
    except GraphNotFound as err:
        raise click.ClickException(str(err)) from None


def is_terminal() -> bool:
    return sys.stderr.isatty()
