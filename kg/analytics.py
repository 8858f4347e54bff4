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

rdflib's own converters (``rdflib.extras.external_graph_libs``) map each
triple to an edge, which would make statements, deployments and literals
nodes; here statements and deployments become the *evidence* of edges between
actors. The projection reads the entities' names with one SPARQL query
(:func:`kg.query.entity_names`) and the facts it links them by with one query
per property (its subject-object pairs, :func:`_facts`), joined in Python: at
a million triples that takes a few seconds, where the same joins in SPARQL
over the union graph take several times longer. What only counts links
(``stats``, unweighted centralities) skips the articles and statements behind
them (``project(support=False)``).

Edge keys are the relation names, so two nodes are linked at most once per
meaning, with all the evidence for it. The algorithms (centrality, paths, ego
graphs, communities) run on :func:`undirected`, the simple undirected graph
where two nodes are neighbours if any relation links them.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field

import networkx as nx
import pyoxigraph as ox
from rdflib import URIRef

from .bulk import lasting_objects
from .namespaces import ID
from .prefixes import QUERY_PREFIXES
from .query import Named, as_store, entity_names, resolve_name

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
#: Centrality measures accepted by :func:`central`.
MEASURES = ("degree", "betweenness", "pagerank")
#: Those that weigh each link by its support (the others only need who is linked to whom).
WEIGHTED = ("pagerank",)
#: Seed of the community detection, so that results are repeatable.
SEED = 42

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
_EVIDENCE_QUERY = """
SELECT ?text ?via WHERE {
  { ?via a nkg:Statement ; nkg:quote ?text } UNION { ?via a nkg:Deployment ; nkg:evidence ?text }
} ORDER BY ?text LIMIT 1"""


class Evidence(Mapping):
    """``via`` key -> the statement's quote or the deployment's evidence sentence,
    read from the store the first time it is asked for (a path shows a few)."""

    def __init__(self, store, keys: set[str] | None = None):
        self._store, self._keys, self._found = store, keys if keys is not None else set(), {}

    def _text(self, key: str) -> str | None:
        if key not in self._keys:
            return None
        if key not in self._found:
            iri = ox.NamedNode(str(ID) + key if "://" not in key else key)
            rows = self._store.query(
                _EVIDENCE_QUERY, prefixes=QUERY_PREFIXES, use_default_graph_as_union=True,
                substitutions={ox.Variable("via"): iri},
            )
            self._found[key] = next((row[0].value for row in rows), None)
        return self._found[key]

    def __getitem__(self, key: str) -> str:
        text = self._text(key)
        if text is None:
            raise KeyError(key)
        return text

    def __contains__(self, key) -> bool:
        return self._text(key) is not None

    def __iter__(self):
        return (key for key in sorted(self._keys) if self._text(key) is not None)

    def __len__(self) -> int:
        return sum(1 for _ in self)


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

    The joins of the table above, made in Python over the rows of one query.
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


def key_of(iri) -> str:
    """The short key of a newskg IRI: ``id:person/x`` -> ``person/x``."""
    text = str(iri)
    return text[len(ID) :] if text.startswith(str(ID)) else text


# --- projection -------------------------------------------------------------


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


# --- names ------------------------------------------------------------------


@dataclass(frozen=True)
class Node:
    key: str
    label: str
    kind: str


def node_info(graph: nx.Graph, key: str) -> Node:
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


# --- stats ------------------------------------------------------------------


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


# --- centrality -------------------------------------------------------------


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


# --- paths ------------------------------------------------------------------


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
    """Every relation between ``a`` and ``b``, in either direction."""
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


# --- ego graphs -------------------------------------------------------------


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


# --- communities ------------------------------------------------------------


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
