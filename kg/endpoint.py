"""The front of ``kg serve``: a small HTTP server between clients and Oxigraph.

The Oxigraph server answers SPARQL fast and cancels queries that run too
long (``--timeout-s``), but it predeclares no prefixes, runs ``SERVICE``
calls to any URL and sends every row of any answer. This front, listening on
the address the user chose, forwards SPARQL 1.1 Protocol queries to Oxigraph
on a private loopback port after:

- refusing updates ("kg serve is read-only") and ``SERVICE`` unless federation
  was allowed (:func:`kg.sparql.check_allowed`);
- declaring the prefixes ``kg query`` declares (:func:`kg.sparql.with_prefixes`);
- asking Oxigraph for a line-based format (TSV results, N-Triples graphs) and
  passing on at most ``row_limit`` rows or triples, converted by pyoxigraph to
  the format the client asked for, as they arrive (nothing is held);
- cutting Oxigraph's error messages to one readable line, with the line and
  column in the client's own query.

Clients that hang up mid-answer just end their request. ``GET /`` serves
Oxigraph's query page; nothing else is forwarded.
"""
from __future__ import annotations

import http.client
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pyoxigraph as ox

from .prefixes import QUERY_PREFIXES
from .sparql import RefusedQuery, check_allowed, declared_prefixes, short_error, with_prefixes

#: Largest query body accepted, in bytes.
MAX_BODY = 1_000_000
_RESULTS = ox.QueryResultsFormat
_DISCONNECTED = (BrokenPipeError, ConnectionResetError, ConnectionAbortedError, TimeoutError)


class LineLimit:
    """A binary reader over ``source`` that stops after ``lines`` lines."""

    def __init__(self, source, lines: int | None):
        self.source, self.left, self.pending, self.cut = source, lines, b"", False

    def read(self, size: int = -1) -> bytes:
        if self.left is not None and self.left <= 0:
            return b""
        chunk = self.pending or self.source.read(size if size and size > 0 else 65536)
        self.pending = b""
        if self.left is None or not chunk:
            return chunk
        count = chunk.count(b"\n")
        if count < self.left:
            self.left -= count
            return chunk
        end = -1
        for _ in range(self.left):
            end = chunk.index(b"\n", end + 1)
        self.left, self.cut = 0, True
        return chunk[: end + 1]


def _choose(accept: str, kinds) -> object | None:
    """The first format of ``kinds`` the ``Accept`` header allows, by preference."""
    ranked = []
    for i, part in enumerate(accept.split(",")):
        media, *params = [p.strip() for p in part.split(";")]
        q = 1.0
        for param in params:
            if param.startswith("q="):
                try:
                    q = float(param[2:])
                except ValueError:
                    pass
        ranked.append((-q, i, media.lower()))
    for _, _, media in sorted(ranked):
        if media in ("*/*", "application/*", "text/*", ""):
            return None
        found = kinds.from_media_type(media)
        if found is not None:
            return found
    return None


class Front(ThreadingHTTPServer):
    """The HTTP front; ``upstream`` is Oxigraph's ``host:port``."""

    daemon_threads = True
    request_queue_size = 64

    def __init__(self, address, upstream: str, *, allow_service=False, row_limit=None, timeout=None):
        self.upstream, self.allow_service = upstream, allow_service
        self.row_limit, self.timeout = row_limit, timeout
        super().__init__(address, Handler)


