"""What a new user gets on bad input: one line naming the problem, and nothing half-written."""
from __future__ import annotations

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
