"""``kg graph``: the command line over kg.analytics."""
from __future__ import annotations

import json

from click.testing import CliRunner

from kg.cli import main
from small_graph import KP, RU, SEOUL, US


def kg(*args):
    return CliRunner().invoke(main, ["graph", *args])


def as_json(*args):
    result = kg(*args, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def assert_one_line_error(result, code):
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_stats(graph_file):
    data = as_json("stats", "-g", graph_file)
    assert data["nodes_by_kind"]["Country"] == 4
    assert data["components"] == 2 and data["isolated"] == 1
    text = kg("stats", "-g", graph_file).output
    assert "country: 4" in text and "spoke about: 5" in text and "components: 2" in text


def test_central(graph_file):
    data = as_json("central", "--by", "betweenness", "--top", "2", "-g", graph_file)
    assert len(data) == 2 and data[0]["node"]["key"] == KP
    text = kg("central", "--top", "1", "-g", graph_file).output
    assert "Corée du Nord (country)" in text and len(text.splitlines()) == 1


def test_central_refuses_unknown_measures(graph_file):
    result = kg("central", "--by", "closeness", "-g", graph_file)
    assert result.exit_code == 2


def test_path_shows_each_link_with_its_statement(graph_file):
    result = kg("path", "Blinken", "Lloyd Austin", "-g", graph_file)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "Antony Blinken (person)"
    assert "--spoke about--> Russie (country)" in lines[1]
    assert "statement/a1-200-231" in result.output and "Nous n'avons pas vu ces troupes" in result.output
    assert "<--spoke about-- Lloyd Austin (person)" in result.output
    assert "statement/a1-100-126" in result.output


def test_path_as_json(graph_file):
    data = as_json("path", "Blinken", "Lloyd Austin", "-g", graph_file)
    assert [s["target"]["key"] for s in data["steps"]] == [RU, "person/lloyd-austin"]
    assert data["steps"][0]["links"][0]["articles"] == ["article/a1"]


def test_path_errors(graph_file):
    assert_one_line_error(kg("path", "Séoul", "Blinken", "-g", graph_file), code=1)
    ambiguous = kg("path", "Kim", "Blinken", "-g", graph_file)
    assert_one_line_error(ambiguous, code=2)
    assert "Kim Jong Un" in ambiguous.output and "Kim Yo Jong" in ambiguous.output
    unknown = kg("path", "Macron", "Blinken", "-g", graph_file)
    assert_one_line_error(unknown, code=2)
    assert "Macron" in unknown.output


def test_ego(graph_file):
    data = as_json("ego", "austin", "--radius", "2", "-g", graph_file)
    distances = {n["key"]: d for n, d in data["nodes"]}
    assert distances[US] == 2
    text = kg("ego", "austin", "-g", graph_file).output
    assert text.startswith("Lloyd Austin (person): 3 neighbours within 1")
    assert "Lloyd Austin --affiliation--> Pentagone" in text


def test_ego_unknown_name(graph_file):
    assert_one_line_error(kg("ego", "nobody", "-g", graph_file), code=2)


def test_communities(graph_file):
    data = as_json("communities", "-g", graph_file)
    members = [n["key"] for c in data for n in c["members"]]
    assert len(members) == len(set(members)) == as_json("stats", "-g", graph_file)["nodes"]
    assert data[-1]["members"][0]["key"] == SEOUL
    text = kg("communities", "-g", graph_file).output
    assert text.splitlines()[-1] == "1 node linked to nothing"
    assert text.splitlines()[0].startswith("1. (")


def test_every_graph_command_has_help():
    for command in ("stats", "central", "path", "ego", "communities"):
        result = kg(command, "--help")
        assert result.exit_code == 0 and "--format" in result.output


def test_seeds_path_between_blinken_and_austin(seeds_graph_path):
    result = kg("path", "Antony Blinken", "Lloyd Austin", "-g", str(seeds_graph_path))
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == "Antony Blinken (person)"
    data = as_json("path", "Antony Blinken", "Lloyd Austin", "-g", str(seeds_graph_path))
    assert data["steps"][-1]["target"]["label"] == "Lloyd Austin"
    assert all(link["articles"] for step in data["steps"] for link in step["links"])


def test_seeds_stats(seeds_graph_path):
    data = as_json("stats", "-g", str(seeds_graph_path))
    assert data["nodes_by_kind"]["Person"] >= 5
    assert data["nodes_by_kind"]["Country"] >= 5
    assert data["edges_by_relation"]["spoke-about"] > 0


def test_seeds_build_folder_gives_the_same_stats_as_its_trig(seeds_build, seeds_graph_path):
    assert as_json("stats", "-g", str(seeds_build.out_dir)) == as_json("stats", "-g", str(seeds_graph_path))


def test_seeds_stats_and_central_equal_those_of_the_whole_projection(seeds_graph_path):
    # stats and unweighted centralities read only the links (project(support=False)):
    # their answers are those of the projection with every article and statement.
    from dataclasses import asdict

    from kg import analytics
    from kg.source import open_source

    whole = analytics.project(open_source(str(seeds_graph_path)))
    assert as_json("stats", "-g", str(seeds_graph_path)) == asdict(analytics.stats(whole))
    for by in analytics.MEASURES:
        expected = [asdict(r) for r in analytics.central(whole, by, 0)]
        assert as_json("central", "--by", by, "--top", "0", "-g", str(seeds_graph_path)) == expected
