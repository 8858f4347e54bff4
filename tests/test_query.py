"""kg.query: SPARQL over the dataset, canned queries, parameters, result formats."""
from __future__ import annotations

import csv
import io
import json

import pytest
from rdflib import Graph, URIRef

from kg.mapping import ENTITIES_GRAPH, article_iri
from kg.namespaces import ID
from kg.query import (
    AmbiguousName,
    NameNotFound,
    Param,
    QueryError,
    bind_params,
    canned_queries,
    check_query,
    entity_names,
    format_result,
    parse_canned,
    resolve_name,
    run_canned,
    run_query,
)
from small_graph import AUSTIN, BLINKEN, KP, PENTAGON, US, ZELENSKY, small_dataset

MY_QUERIES = ("actors-by-country", "statements-about", "articles-mentioning")


@pytest.fixture(scope="module")
def ds():
    return small_dataset()


def column(result, var):
    return [row[var] for row in result.rows]


# --- running ----------------------------------------------------------------


def test_prefixes_are_predeclared(ds):
    result = run_query(ds, "SELECT ?p WHERE { ?p a nkg:Person ; owl:sameAs ?wd } ")
    assert result.rows == []  # no person of the small graph has a Wikidata id
    result = run_query(ds, "SELECT ?c WHERE { ?c a nkg:Country ; owl:sameAs wd:Q30 }")
    assert column(result, "c") == [ID[US]]


def test_default_graph_is_the_union_of_all_article_graphs(ds):
    result = run_query(ds, "SELECT DISTINCT ?who WHERE { ?s nkg:speaker ?who }")
    assert set(column(result, "who")) == {str(ID[AUSTIN]), str(ID[BLINKEN]), str(ID[ZELENSKY])}


def test_graph_clause_still_gives_the_article(ds):
    result = run_query(
        ds, "SELECT ?g WHERE { GRAPH ?g { ?s nkg:speaker <%s> } }" % ID[ZELENSKY]
    )
    assert column(result, "g") == [article_iri("a2")]
    result = run_query(ds, "SELECT ?g WHERE { GRAPH ?g { <%s> rdfs:label ?l } }" % ID[US])
    assert column(result, "g") == [ENTITIES_GRAPH]


def test_run_query_leaves_the_dataset_as_it_was(ds):
    before = ds.default_union
    run_query(ds, "ASK { ?s ?p ?o }")
    assert ds.default_union == before


def test_ask_gives_a_boolean(ds):
    assert run_query(ds, "ASK { ?s nkg:claimedBy ?who }").boolean is True
    assert run_query(ds, "ASK { ?s nkg:claimedBy <%s> }" % ID[ZELENSKY]).boolean is False


def test_construct_and_describe_give_graphs(ds):
    result = run_query(ds, "CONSTRUCT { ?p rdfs:label ?l } WHERE { ?p a nkg:Person ; rdfs:label ?l }")
    assert result.kind == "CONSTRUCT"
    label = "http://www.w3.org/2000/01/rdf-schema#label"
    assert (str(ID[AUSTIN]), label, "Lloyd Austin") in result.graph
    described = run_query(ds, "DESCRIBE <%s>" % ID[AUSTIN])
    assert described.kind == "DESCRIBE"
    assert any(s == ID[AUSTIN] for s, _, _ in described.graph)


def test_group_by_over_nothing_gives_no_rows(ds):
    result = run_query(ds, "SELECT ?x (COUNT(?y) AS ?n) WHERE { ?x nkg:nothing ?y } GROUP BY ?x")
    assert result.rows == []


# --- errors -----------------------------------------------------------------


def test_syntax_error_has_line_and_column():
    with pytest.raises(QueryError) as err:
        check_query("SELECT ?x\nWHERE {\n  ?x ?y\n}")
    assert err.value.line in (3, 4)  # the unfinished triple, or the brace that cuts it short
    assert err.value.column is not None
    assert str(err.value).startswith(f"line {err.value.line}, column ")


