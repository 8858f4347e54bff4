"""``kg graph communities``: groups of densely linked actors and places."""
from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from .nodes import Node, node_info
from .projection import undirected

#: Seed of the community detection, so that results are repeatable.
SEED = 42


@dataclass
class Community:
    members: list[Node]


def communities(graph: nx.MultiDiGraph, seed: int = SEED) -> list[Community]:
    """Groups of densely linked nodes (Louvain, weighted, fixed ``seed``), largest first.

    Nodes with no links form communities of one.

    >>> g = nx.MultiDiGraph([("a", "b"), ("b", "c"), ("a", "c"), ("x", "y")])
    >>> [[n.key for n in c.members] for c in communities(g)]
    [['a', 'b', 'c'], ['x', 'y']]
    """
    simple = undirected(graph)
    if len(simple) == 0:
        return []
    found = nx.community.louvain_communities(simple, weight="weight", seed=seed)
    groups = [
        sorted((node_info(simple, n) for n in group), key=lambda n: (n.label, n.key))
        for group in found
    ]
    groups.sort(key=lambda g: (-len(g), g[0].label, g[0].key))
    return [Community(group) for group in groups]
