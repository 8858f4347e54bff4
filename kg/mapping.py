"""Map resolved records to RDF: the only module that knows the ontology's shape.

Every article's facts go into a named graph whose name is the article's IRI,
so provenance survives in TriG and N-Quads and an article's facts can be
replaced as a whole. What is true of an entity across the corpus (its class,
canonical label, aliases, Wikidata link, roles) goes into the entities graph.
Triples are added in a fixed order so every serialisation is deterministic.
"""
from __future__ import annotations

from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS, XSD

from .gazetteer import GEONAMES_IRI
from .namespaces import ID, NKG, PREFIXES, SCHEMA, WD
from .records import Article, ArticleRecords, Deployment, Entity, Statement
from .resolve import Corpus

#: Named graph holding corpus-wide entity descriptions.
ENTITIES_GRAPH = ID["graph/entities"]


def entity_iri(key: str) -> URIRef:
    return ID[key]


def article_iri(article_id: str) -> URIRef:
    return ID[f"article/{article_id}"]


def statement_iri(article_id: str, start: int, end: int, nth: int = 1) -> URIRef:
    """By span: a quote and the indirect speech around it may start together,
    and two speakers of the same words ("X et Y ont demandé") share a span, so
    the second gets ``-2``."""
    suffix = f"-{nth}" if nth > 1 else ""
    return ID[f"statement/{article_id}-{start}-{end}{suffix}"]


def deployment_iri(article_id: str, start: int, end: int) -> URIRef:
    return ID[f"deployment/{article_id}-{start}-{end}"]


def new_dataset() -> Dataset:
    ds = Dataset()
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns, override=True, replace=True)
    return ds


def to_dataset(corpus: Corpus) -> Dataset:
    """The whole corpus as an RDF dataset (one named graph per article)."""
    ds = new_dataset()
    entities = ds.graph(ENTITIES_GRAPH)
    for key in sorted(corpus.entities):
        for triple in entity_triples(corpus.entities[key]):
            entities.add(triple)
    for rec in sorted(corpus.articles, key=lambda r: r.article.id):
        graph = ds.graph(article_iri(rec.article.id))
        for triple in article_triples(rec):
            graph.add(triple)
    return ds


def entity_triples(entity: Entity):
    node = entity_iri(entity.key)
    yield node, RDF.type, NKG[entity.kind]
    yield node, RDFS.label, Literal(entity.label)
    for alias in sorted(set(entity.aliases) - {entity.label}):
        yield node, SKOS.altLabel, Literal(alias)
    if entity.wikidata:
        yield node, OWL.sameAs, WD[entity.wikidata]
    if entity.geonames:
        yield node, OWL.sameAs, URIRef(GEONAMES_IRI.format(entity.geonames))
    for role in sorted(set(entity.roles)):
        yield node, NKG.role, Literal(role)
    for key in sorted(set(entity.affiliations)):
        yield node, NKG.affiliation, entity_iri(key)
    if entity.located_in:
        yield node, NKG.locatedIn, entity_iri(entity.located_in)
    for place in sorted(set(entity.metonyms)):
        yield entity_iri(place), NKG.standsFor, node


class RdflibTerms:
    """How :func:`article_triples` makes its terms by default: rdflib's.

    The store's mapping passes Oxigraph's instead (:class:`kg.sync.OxigraphTerms`),
    so the triples of every article reach the store without an rdflib term in
    between (making them was half the mapping's time); the shape of the graph
    stays written once, here. ``iri`` takes an IRI as a string (a
    vocabulary term such as ``NKG.speaker`` is one); ``literal`` takes the
    Python value (``str``, ``int``, ``bool`` or ``date``) with a language tag or
    a datatype IRI.
    """

    @staticmethod
    def iri(value: str) -> URIRef:
        return value if type(value) is URIRef else URIRef(value)

    @staticmethod
    def literal(value, lang: str | None = None, datatype: str | None = None) -> Literal:
        return Literal(value, lang=lang, datatype=datatype)


RDFLIB_TERMS = RdflibTerms()


