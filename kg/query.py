"""Ask the graph questions in SPARQL, and get the answers as they come.

Every read command runs its SPARQL here, on Oxigraph through pyoxigraph:
a build's store opened read-only, or a ``--graph`` file loaded into an
in-memory store (:func:`kg.store.open_source`). Queries run over the union of
all named graphs (one per article, plus the entities graph), so
``?s nkg:speaker ?who`` finds every statement without a ``GRAPH`` clause;
``GRAPH ?article { … }`` still works when provenance matters. The prefixes of
:data:`kg.prefixes.QUERY_PREFIXES` are predeclared: the vocabularies (nkg, id,
wd, schema, rdf, rdfs, owl, xsd, skos, prov, dcterms, foaf) and one per kind of
resource (person, org, country, place, article, statement, deployment, graph).

Canned queries are the ``kg/queries/*.rq`` files: the file name is the query's
name and its first line is ``# <one-line description>``, in English; a line
``# fr: <description>`` gives it in French (``kg query --list`` prints the
run's language). A query that takes a parameter declares it in a header
comment::

    # param entity: the entity the statements are about (name, key or IRI)
    # param word (text): a plain-text parameter

Parameters are bound as an inline ``VALUES`` opening the WHERE group
(:func:`bound_query`), written from pyoxigraph terms, never from the user's
text, so a value cannot change the query; Oxigraph starts its joins from them,
so its indexes serve them. An *entity* parameter (the default) is given by name
and matched against labels and aliases case- and accent-insensitively
(:func:`resolve_name`); a *text* parameter becomes a plain literal. A declared
parameter that is not given stays unbound, so ``statements-about`` without an
entity lists the statements about every entity.

Rows come out as pyoxigraph terms (:attr:`QueryResult.solutions`, for the
formatters of :mod:`kg.output`) or as plain Python values
(:attr:`QueryResult.rows`: :class:`IRI` and :class:`BlankNode` strings, ``int``,
``float``, ``bool`` or ``str``). Updates are refused ("kg query is read-only")
and so is ``SERVICE`` unless federation is allowed.
"""
from __future__ import annotations

import difflib
import os
import re
import tempfile
import weakref
from dataclasses import dataclass, field
from pathlib import PurePath
from importlib import resources
from typing import Iterable, Iterator

import pyoxigraph as ox

from .i18n import current
from .names import AmbiguousName, Named, NameNotFound, resolve_name  # noqa: F401 (re-exported)
from .prefixes import ID, QUERY_PREFIXES, expand, local_name
from .source import open_source
from .sparql import QueryError, QueryTimeout, RefusedQuery, check_allowed, inline_values, short_error  # noqa: F401

_FRENCH_LINE = re.compile(r"^#\s*fr\s*:\s*(.*?)\s*$")
_PARAM_LINE = re.compile(r"^#\s*param\s+(\w+)\s*(?:\((entity|text)\))?\s*:\s*(.*?)\s*$")


class IRI(str):
    """An IRI in a result row: a ``str``, so it compares equal to its text."""

    __slots__ = ()


class BlankNode(str):
    """A blank node's identifier in a result row."""

    __slots__ = ()


# --- canned queries ---------------------------------------------------------


@dataclass(frozen=True)
class Param:
    name: str
    kind: str  # "entity" or "text"
    description: str


@dataclass(frozen=True)
class CannedQuery:
    name: str
    description: str
    text: str
    params: tuple[Param, ...] = ()
    description_fr: str = ""  # its ``# fr:`` line, if any

    def describe(self, lang: str | None = None) -> str:
        """The description in ``lang`` (default: the run's language), else the English one."""
        return self.description_fr if (lang or current()) == "fr" and self.description_fr else self.description


def parse_canned(name: str, text: str) -> CannedQuery:
    """Read a canned query's description and parameters from its header comments.

    >>> q = parse_canned("q", "# Who spoke.\\n# param entity: whom\\nSELECT * {}")
    >>> q.description, q.params[0].name, q.params[0].kind
    ('Who spoke.', 'entity', 'entity')
    >>> parse_canned("q", "# Who spoke.\\n# fr: Qui a parlé.\\nSELECT * {}").describe("fr")
    'Qui a parlé.'
    """
    lines = text.splitlines()
    first = lines[0] if lines else ""
    description = first.lstrip("#").strip() if first.startswith("#") else ""
    params, french = [], ""
    for line in lines:
        match = _PARAM_LINE.match(line.strip())
        if match:
            params.append(Param(match[1], match[2] or "entity", match[3]))
        elif not french and (match := _FRENCH_LINE.match(line.strip())):
            french = match[1]
    return CannedQuery(name, description, text, tuple(params), french)


