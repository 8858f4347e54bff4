"""The read path on pyoxigraph: parameters that cannot inject SPARQL, prefixed
names that paste back, refused updates and federation, limits, streaming and
control characters kept off the terminal."""
from __future__ import annotations

import csv
import io
import json

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.output import format_result, write_result
from kg.prefixes import QUERY_PREFIXES, prefixed
from kg.query import QueryError, QueryTimeout, as_store, run_canned, run_query, stream_query
from kg.sparql import check_allowed, form, uses_service, with_prefixes
from small_graph import small_dataset

NKG = "https://w3id.org/newskg/ontology#"
ID = "https://w3id.org/newskg/id/"
RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
HOSTILE = 'Le "Parti" {de} la } fin \' # ?x'


def _hostile_store() -> ox.Store:
    """Two people; one's label is made of SPARQL syntax, the other's holds a terminal escape."""
    store = ox.Store()
    graph = ox.NamedNode(ID + "graph/entities")
    article = ox.NamedNode(ID + "article/a")
    person = ox.NamedNode(NKG + "Person")
    rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    for key, label in (("person/hostile", HOSTILE), ("person/escape", "Red\x1b[31mAlert\x07")):
        node = ox.NamedNode(ID + key)
        store.add(ox.Quad(node, rdf_type, person, graph))
        store.add(ox.Quad(node, RDFS_LABEL, ox.Literal(label), graph))
        statement = ox.NamedNode(ID + f"statement/{key.split('/')[1]}-1-2")
        store.add(ox.Quad(statement, ox.NamedNode(NKG + "speaker"), node, article))
        store.add(ox.Quad(statement, ox.NamedNode(NKG + "quote"), ox.Literal(f"quote of {label}"), article))
    return store


# --- parameters -------------------------------------------------------------


def test_entity_param_with_quotes_and_braces_binds_the_entity_it_names():
    result = run_query(
        _hostile_store(),
        "SELECT ?who ?quote WHERE { ?s nkg:speaker ?who ; nkg:quote ?quote }",
        {"who": HOSTILE},
    )
    assert [row["quote"] for row in result.rows] == [f"quote of {HOSTILE}"]


def test_text_param_is_a_literal_whatever_it_holds():
    query = "SELECT ?who ?label WHERE { ?who rdfs:label ?label }"
    store = _hostile_store()
    from kg.query import Param

    result = run_query(store, query, {"label": HOSTILE}, (Param("label", "text", ""),))
    assert [row["who"] for row in result.rows] == [ID + "person/hostile"]
    injected = '"} ?who ?p ?o . FILTER(true) } #'
    assert run_query(store, query, {"label": injected}, (Param("label", "text", ""),)).rows == []


# --- prefixes ---------------------------------------------------------------


def test_every_kind_has_its_prefix_and_printed_names_paste_back():
    ds = small_dataset()
    table = format_result(run_query(ds, "SELECT ?p WHERE { ?p a nkg:Person } ORDER BY ?p"), "table")
    printed = [line.strip() for line in table.splitlines()[2:-1]]
    assert printed and all(name.startswith("person:") for name in printed)
    for name in printed:  # each printed name finds its entity again
        assert run_query(ds, f"ASK {{ {name} a nkg:Person }}").boolean is True
    for kind in ("person", "org", "country", "place", "article", "statement", "deployment"):
        assert QUERY_PREFIXES[kind] == f"{ID}{kind}/"


def test_a_name_that_is_not_a_valid_local_part_prints_as_a_full_iri():
    assert prefixed(ID + "person/a/b") == f"<{ID}person/a/b>"
    assert prefixed(ID + "article/x.") == f"<{ID}article/x.>"  # may not end with a dot
    assert prefixed(NKG + "Person") == "nkg:Person"


# --- refusals ---------------------------------------------------------------


@pytest.mark.parametrize(
    "update", ["INSERT DATA { <urn:a> <urn:b> <urn:c> }", "PREFIX a: <urn:a>\n# x\nDELETE WHERE { ?s ?p ?o }",
               "CLEAR ALL", "LOAD <http://example.org/x.ttl>"],
)
def test_updates_are_refused_as_read_only(update):
    with pytest.raises(QueryError, match="kg query is read-only"):
        run_query(ox.Store(), update)


def test_service_is_refused_unless_allowed():
    query = "SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }"
    with pytest.raises(QueryError, match="allow-federation"):
        run_query(ox.Store(), query)
    assert form(query) == "SELECT" and uses_service(query)
    assert check_allowed(query, allow_service=True) == "SELECT"


def test_service_in_a_string_an_iri_or_a_comment_is_not_federation():
    query = 'SELECT ?service WHERE { ?service <urn:SERVICE> "SERVICE" } # SERVICE <x>'
    assert not uses_service(query)


def test_with_prefixes_adds_only_the_prefixes_the_query_does_not_declare():
    text = with_prefixes("PREFIX nkg: <urn:mine#>\nSELECT * { ?s a nkg:X }")
    assert text.count("PREFIX nkg:") == 1 and "PREFIX person: <" in text


# --- limits and streaming ----------------------------------------------------


