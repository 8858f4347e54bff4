"""The claims table and `kg claims`, on the seeds' graph."""
from __future__ import annotations

import csv
import io
import json

from click.testing import CliRunner

from kg.claims import Claim, claims_table, format_claims
from kg.cli import main
from kg.query import canned_queries
from kg.store import load_dataset


def run(*args):
    return CliRunner().invoke(main, ["claims", *args])


def test_claims_table_has_one_row_per_deployment(seeds_graph_path, seeds_records):
    claims = claims_table(load_dataset(seeds_graph_path))
    assert len(claims) == sum(len(r.deployments) for r in seeds_records.values())
    assert {c.article for c in claims} == set(seeds_records)


def test_claims_are_ordered_by_date_then_article_then_position(seeds_graph_path):
    claims = claims_table(load_dataset(seeds_graph_path))
    keys = [(c.date is None, c.date or "", c.article, c.start) for c in claims]
    assert keys == sorted(keys)


def test_claims_table_reads_labels_and_ranges_from_the_graph(seeds_graph_path):
    claims = claims_table(load_dataset(seeds_graph_path))
    blinken = [c for c in claims if c.claimant == "Antony Blinken"]
    assert [(c.troops_min, c.troops_max, c.qualifier) for c in blinken] == [(8000, None, "AtLeast")]
    assert blinken[0].origin == "Corée du Nord" and blinken[0].destination == "Russie"
    assert "pas moins de 8 000" in blinken[0].evidence


def test_kg_claims_prints_a_table_side_by_side(seeds_graph_path, seeds_records):
    result = run("--graph", str(seeds_graph_path))
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split() == ["date", "article", "troops", "qualifier", "route", "status", "claimant"]
    count = sum(len(r.deployments) for r in seeds_records.values())
    assert lines[-1] == f"({count} claims)"
    assert any("au moins 10 000" in l and "Pentagone" in l for l in lines)
    assert any("10 000–12 000" in l and "Range" in l for l in lines)
    assert any("(the article)" in l for l in lines)  # own-voice figures say so


def test_kg_claims_csv_and_json_carry_every_field(seeds_graph_path):
    rows = list(csv.DictReader(io.StringIO(run("-g", str(seeds_graph_path), "--format", "csv").output)))
    data = json.loads(run("-g", str(seeds_graph_path), "--format", "json").output)
    assert len(rows) == len(data) > 0
    assert set(rows[0]) == set(data[0]) >= {"troops_min", "troops_max", "qualifier", "claimant", "evidence"}
    ranges = [d for d in data if d["qualifier"] == "Range"]
    assert ranges and all(d["troops_min"] == 10000 and d["troops_max"] == 12000 for d in ranges)


def test_kg_claims_without_a_graph_is_a_one_line_error(tmp_path):
    result = run("--graph", str(tmp_path / "missing.trig"))
    assert result.exit_code != 0
    assert "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_kg_claims_help_documents_every_option():
    result = CliRunner().invoke(main, ["claims", "--help"])
    assert result.exit_code == 0
    for option in ("--graph", "--format"):
        assert option in result.output


def test_troop_ranges_read_like_the_press():
    def troops(low, high, qualifier):
        return Claim(None, "a", low, high, qualifier, None, None, None, None, None, 0, "").troops

    assert troops(None, 3000, "UpTo") == "jusqu’à 3 000"
    assert troops(10000, None, "AtLeast") == "au moins 10 000"
    assert troops(8000, 8000, "About") == "environ 8 000"
    assert troops(10000, 12000, "Range") == "10 000–12 000"
    assert troops(40, 40, "Exact") == "40"
    assert troops(None, None, "Vague") == "(vague)"


def test_an_empty_graph_gives_an_empty_table():
    assert format_claims([]).splitlines()[-1] == "(0 claims)"


def test_the_canned_query_is_listed_with_a_description():
    query = canned_queries()["deployment-claims"]
    assert query.description.startswith("Troop deployment claims")
