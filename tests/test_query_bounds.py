"""``kg query`` and ``kg serve`` keep a query in bounds with the same options, defined once
(``kg.cli.common.query_bounds``): --timeout, --limit (or --row-limit), --allow-federation."""
from __future__ import annotations

import click
import pytest
from click.testing import CliRunner

import kg.cli.serve
from kg.cli import main
from kg.serve import ServeError

BOUNDS = ("timeout", "limit", "allow_federation")


def _options(name: str) -> dict[str, click.Option]:
    command = main.get_command(click.Context(main), name)
    return {p.name: p for p in command.params if p.name in BOUNDS}


def test_query_and_serve_take_the_same_bound_options():
    query, serve = _options("query"), _options("serve")
    assert set(query) == set(serve) == set(BOUNDS)
    for name in BOUNDS:
        assert query[name].opts == serve[name].opts, name
        assert type(query[name].type) is type(serve[name].type), name
    assert query["limit"].opts == ["--limit", "--row-limit"]
    # each command keeps its own defaults: a shared endpoint answers less than a terminal waits for
    assert query["timeout"].default > serve["timeout"].default
    assert query["limit"].default > serve["limit"].default


@pytest.mark.parametrize("option", ["--limit", "--row-limit"])
def test_query_row_limit_under_either_name_cuts_the_answer(graph_file, option):
    query = "SELECT ?s WHERE { ?s a nkg:Statement }"
    result = CliRunner().invoke(main, ["query", query, "-g", graph_file, "--format", "csv", option, "1"])
    assert result.exit_code == 0, result.output
    assert len(result.stdout.strip().splitlines()) == 1 + 1  # header and the one row kept
    assert "stopped at 1 rows (--limit)" in result.stderr


@pytest.mark.parametrize("args, expected", [
    (["--limit", "7", "--timeout", "12"], {"row_limit": 7, "timeout": 12.0, "allow_federation": False}),
    (["--row-limit", "0", "--timeout", "0", "--allow-federation"],
     {"row_limit": None, "timeout": None, "allow_federation": True}),  # 0: no limit, never
])
def test_serve_passes_the_bounds_to_the_server(monkeypatch, tmp_path, args, expected):
    seen = {}

    def start_server(store, **options):
        seen.update({k: options[k] for k in expected})
        raise ServeError("not started in this test")

    monkeypatch.setattr(kg.cli.serve, "store_to_serve", lambda path: tmp_path)
    monkeypatch.setattr(kg.cli.serve, "start_server", start_server)
    result = CliRunner().invoke(main, ["serve", *args])
    assert result.exit_code == 1 and "not started in this test" in result.output
    assert seen == expected
