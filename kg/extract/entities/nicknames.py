"""A nickname given with a person's name is that person: "Wilson Jean-Baptiste,
dit « Ti Lapli »", "Ahmed Ould X, alias Abou Moussa", "surnommé « le Boucher »".

The words that introduce a nickname are French grammar, not knowledge: "dit",
"dite", "alias", "surnommé(e)". The nickname's later mentions follow, since
they carry the same text.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from ...records import PERSON
from ..found import Found

_INTRODUCERS = {"dit", "dite", "alias", "surnommé", "surnommée"}


def _nickname_start(doc: Doc, end: int) -> int | None:
    """Where the nickname begins after a person's name ending at ``end``, if one does."""
    i = end
    if i < len(doc) and doc[i].text == ",":
        i += 1
    if i >= len(doc) or doc[i].lower_ not in _INTRODUCERS:
        return None
    i += 1
    while i < len(doc) and (doc[i].is_quote or doc[i].text in {"«", "»", "“", "”"}):
        i += 1
    return i if i < len(doc) and doc[i].text[:1].isupper() else None


def nicknames_of_persons(found: list[Found], doc: Doc) -> list[Found]:
    """Make every span that repeats a nickname given to a person a mention of that person."""
    nick_of: dict[str, Found] = {}
    by_start = {f.start: f for f in found}
    for f in found:
        if f.kind != PERSON:
            continue
        start = _nickname_start(doc, f.end)
        named = by_start.get(start) if start is not None else None
        if named is not None and named is not f and named.key != f.key:
            nick_of[named.key] = f
    if not nick_of:
        return found
    return [replace(f, key=nick_of[f.key].key, kind=PERSON, label=nick_of[f.key].label, wikidata=None,
                    affiliations=[], roles=[], located_in=None, geonames=None)
            if f.key in nick_of else f for f in found]
