"""``kg view``: the graph as an interactive HTML page that works offline."""
from __future__ import annotations

import click

from ..view import ViewError, select, write_view
from .common import graph_option, open_graph


@click.command("view")
@click.option(
    "--output",
    "-o",
    default="exports/graph.html",
    show_default=True,
    type=click.Path(dir_okay=False),
    help="HTML file to write (atomically). It is self-contained: open it in any browser, "
    "even offline.",
)
@click.option(
    "--focus",
    "focus_name",
    metavar="NAME",
    default=None,
    help="Draw only what surrounds one actor, place or article: NAME is a label, an alias, "
    "a title or an id (person/lloyd-austin), matched ignoring case and accents.",
)
@click.option(
    "--radius",
    default=2,
    show_default=True,
    type=click.IntRange(0, None),
    help="With --focus: how many links away from NAME to go. 1 shows a person's statements, "
    "2 also what they were about.",
)
@click.option(
    "--types",
    "types",
    multiple=True,
    metavar="TYPES",
    help="Keep only these classes, comma-separated or repeated: person, organisation, "
    "country, place, statement, deployment, article (French names work too; actor = "
    "person + organisation).",
)
@click.option(
    "--article",
    metavar="ID",
    default=None,
    help="Draw one article: its statements and deployments and the entities they involve. "
    "ID is the article id (or a unique start of it).",
)
@click.option(
    "--max-nodes",
    type=click.IntRange(1, None),
    default=None,
    help="Keep at most N nodes, the most connected ones; the page and the terminal say what "
    "was left out. Default: no limit.",
)
@click.option(
    "--title",
    default="Graphe newskg",
    show_default=True,
    help="Title shown at the top of the page and in the browser tab.",
)
@graph_option
def view_command(output, focus_name, radius, types, article, max_nodes, title, graph_path):
    """Draw the graph as an interactive HTML page (pyvis / vis-network).

    Nodes are coloured and shaped by class (person, organisation, country,
    place, statement, deployment, article) and sized by their number of links;
    edges say what they mean ("a déclaré", "au sujet de", "envoie", "vers"…).
    Hover a node to read a statement's exact words, speaker and article, a
    deployment's figures and who claims them, or an actor's roles and Wikidata
    id. The layout is the same at every run and stops moving once stable.

    \b
    Example:
      kg view
      kg view --focus "Lloyd Austin" --radius 1 -o austin.html
      kg view --types person,country,deployment --max-nodes 200
    """
    ds = open_graph(graph_path)
    try:
        view = select(
            ds,
            focus_name=focus_name,
            radius=radius,
            types=types,
            article=article,
            max_nodes=max_nodes,
        )
        write_view(view, output, title)
    except ViewError as err:
        raise click.ClickException(str(err)) from None
    summary = f"{len(view.nodes)} nodes, {len(view.edges)} edges"
    click.echo(f"wrote {output}: {summary}", err=True)
    if view.left_out:
        lo = view.left_out
        kinds = ", ".join(f"{n} {k.lower()}" for k, n in lo.by_kind.items())
        click.echo(
            f"left out {lo.nodes} of {lo.of} nodes ({kinds}) and {lo.edges} edges "
            f"(--max-nodes {max_nodes}); most connected left out: {', '.join(lo.examples)}",
            err=True,
        )
