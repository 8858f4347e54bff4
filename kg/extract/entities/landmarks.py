"""Features named with a complement: "la pointe du Raz", "le récif de Scarborough".

The model tags only the complement ("Raz", "Scarborough") or nothing; the
feature noun says the whole phrase names a place (``kg/data/feature_nouns.txt``).
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from ...gazetteer import read_table
from ...records import PLACE
from ...text import slug
from ..capitalised import name_end
from ..found import Found
from .filters import determined

#: Above the model's one-word places (1), below the gazetteer's names (3).
PRIORITY = 2
_DE = {"de", "du", "des", "d'", "d’"}


@lru_cache(maxsize=1)
def feature_nouns() -> frozenset[str]:
    return frozenset(row[0].strip().lower() for row in read_table("feature_nouns.txt") if row and row[0].strip())


def landmark_spans(doc: Doc) -> list[Found]:
    nouns = feature_nouns()
    found = []
    for t in doc:
        if t.lower_ not in nouns or t.i + 2 >= len(doc) or doc[t.i + 1].lower_ not in _DE:
            continue
        if not determined(doc, t.i):
            continue  # "un soutien massif de Washington": no feature of its own
        i = t.i + 2
        j = name_end(doc, i)
        if j == i:
            continue
        text = doc[t.i:j].text
        label = text[0].upper() + text[1:]
        found.append(Found(t.i, j, f"place/{slug(label)}", PLACE, label, PRIORITY, source="pattern"))
    return found
