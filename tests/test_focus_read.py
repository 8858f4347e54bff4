"""``kg view --focus`` on a store reads around the actor, not the whole store.

The page made from that read is compared with the page made from the whole
graph (read in memory), on the seeds; test_view_actors.py does it for pages
within their bounds, these tests for a focus that reaches more actors than
the page draws, where only the most prominent are read.
"""
from __future__ import annotations

import pytest

from kg.namespaces import NKG
from kg.store import load_dataset
from kg.view import ViewError, page_for
from kg.view.graph import ENTITY_KINDS
from kg.view.read import read_around


@pytest.fixture(scope="module")
def sources(seeds_build):
    return load_dataset(seeds_build.out_dir), load_dataset(seeds_build.out_dir / "graph.trig")


@pytest.mark.parametrize(
    "options",
    [
        {"focus_name": "Corée du Nord", "radius": 2, "max_nodes": 3},
        {"focus_name": "austin", "radius": 2, "max_nodes": 4},
        {"focus_name": "Russie", "radius": 1, "max_nodes": 2},
    ],
)
def test_a_focus_past_the_page_bounds_draws_what_the_whole_graph_draws(sources, options):
    store, whole = sources
    (_, read), (_, full) = page_for(store, **options), page_for(whole, **options)
    assert read.left_out is not None  # the bound was hit: the read was cut
    assert read.actors == full.actors
    assert (read.edges, read.statements, read.claims) == (full.edges, full.statements, full.claims)


def _mentioned(facts) -> set:
    """The actors whose mentions were read: only those reached and kept are."""
    return {x for props in facts.by_subject.values() for x in props.get(NKG.mentions, ())}


def test_only_the_most_prominent_actors_of_each_class_are_read(sources):
    store, _ = sources
    cut, every = read_around(store, "Corée du Nord", 2, limit=1), read_around(store, "Corée du Nord", 2, limit=1000)
    assert len(_mentioned(cut)) < len(_mentioned(every))
    # the centre, one actor per class, and the actor linking each to the centre (radius 2)
    assert len(_mentioned(cut)) <= 1 + 2 * len(ENTITY_KINDS)


@pytest.mark.parametrize("name", ['x" } ; ?s ?p ?o', "person/x> } UNION { ?s ?p ?o", "{}"])
def test_a_name_never_becomes_query_text(sources, name):
    store, _ = sources
    with pytest.raises(ViewError, match="no actor or place named"):
        read_around(store, name, 2)


@pytest.mark.parametrize("name", ["Corée", "nobody at all", "a"])
def test_a_name_that_is_not_one_actor_gives_the_whole_graphs_error(sources, name):
    store, whole = sources
    with pytest.raises(ViewError) as from_store:
        page_for(store, focus_name=name)
    with pytest.raises(ViewError) as from_whole:
        page_for(whole, focus_name=name)
    assert str(from_store.value) == str(from_whole.value)


def test_the_neighbours_of_hubs_are_those_found_fact_by_fact(sources):
    """Around hubs the neighbours are joined by hash (another query shape): same rows."""
    import pyoxigraph as ox

    from kg.view.read import _neighbours_query, _select, store_of

    store = store_of(sources[0])
    countries = [ox.NamedNode(f"https://w3id.org/newskg/id/country/{c}") for c in ("RU", "KP", "US", "UA")]
    by_hash = _select(store, _neighbours_query(True), x=countries)
    assert len(by_hash) > 10 and sorted(by_hash, key=str) == sorted(_select(store, _neighbours_query(False), x=countries), key=str)


@pytest.mark.parametrize("source", [0, 1])
def test_a_prefixed_name_focuses_like_its_key(sources, source):
    """``--focus person:lloyd-austin`` (as ``kg query`` prints it) is ``--focus person/lloyd-austin``."""
    (_, by_key), (_, by_prefix) = (page_for(sources[source], focus_name=n) for n in ("person/lloyd-austin",
                                                                                     "person:lloyd-austin"))
    assert by_key.centre and (by_prefix.centre, by_prefix.actors) == (by_key.centre, by_key.actors)


# --- hubs: drawn, not walked through -------------------------------------------------


def test_the_store_counts_the_facts_of_each_actor_as_the_page_does(sources):
    import pyoxigraph as ox

    from kg.view.actor_selection import fact_counts
    from kg.view.actors import actor_page
    from kg.view.graph import node_id
    from kg.view.read import _FACT_COUNTS, _select, read_facts, store_of

    store, whole = sources
    page = actor_page(read_facts(whole))
    counts = fact_counts(page)
    actors = [ox.NamedNode(f"https://w3id.org/newskg/id/{k}") for k in page.actors]
    from_store = {node_id(x.value): int(n.value) for x, n in _select(store_of(store), _FACT_COUNTS, x=actors)}
    assert from_store == {k: n for k, n in counts.items() if n} and max(counts.values()) > 5


