"""Sports clubs named after their club word ("le Stade rennais", "l'Olympique de Marseille", "le FC Nantes")."""
from __future__ import annotations

from spacy.tokens import Doc

from ....gazetteer import Gazetteer
from ...found import Found
from .heads import at_words, first_words, phrases_at
from .spans import name_after, org


def clubs(doc: Doc, gaz: Gazetteer) -> list[Found]:
    """"le Stade rennais", "l'Olympique de Marseille", "le FC Nantes"."""
    found = []
    for t in map(doc.__getitem__, at_words(doc, first_words("club"), case=True)):
        for phrase in phrases_at(doc, t.i, "club", case=True):
            end = t.i + len(phrase)
            if phrase[-1] == "de" or len(phrase) == 1:
                nxt = doc[end] if end < len(doc) else None
                if nxt is None:
                    break
                if nxt.text[:1].isupper():
                    end = name_after(doc, end, limit=3)
                elif len(phrase) == 1 and nxt.is_lower and nxt.is_alpha and nxt.pos_ not in (
                        "VERB", "AUX", "ADP", "DET", "CCONJ", "PRON"):
                    end += 1  # "Stade rennais"
                elif len(phrase) == 1 and nxt.is_digit:
                    end += 1  # "Racing 92"
                else:
                    break
            found.append(org(doc, t.i, end, doc[t.i:end].text))
            break
    return found
