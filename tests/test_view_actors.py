"""The default `kg view` page: actors only, facts as edges, layout computed before the page opens.

Built on the hand-written graph of test_view.py (two articles, six entities, two
statements, one deployment), so every expected actor, edge and panel entry is counted by hand.
"""
from __future__ import annotations

import itertools
import re

import pytest
from click.testing import CliRunner

from kg.claims import Claim, claims_table
from kg.cli import main
from kg.view import ViewError, load, page_for
from kg.view.actor_selection import select_actors
from kg.view.actors import actor_page, evidence_parts
from kg.view.chart import claims_chart, series_of
from kg.view.layout import box, note_box, place
from kg.view.page import actor_network
from test_view import DEPLOYMENT, QUOTE, STATEMENT, page_data, small_dataset, small_graph_file  # noqa: F401 (a fixture)

ACTORS = {
    "person/jeanne-martin": "Person",
    "person/jean-morel": "Person",
    "org/ministere-des-armees": "Organization",
    "country/FR": "Country",
    "country/EE": "Country",
    "place/tapa": "Place",
}


@pytest.fixture(scope="module")
def facts():
    return load(small_dataset())[0]


@pytest.fixture
def page(facts):
    return actor_page(facts)


def test_only_actors_are_nodes(page):
    assert {k: a["kind"] for k, a in page.actors.items()} == ACTORS


def test_facts_become_edges_between_actors(page):
    edges = {(e["kind"], e["from"], e["to"]) for e in page.edges}
    assert edges == {
        ("speech", "person/jeanne-martin", "country/EE"),  # her statement is about Estonia
        ("speech", "person/jean-morel", "country/FR"),
        ("deployment", "country/FR", "country/EE"),  # origin -> destination
        ("affiliation", "person/jeanne-martin", "org/ministere-des-armees"),
        ("located", "place/tapa", "country/EE"),
    }


def test_deployment_edge_says_the_figure_and_who_claims_it(page):
    [edge] = [e for e in page.edges if e["kind"] == "deployment"]
    assert "au moins 300" in edge["label"]
    assert "ministère des Armées" in edge["label"]
    assert [page.claims[i]["id"] for i in edge["facts"]] == [DEPLOYMENT]


def test_actor_carries_its_statements_with_their_proof(page):
    martin = page.actors["person/jeanne-martin"]
    assert martin["aliases"] == ["Mme Martin"] and martin["roles"] == ["ministre des Armées"]
    assert martin["links"] == [["Wikidata Q1000001", "http://www.wikidata.org/entity/Q1000001"]]
    [said] = [page.statements[i] for i in martin["statements"]]
    assert said["id"] == STATEMENT and said["quote"] == QUOTE
    assert said["kind"] == "citation directe" and said["verb"] == "déclarer"
    assert page.articles[said["article"]]["title"] == "Paris envoie des renforts en Estonie"
    assert page.articles[said["article"]]["outlet"] == "Le Quotidien"
    assert said["evidence"] == ["« ", " », a déclaré Jeanne Martin."]  # before and after the quote


def test_claim_status_is_the_ontology_french_label_in_the_panel_and_the_table():
    # the page is French: a claim's status is nkg:Deployed's French rdfs:label, never the code
    html, page = page_for(small_dataset())
    [claim] = page.claims
    assert claim["status"] == "déployé"
    rows = re.search(r'<template id="claims-rows-later">(.*?)</template>', html, re.S).group(1)
    assert "<small>déployé</small>" in rows and "Deployed" not in rows


def test_claims_reach_every_actor_they_involve(page):
    for who in ("org/ministere-des-armees", "country/FR", "country/EE", "place/tapa"):
        assert [page.claims[i]["id"] for i in page.actors[who]["claims"]] == [DEPLOYMENT]
    assert page.actors["person/jean-morel"]["claims"] == []


def test_evidence_without_the_quote_is_kept_whole():
    assert evidence_parts("Il estime que tout va bien.", "tout ira bien") == ["Il estime que tout va bien."]


