"""Reading the graph for the view: the one place it touches the store.

:func:`read_facts` reads every triple the view shows (the properties of
:data:`READ`) into :class:`kg.view.graph._Facts`. A pyoxigraph store (also the
one under a store-backed rdflib Dataset) is read straight from pyoxigraph,
several times faster than through rdflib's store API; an in-memory Dataset
through ``quads``.

:func:`read_around` reads only what a ``--focus`` page can need, with a few
queries bound to the actors concerned (``VALUES``), never a scan of the whole
store: the actor named (:mod:`kg.names`' rule), the actors at most ``radius``
links from it (the links of :func:`kg.view.actors.actor_edges`: speaker to
subject, origin to destination or place, affiliation, location), every
statement and deployment that involves them, the articles of those facts and
the articles that mention them, and the label of every other actor these facts
name. The large reads (the facts' properties, the mentions, the articles) come as
Oxigraph's TSV text, each distinct field made an rdflib term once (:func:`_rdflib_rows`:
a quarter less CPU than a pyoxigraph term per field converted, the same terms).
An actor other than the centre linked by more facts than the page's hub
bound (:data:`kg.view.actor_selection.HUB_FACTS`, ``kg view --hub-facts``; counted by the
store with one grouped query) is not walked through, as the page would not
(:func:`kg.view.actor_selection.focus_actors`): around a country of a large store its
neighbours are most of the store. Of the facts, only as many as a page keeps are read whole: the centre's
first, own words before mentions, then the most recent. When more actors are
reached than the page draws (a hub such as a country two links away reaches
most of a large store), only the most prominent of each class are read (the
weight of :func:`kg.view.actors.weight`, counted by the store), with the
actors that link them to the centre. The page made from it is the page made
from the whole graph (tests check it, within and past the bounds); past them,
its "left out" line counts only the actors read, and when a hub makes the
page hit its fact bounds, the facts kept may differ slightly.
"""
from __future__ import annotations

from collections import defaultdict

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

from .. import names
from ..namespaces import ID, NKG, SCHEMA
from ..prefixes import QUERY_PREFIXES
from ..query import known_iri
from ..sparql import inline_values
from ..tsv_rows import tsv_lexical, tsv_solutions, unescaped
from .actor_selection import FOCUS_MAX_NODES, HUB_FACTS, MAX_CLAIMS, MAX_STATEMENTS
from .graph import ENTITY_KINDS, _Facts, name_error, node_id

_XSD = "http://www.w3.org/2001/XMLSchema#"
_XSD_STRING = _XSD + "string"

#: The properties the view shows or follows; a store is read for these only.
READ = (
    RDF.type, RDFS.label, SKOS.altLabel, OWL.sameAs, NKG.role, NKG.affiliation, NKG.locatedIn,
    NKG.mentions, NKG.speaker, NKG.quote, NKG.kind, NKG.reportingVerb, NKG.about, NKG.speakerRole,
    NKG.sourceArticle, NKG.evidence, NKG.qualifier, NKG.troopsMin, NKG.troopsMax, NKG.status,
    NKG.origin, NKG.destination, NKG.place, NKG.claimedBy,
    DCTERMS.title, DCTERMS.date, DCTERMS.publisher, DCTERMS.source, SCHEMA.url,
)
_ARTICLE = (RDF.type, DCTERMS.title, DCTERMS.date, DCTERMS.publisher, DCTERMS.source, SCHEMA.url)
#: Actors a --focus read reaches at most before it stops going further out (a hub such
#: as a country can link to most of a large store two links away).
FOCUS_READ_LIMIT = 5000


def store_of(source) -> ox.Store | None:
    """The pyoxigraph store of ``source`` (a store, or a store-backed Dataset), else None."""
    if isinstance(source, ox.Store):
        return source
    from ..store import oxigraph_store  # imports oxrdflib and rdflib's SPARQL: only for a Dataset

    return oxigraph_store(source)


def read_facts(source) -> _Facts:
    """Every :data:`READ` triple of ``source`` (a pyoxigraph store or an rdflib Dataset)."""
    store = store_of(source)
    if store is None:
        return _Facts((s, p, o) for s, p, o, _g in source.quads((None, None, None, None)))
    convert = _Converter()
    return _Facts(
        (convert(q.subject), prop, convert(q.object))
        for prop in READ
        for q in store.quads_for_pattern(None, ox.NamedNode(str(prop)), None, None)
    )


