"""Result terms as plain Python values: what :attr:`kg.query.QueryResult.rows` holds."""
from __future__ import annotations

import pyoxigraph as ox


class IRI(str):
    """An IRI in a result row: a ``str``, so it compares equal to its text."""

    __slots__ = ()


class BlankNode(str):
    """A blank node's identifier in a result row."""

    __slots__ = ()


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
