"""What every ``kg`` command shares (kg/cli/common.py): closed pipes and output files."""
from __future__ import annotations

import subprocess
import sys

import pytest

from kg.export import export
from small_graph import small_dataset


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("small") / "graph.trig"
    export(small_dataset(), path)
    return str(path)


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
