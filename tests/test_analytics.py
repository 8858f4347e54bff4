"""kg.analytics: the networkx projection and the algorithms over it."""
from __future__ import annotations

import networkx as nx
import pytest

from kg.analytics import (
    NoPath,
    central,
    communities,
    ego,
    find_node,
    path,
    project,
    stats,
    undirected,
)
from kg.query import AmbiguousName, NameNotFound
from kg.resolve import resolve
from small_graph import (
    AUSTIN,
    BLINKEN,
    KIM_JU,
    KIM_YJ,
    KOURSK,
    KP,
    PENTAGON,
    RU,
    SEOUL,
    UA,
    US,
    ZELENSKY,
    small_dataset,
    small_records,
)


@pytest.fixture(scope="module")
def graph():
    return project(small_dataset())


def relations(graph, source, target):
    return set((graph.get_edge_data(source, target) or {}).keys())


# --- projection -------------------------------------------------------------


def test_nodes_are_the_entities_with_label_and_class(graph):
    corpus = resolve(small_records())
    assert set(graph.nodes) == set(corpus.entities)
    for key, entity in corpus.entities.items():
        assert graph.nodes[key]["label"] == entity.label
        assert graph.nodes[key]["kind"] == entity.kind


def test_degree_counts_distinct_neighbours(graph):
    # Russia: spoken about by Austin and Blinken, claimed by the US, troops sent
    # there from North Korea, co-mentioned with it, Koursk is located in it.
    assert graph.nodes[RU]["degree"] == 5
    assert graph.nodes[SEOUL]["degree"] == 0


def test_spoke_about_edges_keep_their_statement_and_article(graph):
    data = graph.edges[AUSTIN, KP, "spoke-about"]
    assert data["via"] == ["statement/a1-100-126"]
    assert data["articles"] == ["article/a1"]
    assert graph.graph["evidence"]["statement/a1-100-126"] == "Ces soldats sont en Russie"


def test_statement_subjects_are_co_mentioned(graph):
    assert "co-mentioned" in relations(graph, KP, RU) | relations(graph, RU, KP)
    assert "co-mentioned" in relations(graph, KP, KIM_JU) | relations(graph, KIM_JU, KP)


def test_claimant_is_linked_to_the_deployment_ends(graph):
    for target in (KP, RU, KOURSK):
        assert graph.edges[US, target, "claimed"]["via"] == ["deployment/a1-300-340"]


def test_deployments_link_origin_to_destination_and_place(graph):
    assert "deployed-to" in relations(graph, KP, RU)
    assert "deployed-to" in relations(graph, KP, KOURSK)
    assert not relations(graph, RU, KP) & {"deployed-to"}


def test_affiliation_and_location_are_edges_supported_by_articles(graph):
    assert graph.edges[AUSTIN, PENTAGON, "affiliated-with"]["articles"] == ["article/a1"]
    assert graph.edges[ZELENSKY, UA, "affiliated-with"]["articles"] == ["article/a2"]
    assert "located-in" in relations(graph, KOURSK, RU)


def test_no_self_loops():
    g = project(small_dataset())
    assert nx.number_of_selfloops(g) == 0


def test_undirected_merges_relations_and_weighs_support(graph):
    simple = undirected(graph)
    edge = simple.edges[KP, RU]
    assert edge["relations"] == ["co-mentioned", "deployed-to"]
    assert edge["weight"] == 2


# --- names ------------------------------------------------------------------


def test_find_node_by_label_alias_or_key(graph):
    assert find_node(graph, "etats unis") == US
    assert find_node(graph, "WASHINGTON") == US
    assert find_node(graph, "Zelensky") == ZELENSKY
    assert find_node(graph, "person/antony-blinken") == BLINKEN


def test_find_node_ambiguous_and_unknown(graph):
    with pytest.raises(AmbiguousName) as err:
        find_node(graph, "Kim")
    assert {c.key for c in err.value.candidates} == {KIM_JU, KIM_YJ}
    with pytest.raises(NameNotFound):
        find_node(graph, "Macron")


# --- stats ------------------------------------------------------------------


def test_stats_counts_by_class_and_relation(graph):
    s = stats(graph)
    corpus = resolve(small_records())
    kinds = {}
    for entity in corpus.entities.values():
        kinds[entity.kind] = kinds.get(entity.kind, 0) + 1
    assert s.nodes_by_kind == kinds
    speaker_about = {
        (st.speaker, a) for r in corpus.articles for st in r.statements for a in st.about
    }
    assert s.edges_by_relation["spoke-about"] == len(speaker_about)
    assert s.edges == sum(s.edges_by_relation.values())


