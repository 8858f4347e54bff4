"""The HTML graph view: what it draws, how it escapes, and that it needs nothing else.

The graph here is built from hand-written records (records -> Corpus -> mapping),
so every expected node, edge and hover text below is counted by hand.
"""
from __future__ import annotations

import json
import os
import re
from dataclasses import replace
from datetime import date
from html.parser import HTMLParser

import pytest
from click.testing import CliRunner
from rdflib.namespace import RDF

from kg.cli import main
from kg.export import export
from kg.mapping import to_dataset
from kg.namespaces import ID, NKG
from kg.records import Article, ArticleRecords, Deployment, Entity, Mention, Statement
from kg.resolve import Corpus
from kg.store import load_dataset
from kg.view import (
    Edge,
    ViewError,
    article_view,
    focus,
    graph_view,
    most_connected,
    only_types,
    parse_types,
    render_html,
    select,
    shorten,
    troops,
    write_view,
)

#: A quote that would break a page that did not escape it.
QUOTE = 'Nous tiendrons parole </script><script>window.pwned = 1</script> & "toujours" <b>'
N_NODES = 11  # 6 entities, 2 articles, 2 statements, 1 deployment
N_EDGES = 20  # 2 speakers, 2 about, 4 deployment roles, 1 affiliation, 1 located, 7 mentions, 3 reports


def _mentions(*keys):
    return [Mention(0, 1, "x", k) for k in keys]


def small_records() -> list[ArticleRecords]:
    """Two made-up articles: a minister's statement and a deployment, another person's statement."""
    a1 = Article(
        id="a1",
        text="x" * 400,
        source="a1.txt",
        title="Paris envoie des renforts en Estonie",
        url="https://example.org/a1",
        date=date(2024, 3, 1),
        outlet="Le Quotidien",
    )
    a2 = Article(id="a2", text="y" * 200, source="a2.txt", title="Un autre article")
    people = [
        Entity(
            "person/jeanne-martin",
            "Person",
            "Jeanne Martin",
            aliases=["Mme Martin"],
            wikidata="Q1000001",
            roles=["ministre des Armées"],
            affiliations=["org/ministere-des-armees"],
        ),
        Entity("org/ministere-des-armees", "Organization", "ministère des Armées"),
        Entity("country/FR", "Country", "France", wikidata="Q142"),
        Entity("country/EE", "Country", "Estonie", wikidata="Q191"),
        Entity("place/tapa", "Place", "Tapa", located_in="country/EE"),
    ]
    rec1 = ArticleRecords(
        article=a1,
        entities=people,
        mentions=_mentions(
            "person/jeanne-martin", "org/ministere-des-armees", "country/FR", "country/EE", "place/tapa"
        ),
        statements=[
            Statement(
                100,
                180,
                "person/jeanne-martin",
                QUOTE,
                "DirectQuote",
                evidence=f"« {QUOTE} », a déclaré Jeanne Martin.",
                verb="déclarer",
                about=["country/EE"],
            )
        ],
        deployments=[
            Deployment(
                200,
                260,
                "Au moins 300 soldats français sont déployés à Tapa.",
                "AtLeast",
                troops_min=300,
                origin="country/FR",
                destination="country/EE",
                place="place/tapa",
                status="Deployed",
                claimant="org/ministere-des-armees",
            )
        ],
    )
    rec2 = ArticleRecords(
        article=a2,
        entities=[Entity("person/jean-morel", "Person", "Jean Morel"), Entity("country/FR", "Country", "France")],
        mentions=_mentions("person/jean-morel", "country/FR"),
        statements=[
            Statement(
                10,
                60,
                "person/jean-morel",
                "La France doit rester prudente dans cette affaire qui dure depuis des mois",
                "IndirectSpeech",
                evidence="Jean Morel estime que la France doit rester prudente.",
                about=["country/FR"],
            )
        ],
    )
    return [rec1, rec2]


def corpus_of(records: list[ArticleRecords]) -> Corpus:
    """The records as already resolved: one entity per key, as written.

    The view is tested on a graph we choose, not on what kg.resolve would merge.
    """
    entities = {}
    for rec in records:
        for entity in rec.entities:
            entities.setdefault(entity.key, entity)
    return Corpus(entities=entities, articles=[replace(r, entities=[]) for r in records])


def small_dataset():
    return to_dataset(corpus_of(small_records()))