def canned_queries() -> dict[str, CannedQuery]:
    """The canned queries shipped in ``kg/queries/``, by name, sorted."""
    folder = resources.files("kg.queries")
    found = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".rq") and entry.is_file():
            name = entry.name[: -len(".rq")]
            found[name] = parse_canned(name, entry.read_text(encoding="utf-8"))
    return found


def canned_query(name: str) -> CannedQuery:
    queries = canned_queries()
    if name not in queries:
        close = difflib.get_close_matches(name, queries, n=3)
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        raise QueryError(f"no canned query named {name!r}{hint} (see `kg query --list`)")
    return queries[name]


# --- names ------------------------------------------------------------------


_NAMES_QUERY = """
SELECT ?e ?class ?label ?alias WHERE {
  VALUES ?class { nkg:Person nkg:Organization nkg:Country nkg:Place }
  ?e a ?class .
  OPTIONAL { ?e rdfs:label ?label }
  OPTIONAL { ?e skos:altLabel ?alias }
}"""
_ALIAS = "OPTIONAL { ?e skos:altLabel ?alias }"


def entity_names(source, with_aliases: bool = True) -> dict[str, Named]:
    """Every actor and place of ``source`` (a store or dataset) with its label and aliases
    (none read when not ``with_aliases``: a third fewer rows, for what matches no name)."""
    labels: dict[str, tuple[str, str]] = {}
    aliases: dict[str, set[str]] = {}
    text = _NAMES_QUERY if with_aliases else _NAMES_QUERY.replace(_ALIAS, "").replace("?alias WHERE", "WHERE")
    rows = as_store(source).query(text, prefixes=QUERY_PREFIXES, use_default_graph_as_union=True)
    for entity, cls, found, *alias in rows:  # terms read straight: a row per label and alias
        alias = alias[0] if alias else None
        iri = IRI(entity.value)
        kind = cls.value.rsplit("#", 1)[-1]
        label = found.value if found is not None else None
        current = labels.get(iri)
        if current is None or (current[1] is None and label):
            labels[iri] = (kind, label)
        if alias is not None:
            aliases.setdefault(iri, set()).add(alias.value)
    return {
        iri: Named(iri, kind, label or local_name(iri), tuple(sorted(aliases.get(iri, ()))))
        for iri, (kind, label) in sorted(labels.items())
    }


# --- sources ----------------------------------------------------------------


def as_store(source) -> ox.Store:
    """The pyoxigraph store to query for ``source``.

    ``source`` is a :class:`pyoxigraph.Store` (what :func:`kg.store.open_source`
    gives), an rdflib Dataset over Oxigraph (its store), or an rdflib graph in
    memory, copied into an in-memory store (for tests and library callers).
    """
    if isinstance(source, ox.Store):
        return source
    inner = getattr(getattr(source, "store", None), "_inner", None)
    if isinstance(inner, ox.Store):
        return inner
    store = ox.Store()
    data = source.serialize(format="nquads" if hasattr(source, "quads") else "nt", encoding="utf-8")
    store.bulk_load(data, ox.RdfFormat.N_QUADS)
    return store


# --- running ----------------------------------------------------------------


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


_XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGERS = {
    _XSD + t
    for t in (
        "integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
        "nonPositiveInteger", "negativeInteger", "unsignedLong", "unsignedInt",
        "unsignedShort", "unsignedByte",
    )
}
_FLOATS = {_XSD + "decimal", _XSD + "double", _XSD + "float"}


def plain(term):
    """A pyoxigraph term as a plain Python value: :class:`IRI`, :class:`BlankNode`,
    ``int``/``float``/``bool`` for numbers and booleans, else the lexical ``str``.

    >>> plain(ox.Literal("12", datatype=ox.NamedNode(_XSD + "integer")))
    12
    >>> plain(ox.NamedNode("https://w3id.org/newskg/id/person/x")) == "https://w3id.org/newskg/id/person/x"
    True
    """
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return IRI(term.value)
    if isinstance(term, ox.BlankNode):
        return BlankNode(term.value)
    if isinstance(term, ox.Literal):
        return typed_value(term.value, term.datatype.value)
    return str(term)


