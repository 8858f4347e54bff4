"""``kg graph central``: the most central actors and places."""
from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from .nodes import Node, node_info
from .projection import undirected

#: Centrality measures accepted by :func:`central`.
MEASURES = ("degree", "betweenness", "pagerank")
#: Those that weigh each link by its support (the others only need who is linked to whom).
WEIGHTED = ("pagerank",)


@dataclass
class Ranked:
    node: Node
    score: float


def central(graph: nx.MultiDiGraph, by: str = "degree", top: int = 10) -> list[Ranked]:
    """The ``top`` most central nodes by ``degree``, ``betweenness`` or ``pagerank``.

    All three are computed on the undirected simple graph (pagerank weighted by
    the number of supporting statements, deployments or articles). Ties are
    broken by label.

    >>> g = nx.MultiDiGraph([("hub", "a"), ("hub", "b"), ("a", "b"), ("hub", "c")])
    >>> [r.node.key for r in central(g, "betweenness", top=1)]
    ['hub']
    """
    if by not in MEASURES:
        raise ValueError(f"unknown centrality {by!r}; choose one of {', '.join(MEASURES)}")
    simple = undirected(graph)
    if len(simple) == 0:
        return []
    if by == "degree":
        scores = nx.degree_centrality(simple)
    elif by == "betweenness":
        scores = nx.betweenness_centrality(simple)
    else:
        scores = nx.pagerank(simple, weight="weight")
    ranked = sorted(
        (Ranked(node_info(simple, n), round(s, 6)) for n, s in scores.items()),
        key=lambda r: (-r.score, r.node.label, r.node.key),
    )
    return ranked[:top] if top else ranked
