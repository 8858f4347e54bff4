"""Print query answers: an aligned table, W3C CSV, TSV or JSON results, Turtle.

One place decides how results look. Every writer streams: rows are written as
they are read, so a 100 000-row answer prints with flat memory (the table
aligns its columns on the first :data:`TABLE_BLOCK` rows). Text from articles
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

from .prefixes import QUERY_PREFIXES, prefixed
from .sparql import QueryError

#: Output formats of SELECT and ASK results.
RESULT_FORMATS = ("table", "csv", "tsv", "json")
#: Rows read before a table's column widths are fixed.
TABLE_BLOCK = 1000

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
# C0 and C1 controls, DEL, and the bidirectional overrides that can disguise text
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_CONTROL_OR_SPACE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


class OutputError(QueryError):
    """A result cannot be written in the format asked for."""


def strip_controls(text: str, keep_lines: bool = True) -> str:
    """``text`` without control characters (tabs and line breaks kept if ``keep_lines``).

    >>> strip_controls("rouge\\x1b[31m!\\x07")
    'rouge[31m!'
    """
    return (_CONTROL if keep_lines else _CONTROL_OR_SPACE).sub("", text)


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


def format_result(result, fmt: str = "table", width: int = 60) -> str:
    """``result`` as text (see :func:`write_result`)."""
    out = io.StringIO()
    write_result(result, out, fmt, width)
    return out.getvalue()


def write_result(result, out: TextIO, fmt: str = "table", width: int = 60) -> None:
    """Write ``result`` to ``out``: SELECT/ASK in ``fmt``; graphs as Turtle (JSON-LD for json).

    ``width`` caps the cells of a table (0: no cap); the other formats are lossless.
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
    {"table": _table, "csv": _csv, "tsv": _tsv, "json": _json}[fmt](result, out, width)


def _table(result, out: TextIO, width: int) -> None:
    """An aligned, plain-text table with a row count."""
    header = list(result.vars)
    rows = iter(result.solutions)
    block = []
    for row in rows:
        block.append([short(t, width) for t in row])
        if len(block) >= TABLE_BLOCK:
            break
    sizes = [max([len(h), *(len(r[i]) for r in block)]) for i, h in enumerate(header)]
    line = lambda cells: "  ".join(c.ljust(s) for c, s in zip(cells, sizes)).rstrip()  # noqa: E731
    out.write(line(header) + "\n")
    out.write("  ".join("-" * s for s in sizes) + "\n")
    count = 0
    for cells in block:
        out.write(line(cells) + "\n")
        count += 1
    for row in rows:
        out.write(line([short(t, width) for t in row]) + "\n")
        count += 1
    cut = ", stopped at the row limit" if result.truncated else ""
    out.write(f"({count} row{'s' if count != 1 else ''}{cut})\n")


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
