"""``kg query``: the command line over kg.query."""
from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner
from rdflib import Graph

from kg.cli import main
from kg.export import export
from small_graph import small_dataset


def kg(*args, input=None):
    return CliRunner().invoke(main, list(args), input=input)


def assert_one_line_error(result, code=2):
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert result.output.startswith("Error: ")


def test_list_shows_each_canned_query_on_one_line():
    result = kg("query", "--list")
    assert result.exit_code == 0
    lines = {line.split()[0]: line for line in result.output.splitlines()}
    for name in ("actors-by-country", "statements-about", "articles-mentioning"):
        assert name in lines
    assert "[--param entity=…]" in lines["statements-about"]


def test_the_canned_queries_are_listed_in_the_runs_language():
    from kg.query import canned_queries

    queries = canned_queries().values()
    assert all(q.description_fr and q.description_fr != q.description for q in queries)
    french = CliRunner().invoke(main, ["--lang", "fr", "query", "--list"]).output
    english = CliRunner().invoke(main, ["--lang", "en", "query", "--list"]).output
    for q in queries:
        assert q.description_fr in french and q.description not in french
        assert q.description in english and q.description_fr not in english


def test_list_as_json():
    data = json.loads(kg("query", "--list", "--format", "json").output)
    byname = {q["name"]: q for q in data}
    assert byname["articles-mentioning"]["params"][0]["name"] == "entity"
    assert all(q["description"] for q in data)


def test_canned_query_with_a_param(graph_file):
    result = kg("query", "actors-by-country", "--param", "country=Etats-Unis", "-g", graph_file)
    assert result.exit_code == 0, result.output
    assert "Lloyd Austin" in result.output and "Antony Blinken" in result.output
    assert "Zelensky" not in result.output
    assert result.output.rstrip().endswith("(3 rows)")


def test_ad_hoc_select_as_csv(graph_file):
    query = "SELECT ?name WHERE { ?p a nkg:Person ; rdfs:label ?name } ORDER BY ?name"
    result = kg("query", query, "--format", "csv", "-g", graph_file)
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.output)))
    assert rows[0] == ["name"]
    assert [r[0] for r in rows[1:]] == sorted(r[0] for r in rows[1:])
    assert "Lloyd Austin" in {r[0] for r in rows}


def test_select_as_json_and_tsv(graph_file):
    query = "SELECT ?c WHERE { ?c a nkg:Country ; rdfs:label 'Russie' }"
    data = json.loads(kg("query", query, "--format", "json", "-g", graph_file).output)
    assert data["results"]["bindings"][0]["c"]["value"].endswith("country/RU")
    tsv = kg("query", query, "--format", "tsv", "-g", graph_file).output
    assert tsv.splitlines() == ["?c", "<https://w3id.org/newskg/id/country/RU>"]


def test_ask_prints_true_or_false(graph_file):
    assert kg("query", "ASK { ?d nkg:claimedBy ?who }", "-g", graph_file).output == "true\n"
    assert kg("query", "ASK { ?d nkg:troopsMin ?n }", "-g", graph_file).output == "false\n"


def test_construct_prints_turtle(graph_file):
    query = "CONSTRUCT { ?p rdfs:label ?l } WHERE { ?p a nkg:Person ; rdfs:label ?l }"
    result = kg("query", query, "-g", graph_file)
    assert result.exit_code == 0
    assert len(Graph().parse(data=result.output, format="turtle")) == 5


def test_query_from_a_file_and_from_stdin(graph_file, tmp_path):
    query = "SELECT ?a WHERE { ?a a nkg:Article }"
    path = tmp_path / "q.rq"
    path.write_text(query, encoding="utf-8")
    from_file = kg("query", "-f", str(path), "-g", graph_file)
    from_stdin = kg("query", "-f", "-", "-g", graph_file, input=query)
    assert from_file.exit_code == 0 and "(2 rows)" in from_file.output
    assert from_stdin.output == from_file.output


def test_other_rdf_syntaxes_by_extension(tmp_path):
    path = tmp_path / "graph.ttl"
    export(small_dataset(), path)
    result = kg("query", "articles-mentioning", "-p", "entity=séoul", "-g", str(path))
    assert result.exit_code == 0, result.output
    assert "Second article" in result.output


