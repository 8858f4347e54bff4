"""``kg graph``: network analytics over the actors and places of the graph."""
from __future__ import annotations

import json
from dataclasses import asdict

import click

from .. import analytics
from ..i18n import label, t
from ..query import AmbiguousName, NameNotFound
from ..text import one_line
from .common import graph_option, lang_option, one_line_errors, open_source

format_option = click.option(
    "--format",
    "fmt",
    type=click.Choice(("text", "json")),
    default="text",
    show_default=True,
    help="Print readable text, or JSON (the library function's result) for other tools.",
)


def _load(graph_path, support: bool = True):
    """The projection; ``support=False`` for what only counts links (see analytics.project)."""
    return analytics.project(open_source(graph_path), support=support)


def _emit(fmt: str, data, text: str) -> None:
    if fmt == "json":
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        click.echo(text, nl=False)


def _name(node: analytics.Node) -> str:
    return f"{node.label} ({label(node.kind)})"


SYMMETRIC = {"co-mentioned"}


def _relation(name: str) -> str:
    """How a relation reads: its ontology label in the run's language (kg.i18n)."""
    term = analytics.RELATION_TERMS.get(name)
    return label(term) if term else name.replace("-", " ")


@click.group("graph")
@lang_option
def graph_command():
    """Network analytics: the graph as a network of actors and places.

    Nodes are the people, organisations, countries and places. Two nodes are
    linked when one spoke about the other, when both are the subject of one
    statement (co-mentioned), when one claimed a deployment from or to the
    other, when troops were deployed from one to the other, when one is
    affiliated with the other, or when a place is located in a country. Each
    link keeps the articles and the statements or deployments behind it.

    Names (A, B, NAME) are matched by label or alias, ignoring case and
    accents; a key (person/lloyd-austin) or IRI works too. An ambiguous name
    lists the candidates.
    """


@graph_command.command("stats")
@graph_option
@lang_option
@format_option
def stats_command(graph_path, fmt):
    """Count nodes by class and links by meaning; components and density."""
    s = analytics.stats(_load(graph_path, support=False))
    lines = [f"{t('graph.nodes')}: {s.nodes}"]
    lines += [f"  {label(kind)}: {n}" for kind, n in s.nodes_by_kind.items()]
    lines.append(f"{t('graph.edges')}: {s.edges}")
    lines += [f"  {_relation(rel)}: {n}" for rel, n in s.edges_by_relation.items()]
    lines.append(t("graph.components", n=s.components, largest=s.largest_component,
                   isolated=s.isolated))
    lines.append(f"{t('graph.density')}: {s.density:.4f}")
    _emit(fmt, asdict(s), "\n".join(lines) + "\n")


@graph_command.command("central")
@click.option(
    "--by",
    type=click.Choice(analytics.MEASURES),
    default="degree",
    show_default=True,
    help="Centrality measure: degree (how many neighbours), betweenness (how often on "
    "the shortest paths between others) or pagerank (linked to by well-linked nodes).",
)
@click.option(
    "--top",
    type=click.IntRange(min=0),
    default=10,
    show_default=True,
    help="How many nodes to show (0: all).",
)
@graph_option
@lang_option
@format_option
def central_command(by, top, graph_path, fmt):
    """The most central actors and places."""
    ranked = analytics.central(_load(graph_path, support=by in analytics.WEIGHTED), by, top)
    size = max((len(_name(r.node)) for r in ranked), default=0)
    text = "".join(f"{r.score:.4f}  {_name(r.node).ljust(size)}  {r.node.key}\n" for r in ranked)
    _emit(fmt, [asdict(r) for r in ranked], text)


#: A name that matches no node or several is the user's input (status 2); no path, a failure.
_find_errors = one_line_errors(analytics.NoPath, usage=(NameNotFound, AmbiguousName))


@graph_command.command("path")
@click.argument("a")
@click.argument("b")
@graph_option
@lang_option
@format_option
@_find_errors
def path_command(a, b, graph_path, fmt):
    """A shortest path between A and B, with what supports each link.

    Each step shows every relation between its two nodes (an arrow pointing
    the way the relation goes), the articles it comes from and the statements
    or deployments behind it. Exits with status 1 if A and B are not connected.

    \b
    Example:
      kg graph path Blinken "Lloyd Austin"
    """
    result = analytics.path(_load(graph_path), a, b)
    lines = [_name(result.source)]
    for step in result.steps:
        for link in step.links:
            reading = _relation(link.relation)
            if link.relation in SYMMETRIC:
                arrow = f"--{reading}--"
            else:
                arrow = f"--{reading}-->" if link.forward else f"<--{reading}--"
            lines.append(f"  {arrow} {_name(step.target)}")
            articles = ", ".join(a.removeprefix("article/") for a in link.articles)
            if articles:
                lines.append(f"      {t('graph.articles')}: {articles}")
            for via in link.via:
                quote = link.evidence.get(via)
                said = f": « {one_line(quote, 90)} »" if quote else ""
                lines.append(f"      {via}{said}")
    _emit(fmt, asdict(result), "\n".join(lines) + "\n")


@graph_command.command("ego")
@click.argument("name")
@click.option(
    "--radius",
    type=click.IntRange(min=0),
    default=1,
    show_default=True,
    help="How many links away from NAME to go.",
)
@graph_option
@lang_option
@format_option
@_find_errors
def ego_command(name, radius, graph_path, fmt):
    """NAME, its neighbours up to --radius links away, and the links between them.

    \b
    Example:
      kg graph ego Zelensky --radius 2
    """
    result = analytics.ego(_load(graph_path), name, radius)
    lines = [f"{_name(result.center)}: {t('graph.neighbours', n=len(result.nodes) - 1, radius=radius)}"]
    for node, distance in result.nodes[1:]:
        lines.append(f"  {distance}  {_name(node)}")
    lines.append(f"{t('graph.links')}: {len(result.edges)}")
    for edge in result.edges:
        lines.append(f"  {edge.source.label} --{_relation(edge.relation)}--> {edge.target.label}")
    _emit(fmt, asdict(result), "\n".join(lines) + "\n")


@graph_command.command("communities")
@click.option(
    "--seed",
    type=int,
    default=analytics.SEED,
    show_default=True,
    help="Seed of the Louvain method, so that runs are repeatable.",
)
@graph_option
@lang_option
@format_option
def communities_command(seed, graph_path, fmt):
    """Groups of closely linked actors and places (Louvain method), largest first.

    Nodes linked to nothing are counted, not listed, in the text output.
    """
    found = analytics.communities(_load(graph_path), seed)
    groups = [c for c in found if len(c.members) > 1]
    lines = []
    for i, community in enumerate(groups, 1):
        names = ", ".join(n.label for n in community.members)
        lines.append(f"{i}. ({len(community.members)}) {names}")
    alone = len(found) - len(groups)
    if alone:
        lines.append(t("graph.alone", n=alone))
    _emit(fmt, [asdict(c) for c in found], "\n".join(lines) + "\n")