def _numbers(n: int) -> ox.Store:
    store = ox.Store()
    p = ox.NamedNode("urn:p")
    store.bulk_extend(ox.Quad(ox.NamedNode(f"urn:s{i}"), p, ox.Literal(str(i)), ox.DefaultGraph()) for i in range(n))
    return store


def test_row_limit_cuts_and_says_so():
    result = run_query(_numbers(50), "SELECT ?s WHERE { ?s ?p ?o }", limit=10)
    assert len(result.rows) == 10 and result.truncated
    whole = run_query(_numbers(10), "SELECT ?s WHERE { ?s ?p ?o }", limit=10)
    assert len(whole.rows) == 10 and not whole.truncated
    assert "stopped at the row limit" in format_result(run_query(_numbers(20), "SELECT ?s { ?s ?p ?o }", limit=5))


def test_a_query_longer_than_its_timeout_stops():
    store = _numbers(3000)
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?x . ?b ?p ?y . ?c ?p ?z }"  # 27e9 combinations
    with pytest.raises(QueryTimeout, match="longer than 0.5 s"):
        run_query(store, slow, timeout=0.5)


def test_results_are_written_while_they_are_read():
    result = stream_query(_numbers(5000), "SELECT ?s ?o WHERE { ?s ?p ?o }")
    seen, source = [], result.solutions

    def rows():
        for row in source:
            seen.append(1)
            yield row

    result.solutions = rows()

    class Out(io.StringIO):
        lines = 0

        def write(self, text):
            # when the 2000th row is written, far fewer than 5000 rows have been read
            if text.endswith("\n"):
                Out.lines += 1
                if Out.lines == 2000:
                    assert len(seen) < 5000
            return super().write(text)

    write_result(result, Out(), "csv")
    assert len(seen) == 5000


# --- control characters -----------------------------------------------------


def test_control_characters_never_reach_the_terminal_or_csv():
    query = "SELECT ?label WHERE { ?p rdfs:label ?label } ORDER BY ?label"
    store = _hostile_store()
    table = format_result(run_query(store, query), "table")
    assert "\x1b" not in table and "\x07" not in table and "Red[31mAlert" in table
    rows = list(csv.reader(io.StringIO(format_result(run_query(store, query), "csv"))))
    assert ["Red[31mAlert"] in rows
    tsv = format_result(run_query(store, query), "tsv")
    assert "\x1b" not in tsv and "\\u001B" in tsv  # TSV keeps it, escaped
    data = json.loads(format_result(run_query(store, query), "json"))
    assert {"type": "literal", "value": "Red\x1b[31mAlert\x07"} in [b["label"] for b in data["results"]["bindings"]]


# --- the command ------------------------------------------------------------


def test_kg_query_refuses_updates_and_federation_in_one_line(tmp_path):
    path = tmp_path / "g.nt"
    path.write_text("<urn:a> <urn:b> <urn:c> .\n")
    runner = CliRunner()
    result = runner.invoke(main, ["query", "DELETE WHERE { ?s ?p ?o }", "-g", str(path)])
    assert result.exit_code == 2 and result.output.strip() == (
        "Error: kg query is read-only: DELETE is an update, not a query"
    )
    result = runner.invoke(main, ["query", "SELECT * { SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } }", "-g", str(path)])
    assert result.exit_code == 2 and "--allow-federation" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_kg_query_limit_option(tmp_path):
    path = tmp_path / "g.nt"
    path.write_text("".join(f"<urn:s{i}> <urn:p> <urn:o> .\n" for i in range(30)))
    result = CliRunner().invoke(main, ["query", "SELECT ?s { ?s ?p ?o }", "--limit", "7", "-g", str(path)])
    assert result.exit_code == 0
    assert result.output.splitlines()[-1] == "(7 rows, stopped at the row limit)"


def test_rdflib_datasets_and_stores_give_the_same_answers():
    ds = small_dataset()
    store = as_store(ds)
    for name, params in (("actors-by-country", {"country": "États-Unis"}), ("statements-about", {"entity": "Russie"})):
        assert run_canned(ds, name, params).rows == run_canned(store, name, params).rows


def test_values_open_the_where_group_whatever_strings_comments_and_templates_hold():
    from kg.sparql import inline_values

    query = 'PREFIX x: <urn:x#>\n# { a comment\nCONSTRUCT { ?s <urn:p> "}" } WHERE { ?s ?p "{" }'
    assert inline_values(query, {"s": "<urn:a>"}).endswith('WHERE { VALUES ?s { <urn:a> } ?s ?p "{" }')
    assert inline_values("SELECT * { ?s ?p ?o }", {"o": '"x"'}) == 'SELECT * { VALUES ?o { "x" } ?s ?p ?o }'
    # nowhere to put them: substituted instead
    assert inline_values("CONSTRUCT WHERE { ?s ?p ?o }", {"s": "<urn:a>"}) is None
    assert inline_values("DESCRIBE <urn:a>", {"s": "<urn:a>"}) is None
    store = _hostile_store()
    described = run_query(store, "DESCRIBE ?who", {"who": "person/hostile"})
    assert {s for s, _, _ in described.graph} == {ID + "person/hostile"}
