"""Query rows as text: Oxigraph's TSV results writer, for large reads done whole.

:func:`tsv_solutions` lets Oxigraph evaluate a query and write every row in one
call that releases the GIL, with no Python object per term; :func:`tsv_plain` and
:func:`tsv_lexical` decode a field to what :func:`kg.query.plain` and a term's
``value`` give. ``kg claims`` reads its table so when no kept table is current.
"""
from __future__ import annotations

import re

import pyoxigraph as ox

from .prefixes import QUERY_PREFIXES
from .query import IRI, BlankNode, QueryError, as_store, short_error, typed_value

_TSV_ESCAPE = re.compile(r"\\(.)")
_TSV_ESCAPED = {"t": "\t", "n": "\n", "r": "\r", '"': '"', "\\": "\\"}


def unescaped(text: str) -> str:
    """A field's text with the TSV writer's escapes undone."""
    return _TSV_ESCAPE.sub(lambda m: _TSV_ESCAPED.get(m[1], m[0]), text) if "\\" in text else text


def tsv_plain(field: str):
    r""":func:`plain` of a term as Oxigraph's TSV results writer writes it (``''``: unbound, None).

    >>> [tsv_plain(f) for f in ('', '12', 'true', '"a\\tb"@fr', '"2024-01-02"^^<http://www.w3.org/2001/XMLSchema#date>')]
    [None, 12, True, 'a\tb', '2024-01-02']
    """
    if not field:
        return None
    first = field[0]
    if first == '"':
        end = field.rindex('"')
        value = unescaped(field[1:end])
        if end + 1 == len(field) or field[end + 1] == "@":
            return value
        return typed_value(value, field[end + 4:-1])  # "…"^^<datatype>
    if first == "<":
        return IRI(field[1:-1]) if not field.startswith("<<") else field
    if first == "_":
        return BlankNode(field[2:])
    if field in ("true", "false"):  # bare: Turtle's short forms of booleans and numbers
        return field == "true"
    try:
        return int(field)
    except ValueError:
        return float(field)


def tsv_lexical(field: str) -> str | None:
    r"""The lexical value of a term (``term.value`` in pyoxigraph) as Oxigraph's TSV results
    writer writes it (``''``: unbound, None).

    >>> [tsv_lexical(f) for f in ('', '12', '"a\\"b"@fr', '<urn:x>', '"1"^^<urn:t>')]
    [None, '12', 'a"b', 'urn:x', '1']
    """
    if not field:
        return None
    first = field[0]
    if first == '"':
        return unescaped(field[1:field.rindex('"')])
    if first == "<":
        return field[1:-1]
    if first == "_":
        return field[2:]
    return field


def tsv_joined(source, texts: list[str], keys: int) -> tuple[list[str], list[list[str]]]:
    """:func:`tsv_solutions` of the SELECT queries ``texts``, each on its own thread (Oxigraph
    works without the GIL, so they run on as many cores), their rows joined on their first
    ``keys`` columns (the same term is always written the same way): the variables of the
    first query then the others' after their keys, and the rows (see
    :func:`kg.reshape.where_parts`, which cuts a query so)."""
    import threading

    store = as_store(source)
    answers: list = [None] * len(texts)

    def run(i: int) -> None:
        try:
            answers[i] = tsv_solutions(store, texts[i])
        except QueryError as err:
            answers[i] = err

    threads = [threading.Thread(target=run, args=(i,)) for i in range(1, len(texts))]
    for thread in threads:
        thread.start()
    run(0)
    for thread in threads:
        thread.join()
    for answer in answers:
        if isinstance(answer, QueryError):
            raise answer
    variables, rows = answers[0]
    variables = list(variables)
    for names, more in answers[1:]:
        found: dict[tuple, list] = {}
        for row in more:
            found.setdefault(tuple(row[:keys]), []).append(row[keys:])
        variables += names[keys:]
        rows = [row + extra for row in rows for extra in found.get(tuple(row[:keys]), ())]
    return variables, rows


def tsv_solutions(source, text: str) -> tuple[list[str], list[list[str]]]:
    """The variables and rows of the SELECT query ``text`` over the union of the graphs of
    ``source`` (see :func:`as_store`), each row its terms as Oxigraph's TSV results writer
    writes them (decode them with :func:`tsv_plain` or :func:`tsv_lexical`).

    Oxigraph evaluates the query and writes every row in one call that releases the GIL,
    with no Python object made per term: for tens of thousands of rows read whole, a
    fifth less time than terms (:func:`run_query`), and other threads run meanwhile.
    """
    try:
        data = as_store(source).query(text, prefixes=QUERY_PREFIXES, use_default_graph_as_union=True).serialize(
            format=ox.QueryResultsFormat.TSV)
    except SyntaxError as err:
        raise QueryError(*short_error(str(err), text)) from None
    except (RuntimeError, OSError) as err:
        raise QueryError(f"query failed: {err}") from None
    lines = data.decode("utf-8").split("\n")  # each row ends with a new line; none inside a term
    return [v[1:] for v in lines[0].split("\t")], [line.split("\t") for line in lines[1:-1]]