def typed_value(value: str, datatype: str):
    """The literal ``value`` of ``datatype`` (an IRI) as :func:`plain` gives it."""
    try:
        if datatype in _INTEGERS:
            return int(value)
        if datatype in _FLOATS:
            return float(value)
        if datatype == _XSD + "boolean":
            return value in ("true", "1")
    except ValueError:
        pass
    return value


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


def bind_params(
    source,
    params: dict[str, str],
    declared: tuple[Param, ...] | None = None,
    names: dict[str, Named] | None = None,
) -> dict[str, object]:
    """Turn ``name=value`` parameters into pyoxigraph terms to substitute.

    Entity parameters are resolved by :func:`resolve_name` (which may raise);
    text parameters become plain literals. With ``declared`` (a canned query's
    parameters) other names are refused; without it (an ad-hoc query) every
    parameter is an entity.
    """
    kinds = {p.name: p.kind for p in declared or ()}
    if declared is not None:
        unknown = sorted(set(params) - set(kinds))
        if unknown:
            takes = f"takes {', '.join(sorted(kinds))}" if kinds else "takes no parameters"
            raise QueryError(f"unknown parameter {unknown[0]!r}: this query {takes}")
    bindings: dict[str, object] = {}
    for key, value in params.items():
        if kinds.get(key, "entity") == "text":
            bindings[key] = ox.Literal(value)
        else:
            known = known_iri(source, value) if names is None else None
            if known is None:
                if names is None:
                    names = entity_names(source)
                known = resolve_name(value, names).iri
            bindings[key] = ox.NamedNode(known)
    return bindings


_IS_NAMED = """ASK { VALUES ?class { nkg:Person nkg:Organization nkg:Country nkg:Place }
                 ?e a ?class }"""


def known_iri(source, value: str) -> str | None:
    """The IRI a key (``person/x``), prefixed name (``person:x``) or IRI names,
    if it is an actor or place:
    resolve_name's first step, asked of the store without loading every name."""
    wanted = value.strip().strip("<>")
    iri = expand(wanted)
    if iri is None:
        if "/" not in wanted or any(c in wanted for c in ' <>"{}|^`\\'):
            return None
        iri = wanted if "://" in wanted else ID + wanted
    try:
        term = ox.NamedNode(iri)
    except ValueError:
        return None
    text, substitutions = bound_query(_IS_NAMED, {"e": term})
    found = as_store(source).query(text, prefixes=QUERY_PREFIXES, substitutions=substitutions,
                                   use_default_graph_as_union=True)
    return iri if bool(found) else None


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
        return _result(kind, "ASK", limit, boolean=bool(answer))
    if isinstance(answer, ox.QueryTriples):
        return _result(kind, "TRIPLES", limit, items=answer)
    return _result(kind, "SELECT", limit, variables=[v.value for v in answer.variables],
                   items=map(tuple, answer))


def _in_child(source, text, params, declared, timeout, kind, limit) -> QueryResult:
    """:func:`stream_query`'s answer from a child process that is killed at the deadline."""
    from .query_process import ChildQuery

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
        return _result(kind, "ASK", limit, boolean=child.boolean)
    if child.kind == "TRIPLES":
        return _result(kind, "TRIPLES", limit, items=child.triples())
    return _result(kind, "SELECT", limit, variables=child.variables, items=child.rows())


def _result(kind: str | None, answer: str, limit: int | None, *, boolean: bool | None = None,
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


def _parse(text: str) -> None:
    """Raise :class:`QueryError` with the line and column of a syntax error in ``text``."""
    try:
        _EMPTY.query(text, prefixes=QUERY_PREFIXES)
    except SyntaxError as err:
        raise QueryError(*short_error(str(err), text)) from None


def bound_query(text: str, bindings: dict[str, object]) -> tuple[str, dict | None]:
    """The query to run for ``text`` with ``bindings``, and the substitutions left.

    Bindings are inlined as ``VALUES`` opening the WHERE group
    (:func:`kg.sparql.inline_values`: the terms are pyoxigraph's own escaped
    syntax), which lets Oxigraph plan its joins from them; a query without a
    WHERE group gets them as SEP-0007 substitutions instead.
    """
    if not bindings:
        return text, None
    inlined = inline_values(text, {name: str(term) for name, term in bindings.items()})
    if inlined is not None:
        return inlined, None
    return text, {ox.Variable(name): term for name, term in bindings.items()}


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
    return run_query(source, query.text, params, query.params, **options)


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


# the formatters live in kg.output; these names stay importable from here
from .output import RESULT_FORMATS, OutputError, format_result, short, write_result  # noqa: E402,F401
