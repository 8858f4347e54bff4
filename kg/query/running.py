"""Running a query: checked (read-only, no ``SERVICE`` unless allowed), bound, and
streamed from Oxigraph, or from a child process killed at a deadline."""
from __future__ import annotations

import os
import re
import tempfile
from pathlib import PurePath

import pyoxigraph as ox

from ..prefixes import QUERY_PREFIXES
from ..source import open_source
from ..sparql import QueryError, RefusedQuery, check_allowed, short_error
from .binding import bind_params, bound_query
from .canned import Param, canned_query
from .results import QueryResult, query_result
from .stores import as_store


def check_query(text: str) -> str:
    """Parse ``text``; return its kind (SELECT, ASK…) or raise :class:`QueryError`.

    >>> check_query("ASK { ?s nkg:speaker ?o }")
    'ASK'
    """
    kind = _allowed(text, allow_service=True)
    try:
        _EMPTY.query(text, prefixes=QUERY_PREFIXES)
    except SyntaxError as err:
        raise QueryError(*short_error(str(err), text)) from None
    return kind


_EMPTY = ox.Store()


def _allowed(text: str, allow_service: bool) -> str:
    try:
        return check_allowed(text, allow_service=allow_service)
    except RefusedQuery as err:
        raise QueryError(str(err)) from None


def stream_query(
    source,
    text: str,
    params: dict[str, str] | None = None,
    declared: tuple[Param, ...] | None = None,
    *,
    limit: int | None = None,
    timeout: float | None = None,
    allow_service: bool = False,
) -> QueryResult:
    """Run the SPARQL query ``text`` over the union of the graphs of ``source``.

    ``source`` is a store or dataset (:func:`as_store`), or where a graph is
    (a path :func:`kg.source.open_source` opens). Rows are read as they are
    consumed (flat memory); ``limit`` stops after that many rows or triples
    (setting ``truncated``). With ``timeout`` (seconds) the query runs in a
    child process (:mod:`kg.query_process`) killed at the deadline, so the
    work really stops, and reading raises :class:`QueryTimeout`; a source
    given as a store is copied to a temporary file for it, so give a path
    when you can. ``params`` are bound as in :func:`bind_params`. Updates,
    and ``SERVICE`` unless ``allow_service``, raise :class:`QueryError`.
    """
    kind = _allowed(text, allow_service)
    if timeout:
        _parse(text)  # a syntax error is reported here, with its position
        return _in_child(source, text, params, declared, timeout, kind, limit)
    store = open_source(source) if isinstance(source, (str, PurePath)) else as_store(source)
    bindings = bind_params(store, params or {}, declared) if params else {}
    run, substitutions = bound_query(text, bindings)
    try:
        answer = store.query(run, prefixes=QUERY_PREFIXES, use_default_graph_as_union=True,
                             substitutions=substitutions)
    except SyntaxError as err:
        _parse(text)  # positions in what the user wrote, not in the bound query
        raise QueryError(*short_error(str(err), text)) from None
    except RuntimeError as err:
        missing = re.search(r"variable \?(\w+) in its SELECT projection", str(err))
        if missing:
            raise QueryError(
                f"parameter {missing[1]!r} binds ?{missing[1]}, which the query must SELECT"
            ) from None
        raise QueryError(f"query failed: {err}") from None
    except OSError as err:
        raise QueryError(f"query failed: {err}") from None
    if isinstance(answer, ox.QueryBoolean):
        return query_result(kind, "ASK", limit, boolean=bool(answer))
    if isinstance(answer, ox.QueryTriples):
        return query_result(kind, "TRIPLES", limit, items=answer)
    return query_result(kind, "SELECT", limit, variables=[v.value for v in answer.variables],
                   items=map(tuple, answer))


def _in_child(source, text, params, declared, timeout, kind, limit) -> QueryResult:
    """:func:`stream_query`'s answer from a child process that is killed at the deadline."""
    from ..query_process import ChildQuery

    location = source if isinstance(source, (str, PurePath)) else None
    store = copy = None
    if location is None:  # the child opens graphs by location: give it the store's quads
        store = as_store(source)
        handle, copy = tempfile.mkstemp(prefix="kg-query-", suffix=".nq")
        os.close(handle)
        store.dump(copy, ox.RdfFormat.N_QUADS)
    child = ChildQuery(location or copy, timeout)  # opens the graph while names are resolved here
    try:
        if params and store is None:
            store = open_source(location)
        bindings = bind_params(store, params, declared) if params else {}
        child.ask(*bound_query(text, bindings))
    except BaseException:
        child.close()
        raise
    finally:
        if copy:  # the child has read it once it answers (or is gone)
            os.unlink(copy)
    if child.kind == "ASK":
        return query_result(kind, "ASK", limit, boolean=child.boolean)
    if child.kind == "TRIPLES":
        return query_result(kind, "TRIPLES", limit, items=child.triples())
    return query_result(kind, "SELECT", limit, variables=child.variables, items=child.rows())


def _parse(text: str) -> None:
    """Raise :class:`QueryError` with the line and column of a syntax error in ``text``."""
    try:
        _EMPTY.query(text, prefixes=QUERY_PREFIXES)
    except SyntaxError as err:
        raise QueryError(*short_error(str(err), text)) from None


def run_query(
    source,
    text: str,
    params: dict[str, str] | None = None,
    declared: tuple[Param, ...] | None = None,
    **options,
) -> QueryResult:
    """:func:`stream_query` with every row read (``solutions`` and ``triples`` are lists).

    >>> run_query(ox.Store(), "ASK { ?s ?p ?o }").boolean
    False
    """
    result = stream_query(source, text, params, declared, **options)
    try:
        if result.triples is not None:
            result.triples = list(result.triples)
        else:
            result.solutions = list(result.solutions)
    except (SyntaxError, RuntimeError, OSError) as err:
        raise QueryError(f"query failed: {err}") from None
    return result


def run_canned(source, name: str, params: dict[str, str] | None = None, **options) -> QueryResult:
    """Run the canned query ``name``; only its declared parameters are accepted."""
    query = canned_query(name)
    return run_query(source, query.text_for(params), params, query.params, **options)
