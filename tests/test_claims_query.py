"""The claims table's own query (kg.claims.claims_query) against the canned query it stands for.

The canned ``deployment-claims.rq`` is the one definition (``kg query
deployment-claims`` prints it); the table reads its text reshaped for Oxigraph
(each OPTIONAL a sub-select joined by hash), whole or bound to some
deployments. These tests compare the two on the seeds' store, row for row,
and check that a change to the canned query reaches the table.
"""
from __future__ import annotations

import random
from collections import Counter
from dataclasses import replace

import pytest

import kg.claims
from kg.claims import Claim, claim_of, claims_query, claims_table, distinct_claims
from kg.query import canned_query, run_canned, run_query
from kg.source import open_source
from kg.reshape import binds_once_per_value, optionals_joined_by_hash, projecting, triples_joined_by_hash


@pytest.fixture(scope="module")
def store(seeds_build):
    return open_source(seeds_build.out_dir)


def _bag(rows) -> Counter:
    return Counter(tuple(sorted((k, repr(v)) for k, v in row.items())) for row in rows)


def test_the_claims_query_gives_the_rows_of_the_canned_query(store):
    canned = run_canned(store, "deployment-claims").rows
    assert canned and _bag(run_query(store, claims_query()).rows) == _bag(canned)


def test_a_change_to_the_canned_query_reaches_the_claims_table(store, monkeypatch):
    canned = canned_query("deployment-claims")
    narrowed = canned.text.replace("\n}\nORDER BY", '\n  FILTER (?qualifier = "UpTo")\n}\nORDER BY')
    assert narrowed != canned.text
    monkeypatch.setattr(kg.claims, "canned_query", lambda name: replace(canned, text=narrowed))
    table = claims_table(store)
    assert table and {c.qualifier for c in table} == {"UpTo"}
    assert {c.qualifier for c in claims_table(store, [r["deployment"] for r in run_canned(store, "deployment-claims").rows])} == {"UpTo"}


def test_every_optional_of_the_where_group_is_joined_by_hash_and_nothing_else():
    text = """SELECT ?s ?label ?n WHERE {
  ?s a ?kind . # a comment with { and OPTIONAL {
  OPTIONAL { ?s ?p "}" ; ?q ?label OPTIONAL { ?label ?r ?unused } }
  { ?s ?x ?n } UNION { ?s ?y ?n OPTIONAL { ?s ?z ?n } }
  OPTIONAL { ?s <urn:p> ?n }
} ORDER BY ?s LIMIT 3"""
    reshaped = optionals_joined_by_hash(text)
    assert 'OPTIONAL { SELECT ?s ?label WHERE { ?s ?p "}" ; ?q ?label OPTIONAL { ?label ?r ?unused } } }' in reshaped
    assert "OPTIONAL { SELECT ?s ?n WHERE { ?s <urn:p> ?n } }" in reshaped
    assert "{ ?s ?y ?n OPTIONAL { ?s ?z ?n } }" in reshaped  # inside a union: left as it is
    assert reshaped.endswith("}") and "ORDER BY" not in reshaped and "LIMIT" not in reshaped
    star = optionals_joined_by_hash("SELECT * { ?s a ?k OPTIONAL { ?s ?p ?o . ?o ?q ?l } }")
    assert "SELECT ?s ?p ?o ?q ?l WHERE" in star  # every variable is projected


def test_the_claims_query_bound_to_deployments_gives_only_their_rows(store):
    canned = run_canned(store, "deployment-claims").rows
    chosen = sorted({r["deployment"] for r in canned})[::2]
    bound = run_query(store, claims_query(chosen)).rows
    assert _bag(bound) == _bag(r for r in canned if r["deployment"] in chosen)


def test_the_table_of_some_deployments_is_the_whole_table_of_their_rows(store):
    canned = run_canned(store, "deployment-claims").rows
    chosen = sorted({r["deployment"] for r in canned})[1::3]
    expected = distinct_claims([claim_of(r) for r in canned if r["deployment"] in chosen])
    assert claims_table(store, chosen) == expected and claims_table(store, []) == []


def test_the_whole_table_is_the_canned_rows_merged(store):
    canned = run_canned(store, "deployment-claims").rows
    assert claims_table(store) == distinct_claims([claim_of(r) for r in canned])


def test_claims_do_not_depend_on_the_order_rows_come_in():
    def claim(claimant, start, evidence="e"):
        return Claim("2024-11-01", "a", None, 3000, "UpTo", "KP", "RU", None, "Sent", claimant, start, evidence)

    rows = [claim("US", 5), claim("KR", 5), claim(None, 5), claim("US", 9, "again"), claim("KR", 1)]
    first = distinct_claims(rows)
    for seed in range(5):
        shuffled = rows[:]
        random.Random(seed).shuffle(shuffled)
        assert distinct_claims(shuffled) == first
    assert [c.count for c in first if c.claimant == "US"] == [2]


def test_claims_tied_on_date_figure_article_and_offset_keep_the_order_of_their_fields_as_text():
    def claim(claimant, troops_min=None):
        return Claim("2024-11-01", "a", troops_min, 3000, "UpTo", "KP", "RU", None, "Sent", claimant, 5, "e")

    rows = [claim("US"), claim("KR"), claim(None), claim("KR", 10)]  # the same figure (the upper bound)
    # field by field (the lower bound before the claimant), an empty field first
    assert [(c.claimant, c.troops_min) for c in distinct_claims(rows)] == [(None, None), ("KR", None), ("US", None), ("KR", 10)]


