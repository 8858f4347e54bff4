"""Run one query in a child process, so a time limit really stops it.

pyoxigraph cannot cancel a query: once ``Store.query`` or the next row is
asked for, Oxigraph works until it has it, whatever the thread waiting for it
does. A query with a time limit therefore runs in a forked child process that
opens the graph itself (read-only, so any number can) and streams its answer
back through a pipe in Oxigraph's own formats (SPARQL results TSV, or
N-Triples for CONSTRUCT and DESCRIBE), which the parent parses as it reads.
At the deadline the child is killed: the work stops with it, and the reader
gets :class:`~kg.sparql.QueryTimeout`.

The child is forked, not started afresh, so it costs no Python start-up or
imports (a few milliseconds, not a tenth of a second); it is forked before
this process opens the graph, and it only ever opens its own. It opens the
graph while the parent binds the query's parameters, then reads the query
(pickled: the text and its substitutions) from one pipe and writes on another
a first line ``SELECT``, ``TRIPLES`` or ``ASK true|false``, then the rows; an
error is one line on a third pipe, with exit status 1.
"""
from __future__ import annotations

import atexit
import os
import pickle
import signal
import threading
import weakref
from pathlib import Path
from typing import Iterator

import pyoxigraph as ox

from .prefixes import QUERY_PREFIXES
from .sparql import QueryError, QueryTimeout

#: The children still running, killed if this process exits first.
_RUNNING: "weakref.WeakSet[ChildQuery]" = weakref.WeakSet()


class ChildQuery:
    """A query running in a child process; iterate :meth:`rows` or :meth:`triples` once.

    ``kind`` is ``SELECT`` (with ``variables``), ``TRIPLES`` or ``ASK`` (with
    ``boolean``). Reading to the end reaps the child and raises
    :class:`QueryTimeout` if it was killed at the deadline, :class:`QueryError`
    if it failed; closing the iterator early kills it.
    """

    def __init__(self, graph: str | Path, timeout: float):
        """Fork the child at once: it opens ``graph`` while this process binds
        the query's parameters; the deadline counts from now."""
        self.timeout, self.timed_out = timeout, False
        self.kind, self.boolean, self.variables = None, None, []
        self.status: int | None = None
        request, self._request = os.pipe()
        self._answer_fd, answer = os.pipe()
        self._error_fd, error = os.pipe()
        self.pid = os.fork()
        if self.pid == 0:  # the child: never returns
            _child(str(graph), request, answer, error, (self._request, self._answer_fd, self._error_fd))
        for fd in (request, answer, error):
            os.close(fd)
        self._out = os.fdopen(self._answer_fd, "rb")
        _RUNNING.add(self)
        # the timer holds this object weakly: a cycle through it would leave the parsed rows
        # (pyoxigraph objects, freed only in the thread that made them) to the garbage collector
        self._timer = threading.Timer(timeout, _expire, (weakref.ref(self),))
        self._timer.daemon = True
        self._timer.start()

    def ask(self, text: str, substitutions: dict | None = None) -> "ChildQuery":
        """Send the query; on return, ``kind`` (and ``variables`` or ``boolean``) are known."""
        pipe, self._request = os.fdopen(self._request, "wb"), None
        try:
            with pipe:
                pickle.dump((text, substitutions), pipe)
        except BrokenPipeError:  # the child died at once: its status says why
            pass
        head = self._out.readline().decode("utf-8").split()
        if not head:
            self._finish()
            raise QueryError("the query process gave no answer")
        self.kind = head[0]
        if self.kind == "SELECT":
            self._answer = ox.parse_query_results(self._out, ox.QueryResultsFormat.TSV)
            self.variables = [v.value for v in self._answer.variables]
        elif self.kind == "ASK":
            self.boolean = head[1] == "true"
            self._finish()
        return self

    def _kill(self) -> None:
        if self.status is None:
            try:
                os.kill(self.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

    def rows(self) -> Iterator[tuple]:
        """The solutions, as tuples of pyoxigraph terms (None when unbound)."""
        return self._read(map(tuple, self._answer))

    def triples(self) -> Iterator[ox.Triple]:
        return self._read(q.triple for q in ox.parse(self._out, ox.RdfFormat.N_TRIPLES))

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
        self._kill()
        self._reap()
        self._out.close()
        self._answer = None  # the rows' parser, freed here, in the reader's thread
        for fd in (self._request, self._error_fd):
            if fd is not None:
                os.close(fd)
        self._request = self._error_fd = None
        _RUNNING.discard(self)

    def _reap(self) -> int:
        if self.status is None:
            _, status = os.waitpid(self.pid, 0)
            self.status = os.waitstatus_to_exitcode(status)
        return self.status

    def _finish(self) -> None:
        """Reap the child at the end of its output; raise if it was killed or failed."""
        self._timer.cancel()
        try:
            status = self._reap()
            error = os.read(self._error_fd, 4096).decode("utf-8", "replace").strip() if status else ""
        finally:
            self.close()
        if self.timed_out:
            raise QueryTimeout(f"the query took longer than {self.timeout:g} s (--timeout)")
        if status != 0:
            last = error.splitlines()[-1] if error else f"the query process ended with status {status}"
            if last.startswith(_UNREADABLE):
                raise QueryError(last[len(_UNREADABLE):][:300])
            raise QueryError(f"query failed: {last}")


def _expire(child: "weakref.ref[ChildQuery]") -> None:
    """At the deadline (in the timer's thread): kill the child if its query still runs."""
    query = child()
    if query is not None:
        query.timed_out = True
        query._kill()


@atexit.register
def _stop_children() -> None:
    for child in list(_RUNNING):
        child.close()


class _Unreadable(Exception):
    """The child could not open the graph (its message is the whole report)."""


#: How the child marks, on its error pipe, a graph it could not open (not a failed query).
_UNREADABLE = "unreadable graph: "


def _child(graph: str, request: int, answer: int, error: int, parents: tuple[int, ...]) -> None:
    """The child's side: open the graph, read the query, write the answer, exit.

    Nothing here returns into the parent's code (its callers, its test
    runner): the child leaves by ``os._exit`` whatever happens.
    """
    status = 1
    try:
        for fd in parents:
            os.close(fd)
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        _die_with_parent()
        from .source import GraphNotFound, open_source

        try:
            store = open_source(graph)
        except Exception as err:  # the user's file, not the query: said as every command says it
            said = str(err) if isinstance(err, GraphNotFound) else f"{graph}: cannot read graph: {err}"
            raise _Unreadable(said) from None
        with os.fdopen(answer, "wb") as out:
            status = _serve(store, os.fdopen(request, "rb"), out)
    except BrokenPipeError:  # the parent read what it wanted
        status = 0
    except BaseException as err:  # reported to the parent as one line
        said = f"{_UNREADABLE}{err}" if isinstance(err, _Unreadable) else f"{type(err).__name__}: {err}"
        os.write(error, " ".join(said.split()).encode("utf-8")[:4000])
    finally:
        os._exit(status)


def _serve(store: ox.Store, request, out) -> int:
    try:
        text, substitutions = pickle.load(request)
    except EOFError:  # the parent gave up before asking
        return 0
    answer = store.query(text, prefixes=QUERY_PREFIXES, use_default_graph_as_union=True,
                         substitutions=substitutions)
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
    return 0


def _die_with_parent() -> None:
    """Linux: have the kernel kill this child when its parent dies (even by SIGKILL)."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, int(signal.SIGKILL))  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