def _fact_id(kind, article: str) -> str:
    """The id of the one ``kind`` fact of ``article``, read from the RDF (not from kg.view)."""
    ds = small_dataset()
    [node] = [
        s
        for s, _, _, _ in ds.quads((None, RDF.type, NKG[kind], None))
        if (s, NKG.sourceArticle, ID[f"article/{article}"]) in ds.graph(ID[f"article/{article}"])
    ]
    return str(node)[len(str(ID)) :]


STATEMENT = _fact_id("Statement", "a1")
DEPLOYMENT = _fact_id("Deployment", "a1")
OTHER_STATEMENT = _fact_id("Statement", "a2")


@pytest.fixture
def view():
    return graph_view(small_dataset())


def page_data(html: str) -> dict:
    """The JSON the page draws, as the browser's JSON.parse would read it."""
    match = re.search(r'<script type="application/json" id="graph-data">(.*?)</script>', html, re.S)
    return json.loads(match.group(1))


def test_view_has_one_node_per_entity_fact_and_article(view):
    kinds = {k: n.kind for k, n in view.nodes.items()}
    assert len(kinds) == N_NODES
    assert kinds[STATEMENT] == "Statement"
    assert kinds[DEPLOYMENT] == "Deployment"
    assert kinds["article/a1"] == "Article"
    assert kinds["place/tapa"] == "Place"
    assert kinds["org/ministere-des-armees"] == "Organization"
    assert len(view.edges) == N_EDGES


def test_edges_read_as_french_sentences(view):
    edges = set(view.edges)
    assert Edge("person/jeanne-martin", STATEMENT, "a déclaré") in edges
    assert Edge(STATEMENT, "country/EE", "au sujet de") in edges
    assert Edge("country/FR", DEPLOYMENT, "envoie") in edges
    assert Edge(DEPLOYMENT, "country/EE", "vers") in edges
    assert Edge(DEPLOYMENT, "place/tapa", "lieu") in edges
    assert Edge(DEPLOYMENT, "org/ministere-des-armees", "revendiqué par") in edges
    assert Edge("person/jeanne-martin", "org/ministere-des-armees", "affilié à") in edges
    assert Edge("place/tapa", "country/EE", "situé en") in edges
    assert Edge("article/a1", "place/tapa", "mentionne") in edges
    assert Edge("article/a1", STATEMENT, "rapporte") in edges


def test_statement_hover_shows_exact_words_speaker_and_article(view):
    title = view.nodes[STATEMENT].title
    assert f"« {QUOTE} »" in title
    assert "Locuteur : Jeanne Martin" in title
    assert "Paris envoie des renforts en Estonie" in title
    assert "citation directe" in title


def test_deployment_hover_shows_figures_qualifier_claimant_and_article(view):
    title = view.nodes[DEPLOYMENT].title
    assert "au moins 300 soldats" in title
    assert "(qualificatif : au moins)" in title  # the ontology's French label, not the code AtLeast
    assert "Revendiqué par : ministère des Armées" in title
    assert "De : France" in title and "Vers : Estonie" in title and "Lieu : Tapa" in title
    assert "Article : Paris envoie des renforts en Estonie — 2024-03-01 — Le Quotidien" in title


def test_deployment_hover_names_the_status_with_the_ontology_french_label(view):
    title = view.nodes[DEPLOYMENT].title
    assert "Statut : déployé" in title
    assert "Deployed" not in title


def test_actor_hover_shows_roles_aliases_and_wikidata(view):
    title = view.nodes["person/jeanne-martin"].title
    assert "Rôles : ministre des Armées" in title
    assert "Wikidata : Q1000001" in title
    assert "Aussi appelé : Mme Martin" in title


def test_long_quote_is_shortened_in_label_but_whole_on_hover(view):
    node = view.nodes[OTHER_STATEMENT]
    assert len(node.label) <= 34 and node.label.endswith("… »")
    assert "qui dure depuis des mois" in node.title


def test_shorten_cuts_at_a_word_boundary():
    assert shorten("Nous ne laisserons pas faire cela sans réagir", 24) == "Nous ne laisserons pas…"
    assert shorten("court", 24) == "court"


def test_troops_say_the_qualifier_in_french():
    assert troops("UpTo", None, 12000) == "jusqu'à 12\u202f000 soldats"
    assert troops("Range", 10000, 12000) == "entre 10\u202f000 et 12\u202f000 soldats"
    assert troops("Vague", None, None) == "effectif non chiffré"


class _Scripts(HTMLParser):
    """The <script> elements of a page, split where an HTML parser splits them."""

    def __init__(self, html):
        super().__init__()
        self.scripts, self._open = [], None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        if tag == "script":
            self._open = ""

    def handle_data(self, data):
        if self._open is not None:
            self._open += data

    def handle_endtag(self, tag):
        if tag == "script":
            self.scripts.append(self._open)
            self._open = None


