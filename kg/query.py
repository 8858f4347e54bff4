"""Ask the graph questions in SPARQL, and print the answers.

Queries run over the union of all named graphs (one per article, plus the
entities graph), so ``?s nkg:speaker ?who`` finds every statement without a
``GRAPH`` clause; ``GRAPH ?article { … }`` still works when provenance matters.
The prefixes of :data:`kg.namespaces.PREFIXES` (nkg, id, wd, schema, rdf,
rdfs, owl, xsd, skos, prov, dcterms, foaf) are predeclared.

Canned queries are the ``kg/queries/*.rq`` files: the file name is the query's
name and its first line is ``# <one-line description>``. A query that takes a
parameter declares it in a header comment::

    # param entity: the entity the statements are about (name, key or IRI)
    # param word (text): a plain-text parameter

Parameters are passed as initial bindings of the variable of the same name
(``?entity``), never pasted into the query text, so a value cannot change
the query. A SELECT query must project the variables it takes as parameters
(Oxigraph only substitutes projected variables; :func:`run_query` checks it
for every store). An *entity* parameter (the default) is given by name and matched
against labels and aliases case- and accent-insensitively
(:func:`resolve_name`); a *text* parameter becomes a plain literal. A declared
parameter that is not given stays unbound, so ``statements-about`` without an
entity lists the statements about every entity.

All graph access goes through the rdflib ``Dataset`` API (``ds.query``), so
the store behind :func:`kg.store.load_dataset` can change freely.
"""
from __future__ import annotations

import csv
import difflib
import io
import json
import re
from dataclasses import dataclass, field
from importlib import resources

from pyparsing import ParseBaseException
from rdflib import BNode, Dataset, Graph, Literal, URIRef, Variable
from rdflib.plugins.sparql import prepareQuery

from .names import AmbiguousName, Named, NameNotFound, resolve_name  # noqa: F401 (re-exported)
from .namespaces import ID, PREFIXES

#: Output formats of SELECT and ASK results.
RESULT_FORMATS = ("table", "csv", "tsv", "json")
#: Classes whose members can be named in parameters and analytics commands.
NAMED_CLASSES = ("Person", "Organization", "Country", "Place")

_PARAM_LINE = re.compile(r"^#\s*param\s+(\w+)\s*(?:\((entity|text)\))?\s*:\s*(.*?)\s*$")


class QueryError(ValueError):
    """A query that cannot be parsed or run; ``line`` and ``column`` when known."""

    def __init__(self, message: str, line: int | None = None, column: int | None = None):
        self.line, self.column = line, column
        where = f"line {line}, column {column}: " if line else ""
        super().__init__(f"{where}{message}")


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


def parse_canned(name: str, text: str) -> CannedQuery:
    """Read a canned query's description and parameters from its header comments.

    >>> q = parse_canned("q", "# Who spoke.\\n# param entity: whom\\nSELECT * {}")
    >>> q.description, q.params[0].name, q.params[0].kind
    ('Who spoke.', 'entity', 'entity')
    """
    lines = text.splitlines()
    first = lines[0] if lines else ""
    description = first.lstrip("#").strip() if first.startswith("#") else ""
    params = []
    for line in lines:
        match = _PARAM_LINE.match(line.strip())
        if match:
            params.append(Param(match[1], match[2] or "entity", match[3]))
    return CannedQuery(name, description, text, tuple(params))


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


def entity_names(ds: Dataset) -> dict[URIRef, Named]:
    """Every actor and place of ``ds`` with its label and aliases."""
    labels: dict[URIRef, tuple[str, str]] = {}
    aliases: dict[URIRef, set[str]] = {}
    for row in run_query(ds, _NAMES_QUERY).rows:
        iri, cls = row["e"], row["class"]
        kind = cls.rsplit("#", 1)[-1]
        label = str(row["label"]) if row.get("label") is not None else None
        current = labels.get(iri)
        if current is None or (current[1] is None and label):
            labels[iri] = (kind, label)
        if row.get("alias") is not None:
            aliases.setdefault(iri, set()).add(str(row["alias"]))
    return {
        iri: Named(iri, kind, label or _local(iri), tuple(sorted(aliases.get(iri, ()))))
        for iri, (kind, label) in sorted(labels.items())
    }


def _local(iri: str) -> str:
    return iri.rstrip("/").rsplit("/", 1)[-1]


# --- running ----------------------------------------------------------------