def test_a_repeat_dates_a_claim_its_first_statement_leaves_undated():
    first = Claim(None, "a", None, 3000, "UpTo", "KP", "RU", None, "Sent", None, 5, "first")
    dated = replace(first, start=40, evidence="again", date="2024-11-01", date_inferred=True)
    later = replace(first, start=90, evidence="last", date="2025-01-01")
    [merged] = distinct_claims([later, dated, first])
    assert (merged.date, merged.date_inferred, merged.evidence, merged.start, merged.count) == ("2024-11-01", True, "first", 5, 3)


def test_each_triple_pattern_and_nested_optional_is_joined_by_hash():
    text = """SELECT ?s ?l WHERE {
  ?s a ?kind ; ?p "a ; b . c" , ?o . # a comment ; with . and {
  ?o ?q ?l OPTIONAL { ?o ?r ?x OPTIONAL { ?x ?t ?unused } }
  FILTER (?l != "x . y")
  ?s ?path/?p2 ?z . ?z ?w ?v
}"""
    reshaped = triples_joined_by_hash(text)
    for pattern in ("{ SELECT ?s ?kind WHERE { ?s a ?kind } }", '{ SELECT ?s ?p WHERE { ?s ?p "a ; b . c" } }',
                    "{ SELECT ?s ?p ?o WHERE { ?s ?p ?o } }", "{ SELECT ?o ?q ?l WHERE { ?o ?q ?l } }",
                    "OPTIONAL { SELECT ?o WHERE { ?o ?r ?x OPTIONAL { SELECT ?x WHERE { ?x ?t ?unused } } } }"):
        assert pattern in reshaped
    assert 'FILTER (?l != "x . y")' in reshaped
    assert "?s ?path/?p2 ?z . ?z ?w ?v" in reshaped  # a path: left as it is


def test_the_claims_query_has_no_triple_pattern_looked_up_row_by_row():
    reshaped = claims_query()
    where = reshaped[reshaped.index("WHERE"):]
    assert where.count("SELECT") >= 10 + 4  # every OPTIONAL and every required fact
    assert "OPTIONAL { ?" not in where


def test_an_optional_whose_filter_reads_the_rows_it_extends_is_left_as_it_is():
    text = "SELECT ?s ?o { ?s ?p ?n OPTIONAL { ?s ?q ?o FILTER (?o > ?n) } }"
    assert "OPTIONAL { ?s ?q ?o FILTER (?o > ?n) }" in triples_joined_by_hash(text)


def test_a_function_of_one_required_value_is_computed_once_per_value():
    text = ("SELECT ?k ?m ?n { { SELECT ?s ?a WHERE { ?s <urn:in> ?a } } OPTIONAL { SELECT ?s ?o WHERE { ?s <urn:o> ?o } } "
            "BIND (STR(?a) AS ?k) BIND (STR(?o) AS ?m) BIND (CONCAT(STR(?a), STR(RAND())) AS ?n) }")
    reshaped = binds_once_per_value(text)
    assert ("{ SELECT ?a ?k WHERE { { SELECT DISTINCT ?a WHERE { ?s <urn:in> ?a } } BIND (STR(?a) AS ?k) } }"
            in reshaped)
    assert "BIND (STR(?o) AS ?m) BIND (CONCAT(STR(?a), STR(RAND())) AS ?n)" in reshaped  # optional; not fixed
    where = claims_query()[claims_query().index("WHERE"):]
    assert "SELECT DISTINCT ?articleIri" in where and "SELECT DISTINCT ?qualifierIri" in where


def test_the_table_reads_only_the_variables_it_uses():
    assert projecting("SELECT ?a ?b WHERE { ?a ?p ?b }", ["b"]) == "SELECT ?b WHERE { ?a ?p ?b }"
    assert projecting("SELECT DISTINCT ?a ?b WHERE { ?a ?p ?b }", ["b"]).startswith("SELECT DISTINCT ?a ?b")
    assert projecting("SELECT (STR(?a) AS ?s) ?b WHERE { ?a ?p ?b }", ["b"]).startswith("SELECT (STR(?a) AS ?s) ?b")


def test_a_deployment_with_two_articles_and_two_labels_gives_the_canned_rows_merged(store):
    # the table is read in parts joined on the deployment alone: every row of one part must meet
    # every row of the other for that deployment, as the canned query's own joins give them
    import pyoxigraph as ox

    copy = ox.Store()
    copy.bulk_load(store.dump(format=ox.RdfFormat.N_QUADS), ox.RdfFormat.N_QUADS)
    nkg, graph = "https://w3id.org/newskg/ontology#", ox.NamedNode("urn:more")
    deployment = next(copy.quads_for_pattern(None, ox.NamedNode(nkg + "origin"), None, None))
    other = ox.NamedNode("https://w3id.org/newskg/id/article/another-one")
    for s, p, o in [(deployment.subject, nkg + "sourceArticle", other),
                    (other, "http://purl.org/dc/terms/date", ox.Literal("2020-01-02", datatype=ox.NamedNode(
                        "http://www.w3.org/2001/XMLSchema#date"))),
                    (deployment.object, "http://www.w3.org/2000/01/rdf-schema#label", ox.Literal("Another name")),
                    (deployment.subject, nkg + "evidence", ox.Literal("Another sentence."))]:
        copy.add(ox.Quad(s, ox.NamedNode(p), o, graph))
    canned = run_canned(copy, "deployment-claims").rows
    assert len(canned) > len(run_canned(store, "deployment-claims").rows)  # the deployment's rows multiplied
    assert claims_table(copy) == distinct_claims([claim_of(r) for r in canned])