def test_syntax_error_lists_keywords_and_signs_not_character_classes():
    with pytest.raises(QueryError) as err:
        check_query("SELECT ?s WHERE { ?s a ?o")
    message = str(err.value)
    assert '"}"' in message and "[" not in message and "..=" not in message
    assert "\n" not in message


def test_unknown_prefix_is_located():
    with pytest.raises(QueryError) as err:
        check_query("SELECT ?x WHERE {\n  ?x nope:thing ?y }")
    assert (err.value.line, err.value.column) == (2, 6)
    assert "nope" in str(err.value)


def test_updates_are_refused(ds):
    with pytest.raises(QueryError):
        run_query(ds, "INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    assert (URIRef("urn:a"), None, None) not in ds


# --- canned queries ---------------------------------------------------------


def test_canned_queries_are_listed_with_their_first_line():
    queries = canned_queries()
    for name in MY_QUERIES:
        assert name in queries
        text = queries[name].text
        assert queries[name].description == text.splitlines()[0].lstrip("# ").strip()
        assert queries[name].description


def test_every_canned_query_parses():
    for query in canned_queries().values():
        check_query(query.text)


def test_parse_canned_reads_params_and_their_kinds():
    query = parse_canned(
        "q", "# Title.\n# param entity: who\n# param word (text): a word\nSELECT * {}"
    )
    assert query.description == "Title."
    assert query.params == (Param("entity", "entity", "who"), Param("word", "text", "a word"))


def test_actors_by_country_follows_affiliations_through_organisations(ds):
    result = run_canned(ds, "actors-by-country", {"country": "washington"})  # an alias
    actors = set(column(result, "actor"))
    # Lloyd Austin belongs to the Pentagon, which belongs to the United States.
    assert actors == {str(ID[AUSTIN]), str(ID[BLINKEN]), str(ID[PENTAGON])}
    austin = next(r for r in result.rows if r["actor"] == ID[AUSTIN])
    assert str(austin["roles"]) == "secrétaire à la Défense"
    assert str(austin["countryLabel"]) == "États-Unis"


def test_actors_by_country_without_a_country_lists_every_country(ds):
    result = run_canned(ds, "actors-by-country")
    assert {str(r["countryLabel"]) for r in result.rows} == {"États-Unis", "Ukraine", "Corée du Nord"}


def test_statements_about_matches_names_without_accents(ds):
    result = run_canned(ds, "statements-about", {"entity": "COREE DU NORD"})
    assert {str(s) for s in column(result, "speakerLabel")} == {"Lloyd Austin", "Volodymyr Zelensky"}
    assert {str(q) for q in column(result, "quote")} == {
        "Ces soldats sont en Russie",
        "Pyongyang se moque des vies",
    }
    assert set(column(result, "article")) == {str(article_iri("a1")), str(article_iri("a2"))}


def test_articles_mentioning_an_entity(ds):
    result = run_canned(ds, "articles-mentioning", {"entity": "Seoul"})
    assert column(result, "article") == [article_iri("a2")]
    assert str(result.rows[0]["title"]) == "Second article"


def test_canned_query_refuses_unknown_params(ds):
    with pytest.raises(QueryError, match="takes entity"):
        run_canned(ds, "statements-about", {"who": "Austin"})


def test_unknown_canned_query_suggests_a_close_name(ds):
    with pytest.raises(QueryError, match="statements-about"):
        run_canned(ds, "statement-about")


# --- names and parameters ---------------------------------------------------


def test_entity_names_have_labels_kinds_and_aliases(ds):
    names = entity_names(ds)
    assert names[ID[US]].label == "États-Unis"
    assert names[ID[US]].kind == "Country"
    assert names[ID[US]].aliases == ("Washington",)


def test_resolve_name_whole_name_then_whole_words(ds):
    names = entity_names(ds)
    assert resolve_name("lloyd austin", names).iri == ID[AUSTIN]
    assert resolve_name("Zelensky", names).iri == ID[ZELENSKY]  # a word of the label
    assert resolve_name("Austin", names).iri == ID[AUSTIN]  # an alias
    assert resolve_name("person/antony-blinken", names).iri == ID[BLINKEN]  # a key
    assert resolve_name(f"<{ID[KP]}>", names).iri == ID[KP]  # an IRI


def test_ambiguous_name_lists_the_candidates(ds):
    with pytest.raises(AmbiguousName) as err:
        resolve_name("kim", entity_names(ds))
    assert {c.label for c in err.value.candidates} == {"Kim Jong Un", "Kim Yo Jong"}
    assert "Kim Jong Un" in str(err.value) and "Kim Yo Jong" in str(err.value)


def test_unknown_name_suggests_close_ones(ds):
    with pytest.raises(NameNotFound, match="Volodymyr Zelensky"):
        resolve_name("Zelenskyy", entity_names(ds))
    with pytest.raises(NameNotFound):
        resolve_name("Austinette", entity_names(ds))


def test_params_are_bindings_not_query_text(ds):
    # A value that would break out of a pasted-in query is just an unknown name.
    with pytest.raises(NameNotFound):
        bind_params(ds, {"entity": '"} } DELETE WHERE { ?s ?p ?o } #'})
    word = bind_params(ds, {"word": 'a "b"'}, (Param("word", "text", ""),))
    assert word["word"].value == 'a "b"' and word["word"].language is None


def test_ad_hoc_query_binds_any_param_as_an_entity(ds):
    result = run_query(
        ds, "SELECT ?who ?quote WHERE { ?s nkg:speaker ?who ; nkg:quote ?quote }", {"who": "blinken"}
    )
    assert [str(q) for q in column(result, "quote")] == ["Nous n'avons pas vu ces troupes"]
    asked = run_query(ds, "ASK { ?s nkg:speaker ?who ; nkg:about ?what }", {"who": "blinken", "what": "Ukraine"})
    assert asked.boolean is False


def test_a_param_binds_its_variable_even_when_the_query_does_not_select_it(ds):
    text = "SELECT ?quote WHERE { ?s nkg:speaker ?who ; nkg:quote ?quote }"
    everyone = run_query(ds, text).rows
    blinken = run_query(ds, text, {"who": "blinken"}).rows
    assert [r["quote"] for r in blinken] == ["Nous n'avons pas vu ces troupes"]
    assert len(everyone) > len(blinken)


# --- formats ----------------------------------------------------------------

SPEAKERS = "SELECT ?who ?quote WHERE { ?s nkg:speaker ?who ; nkg:quote ?quote } ORDER BY ?quote"


def test_json_is_w3c_sparql_results(ds):
    data = json.loads(format_result(run_query(ds, SPEAKERS), "json"))
    assert data["head"]["vars"] == ["who", "quote"]
    first = data["results"]["bindings"][0]
    assert first["who"] == {"type": "uri", "value": str(ID[AUSTIN])}
    assert first["quote"] == {"type": "literal", "value": "Ces soldats sont en Russie", "xml:lang": "fr"}
    ask = json.loads(format_result(run_query(ds, "ASK { ?s nkg:speaker ?o }"), "json"))
    assert ask == {"head": {}, "boolean": True}


def test_json_leaves_out_unbound_variables(ds):
    result = run_query(ds, "SELECT ?a ?t WHERE { ?a a nkg:Article OPTIONAL { ?a nkg:nothing ?t } }")
    bindings = json.loads(format_result(result, "json"))["results"]["bindings"]
    assert bindings and all(set(b) == {"a"} for b in bindings)


def test_csv_has_a_header_and_plain_values(ds):
    rows = list(csv.reader(io.StringIO(format_result(run_query(ds, SPEAKERS), "csv"))))
    assert rows[0] == ["who", "quote"]
    assert rows[1] == [str(ID[AUSTIN]), "Ces soldats sont en Russie"]
    assert len(rows) == 4


def test_tsv_writes_terms_in_turtle_syntax(ds):
    lines = format_result(run_query(ds, SPEAKERS), "tsv").splitlines()
    assert lines[0] == "?who\t?quote"
    assert lines[1] == f'<{ID[AUSTIN]}>\t"Ces soldats sont en Russie"@fr'


def test_table_is_aligned_and_counts_rows(ds):
    lines = format_result(run_query(ds, SPEAKERS), "table").splitlines()
    header, rule, *rows, count = lines
    start = header.index("quote")
    assert all(row[start - 2 : start] == "  " and row[start] != " " for row in rows)
    assert rows[0].startswith("person:lloyd-austin")  # valid SPARQL, unlike id:person/…
    assert count == "(3 rows)"


def test_table_cuts_long_cells_only_when_asked(ds):
    result = run_query(ds, SPEAKERS)
    assert "Ces soldats…" in format_result(result, "table", width=12)
    assert "Ces soldats sont en Russie" in format_result(result, "table", width=0)


def test_graph_results_print_as_turtle(ds):
    result = run_query(ds, "CONSTRUCT { ?p rdfs:label ?l } WHERE { ?p a nkg:Person ; rdfs:label ?l }")
    graph = Graph().parse(data=format_result(result, "table"), format="turtle")
    assert len(graph) == 5
    with pytest.raises(QueryError, match="graph"):
        format_result(result, "csv")


# --- the Oxigraph store behind the same API ---------------------------------


def test_queries_give_the_same_answers_on_an_oxigraph_store(ds):
    oxrdflib = pytest.importorskip("oxrdflib")
    from rdflib import Dataset

    stored = Dataset(store=oxrdflib.OxigraphStore())
    for s, p, o, g in ds.quads((None, None, None, None)):
        stored.graph(g).add((s, p, o))
    for name, params in [
        ("actors-by-country", {"country": "États-Unis"}),
        ("statements-about", {"entity": "Russie"}),
        ("articles-mentioning", {"entity": "Lloyd Austin"}),
    ]:
        expected = run_canned(ds, name, params)
        got = run_canned(stored, name, params)
        assert got.vars == expected.vars
        as_text = lambda r: sorted(tuple(str(v) for v in row.values()) for row in r.rows)  # noqa: E731
        assert as_text(got) == as_text(expected)
        assert as_text(got)
    asked = run_query(stored, "ASK { ?s nkg:speaker ?who ; nkg:about ?what }", {"who": "Austin", "what": "Russie"})
    assert asked.boolean is True


# --- the seeds --------------------------------------------------------------


def test_seeds_lloyd_austin_belongs_to_the_united_states(seeds_graph_path):
    from kg.store import load_dataset

    result = run_canned(load_dataset(seeds_graph_path), "actors-by-country", {"country": "États-Unis"})
    assert "Lloyd Austin" in {str(label) for label in column(result, "actorLabel")}


def test_seeds_articles_mentioning_lloyd_austin(seeds_graph_path):
    from kg.store import load_dataset

    result = run_canned(load_dataset(seeds_graph_path), "articles-mentioning", {"entity": "Lloyd Austin"})
    articles = {str(a).rsplit("/", 1)[-1] for a in column(result, "article")}
    # The gold annotations (tests/gold/) name him in these three articles.
    assert {"000_584b3e5c65d6adbc", "001_94a0c47301de76d2", "003_428cd73657b1aa61"} <= articles


def test_seeds_statements_about_russia(seeds_graph_path):
    from kg.store import load_dataset

    result = run_canned(load_dataset(seeds_graph_path), "statements-about", {"entity": "Russie"})
    assert len(result.rows) >= 3
    assert all(row["quote"] is not None and row["article"] is not None for row in result.rows)


@pytest.mark.parametrize("limit", [None, 1])
def test_a_stream_dropped_unread_is_freed_at_once_where_it_is_dropped(limit):
    # pyoxigraph's rows must be freed in the thread that made them: a result kept alive by a
    # reference cycle is freed by the garbage collector in whatever thread it runs
    # ("QuerySolutions is unsendable, but is being dropped on another thread")
    import gc
    import weakref

    from kg.query import stream_query

    result = stream_query(small_dataset(), "SELECT ?s WHERE { ?s ?p ?o }", limit=limit)
    next(iter(result.solutions))
    gone = weakref.ref(result)
    gc.disable()
    try:
        del result
        assert gone() is None
    finally:
        gc.enable()