def article_triples(rec: ArticleRecords, terms=RDFLIB_TERMS):
    """The triples of one article's graph, made with ``terms`` (see :class:`RdflibTerms`)."""
    article = rec.article
    node = terms.iri(f"{ID}article/{article.id}")
    yield from _article_metadata(terms, node, article)
    mentions = terms.iri(NKG.mentions)
    for key in sorted({m.entity for m in rec.mentions}):
        yield node, mentions, terms.iri(ID + key)
    per_span: dict[tuple[int, int], int] = {}
    for statement in sorted(rec.statements, key=lambda s: (s.start, s.end, s.kind, s.speaker)):
        span = (statement.start, statement.end)
        per_span[span] = per_span.get(span, 0) + 1
        yield from _statement_triples(terms, node, article, statement, per_span[span])
    for deployment in sorted(rec.deployments, key=lambda d: (d.start, d.end)):
        yield from _deployment_triples(terms, node, article, deployment)


def _article_metadata(t, node, article: Article):
    yield node, t.iri(RDF.type), t.iri(NKG.Article)
    if article.title:
        yield node, t.iri(DCTERMS.title), t.literal(article.title, lang="fr")
    if article.url:
        yield node, t.iri(SCHEMA.url), t.literal(article.url, datatype=XSD.anyURI)
    if article.date:
        yield node, t.iri(DCTERMS.date), t.literal(article.date, datatype=XSD.date)
        if article.date_inferred:
            yield node, t.iri(NKG.dateInferred), t.literal(True)
    if article.outlet:
        yield node, t.iri(DCTERMS.publisher), t.literal(article.outlet)
    yield node, t.iri(DCTERMS.source), t.literal(article.source)
    yield node, t.iri(NKG.contentHash), t.literal(article.content_hash)


def _provenance(t, node, article_node, article: Article, record: Statement | Deployment):
    yield node, t.iri(NKG.sourceArticle), article_node
    yield node, t.iri(NKG.charStart), t.literal(record.start, datatype=XSD.integer)
    yield node, t.iri(NKG.charEnd), t.literal(record.end, datatype=XSD.integer)
    yield node, t.iri(NKG.evidence), t.literal(record.evidence, lang="fr")
    date = record.date or article.date
    if date:
        yield node, t.iri(DCTERMS.date), t.literal(date, datatype=XSD.date)
        if article.date_inferred:  # the record's own date was anchored on it
            yield node, t.iri(NKG.dateInferred), t.literal(True)


def _statement_triples(t, article_node, article: Article, s: Statement, nth: int = 1):
    node = t.iri(statement_iri(article.id, s.start, s.end, nth))
    yield node, t.iri(RDF.type), t.iri(NKG.Statement)
    yield node, t.iri(NKG.speaker), t.iri(ID + s.speaker)
    yield node, t.iri(NKG.quote), t.literal(s.quote, lang="fr")
    yield node, t.iri(NKG.kind), t.iri(NKG[s.kind])
    if s.verb:
        yield node, t.iri(NKG.reportingVerb), t.literal(s.verb)
    if s.speaker_role:
        yield node, t.iri(NKG.speakerRole), t.literal(s.speaker_role)
    about = t.iri(NKG.about)
    for key in sorted(set(s.about)):
        yield node, about, t.iri(ID + key)
    yield from _provenance(t, node, article_node, article, s)


def _deployment_triples(t, article_node, article: Article, d: Deployment):
    node = t.iri(deployment_iri(article.id, d.start, d.end))
    yield node, t.iri(RDF.type), t.iri(NKG.Deployment)
    yield node, t.iri(NKG.qualifier), t.iri(NKG[d.qualifier])
    if d.troops_min is not None:
        yield node, t.iri(NKG.troopsMin), t.literal(d.troops_min, datatype=XSD.integer)
    if d.troops_max is not None:
        yield node, t.iri(NKG.troopsMax), t.literal(d.troops_max, datatype=XSD.integer)
    for prop, key in (
        (NKG.origin, d.origin),
        (NKG.destination, d.destination),
        (NKG.place, d.place),
        (NKG.claimedBy, d.claimant),
    ):
        if key:
            yield node, t.iri(prop), t.iri(ID + key)
    if d.status:
        yield node, t.iri(NKG.status), t.iri(NKG[d.status])
    if d.mode:
        yield node, t.iri(NKG.mode), t.iri(NKG[d.mode])
    yield from _provenance(t, node, article_node, article, d)
