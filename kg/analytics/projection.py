"""The projection: the store as a networkx graph of actors, places and the links between them.

rdflib's own converters (``rdflib.extras.external_graph_libs``) map each
triple to an edge, which would make statements, deployments and literals
nodes; here statements and deployments become the *evidence* of edges between
actors (the relations are listed in :mod:`kg.analytics`). The projection reads
the entities' names with one SPARQL query (:func:`kg.query.entity_names`) and
the facts it links them by with one query per property (its subject-object
pairs, :func:`_facts`), joined in Python: at a million triples that takes a few
seconds, where the same joins in SPARQL over the union graph take several times
longer. What only counts links (``stats``, unweighted centralities) skips the
articles and statements behind them (``project(support=False)``).
"""
from __future__ import annotations

import networkx as nx

from ..bulk import lasting_objects
from ..prefixes import key_of
from ..query import as_store, entity_names
from .evidence import Evidence

#: Relations, in the order they are listed.
RELATIONS = (
    "spoke-about",
    "co-mentioned",
    "claimed",
    "deployed-to",
    "affiliated-with",
    "located-in",
)
#: The ontology term each relation stands for: its rdfs:label names it in print (kg.i18n).
RELATION_TERMS = {
    "spoke-about": "spokeAbout",
    "co-mentioned": "coMentionedWith",
    "claimed": "claimedDeploymentInvolving",
    "deployed-to": "deployedTo",
    "affiliated-with": "affiliation",
    "located-in": "locatedIn",
}

_NKG = "https://w3id.org/newskg/ontology#"


#: The properties the projection joins, each read as its subject-object pairs with
#: one query (:func:`_facts`), and the classes whose members carry the joined facts.
#: Quotes and evidence sentences, the bulk of the text, are read only for the links a
#: command shows (:class:`Evidence`).
_PROPERTIES = ("speaker", "about", "sourceArticle", "claimedBy", "origin", "destination", "place",
               "affiliation", "locatedIn", "mentions")
#: Those that give the edges themselves, not their support (articles, statements).
_STRUCTURE = tuple(p for p in _PROPERTIES if p not in ("sourceArticle", "mentions"))
_CLASSES = ("Statement", "Deployment")
_PAIRS = "SELECT ?s ?o WHERE {{ ?s <{}> ?o }}"
_MEMBERS = "SELECT ?s WHERE {{ ?s a <{}> }}"


def _facts(store, properties=_PROPERTIES) -> dict[str, dict[str, set]]:
    """``property or class name -> subject -> {objects}`` (a class: ``member -> set()``).

    One query per property and per class, two columns at most: at a million
    triples that reads about half as many terms as one query of
    subject-predicate-object rows, and the terms are what costs (each becomes a
    Python object).
    """
    found: dict[str, dict[str, set]] = {}
    for name in properties:
        pairs: dict[str, set] = {}
        for row in store.query(_PAIRS.format(_NKG + name), use_default_graph_as_union=True):
            subject = row[0].value
            objects = pairs.get(subject)
            if objects is None:
                objects = pairs[subject] = set()
            objects.add(row[1].value)
        found[name] = pairs
    for name in _CLASSES:
        found[name] = {row[0].value: set() for row in store.query(
            _MEMBERS.format(_NKG + name), use_default_graph_as_union=True)}
    return found


def _links(objects: dict[str, dict[str, set]]):
    """Every ``(relation, source IRI, target IRI, via IRI or None, article IRIs)``.

    The joins of :mod:`kg.analytics`' table, made in Python over the rows of one query.
    """
    get = lambda name, via: objects.get(name, {}).get(via, ())  # noqa: E731
    for via in objects.get("Statement", ()):
        articles = get("sourceArticle", via)
        about = sorted(get("about", via))
        for speaker in get("speaker", via):
            for entity in about:
                yield "spoke-about", speaker, entity, via, articles
        for i, first in enumerate(about):
            for second in about[i + 1 :]:
                yield "co-mentioned", first, second, via, articles
    for via in objects.get("Deployment", ()):
        articles = get("sourceArticle", via)
        targets = set(get("destination", via)) | set(get("place", via))
        for claimant in get("claimedBy", via):
            for target in targets | set(get("origin", via)):
                yield "claimed", claimant, target, via, articles
        for origin in get("origin", via):
            for target in targets:
                yield "deployed-to", origin, target, via, articles
    for relation, predicate in (("affiliated-with", "affiliation"), ("located-in", "locatedIn")):
        for source, targets in objects.get(predicate, {}).items():
            for target in targets:
                yield relation, source, target, None, ()