class _Converter:
    """pyoxigraph terms to rdflib terms; each IRI converted once."""

    def __init__(self):
        self.iris: dict[str, URIRef] = {}

    def __call__(self, t):
        if isinstance(t, ox.NamedNode):
            found = self.iris.get(t.value)
            if found is None:
                found = self.iris[t.value] = URIRef(t.value)
            return found
        if isinstance(t, ox.Literal):
            if t.language:
                return Literal(t.value, lang=t.language)
            if t.datatype.value == _XSD_STRING:
                return Literal(t.value)  # rdflib's plain literal, as kg.store gives it
            return Literal(t.value, datatype=self(t.datatype))
        return BNode(t.value)


def _select(store: ox.Store, text: str, **nodes) -> list[tuple]:
    """The rows of ``text`` with the ``nodes`` of each variable as a ``VALUES`` block
    opening its WHERE group (:func:`kg.sparql.inline_values`, as a bound parameter is)."""
    if nodes:
        text = inline_values(text, {var: sorted(str(n) for n in ns) for var, ns in nodes.items()})
    return [tuple(row) for row in store.query(text, prefixes=QUERY_PREFIXES, use_default_graph_as_union=True)]


def _iris(nodes) -> list[str]:
    """``nodes`` (pyoxigraph IRIs, rdflib IRIs or IRIs as Oxigraph's TSV writes them, ``<…>``)
    as the terms of a ``VALUES`` block, sorted."""
    return sorted(str(n) if isinstance(n, ox.NamedNode) else str(ox.NamedNode(n)) if isinstance(n, URIRef) else n
                  for n in nodes)


#: The datatype of a number or boolean Oxigraph's TSV writer writes bare (Turtle's short forms).
_BARE = {"true": "boolean", "false": "boolean"}


def _rdflib_term(field: str, iris: dict):
    """The rdflib term of a field of Oxigraph's TSV results (what :class:`_Converter` gives
    for the same term; ``''``: unbound, None); IRIs shared through ``iris``."""
    if not field:
        return None
    first = field[0]
    if first == "<":
        value = field[1:-1]
        found = iris.get(value)
        if found is None:
            found = iris[value] = URIRef(value)
        return found
    if first == '"':
        end = field.rindex('"')
        value = unescaped(field[1:end])
        rest = field[end + 1:]
        if not rest:
            return Literal(value)
        if rest[0] == "@":
            return Literal(value, lang=rest[1:])
        datatype = rest[3:-1]  # ^^<datatype>
        if datatype == _XSD_STRING:
            return Literal(value)
        return Literal(value, datatype=_rdflib_term(rest[2:], iris))
    if first == "_":
        return BNode(field[2:])
    kind = _BARE.get(field) or ("double" if "e" in field or "E" in field else "decimal" if "." in field else "integer")
    return Literal(field, datatype=_rdflib_term(f"<{_XSD}{kind}>", iris))


def _rdflib_rows(store: ox.Store, text: str, iris: dict, **nodes) -> list[list]:
    """:func:`_select`'s rows as rdflib terms, read as Oxigraph's TSV text (one call that
    releases the GIL, no pyoxigraph term per field) and each distinct field converted once."""
    if nodes:
        text = inline_values(text, {var: _iris(ns) for var, ns in nodes.items()})
    terms: dict = {}

    def term(field: str):
        found = terms.get(field, terms)
        if found is terms:
            found = terms[field] = _rdflib_term(field, iris)
        return found

    return [[term(field) for field in row] for row in tsv_solutions(store, text)[1]]


_NAMES = """SELECT ?e ?label ?name WHERE {
  VALUES ?class { nkg:Person nkg:Organization nkg:Country nkg:Place }
  ?e a ?class .
  OPTIONAL { ?e rdfs:label ?label }
  OPTIONAL { { ?e rdfs:label ?name } UNION { ?e skos:altLabel ?name } }
}"""


def _centre(store: ox.Store, name: str) -> ox.NamedNode:
    """The one actor or place ``name`` names (kg.names' rule); a ViewError as the page
    gives (:func:`kg.view.actor_selection.find_actor`) when none or several do."""
    known = known_iri(store, name)  # the rule's first step, without reading every name
    if known:
        return ox.NamedNode(known)
    found: dict[str, set[str]] = defaultdict(set)
    labels: dict[str, set[str]] = defaultdict(set)
    for e, label, other in _select(store, _NAMES):
        found[e.value].update([other.value] if other is not None else [])
        labels[e.value].update([label.value] if label is not None else [])
    entries = sorted(found.items())
    matched = names.matches(name, entries, lambda e: e[1], lambda e: (e[0], e[0][len(str(ID)):]))
    if len(matched) == 1:
        return ox.NamedNode(matched[0][0])
    key = [(iri, node_id(iri)) for iri, _ in matched]
    raise name_error(name, [(min(labels[iri], default=ident), ident) for iri, ident in key])


