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


def article_triples(rec: ArticleRecords):
    article = rec.article
    node = article_iri(article.id)
    yield from _article_metadata(node, article)
    for key in sorted({m.entity for m in rec.mentions}):
        yield node, NKG.mentions, entity_iri(key)
    per_span: dict[tuple[int, int], int] = {}
    for statement in sorted(rec.statements, key=lambda s: (s.start, s.end, s.kind, s.speaker)):
        span = (statement.start, statement.end)
        per_span[span] = per_span.get(span, 0) + 1
        yield from _statement_triples(article, statement, per_span[span])
    for deployment in sorted(rec.deployments, key=lambda d: (d.start, d.end)):
        yield from _deployment_triples(article, deployment)


def _article_metadata(node: URIRef, article: Article):
    yield node, RDF.type, NKG.Article
    if article.title:
        yield node, DCTERMS.title, Literal(article.title, lang="fr")
    if article.url:
        yield node, SCHEMA.url, Literal(article.url, datatype=XSD.anyURI)
    if article.date:
        yield node, DCTERMS.date, Literal(article.date, datatype=XSD.date)
        if article.date_inferred:
            yield node, NKG.dateInferred, Literal(True)
    if article.outlet:
        yield node, DCTERMS.publisher, Literal(article.outlet)
    yield node, DCTERMS.source, Literal(article.source)
    yield node, NKG.contentHash, Literal(article.content_hash)


def _provenance(node: URIRef, article: Article, record: Statement | Deployment):
    yield node, NKG.sourceArticle, article_iri(article.id)
    yield node, NKG.charStart, Literal(record.start, datatype=XSD.integer)
    yield node, NKG.charEnd, Literal(record.end, datatype=XSD.integer)
    yield node, NKG.evidence, Literal(record.evidence, lang="fr")
    date = record.date or article.date
    if date:
        yield node, DCTERMS.date, Literal(date, datatype=XSD.date)
        if article.date_inferred:  # the record's own date was anchored on it
            yield node, NKG.dateInferred, Literal(True)


def _statement_triples(article: Article, s: Statement, nth: int = 1):
    node = statement_iri(article.id, s.start, s.end, nth)
    yield node, RDF.type, NKG.Statement
    yield node, NKG.speaker, entity_iri(s.speaker)
    yield node, NKG.quote, Literal(s.quote, lang="fr")
    yield node, NKG.kind, NKG[s.kind]
    if s.verb:
        yield node, NKG.reportingVerb, Literal(s.verb)
    if s.speaker_role:
        yield node, NKG.speakerRole, Literal(s.speaker_role)
    for key in sorted(set(s.about)):
        yield node, NKG.about, entity_iri(key)
    yield from _provenance(node, article, s)


def _deployment_triples(article: Article, d: Deployment):
    node = deployment_iri(article.id, d.start, d.end)
    yield node, RDF.type, NKG.Deployment
    yield node, NKG.qualifier, NKG[d.qualifier]
    if d.troops_min is not None:
        yield node, NKG.troopsMin, Literal(d.troops_min, datatype=XSD.integer)
    if d.troops_max is not None:
        yield node, NKG.troopsMax, Literal(d.troops_max, datatype=XSD.integer)
    for prop, key in (
        (NKG.origin, d.origin),
        (NKG.destination, d.destination),
        (NKG.place, d.place),
        (NKG.claimedBy, d.claimant),
    ):
        if key:
            yield node, prop, entity_iri(key)
    if d.status:
        yield node, NKG.status, NKG[d.status]
    if d.mode:
        yield node, NKG.mode, NKG[d.mode]
    yield from _provenance(node, article, d)
