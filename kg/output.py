"""Print query answers: an aligned table, W3C CSV, TSV or JSON results, Turtle.

One place decides how results look. Tables fit the terminal (:func:`kg.terminal.table_width`;
``--wide`` for every character), numbers are right-aligned, and long answers
are paged on an interactive terminal (:class:`kg.terminal.paged`), like ``git log``. Every writer streams: rows are written as
they are read, so a 100 000-row answer prints with flat memory (the table
aligns its columns on the first :data:`kg.terminal.TABLE_BLOCK` rows). Text from articles
may hold terminal escape sequences: control characters are dropped from the
table and CSV, escaped in TSV and JSON, so nothing an article says can drive
the terminal. The writers take pyoxigraph terms (see :class:`kg.query.QueryResult`).
"""
from __future__ import annotations

import csv
import io
import json
import re
from typing import TextIO

import pyoxigraph as ox

from .i18n import NKG as NKG_NS, label, t
from .prefixes import QUERY_PREFIXES, prefixed
from .sparql import QueryError
from .terminal import CONTROL_OR_SPACE, write_table

#: Output formats of SELECT and ASK results.
RESULT_FORMATS = ("table", "csv", "tsv", "json")

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_NUMBERS = {
    "http://www.w3.org/2001/XMLSchema#" + name
    for name in ("integer", "decimal", "double", "float", "int", "long", "short",
                 "nonNegativeInteger", "positiveInteger", "unsignedInt", "unsignedLong")
}
# C0 and C1 controls, DEL, and the bidirectional overrides that can disguise text (with
# line breaks and tabs: kg.terminal.CONTROL_OR_SPACE)
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


class OutputError(QueryError):
    """A result cannot be written in the format asked for."""


def strip_controls(text: str, keep_lines: bool = True) -> str:
    """``text`` without control characters (tabs and line breaks kept if ``keep_lines``).

    >>> strip_controls("rouge\\x1b[31m!\\x07")
    'rouge[31m!'
    """
    return (_CONTROL if keep_lines else CONTROL_OR_SPACE).sub("", text)


def short(term, width: int = 0) -> str:
    """A term as people read it and SPARQL accepts: prefixed IRIs, bare literal text.

    >>> short(ox.NamedNode("https://w3id.org/newskg/id/person/lloyd-austin"))
    'person:lloyd-austin'
    """
    if term is None:
        text = ""
    elif isinstance(term, ox.NamedNode):
        text = prefixed(term.value)
    elif isinstance(term, ox.BlankNode):
        text = f"_:{term.value}"
    elif isinstance(term, ox.Literal):
        text = term.value
    else:
        text = str(term)
    text = " ".join(_CONTROL.sub("", text).split())
    if width and len(text) > width:
        text = text[: width - 1] + "…"
    return text


def format_result(result, fmt: str = "table", width: int = 60, max_width: int | None = None) -> str:
    """``result`` as text (see :func:`write_result`)."""
    out = io.StringIO()
    write_result(result, out, fmt, width, max_width)
    return out.getvalue()


def write_result(
    result, out: TextIO, fmt: str = "table", width: int = 60, max_width: int | None = None,
) -> None:
    """Write ``result`` to ``out``: SELECT/ASK in ``fmt``; graphs as Turtle (JSON-LD for json).

    ``width`` caps the cells of a table (0: no cap) and ``max_width`` its lines
    (None: no limit, see :func:`kg.terminal.table_width`); the other formats are lossless.
    """
    if fmt not in RESULT_FORMATS:
        raise OutputError(f"unknown format {fmt!r}; choose one of {', '.join(RESULT_FORMATS)}")
    if result.triples is not None:
        if fmt in ("csv", "tsv"):
            raise OutputError(
                f"a {result.kind} query returns a graph: use --format table (Turtle) or json (JSON-LD)"
            )
        syntax = ox.RdfFormat.JSON_LD if fmt == "json" else ox.RdfFormat.TURTLE
        data = ox.serialize(result.triples, format=syntax, prefixes=QUERY_PREFIXES)
        out.write(data.decode("utf-8"))
        return
    if result.kind == "ASK":
        if fmt == "json":
            out.write(json.dumps({"head": {}, "boolean": bool(result.boolean)}, indent=2) + "\n")
        else:
            out.write("true\n" if result.boolean else "false\n")
        return
    if fmt == "table":
        _table(result, out, width, max_width)
    else:
        {"csv": _csv, "tsv": _tsv, "json": _json}[fmt](result, out, width)