def test_stats_components_and_density(graph):
    s = stats(graph)
    assert s.components == 2  # everything, and Séoul alone
    assert s.isolated == 1
    assert s.largest_component == s.nodes - 1
    assert 0 < s.density < 1


def test_stats_of_an_empty_graph():
    s = stats(nx.MultiDiGraph())
    assert (s.nodes, s.edges, s.components, s.density) == (0, 0, 0, 0.0)


# --- centrality -------------------------------------------------------------


@pytest.mark.parametrize("by", ["degree", "betweenness", "pagerank"])
def test_north_korea_is_the_most_central(graph, by):
    # It links the speakers of the first article to those of the second.
    top = central(graph, by, top=3)
    assert len(top) == 3
    assert top[0].node.key == KP
    assert top[0].score >= top[1].score >= top[2].score


def test_central_top_zero_gives_every_node(graph):
    assert len(central(graph, "degree", top=0)) == graph.number_of_nodes()


def test_central_refuses_unknown_measures(graph):
    with pytest.raises(ValueError, match="closeness"):
        central(graph, "closeness")


# --- paths ------------------------------------------------------------------


def test_path_between_two_speakers_goes_through_their_statements(graph):
    result = path(graph, "Blinken", "lloyd austin")
    assert [s.target.key for s in result.steps] == [RU, AUSTIN]
    first, second = result.steps
    assert [(l.relation, l.forward, l.via) for l in first.links] == [
        ("spoke-about", True, ["statement/a1-200-231"])
    ]
    assert [(l.relation, l.forward, l.via) for l in second.links] == [
        ("spoke-about", False, ["statement/a1-100-126"])
    ]
    assert first.links[0].evidence == {"statement/a1-200-231": "Nous n'avons pas vu ces troupes"}


def test_path_steps_list_every_meaning_and_its_article(graph):
    result = path(graph, "Zelensky", "Koursk")
    assert result.steps[0].target.key == KP
    assert all(link.articles for step in result.steps for link in step.links)
    meanings = {link.relation for link in result.steps[-1].links}
    assert meanings == {"deployed-to"}


def test_path_between_unconnected_nodes(graph):
    with pytest.raises(NoPath, match="Séoul"):
        path(graph, "Séoul", "Austin")


def test_path_with_an_ambiguous_name(graph):
    with pytest.raises(AmbiguousName):
        path(graph, "Kim", "Austin")


# --- ego graphs -------------------------------------------------------------


def test_ego_radius_one_is_the_neighbours(graph):
    result = ego(graph, "Lloyd Austin", radius=1)
    assert result.center.key == AUSTIN
    assert {n.key: d for n, d in result.nodes} == {AUSTIN: 0, KP: 1, RU: 1, PENTAGON: 1}
    assert all({e.source.key, e.target.key} <= {AUSTIN, KP, RU, PENTAGON} for e in result.edges)


def test_ego_radius_two_links_lloyd_austin_to_the_united_states(graph):
    result = ego(graph, "Lloyd Austin", radius=2)
    assert dict((n.key, d) for n, d in result.nodes)[US] == 2
    assert any(e.source.key == PENTAGON and e.target.key == US for e in result.edges)


def test_ego_radius_zero_is_the_node_alone(graph):
    result = ego(graph, "Séoul", radius=0)
    assert [(n.key, d) for n, d in result.nodes] == [(SEOUL, 0)]
    assert result.edges == []


# --- communities ------------------------------------------------------------


def test_communities_partition_the_nodes_repeatably(graph):
    found = communities(graph)
    keys = [n.key for c in found for n in c.members]
    assert sorted(keys) == sorted(graph.nodes)
    assert communities(graph) == found
    sizes = [len(c.members) for c in found]
    assert sizes == sorted(sizes, reverse=True)
    assert [n.key for n in found[-1].members] == [SEOUL]


def test_communities_keep_the_kims_together(graph):
    found = communities(graph)
    home = {n.key: i for i, c in enumerate(found) for n in c.members}
    assert home[KIM_JU] == home[KIM_YJ] == home[KP]


# --- the seeds --------------------------------------------------------------


@pytest.fixture(scope="module")
def seeds_graph(seeds_graph_path):
    from kg.store import load_dataset

    return project(load_dataset(seeds_graph_path))


def test_seeds_lloyd_austin_is_linked_to_the_united_states(seeds_graph):
    result = ego(seeds_graph, "Lloyd Austin", radius=1)
    assert "États-Unis" in {n.label for n, _ in result.nodes}


def test_seeds_path_between_blinken_and_austin(seeds_graph):
    result = path(seeds_graph, "Antony Blinken", "Lloyd Austin")
    assert result.source.label == "Antony Blinken" and result.target.label == "Lloyd Austin"
    assert 1 <= len(result.steps) <= 3
    assert all(link.articles for step in result.steps for link in step.links)


