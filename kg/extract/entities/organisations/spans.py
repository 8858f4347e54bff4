"""What every organisation finder shares: span priorities, the end of a name, the Found it makes."""
from __future__ import annotations

from spacy.tokens import Doc

from ....gazetteer import Gazetteer
from ....records import ORGANIZATION
from ....text import slug
from ...capitalised import name_end as capitalised_end
from ...found import Found

#: Priority of these spans: above the gazetteer's single names (3), so "l'armée
#: tchadienne" is one organisation, not the demonym's country.
PRIORITY = 4
#: Priority of a name a group noun introduces: above the model's person spans (5).
INTRODUCED_PRIORITY = 6
DE = {"de", "d'", "du", "des"}
#: What joins the words of an organisation's name ("Procter & Gamble").
JOINERS = DE | {"&"}
ARTICLES = {"le", "la", "l'", "les"}


def name_after(doc: Doc, i: int, limit: int = 5) -> int:
    """End of a capitalised name starting at ``i`` ("Le Monde", "Le Quotidien du Peuple")."""
    return capitalised_end(doc, i, JOINERS, limit)


def name_end(doc: Doc, i: int, gaz: Gazetteer, limit: int = 5) -> int:
    """End of the name starting at ``i``: the longest name the gazetteer knows there
    ("Organisation mondiale de la santé", "Rassemblement national"), else the
    model's entity starting there when it runs further ("Jàmm ak Xéewal"), else
    the capitalised words (:func:`name_after`)."""
    for n in range(min(8, len(doc) - i), 0, -1):
        if gaz.lookup(doc[i:i + n].text) and not doc[i + n - 1].is_punct:
            return i + n
    end = name_after(doc, i, limit)
    for ent in doc.ents:
        if ent.start == i and ent.end > end and not any(t.is_punct and t.text not in "-'" for t in ent):
            return ent.end
    return end


def label_of(doc: Doc, start: int, end: int) -> str:
    text = doc[start:end].text
    return text[0].upper() + text[1:]


def org(doc: Doc, start: int, end: int, label: str, affiliations=()) -> Found:
    key = "org/" + slug(label) + "".join(f"-{a.split('/')[1].lower()}" for a in affiliations
                                          if a.startswith("country/"))
    return Found(start, end, key, ORGANIZATION, label, PRIORITY,
                 affiliations=list(affiliations), source="pattern")

