"""Run one query in a child process, so a time limit really stops it.

pyoxigraph cannot cancel a query: once ``Store.query`` or the next row is
asked for, Oxigraph works until it has it, whatever the thread waiting for it
does. A query with a time limit therefore runs in a child Python process that
opens the graph itself (read-only, so any number can) and streams its answer
back in Oxigraph's own formats (SPARQL results TSV, or N-Triples for
CONSTRUCT and DESCRIBE), which the parent parses as it reads. At the
deadline the child is killed: the work stops with it, and the reader gets
:class:`~kg.query.QueryTimeout`.

The protocol: the graph's location as the child's argument (it opens it
while the parent binds parameters); on its stdin, one JSON object ``{"query":
text, "substitutions": {name: [kind, value]}}``; on its stdout: a
first line ``SELECT``, ``TRIPLES`` or ``ASK true|false``, then the rows; on
its stderr, a one-line error, with exit status 1.
"""
from __future__ import annotations

import atexit
import json
import subprocess
import sys
import threading
import weakref
from pathlib import Path
from typing import Iterator

import pyoxigraph as ox

from .prefixes import QUERY_PREFIXES
from .sparql import QueryError, QueryTimeout

#: The children still running, killed if this process exits first.
_RUNNING: "weakref.WeakSet[ChildQuery]" = weakref.WeakSet()


def _term(kind: str, value: str):
    return ox.NamedNode(value) if kind == "iri" else ox.Literal(value)


def encode_terms(substitutions: dict | None) -> dict[str, list[str]]:
    """Substitutions (variable -> NamedNode or plain Literal) as JSON."""
    return {
        (v.value if isinstance(v, ox.Variable) else v): ["iri" if isinstance(t, ox.NamedNode) else "literal", t.value]
        for v, t in (substitutions or {}).items()
    }


class ChildQuery:
    """A query running in a child process; iterate :meth:`rows` or :meth:`triples` once.

    ``kind`` is ``SELECT`` (with ``variables``), ``TRIPLES`` or ``ASK`` (with
    ``boolean``). Reading to the end reaps the child and raises
    :class:`QueryTimeout` if it was killed at the deadline, :class:`QueryError`
    if it failed; closing the iterator early kills it.
    """

    def __init__(self, graph: str | Path, timeout: float):
        """Start the child at once: it opens ``graph`` while this process binds
        the query's parameters; the deadline counts from now."""
        self.timeout, self.timed_out = timeout, False
        self.kind, self.boolean, self.variables = None, None, []
        self.process = subprocess.Popen(
            [sys.executable, "-m", __name__, str(graph)], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )
        _RUNNING.add(self)
        self._timer = threading.Timer(timeout, self._expire)
        self._timer.daemon = True
        self._timer.start()

    def ask(self, text: str, substitutions: dict | None = None) -> "ChildQuery":
        """Send the query; on return, ``kind`` (and ``variables`` or ``boolean``) are known."""
        request = {"query": text, "substitutions": encode_terms(substitutions)}
        try:
            self.process.stdin.write(json.dumps(request).encode("utf-8"))
            self.process.stdin.close()
        except BrokenPipeError:  # the child died at once: its status says why
            pass
        head = self.process.stdout.readline().decode("utf-8").split()
        if not head:
            self._finish()
            raise QueryError("the query process gave no answer")
        self.kind = head[0]
        self.boolean = head[1] == "true" if self.kind == "ASK" else None
        if self.kind == "SELECT":
            self._answer = ox.parse_query_results(self.process.stdout, ox.QueryResultsFormat.TSV)
            self.variables = [v.value for v in self._answer.variables]
        elif self.kind == "ASK":
            self._finish()
        return self

    @property
    def pid(self) -> int:
        return self.process.pid

    def _expire(self) -> None:
        self.timed_out = True
        self.process.kill()

    def rows(self) -> Iterator[tuple]:
        """The solutions, as tuples of pyoxigraph terms (None when unbound)."""
        return self._read(map(tuple, self._answer))

    def triples(self) -> Iterator[ox.Triple]:
        return self._read(q.triple for q in ox.parse(self.process.stdout, ox.RdfFormat.N_TRIPLES))

    def _read(self, items: Iterator) -> Iterator:
        try:
            yield from items
        except SyntaxError:  # the output was cut: the child was killed or failed
            pass
        except GeneratorExit:  # the reader stopped early
            self.close()
            raise
        self._finish()

    def close(self) -> None:
        """Stop the child if it still runs, and reap it."""
        self._timer.cancel()
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        for pipe in (self.process.stdout, self.process.stderr):
            pipe.close()
        _RUNNING.discard(self)

    def _finish(self) -> None:
        """Reap the child at the end of its output; raise if it was killed or failed."""
        self._timer.cancel()
        try:
            status = self.process.wait()
            error = self.process.stderr.read().decode("utf-8", "replace").strip()
        finally:
            self.close()
        if self.timed_out:
            raise QueryTimeout(f"the query took longer than {self.timeout:g} s (--timeout)")
        if status != 0:
            last = error.splitlines()[-1] if error else f"the query process ended with status {status}"
            raise QueryError(f"query failed: {last}")


@atexit.register
def _stop_children() -> None:
    for child in list(_RUNNING):
        child.close()


def _die_with_parent() -> None:
    """Linux: have the kernel kill this child when its parent dies (even by SIGKILL)."""
    try:
        import ctypes
        import signal

        ctypes.CDLL(None, use_errno=True).prctl(1, int(signal.SIGKILL))  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _serve() -> int:
    """The child's side: read the request, answer on stdout."""
    from .source import open_source

    _die_with_parent()
    out = sys.stdout.buffer
    try:
        store = open_source(sys.argv[1])
        request = json.loads(sys.stdin.buffer.read())
        if not request:  # the parent gave up before asking
            return 0
        substitutions = {ox.Variable(name): _term(*term) for name, term in request["substitutions"].items()}
        answer = store.query(request["query"], prefixes=QUERY_PREFIXES, use_default_graph_as_union=True,
                             substitutions=substitutions or None)
        if isinstance(answer, ox.QueryBoolean):
            out.write(f"ASK {'true' if answer else 'false'}\n".encode())
        elif isinstance(answer, ox.QueryTriples):
            out.write(b"TRIPLES\n")
            out.flush()
            answer.serialize(out, ox.RdfFormat.N_TRIPLES)
        else:
            out.write(b"SELECT\n")
            out.flush()
            answer.serialize(out, ox.QueryResultsFormat.TSV)
        out.flush()
    except BrokenPipeError:  # the parent read what it wanted
        return 0
    except Exception as err:  # reported to the parent as one line
        print(" ".join(f"{type(err).__name__}: {err}".split()), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(_serve())