def test_seeds_have_statement_and_deployment_edges(seeds_graph):
    s = stats(seeds_graph)
    assert s.edges_by_relation.get("spoke-about", 0) > 0
    assert s.edges_by_relation.get("deployed-to", 0) > 0
    assert s.edges_by_relation.get("affiliated-with", 0) > 0


def test_seeds_north_korea_and_russia_are_linked_by_deployments(seeds_graph):
    north_korea, russia = find_node(seeds_graph, "Corée du Nord"), find_node(seeds_graph, "Russie")
    data = seeds_graph.get_edge_data(north_korea, russia) or {}
    assert "deployed-to" in data
    assert len(data["deployed-to"]["articles"]) >= 3


# --- reading only what a command needs ----------------------------------------


def _undirected_one_by_one(graph):
    """undirected() as first written: edges added one at a time, as they are met."""
    simple = nx.Graph()
    simple.add_nodes_from(graph.nodes(data=True))
    for source, target, relation, data in graph.edges(keys=True, data=True):
        support = max(len(data.get("via", [])), len(data.get("articles", [])), 1)
        if simple.has_edge(source, target):
            edge = simple.edges[source, target]
            edge["relations"] = sorted(set(edge["relations"]) | {relation})
            edge["weight"] += support
        else:
            simple.add_edge(source, target, relations=[relation], weight=support)
    return simple


@pytest.fixture(scope="module")
def seeds_projection(seeds_graph_path):
    from kg.source import open_source

    return project(open_source(str(seeds_graph_path)))


def test_undirected_keeps_the_order_links_are_first_met(seeds_projection):
    # Louvain (communities) visits nodes and neighbours in this order: a new one would move groups.
    fast, slow = undirected(seeds_projection), _undirected_one_by_one(seeds_projection)
    assert list(fast.edges(data=True)) == list(slow.edges(data=True))
    assert [list(fast.adj[n]) for n in fast] == [list(slow.adj[n]) for n in slow]


def test_projection_without_support_has_the_same_links_and_counts(seeds_graph_path, seeds_projection):
    from kg.source import open_source

    bare = project(open_source(str(seeds_graph_path)), support=False)
    without_aliases = [(n, {**d, "aliases": []}) for n, d in seeds_projection.nodes(data=True)]
    assert list(bare.nodes(data=True)) == without_aliases  # label, kind and degree included
    assert any(d["aliases"] for _, d in seeds_projection.nodes(data=True))
    assert list(bare.edges(keys=True)) == list(seeds_projection.edges(keys=True))
    assert all(not d["articles"] and not d["via"] for *_, d in bare.edges(data=True))
    assert stats(bare) == stats(seeds_projection)
    for by in ("degree", "betweenness"):
        assert central(bare, by, top=0) == central(seeds_projection, by, top=0)


def test_seeds_answers_are_those_of_a_projection_read_fact_by_fact(seeds_graph_path, seeds_projection):
    # An independent reading of the same facts with rdflib: every edge, its articles and statements.
    from rdflib import Dataset
    from kg.analytics import key_of
    from kg.namespaces import NKG

    ds = Dataset()
    ds.parse(seeds_graph_path, format="trig")
    g = ds  # union of the named graphs through quads
    objects = lambda s, p: {o for _, _, o, _ in g.quads((s, NKG[p], None, None))}  # noqa: E731
    expected = set()
    for st, _, _, _ in g.quads((None, None, NKG.Statement, None)):
        for speaker in objects(st, "speaker"):
            for about in objects(st, "about"):
                if speaker != about:
                    expected.add((key_of(speaker), key_of(about), "spoke-about"))
    found = {(u, v, k) for u, v, k in seeds_projection.edges(keys=True) if k == "spoke-about"}
    assert found == expected and found
    for u, v, data in seeds_projection.edges(data=True):
        assert data["articles"] == sorted(data["articles"]) and data["via"] == sorted(data["via"])


def test_the_garbage_collector_is_paused_only_while_the_projection_is_built(seeds_graph_path):
    import gc

    from kg.source import open_source

    seen = []
    real = project.__globals__["_project"]
    project.__globals__["_project"] = lambda *a: (seen.append(gc.isenabled()), real(*a))[1]
    try:
        assert gc.isenabled()
        project(open_source(str(seeds_graph_path)))
        assert seen == [False] and gc.isenabled()  # paused inside, back on after
        gc.disable()  # a caller that paused it keeps it paused
        project(open_source(str(seeds_graph_path)))
        assert not gc.isenabled()
    finally:
        gc.enable()
        project.__globals__["_project"] = real
