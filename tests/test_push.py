"""`kg push`: the graph round-trips through a SPARQL 1.1 Graph Store Protocol endpoint."""
from __future__ import annotations

import urllib.request

import pytest
from click.testing import CliRunner
from rdflib import Graph
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from kg.cli import main
from kg.push import PushError, graph_url, push
from kg.serve import free_port, start_server
from kg.store import load_dataset


@pytest.fixture
def endpoint():
    """An empty, in-memory, read-write Oxigraph server on the loopback."""
    with start_server(None, read_only=False, union=False) as server:
        yield server


def _fetch(server, graph: str | None) -> Graph:
    request = urllib.request.Request(graph_url(server.store_url, graph))
    request.add_header("Accept", "application/n-triples")
    with urllib.request.urlopen(request, timeout=20) as response:
        return Graph().parse(data=response.read(), format="nt")


def _triples(graph) -> set:
    return set(graph.triples((None, None, None)))


def test_push_per_article_round_trips_every_graph(endpoint, seeds_build):
    ds = load_dataset(seeds_build.out_dir)
    result = push(ds, endpoint.store_url, per_article=True)
    names = sorted(g.identifier for g in ds.graphs() if g.identifier != DATASET_DEFAULT_GRAPH_ID)
    assert result.graphs == len(names) == 6  # 5 articles + entities
    for name in names:
        assert _triples(_fetch(endpoint, str(name))) == _triples(ds.graph(name))


def test_push_into_one_graph_round_trips_the_union(endpoint, seeds_build):
    ds = load_dataset(seeds_build.out_dir)
    push(ds, endpoint.store_url)
    union = {(s, p, o) for s, p, o, _ in ds.quads((None, None, None, None))}
    assert _triples(_fetch(endpoint, None)) == union


def test_push_again_replaces_instead_of_piling_up(endpoint, seeds_build):
    ds = load_dataset(seeds_build.out_dir / "graph.trig")  # an RDF file works too
    target = "https://example.org/graph/news"
    push(ds, endpoint.store_url, target=target)
    push(ds, endpoint.store_url, target=target)
    assert len(_fetch(endpoint, target)) == len({t[:3] for t in ds.quads()})


def test_cli_push_round_trips(endpoint, seeds_build):
    result = CliRunner().invoke(
        main, ["push", "-e", endpoint.store_url, "--graph-per-article", "-g", str(seeds_build.out_dir)]
    )
    assert result.exit_code == 0, result.output
    assert "pushed 6 graph(s)" in result.output


def test_unreachable_endpoint_is_a_one_line_error(seeds_build):
    url = f"http://127.0.0.1:{free_port()}/store"
    result = CliRunner().invoke(main, ["push", "-e", url, "-g", str(seeds_build.out_dir)])
    assert result.exit_code == 1
    assert "cannot reach the endpoint" in result.output and "Traceback" not in result.output


def test_endpoint_refusal_is_reported(endpoint, seeds_build):
    with pytest.raises(PushError, match="answered 4"):
        push(load_dataset(seeds_build.out_dir), endpoint.url + "/no-such-service")
