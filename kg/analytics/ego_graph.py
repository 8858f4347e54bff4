"""``kg graph ego``: a node, its neighbours up to a radius, and the links between them."""
from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from .nodes import Node, find_node, node_info
from .projection import undirected


@dataclass
class Edge:
    source: Node
    target: Node
    relation: str
    articles: list[str]
    via: list[str]


@dataclass
class Ego:
    center: Node
    radius: int
    nodes: list[tuple[Node, int]]  # (node, distance from the centre)
    edges: list[Edge]


def ego(graph: nx.MultiDiGraph, name: str, radius: int = 1) -> Ego:
    """The node called ``name``, its neighbours up to ``radius`` links away, and their links.

    >>> g = nx.MultiDiGraph([("a", "b", "claimed", {}), ("b", "c", "claimed", {})])
    >>> [(n.key, d) for n, d in ego(g, "a", radius=1).nodes]
    [('a', 0), ('b', 1)]
    """
    if radius < 0:
        raise ValueError("the radius must be 0 or more")
    center = find_node(graph, name)
    distances = nx.single_source_shortest_path_length(undirected(graph), center, cutoff=radius)
    sub = graph.subgraph(distances)
    nodes = sorted(
        ((node_info(graph, n), d) for n, d in distances.items()),
        key=lambda nd: (nd[1], nd[0].label, nd[0].key),
    )
    edges = [
        Edge(
            node_info(graph, u),
            node_info(graph, v),
            data.get("relation", key),
            list(data.get("articles", [])),
            list(data.get("via", [])),
        )
        for u, v, key, data in sorted(sub.edges(keys=True, data=True), key=lambda e: e[:3])
    ]
    return Ego(node_info(graph, center), radius, nodes, edges)