def test_focus_counts_links_between_actors(facts):
    near = select_actors(facts, focus_name="Mme Martin", radius=1)
    assert set(near.actors) == {"person/jeanne-martin", "country/EE", "org/ministere-des-armees"}
    assert near.centre == "person/jeanne-martin"
    far = select_actors(facts, focus_name="jeanne martin", radius=2)
    assert {"country/FR", "place/tapa"} <= set(far.actors)


def test_focus_page_carries_only_the_facts_of_the_actors_drawn(facts):
    morel = select_actors(facts, focus_name="Jean Morel", radius=0)
    assert list(morel.actors) == ["person/jean-morel"]
    assert [s["speaker"] for s in morel.statements] == ["person/jean-morel"]
    assert morel.claims == []
    assert [a["id"] for a in morel.articles] == ["a2"]
    assert morel.statements[0]["article"] == 0 and morel.actors["person/jean-morel"]["statements"] == [0]
    assert morel.others == {"country/FR": "France"}  # what his statement is about, not drawn


def test_article_keeps_its_actors_and_only_its_facts(facts):
    one = select_actors(facts, article="a2")
    assert set(one.actors) == {"person/jean-morel", "country/FR"}
    assert [(e["kind"], e["from"]) for e in one.edges] == [("speech", "person/jean-morel")]


def test_types_keep_those_classes_and_statement_deployment_keep_those_links(facts):
    countries = select_actors(facts, types=["pays"])
    assert set(countries.actors) == {"country/FR", "country/EE"}
    deployments = select_actors(facts, types=["deployment"])
    assert len(deployments.actors) == len(ACTORS)
    assert {e["kind"] for e in deployments.edges} == {"deployment", "affiliation", "located"}


def test_max_nodes_keeps_the_most_mentioned_and_says_what_was_left_out(facts):
    small = select_actors(facts, max_nodes=2)
    assert set(small.actors) == {"country/FR", "country/EE"}  # mentioned in the most articles or facts
    assert small.left_out.nodes == len(ACTORS) - 2 and small.left_out.of == len(ACTORS)


def test_unknown_or_ambiguous_names_are_errors(facts):
    with pytest.raises(ViewError, match="no actor or place named 'Nobody'"):
        select_actors(facts, focus_name="Nobody")


def test_layout_is_stable_and_no_two_labels_overlap(page):
    first = actor_network(page)
    assert actor_network(actor_page(load(small_dataset())[0])) == first
    nodes, edges = first
    rects = [(n["x"] + l, n["y"] + t, n["x"] + r, n["y"] + b)
             for n in nodes for l, t, r, b in [box(n["size"], n["label"])]]
    rects += [(e["note"]["x"] + l, e["note"]["y"] + t, e["note"]["x"] + r, e["note"]["y"] + b)
              for e in edges if "note" in e for l, t, r, b in [note_box(e["note"]["text"])]]
    for a, b in itertools.combinations(rects, 2):
        assert not (a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]), (a, b)


def test_placement_separates_actors_that_start_on_the_same_spot():
    ids = [f"a{i}" for i in range(30)]
    where, _ = place(ids, {i: 1 for i in ids}, {i: 10 for i in ids}, {i: "Un nom assez long" for i in ids},
                     [(ids[0], i, 1.0) for i in ids[1:]])
    assert len(set(where.values())) == len(ids)


def test_page_escapes_article_texts_and_needs_no_network():
    html, _ = page_for(small_dataset())
    assert "<script>window.pwned" not in html and "</script><script>" not in html
    assert 'src="http' not in html and "href=\"http" not in html
    data = page_data(html)
    assert data["statements"][0]["quote"] in (QUOTE, "La France doit rester prudente dans cette affaire qui dure depuis des mois")
    assert {n[0] for n in data["nodes"]} == set(ACTORS)
    assert "default-src 'none'" in html


def nasty_claim(claimant, low, high, qualifier="Exact", date=None, article="a1"):
    return Claim(date, article, low, high, qualifier, "A", "B", None, None, claimant, 0, "x")


