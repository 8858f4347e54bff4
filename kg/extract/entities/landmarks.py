"""Features named with a complement: "la pointe du Raz", "le récif de Scarborough",
"le lac Tchad".

The model tags only the complement ("Raz", "Scarborough") or nothing; the
feature noun says the whole phrase names a place (``kg/data/feature_nouns.txt``),
or that its complement does ("le port de Zeebrugge").
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from ...gazetteer import geonames_city, load_gazetteer, read_table
from ...records import PLACE
from ...text import slug
from ..capitalised import name_end
from ..found import Found
from .organisations.heads import at_words
from .filters import determined
from .places import line_start

#: A feature: above the gazetteer's names (3), which its complement may hold
#: ("le golfe de Guinée"), like the organisation patterns.
PRIORITY = 4
#: A place named after its noun ("le port de Zeebrugge"): above the model's
#: one-word places (1), below the gazetteer's names (3).
NAMED_PRIORITY = 2
_DE = {"de", "du", "des", "d'", "d’"}
#: Lower-case parts of names joined by a hyphen ("Bab el-Mandeb", "Ras al-Khaïma"),
#: and the particles of Italian, Spanish and Portuguese names ("Pratica di Mare").
_JOINED = {"el", "al", "ed", "es", "ech", "ad", "di", "da", "del", "della", "dei", "y", "do", "dos", "das"}


@lru_cache(maxsize=1)
def feature_nouns() -> dict[str, bool]:
    """Each feature noun -> whether it only introduces its complement ("itself")."""
    return {row[0].strip().lower(): len(row) > 1 and row[1].strip() == "itself"
            for row in read_table("feature_nouns.txt") if row and row[0].strip()}


def landmark_spans(doc: Doc) -> list[Found]:
    nouns = feature_nouns()
    found = []
    for t in map(doc.__getitem__, at_words(doc, frozenset(nouns))):
        if t.lower_ not in nouns or t.i + 2 >= len(doc) or not (
                determined(doc, t.i) or doc[t.i - 1].lower_ == "en"  # "en mer du Nord"
                or t.text[:1].isupper() and (t.is_sent_start or line_start(doc, t.i))):  # a headline's
            continue  # "un soutien massif de Washington": no feature of its own
        de = t.i + 1
        if doc[de].pos_ == "ADJ" and doc[de].is_lower and de + 1 < len(doc):
            de += 1  # "la base navale de Locodjro"
        if doc[t.i + 1].text[:1].isupper() and t.is_lower:
            # "le lac Tchad", "la rivière Chaudière", "l'aéroport Toussaint-Louverture"
            j = name_end(doc, t.i + 1, _JOINED)
            text = doc[t.i:j].text
            if j > t.i + 1 and not (j < len(doc) and doc[j].like_num) and not load_gazetteer().lookup(text):
                label = text[0].upper() + text[1:]
                found.append(Found(t.i, j, f"place/{slug(label)}", PLACE, label, PRIORITY, source="pattern"))
            continue
        if doc[de].lower_ not in _DE:
            continue
        i = de + 1
        if doc[de].lower_ == "de" and doc[i].lower_ in {"la", "l'", "l’"} and i + 1 < len(doc):
            i += 1  # "le refuge de la Glère"
        j = name_end(doc, i, _JOINED)
        if j == i or j < len(doc) and doc[j].like_num:
            continue  # "le plateau de France 2": a channel's name runs on
        if nouns[t.lower_]:
            text = doc[i:j].text
            article = {"du": "Le ", "des": "Les "}.get(doc[de].lower_)
            if article and (geonames_city(article + text) or load_gazetteer().lookup(article + text)):
                text = article + text  # "le port du Havre": Le Havre
            found.append(Found(i, j, f"place/{slug(text)}", PLACE, text, NAMED_PRIORITY, source="pattern"))
            continue
        if any(k <= len(doc) and load_gazetteer().lookup(doc[t.i:k].text) for k in (j, j + 1, j + 2)):
            continue  # "le plateau du Golan", "la mer de Chine méridionale": the gazetteer's name
        text = doc[t.i:j].text
        label = text[0].upper() + text[1:]
        found.append(Found(t.i, j, f"place/{slug(label)}", PLACE, label, PRIORITY, source="pattern"))
    return found