@dataclass
class QueryResult:
    """The answer to a query: rows (SELECT), a boolean (ASK) or a graph."""

    kind: str  # SELECT, ASK, CONSTRUCT or DESCRIBE
    vars: list[str] = field(default_factory=list)
    rows: list[dict[str, object]] = field(default_factory=list)  # var -> rdflib term
    boolean: bool | None = None
    graph: Graph | None = None


def check_query(text: str) -> str:
    """Parse ``text``; return its kind (SELECT, ASK…) or raise :class:`QueryError`.

    >>> check_query("ASK { ?s nkg:speaker ?o }")
    'ASK'
    """
    return _parse(text).algebra.name.replace("Query", "").upper()


def _parse(text: str):
    try:
        return prepareQuery(text, initNs=PREFIXES)
    except ParseBaseException as err:
        found = f", found {err.found}" if getattr(err, "found", "") else ""
        raise QueryError(f"syntax error: {err.msg}{found}", err.lineno, err.col) from None
    except Exception as err:  # rdflib raises bare Exceptions, e.g. for unknown prefixes
        message = str(err) or type(err).__name__
        line, column = _position_of_prefix(text, message)
        raise QueryError(message, line, column) from None


def _has_group_by(node) -> bool:
    """Whether the algebra has an explicit GROUP BY (rdflib's ``Group`` with an ``expr``)."""
    if getattr(node, "name", None) == "Group" and node.get("expr"):
        return True
    children = node.values() if isinstance(node, dict) else node if isinstance(node, list) else ()
    return any(_has_group_by(child) for child in children)


def _position_of_prefix(text: str, message: str) -> tuple[int | None, int | None]:
    match = re.search(r"prefix\s*:\s*(\S+)", message)
    if not match:
        return None, None
    found = re.search(rf"(?<![\w:<]){re.escape(match[1])}:", text)
    if not found:
        return None, None
    before = text[: found.start()]
    return before.count("\n") + 1, found.start() - (before.rfind("\n") + 1) + 1