def test_dangerous_quote_cannot_break_the_page(view):
    html = render_html(view)
    assert "<script>window.pwned" not in html
    scripts = _Scripts(html).scripts
    assert len(scripts) == 3  # the data, vis-network, our drawing code
    assert not any("<!--" in s for s in scripts)
    titles = [n["title"] for n in json.loads(scripts[0])["nodes"]]
    assert any(QUOTE in t for t in titles)


def test_title_is_escaped_in_the_page(view):
    html = render_html(view, title='<img src=x onerror="alert(1)">')
    assert "<img src=x" not in html
    assert "&lt;img src=x" in html


def test_page_is_self_contained(view):
    html = render_html(view)
    assert not re.search(r"<script[^>]*\bsrc=", html, re.I)
    assert not re.search(r"<link\b", html, re.I)
    assert "@import" not in html
    assert not re.search(r"url\(\s*['\"]?(https?:)?//", html, re.I)
    assert "default-src 'none'" in html  # the browser itself refuses any fetch
    assert "vis.Network" in html and "stabilizationIterationsDone" in html


def test_page_draws_the_view_with_a_fixed_seed(view):
    data = page_data(render_html(view))
    assert len(data["nodes"]) == N_NODES and len(data["edges"]) == N_EDGES
    assert isinstance(data["options"]["layout"]["randomSeed"], int)
    assert set(data["options"]["groups"]) >= {"Person", "Statement", "Deployment", "Article"}
    sizes = {n["id"]: n["value"] for n in data["nodes"]}
    assert sizes["country/EE"] > sizes["person/jean-morel"]  # size follows degree


def test_legend_lists_the_classes_drawn(view):
    html = render_html(view)
    legend = re.search(r'<ul class="legend" id="legend">(.*?)</ul>', html, re.S).group(1)
    for name, count in [("personne", 2), ("déclaration", 2), ("déploiement", 1), ("article", 2)]:
        assert re.search(rf"{name} <span class=\"count\">\({count}\)", legend)


def test_same_graph_gives_the_same_bytes():
    first = render_html(graph_view(small_dataset()))
    second = render_html(graph_view(small_dataset()))
    assert first == second


def test_writing_leaves_only_the_page(tmp_path, monkeypatch, view):
    monkeypatch.chdir(tmp_path)
    write_view(view, tmp_path / "out" / "graph.html")
    assert sorted(os.listdir(tmp_path)) == ["out"]
    assert os.listdir(tmp_path / "out") == ["graph.html"]


def test_focus_matches_an_alias_ignoring_case_and_accents(view):
    ego, centre = focus(view, "MME MARTIN", radius=1)
    assert centre.id == "person/jeanne-martin"
    assert set(ego.nodes) == {"person/jeanne-martin", STATEMENT, "org/ministere-des-armees", "article/a1"}


def test_focus_radius_two_reaches_what_was_said_about(view):
    ego, _ = focus(view, "jeanne martin", radius=2)
    assert "country/EE" in ego.nodes
    assert OTHER_STATEMENT not in ego.nodes


def test_focus_does_not_go_through_articles(view):
    ego, _ = focus(view, "Tapa", radius=2)
    assert "article/a1" in ego.nodes
    assert "person/jeanne-martin" not in ego.nodes  # only reachable through the article
    article, _ = focus(view, "article/a2", radius=1)
    assert {"person/jean-morel", "country/FR", OTHER_STATEMENT} <= set(article.nodes)


def test_focus_on_unknown_name_is_an_error(view):
    with pytest.raises(ViewError, match="no actor, place or article named 'Personne'"):
        focus(view, "Personne")


def test_focus_matches_whole_words_as_kg_query_does(view):
    _, centre = focus(view, "jean")  # a word of "Jean Morel", only the start of "Jeanne"
    assert centre.id == "person/jean-morel"


def test_focus_on_ambiguous_name_lists_the_candidates(view):
    # "des" is a word of the ministry's name and of the first article's title
    with pytest.raises(ViewError, match="ambiguous.*Paris envoie.*ministère des Armées"):
        focus(view, "des")


def test_article_view_keeps_its_facts_and_their_entities(view):
    one = article_view(view, "a1")
    assert "article/a2" not in one.nodes and OTHER_STATEMENT not in one.nodes
    assert {STATEMENT, DEPLOYMENT, "country/EE", "place/tapa"} <= set(one.nodes)
    with pytest.raises(ViewError, match="no article 'zz'"):
        article_view(view, "zz")


