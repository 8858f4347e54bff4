"""Find the people, organisations, countries and places an article names."""
from __future__ import annotations

from ..analysis import Analysis
from ..records import ORGANIZATION, PERSON, PLACE, Entity
from ..text import slug

_KINDS = {"PER": (PERSON, "person"), "ORG": (ORGANIZATION, "org"), "LOC": (PLACE, "place")}


def find_entities(analysis: Analysis) -> None:
    for ent in analysis.doc.ents:
        if ent.label_ not in _KINDS or not ent.text.strip():
            continue
        kind, prefix = _KINDS[ent.label_]
        name = analysis.original(ent.start_char, ent.end_char)
        entity = analysis.add_entity(Entity(key=f"{prefix}/{slug(name)}", kind=kind, label=name))
        analysis.add_mention(ent.start_char, ent.end_char, entity.key)
