"""Tests for the newskg ontology (ontology/newskg.ttl) and its SHACL shapes
(ontology/shapes.ttl).

The ontology must define exactly the terms of :class:`kg.namespaces.NKG`,
each documented in English and French and aligned with common vocabularies.
The shapes must be valid SHACL, accept a well-formed graph and report each
kind of malformed data with a message that says what is wrong.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Callable

import pyshacl
import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SH, SKOS

from kg.namespaces import ID, NKG, ONTOLOGY_IRI, SCHEMA, WD

ONTOLOGY_DIR = Path(__file__).resolve().parent.parent / "ontology"
ONTOLOGY_FILE = ONTOLOGY_DIR / "newskg.ttl"
SHAPES_FILE = ONTOLOGY_DIR / "shapes.ttl"

NS = str(NKG._NS)
# Plain IRIs rather than rdflib's XSD namespace, whose attribute look-ups
# warn when pytest scans the module.
XSD_STRING = URIRef("http://www.w3.org/2001/XMLSchema#string")
XSD_INTEGER = URIRef("http://www.w3.org/2001/XMLSchema#integer")
NKG_NAMES = frozenset(NKG.__annotations__)

# What each NKG term is expected to be. Kept next to NKG's own grouping so the
# test reads as the specification of the vocabulary.
CLASSES = {
    "Article", "Actor", "Person", "Organization", "Country", "Place",
    "Statement", "Deployment", "StatementKind", "Qualifier", "DeploymentStatus", "DeploymentMode",
}
ENUMERATIONS = {
    "StatementKind": ["DirectQuote", "PartialQuote", "IndirectSpeech"],
    "Qualifier": ["Exact", "UpTo", "AtLeast", "About", "Range", "Vague"],
    "DeploymentStatus": [
        "Sent", "Deployed", "InTraining", "Planned", "Expected", "InCombat", "Withdrawn",
    ],
    "DeploymentMode": ["Exercise", "Rotation", "Reinforcement"],
}
INDIVIDUALS = {member: enum for enum, members in ENUMERATIONS.items() for member in members}
OBJECT_PROPERTIES = {
    "affiliation", "locatedIn", "standsFor", "mentions", "speaker", "kind", "about", "origin",
    "destination", "place", "qualifier", "status", "mode", "claimedBy", "sourceArticle",
    "spokeAbout", "coMentionedWith", "claimedDeploymentInvolving", "deployedTo",
}
DATATYPE_PROPERTIES = {
    "role", "speakerRole", "quote", "reportingVerb", "troopsMin", "troopsMax",
    "charStart", "charEnd", "evidence", "contentHash", "dateInferred",
}
PROPERTIES = OBJECT_PROPERTIES | DATATYPE_PROPERTIES

ALIGNMENT_PREDICATES = (
    RDFS.subClassOf, RDFS.subPropertyOf, OWL.equivalentClass, OWL.equivalentProperty,
)


# ---------------------------------------------------------------------------
# Fixtures
# ---------------------------------------------------------------------------

@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY_FILE, format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(SHAPES_FILE, format="turtle")


def local_name(term: URIRef) -> str:
    return str(term)[len(NS):]


def defined_terms(ontology: Graph) -> dict[str, set[URIRef]]:
    """nkg: terms the ontology gives a type to, with their types."""
    terms: dict[str, set[URIRef]] = {}
    for subject, type_ in ontology.subject_objects(RDF.type):
        if isinstance(subject, URIRef) and str(subject).startswith(NS):
            terms.setdefault(local_name(subject), set()).add(type_)
    return terms


def union_members(graph: Graph, node) -> set:
    """The classes of an owl:unionOf class expression (or the class itself)."""
    union = graph.value(node, OWL.unionOf)
    if union is None:
        return {node}
    return set(Collection(graph, union))


# ---------------------------------------------------------------------------
# The ontology defines exactly the terms of NKG, each with the right kind
# ---------------------------------------------------------------------------

def test_expected_kinds_cover_exactly_the_nkg_terms():
    # Guards the tables above: a term added to NKG must be classified here.
    assert CLASSES | set(INDIVIDUALS) | PROPERTIES == NKG_NAMES
    assert len(CLASSES) + len(INDIVIDUALS) + len(PROPERTIES) == len(NKG_NAMES)


def test_ontology_defines_exactly_the_terms_of_nkg(ontology):
    defined = set(defined_terms(ontology))
    assert sorted(NKG_NAMES - defined) == [], "in NKG but not defined in the ontology"
    assert sorted(defined - NKG_NAMES) == [], "defined in the ontology but not in NKG"


def test_ontology_uses_no_undefined_nkg_iri(ontology):
    used = {
        local_name(node)
        for triple in ontology
        for node in triple
        if isinstance(node, URIRef) and str(node).startswith(NS)
    }
    assert sorted(used - NKG_NAMES) == []


def test_classes_are_owl_classes(ontology):
    terms = defined_terms(ontology)
    for name in sorted(CLASSES):
        assert OWL.Class in terms[name], name


def test_enumeration_values_are_named_individuals_of_their_class(ontology):
    terms = defined_terms(ontology)
    for name, enum in sorted(INDIVIDUALS.items()):
        assert OWL.NamedIndividual in terms[name], name
        assert NKG[enum] in terms[name], f"{name} should be typed nkg:{enum}"
        assert OWL.Class not in terms[name], name


def test_object_and_datatype_properties_have_the_right_kind(ontology):
    terms = defined_terms(ontology)
    for name in sorted(OBJECT_PROPERTIES):
        assert OWL.ObjectProperty in terms[name], name
        assert OWL.DatatypeProperty not in terms[name], name
    for name in sorted(DATATYPE_PROPERTIES):
        assert OWL.DatatypeProperty in terms[name], name
        assert OWL.ObjectProperty not in terms[name], name


@pytest.mark.parametrize("enum", sorted(ENUMERATIONS))
def test_enumeration_classes_list_their_values_with_owl_one_of(ontology, enum):
    one_ofs = [ontology.value(NKG[enum], OWL.oneOf)] + [
        ontology.value(eq, OWL.oneOf) for eq in ontology.objects(NKG[enum], OWL.equivalentClass)
    ]
    lists = [list(Collection(ontology, head)) for head in one_ofs if head is not None]
    assert lists == [[NKG[m] for m in ENUMERATIONS[enum]]]


# ---------------------------------------------------------------------------
# Documentation
# ---------------------------------------------------------------------------

@pytest.mark.parametrize("name", sorted(NKG_NAMES))
def test_every_term_has_label_and_comment_in_english_and_french(ontology, name):
    for predicate in (RDFS.label, RDFS.comment):
        languages = [
            value.language for value in ontology.objects(NKG[name], predicate)
            if isinstance(value, Literal) and str(value).strip()
        ]
        assert sorted(languages) == ["en", "fr"], f"nkg:{name} {predicate}: {languages}"


def test_ontology_header_has_title_description_version_and_comment(ontology):
    onto = URIRef(ONTOLOGY_IRI)
    assert (onto, RDF.type, OWL.Ontology) in ontology
    assert ontology.value(onto, OWL.versionInfo) == Literal("0.1.0")
    for predicate in (DCTERMS.title, DCTERMS.description, RDFS.comment):
        assert {v.language for v in ontology.objects(onto, predicate)} >= {"en"}, predicate


def test_ontology_comment_documents_how_instance_iris_are_formed(ontology):
    comment = str(next(
        c for c in ontology.objects(URIRef(ONTOLOGY_IRI), RDFS.comment) if c.language == "en"
    ))
    for fragment in (
        str(ID), "country/", "ISO", "person/", "org/", "place/", "article/",
        "statement/<article id>-<charStart>-<charEnd>", "deployment/<article id>-<charStart>-<charEnd>",
        "rdfs:label", "skos:altLabel", "owl:sameAs", "http://www.wikidata.org/entity/Q",
        "dcterms:title", "schema:url", "dcterms:date", "dcterms:source", "dcterms:publisher",
    ):
        assert fragment in comment, fragment


# ---------------------------------------------------------------------------
# Domains, ranges and class hierarchy
# ---------------------------------------------------------------------------

@pytest.mark.parametrize("name", sorted(PROPERTIES))
def test_every_property_has_a_domain_and_a_range(ontology, name):
    assert ontology.value(NKG[name], RDFS.domain) is not None, f"nkg:{name} has no domain"
    assert ontology.value(NKG[name], RDFS.range) is not None, f"nkg:{name} has no range"


@pytest.mark.parametrize("name", ["sourceArticle", "charStart", "charEnd", "evidence"])
def test_provenance_properties_apply_to_statements_and_deployments_via_union(ontology, name):
    domain = ontology.value(NKG[name], RDFS.domain)
    assert isinstance(domain, BNode)
    assert union_members(ontology, domain) == {NKG.Statement, NKG.Deployment}


@pytest.mark.parametrize(
    "name, domain, range_",
    [
        ("role", {NKG.Actor}, {XSD_STRING}),
        ("affiliation", {NKG.Actor}, {NKG.Organization, NKG.Country}),
        ("locatedIn", {NKG.Place}, {NKG.Country}),
        ("standsFor", {NKG.Place}, {NKG.Actor}),
        ("mentions", {NKG.Article}, {NKG.Actor, NKG.Place}),
        ("speaker", {NKG.Statement}, {NKG.Actor}),
        ("quote", {NKG.Statement}, {RDF.langString}),
        ("kind", {NKG.Statement}, {NKG.StatementKind}),
        ("about", {NKG.Statement}, {NKG.Actor, NKG.Place}),
        ("origin", {NKG.Deployment}, {NKG.Country}),
        ("destination", {NKG.Deployment}, {NKG.Country}),
        ("place", {NKG.Deployment}, {NKG.Place}),
        ("troopsMin", {NKG.Deployment}, {XSD_INTEGER}),
        ("troopsMax", {NKG.Deployment}, {XSD_INTEGER}),
        ("qualifier", {NKG.Deployment}, {NKG.Qualifier}),
        ("status", {NKG.Deployment}, {NKG.DeploymentStatus}),
        ("mode", {NKG.Deployment}, {NKG.DeploymentMode}),
        ("claimedBy", {NKG.Deployment}, {NKG.Actor}),
        ("sourceArticle", {NKG.Statement, NKG.Deployment}, {NKG.Article}),
        ("contentHash", {NKG.Article}, {XSD_STRING}),
        ("dateInferred", {NKG.Article, NKG.Statement, NKG.Deployment},
         {URIRef("http://www.w3.org/2001/XMLSchema#boolean")}),
    ],
)
def test_property_links_the_documented_domain_and_range(ontology, name, domain, range_):
    assert union_members(ontology, ontology.value(NKG[name], RDFS.domain)) == domain
    assert union_members(ontology, ontology.value(NKG[name], RDFS.range)) == range_


def test_persons_organizations_and_countries_are_actors_but_places_are_not(ontology):
    for name in ("Person", "Organization", "Country"):
        assert (NKG[name], RDFS.subClassOf, NKG.Actor) in ontology
    superclasses = set(ontology.transitive_objects(NKG.Place, RDFS.subClassOf))
    assert NKG.Actor not in superclasses
    disjoint_sets = [
        set(Collection(ontology, members))
        for node in ontology.subjects(RDF.type, OWL.AllDisjointClasses)
        for members in ontology.objects(node, OWL.members)
    ]
    assert any({NKG.Actor, NKG.Place} <= members for members in disjoint_sets)


# ---------------------------------------------------------------------------
# Alignments with schema.org, PROV-O, FOAF and SKOS
# ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    "vocabulary",
    [str(SCHEMA), str(PROV), str(FOAF), str(SKOS)],
    ids=["schema.org", "PROV-O", "FOAF", "SKOS"],
)
def test_ontology_aligns_with_vocabulary(ontology, vocabulary):
    alignments = [
        (s, p, o)
        for p in ALIGNMENT_PREDICATES
        for s, o in ontology.subject_objects(p)
        if str(s).startswith(NS) and str(o).startswith(vocabulary)
    ]
    assert alignments, f"no nkg: term is aligned with {vocabulary}"


@pytest.mark.parametrize(
    "term, predicate, target",
    [
        (NKG.Article, RDFS.subClassOf, SCHEMA.NewsArticle),
        (NKG.Person, RDFS.subClassOf, SCHEMA.Person),
        (NKG.Person, RDFS.subClassOf, FOAF.Person),
        (NKG.Organization, RDFS.subClassOf, SCHEMA.Organization),
        (NKG.Organization, RDFS.subClassOf, FOAF.Organization),
        (NKG.Country, RDFS.subClassOf, SCHEMA.Country),
        (NKG.Place, RDFS.subClassOf, SCHEMA.Place),
        (NKG.Statement, RDFS.subClassOf, SCHEMA.Quotation),
        (NKG.Statement, RDFS.subClassOf, PROV.Entity),
        (NKG.Deployment, RDFS.subClassOf, PROV.Entity),
        (NKG.Actor, RDFS.subClassOf, PROV.Agent),
        (NKG.Actor, RDFS.subClassOf, FOAF.Agent),
        (NKG.StatementKind, RDFS.subClassOf, SKOS.Concept),
        (NKG.Qualifier, RDFS.subClassOf, SKOS.Concept),
        (NKG.DeploymentStatus, RDFS.subClassOf, SKOS.Concept),
        (NKG.mentions, RDFS.subPropertyOf, SCHEMA.mentions),
        (NKG.quote, RDFS.subPropertyOf, SCHEMA.text),
        (NKG.sourceArticle, RDFS.subPropertyOf, PROV.wasDerivedFrom),
        (NKG.speaker, RDFS.subPropertyOf, PROV.wasAttributedTo),
        (NKG.claimedBy, RDFS.subPropertyOf, PROV.wasAttributedTo),
    ],
)
def test_term_has_documented_alignment(ontology, term, predicate, target):
    assert (term, predicate, target) in ontology


# ---------------------------------------------------------------------------
# The shapes graph itself
# ---------------------------------------------------------------------------

def test_shapes_graph_is_valid_against_shacl_for_shacl(shapes):
    shacl_shacl = Graph().parse(
        source=str(resources.files("pyshacl") / "assets" / "shacl-shacl.ttl"), format="turtle"
    )
    conforms, _, text = pyshacl.validate(shapes, shacl_graph=shacl_shacl, inference="none")
    assert conforms, text


def test_every_shape_and_constraint_has_an_english_message(shapes):
    shapes_and_constraints = (
        set(shapes.subjects(RDF.type, SH.NodeShape))
        | set(shapes.objects(None, SH.property))
        | set(shapes.objects(None, SH.sparql))
    )
    assert len(shapes_and_constraints) > 20
    for node in shapes_and_constraints:
        languages = {m.language for m in shapes.objects(node, SH.message)}
        assert "en" in languages, f"{node} ({shapes.value(node, SH.path)}) has no message"


# ---------------------------------------------------------------------------
# Validating data against the shapes
# ---------------------------------------------------------------------------

A = ID["article/20241105-lemonde-001"]
KP, RU, US = ID["country/KP"], ID["country/RU"], ID["country/US"]
AUSTIN = ID["person/lloyd-austin"]
PENTAGON = ID["org/pentagone"]
KURSK = ID["place/koursk"]
ST = ID["statement/20241105-lemonde-001-120"]
DEP = ID["deployment/20241105-lemonde-001-300"]


def valid_graph() -> Graph:
    """One of everything, every property set properly."""
    g = Graph()

    # Article
    g.add((A, RDF.type, NKG.Article))
    title = "Des soldats nord-coréens dans la région de Koursk"
    g.add((A, DCTERMS.title, Literal(title, lang="fr")))
    g.add((A, SCHEMA.url, URIRef("https://example.org/articles/001")))
    g.add((A, DCTERMS.date, Literal(date(2024, 11, 5))))
    g.add((A, DCTERMS.source, Literal("seeds/000_584b3e5c65d6adbc.txt")))
    g.add((A, DCTERMS.publisher, Literal("Le Monde")))
    g.add((A, NKG.contentHash, Literal("0" * 56 + "deadbeef")))
    for entity in (KP, RU, AUSTIN, KURSK):
        g.add((A, NKG.mentions, entity))

    # Countries, person, organisation, place
    for country, label, qid in ((KP, "Corée du Nord", "Q423"), (RU, "Russie", "Q159"),
                                (US, "États-Unis", "Q30")):
        g.add((country, RDF.type, NKG.Country))
        g.add((country, RDFS.label, Literal(label, lang="fr")))
        g.add((country, OWL.sameAs, WD[qid]))
    g.add((KP, SKOS.altLabel, Literal("Pyongyang", lang="fr")))
    g.add((AUSTIN, RDF.type, NKG.Person))
    g.add((AUSTIN, RDFS.label, Literal("Lloyd Austin")))
    g.add((AUSTIN, SKOS.altLabel, Literal("Austin")))
    g.add((AUSTIN, NKG.role, Literal("secrétaire d'État à la Défense")))
    g.add((AUSTIN, NKG.affiliation, US))
    g.add((AUSTIN, NKG.affiliation, PENTAGON))
    g.add((PENTAGON, RDF.type, NKG.Organization))
    g.add((PENTAGON, RDFS.label, Literal("Pentagone", lang="fr")))
    g.add((PENTAGON, NKG.affiliation, US))
    g.add((KURSK, RDF.type, NKG.Place))
    g.add((KURSK, RDFS.label, Literal("Koursk", lang="fr")))
    g.add((KURSK, NKG.locatedIn, RU))

    # Statement
    g.add((ST, RDF.type, NKG.Statement))
    g.add((ST, NKG.speaker, AUSTIN))
    g.add((ST, NKG.speakerRole, Literal("porte-parole")))
    g.add((ST, NKG.quote, Literal("Il y a des troupes nord-coréennes en Russie", lang="fr")))
    g.add((ST, NKG.kind, NKG.DirectQuote))
    g.add((ST, NKG.reportingVerb, Literal("déclarer")))
    g.add((ST, NKG.about, KP))
    g.add((ST, NKG.about, KURSK))
    g.add((ST, NKG.sourceArticle, A))
    g.add((ST, NKG.charStart, Literal(120)))
    g.add((ST, NKG.charEnd, Literal(164)))
    sentence = "« Il y a des troupes nord-coréennes en Russie », a déclaré Lloyd Austin."
    g.add((ST, NKG.evidence, Literal(sentence, lang="fr")))
    g.add((ST, DCTERMS.date, Literal(date(2024, 11, 4))))

    # Deployment
    g.add((DEP, RDF.type, NKG.Deployment))
    g.add((DEP, NKG.origin, KP))
    g.add((DEP, NKG.destination, RU))
    g.add((DEP, NKG.place, KURSK))
    g.add((DEP, NKG.troopsMin, Literal(10000)))
    g.add((DEP, NKG.troopsMax, Literal(12000)))
    g.add((DEP, NKG.qualifier, NKG.Range))
    g.add((DEP, NKG.status, NKG.Deployed))
    g.add((DEP, NKG.claimedBy, PENTAGON))
    g.add((DEP, NKG.sourceArticle, A))
    g.add((DEP, NKG.charStart, Literal(300)))
    g.add((DEP, NKG.charEnd, Literal(380)))
    sentence = ("Entre 10 000 et 12 000 soldats nord-coréens sont déployés"
                " dans la région de Koursk.")
    g.add((DEP, NKG.evidence, Literal(sentence, lang="fr")))
    return g


@dataclass(frozen=True)
class Result:
    focus: object
    path: object
    component: object
    message: str


def validate(data: Graph, ontology: Graph, shapes: Graph) -> tuple[bool, list[Result], str]:
    conforms, report, text = pyshacl.validate(
        data, shacl_graph=shapes, ont_graph=ontology, inference="rdfs"
    )
    results = [
        Result(
            focus=report.value(r, SH.focusNode),
            path=report.value(r, SH.resultPath),
            component=report.value(r, SH.sourceConstraintComponent),
            message=" ".join(str(m) for m in report.objects(r, SH.resultMessage)),
        )
        for r in report.subjects(RDF.type, SH.ValidationResult)
    ]
    return conforms, results, text


def test_well_formed_graph_conforms(ontology, shapes):
    conforms, results, text = validate(valid_graph(), ontology, shapes)
    assert conforms, text
    assert results == []


def _vague_deployment(g: Graph) -> None:
    g.remove((DEP, NKG.troopsMin, None))
    g.remove((DEP, NKG.troopsMax, None))
    g.set((DEP, NKG.qualifier, NKG.Vague))


def test_up_to_deployment_with_only_a_maximum_conforms(ontology, shapes):
    g = valid_graph()
    g.remove((DEP, NKG.troopsMin, None))
    g.set((DEP, NKG.qualifier, NKG.UpTo))
    conforms, _, text = validate(g, ontology, shapes)
    assert conforms, text


def _exact_deployment(g: Graph) -> None:
    g.set((DEP, NKG.troopsMin, Literal(12000)))
    g.set((DEP, NKG.qualifier, NKG.Exact))


def _organization_speaker(g: Graph) -> None:
    g.set((ST, NKG.speaker, PENTAGON))


def _minimal_article_and_entities(g: Graph) -> None:
    for p in (DCTERMS.title, DCTERMS.date, SCHEMA.url, DCTERMS.publisher, NKG.mentions):
        g.remove((A, p, None))
    g.remove((None, OWL.sameAs, None))
    g.remove((None, SKOS.altLabel, None))


@pytest.mark.parametrize(
    "change",
    [_vague_deployment, _exact_deployment, _organization_speaker, _minimal_article_and_entities],
    ids=lambda f: f.__name__.strip("_"),
)
def test_other_well_formed_variants_conform(ontology, shapes, change):
    g = valid_graph()
    change(g)
    conforms, _, text = validate(g, ontology, shapes)
    assert conforms, text


@dataclass(frozen=True)
class Breakage:
    """A way of breaking the valid graph, and the violation it must cause."""

    change: Callable[[Graph], None]
    focus: URIRef
    message: str  # substring of the expected sh:resultMessage
    path: URIRef | None = None


BREAKAGES = {
    # Statements
    "statement_without_speaker": Breakage(
        lambda g: g.remove((ST, NKG.speaker, None)),
        ST, "exactly one speaker", NKG.speaker),
    "statement_with_two_speakers": Breakage(
        lambda g: g.add((ST, NKG.speaker, PENTAGON)),
        ST, "exactly one speaker", NKG.speaker),
    "speaker_is_a_place": Breakage(
        lambda g: g.set((ST, NKG.speaker, KURSK)),
        KURSK, "exactly one of a person, an organisation, a country or a place"),
    "quote_is_empty": Breakage(
        lambda g: g.set((ST, NKG.quote, Literal("", lang="fr"))),
        ST, "non-empty French text", NKG.quote),
    "quote_has_no_language_tag": Breakage(
        lambda g: g.set((ST, NKG.quote, Literal("Il y a des troupes"))),
        ST, "tagged @fr", NKG.quote),
    "statement_without_quote": Breakage(
        lambda g: g.remove((ST, NKG.quote, None)),
        ST, "exactly one quote", NKG.quote),
    "kind_is_not_a_statement_kind": Breakage(
        lambda g: g.set((ST, NKG.kind, NKG.Exact)),
        ST, "nkg:DirectQuote, nkg:PartialQuote or nkg:IndirectSpeech", NKG.kind),
    "statement_without_kind": Breakage(
        lambda g: g.remove((ST, NKG.kind, None)),
        ST, "exactly one kind", NKG.kind),
    "two_reporting_verbs": Breakage(
        lambda g: g.add((ST, NKG.reportingVerb, Literal("affirmer"))),
        ST, "at most one reporting verb", NKG.reportingVerb),
    "about_a_literal": Breakage(
        lambda g: g.add((ST, NKG.about, Literal("la Corée du Nord"))),
        ST, "about (nkg:about) an actor or a place", NKG.about),
    # Provenance
    "statement_without_source_article": Breakage(
        lambda g: g.remove((ST, NKG.sourceArticle, None)),
        ST, "exactly one source article", NKG.sourceArticle),
    "char_start_not_before_char_end": Breakage(
        lambda g: g.set((ST, NKG.charStart, Literal(164))),
        ST, "smaller than the end offset", NKG.charStart),
    "char_start_negative": Breakage(
        lambda g: g.set((ST, NKG.charStart, Literal(-1))),
        ST, "0 or more", NKG.charStart),
    "deployment_without_evidence": Breakage(
        lambda g: g.remove((DEP, NKG.evidence, None)),
        DEP, "exactly one evidence sentence", NKG.evidence),
    # Deployments
    "troops_min_greater_than_troops_max": Breakage(
        lambda g: g.set((DEP, NKG.troopsMin, Literal(15000))),
        DEP, "must not exceed the maximum", NKG.troopsMin),
    "troops_min_negative": Breakage(
        lambda g: g.set((DEP, NKG.troopsMin, Literal(-5))),
        DEP, "positive xsd:integer", NKG.troopsMin),
    "troops_min_not_an_integer": Breakage(
        lambda g: g.set((DEP, NKG.troopsMin, Literal("10000"))),
        DEP, "positive xsd:integer", NKG.troopsMin),
    "origin_is_a_place": Breakage(
        lambda g: g.set((DEP, NKG.origin, KURSK)),
        DEP, "origin of a deployment (nkg:origin) must be a country", NKG.origin),
    "destination_is_a_person": Breakage(
        lambda g: g.set((DEP, NKG.destination, AUSTIN)),
        DEP, "destination of a deployment (nkg:destination) must be a country", NKG.destination),
    "place_is_a_country": Breakage(
        lambda g: g.set((DEP, NKG.place, RU)),
        DEP, "must be a region or city", NKG.place),
    "two_origins": Breakage(
        lambda g: g.add((DEP, NKG.origin, US)),
        DEP, "at most one origin", NKG.origin),
    "deployment_without_qualifier": Breakage(
        lambda g: g.remove((DEP, NKG.qualifier, None)),
        DEP, "exactly one count qualifier", NKG.qualifier),
    "qualifier_is_not_a_qualifier": Breakage(
        lambda g: g.set((DEP, NKG.qualifier, NKG.Deployed)),
        DEP, "must be one of nkg:Exact", NKG.qualifier),
    "status_is_not_a_status": Breakage(
        lambda g: g.set((DEP, NKG.status, NKG.Vague)),
        DEP, "must be one of nkg:Sent", NKG.status),
    "claimed_by_a_literal": Breakage(
        lambda g: g.set((DEP, NKG.claimedBy, Literal("le Pentagone"))),
        DEP, "must be an actor", NKG.claimedBy),
    "non_vague_deployment_without_troops_min": Breakage(
        lambda g: (g.remove((DEP, NKG.troopsMin, None)), g.remove((DEP, NKG.troopsMax, None))),
        DEP, "is not nkg:Vague must give a troop count"),
    "exact_deployment_with_different_bounds": Breakage(
        lambda g: g.set((DEP, NKG.qualifier, NKG.Exact)),
        DEP, "nkg:Exact must have equal"),
    "vague_deployment_with_a_figure": Breakage(
        lambda g: g.set((DEP, NKG.qualifier, NKG.Vague)),
        DEP, "nkg:Vague gives no figure"),
    # Entities
    "same_as_not_a_wikidata_iri": Breakage(
        lambda g: g.set((KP, OWL.sameAs, URIRef("https://en.wikipedia.org/wiki/North_Korea"))),
        KP, "Wikidata entity IRI", OWL.sameAs),
    "same_as_a_literal_qid": Breakage(
        lambda g: g.set((KP, OWL.sameAs, Literal("Q423"))),
        KP, "Wikidata entity IRI", OWL.sameAs),
    "entity_without_label": Breakage(
        lambda g: g.remove((AUSTIN, RDFS.label, None)),
        AUSTIN, "exactly one canonical name", RDFS.label),
    "entity_with_two_labels": Breakage(
        lambda g: g.add((RU, RDFS.label, Literal("Fédération de Russie", lang="fr"))),
        RU, "exactly one canonical name", RDFS.label),
    "label_is_empty": Breakage(
        lambda g: g.set((KURSK, RDFS.label, Literal(""))),
        KURSK, "must be non-empty text", RDFS.label),
    "role_is_not_a_string": Breakage(
        lambda g: g.add((AUSTIN, NKG.role, Literal(3))),
        AUSTIN, "non-empty plain string", NKG.role),
    "affiliation_is_a_literal": Breakage(
        lambda g: g.add((AUSTIN, NKG.affiliation, Literal("Pentagone"))),
        AUSTIN, "must itself be an actor", NKG.affiliation),
    "place_located_in_a_literal": Breakage(
        lambda g: g.set((KURSK, NKG.locatedIn, Literal("Russie"))),
        KURSK, "must be an nkg:Country", NKG.locatedIn),
    # Articles
    "article_without_source": Breakage(
        lambda g: g.remove((A, DCTERMS.source, None)),
        A, "exactly one source (dcterms:source)", DCTERMS.source),
    "article_without_content_hash": Breakage(
        lambda g: g.remove((A, NKG.contentHash, None)),
        A, "exactly one content hash", NKG.contentHash),
    "content_hash_not_sha256_hex": Breakage(
        lambda g: g.set((A, NKG.contentHash, Literal("not-a-hash"))),
        A, "SHA-256 hex digest", NKG.contentHash),
    "article_with_two_titles": Breakage(
        lambda g: g.add((A, DCTERMS.title, Literal("Autre titre"))),
        A, "at most one title", DCTERMS.title),
    "article_date_not_a_date": Breakage(
        lambda g: g.set((A, DCTERMS.date, Literal("5 novembre 2024"))),
        A, "must be an xsd:date", DCTERMS.date),
    "article_mentions_a_literal": Breakage(
        lambda g: g.add((A, NKG.mentions, Literal("Koursk"))),
        A, "only mention (nkg:mentions) actors and places", NKG.mentions),
}


@pytest.mark.parametrize("breakage", list(BREAKAGES.values()), ids=list(BREAKAGES))
def test_broken_graph_is_reported_with_a_helpful_message(ontology, shapes, breakage):
    g = valid_graph()
    breakage.change(g)
    conforms, results, text = validate(g, ontology, shapes)
    assert not conforms
    matching = [
        r for r in results
        if r.focus == breakage.focus
        and breakage.message in r.message
        and (breakage.path is None or r.path == breakage.path)
    ]
    assert matching, f"expected a violation on {breakage.focus}: {breakage.message!r}\n{text}"
