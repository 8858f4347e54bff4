"""The projection's nodes: what the algorithms say of them, and finding one by name.

A node's key is its entity's IRI shortened by :func:`kg.prefixes.key_of` (``person/x``).
"""
from __future__ import annotations

from dataclasses import dataclass

import networkx as nx
from rdflib import URIRef

from ..namespaces import ID
from ..prefixes import key_of
from ..query import Named, resolve_name


@dataclass(frozen=True)
class Node:
    key: str
    label: str
    kind: str


def node_info(graph: nx.Graph, key: str) -> Node:
    """The node ``key`` as the algorithms return it: key, label and class.

    >>> g = nx.Graph()
    >>> g.add_node("country/US", label="États-Unis", kind="Country")
    >>> node_info(g, "country/US")
    Node(key='country/US', label='États-Unis', kind='Country')
    """
    data = graph.nodes[key]
    return Node(key, data.get("label", key), data.get("kind", ""))


def find_node(graph: nx.Graph, name: str) -> str:
    """The key of the node called ``name`` (label, alias, key or IRI).

    Matching is :func:`kg.query.resolve_name`'s: case- and accent-insensitive,
    whole names first, then whole words. Raises ``NameNotFound`` or
    ``AmbiguousName`` (with the candidates).

    >>> g = nx.Graph()
    >>> g.add_node("country/US", label="États-Unis", kind="Country", aliases=["Washington"])
    >>> find_node(g, "etats-unis"), find_node(g, "WASHINGTON")
    ('country/US', 'country/US')
    """
    named = [
        Named(
            URIRef(ID[key]) if "://" not in key else URIRef(key),
            data.get("kind", ""),
            data.get("label", key),
            tuple(data.get("aliases", ())),
        )
        for key, data in graph.nodes(data=True)
    ]
    return key_of(resolve_name(name, named).iri)
