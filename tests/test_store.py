"""The built graph lives in an Oxigraph store that every command opens read-only."""
from __future__ import annotations

import pytest
import rdflib.plugins.sparql.processor as rdflib_sparql
from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS

from kg.build import build
from kg.export import serialize
from kg.namespaces import NKG
from kg.store import GraphNotFound, is_store, is_store_backed, load_dataset, locate


def test_build_folder_opens_its_store(seeds_build):
    assert is_store(seeds_build.out_dir / "store")
    assert locate(seeds_build.out_dir) == seeds_build.out_dir / "store"
    ds = load_dataset(seeds_build.out_dir)
    assert is_store_backed(ds)
    ds.default_union = True
    assert len(set(ds.subjects(RDF.type, NKG.Article))) == 5


def test_store_holds_exactly_the_in_memory_graph(seeds_build, seeds_dir):
    in_memory = build([seeds_dir], None).dataset
    stored = load_dataset(seeds_build.out_dir)
    for fmt in ("nquads", "trig", "turtle"):
        assert serialize(stored, fmt) == serialize(in_memory, fmt)


def test_portable_files_are_byte_identical_to_serialize(seeds_build, seeds_dir):
    in_memory = build([seeds_dir], None).dataset
    assert (seeds_build.out_dir / "graph.trig").read_bytes() == serialize(in_memory, "trig")
    assert (seeds_build.out_dir / "graph.ttl").read_bytes() == serialize(in_memory, "turtle")


def test_store_answers_sparql_without_rdflibs_engine(seeds_build, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("rdflib's SPARQL engine was used")

    monkeypatch.setattr(rdflib_sparql.SPARQLProcessor, "query", refuse)
    ds = load_dataset(seeds_build.out_dir)
    ds.default_union = True  # as kg.query runs queries
    rows = list(ds.query(
        "SELECT ?a (COUNT(?m) AS ?n) WHERE { ?a a nkg:Article ; nkg:mentions ?m } GROUP BY ?a",
        initNs={"nkg": NKG},
    ))
    assert len(rows) == 5 and all(int(n) > 0 for _, n in rows)


def test_initial_bindings_reach_oxigraph(seeds_build):
    ds = load_dataset(seeds_build.out_dir)
    ds.default_union = True
    article = next(iter(ds.subjects(RDF.type, NKG.Article)))
    rows = list(ds.query("SELECT ?a ?t WHERE { ?a a ?t }", initBindings={"a": article}))
    assert rows == [(article, NKG.Article)]


def test_binding_an_unprojected_variable_still_answers(seeds_build):
    ds = load_dataset(seeds_build.out_dir)
    ds.default_union = True
    article = next(iter(ds.subjects(RDF.type, NKG.Article)))
    rows = list(ds.query("SELECT ?t WHERE { ?a a ?t }", initBindings={"a": article}))
    assert rows == [(NKG.Article,)]


def test_plain_literals_come_back_plain(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Le président français Emmanuel Macron a déclaré mardi à Paris que la France "
        "soutiendrait l'Ukraine.", encoding="utf-8")
    build([tmp_path / "a.txt"], tmp_path / "out")
    ds = load_dataset(tmp_path / "out")
    ds.default_union = True
    labels = [o for o in ds.objects(None, RDFS.label) if o.language is None]
    assert labels and all(label.datatype is None for label in labels)
    assert (None, RDFS.label, Literal(str(labels[0]))) in ds


def test_store_folder_and_rdf_files_both_open(seeds_build):
    by_store = load_dataset(seeds_build.out_dir / "store")
    by_file = load_dataset(seeds_build.out_dir / "graph.trig")
    assert is_store_backed(by_store) and not is_store_backed(by_file)
    assert serialize(by_store, "nquads") == serialize(by_file, "nquads")


def test_many_readers_can_open_the_store_at_once(seeds_build):
    first, second = load_dataset(seeds_build.out_dir), load_dataset(seeds_build.out_dir)
    assert len(first) == len(second) > 0


def test_missing_graph_is_a_clear_error(tmp_path):
    with pytest.raises(GraphNotFound, match="kg build"):
        load_dataset(tmp_path / "nothing")


def test_article_graphs_are_named_after_articles(seeds_build):
    ds = load_dataset(seeds_build.out_dir)
    ds.default_union = True
    names = {g.identifier for g in ds.graphs()}
    articles = set(ds.subjects(RDF.type, NKG.Article))
    assert articles <= names
    assert URIRef("https://w3id.org/newskg/id/graph/entities") in names


def test_reading_one_named_graph_of_the_read_only_store(seeds_build):
    ds = load_dataset(seeds_build.out_dir)
    entities = ds.graph(URIRef("https://w3id.org/newskg/id/graph/entities"))
    assert len(entities) > 0
    assert len(ds.graph(URIRef("https://example.org/no-such-graph"))) == 0


def test_quads_are_counted_the_same_in_the_store_and_in_memory(seeds_build):
    """The build summary counts quads straight from Oxigraph (no DISTINCT over the union)."""
    from rdflib import Dataset

    from kg.store import count_quads

    in_memory = Dataset()
    in_memory.parse(seeds_build.out_dir / "graph.trig", format="trig")
    assert count_quads(seeds_build.dataset) == count_quads(in_memory) > 1_000