#: The links of :func:`kg.view.actors.actor_edges` between ``?x`` (given) and ``?y``: each
#: as (the property reaching ``?x`` from a fact, the property reaching ``?y`` from it), or
#: (None, property) for a direct link.
_LINKS = (
    ("speaker", "about"), ("about", "speaker"), ("origin", "destination"), ("origin", "place"),
    ("destination", "origin"), ("place", "origin"),
)
_DIRECT = """{ ?x nkg:affiliation ?y } UNION { ?y nkg:affiliation ?x }
  UNION { ?x nkg:locatedIn ?y } UNION { ?y nkg:locatedIn ?x }"""


def _neighbours_query(hubs: bool) -> str:
    """The query of the actors linked to ``?x``: a fact's other side looked up fact by fact,
    or, around hubs (thousands of facts), joined by hash with one scan of its property,
    which Oxigraph does for a sub-select and which costs half as much there."""
    other = "{{ SELECT ?f ?y WHERE {{ ?f nkg:{} ?y }} }}" if hubs else "?f nkg:{} ?y"
    branches = " UNION ".join(f"{{ ?f nkg:{a} ?x . {other.format(b)} }}" for a, b in _LINKS)
    return f"""SELECT DISTINCT ?y ?x WHERE {{
  {branches}
  UNION {_DIRECT}
  FILTER (isIRI(?y))
}}"""


#: How many statements and deployments link each ``?x`` (kg.view.actor_selection.fact_counts): past
#: the page's hub bound it is not walked through; past :data:`_HUB_FACTS` in all, the
#: neighbours are joined by hash.
_FACT_COUNTS = """SELECT ?x (COUNT(DISTINCT ?f) AS ?n) WHERE {
  ?f ?p ?x FILTER (?p IN (nkg:speaker, nkg:about, nkg:origin, nkg:destination, nkg:place))
} GROUP BY ?x"""
_HUB_FACTS = 2000
#: How prominent each actor is (kg.view.actors.weight): mentions, statements made, claims.
_WEIGHTS = """SELECT ?x ?class ?weight WHERE {
  ?x a ?class .
  OPTIONAL { SELECT ?x (COUNT(DISTINCT ?a) + COUNT(DISTINCT ?s) + COUNT(DISTINCT ?d) AS ?weight) WHERE {
    { ?a nkg:mentions ?x } UNION { ?s nkg:speaker ?x } UNION { ?d nkg:claimedBy ?x }
    UNION { ?d nkg:origin ?x } UNION { ?d nkg:destination ?x } UNION { ?d nkg:place ?x }
  } GROUP BY ?x }
}"""


def _involving(props) -> str:
    """The statements or deployments that involve the actors ``?x`` by one of ``props``, with
    their own dates (ranked by the caller, not in the query: ordering by IRI in Oxigraph
    decodes each)."""
    linked = " UNION ".join(f"{{ ?f <{p}> ?x }}" for p in props)
    return f"SELECT ?f ?date WHERE {{ {linked} OPTIONAL {{ ?f dcterms:date ?date }} }}"


def _properties(props) -> str:
    """The ``props`` of the subjects ``?s``."""
    return f"SELECT ?s ?p ?o WHERE {{ ?s ?p ?o FILTER (?p IN ({', '.join(f'<{p}>' for p in props)})) }}"


_MENTIONS = "SELECT ?a ?x WHERE { ?a nkg:mentions ?x }"
#: The properties whose objects a page names (their labels are read even when not drawn).
_NAMING = {str(p) for p in (NKG.speaker, NKG.about, NKG.origin, NKG.destination, NKG.place, NKG.claimedBy,
                            NKG.affiliation, NKG.locatedIn)}


def _reach(store: ox.Store, centre: ox.NamedNode, radius: int, hub_facts: int) -> tuple[list, dict, dict]:
    """The actors at most ``radius`` links from ``centre``, nearest first, who reached each,
    and the hubs not walked through (those past ``hub_facts`` facts: kg.view.actor_selection.focus_actors)
    with their number of facts."""
    reached, parent, frontier, hubs = [centre], {centre: None}, [centre], {}
    for _ in range(radius):
        if len(reached) >= FOCUS_READ_LIMIT or not frontier:
            break
        counts = {x: int(n.value) for x, n in _select(store, _FACT_COUNTS, x=frontier)}
        if hub_facts:
            hubs.update({x: n for x, n in counts.items() if n > hub_facts and x != centre})
            frontier = [x for x in frontier if x not in hubs]
            if not frontier:
                break
        degree = sum(counts.get(x, 0) for x in frontier)
        via: dict = {}
        for y, x in _select(store, _neighbours_query(degree > _HUB_FACTS), x=frontier):
            if y not in via or x.value < via[y].value:  # the first in IRI order, whatever the plan
                via[y] = x
        nxt = []
        for y in sorted(via, key=lambda n: n.value):
            if y not in parent:
                parent[y] = via[y]
                reached.append(y)
                nxt.append(y)
        frontier = nxt
    return reached, parent, hubs


