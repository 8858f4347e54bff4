"""A local body named by its noun alone ("la préfecture a précisé") is the body of
the territory the article names for it: "le préfet du Var … la préfecture" is the
préfecture du Var, and so is "la préfecture" after "la préfecture du Var".

Officers and their bodies come from ``kg/data/local_officers.tsv``; a body
whose territory the article never names, or names two of, stays unnamed.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc

from ...records import COUNTRY, ORGANIZATION, PLACE
from ...text import slug
from ..found import Found

_ARTICLES = {"la", "le", "l'", "l’"}
_DE = {"de", "du", "des", "d'", "d’"}
#: A body's name: its noun, "de/du/des/d'/de la/de l'", its territory.
_BODY_NAME = re.compile(r"^([\w-]+) (de la |de l['’]|d['’]|du |des |de )(.+)$")
#: Prepositions before which a body's noun names its building.
_AT = {"à", "a", "devant", "dans", "vers", "depuis", "sous"}


@lru_cache(maxsize=1)
def officers() -> dict[str, str]:
    """Officer noun form -> the noun of the body that officer heads."""
    text = resources.files("kg.data").joinpath("local_officers.tsv").read_text("utf-8")
    table = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            forms, body = line.split("\t")
            table.update({form: body.strip() for form in forms.split("|")})
    return table


def _territory(doc: Doc, i: int, places: dict[int, Found]) -> tuple[str, str] | None:
    """The "de X" after token ``i`` when X is a place or country the article names
    (``places``, by first token): (preposition, name). "le procureur de la
    République" names no territory."""
    if i + 1 >= len(doc) or doc[i].lower_ not in _DE:
        return None
    start = i + 1 + (doc[i + 1].lower_ in {"la", "l'", "l’"})
    place = places.get(start)
    if place is None:
        return None
    return doc[i:start].text, doc[start:place.end].text


def local_bodies(found: list[Found], doc: Doc) -> list[Found]:
    """Add the bare body nouns ("la préfecture", "la mairie", "le parquet") as the
    one body of their kind the article names, by its own name or by its officer's title."""
    table = officers()
    bodies = set(table.values())
    named: dict[str, set[tuple[str, str]]] = {}
    taken = {i for f in found for i in range(f.start, f.end)}
    places = {f.start: f for f in found if f.kind in (PLACE, COUNTRY)}
    bare: list[tuple[int, str]] = []
    for f in found:  # "le parquet de Rennes", "la préfecture des Bouches-du-Rhône" the finders named
        named_body = _BODY_NAME.match(f.label) if f.kind == ORGANIZATION else None
        if named_body and named_body.group(1).lower() in bodies:
            named.setdefault(named_body.group(1).lower(), set()).add((named_body.group(2).strip(), named_body.group(3)))
    for t in doc:
        noun = table.get(t.lower_) or (t.lower_ if t.lower_ in bodies else None)
        if noun is None:
            continue
        where = _territory(doc, t.i + 1, places)
        if where is not None:
            named.setdefault(noun, set()).add(where)
        elif (t.lower_ in bodies and t.i and doc[t.i - 1].lower_ in _ARTICLES and t.i not in taken
              and not (t.i > 1 and doc[t.i - 2].lower_ in _AT)):
            bare.append((t.i, noun))  # (but "une rencontre à la préfecture": the building)
    added = []
    for i, noun in bare:
        places = named.get(noun, set())
        if len({name for _, name in places}) != 1:
            continue
        de, name = sorted(places)[0]
        label = f"{noun[0].upper()}{noun[1:]} {de}{'' if de.endswith(('’', chr(39))) else ' '}{name}"
        added.append(Found(i, i + 1, "org/" + slug(label), ORGANIZATION, label, 1,
                           source="pattern", common=True))
    return sorted(found + added, key=lambda f: f.start) if added else found
