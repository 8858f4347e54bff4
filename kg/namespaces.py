"""RDF vocabularies used by newskg.

``NKG`` is a closed :class:`rdflib.namespace.DefinedNamespace`, so a misspelt
term (``NKG.speeker``) fails at import time instead of silently producing a
new IRI. Every term here is defined in ``ontology/newskg.ttl``; a test checks
that the two agree.
"""
from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

ONTOLOGY_IRI = "https://w3id.org/newskg/ontology"
ID = Namespace("https://w3id.org/newskg/id/")
WD = Namespace("http://www.wikidata.org/entity/")
SCHEMA = Namespace("https://schema.org/")


class NKG(DefinedNamespace):
    """The newskg ontology (``nkg:``)."""

    _NS = Namespace(ONTOLOGY_IRI + "#")
    _fail = True

    # Classes
    Article: URIRef
    Actor: URIRef
    Person: URIRef
    Organization: URIRef
    Country: URIRef
    Place: URIRef
    Statement: URIRef
    Deployment: URIRef
    StatementKind: URIRef
    Qualifier: URIRef
    DeploymentStatus: URIRef
    DeploymentMode: URIRef

    # Statement kinds
    DirectQuote: URIRef
    PartialQuote: URIRef
    IndirectSpeech: URIRef

    # Count qualifiers
    Exact: URIRef
    UpTo: URIRef
    AtLeast: URIRef
    About: URIRef
    Range: URIRef
    Vague: URIRef

    # Deployment statuses
    Sent: URIRef
    Deployed: URIRef
    InTraining: URIRef
    Planned: URIRef
    Expected: URIRef
    InCombat: URIRef
    Withdrawn: URIRef
    Exercise: URIRef
    Rotation: URIRef
    Reinforcement: URIRef

    # Actors and places
    role: URIRef
    affiliation: URIRef
    locatedIn: URIRef
    standsFor: URIRef
    mentions: URIRef

    # Statements
    speaker: URIRef
    speakerRole: URIRef
    quote: URIRef
    kind: URIRef
    reportingVerb: URIRef
    about: URIRef

    # Deployments
    origin: URIRef
    destination: URIRef
    place: URIRef
    troopsMin: URIRef
    troopsMax: URIRef
    qualifier: URIRef
    status: URIRef
    mode: URIRef
    claimedBy: URIRef

    # Provenance
    sourceArticle: URIRef
    charStart: URIRef
    charEnd: URIRef
    evidence: URIRef
    contentHash: URIRef
    dateInferred: URIRef

    # Network relations (derived by kg graph, not stored)
    spokeAbout: URIRef
    coMentionedWith: URIRef
    claimedDeploymentInvolving: URIRef
    deployedTo: URIRef


#: Prefixes bound in every exported graph and predeclared for SPARQL queries.
PREFIXES = {
    "nkg": NKG._NS,
    "id": ID,
    "wd": WD,
    "schema": SCHEMA,
    "rdf": Namespace("http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
    "rdfs": Namespace("http://www.w3.org/2000/01/rdf-schema#"),
    "owl": Namespace("http://www.w3.org/2002/07/owl#"),
    "xsd": Namespace("http://www.w3.org/2001/XMLSchema#"),
    "skos": Namespace("http://www.w3.org/2004/02/skos/core#"),
    "prov": Namespace("http://www.w3.org/ns/prov#"),
    "dcterms": Namespace("http://purl.org/dc/terms/"),
    "foaf": Namespace("http://xmlns.com/foaf/0.1/"),
}
