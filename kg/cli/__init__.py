"""The ``kg`` command: a thin click layer over the library functions.

Each sub-command lives in the module named after it and only parses options,
calls one library function and prints its result.
"""
from __future__ import annotations

import click

from .. import __version__
from .build import build_command, export_command, validate_command
from .claims import claims_command
from .eval import eval_command
from .view import view_command
from .query import query_command
from .graph import graph_command
from .serve import serve_command
from .push import push_command


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="kg")
def main() -> None:
    """newskg: build a knowledge graph of who said what and who sent whom where,
    from French news articles.

    Start with `kg build seeds/`, which writes exports/graph.ttl; then query it
    with the other commands. Every command has its own --help.
    """


main.add_command(build_command)
main.add_command(export_command)
main.add_command(validate_command)
main.add_command(view_command)
main.add_command(query_command)
main.add_command(graph_command)
main.add_command(claims_command)
main.add_command(eval_command)
main.add_command(serve_command)
main.add_command(push_command)
