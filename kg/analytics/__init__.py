"""Graph analytics: the knowledge graph as a networkx graph of actors and places.

:func:`project` turns the RDF dataset into a :class:`networkx.MultiDiGraph`
whose nodes are the people, organisations, countries and places, and whose
edges say how two of them are linked, each keeping its meaning (``relation``)
and what supports it (the ``articles`` and the statements or deployments,
``via``):

==================  ===========================  =====================================
relation            from -> to                   derived from
==================  ===========================  =====================================
spoke-about         speaker -> entity            a statement's nkg:speaker, nkg:about
co-mentioned        entity -- entity             two nkg:about of the same statement
claimed             claimant -> country/place    a deployment's nkg:claimedBy and its
                                                 origin, destination and place
deployed-to         origin -> destination/place  a deployment's nkg:origin and its
                                                 nkg:destination or nkg:place
affiliated-with     actor -> actor               nkg:affiliation
located-in          place -> country             nkg:locatedIn
==================  ===========================  =====================================

Edge keys are the relation names, so two nodes are linked at most once per
meaning, with all the evidence for it. The algorithms (centrality, paths, ego
graphs, communities) run on :func:`undirected`, the simple undirected graph
where two nodes are neighbours if any relation links them.

The package is split by responsibility, one plain function per algorithm:

- :mod:`kg.analytics.projection`: the store as that graph (:func:`project`, :func:`undirected`);
- :mod:`kg.analytics.evidence`: the quotes and sentences behind the edges, read when shown;
- :mod:`kg.analytics.nodes`: what the algorithms say of a node, and finding one by name;
- :mod:`kg.analytics.summary`: :func:`stats`;
- :mod:`kg.analytics.centrality`: :func:`central`;
- :mod:`kg.analytics.paths`: :func:`path`, :func:`links_between`;
- :mod:`kg.analytics.ego_graph`: :func:`ego`;
- :mod:`kg.analytics.community`: :func:`communities`.
"""
from __future__ import annotations

from .centrality import MEASURES, WEIGHTED, Ranked, central
from .community import SEED, Community, communities
from .ego_graph import Edge, Ego, ego
from .evidence import Evidence
from ..prefixes import key_of
from .nodes import Node, find_node, node_info
from .paths import Link, NoPath, Path, Step, links_between, path
from .projection import RELATION_TERMS, RELATIONS, project, undirected
from .summary import Stats, stats

__all__ = [
    "MEASURES", "RELATIONS", "RELATION_TERMS", "SEED", "WEIGHTED",
    "Community", "Edge", "Ego", "Evidence", "Link", "Node", "NoPath", "Path", "Ranked", "Stats", "Step",
    "central", "communities", "ego", "find_node", "key_of", "links_between", "node_info", "path",
    "project", "stats", "undirected",
]
