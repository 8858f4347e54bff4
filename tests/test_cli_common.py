"""What every ``kg`` command shares (kg/cli/common.py): closed pipes and output files."""
from __future__ import annotations

import subprocess
import sys

import pytest
from click.testing import CliRunner

from kg.cli import main


@pytest.mark.parametrize("args", [
    ["export", "-f", "nquads"],
    ["query", "SELECT * WHERE { ?s ?p ?o }", "--format", "csv"],
])
def test_a_reader_that_closes_the_pipe_ends_the_command_quietly(graph_file, args):
    # `kg … | head`: the reader is gone before the command writes anything
    process = subprocess.Popen([sys.executable, "-m", "kg", *args, "-g", graph_file],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdout.close()
    _, err = process.communicate(timeout=120)
    assert process.returncode == 0
    assert err == b""


@pytest.mark.parametrize("command", [["export", "-f", "nquads"], ["view"]])
def test_an_output_file_in_a_folder_that_does_not_exist_makes_the_folder(graph_file, tmp_path, command):
    out = tmp_path / "new" / "deeper" / "out.file"
    result = CliRunner().invoke(main, [*command, "-g", graph_file, "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.stat().st_size > 0


@pytest.mark.parametrize("command", [["export", "-f", "nquads"], ["view"]])
def test_an_output_file_under_a_file_is_refused_on_one_line_before_any_work(tmp_path, command):
    in_the_way = tmp_path / "notes.txt"
    in_the_way.write_text("a file, not a folder")
    # no graph there either: the output is refused before the graph is even looked for
    missing_graph = str(tmp_path / "no-graph")
    result = CliRunner().invoke(main, [*command, "-g", missing_graph, "-o", str(in_the_way / "out.file")])
    assert result.exit_code == 2
    assert result.exception is None or isinstance(result.exception, SystemExit)
    errors = [line for line in result.output.splitlines() if line.startswith("Error")]
    assert errors == [f"Error: Invalid value for '--output' / '-o': {in_the_way} is a file, not a folder"]
    assert in_the_way.read_text() == "a file, not a folder"
