"""The ``kg serve`` front: prefixes, read-only, no federation by default, row
limit, short errors, and a bounded soak test with disconnects on loopback."""
from __future__ import annotations

import json
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

import pyoxigraph as ox
import pytest

from kg.push import PushError, push
from kg.serve import start_server
from small_graph import small_dataset


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory):
    path = tmp_path_factory.mktemp("endpoint") / "store"
    store = ox.Store(str(path))
    store.bulk_load(small_dataset().serialize(format="nquads", encoding="utf-8"), ox.RdfFormat.N_QUADS)
    p = ox.NamedNode("urn:many")
    store.bulk_extend(ox.Quad(ox.NamedNode(f"urn:n{i}"), p, ox.Literal(str(i)), ox.NamedNode("urn:g")) for i in range(500))
    store.flush()
    del store
    return path


@pytest.fixture(scope="module")
def server(store_dir):
    with start_server(store_dir, row_limit=100, timeout=5) as running:
        yield running


def ask(server, query, accept="application/sparql-results+json", method="GET"):
    if method == "GET":
        request = urllib.request.Request(server.query_url + "?" + urllib.parse.urlencode({"query": query}))
    else:
        request = urllib.request.Request(server.query_url, data=query.encode(), method="POST")
        request.add_header("Content-Type", "application/sparql-query")
    request.add_header("Accept", accept)
    try:
        with urllib.request.urlopen(request, timeout=20) as answer:
            return answer.status, answer.read().decode("utf-8"), answer.headers
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8"), err.headers


def test_kg_query_prefixes_are_predeclared(server):
    status, body, _ = ask(server, "SELECT ?label WHERE { person:lloyd-austin rdfs:label ?label }")
    assert status == 200
    assert json.loads(body)["results"]["bindings"][0]["label"]["value"] == "Lloyd Austin"


def test_a_query_declaring_its_own_prefix_keeps_it(server):
    status, body, _ = ask(server, "PREFIX nkg: <urn:other#>\nASK { ?s a nkg:Person }")
    assert status == 200 and json.loads(body)["boolean"] is False


def test_updates_get_read_only(server):
    status, body, _ = ask(server, "INSERT DATA { <urn:a> <urn:b> <urn:c> }", method="POST")
    assert status == 403 and "kg serve is read-only" in body
    request = urllib.request.Request(server.url + "/update", data=b"update=CLEAR+ALL", method="POST")
    request.add_header("Content-Type", "application/x-www-form-urlencoded")
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(request, timeout=10)
    assert err.value.code == 403


def test_a_push_to_kg_serve_is_refused_as_read_only_in_one_line(server):
    with pytest.raises(PushError) as err:
        push(small_dataset(), server.url + "/store")
    message = str(err.value)
    assert "403" in message and "kg serve is read-only: it takes no uploads" in message
    assert "\n" not in message and "<" not in message.replace("<urn", "")


def test_service_is_off_by_default(server):
    status, body, _ = ask(server, "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }")
    assert status == 400 and "--allow-federation" in body


def test_rows_are_cut_at_the_row_limit_in_every_format(server):
    query = "SELECT ?s ?o WHERE { ?s <urn:many> ?o }"
    status, body, headers = ask(server, query)
    assert status == 200 and headers["X-Row-Limit"] == "100"
    assert len(json.loads(body)["results"]["bindings"]) == 100
    status, body, _ = ask(server, query, accept="text/csv")
    assert status == 200 and len(body.strip().splitlines()) == 101  # header + 100 rows
    status, body, _ = ask(server, "CONSTRUCT WHERE { ?s <urn:many> ?o }", accept="application/n-triples")
    assert status == 200 and len(body.strip().splitlines()) == 100


def test_errors_are_one_short_line_about_the_clients_query(server):
    status, body, _ = ask(server, "SELECT ?x WHERE {\n  ?x nope:thing ?y }")
    assert status == 400
    assert body.strip().splitlines() == [body.strip()] and len(body) < 200
    assert "line 2" in body and "nope:" in body


def test_soak_thousands_of_requests_with_disconnects(server):
    """2000 requests (answers, errors, clients that hang up mid-request or
    mid-answer) from 4 threads; the server still answers at the end."""
    host, port = server.url.rsplit("//", 1)[1].rsplit(":", 1)
    many = urllib.parse.urlencode({"query": "SELECT * WHERE { ?s ?p ?o }"})
    errors = []

    def hang_up(after_request: bool) -> None:
        with socket.create_connection((host, int(port)), timeout=10) as sock:
            if after_request:
                sock.sendall(f"GET /query?{many} HTTP/1.1\r\nHost: x\r\nAccept: text/csv\r\n\r\n".encode())
                sock.recv(100)  # read the start of the answer, then hang up
            else:
                sock.sendall(b"GET /query?query=SEL")  # half a request

    def work(n: int) -> None:
        try:
            for i in range(n):
                kind = i % 4
                if kind == 0:
                    assert ask(server, "ASK { ?s ?p ?o }")[0] == 200
                elif kind == 1:
                    assert ask(server, "SELECT ?x WHERE { ?x ?y }")[0] == 400
                else:
                    hang_up(after_request=kind == 3)
        except Exception as err:  # noqa: BLE001 - reported below
            errors.append(err)

    started = time.monotonic()
    threads = [threading.Thread(target=work, args=(500,)) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=240)
    assert not errors, errors[:3]
    assert time.monotonic() - started < 240
    status, body, _ = ask(server, "SELECT (COUNT(*) AS ?n) WHERE { ?s <urn:many> ?o }")
    assert status == 200 and json.loads(body)["results"]["bindings"][0]["n"]["value"] == "500"
    assert server.process.poll() is None
