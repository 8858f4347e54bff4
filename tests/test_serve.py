"""`kg serve`: the store answers SPARQL 1.1 Protocol queries over HTTP."""
from __future__ import annotations

import csv
import io
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner
from SPARQLWrapper import CSV, JSON, POST, XML, SPARQLWrapper

from kg.cli import main
from kg.serve import ServeError, free_port, start_server, store_to_serve
from kg.store import load_dataset

COUNT_ARTICLES = """
PREFIX nkg: <https://w3id.org/newskg/ontology#>
SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a nkg:Article }
"""


@pytest.fixture(scope="module")
def server(seeds_build):
    with start_server(store_to_serve(seeds_build.out_dir)) as running:
        yield running


def _client(server, fmt=JSON):
    client = SPARQLWrapper(server.query_url)
    client.setTimeout(20)
    client.setReturnFormat(fmt)
    return client


def test_endpoint_answers_sparqlwrapper_over_http(server):
    client = _client(server)
    client.setQuery(COUNT_ARTICLES)
    rows = client.queryAndConvert()["results"]["bindings"]
    assert int(rows[0]["n"]["value"]) == 5


def test_endpoint_answers_post_and_negotiates_xml(server):
    client = _client(server, XML)
    client.setMethod(POST)
    client.setQuery(COUNT_ARTICLES)
    document = client.queryAndConvert()
    assert document.getElementsByTagName("literal")[0].firstChild.data == "5"


def test_endpoint_answers_like_the_store(server, seeds_build):
    query = "SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }"
    client = _client(server, CSV)
    client.setQuery(query)
    over_http = list(csv.reader(io.StringIO(client.queryAndConvert().decode("utf-8"))))
    ds = load_dataset(seeds_build.out_dir)
    assert over_http[0] == ["s", "p", "o"]
    assert len(over_http) - 1 == len(list(ds.query(query)))


def test_endpoint_is_read_only(server):
    body = urllib.parse.urlencode({"update": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"}).encode()
    request = urllib.request.Request(server.url + "/update", data=body, method="POST")
    request.add_header("Content-Type", "application/x-www-form-urlencoded")
    with pytest.raises(urllib.error.HTTPError):
        urllib.request.urlopen(request, timeout=10)


def test_serving_an_rdf_file_is_a_clear_error(seeds_build):
    result = CliRunner().invoke(main, ["serve", "-g", str(seeds_build.out_dir / "graph.trig")])
    assert result.exit_code == 1 and "not a store" in result.output


def test_busy_port_is_a_clear_error(server, seeds_build):
    port = int(server.url.rsplit(":", 1)[1])
    with pytest.raises(ServeError):
        start_server(store_to_serve(seeds_build.out_dir), port=port, wait=10)


def test_kg_serve_command_serves_until_stopped(seeds_build):
    port = free_port()
    kg = Path(sys.executable).parent / "kg"
    process = subprocess.Popen(
        [str(kg), "serve", "-g", str(seeds_build.out_dir), "--port", str(port)],
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                client = SPARQLWrapper(f"http://127.0.0.1:{port}/query")
                client.setReturnFormat(JSON)
                client.setTimeout(5)
                client.setQuery(COUNT_ARTICLES)
                rows = client.queryAndConvert()["results"]["bindings"]
                break
            except Exception:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise
                time.sleep(0.2)
        assert int(rows[0]["n"]["value"]) == 5
        time.sleep(0.5)  # let kg print its banner (the server may answer first)
    finally:
        process.terminate()
        process.wait(timeout=15)
    assert b"SPARQL endpoint: http://127.0.0.1" in process.stderr.read()
    # stopping kg stopped the Oxigraph server it started
    with pytest.raises(Exception):
        urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5)