def test_chart_has_one_series_per_claimant_and_marks_ranges_bounds_and_points():
    claims = [
        nasty_claim('<b>"Q" & co</b>', 10000, 12000, "Range", "2024-10-01"),
        nasty_claim('<b>"Q" & co</b>', 3000, 3000, "Exact", "2024-10-20"),
        nasty_claim("Pentagone", None, 8000, "UpTo", "2024-10-20"),
        nasty_claim(None, 500, None, "AtLeast", None, "a2"),
        nasty_claim("Vague", None, None, "Vague", "2024-10-21"),  # no figure: no series
    ]
    svg = claims_chart(claims, {"a2": "Un <titre>"})
    assert [s.claimant for s in series_of(claims)] == ['<b>"Q" & co</b>', "Pentagone", "l'article lui-même"]
    assert svg.count('<g class="series"') == 3
    assert svg.count('class="range"') == 1 and svg.count('class="upto"') == 1
    assert svg.count('class="atleast"') == 1 and svg.count('class="point"') == 1
    assert "<b>" not in svg and "&lt;b&gt;&quot;Q&quot; &amp; co" in svg and "Un &lt;titre&gt;" in svg
    assert "2024-10-01" in svg and "sans date" in svg


def test_claims_panel_lists_every_claim_of_kg_claims(tmp_path):
    ds = small_dataset()
    html, _ = page_for(ds)
    rows = claims_table(ds)
    assert html.count("<tr data-article=") == len(rows) == 1
    assert "au moins 300" in html


def test_cli_writes_the_actor_page_by_default(small_graph_file, tmp_path):
    out = tmp_path / "view.html"
    result = CliRunner().invoke(main, ["view", "-g", str(small_graph_file), "-o", str(out), "--max-nodes", "4"])
    assert result.exit_code == 0, result.output
    assert "left out 2 of 6 nodes" in result.output
    assert len(page_data(out.read_text(encoding="utf-8"))["nodes"]) == 4


def test_page_carries_a_bounded_number_of_facts_and_says_so(facts, monkeypatch):
    from kg.view import actor_selection as actors

    monkeypatch.setattr(actors, "MAX_STATEMENTS", 1)
    page = select_actors(facts, focus_name="Estonie", radius=0)
    # Jeanne Martin's statement is about Estonia, but she is not drawn: it is the one left out
    # only when there is no room; with room for one, the page keeps it (it is the only one).
    assert len(page.statements) == 1 and page.cut == (0, 0)
    page = select_actors(facts, focus_name="jeanne martin", radius=2)
    assert len(page.statements) == 1 and page.cut == (1, 0)
    assert page.statements[0]["speaker"] == "person/jeanne-martin"  # a drawn actor's own words first
    assert any("1 déclarations sur 2" in c for c in page.caption)


def test_focus_page_draws_at_most_the_focus_limit(facts, monkeypatch):
    from kg.view import actor_selection as actors

    monkeypatch.setattr(actors, "FOCUS_MAX_NODES", 2)
    page = select_actors(facts, focus_name="France", radius=3)
    assert len(page.actors) == 2 and "country/FR" in page.actors and page.left_out.nodes > 0


@pytest.mark.parametrize(
    "options",
    [
        {"focus_name": "austin", "radius": 1},
        {"focus_name": "Corée du Nord", "radius": 2},
        {"focus_name": "koursk", "radius": 0},
        {"focus_name": "Zelensky", "radius": 1, "types": ["person,country"]},
    ],
)
def test_focus_page_read_around_the_actor_equals_the_page_from_the_whole_graph(seeds_build, options):
    from kg.store import load_dataset

    store = load_dataset(seeds_build.out_dir)  # read around the actor, from the Oxigraph store
    whole = load_dataset(seeds_build.out_dir / "graph.trig")  # read whole, in memory
    assert page_for(store, **options)[0] == page_for(whole, **options)[0]