def project(ds, support: bool = True) -> nx.MultiDiGraph:
    """The actors and places of ``ds`` (a store or dataset) and the links between them.

    Nodes are entity keys (``person/lloyd-austin``) with ``label``, ``kind``
    (``Person``…), ``aliases`` and ``degree`` (number of neighbours). Edges are
    keyed by relation and carry ``relation``, ``articles`` (article keys) and
    ``via`` (statement or deployment keys). ``graph.graph["evidence"]`` maps each
    ``via`` key to its quote or evidence sentence. Self-loops are left out.

    ``support=False`` leaves ``articles`` and ``via`` empty (every edge then
    weighs 1 in :func:`undirected`) and the nodes' ``aliases`` too, and reads a
    third fewer facts: for what needs only who is linked to whom, by which
    relations, and no name to find (``kg graph stats``, unweighted centralities).

    >>> import pyoxigraph
    >>> g = project(pyoxigraph.Store())
    >>> g.number_of_nodes(), g.number_of_edges()
    (0, 0)
    """
    with lasting_objects():
        return _project(as_store(ds), support)


def _project(store, support: bool) -> nx.MultiDiGraph:
    names = entity_names(store, with_aliases=support)
    graph = nx.MultiDiGraph()
    graph.add_nodes_from(
        (key_of(iri), {"label": named.label, "kind": named.kind, "aliases": list(named.aliases)})
        for iri, named in names.items()
    )
    node = {iri: key_of(iri) for iri in names}  # IRI -> node key: the ends an edge may have
    keys: dict[str, str] = {}  # article, statement or deployment IRI -> key, each computed once
    key = lambda iri: keys.get(iri) or keys.setdefault(iri, key_of(iri))  # noqa: E731
    facts = _facts(store, _PROPERTIES if support else _STRUCTURE)
    mentions: dict[str, set[str]] = {}
    for article, entities in facts.get("mentions", {}).items():
        for entity in entities:
            if entity in node:
                mentions.setdefault(node[entity], set()).add(key(article))
    edges: dict[tuple[str, str, str], tuple[set, set]] = {}  # edge -> (articles, via)
    for relation, source, target, via, found in _links(facts):
        source, target = node.get(source), node.get(target)
        if source is None or target is None or source == target:
            continue
        edge = (source, target, relation)
        articles_vias = edges.get(edge)
        if articles_vias is None:
            articles_vias = edges[edge] = (set(), set())
        if not support:
            continue
        articles, vias = articles_vias
        if found:
            articles.update(key(a) for a in found)
        else:  # a lasting link (affiliation, location): the articles that mention both
            both = mentions.get(source, set()) & mentions.get(target, set())
            articles |= both or mentions.get(source, set())
        if via is not None:
            vias.add(key(via))
    graph.graph["evidence"] = Evidence(store, {v for _, vias in edges.values() for v in vias})
    graph.add_edges_from(
        (source, target, relation, {"relation": relation, "articles": sorted(articles), "via": sorted(vias)})
        for (source, target, relation), (articles, vias) in sorted(edges.items())
    )
    for n, data in graph.nodes(data=True):  # neighbours either way: the undirected degree
        data["degree"] = len(graph.succ[n].keys() | graph.pred[n].keys())
    return graph


def undirected(graph: nx.MultiDiGraph) -> nx.Graph:
    """The simple undirected graph: one edge per linked pair.

    Each edge has ``relations`` (sorted names) and ``weight`` (how many
    statements, deployments or articles support the link, at least 1).

    >>> g = nx.MultiDiGraph()
    >>> g.add_edge("a", "b", key="claimed", via=["d1", "d2"], articles=["x"])
    'claimed'
    >>> undirected(g).edges["a", "b"]["weight"]
    2
    """
    with lasting_objects():
        return _undirected(graph)


def _undirected(graph: nx.MultiDiGraph) -> nx.Graph:
    pairs: dict[tuple, list] = {}  # the pair as first met -> [relations, weight]
    for source, target, relation, data in graph.edges(keys=True, data=True):
        support = max(len(data.get("via", [])), len(data.get("articles", [])), 1)
        found = pairs.get((source, target)) or pairs.get((target, source))
        if found is None:
            pairs[source, target] = [{relation}, support]
        else:
            found[0].add(relation)
            found[1] += support
    simple = nx.Graph()
    simple.add_nodes_from(graph.nodes(data=True))
    simple.add_edges_from(  # in the order first met, as adding them one by one would
        (source, target, {"relations": sorted(relations), "weight": weight})
        for (source, target), (relations, weight) in pairs.items()
    )
    return simple