@pytest.mark.parametrize("options", [
    {"focus_name": "Lloyd Austin", "radius": 2, "hub_facts": 5},
    {"focus_name": "Corée du Nord", "radius": 2, "hub_facts": 8},
    {"focus_name": "Lloyd Austin", "radius": 3, "hub_facts": 12, "max_nodes": 6},
])
def test_a_focus_past_the_hub_bound_draws_what_the_whole_graph_draws(sources, options):
    store, whole = sources
    (_, read), (_, full) = page_for(store, **options), page_for(whole, **options)
    assert read.hubs and read.hubs == full.hubs
    assert read.actors == full.actors
    assert (read.edges, read.statements, read.claims) == (full.edges, full.statements, full.claims)
    assert any("--hub-facts" in line for line in read.caption)


def test_a_hub_is_drawn_but_its_neighbours_are_not(sources):
    store, _ = sources
    _, every = page_for(store, focus_name="Lloyd Austin", radius=2, hub_facts=0)
    _, bounded = page_for(store, focus_name="Lloyd Austin", radius=2, hub_facts=5)
    assert not every.hubs and bounded.hubs
    assert set(bounded.hubs) <= set(bounded.actors)  # the hubs themselves are drawn
    assert set(bounded.actors) < set(every.actors)  # what only a hub reached is not
    links = {}
    for e in every.edges:
        links.setdefault(e["from"], set()).add(e["to"])
        links.setdefault(e["to"], set()).add(e["from"])
    first = links[bounded.centre]
    walked = first - set(bounded.hubs)  # the centre's neighbours the walk went through
    assert set(bounded.actors) == {bounded.centre} | first | set().union(*(links[x] for x in walked))


def test_the_default_hub_bound_does_not_bite_on_the_seeds(sources):
    for source in sources:
        for name in ("Lloyd Austin", "Corée du Nord", "Russie"):
            (_, default), (_, unbounded) = page_for(source, focus_name=name), page_for(source, focus_name=name, hub_facts=0)
            assert not default.hubs
            assert (default.actors, default.edges, default.caption) == (unbounded.actors, unbounded.edges, unbounded.caption)


def test_kg_view_names_the_hubs_it_did_not_walk_through(seeds_build, tmp_path):
    from click.testing import CliRunner

    from kg.cli import main

    out = tmp_path / "p.html"
    args = ["view", "--focus", "Lloyd Austin", "-g", str(seeds_build.out_dir), "-o", str(out)]
    bounded = CliRunner().invoke(main, [*args, "--hub-facts", "5"])
    assert bounded.exit_code == 0, bounded.output
    assert "not walked through" in bounded.output and "--hub-facts" in bounded.output
    assert "--hub-facts" in out.read_text(encoding="utf-8")  # the page says it too
    unbounded = CliRunner().invoke(main, [*args, "--hub-facts", "0"])
    assert unbounded.exit_code == 0 and "not walked through" not in unbounded.output


def test_terms_read_as_tsv_text_are_the_terms_read_one_by_one():
    """A focus read takes its large reads as Oxigraph's TSV text: every kind of term must come
    out as the rdflib term the term-by-term read gives (escapes, language tags, numbers and
    booleans written bare, odd datatypes, blank nodes)."""
    import pyoxigraph as ox

    from kg.view.read import _Converter, _rdflib_rows

    xsd = "http://www.w3.org/2001/XMLSchema#"
    objects = [
        ox.Literal('tab\there, "quoted", back\\slash\nnew line\rreturn'), ox.Literal("été", language="fr"),
        ox.Literal("12", datatype=ox.NamedNode(xsd + "integer")), ox.Literal("-3", datatype=ox.NamedNode(xsd + "integer")),
        ox.Literal("1.50", datatype=ox.NamedNode(xsd + "decimal")), ox.Literal("2.5E3", datatype=ox.NamedNode(xsd + "double")),
        ox.Literal("1", datatype=ox.NamedNode(xsd + "double")), ox.Literal("true", datatype=ox.NamedNode(xsd + "boolean")),
        ox.Literal("0", datatype=ox.NamedNode(xsd + "boolean")), ox.Literal("2024-02-29", datatype=ox.NamedNode(xsd + "date")),
        ox.Literal("x", datatype=ox.NamedNode("urn:odd#type")), ox.Literal(""), ox.NamedNode("urn:x:é"), ox.BlankNode("b1"),
    ]
    store = ox.Store()
    for i, o in enumerate(objects):
        store.add(ox.Quad(ox.NamedNode(f"urn:s{i}"), ox.NamedNode("urn:p"), o, ox.NamedNode("urn:g")))
    text = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }"
    convert = _Converter()
    one_by_one = sorted(tuple(map(convert, row)) for row in store.query(text, use_default_graph_as_union=True))
    as_text = sorted(tuple(row) for row in _rdflib_rows(store, text, {}))
    assert len(as_text) == len(objects)
    assert [(s, p, o, type(o), getattr(o, "datatype", None), getattr(o, "language", None)) for s, p, o in as_text] == \
        [(s, p, o, type(o), getattr(o, "datatype", None), getattr(o, "language", None)) for s, p, o in one_by_one]