def test_malformed_query_gives_line_and_column(graph_file):
    result = kg("query", "SELECT ?x WHERE {\n  ?x ?y\n}", "-g", graph_file)
    assert_one_line_error(result)
    assert "line 2, column" in result.output or "line 3, column" in result.output


def test_unknown_canned_query(graph_file):
    result = kg("query", "statement-about", "-g", graph_file)
    assert_one_line_error(result)
    assert "statements-about" in result.output  # the suggestion


def test_ambiguous_param_lists_candidates(graph_file):
    result = kg("query", "statements-about", "-p", "entity=kim", "-g", graph_file)
    assert_one_line_error(result)
    assert "Kim Jong Un" in result.output and "Kim Yo Jong" in result.output


def test_unknown_param_value_and_name(graph_file):
    assert_one_line_error(kg("query", "statements-about", "-p", "entity=Macron", "-g", graph_file))
    assert_one_line_error(kg("query", "statements-about", "-p", "who=Austin", "-g", graph_file))
    assert_one_line_error(kg("query", "statements-about", "-p", "Austin", "-g", graph_file))


def test_query_and_file_together_or_neither(graph_file, tmp_path):
    path = tmp_path / "q.rq"
    path.write_text("ASK {}", encoding="utf-8")
    assert_one_line_error(kg("query", "ASK {}", "-f", str(path), "-g", graph_file))
    assert_one_line_error(kg("query", "-g", graph_file))


def test_csv_of_a_construct_is_refused(graph_file):
    result = kg("query", "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "--format", "csv", "-g", graph_file)
    assert_one_line_error(result)


def test_missing_graph(tmp_path):
    result = kg("query", "ASK {}", "-g", str(tmp_path / "nothing.ttl"))
    assert_one_line_error(result, code=1)


def test_seeds_statements_about_zelensky(seeds_graph_path):
    result = kg("query", "statements-about", "-p", "entity=Zelensky", "--format", "json",
                "-g", str(seeds_graph_path))
    assert result.exit_code == 0, result.output
    bindings = json.loads(result.output)["results"]["bindings"]
    assert bindings
    assert all("Zelensky" in b["entityLabel"]["value"] for b in bindings)


def test_seeds_build_folder_gives_the_same_answers_as_its_trig(seeds_build, seeds_graph_path):
    # The build folder opens its Oxigraph store; graph.trig is parsed by rdflib.
    args = ("query", "articles-mentioning", "-p", "entity=Lloyd Austin", "--format", "csv")
    from_store = kg(*args, "-g", str(seeds_build.out_dir))
    from_file = kg(*args, "-g", str(seeds_graph_path))
    assert from_store.exit_code == 0, from_store.output
    assert sorted(from_store.output.splitlines()) == sorted(from_file.output.splitlines())
    assert len(from_store.output.splitlines()) >= 4


@pytest.mark.parametrize("suffix", ["ttl", "nt"])
def test_every_canned_query_gives_the_build_rows_on_a_triples_file(seeds_build, tmp_path, suffix):
    # a Turtle or N-Triples file names no graph; who-said-what's GRAPH clauses must still find its triples
    from kg.query import canned_queries, run_canned
    from kg.source import open_source

    def rows(source, name):
        # GROUP_CONCAT joins in the store's order, which SPARQL leaves open: compare its parts as a set
        found = [{k: sorted(v.split("; ")) if k == "roles" else v for k, v in row.items()}
                 for row in run_canned(source, name).rows]
        return sorted(map(repr, found))

    store = open_source(seeds_build.out_dir)
    path = export(store, tmp_path / f"seeds.{suffix}")
    for name in canned_queries():
        expected = rows(store, name)
        assert expected, name
        assert rows(str(path), name) == expected, name
    result = kg("query", "who-said-what", "--format", "csv", "-g", str(path))
    assert result.exit_code == 0, result.output
    assert len(list(csv.DictReader(io.StringIO(result.output)))) == len(rows(store, "who-said-what"))
