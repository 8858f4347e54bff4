"""``kg view``: the graph as an interactive HTML page that works offline."""
from __future__ import annotations

import click

from ..view import ActorPage, ViewError, make_view
from ..view.actor_selection import HUB_FACTS
from .common import graph_option, one_line_errors, open_graph, open_source, output_option


@click.command("view")
@output_option(
    default="exports/graph.html",
    help="HTML file to write (atomically). It is self-contained: open it in any browser, "
    "even offline.",
)
@click.option(
    "--focus",
    "focus_name",
    metavar="NAME",
    default=None,
    help="Draw only what surrounds one actor or place (with --detail, also an article): NAME "
    "is a label, an alias or an id (person/lloyd-austin), matched as in kg query --param: "
    "ignoring case and accents, a whole name first, then whole words.",
)
@click.option(
    "--radius",
    default=2,
    show_default=True,
    type=click.IntRange(0, None),
    help="With --focus: how many links away from NAME to go. On the actor page a link is a "
    "statement, a deployment, an affiliation or a location between two actors; with --detail, "
    "1 shows a person's statements and 2 also what they were about.",
)
@click.option(
    "--types",
    "types",
    multiple=True,
    metavar="TYPES",
    help="Keep only these classes, comma-separated or repeated: person, organisation, "
    "country, place, statement, deployment, article (French names work too; actor = "
    "person + organisation). On the actor page, statement and deployment keep only those "
    "links.",
)
@click.option(
    "--article",
    metavar="ID",
    default=None,
    help="Draw one article: the actors it involves and its statements and deployments. "
    "ID is the article id (or a unique start of it).",
)
@click.option(
    "--max-nodes",
    type=click.IntRange(1, None),
    default=None,
    help="Keep at most N nodes: the most mentioned actors (with --detail, the most connected "
    "nodes); the page and the terminal say what was left out. Default: no limit, but 500 "
    "actors around --focus. A page also carries at most 3 000 statements and 1 000 claims "
    "(the drawn actors' own first, then the most recent) and says so when it is cut.",
)
@click.option(
    "--hub-facts",
    type=click.IntRange(0, None),
    default=HUB_FACTS,
    show_default=True,
    metavar="N",
    help="With --focus on the actor page: an actor other than NAME linked by more than N "
    "statements and deployments (a country of a large graph, say) is drawn, but the walk "
    "does not go through it, so its neighbours are not drawn; the page and the terminal name "
    "those actors. Raise N to follow them (slower, and the page keeps the most mentioned "
    "actors); 0 follows every actor.",
)
@click.option(
    "--detail",
    is_flag=True,
    help="Draw every statement, deployment and article as a node too (the full graph, laid "
    "out by physics in the browser, hover a node for its detail) instead of the actor page.",
)
@click.option(
    "--title",
    default="Graphe newskg",
    show_default=True,
    help="Title shown at the top of the page and in the browser tab.",
)
@graph_option
def view_command(output, focus_name, radius, types, article, max_nodes, hub_facts, detail, title, graph_path):
    """Draw the graph as an interactive HTML page (vis-network, works offline).

    The page shows the actors (persons, organisations, countries, places),
    sized by how often they are mentioned or speak, coloured and shaped by
    class. A statement is a link from its speaker to what it is about; a
    deployment a link from origin to destination labelled with the figures and
    who claims them. The layout is computed before the page opens (the same at
    every run); "Animer" turns physics on. Click an actor, or search it by name,
    to read every statement it made (exact words, verb, article, evidence
    sentence) and every troop claim it made or is part of. A second tab has the
    table of troop claims and a chart of the figures over time, one series per
    claimant. Filters: class, article, outlet, date range.

    \b
    Example:
      kg view && xdg-open exports/graph.html
      kg view --focus "Lloyd Austin" --radius 1 -o austin.html
      kg view --detail --types person,country,deployment --max-nodes 200
    """
    # the actor page reads pyoxigraph directly; the detail view walks an rdflib Dataset
    ds = open_graph(graph_path) if detail else open_source(graph_path)
    with one_line_errors(ViewError):
        view = make_view(
            ds,
            output,
            detail=detail,
            title=title,
            focus_name=focus_name,
            radius=radius,
            types=types,
            article=article,
            max_nodes=max_nodes,
            **({} if detail else {"hub_facts": hub_facts}),
        )
    if isinstance(view, ActorPage):
        n, m = len(view.actors), len(view.edges)
        summary = f"{n} actor{'s' if n != 1 else ''}, {m} link{'s' if m != 1 else ''}"
    else:
        summary = f"{len(view.nodes)} nodes, {len(view.edges)} edges"
    click.echo(f"wrote {output}: {summary}", err=True)
    if getattr(view, "hubs", None):
        hubs = sorted(view.hubs.items(), key=lambda kv: (-kv[1], kv[0]))
        click.echo(
            f"not walked through {len(hubs)} actor{'s' if len(hubs) > 1 else ''} linked by more than "
            f"{hub_facts} facts: " + ", ".join(f"{k} ({n})" for k, n in hubs[:6])
            + (f" and {len(hubs) - 6} more" if len(hubs) > 6 else "")
            + "; their other neighbours are not drawn (raise --hub-facts to follow them)",
            err=True,
        )
    if view.left_out:
        lo = view.left_out
        kinds = ", ".join(f"{n} {k.lower()}" for k, n in lo.by_kind.items())
        click.echo(
            f"left out {lo.nodes} of {lo.of} nodes ({kinds}) and {lo.edges} edges "
            f"(--max-nodes {max_nodes}); most connected left out: {', '.join(lo.examples)}",
            err=True,
        )
