"""Upload the graph to any SPARQL 1.1 Graph Store Protocol endpoint.

Fuseki (``http://host:3030/DATASET/data``), GraphDB
(``http://host:7200/repositories/REPO/rdf-graphs/service``), Virtuoso
(``http://host:8890/sparql-graph-crud``), Oxigraph (``http://host:7878/store``)…
all implement the protocol: ``PUT URL?graph=IRI`` replaces one graph,
``PUT URL?default`` the default graph.

Every upload is a PUT, so pushing again replaces what was pushed before
instead of piling up stale facts. Bodies are N-Triples sent as
``text/turtle`` (N-Triples is Turtle), which every store accepts.
"""
from __future__ import annotations

import base64
import re
import tempfile
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from typing import IO, Iterator

import pyoxigraph as ox
from rdflib import Dataset, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from .store import oxigraph_store

CONTENT_TYPE = "text/turtle; charset=utf-8"


class PushError(RuntimeError):
    """The endpoint refused an upload, or could not be reached."""


@dataclass
class PushResult:
    graphs: int = 0
    bytes: int = 0


def graph_url(endpoint: str, graph: str | None) -> str:
    """The Graph Store Protocol URL of one graph (``None``: the default graph).

    >>> graph_url("http://h/store", "https://w3id.org/newskg/id/article/a")
    'http://h/store?graph=https%3A%2F%2Fw3id.org%2Fnewskg%2Fid%2Farticle%2Fa'
    >>> graph_url("http://h/store?x=1", None)
    'http://h/store?x=1&default'
    """
    query = "default" if graph is None else "graph=" + urllib.parse.quote(graph, safe="")
    return endpoint + ("&" if "?" in endpoint else "?") + query


def _put(url: str, body: IO[bytes], size: int, auth: str | None, timeout: float) -> None:
    request = urllib.request.Request(url, data=body, method="PUT")
    request.add_header("Content-Type", CONTENT_TYPE)
    request.add_header("Content-Length", str(size))
    if auth:
        request.add_header("Authorization", "Basic " + base64.b64encode(auth.encode()).decode())
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            response.read()
    except urllib.error.HTTPError as err:
        detail = " ".join(re.sub(r"<[^>]*>", " ", err.read().decode("utf-8", "replace")).split())
        raise PushError(
            f"{url}: the endpoint answered {err.code} {err.reason}" + (f": {detail[:200]}" if detail else "")
        ) from None
    except (urllib.error.URLError, OSError) as err:
        reason = getattr(err, "reason", err)
        raise PushError(f"{url}: cannot reach the endpoint ({reason})") from None


def _graph_names(ds: Dataset) -> list[URIRef]:
    return sorted(g.identifier for g in ds.graphs() if g.identifier != DATASET_DEFAULT_GRAPH_ID)


def _write_graph(ds: Dataset, graph: URIRef | None, out: IO[bytes]) -> None:
    """N-Triples of one graph (``None``: the union of all graphs) into ``out``."""
    store = oxigraph_store(ds)
    if store is not None:  # straight from Oxigraph, without building rdflib terms
        if graph is None:
            store.query(
                "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"
            ).serialize(out, format=ox.RdfFormat.N_TRIPLES)
        else:
            store.dump(out, format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(graph))
        return
    if graph is None:
        for s, p, o, _ in ds.quads((None, None, None, None)):
            out.write(f"{s.n3()} {p.n3()} {o.n3()} .\n".encode("utf-8"))
    else:
        out.write(ds.graph(graph).serialize(format="nt", encoding="utf-8"))


def graph_payloads(ds: Dataset, per_article: bool) -> Iterator[tuple[str | None, IO[bytes], int]]:
    """(graph IRI or None, body, size) for each upload, one at a time on disk."""
    targets: list[URIRef | None] = _graph_names(ds) if per_article else [None]
    for graph in targets:
        with tempfile.TemporaryFile() as body:
            _write_graph(ds, graph, body)
            size = body.tell()
            body.seek(0)
            yield (str(graph) if graph is not None else None), body, size


def push(
    ds: Dataset,
    endpoint: str,
    *,
    per_article: bool = False,
    target: str | None = None,
    auth: str | None = None,
    timeout: float = 300.0,
) -> PushResult:
    """Upload ``ds`` to the Graph Store Protocol ``endpoint``.

    By default every triple goes into one graph: ``target`` (an IRI), or the
    endpoint's default graph. ``per_article`` uploads each named graph (one
    per article, plus the entities graph) under its own name instead, so the
    endpoint keeps the provenance. ``auth`` is ``USER:PASSWORD`` for HTTP
    Basic authentication.
    """
    if not endpoint.startswith(("http://", "https://")):
        raise PushError(f"{endpoint}: the endpoint must be an http:// or https:// URL")
    result = PushResult()
    for graph, body, size in graph_payloads(ds, per_article):
        name = graph if per_article else target
        _put(graph_url(endpoint, name), body, size, auth, timeout)
        result.graphs += 1
        result.bytes += size
    return result
