"""The ``kg`` command: a thin click layer over the library functions.

Each sub-command lives in the module named after it and only parses options,
calls one library function and prints its result. Sub-commands are imported
only when they run, so ``kg --help`` and ``kg query`` do not pay for spaCy,
dask, networkx or rdflib; :data:`COMMANDS` gives the one line ``kg --help``
shows for each (a test checks it is the command's own first docstring line).
"""
from __future__ import annotations

import importlib

import click

from .. import __version__
from .common import lang_option

#: name -> (module, function, one-line help), in the order they are listed.
COMMANDS = {
    "build": ("build", "build_command", "Build the knowledge graph from the articles in PATHS."),
    "export": ("export", "export_command", "Write the built graph in another RDF syntax."),
    "validate": ("build", "validate_command", "Check a graph against the newskg SHACL shapes."),
    "view": ("view", "view_command", "Draw the graph as an interactive HTML page (vis-network, works offline)."),
    "query": ("query", "query_command", "Run a SPARQL query over the graph and print its results."),
    "graph": ("graph", "graph_command", "Network analytics: the graph as a network of actors and places."),
    "claims": ("claims", "claims_command", "Print every troop deployment claim of the graph side by side."),
    "eval": ("eval", "eval_command", "Compare the graph with the gold annotations in GOLD_DIR and print the scores."),
    "serve": ("serve", "serve_command", "Serve the built graph as a read-only SPARQL 1.1 endpoint."),
    "push": ("push", "push_command", "Upload the built graph to a SPARQL store that others can query."),
}


class LazyGroup(click.Group):
    """A group that imports a sub-command's module only when the sub-command is used."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in COMMANDS:
            return None
        module, function, _ = COMMANDS[name]
        return getattr(importlib.import_module(f"{__name__}.{module}"), function)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, help_line) for name, (_, _, help_line) in COMMANDS.items()]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


@click.group(
    cls=LazyGroup,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@click.version_option(__version__, prog_name="kg")
@lang_option
def main() -> None:
    """newskg: build a knowledge graph of who said what and who sent whom where,
    from French news articles.

    Start with `kg build seeds/`, which writes exports/graph.ttl; then query it
    with the other commands. Every command has its own --help.
    """
