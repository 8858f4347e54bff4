"""``kg graph stats``: what the projection holds, counted."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import networkx as nx

from .projection import RELATIONS, undirected


@dataclass
class Stats:
    nodes: int
    edges: int
    nodes_by_kind: dict[str, int]
    edges_by_relation: dict[str, int]
    components: int
    largest_component: int
    isolated: int
    density: float


def stats(graph: nx.MultiDiGraph) -> Stats:
    """Counts of nodes by class and edges by relation, components and density.

    Components and density are those of the undirected simple graph.

    >>> s = stats(nx.MultiDiGraph([("a", "b", {"relation": "claimed"})]))
    >>> s.edges_by_relation, s.components, s.density
    ({'claimed': 1}, 1, 1.0)
    """
    simple = undirected(graph)
    components = list(nx.connected_components(simple))
    kinds = Counter(data.get("kind", "") for _, data in graph.nodes(data=True))
    relations = Counter(data.get("relation", key) for *_, key, data in graph.edges(keys=True, data=True))
    return Stats(
        nodes=graph.number_of_nodes(),
        edges=graph.number_of_edges(),
        nodes_by_kind=dict(sorted(kinds.items())),
        edges_by_relation={r: relations[r] for r in [*RELATIONS, *sorted(relations)] if r in relations},
        components=len(components),
        largest_component=max((len(c) for c in components), default=0),
        isolated=nx.number_of_isolates(simple),
        density=round(nx.density(simple), 6) if len(simple) > 1 else 0.0,
    )
