"""What the graph says, read with SPARQL over the nkg ontology (see :mod:`kg.mapping`).

Any graph :func:`kg.store.load_dataset` or :func:`kg.store.open_source` opens
can be read, whatever built it.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..namespaces import ID, WD
from ..prefixes import local_name
from ..query import run_query
from .gold import DeploymentFacts
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
class GraphDeployment(DeploymentFacts):
    """A deployment node of the graph, where its article states it."""

    iri: str
    article: str
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

#: The properties read of each statement and deployment: query variable -> property.
_STATEMENT_PROPERTIES = {
    "speaker": "nkg:speaker", "quote": "nkg:quote", "kind": "nkg:kind",
    "verb": "nkg:reportingVerb", "start": "nkg:charStart",
}
_DEPLOYMENT_PROPERTIES = {
    "min": "nkg:troopsMin", "max": "nkg:troopsMax", "qualifier": "nkg:qualifier",
    "origin": "nkg:origin", "destination": "nkg:destination", "place": "nkg:place",
    "status": "nkg:status", "claimant": "nkg:claimedBy", "evidence": "nkg:evidence",
    "start": "nkg:charStart",
}


def facts_query(cls: str, properties: dict[str, str]) -> str:
    """Each node ``?fact`` of class ``cls`` with its article and, where it has them, ``properties``.

    >>> print(facts_query("nkg:Statement", {"quote": "nkg:quote"}))
    SELECT ?fact ?article ?quote WHERE {
      ?fact a nkg:Statement ; nkg:sourceArticle ?article .
      OPTIONAL { ?fact nkg:quote ?quote }
    }
    """
    optional = "".join(f"  OPTIONAL {{ ?fact {p} ?{v} }}\n" for v, p in properties.items())
    return (f"SELECT ?fact ?article {' '.join('?' + v for v in properties)} WHERE {{\n"
            f"  ?fact a {cls} ; nkg:sourceArticle ?article .\n{optional}}}")



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


def _facts(ds, cls: str, properties: dict[str, str], seen: set[str]):
    """``(iri, article id, row)`` for each node of :func:`facts_query` not in ``seen``, once."""
    for row in run_query(ds, facts_query(cls, properties)).rows:
        iri = str(row["fact"])
        if iri in seen:  # a malformed graph may repeat a property
            continue
        seen.add(iri)
        yield iri, _article_id(row["article"]), row


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
    for iri, article, row in _facts(ds, "nkg:Statement", _STATEMENT_PROPERTIES, seen):
        facts.statements.setdefault(article, []).append(GraphStatement(
            iri, article, _str(row["speaker"]), _str(row["quote"]) or "",
            _term_local(row["kind"]), _str(row["verb"]), _int(row["start"]) or 0,
        ))
    for iri, article, row in _facts(ds, "nkg:Deployment", _DEPLOYMENT_PROPERTIES, seen):
        facts.deployments.setdefault(article, []).append(GraphDeployment(
            troops_min=_int(row["min"]), troops_max=_int(row["max"]),
            qualifier=_term_local(row["qualifier"]), origin=_str(row["origin"]),
            destination=_str(row["destination"]), place=_str(row["place"]),
            status=_term_local(row["status"]), claimant=_str(row["claimant"]),
            evidence=_str(row["evidence"]) or "", iri=iri, article=article,
            start=_int(row["start"]) or 0,
        ))
    for items in (*facts.statements.values(), *facts.deployments.values()):
        items.sort(key=lambda x: (x.start, x.iri))
    return facts

