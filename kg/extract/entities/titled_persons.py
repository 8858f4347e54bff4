"""Persons the model misses, named right after their title.

"le général néerlandais Maarten de Vries, qui commande…": a title (or a
capitalised demonym: "la Guinéenne Fatoumata Diallo-Keïta"), its adjectives and demonym, then capitalised words joined only by name particles
("de", "van der", "Le") is a person's name, whatever language it comes from;
so is the name after a title and a party's acronym ("le député RN Hugues de
Saint-Aubin").
Only fills the model's gaps: where it already reads a person from the first
word of the name, its span stands; one it starts later lost a first name that
is also a common word ("le général-major Pacifique Ngoy Mbuyi").
"""
from __future__ import annotations

from spacy.tokens import Doc

from ...gazetteer import Gazetteer
from ...records import ORGANIZATION, PERSON
from ...text import slug
from ..capitalised import name_end
from ..found import Found
from ..tokens import token_texts
from .filters import looks_like_org
from .known_names import from_known
from .short_names import PARTICLES

#: Priority of these spans: that of the model's multi-word person spans.
PRIORITY = 5


def titled_person_spans(doc: Doc, gaz: Gazetteer, ner_tags: dict[int, str]) -> list[Found]:
    found = []
    texts = token_texts(doc)  # (only a capitalised word or a title opens a span: no Token for the others)
    for t in (doc[i] for i, w in enumerate(texts) if w[:1].isupper() or w.lower() in gaz.titles):
        if _demonym_noun(doc, t.i, gaz):
            i = t.i + 1  # "la Guinéenne Fatoumata Diallo-Keïta": the nationality stands as the title
        elif t.lower_ not in gaz.titles or not t.is_lower:
            continue
        else:
            i = t.i + 1
        while i < len(doc) and (doc[i].is_lower or doc[i].text == "-"):
            if doc[i].text == "-" and not doc[i - 1].whitespace_ and i + 1 < len(doc) and doc[i + 1].is_lower:
                i += 2  # "le général-major", "la vice-présidente": one title
            elif doc[i].text == "-":
                break
            elif doc[i].pos_ == "ADJ" or gaz.country_of(doc[i].text):
                i += 1  # "le général néerlandais"
            elif (doc[i].lower_ in {"de", "d'"} and i + 1 < len(doc) and doc[i + 1].is_lower
                  and doc[i + 1].pos_ == "NOUN"):
                i += 2  # "le capitaine de vaisseau"
            else:
                break
        if i + 1 < len(doc) and _party_acronym(doc[i].text, gaz) and doc[i + 1].text[:1].isupper():
            i += 1  # "le député RN Hugues de Saint-Aubin": the party between title and name
        end = _name_end(doc, i)
        tags = {ner_tags.get(k) for k in range(i, end)} - {None}
        if end - i < 2 or ner_tags.get(i) == "PER" or "PER" in tags and len(tags) > 1:
            continue  # the model's person starts there, or another name comes before it ("le député Ecolo X")
        # (a person it starts later lost a first name: "le général Pacifique Ngoy Mbuyi")
        span = doc[i:end]
        if looks_like_org(span) or any(gaz.lookup(w.text) for w in span if w.text[:1].isupper()):
            continue
        if any(c.isdigit() for c in span.text):
            continue  # "le premier A400M": a model of aircraft, no person's name holds a digit
        known = gaz.lookup(span.text)
        if known and known.kind != PERSON:
            continue  # "la Maison Blanche"
        found.append(from_known(known, i, end, PRIORITY) if known else Found(
            i, end, f"person/{slug(span.text)}", PERSON, span.text, PRIORITY, source="ner"))
    return found


def _demonym_noun(doc: Doc, i: int, gaz: Gazetteer) -> bool:
    """A capitalised demonym after a definite article and before a capitalised
    word: "la Guinéenne Fatoumata…", "l'Espagnol Álvaro…"."""
    texts = token_texts(doc)  # (the cheap tests first: most capitalised words are no demonym)
    return (0 < i < len(texts) - 2 and texts[i][:1].isupper() and texts[i + 1][:1].isupper()
            and doc[i - 1].lower_ in {"le", "la", "l'", "l’"}
            and gaz.country_of(texts[i]) is not None and gaz.lookup(texts[i]) is None)


def _party_acronym(text: str, gaz: Gazetteer) -> bool:
    """An organisation's acronym the gazetteer knows ("RN", "LFI", "PS")."""
    if not (2 <= len(text) <= 5 and text.isupper() and text.isalpha()):
        return False
    known = gaz.lookup(text)
    return known is not None and known.kind == ORGANIZATION


def _name_end(doc: Doc, i: int) -> int:
    """End of a name at ``i``: capitalised words and particles, ending on a
    capitalised word and followed by punctuation, a verb or a relative pronoun."""
    last = name_end(doc, i, PARTICLES, limit=7)
    if last == i or last < len(doc) and not (doc[last].is_punct or doc[last].pos_ in {"VERB", "AUX"}
                                              or doc[last].lower_ in {"qui", "a", "et"}):
        return i
    return last
