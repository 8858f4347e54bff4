"""``kg graph path``: a shortest path between two nodes, with what supports each step."""
from __future__ import annotations

from dataclasses import dataclass, field

import networkx as nx

from .nodes import Node, find_node, node_info
from .projection import RELATIONS, undirected


@dataclass
class Link:
    """One meaning of a step, with its direction and evidence."""

    relation: str
    forward: bool  # True when the relation goes from the step's source to its target
    articles: list[str]
    via: list[str]
    evidence: dict[str, str] = field(default_factory=dict)  # via key -> quote or sentence


@dataclass
class Step:
    source: Node
    target: Node
    links: list[Link]


@dataclass
class Path:
    source: Node
    target: Node
    steps: list[Step]


class NoPath(LookupError):
    """The two nodes are not connected."""


def links_between(graph: nx.MultiDiGraph, a: str, b: str) -> list[Link]:
    """Every relation between ``a`` and ``b``, in either direction.

    >>> g = nx.MultiDiGraph()
    >>> g.add_edge("y", "x", key="spoke-about", relation="spoke-about", articles=["a1"], via=["s1"])
    'spoke-about'
    >>> [(link.relation, link.forward, link.via) for link in links_between(g, "x", "y")]
    [('spoke-about', False, ['s1'])]
    """
    evidence = graph.graph.get("evidence", {})
    links = []
    for source, target, forward in ((a, b, True), (b, a, False)):
        for relation, data in sorted((graph.get_edge_data(source, target) or {}).items()):
            via = list(data.get("via", []))
            links.append(
                Link(
                    data.get("relation", relation),
                    forward,
                    list(data.get("articles", [])),
                    via,
                    {v: evidence[v] for v in via if v in evidence},
                )
            )
    links.sort(key=lambda link: (RELATIONS.index(link.relation) if link.relation in RELATIONS else 99, not link.forward))
    return links


def path(graph: nx.MultiDiGraph, a: str, b: str) -> Path:
    """A shortest path (fewest links) between the nodes named ``a`` and ``b``.

    Each step lists every relation between its two nodes, with the articles
    and the statements or deployments that support it.

    >>> g = nx.MultiDiGraph()
    >>> g.add_node("x", label="X"); g.add_node("y", label="Y"); g.add_node("z", label="Z")
    >>> g.add_edge("x", "y", key="claimed", relation="claimed", articles=["a1"], via=[])
    'claimed'
    >>> g.add_edge("z", "y", key="spoke-about", relation="spoke-about", articles=["a2"], via=[])
    'spoke-about'
    >>> [(s.target.label, s.links[0].relation) for s in path(g, "X", "Z").steps]
    [('Y', 'claimed'), ('Z', 'spoke-about')]
    """
    source, target = find_node(graph, a), find_node(graph, b)
    simple = undirected(graph)
    try:
        nodes = nx.shortest_path(simple, source, target)
    except nx.NetworkXNoPath:
        raise NoPath(
            f"no path between {graph.nodes[source].get('label', source)} and "
            f"{graph.nodes[target].get('label', target)}"
        ) from None
    steps = [
        Step(node_info(graph, u), node_info(graph, v), links_between(graph, u, v))
        for u, v in zip(nodes, nodes[1:])
    ]
    return Path(node_info(graph, source), node_info(graph, target), steps)
