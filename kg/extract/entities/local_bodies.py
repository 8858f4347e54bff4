"""A local body named by its noun alone ("la préfecture a précisé") is the body of
the territory the article names for it: "le préfet du Var … la préfecture" is the
préfecture du Var, and so is "la préfecture" after "la préfecture du Var".

Officers and their bodies come from ``kg/data/local_officers.tsv``. A body
whose territory the article never names for it is the body of the story's town
or territory, when the data file gives the body a seat and one town (or
territory) is the story's ("selon la mairie" in a story on Menton); else, or when
two are named, it stays unnamed.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc

from ...records import COUNTRY, ORGANIZATION, PLACE
from ...gazetteer import geonames_city
from ...subdivisions import region_country
from ...text import fold, slug
from ..found import Found
from .organisations.heads import at_words

_ARTICLES = {"la", "le", "l'", "l’"}
_DE = {"de", "du", "des", "d'", "d’"}
#: A body's name: its noun, "de/du/des/d'/de la/de l'", its territory.
_BODY_NAME = re.compile(r"^([\w-]+) (de la |de l['’]|d['’]|du |des |de )(.+)$")
#: Prepositions before which a body's noun names its building.
_AT = {"à", "a", "devant", "dans", "vers", "depuis", "sous"}


@lru_cache(maxsize=1)
def _rows() -> list[list[str]]:
    text = resources.files("kg.data").joinpath("local_officers.tsv").read_text("utf-8")
    return [[c.strip() for c in line.split("\t")] for line in text.splitlines()
            if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def officers() -> dict[str, str]:
    """Officer noun form -> the noun of the body that officer heads."""
    return {form: row[1] for row in _rows() for form in row[0].split("|")}


@lru_cache(maxsize=1)
def seats() -> dict[str, str]:
    """Body noun -> the kind of place it serves when the article names none: "town" or "territory"."""
    return {row[1]: row[2] for row in _rows() if len(row) > 2 and row[2]}


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
    for t in map(doc.__getitem__, at_words(doc, frozenset(table) | bodies)):
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
        if not places and noun in seats():
            seat = _story_seat(found, doc, seats()[noun])
            places = {seat} if seat else places
        if len({name for _, name in places}) != 1:
            continue
        de, name = sorted(places)[0]
        label = f"{noun[0].upper()}{noun[1:]} {de}{'' if de.endswith(('’', chr(39))) else ' '}{name}"
        added.append(Found(i, i + 1, "org/" + slug(label), ORGANIZATION, label, 1,
                           source="pattern", common=True))
    return sorted(found + added, key=lambda f: f.start) if added else found


def _story_seat(found: list[Found], doc: Doc, kind: str) -> tuple[str, str] | None:
    """("de"/"d'"/"du"…, name) of the town or territory (``kind``) the story names
    most: at least twice and more often than any other of its kind ("Menton",
    "Mayotte"), written with the preposition the text gives it ("du Var") or,
    for a name used without article ("à Mayotte", a town), "de"/"d'"."""
    counts: dict[str, list[Found]] = {}
    for f in found:
        if f.kind != PLACE:
            continue
        town = geonames_city(f.label) is not None
        if town if kind == "town" else (not town and region_country(f.label) is not None):
            counts.setdefault(f.key, []).append(f)
    # how often the text writes each name, also inside other names ("le conseil municipal de Menton")
    text = doc.text  # joined from every token on each access: once
    times = {key: len(re.findall(rf"(?<!\w){re.escape(fs[0].label)}(?!\w)", text)) for key, fs in counts.items()}
    ranked = sorted(counts.values(), key=lambda fs: times[fs[0].key], reverse=True)
    if (not ranked or times[ranked[0][0].key] < 2
            or len(ranked) > 1 and times[ranked[1][0].key] == times[ranked[0][0].key]):
        return None
    name = ranked[0][0].label
    for f in ranked[0]:
        before = doc[max(0, f.start - 2):f.start]
        words = [t.lower_ for t in before]
        if words[-1:] in (["du"], ["des"]) or words[-1:] == ["de"] and kind == "town":
            return words[-1], name
        if words[-2:] in (["de", "la"], ["de", "l'"], ["de", "l’"]):
            return " ".join(words[-2:]) if words[-1] == "la" else "de " + words[-1], name
    for f in ranked[0]:  # "la Guadeloupe attend": de la Guadeloupe
        article = doc[f.start - 1].lower_ if f.start else ""
        if article in {"la", "le", "les", "l'", "l’"}:
            return {"la": "de la", "le": "du", "les": "des"}.get(article, "de " + article), name
    if kind == "town" or any(f.start and doc[f.start - 1].lower_ in {"à", "a"} for f in ranked[0]):
        first, _, rest = name.partition(" ")
        if first in ("Le", "Les") and rest:
            return ("du" if first == "Le" else "des"), rest  # "le Havre": du Havre
        return ("d'" if fold(name)[:1] in "aeiouyh" else "de"), name
    return None
