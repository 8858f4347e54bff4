"""Parameters: names and keys turned into the terms a query is bound to, inlined as ``VALUES``.

A parameter is written into the query from pyoxigraph's own escaped terms, never
from the user's text (:func:`bound_query`), so Oxigraph plans its joins from it.
"""
from __future__ import annotations

import pyoxigraph as ox

from ..names import Named, resolve_name
from ..prefixes import ID, QUERY_PREFIXES, expand, local_name
from ..sparql import QueryError, inline_values
from .canned import Param
from .stores import as_store
from .terms import IRI


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
