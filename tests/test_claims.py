"""The claims table and `kg claims`, on the seeds' graph: one row per distinct claim, dated."""
from __future__ import annotations

import csv
import io
import json
from collections import Counter

from click.testing import CliRunner
from rich.cells import cell_len

from kg.claims import Claim, claims_table, distinct_claims, format_claims
from kg.cli import main
from kg.query import canned_queries
from kg.store import load_dataset


def run(*args):
    return CliRunner().invoke(main, ["claims", *args])


def claim(**changes) -> Claim:
    fields = dict(date=None, article="a", troops_min=None, troops_max=3000, qualifier="UpTo",
                  origin="Corée du Nord", destination="Russie", place=None, status="Sent",
                  claimant=None, start=0, evidence="")
    return Claim(**{**fields, **changes})


def test_one_row_per_distinct_claim_counting_the_repeats(seeds_graph_path, seeds_records):
    claims = claims_table(load_dataset(seeds_graph_path))
    assert sum(c.count for c in claims) == sum(len(r.deployments) for r in seeds_records.values())
    identities = Counter((c.article, c.troops_min, c.troops_max, c.qualifier, c.origin,
                          c.destination, c.place, c.status, c.claimant) for c in claims)
    assert max(identities.values()) == 1
    assert any(c.count > 1 for c in claims)  # the seeds repeat figures within an article
    assert {c.article for c in claims} == set(seeds_records)


def test_repeats_merge_into_the_first_statement_with_their_count():
    first, again, other = claim(start=10, evidence="one"), claim(start=90, evidence="two"), claim(start=50, status="Planned")
    merged = distinct_claims([again, other, first])
    assert [(c.start, c.count, c.evidence) for c in merged if c.status == "Sent"] == [(10, 2, "one")]
    assert len(merged) == 2


def test_claims_are_ordered_by_date_then_figure(seeds_graph_path):
    claims = claims_table(load_dataset(seeds_graph_path))
    keys = [(c.date is None, c.date or "", c.figure) for c in claims]
    assert keys == sorted(keys)
    assert distinct_claims([claim(troops_max=12000), claim(troops_max=3000, date="2024-01-01"),
                            claim(troops_max=800)])[0].date == "2024-01-01"


def test_an_article_without_metadata_dates_its_claims_from_its_text(seeds_graph_path):
    # seed 002 says "mercredi 4 décembre" and names 2024: 4 December 2024 is a Wednesday
    dated = [c for c in claims_table(load_dataset(seeds_graph_path)) if c.article.startswith("002_")]
    assert dated and all(c.date == "2024-12-04" and c.date_inferred for c in dated)


def test_claims_table_reads_labels_and_ranges_from_the_graph(seeds_graph_path):
    claims = claims_table(load_dataset(seeds_graph_path))
    blinken = [c for c in claims if c.claimant == "Antony Blinken"]
    assert [(c.troops_min, c.troops_max, c.qualifier) for c in blinken] == [(8000, None, "AtLeast")]
    assert blinken[0].origin == "Corée du Nord" and blinken[0].destination == "Russie"
    assert "pas moins de 8 000" in blinken[0].evidence


def test_kg_claims_prints_a_table_in_english_by_default_here(seeds_graph_path):
    result = run("--graph", str(seeds_graph_path), "--wide")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split()[:2] == ["date", "troops"] and lines[0].split()[-1] == "times"
    assert lines[-1].startswith("(") and lines[-1].endswith("distinct claims)")
    assert any("at least 10,000" in l and "Pentagone" in l for l in lines)
    assert any("10,000–12,000" in l and "sent" in l for l in lines)
    assert any("(the article)" in l for l in lines)  # own-voice figures say so
    assert any(l.startswith("2024-12-04*") for l in lines) and any(l.startswith("* ") for l in lines)


def test_kg_claims_in_french_uses_the_ontology_labels(seeds_graph_path):
    result = run("--graph", str(seeds_graph_path), "--lang", "fr")
    assert result.exit_code == 0, result.output
    text = result.output
    assert "au moins 10\u202f000" in text and "envoyé" in text and "(l'article)" in text
    for english in ("Sent", "sent ", "Expected", "UpTo", "(the article)", "at least"):
        assert english not in text


def test_a_table_at_80_columns_fits_80_columns(seeds_graph_path):
    claims = claims_table(load_dataset(seeds_graph_path))
    text = format_claims(claims, max_width=80)
    assert max(cell_len(line) for line in text.splitlines()) <= 80
    assert "…" in text  # long cells were cut, with an ellipsis
    wide = format_claims(claims)
    assert max(cell_len(line) for line in wide.splitlines()) > 80


def test_kg_claims_csv_and_json_keep_codes_and_add_labels(seeds_graph_path):
    rows = list(csv.DictReader(io.StringIO(run("-g", str(seeds_graph_path), "--format", "csv").output)))
    data = json.loads(run("-g", str(seeds_graph_path), "--format", "json", "--lang", "fr").output)
    assert len(rows) == len(data) > 0
    assert set(rows[0]) == set(data[0]) >= {
        "troops_min", "troops_max", "qualifier", "qualifier_label", "status", "status_label",
        "claimant", "evidence", "date", "date_inferred", "count",
    }
    ranges = [d for d in data if d["qualifier"] == "Range"]
    assert ranges and all(d["troops_min"] == 10000 and d["troops_max"] == 12000 for d in ranges)
    sent = [d for d in data if d["status"] == "Sent"]
    assert sent and all(d["status_label"] == "envoyé" for d in sent)


def test_kg_claims_without_a_graph_is_a_one_line_error(tmp_path):
    result = run("--graph", str(tmp_path / "missing.trig"))
    assert result.exit_code != 0
    assert "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_kg_claims_help_documents_every_option():
    result = CliRunner().invoke(main, ["claims", "--help"])
    assert result.exit_code == 0
    for option in ("--graph", "--format", "--wide", "--lang", "--pager"):
        assert option in result.output


def test_troop_ranges_read_like_the_press_in_either_language():
    def troops(low, high, qualifier, lang):
        return claim(troops_min=low, troops_max=high, qualifier=qualifier).troops_text(lang).replace("\u202f", " ")

    assert troops(None, 3000, "UpTo", "fr") == "jusqu'à 3 000"
    assert troops(None, 3000, "UpTo", "en") == "up to 3,000"
    assert troops(10000, None, "AtLeast", "fr") == "au moins 10 000"
    assert troops(8000, 8000, "About", "en") == "about 8,000"
    assert troops(10000, 12000, "Range", "fr") == "10 000–12 000"
    assert troops(40, 40, "Exact", "en") == "40"
    assert troops(None, None, "Vague", "fr") == "(vague)"


def test_an_empty_graph_gives_an_empty_table():
    assert format_claims([]).splitlines()[-1] == "(0 distinct claims)"


def test_the_canned_query_is_listed_with_a_description():
    query = canned_queries()["deployment-claims"]
    assert query.description.startswith("Troop deployment claims")