class Handler(BaseHTTPRequestHandler):
    server: Front
    protocol_version = "HTTP/1.0"  # one request per connection: answers end when the socket closes
    timeout = 60  # a client that sends nothing for a minute is dropped

    def log_message(self, *args) -> None:  # quiet: no line per request on the terminal
        pass

    # --- routes --------------------------------------------------------------

    def do_GET(self) -> None:  # noqa: N802
        url = urllib.parse.urlsplit(self.path)
        if url.path == "/query":
            fields = urllib.parse.parse_qs(url.query, keep_blank_values=True)
            self._query(fields.get("query", [""])[0], fields)
        elif url.path == "/":
            self._forward_page()
        else:
            self._fail(404, "not found: queries go to /query")

    def do_POST(self) -> None:  # noqa: N802
        url = urllib.parse.urlsplit(self.path)
        if url.path in ("/update", "/store"):
            return self._fail(403, "kg serve is read-only")
        if url.path != "/query":
            return self._fail(404, "not found: queries go to /query")
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            return self._fail(400, "bad Content-Length")
        if length > MAX_BODY:
            return self._fail(413, f"query too long (more than {MAX_BODY} bytes)")
        body = self.rfile.read(length).decode("utf-8", "replace")
        kind = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        fields = urllib.parse.parse_qs(url.query, keep_blank_values=True)
        if kind == "application/sparql-query":
            text = body
        elif kind == "application/x-www-form-urlencoded":
            form = urllib.parse.parse_qs(body, keep_blank_values=True)
            if "update" in form:
                return self._fail(403, "kg serve is read-only: updates are not accepted")
            fields.update(form)
            text = form.get("query", [""])[0]
        else:
            return self._fail(415, "send the query as application/sparql-query or a form field")
        self._query(text, fields)

    def do_PUT(self) -> None:  # noqa: N802
        """Graph Store uploads (``kg push``): refused, once the body is read so the client hears why."""
        try:
            left = int(self.headers.get("Content-Length") or 0)
            while left > 0:
                chunk = self.rfile.read(min(left, 1 << 16))
                if not chunk:
                    break
                left -= len(chunk)
        except (ValueError, *_DISCONNECTED):
            pass
        self._fail(403, "kg serve is read-only: it takes no uploads (push to a Graph Store "
                        "endpoint such as Fuseki or `oxigraph serve`)")

    do_DELETE = do_PATCH = do_PUT

    # --- queries -------------------------------------------------------------

    def _query(self, text: str, fields: dict) -> None:
        if not text.strip():
            return self._fail(400, "no query: send ?query=… (GET) or a query body (POST)")
        try:
            form = check_allowed(text, allow_service=self.server.allow_service, who="kg serve")
        except RefusedQuery as err:
            message = str(err).replace("--allow-federation", "kg serve --allow-federation")
            return self._fail(403 if "read-only" in message else 400, message)
        full = with_prefixes(text)
        added = len(set(QUERY_PREFIXES) - declared_prefixes(text))
        accept = self.headers.get("Accept") or ""
        if form in ("CONSTRUCT", "DESCRIBE"):
            wanted = _choose(accept, ox.RdfFormat) or ox.RdfFormat.TURTLE
            upstream_type = "application/n-triples"
        elif form == "ASK":
            wanted, upstream_type = _choose(accept, _RESULTS) or _RESULTS.JSON, None
        else:
            wanted = _choose(accept, _RESULTS) or _RESULTS.JSON
            upstream_type = "text/tab-separated-values"
        params = [(k, v) for k in ("default-graph-uri", "named-graph-uri") for v in fields.get(k, [])]
        host, port = self.server.upstream.rsplit(":", 1)
        connection = http.client.HTTPConnection(host, int(port), timeout=(self.server.timeout or 600) + 10)
        started = False
        try:
            connection.request(
                "POST",
                "/query" + ("?" + urllib.parse.urlencode(params) if params else ""),
                body=full.encode("utf-8"),
                headers={
                    "Content-Type": "application/sparql-query",
                    "Accept": upstream_type or wanted.media_type,
                },
            )
            answer = connection.getresponse()
            if answer.status != 200:
                raw = answer.read(65536).decode("utf-8", "replace")
                message, line, column = short_error(raw, full)
                if line:
                    message = f"line {line - added}, column {column}: {message}"
                return self._fail(answer.status if answer.status < 500 else 500, message)
            self.send_response(200)
            self.send_header("Content-Type", f"{wanted.media_type}; charset=utf-8")
            if self.server.row_limit:
                self.send_header("X-Row-Limit", str(self.server.row_limit))
            self.end_headers()
            started = True
            if upstream_type is None:  # ASK: a boolean, nothing to limit
                while chunk := answer.read(65536):
                    self.wfile.write(chunk)
            elif form in ("CONSTRUCT", "DESCRIBE"):
                triples = ox.parse(LineLimit(answer, self.server.row_limit), ox.RdfFormat.N_TRIPLES)
                ox.serialize(triples, self.wfile, wanted, prefixes=QUERY_PREFIXES)
            else:
                limit = self.server.row_limit + 1 if self.server.row_limit else None  # + header line
                solutions = ox.parse_query_results(LineLimit(answer, limit), _RESULTS.TSV)
                solutions.serialize(self.wfile, wanted)
        except _DISCONNECTED:
            pass  # the client went away (or Oxigraph did): this request is over
        except (OSError, SyntaxError, ValueError) as err:
            if not started:  # else the answer is cut short: the client sees it end early
                self._fail(502, f"the store could not answer: {' '.join(str(err).split())[:200]}")
        finally:
            connection.close()

    def _forward_page(self) -> None:
        host, port = self.server.upstream.rsplit(":", 1)
        connection = http.client.HTTPConnection(host, int(port), timeout=10)
        try:
            connection.request("GET", "/")
            answer = connection.getresponse()
            self._send(answer.status, answer.getheader("Content-Type", "text/html"), answer.read())
        except _DISCONNECTED:
            pass
        except OSError as err:
            self._fail(502, f"the store could not answer: {err}")
        finally:
            connection.close()

    def _fail(self, status: int, message: str) -> None:
        self._send(status, "text/plain; charset=utf-8", (message.strip() + "\n").encode("utf-8"))

    def _send(self, status: int, content_type: str, body: bytes) -> None:
        """One whole answer; a client that has gone away is no error."""
        try:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except _DISCONNECTED:
            pass


def start_front(host: str, port: int, upstream: str, **options) -> tuple[Front, threading.Thread]:
    """Listen on ``host:port`` in a background thread; stop with ``front.shutdown()``."""
    front = Front((host, port), upstream, **options)
    thread = threading.Thread(target=front.serve_forever, name="kg-serve-front", daemon=True)
    thread.start()
    return front, thread
