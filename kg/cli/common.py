"""Options and helpers shared by the commands."""
from __future__ import annotations

import os
import sys
from contextlib import contextmanager
from pathlib import Path

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


def _writable_folder(ctx, param, value):
    """Refuse, before any work, an output file whose folder cannot be made or written."""
    if value is None:
        return value
    folder = Path(value).absolute().parent
    existing = next(p for p in (folder, *folder.parents) if p.exists())
    if not existing.is_dir():
        raise click.BadParameter(f"{existing} is a file, not a folder")
    if not os.access(existing, os.W_OK | os.X_OK):
        raise click.BadParameter(f"cannot write in {existing}")
    return value


def output_option(*, default: str | None, help: str):
    """``--output``/``-o``: the file a command writes (atomically, :func:`kg.export.write_atomic`).

    Its folder is made when missing, as ``kg build --out`` makes its own; a
    path whose folder cannot be made or written is a one-line usage error
    before any work.
    """
    return click.option(
        "--output",
        "-o",
        default=default,
        show_default=default is not None,
        type=click.Path(dir_okay=False),
        callback=_writable_folder,
        help=f"{help} Its folder is made if missing.",
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


class UsageFailure(click.ClickException):
    """A one-line error caused by the user's input: exit status 2."""

    exit_code = 2


@contextmanager
def one_line_errors(*failures: type[Exception], usage: tuple[type[Exception], ...] = ()):
    """Report the library's own errors on one line, without a traceback.

    ``failures`` exit with status 1, ``usage`` errors (the user's input: a
    name that matches nothing, a malformed query) with status 2; ``failures``
    are tried first, so a failure may subclass a usage error. A context
    manager, or a decorator of a command.
    """
    try:
        yield
    except failures as err:
        raise click.ClickException(str(err)) from None
    except usage as err:
        raise UsageFailure(str(err)) from None


@contextmanager
def table_output(fmt: str, wide: bool, pager: bool):
    """The width a table must fit (the terminal's, measured before a pager takes
    stdout: :func:`kg.terminal.table_width`), with stdout paged while a table is printed."""
    from ..terminal import paged, table_width

    width = table_width(wide)
    with paged(pager and fmt == "table"):
        yield width


@contextmanager
def quiet_when_pipe_closes():
    """``kg … | head``: the reader closing the pipe ends the command quietly, not
    with a traceback (stderr is closed so Python's exit says nothing either)."""
    try:
        yield
    except BrokenPipeError:
        sys.stderr.close()


def query_bounds(*, timeout: float, limit: int, stopping: str, cutting: str):
    """``--timeout``, ``--limit`` (also ``--row-limit``) and ``--allow-federation``: what
    keeps a query in bounds, one definition for ``kg query`` and ``kg serve``.

    The defaults are the command's own (one person at a terminal can wait longer
    than a shared endpoint); ``stopping`` and ``cutting`` say how the command stops
    a slow query and tells that an answer was cut.
    """
    options = (
        click.option(
            "--timeout",
            type=click.FloatRange(min=0),
            default=timeout,
            show_default=True,
            help=f"Stop a query that runs longer than this many seconds (0: never). {stopping}",
        ),
        click.option(
            "--limit",
            "--row-limit",
            "limit",
            type=click.IntRange(min=0),
            default=limit,
            show_default=True,
            help=f"Give at most this many rows (or triples) per answer (0: no limit); {cutting}",
        ),
        click.option(
            "--allow-federation",
            is_flag=True,
            help="Let queries call other SPARQL endpoints with SERVICE <url> { … }. Off by "
            "default: a query should not make this machine send requests anywhere.",
        ),
    )

    def decorate(command):
        for option in reversed(options):
            command = option(command)
        return command

    return decorate


@contextmanager
def _reading_graph(path, errors=(Exception,)):
    """Turn a missing graph, or one that cannot be read (``errors``), into one clean line."""
    try:
        yield
    except GraphNotFound as err:
        raise click.ClickException(str(err)) from None
    except errors as err:  # a parse error in a user's file: the parser's words, on one line
        message = " ".join(str(err).split())[:200]
        raise click.ClickException(f"{path}: cannot read graph: {message}") from None


def open_graph(path):
    """Load a graph as an rdflib Dataset (for the commands that need rdflib), with clean errors."""
    from ..store import load_dataset  # rdflib: only the commands that need it pay for it

    with _reading_graph(path):
        return load_dataset(path)


def open_source(path):
    """Open a graph for a read command as a pyoxigraph store, with clean errors."""
    from ..source import open_source as open_it

    with _reading_graph(path, (SyntaxError, ValueError, OSError)):
        return open_it(path)


def graph_location(path):
    """Where the graph a read command should read is (a store folder or RDF file), with clean errors."""
    from ..source import locate

    with _reading_graph(path, ()):
        return locate(path)


def is_terminal() -> bool:
    return sys.stderr.isatty()
