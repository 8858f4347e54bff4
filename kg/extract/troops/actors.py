"""The actors the entity extractor found around a figure, and their countries."""
from __future__ import annotations

import re

from spacy.tokens import Token

from ...analysis import Analysis
from ...gazetteer import load_gazetteer
from ...records import COUNTRY, ORGANIZATION, PERSON, PLACE, Entity, Mention
from .territories import state_of

_KIND_RANK = {PERSON: 0, ORGANIZATION: 1, COUNTRY: 2, PLACE: 3}
ACTORS = (PERSON, ORGANIZATION, COUNTRY)


def best(analysis: Analysis, mentions: list[Mention], kinds=ACTORS) -> str | None:
    """The most specific actor among ``mentions``: a person, then an organisation, then a country.
    An organisation all alone in brackets is none ("(Belga) La Pologne va porter …": a wire
    tag; "les Forces armées du Ghana (GAF)": an acronym, the name before it counts)."""
    ranked = []
    text = analysis.text
    for i, m in enumerate(mentions):
        entity = analysis.entity(m.entity)
        if entity is not None and entity.kind == ORGANIZATION and alone_in_brackets(text, m):
            continue
        if entity is not None and entity.kind in kinds:
            ranked.append((_KIND_RANK[entity.kind], i, m.entity))
    return min(ranked)[2] if ranked else None


def alone_in_brackets(text: str, mention: Mention) -> bool:
    """Whether ``mention`` is all its brackets hold: "(Belga)", "(GAF)"."""
    return text[mention.start - 1:mention.start] == "(" and text[mention.end:mention.end + 1] == ")"


def mentions_of(analysis: Analysis, tokens: list[Token]) -> list[Mention]:
    """The mentions between the first and the last of ``tokens``."""
    if not tokens:
        return []
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t) for t in tokens)
    return analysis.mentions_in(start, end)


def best_in(analysis: Analysis, tokens: list[Token], kinds=ACTORS) -> str | None:
    """The most specific actor named among ``tokens`` (see :func:`best`)."""
    return best(analysis, mentions_of(analysis, tokens), kinds)


def country(analysis: Analysis, key: str | None) -> str | None:
    """``key`` if it is a country, else the country an actor belongs to, if known.
    Only a country key counts: a place the entity extractor typed as a country
    ("guyanais" read as a country's demonym) is no troops' origin or destination."""
    entity = analysis.entity(key) if key else None
    if entity is None:
        return None
    if entity.kind == COUNTRY:
        return key if is_country_key(key) else None
    for other in ([entity.located_in] if entity.located_in else []) + entity.affiliations:
        if is_country_key(other) and ensure_entity(analysis, other):  # "l'Africa Corps": Russia, named or not
            found = analysis.entity(other)
            if found is not None and found.kind == COUNTRY:
                return other
    if entity.kind == ORGANIZATION:
        return _demonym_in_name(analysis, entity.label) or _country_in_name(analysis, entity.label)
    return None


_OF_A_NAME = re.compile(r"\s(?:de la|de l'|de l’|de|du|des|d'|d’)\s*([A-ZÀ-Ý][^()]*?)\s*$")


def _country_in_name(analysis: Analysis, label: str) -> str | None:
    """The country (a territory's state) whose name, or a place of which, ends an
    organisation's name ("Armée de l'air du Ghana"; "Forces armées de
    Nouvelle-Calédonie", "Police provinciale de l'Ontario"):
    a body of that country, when the entity extractor gave it none."""
    m = _OF_A_NAME.search(label)
    known = load_gazetteer().lookup(m.group(1)) if m else None
    found = None if known is None else known.key if known.kind == COUNTRY else (
        known.located_in if known.kind == PLACE else None)
    if not found or not is_country_key(found):
        return None
    key = state_of(found)
    return key if ensure_entity(analysis, key) else None


def _demonym_in_name(analysis: Analysis, label: str) -> str | None:
    """The one country whose demonym an organisation's name holds ("Armée
    nationale tchadienne", "Forces armées soudanaises"): a state body of that
    country, when the entity extractor gave it none."""
    gaz = load_gazetteer()
    found = {gaz.country_of(word) for word in label.split()[1:] if word[:1].islower()} - {None}
    if len(found) != 1:
        return None
    (key,) = found
    return key if is_country_key(key) and ensure_entity(analysis, key) else None


def is_country_key(key: str) -> bool:
    """Whether ``key`` names a country (or a territory: ``kg/data/territories.tsv``)."""
    return key.startswith("country/")


def countries_in(analysis: Analysis, seg) -> set[str]:
    """The countries a sentence names (directly, or as an organisation's country; not
    through a wire tag, :func:`alone_in_brackets`)."""
    found = set()
    for m in analysis.mentions_in(*seg):
        if alone_in_brackets(analysis.text, m) and not m.entity.startswith("country/"):
            continue
        key = country(analysis, m.entity)
        if key:
            found.add(key)
    return found


def ensure_entity(analysis: Analysis, key: str) -> bool:
    """Make sure a country the text implies but does not name (a place's country) is described."""
    if analysis.entity(key) is not None:
        return True
    known = load_gazetteer().entities.get(key)
    if known is None:
        return False
    analysis.add_entity(Entity(key=known.key, kind=known.kind, label=known.label,
                               aliases=list(known.aliases), wikidata=known.wikidata))
    return True
