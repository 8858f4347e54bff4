"""What the graph says, read with SPARQL over the nkg ontology (see :mod:`kg.mapping`).

Any graph :func:`kg.store.load_dataset` or :func:`kg.store.open_source` opens
can be read, whatever built it.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..namespaces import ID, WD
from ..prefixes import local_name
from ..query import run_query
from .gold import TroopFigure
from .similarity import name_key

_ARTICLE_PREFIX = str(ID["article/"])

@dataclass
class GraphEntity:
    iri: str
    cls: str
    label: str
    names: set[str] = field(default_factory=set)  # name_key of label and aliases
    wikidata: set[str] = field(default_factory=set)


@dataclass
class GraphStatement:
    iri: str
    article: str
    speaker: str | None
    quote: str
    kind: str | None
    verb: str | None
    start: int


@dataclass
class GraphDeployment(TroopFigure):
    iri: str
    article: str
    troops_min: int | None
    troops_max: int | None
    qualifier: str | None
    origin: str | None
    destination: str | None
    place: str | None
    status: str | None
    claimant: str | None
    evidence: str
    start: int


@dataclass
class GraphFacts:
    """What the graph says, article by article (entities are corpus-wide)."""

    entities: dict[str, GraphEntity] = field(default_factory=dict)
    mentions: dict[str, set[str]] = field(default_factory=dict)  # article -> entity IRIs
    statements: dict[str, list[GraphStatement]] = field(default_factory=dict)
    deployments: dict[str, list[GraphDeployment]] = field(default_factory=dict)
    articles: set[str] = field(default_factory=set)

    def article_entities(self, article: str) -> list[GraphEntity]:
        """The entities an article mentions or its statements and deployments point to."""
        iris = set(self.mentions.get(article, ()))
        for s in self.statements.get(article, ()):
            iris.add(s.speaker)
        for d in self.deployments.get(article, ()):
            iris.update((d.origin, d.destination, d.place, d.claimant))
        return [self.entities[i] for i in sorted(i for i in iris if i in self.entities)]

    def label(self, iri: str | None) -> str:
        if iri is None:
            return "-"
        entity = self.entities.get(iri)
        return entity.label if entity else local_name(iri)


_ENTITIES_QUERY = """
SELECT ?e ?class ?label ?alias ?same WHERE {
  VALUES ?class { nkg:Person nkg:Organization nkg:Country nkg:Place }
  ?e a ?class .
  { ?e rdfs:label ?label } UNION { ?e skos:altLabel ?alias } UNION { ?e owl:sameAs ?same }
}"""

_ARTICLES_QUERY = """
SELECT ?article ?e WHERE { ?article a nkg:Article . OPTIONAL { ?article nkg:mentions ?e } }"""

_STATEMENTS_QUERY = """
SELECT ?s ?article ?speaker ?quote ?kind ?verb ?start WHERE {
  ?s a nkg:Statement ; nkg:sourceArticle ?article .
  OPTIONAL { ?s nkg:speaker ?speaker }
  OPTIONAL { ?s nkg:quote ?quote }
  OPTIONAL { ?s nkg:kind ?kind }
  OPTIONAL { ?s nkg:reportingVerb ?verb }
  OPTIONAL { ?s nkg:charStart ?start }
}"""

_DEPLOYMENTS_QUERY = """
SELECT ?d ?article ?min ?max ?qualifier ?origin ?destination ?place ?status ?claimant ?evidence ?start
WHERE {
  ?d a nkg:Deployment ; nkg:sourceArticle ?article .
  OPTIONAL { ?d nkg:troopsMin ?min }
  OPTIONAL { ?d nkg:troopsMax ?max }
  OPTIONAL { ?d nkg:qualifier ?qualifier }
  OPTIONAL { ?d nkg:origin ?origin }
  OPTIONAL { ?d nkg:destination ?destination }
  OPTIONAL { ?d nkg:place ?place }
  OPTIONAL { ?d nkg:status ?status }
  OPTIONAL { ?d nkg:claimedBy ?claimant }
  OPTIONAL { ?d nkg:evidence ?evidence }
  OPTIONAL { ?d nkg:charStart ?start }
}"""



def _article_id(iri) -> str:
    text = str(iri)
    return text[len(_ARTICLE_PREFIX):] if text.startswith(_ARTICLE_PREFIX) else text


def _str(term) -> str | None:
    return None if term is None else str(term)


def _int(term) -> int | None:
    if term is None:
        return None
    try:
        return int(term)
    except (TypeError, ValueError):
        return None


def _term_local(term) -> str | None:
    return None if term is None else local_name(term)


def read_graph(ds) -> GraphFacts:
    """Read entities, mentions, statements and deployments from ``ds`` (a store or dataset) with SPARQL."""
    facts = GraphFacts()
    for row in run_query(ds, _ENTITIES_QUERY).rows:
        iri = str(row["e"])
        entity = facts.entities.setdefault(iri, GraphEntity(iri, local_name(row["class"]), ""))
        if row["label"] is not None:
            if not entity.label or str(row["label"]) < entity.label:
                entity.label = str(row["label"])
            entity.names.add(name_key(str(row["label"])))
        if row["alias"] is not None:
            entity.names.add(name_key(str(row["alias"])))
        if row["same"] is not None and str(row["same"]).startswith(str(WD)):  # not GeoNames
            entity.wikidata.add(local_name(row["same"]))
    for entity in facts.entities.values():
        entity.label = entity.label or local_name(entity.iri)
    for row in run_query(ds, _ARTICLES_QUERY).rows:
        article = _article_id(row["article"])
        facts.articles.add(article)
        if row["e"] is not None:
            facts.mentions.setdefault(article, set()).add(str(row["e"]))
    seen: set[str] = set()
    for row in run_query(ds, _STATEMENTS_QUERY).rows:
        if str(row["s"]) in seen:  # a malformed graph may repeat a property
            continue
        seen.add(str(row["s"]))
        article = _article_id(row["article"])
        facts.statements.setdefault(article, []).append(GraphStatement(
            str(row["s"]), article, _str(row["speaker"]), _str(row["quote"]) or "",
            _term_local(row["kind"]), _str(row["verb"]), _int(row["start"]) or 0,
        ))
    for row in run_query(ds, _DEPLOYMENTS_QUERY).rows:
        if str(row["d"]) in seen:
            continue
        seen.add(str(row["d"]))
        article = _article_id(row["article"])
        facts.deployments.setdefault(article, []).append(GraphDeployment(
            str(row["d"]), article, _int(row["min"]), _int(row["max"]),
            _term_local(row["qualifier"]), _str(row["origin"]), _str(row["destination"]),
            _str(row["place"]), _term_local(row["status"]), _str(row["claimant"]),
            _str(row["evidence"]) or "", _int(row["start"]) or 0,
        ))
    for items in (*facts.statements.values(), *facts.deployments.values()):
        items.sort(key=lambda x: (x.start, x.iri))
    return facts

