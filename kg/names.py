"""Finding an entity by name: the one rule used by every command and by the view's search.

A name matches, in this order (the first step that finds anything wins):

1. an id: the entity's IRI, key (``person/lloyd-austin``) or prefixed name
   (``person:lloyd-austin``, as ``kg query`` prints it);
2. a whole name: the words of a label or alias equal the words asked for;
3. whole words: a label or alias contains the words asked for, in order
   ("zelensky" finds "Volodymyr Zelensky", "etats unis" finds "États-Unis").

Words are runs of letters, digits or ``_`` after :func:`kg.text.fold` (case and
accents ignored, curly apostrophes and typographic hyphens made plain), so
apostrophes and hyphens separate words: "Côte d’Ivoire" is ``cote d ivoire``.

The HTML view applies the same rule in JavaScript (``kg/static/names.js``): the
page carries each actor's :func:`key` of every name, computed here, and the
script folds the query the same way; a browser test checks both agree.
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Callable, Iterable, TypeVar

from .prefixes import ID, expand, key_of  # noqa: F401 (ID: the doctest uses it)
from .text import fold

T = TypeVar("T")

_WORD = re.compile(r"\w+")


class NameNotFound(LookupError):
    """No entity has this name."""


class AmbiguousName(LookupError):
    """Several entities have this name; ``candidates`` lists them."""

    def __init__(self, message: str, candidates: list):
        super().__init__(message)
        self.candidates = candidates


@dataclass(frozen=True)
class Named:
    """An entity with the names it can be found by."""

    iri: str
    kind: str
    label: str
    aliases: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        return key_of(self.iri)

    def describe(self) -> str:
        return f"{self.label} ({self.kind}, {self.key})"


def words(text: str) -> tuple[str, ...]:
    """The folded words of ``text``.

    >>> words("Côte d’Ivoire"), words("JEAN-YVES Le Drian")
    (('cote', 'd', 'ivoire'), ('jean', 'yves', 'le', 'drian'))
    """
    return tuple(_WORD.findall(fold(text)))


def key(text: str) -> str:
    """The words of ``text`` joined by single spaces: what the page's search compares."""
    return " ".join(words(text))


def _contains(whole: tuple[str, ...], part: tuple[str, ...]) -> bool:
    n = len(part)
    return n > 0 and any(whole[i : i + n] == part for i in range(len(whole) - n + 1))


def matches(
    name: str,
    entries: Iterable[T],
    names_of: Callable[[T], Iterable[str]],
    ids_of: Callable[[T], Iterable[str]],
) -> list[T]:
    """The entries the first matching step finds for ``name`` (see the module), in order."""
    entries = list(entries)
    wanted = name.strip().strip("<>")
    iri = expand(wanted)  # a prefixed name (person:x) as kg query prints it
    by_id = [e for e in entries if not {wanted, iri}.isdisjoint(ids_of(e))]
    if by_id:
        return by_id
    asked = words(wanted)
    if not asked:
        return []
    keyed = [(e, [words(n) for n in names_of(e)]) for e in entries]
    exact = [e for e, ws in keyed if asked in ws]
    if exact:
        return exact
    return [e for e, ws in keyed if any(_contains(w, asked) for w in ws)]


#: How many of an ambiguous name's entities an error lists (it stays one line).
_LISTED = 5


def resolve_name(name: str, named: dict[str, Named] | list[Named]) -> Named:
    """The one entity called ``name`` (see the module for the rule).

    Raises :class:`AmbiguousName` when the first step that matches finds
    several entities, :class:`NameNotFound` (with close names) when none does.

    >>> austin = Named(ID + "person/lloyd-austin", "Person", "Lloyd Austin")
    >>> resolve_name("AUSTIN", [austin]).label
    'Lloyd Austin'
    """
    entities = list(named.values()) if isinstance(named, dict) else list(named)
    found = matches(
        name,
        entities,
        lambda e: (e.label, *e.aliases),
        lambda e: (str(e.iri), e.key),
    )
    if len(found) == 1:
        return found[0]
    if found:
        listed = "; ".join(e.describe() for e in found[:_LISTED])
        if len(found) > _LISTED:
            listed += f"; and {len(found) - _LISTED} more"
        raise AmbiguousName(f"{name!r} is ambiguous: {listed}", found)
    raise NameNotFound(f"no entity named {name!r} in the graph{_hint(name, entities)}")


def _hint(name: str, entities: list[Named]) -> str:
    """``; did you mean …?`` with the labels of names close to ``name``, or nothing."""
    forms: dict[str, set[str]] = {}  # folded names and their words -> labels
    for e in entities:
        for n in (e.label, *e.aliases):
            for form in (key(n), *words(n)):
                forms.setdefault(form, set()).add(e.label)
    found = difflib.get_close_matches(key(name), forms, n=3, cutoff=0.75)
    close = {label for m in found for label in forms[m]}
    return f"; did you mean {', '.join(sorted(close))}?" if close else ""
