"""Reading the graph for the view: the one place it touches the store.

:func:`read_facts` reads every triple the view shows (the properties of
:data:`READ`) into :class:`kg.view.graph._Facts`. A pyoxigraph store (also the
one under a store-backed rdflib Dataset) is read straight from pyoxigraph,
several times faster than through rdflib's store API; an in-memory Dataset
through ``quads``.

:func:`read_around` reads only what a ``--focus`` page can need: the actors
at most ``radius`` links from the one named (the links of
:func:`kg.view.actors.actor_edges`: speaker to subject, origin to destination
or place, affiliation, location), every statement and deployment that
involves them, the articles of those facts and the articles that mention
them, and the label of every other actor these facts name. Of the facts, only
as many as a page keeps are read whole: the centre's first, own words before
mentions, then the most recent. The page made from it is the page made from
the whole graph (a test checks it), without reading a large store whole;
when a hub makes the page hit its bounds, the facts kept may differ slightly.
"""
from __future__ import annotations

from collections import defaultdict

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

from .. import names
from ..namespaces import ID, NKG, SCHEMA
from ..store import oxigraph_store
from .actors import MAX_CLAIMS, MAX_STATEMENTS
from .graph import ENTITY_KINDS, _Facts

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"

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
    return source if isinstance(source, ox.Store) else oxigraph_store(source)


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


def _iri(prop) -> ox.NamedNode:
    return ox.NamedNode(str(prop))


def _actor_names(store: ox.Store) -> list[tuple[str, list[str]]]:
    """(IRI, [label, aliases…]) of every actor and place of the store."""
    found: dict[str, list[str]] = defaultdict(list)
    for kind in ENTITY_KINDS:
        for q in store.quads_for_pattern(None, _iri(RDF.type), _iri(NKG[kind]), None):
            found.setdefault(q.subject.value, [])
    for iri, known in found.items():
        node = ox.NamedNode(iri)
        for prop in (RDFS.label, SKOS.altLabel):
            known += sorted({q.object.value for q in store.quads_for_pattern(node, _iri(prop), None, None)})
    return sorted(found.items())


def read_around(source, name: str, radius: int) -> _Facts | None:
    """What a ``--focus NAME --radius N`` page needs (see the module); None when ``source``
    is not a store or ``name`` is not exactly one actor (the whole read then says why)."""
    store = store_of(source)
    if store is None:
        return None
    entries = _actor_names(store)
    found = names.matches(name, entries, lambda e: e[1], lambda e: (e[0], e[0][len(str(ID)):]))
    if len(found) != 1:
        return None

    def objects(node, prop):
        return [q.object for q in store.quads_for_pattern(node, _iri(prop), None, None)]

    def subjects(prop, node):
        return [q.subject for q in store.quads_for_pattern(None, _iri(prop), node, None)]

    def neighbours(x) -> set:
        out = set()
        for s in subjects(NKG.speaker, x):
            out.update(objects(s, NKG.about))
        for s in subjects(NKG.about, x):
            out.update(objects(s, NKG.speaker))
        for d in subjects(NKG.origin, x):
            out.update(objects(d, NKG.destination) + objects(d, NKG.place))
        for prop in (NKG.destination, NKG.place):
            for d in subjects(prop, x):
                out.update(objects(d, NKG.origin))
        for prop in (NKG.affiliation, NKG.locatedIn):
            out.update(objects(x, prop))
            out.update(subjects(prop, x))
        return {n for n in out if isinstance(n, ox.NamedNode)}

    centre = ox.NamedNode(found[0][0])
    reached, frontier = {centre}, [centre]
    for _ in range(radius):
        if len(reached) >= FOCUS_READ_LIMIT:
            break
        nxt = []
        for x in sorted(frontier, key=lambda n: n.value):
            for y in sorted(neighbours(x) - reached, key=lambda n: n.value):
                reached.add(y)
                nxt.append(y)
        frontier = nxt

    # The facts that involve them: a page keeps at most MAX_STATEMENTS and MAX_CLAIMS,
    # their own first, then the most recent (as kg.view.actors.prune does), so only
    # those are read whole; a hub of a large store is named by far more.
    def most_recent(groups: list[set], limit: int) -> set:
        chosen: set = set()
        for group in groups:
            dated = sorted(group - chosen, key=lambda f: (
                min((o.value for o in objects(f, DCTERMS.date)), default=""), f.value), reverse=True)
            chosen.update(dated[: max(0, limit - len(chosen))])
        return chosen

    def involving(actors, props) -> set:
        return {f for x in actors for prop in props for f in subjects(prop, x)}

    # The centre's facts first, then those of the others reached; own words before mentions.
    said, about = (NKG.speaker,), (NKG.speaker, NKG.about)
    claimed, part = (NKG.claimedBy,), (NKG.claimedBy, NKG.origin, NKG.destination, NKG.place)
    facts = most_recent([involving([centre], said), involving([centre], about),
                         involving(reached, said), involving(reached, about)], MAX_STATEMENTS)
    facts |= most_recent([involving([centre], claimed), involving([centre], part),
                          involving(reached, claimed), involving(reached, part)], MAX_CLAIMS)
    articles = {a for f in facts for a in objects(f, NKG.sourceArticle)}
    mentions = [q for x in reached for q in store.quads_for_pattern(None, _iri(NKG.mentions), x, None)]
    articles |= {q.subject for q in mentions}
    named = {o for f in facts for p in (NKG.speaker, NKG.about, NKG.origin, NKG.destination, NKG.place,
                                         NKG.claimedBy) for o in objects(f, p)}
    named |= {o for x in reached for p in (NKG.affiliation, NKG.locatedIn) for o in objects(x, p)}
    convert = _Converter()

    def triples():
        for node, props in (
            *((x, READ) for x in reached),
            *((f, READ) for f in facts),
            *((a, _ARTICLE) for a in articles),
            *((n, (RDF.type, RDFS.label)) for n in named - reached),
        ):
            s = convert(node)
            for prop in props:
                p = URIRef(prop)
                for q in store.quads_for_pattern(node, _iri(prop), None, None):
                    yield s, p, convert(q.object)
        for q in mentions:
            yield convert(q.subject), URIRef(NKG.mentions), convert(q.object)

    return _Facts(triples())