def bind_params(
    ds: Dataset,
    params: dict[str, str],
    declared: tuple[Param, ...] | None = None,
    names: dict[URIRef, Named] | None = None,
) -> dict[str, object]:
    """Turn ``name=value`` parameters into initial variable bindings.

    Entity parameters are resolved by :func:`resolve_name` (which may raise);
    text parameters become literals. With ``declared`` (a canned query's
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
            bindings[key] = Literal(value)
        else:
            if names is None:
                names = entity_names(ds)
            bindings[key] = resolve_name(value, names).iri
    return bindings


def run_query(
    ds: Dataset,
    text: str,
    params: dict[str, str] | None = None,
    declared: tuple[Param, ...] | None = None,
) -> QueryResult:
    """Run the SPARQL query ``text`` over the union of the graphs of ``ds``.

    ``params`` bind variables of the same name (see :func:`bind_params`).

    >>> ds = Dataset()
    >>> run_query(ds, "ASK { ?s ?p ?o }").boolean
    False
    """
    prepared = _parse(text)
    kind = prepared.algebra.name.replace("Query", "").upper()
    bindings = bind_params(ds, params or {}, declared) if params else {}
    if params and kind == "SELECT":
        projected = {str(v) for v in prepared.algebra.get("PV", [])}
        missing = sorted(set(params) - projected)
        if missing:
            raise QueryError(
                f"parameter {missing[0]!r} binds ?{missing[0]}, which the query must SELECT"
            )
    previous = ds.default_union
    ds.default_union = True  # the default graph is the union of all graphs
    try:
        result = ds.query(text, initNs=PREFIXES, initBindings=bindings)
        if kind == "ASK":
            return QueryResult(kind, boolean=bool(result.askAnswer))
        if kind in ("CONSTRUCT", "DESCRIBE"):
            graph = Graph()
            for prefix, ns in PREFIXES.items():
                graph.bind(prefix, ns, override=True, replace=True)
            for triple in result.graph:
                graph.add(triple)
            return QueryResult(kind, graph=graph)
        names = [str(v) for v in result.vars]
        rows = [{n: row.get(Variable(n)) for n in names} for row in result.bindings]
        if _has_group_by(prepared.algebra):
            # rdflib answers an explicit GROUP BY over no solutions with one
            # empty row; SPARQL says no rows.
            rows = [row for row in rows if any(v is not None for v in row.values())]
        return QueryResult(kind, vars=names, rows=rows)
    except QueryError:
        raise
    except Exception as err:
        raise QueryError(f"query failed: {err}") from None
    finally:
        ds.default_union = previous


def run_canned(ds: Dataset, name: str, params: dict[str, str] | None = None) -> QueryResult:
    """Run the canned query ``name``; only its declared parameters are accepted."""
    query = canned_query(name)
    return run_query(ds, query.text, params, query.params)


# --- formatting -------------------------------------------------------------


def format_result(result: QueryResult, fmt: str = "table", width: int = 60) -> str:
    """``result`` as text: SELECT/ASK in ``fmt``; graphs as Turtle (JSON-LD for json).

    ``width`` caps the cells of a table (0: no cap); the other formats are lossless.
    """
    if fmt not in RESULT_FORMATS:
        raise QueryError(f"unknown format {fmt!r}; choose one of {', '.join(RESULT_FORMATS)}")
    if result.graph is not None:
        if fmt in ("csv", "tsv"):
            raise QueryError(
                f"a {result.kind} query returns a graph: use --format table (Turtle) or json (JSON-LD)"
            )
        syntax = "json-ld" if fmt == "json" else "turtle"
        return result.graph.serialize(format=syntax)
    return {"table": to_table, "csv": to_csv, "tsv": to_tsv, "json": to_json}[fmt](result, width)


def short(term, width: int = 0) -> str:
    """A term as people read it: prefixed IRIs, bare literal text.

    >>> short(URIRef(ID["person/lloyd-austin"]))
    'id:person/lloyd-austin'
    """
    if term is None:
        text = ""
    elif isinstance(term, URIRef):
        text = str(term)
        for prefix, ns in PREFIXES.items():
            if text.startswith(str(ns)) and len(text) > len(str(ns)):
                text = f"{prefix}:{text[len(str(ns)):]}"
                break
    elif isinstance(term, BNode):
        text = f"_:{term}"
    else:
        text = str(term)
    text = " ".join(text.split())
    if width and len(text) > width:
        text = text[: width - 1] + "…"
    return text


def to_table(result: QueryResult, width: int = 60) -> str:
    """An aligned, plain-text table (or ``true``/``false`` for ASK)."""
    if result.kind == "ASK":
        return "true\n" if result.boolean else "false\n"
    cells = [[short(row.get(v), width) for v in result.vars] for row in result.rows]
    header = result.vars
    sizes = [max([len(h), *(len(r[i]) for r in cells)]) for i, h in enumerate(header)]
    lines = ["  ".join(h.ljust(s) for h, s in zip(header, sizes)).rstrip()]
    lines.append("  ".join("-" * s for s in sizes))
    lines += ["  ".join(c.ljust(s) for c, s in zip(row, sizes)).rstrip() for row in cells]
    count = len(result.rows)
    lines.append(f"({count} row{'s' if count != 1 else ''})")
    return "\n".join(lines) + "\n"


def to_csv(result: QueryResult, width: int = 0) -> str:
    """W3C SPARQL 1.1 CSV results: IRIs and literal values, no types."""
    if result.kind == "ASK":
        return "true\n" if result.boolean else "false\n"
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(result.vars)
    for row in result.rows:
        writer.writerow(["" if row.get(v) is None else _csv_term(row[v]) for v in result.vars])
    return out.getvalue()


def _csv_term(term) -> str:
    return f"_:{term}" if isinstance(term, BNode) else str(term)


def to_tsv(result: QueryResult, width: int = 0) -> str:
    """W3C SPARQL 1.1 TSV results: terms in Turtle syntax, ``?var`` header."""
    if result.kind == "ASK":
        return "true\n" if result.boolean else "false\n"
    lines = ["\t".join(f"?{v}" for v in result.vars)]
    for row in result.rows:
        lines.append("\t".join(_tsv_term(row.get(v)) for v in result.vars))
    return "\n".join(lines) + "\n"


def _tsv_term(term) -> str:
    if term is None:
        return ""
    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    escaped = (
        str(term)
        .replace("\\", "\\\\")
        .replace('"', '\\"')
        .replace("\n", "\\n")
        .replace("\r", "\\r")
        .replace("\t", "\\t")
    )
    if term.language:
        return f'"{escaped}"@{term.language}'
    if term.datatype:
        return f'"{escaped}"^^<{term.datatype}>'
    return f'"{escaped}"'


def to_json(result: QueryResult, width: int = 0) -> str:
    """W3C SPARQL 1.1 Query Results JSON."""
    if result.kind == "ASK":
        data = {"head": {}, "boolean": bool(result.boolean)}
    else:
        data = {
            "head": {"vars": result.vars},
            "results": {
                "bindings": [
                    {v: _json_term(row[v]) for v in result.vars if row.get(v) is not None}
                    for row in result.rows
                ]
            },
        }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _json_term(term) -> dict:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    out = {"type": "literal", "value": str(term)}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype:
        out["datatype"] = str(term.datatype)
    return out