def _table(result, out: TextIO, width: int, max_width: int | None = None) -> None:
    """A table fitted to ``max_width`` columns (None: as wide as the cells), with a row count."""
    numeric: list[bool] = []  # columns of numbers, right-aligned
    names: list[bool] = []  # columns of IRIs, narrowed first
    rows = iter(result.solutions)

    def cells():
        for row in rows:
            if not numeric:
                numeric.extend(_is_number(t) for t in row)
                names.extend(_is_name(t) for t in row)
            else:
                numeric[:] = [n and (t is None or _is_number(t)) for n, t in zip(numeric, row)]
                names[:] = [n and (t is None or _is_name(t)) for n, t in zip(names, row)]
            yield [_readable(t, width) for t in row]

    count = write_table(list(result.vars), cells(), out, max_width=max_width, right=numeric,
                        first=names)
    key = "rows.cut" if result.truncated else "rows"
    out.write(f"({t(key, n=count)})\n")


def _readable(term, width: int) -> str:
    """A table cell: an ontology term (nkg:Sent, nkg:UpTo…) by its label in the run's language."""
    if isinstance(term, ox.NamedNode) and term.value.startswith(NKG_NS):
        return short(ox.Literal(label(term.value)), width)
    return short(term, width)


def _is_name(term) -> bool:
    return isinstance(term, (ox.NamedNode, ox.BlankNode)) and not term.value.startswith(NKG_NS)


def _is_number(term) -> bool:
    return isinstance(term, ox.Literal) and term.datatype.value in _NUMBERS


def _csv(result, out: TextIO, width: int = 0) -> None:
    """W3C SPARQL 1.1 CSV results: IRIs and literal values, no types."""
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(result.vars)
    for row in result.solutions:
        writer.writerow([_csv_term(t) for t in row])


def _csv_term(term) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return strip_controls(term.value if hasattr(term, "value") else str(term))


def _tsv(result, out: TextIO, width: int = 0) -> None:
    """W3C SPARQL 1.1 TSV results: terms in Turtle syntax, ``?var`` header."""
    out.write("\t".join(f"?{v}" for v in result.vars) + "\n")
    for row in result.solutions:
        out.write("\t".join(_tsv_term(t) for t in row) + "\n")


_TURTLE_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(text: str) -> str:
    return re.sub(
        "[\\\\\"\n\r\t]|" + _CONTROL.pattern,
        lambda m: _TURTLE_ESCAPES.get(m[0]) or f"\\u{ord(m[0]):04X}",
        text,
    )


def _tsv_term(term) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        return f"<{term.value}>"
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if not isinstance(term, ox.Literal):
        return _escape(str(term))
    escaped = _escape(term.value)
    if term.language:
        return f'"{escaped}"@{term.language}'
    if term.datatype.value != _XSD_STRING:
        return f'"{escaped}"^^<{term.datatype.value}>'
    return f'"{escaped}"'


def _json(result, out: TextIO, width: int = 0) -> None:
    """W3C SPARQL 1.1 Query Results JSON, one binding per line."""
    out.write('{\n  "head": {"vars": ' + json.dumps(result.vars, ensure_ascii=False) + "},\n")
    out.write('  "results": {"bindings": [')
    first = True
    for row in result.solutions:
        binding = {v: _json_term(t) for v, t in zip(result.vars, row) if t is not None}
        out.write(("\n    " if first else ",\n    ") + json.dumps(binding, ensure_ascii=False))
        first = False
    out.write("\n  ]}\n}\n")


def _json_term(term) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if not isinstance(term, ox.Literal):
        return {"type": "triple", "value": str(term)}
    found = {"type": "literal", "value": term.value}
    if term.language:
        found["xml:lang"] = term.language
    elif term.datatype.value != _XSD_STRING:
        found["datatype"] = term.datatype.value
    return found