def test_types_keep_only_those_classes(view):
    kinds = parse_types(["person, statement", "pays"])
    assert kinds == ["Person", "Statement", "Country"]
    kept = only_types(view, kinds)
    assert {n.kind for n in kept.nodes.values()} == {"Person", "Statement", "Country"}
    assert all(e.source in kept.nodes and e.target in kept.nodes for e in kept.edges)
    with pytest.raises(ViewError, match="unknown type 'ship'"):
        parse_types(["ship"])


def test_max_nodes_keeps_the_most_connected_and_says_what_was_left_out(view):
    small = most_connected(view, 3)
    degree = view.degrees()
    assert len(small.nodes) == 3
    assert min(degree[k] for k in small.nodes) >= max(degree[k] for k in view.nodes if k not in small.nodes)
    assert small.left_out.nodes == N_NODES - 3 and small.left_out.of == N_NODES
    assert small.left_out.edges == N_EDGES - len(small.edges)
    html = render_html(small)
    assert 'id="left-out"' in html and f"{N_NODES - 3} nœuds masqués" in html


def test_focus_is_kept_even_when_max_nodes_is_small():
    view = select(small_dataset(), focus_name="Tapa", max_nodes=1)
    assert list(view.nodes) == ["place/tapa"]


@pytest.fixture
def small_graph_file(tmp_path):
    path = tmp_path / "small.trig"
    export(small_dataset(), path)
    return path


def test_cli_writes_the_page_and_reports_what_was_left_out(small_graph_file, tmp_path):
    out = tmp_path / "view.html"
    result = CliRunner().invoke(
        main, ["view", "-g", str(small_graph_file), "-o", str(out), "--max-nodes", "4", "--detail"]
    )
    assert result.exit_code == 0, result.output
    assert f"left out {N_NODES - 4} of {N_NODES} nodes" in result.output
    assert len(page_data(out.read_text(encoding="utf-8"))["nodes"]) == 4


@pytest.mark.parametrize(
    "args, message",
    [
        (["--focus", "Nobody"], "no actor or place named 'Nobody'"),
        (["--focus", "Nobody", "--detail"], "no actor, place or article named 'Nobody'"),
        (["--focus", "des", "--detail"], "ambiguous"),
        (["--types", "ship"], "unknown type 'ship'"),
        (["--article", "zz"], "no article 'zz'"),
        (["--article", "zz", "--detail"], "no article 'zz'"),
    ],
)
def test_cli_bad_option_is_a_one_line_error(small_graph_file, tmp_path, args, message):
    out = tmp_path / "view.html"
    result = CliRunner().invoke(main, ["view", "-g", str(small_graph_file), "-o", str(out), *args])
    assert result.exit_code == 1
    assert message in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert "Traceback" not in result.output
    assert not out.exists()


def test_cli_options_work_on_the_seeds(seeds_graph_path, tmp_path):
    full = graph_view(load_dataset(seeds_graph_path))
    article = next(k for k, n in full.nodes.items() if n.kind == "Article").split("/", 1)[1]
    name = next(k for k, n in full.nodes.items() if n.kind in ("Person", "Country"))
    for args in (
        [],
        ["--article", article],
        ["--focus", name, "--radius", "1"],
        ["--types", "person,country,place"],
        ["--max-nodes", "10"],
    ):
        out = tmp_path / "seeds.html"
        cli = ["view", "-g", str(seeds_graph_path), "-o", str(out), "--detail", *args]
        result = CliRunner().invoke(main, cli)
        assert result.exit_code == 0, (args, result.output)
        data = page_data(out.read_text(encoding="utf-8"))
        assert 0 < len(data["nodes"]) <= len(full.nodes)
        if not args:
            assert len(data["nodes"]) == len(full.nodes)
            assert len(data["edges"]) == len(full.edges)


def test_committed_seeds_page_matches_the_code(monkeypatch):
    """exports/graph.html is regenerated (`kg view`) and committed with the graph."""
    from pathlib import Path

    from kg.build import build as build_graph
    from kg.view import page_for

    root = Path(__file__).resolve().parent.parent
    committed = root / "exports" / "graph.html"
    assert committed.exists(), "run `kg build seeds/ && kg view` and commit exports/"
    monkeypatch.chdir(root)  # sources are recorded as given: "seeds/…"
    page, _ = page_for(build_graph(["seeds"], None).dataset)
    assert page == committed.read_text(encoding="utf-8")