def _most_prominent(store: ox.Store, reached: list, parent: dict, limit: int) -> list:
    """``reached`` cut to the ``limit`` most prominent actors of each class (the page draws
    at most that many), with the actors that link each to the centre."""
    weights: dict = defaultdict(int)
    kinds: dict = defaultdict(list)
    for x, cls, weight in _select(store, _WEIGHTS, x=reached):
        kind = cls.value[len(str(NKG)):]
        if kind in ENTITY_KINDS:
            kinds[x].append(kind)
            weights[x] = int(weight.value) if weight is not None else 0
    by_kind: dict = defaultdict(list)
    for x in reached[1:]:
        by_kind[min(kinds[x], key=ENTITY_KINDS.index, default=None)].append(x)
    kept = {reached[0]}
    for group in by_kind.values():
        for x in sorted(group, key=lambda n: (-weights[n], n.value))[:limit]:
            while x is not None and x not in kept:
                kept.add(x)
                x = parent[x]
    return [x for x in reached if x in kept]


def read_around(source, name: str, radius: int, limit: int | None = None,
                hub_facts: int = HUB_FACTS) -> _Facts | None:
    """What a ``--focus NAME --radius N`` page needs (see the module); None when ``source``
    is not a store (read it whole). A ViewError when ``name`` is not exactly one actor.

    ``limit``: how many actors of each class the page draws at most (default: a
    focus page's); when more are reached, only the most prominent are read.
    ``hub_facts``: actors linked by more facts are not walked through (0: every
    one is); the facts read carry them in ``hubs`` (id -> facts) for the page.
    """
    store = store_of(source)
    if store is None:
        return None
    centre = _centre(store, name)
    reached, parent, hubs = _reach(store, centre, radius, hub_facts)
    limit = limit or FOCUS_MAX_NODES
    if len(reached) > limit + 1:
        reached = _most_prominent(store, reached, parent, limit)

    # The facts that involve them: a page keeps at most MAX_STATEMENTS and MAX_CLAIMS,
    # their own first, then the most recent (as kg.view.actor_selection.prune does), so only
    # those are read whole; a hub of a large store is named by far more.
    def most_recent(groups: list[tuple[list, tuple]], limit: int) -> set:
        """Up to ``limit`` facts: the most recent of each group, the first groups first."""
        chosen: set = set()
        for actors, props in groups:
            room = limit - len(chosen)
            if room <= 0:
                break
            dates: dict = defaultdict(set)
            for f, date in tsv_solutions(store, inline_values(_involving(props), {"x": _iris(actors)}))[1]:
                dates[f].update([tsv_lexical(date)] if date else [])  # f: the fact's IRI as <…>
            first = {f: min(d, default="") for f, d in dates.items() if f not in chosen}  # as prune ranks
            chosen.update(sorted(first, key=lambda f: (first[f], f[1:-1]), reverse=True)[:room])
        return chosen

    # The centre's facts first, then those of the others reached; own words before mentions.
    said, about = (NKG.speaker,), (NKG.speaker, NKG.about)
    claimed, part = (NKG.claimedBy,), (NKG.claimedBy, NKG.origin, NKG.destination, NKG.place)
    facts = most_recent([([centre], said), ([centre], about), (reached, said), (reached, about)], MAX_STATEMENTS)
    facts |= most_recent([([centre], claimed), ([centre], part), (reached, claimed), (reached, part)], MAX_CLAIMS)

    # Their properties, the articles of the facts and those that mention the actors,
    # and the label of every other actor the facts name, read as rdflib terms.
    iris: dict = {}

    def properties(nodes, props) -> list[list]:
        return _rdflib_rows(store, _properties(props), iris, s=nodes)

    triples = properties([*reached, *facts], READ)
    mentions = _rdflib_rows(store, _MENTIONS, iris, x=reached)
    source_article = URIRef(NKG.sourceArticle)
    articles = {o for _s, p, o in triples if p == source_article and isinstance(o, URIRef)}
    articles |= {a for a, _x in mentions}
    drawn = {URIRef(x.value) for x in reached}
    named = {o for _s, p, o in triples if str(p) in _NAMING and isinstance(o, URIRef)} - drawn
    triples += properties(articles, _ARTICLE) + properties(named, (RDF.type, RDFS.label))
    mentions_prop = URIRef(NKG.mentions)
    facts = _Facts([*triples, *((a, mentions_prop, x) for a, x in mentions)])
    facts.hubs = {node_id(x.value): n for x, n in hubs.items()}
    return facts
