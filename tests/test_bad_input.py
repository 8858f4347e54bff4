"""What a new user gets on bad input: one line naming the problem, and nothing half-written."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main

BROKEN_TURTLE = '@prefix ex: <http://e/> .\nex:a ex:b "never closed\n\n\nex:c ex:d ex:e .\n'

READ_COMMANDS = [
    ["validate", "{graph}"],
    ["graph", "stats", "--graph", "{graph}"],
    ["claims", "--graph", "{graph}"],
    ["query", "--graph", "{graph}", "who-said-what"],
    ["query", "--graph", "{graph}", "--timeout", "0", "who-said-what"],
    ["view", "--graph", "{graph}", "-o", "{out}"],
    ["view", "--detail", "--graph", "{graph}", "-o", "{out}"],
    ["export", "-f", "turtle", "--graph", "{graph}", "-o", "{out}"],
    ["push", "--endpoint", "http://127.0.0.1:9/store", "--graph", "{graph}"],
]


@pytest.mark.parametrize("command", READ_COMMANDS, ids=lambda c: " ".join(c[:2]))
def test_a_graph_file_that_cannot_be_parsed_is_one_line_in_every_read_command(tmp_path, command):
    graph, out = tmp_path / "broken.ttl", tmp_path / "out.file"
    graph.write_text(BROKEN_TURTLE, encoding="utf-8")
    args = [a.format(graph=graph, out=out) for a in command]
    run = CliRunner().invoke(main, args)
    assert run.exit_code != 0
    lines = run.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"Error: {graph}: cannot read graph: "), run.output
    assert not out.exists()


def test_building_an_empty_folder_says_it_holds_no_article_and_writes_nothing(tmp_path):
    empty, out = tmp_path / "articles", tmp_path / "out"
    empty.mkdir()
    run = CliRunner().invoke(main, ["build", str(empty), "-o", str(out)])
    assert run.exit_code == 1
    assert run.output.strip().splitlines() == [
        f"Error: no article could be read: {empty}: no .txt or .jsonl file in this folder"]
    assert not out.exists()


def test_building_a_missing_file_names_it_on_one_line(tmp_path):
    missing = tmp_path / "nowhere.txt"
    run = CliRunner().invoke(main, ["build", str(missing), "-o", str(tmp_path / "out")])
    assert run.exit_code == 1
    assert run.output.strip().splitlines() == [
        f"Error: no article could be read: {missing}: no such file or directory"]


def test_a_folder_without_a_graph_is_named_as_given_with_what_it_lacks(tmp_path):
    run = CliRunner().invoke(main, ["claims", "--graph", str(tmp_path)])
    assert run.exit_code == 1
    assert run.output.strip() == (f"Error: {tmp_path}: no graph there (no store/ nor graph.trig in this "
                                  "folder); run `kg build PATH…` first or pass --graph FILE")


def test_a_missing_thresholds_file_is_named_once_with_the_reason(tmp_path, seeds_build):
    missing = tmp_path / "thresholds.json"
    gold = Path(__file__).resolve().parent / "gold"
    run = CliRunner().invoke(main, ["eval", str(gold), "--graph", str(seeds_build.out_dir),
                                    "--thresholds", str(missing)])
    assert run.exit_code != 0
    assert run.output.strip() == f"Error: {missing}: cannot read: No such file or directory"
