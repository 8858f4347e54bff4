"""Print query answers: an aligned table, W3C CSV, TSV or JSON results, Turtle.

One place decides how results look. Tables fit the terminal (:func:`table_width`;
``--wide`` for every character), numbers are right-aligned, and long answers
are paged on an interactive terminal (:func:`paged`), like ``git log``. Every writer streams: rows are written as
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

from .i18n import NKG as NKG_NS, label, t
from .prefixes import QUERY_PREFIXES, prefixed
from .sparql import QueryError

#: Output formats of SELECT and ASK results.
RESULT_FORMATS = ("table", "csv", "tsv", "json")
#: Rows read before a table's column widths are fixed.
TABLE_BLOCK = 1000

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_NUMBERS = {
    "http://www.w3.org/2001/XMLSchema#" + name
    for name in ("integer", "decimal", "double", "float", "int", "long", "short",
                 "nonNegativeInteger", "positiveInteger", "unsignedInt", "unsignedLong")
}
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
    (None: no limit, see :func:`table_width`); the other formats are lossless.
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


def fit_widths(natural: list[int], available: int, first: list[bool] | None = None,
               floor: int = 12) -> list[int]:
    """Column widths that fit ``available`` cells: the widest columns are narrowed first.

    Every column keeps its natural width when they all fit. Otherwise the
    ``first`` columns (identifiers such as IRIs, which people read least) give
    way first, down to ``floor`` cells; then the columns wider than some width
    ``c`` are cut to ``c``, the largest ``c`` that fits (at least 1).

    >>> fit_widths([4, 30, 50], 40)
    [4, 18, 18]
    >>> fit_widths([4, 30, 50], 40, first=[False, False, True])
    [4, 24, 12]
    >>> fit_widths([4, 5], 40)
    [4, 5]
    """
    if sum(natural) <= available:
        return list(natural)
    if first and any(first):
        others = [not f for f in first]
        floors = [min(n, floor) if f else n for n, f in zip(natural, first)]
        if sum(floors) <= available:  # the identifiers give way, and that is enough
            return _cap(natural, available, first)
        readable = _cap(floors, available, others)
        if all(w >= min(n, floor) for w, n, o in zip(readable, natural, others) if o):
            return readable  # the other columns keep at least ``floor`` cells
        kept = [min(n, floor) if o else w for n, w, o in zip(natural, floors, others)]
        if sum(o and w for w, o in zip(kept, others)) < available:
            return _cap(kept, available, first)  # identifiers below the floor
        natural = kept
    return _cap(natural, available, [True] * len(natural))


def _cap(natural: list[int], available: int, cut: list[bool]) -> list[int]:
    """Cut the ``cut`` columns to the largest common width that fits ``available``."""
    fixed = sum(n for n, c in zip(natural, cut) if not c)
    low, high = 1, max(natural)
    while low < high:
        mid = (low + high + 1) // 2
        if fixed + sum(min(n, mid) for n, c in zip(natural, cut) if c) <= available:
            low = mid
        else:
            high = mid - 1
    return [min(n, low) if c else n for n, c in zip(natural, cut)]


def write_table(
    header: list[str], rows, out: TextIO, *, max_width: int | None = None,
    right: list[bool] | None = None, first: list[bool] | None = None,
    keep: list[bool] | None = None,
) -> int:
    """Write ``rows`` (lists of str) under ``header`` as aligned columns; return the row count.

    Column widths are measured on the first :data:`TABLE_BLOCK` rows, then
    narrowed (widest first) so a line fits ``max_width`` terminal cells; a cell
    cut short ends with an ellipsis. ``right`` (filled in while the first block
    is read, so it may be a list the row iterator updates) right-aligns the
    columns of numbers; the ``first`` columns (identifiers) are narrowed
    before the others (:func:`fit_widths`); the ``keep`` columns (short
    figures that mean nothing cut) are never narrowed. Rows stream: memory does not grow with their number.
    Rendering is rich's (cell widths of wide characters, ellipsis).
    """
    from rich.cells import cell_len
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    rows = iter(rows)
    block = [list(header)]
    for row in rows:
        block.append(row)
        if len(block) > TABLE_BLOCK:
            break
    right = right if right is not None else []
    natural = [max(cell_len(r[i]) for r in block) for i in range(len(header))]
    gaps = 2 * max(0, len(header) - 1)
    available = max(len(header), max_width - gaps) if max_width else 0
    if max_width:
        kept = [bool(keep and i < len(keep) and keep[i]) for i in range(len(header))]
        loose = [i for i in range(len(header)) if not kept[i]]
        fitted = fit_widths(
            [natural[i] for i in loose],
            max(len(loose), available - sum(n for n, k in zip(natural, kept) if k)),
            [bool(first and i < len(first) and first[i]) for i in loose] if first else None,
        )
        sizes = list(natural)
        for i, size in zip(loose, fitted):
            sizes[i] = size
    else:
        sizes = natural
    total = sum(sizes) + gaps
    rule = ["─" * size for size in sizes]
    console = Console(
        file=io.StringIO(), width=max(total, 1), color_system=None, force_terminal=False,
        highlight=False, emoji=False, legacy_windows=False,
    )

    def render(lines: list[list[str]]) -> None:
        if min(sizes) >= 1 and not any(_CONTROL_OR_SPACE.search(" ".join(line)) for line in lines):
            flags = [i < len(right) and bool(right[i]) for i in range(len(sizes))]
            for line in lines:  # what rich draws, without building its table (20 times slower)
                out.write(_aligned_line(line, sizes, flags) + "\n")
            return
        table = Table(box=None, show_header=False, pad_edge=False, padding=(0, 1), expand=False)
        for i, size in enumerate(sizes):
            table.add_column(
                width=size, no_wrap=True, overflow="ellipsis",
                justify="right" if i < len(right) and right[i] else "left",
            )
        for line in lines:
            table.add_row(*(Text(cell) for cell in line))
        with console.capture() as capture:
            console.print(table)
        for text in capture.get().splitlines():
            out.write(text.rstrip() + "\n")

    count = len(block) - 1
    render([block[0], rule, *block[1:]])
    chunk = []
    for row in rows:
        chunk.append(row)
        count += 1
        if len(chunk) >= TABLE_BLOCK:
            render(chunk)
            chunk = []
    if chunk:
        render(chunk)
    return count


def _aligned_line(cells: list[str], sizes: list[int], right: list[bool]) -> str:
    """One line as :func:`write_table`'s rich table draws it: each cell cut to its column's
    cells with an ellipsis, padded (right-aligned where ``right``, one flag a column), two
    spaces between."""
    from rich.cells import cell_len, set_cell_size

    out = []
    for cell, size, at_right in zip(cells, sizes, right):
        if at_right:
            cell = cell.rstrip()  # as rich justifies to the right
        width = len(cell) if cell.isascii() else cell_len(cell)  # no control character here: one cell each
        if width > size:
            cell = set_cell_size(cell, size - 1) + "…"
            width = cell_len(cell)
        out.append(" " * (size - width) + cell if at_right else cell + " " * (size - width))
    return "  ".join(out).rstrip()


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


def table_width(wide: bool = False, stream=None) -> int | None:
    """The width a table must fit: the terminal's when ``stream`` (stdout) is one, else None.

    None (no limit) with ``wide``, or when the output goes to a file or a pipe,
    where cutting cells would lose data. ``COLUMNS`` overrides the terminal's width.
    """
    import os
    import shutil
    import sys

    stream = stream or sys.stdout
    if wide or not (hasattr(stream, "isatty") and stream.isatty()):
        return None
    return int(os.environ.get("COLUMNS") or 0) or shutil.get_terminal_size().columns


class paged:
    """``with paged(enabled): ...`` sends what is written to ``sys.stdout`` to a pager.

    Enabled only when stdout is an interactive terminal; the pager is rich's
    system pager (``$PAGER``, else ``less``), with ``LESS=FRX`` unless set, so
    an answer that fits one screen is printed and the pager quits at once.
    """

    def __init__(self, enabled: bool = True):
        import sys

        self.enabled = enabled and sys.stdout.isatty() and sys.stdin.isatty()

    def __enter__(self):
        import sys

        if self.enabled:
            self._stdout, self._buffer = sys.stdout, io.StringIO()
            sys.stdout = self._buffer
        return self

    def __exit__(self, *exc) -> None:
        import os
        import sys

        if not self.enabled:
            return
        sys.stdout = self._stdout
        text = self._buffer.getvalue()
        if exc[0] is not None:
            sys.stdout.write(text)
            return
        from rich.pager import SystemPager

        os.environ.setdefault("LESS", "FRX")
        SystemPager().show(text)
