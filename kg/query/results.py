"""The answer to a query, read lazily: one shape whether its rows come from this
process or from a child killed at a deadline (:mod:`kg.query_process`)."""
from __future__ import annotations

import weakref
from dataclasses import dataclass, field
from typing import Iterable, Iterator

import pyoxigraph as ox

from .terms import plain


@dataclass
class QueryResult:
    """The answer to a query: rows (SELECT), a boolean (ASK) or triples (CONSTRUCT, DESCRIBE).

    ``solutions`` and ``triples`` hold pyoxigraph terms; from :func:`stream_query`
    they are one-shot iterators, from :func:`run_query` lists. ``truncated`` says
    the row limit cut the answer short.
    """

    kind: str  # SELECT, ASK, CONSTRUCT or DESCRIBE
    vars: list[str] = field(default_factory=list)
    solutions: Iterable[tuple] = ()
    boolean: bool | None = None
    triples: Iterable[ox.Triple] | None = None
    truncated: bool = False

    @property
    def rows(self) -> list[dict[str, object]]:
        """The rows as ``{var: plain value or None}`` (materialises the solutions)."""
        if not isinstance(self.solutions, list):
            self.solutions = list(self.solutions)
        return [{v: plain(t) for v, t in zip(self.vars, row)} for row in self.solutions]

    @property
    def graph(self) -> list[tuple]:
        """The triples of a graph result as plain values."""
        if self.triples is None:
            return []
        if not isinstance(self.triples, list):
            self.triples = list(self.triples)
        return [(plain(t.subject), plain(t.predicate), plain(t.object)) for t in self.triples]


def query_result(kind: str | None, answer: str, limit: int | None, *, boolean: bool | None = None,
            variables: list[str] | None = None, items: Iterator | None = None) -> QueryResult:
    """The :class:`QueryResult` for an ``answer`` (``ASK``, ``TRIPLES`` or ``SELECT``)
    to a query of form ``kind``, reading ``items`` lazily up to ``limit``:
    one shape whether the rows come from this process or from a child."""
    if answer == "ASK":
        return QueryResult("ASK", boolean=boolean)
    if answer == "TRIPLES":
        result = QueryResult(kind if kind in ("CONSTRUCT", "DESCRIBE") else "CONSTRUCT")
        result.triples = _limited(items, limit, result)
        return result
    result = QueryResult("SELECT", vars=variables or [])
    result.solutions = _limited(items, limit, result)
    return result


def _limited(items: Iterator, limit: int | None, result: QueryResult) -> Iterator:
    """``items`` up to ``limit``, setting ``result.truncated`` when more were left.

    The result is held weakly: it holds this generator, and a reference cycle
    would leave a stream dropped unread to the cyclic garbage collector, which
    may run in any thread, while pyoxigraph's rows must be freed in the thread
    that made them.
    """
    result = weakref.ref(result)
    if not limit:
        yield from items
        return
    for count, item in enumerate(items, 1):
        yield item
        if count >= limit:
            truncated = next(items, None) is not None
            if (alive := result()) is not None:
                alive.truncated = truncated
            if hasattr(items, "close"):  # stops a child process at once
                items.close()
            return
