"""Parameterised canned queries give, for every entity of the seeds, the answer
that plain triple matching in rdflib gives (an independent computation, not
Oxigraph's), so binding the parameter inside the query (an inline VALUES that
Oxigraph plans from) changes how fast the answer comes, never what it is."""
from __future__ import annotations

import pytest
from rdflib import RDF, RDFS, Dataset, Namespace, URIRef

from kg.query import canned_queries, run_canned
from kg.source import open_source

NKG = Namespace("https://w3id.org/newskg/ontology#")
NAMED = (NKG.Person, NKG.Organization, NKG.Country, NKG.Place)


@pytest.fixture(scope="module")
def seeds(seeds_build, seeds_graph_path):
    """The seeds' build as an Oxigraph store and, parsed apart, as an rdflib union graph."""
    ds = Dataset(default_union=True)
    ds.parse(seeds_graph_path, format="trig")
    return open_source(seeds_build.out_dir), ds


def _entities(graph) -> list[URIRef]:
    return sorted({s for cls in NAMED for s in graph.subjects(RDF.type, cls)})


def _has(graph, s, *predicates) -> bool:
    return all(graph.value(s, p) is not None for p in predicates)


def test_the_seeds_give_every_param_something_to_find(seeds):
    _, graph = seeds
    entities = _entities(graph)
    assert len(entities) > 20
    assert any(graph.value(None, NKG.speaker, e) for e in entities)
    assert any(graph.value(None, NKG.about, e) for e in entities)


def test_who_said_what_for_each_speaker_is_that_speakers_statements(seeds):
    store, graph = seeds
    declared = {p.name for p in canned_queries()["who-said-what"].params}
    assert declared == {"speaker"}
    for person in _entities(graph):
        expected = {
            (str(s), str(graph.value(s, NKG.quote)))
            for s in graph.subjects(NKG.speaker, person)
            if (s, RDF.type, NKG.Statement) in graph
            and _has(graph, s, NKG.quote, NKG.kind, NKG.sourceArticle, NKG.charStart)
            and graph.value(person, RDFS.label) is not None
        }
        rows = run_canned(store, "who-said-what", {"speaker": str(person)}).rows
        assert {(r["statement"], r["quote"]) for r in rows} == expected, person
        assert len(rows) == len(expected)


def test_statements_about_each_entity_are_the_statements_naming_it(seeds):
    store, graph = seeds
    for entity in _entities(graph):
        expected = set()
        for s in graph.subjects(NKG.about, entity):
            speaker = graph.value(s, NKG.speaker)
            if ((s, RDF.type, NKG.Statement) in graph and _has(graph, s, NKG.quote, NKG.sourceArticle)
                    and speaker is not None and graph.value(speaker, RDFS.label) is not None
                    and graph.value(entity, RDFS.label) is not None):
                expected.add(str(s))
        rows = run_canned(store, "statements-about", {"entity": str(entity)}).rows
        assert {r["statement"] for r in rows} == expected, entity


def test_articles_mentioning_each_entity_are_the_articles_that_mention_it(seeds):
    store, graph = seeds
    found_some = False
    for entity in _entities(graph):
        expected = (
            {str(a) for a in graph.subjects(NKG.mentions, entity) if (a, RDF.type, NKG.Article) in graph}
            if graph.value(entity, RDFS.label) is not None else set()
        )
        rows = run_canned(store, "articles-mentioning", {"entity": str(entity)}).rows
        assert {r["article"] for r in rows} == expected, entity
        found_some |= bool(expected)
    assert found_some


def _affiliated(graph, actor) -> set:
    """Everything ``actor`` reaches through one or more nkg:affiliation links."""
    seen, todo = set(), list(graph.objects(actor, NKG.affiliation))
    while todo:
        node = todo.pop()
        if node not in seen:
            seen.add(node)
            todo.extend(graph.objects(node, NKG.affiliation))
    return seen


def test_actors_by_country_for_each_country_are_the_actors_affiliated_to_it(seeds):
    store, graph = seeds
    actors = [a for cls in (NKG.Person, NKG.Organization) for a in graph.subjects(RDF.type, cls)
              if graph.value(a, RDFS.label) is not None]
    countries = sorted(set(graph.subjects(RDF.type, NKG.Country)))
    assert countries
    for country in countries:
        expected = (
            {str(a) for a in actors if country in _affiliated(graph, a)}
            if graph.value(country, RDFS.label) is not None else set()
        )
        rows = run_canned(store, "actors-by-country", {"country": str(country)}).rows
        assert {r["actor"] for r in rows} == expected, country
