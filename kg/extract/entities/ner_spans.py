"""Spans of the statistical NER (PER, ORG, LOC), cleaned and classed.

The model's spans lose determiners, civilities and junk, gain the lower-case
words it left out of an institution's name, and change class where the
context says so ("à Bria" is a town, "la ministre lituanienne Dovilė
Kazlauskienė" a person).
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ...gazetteer import Gazetteer, capital_of, geonames_city
from ...records import ORGANIZATION, PERSON, PLACE
from ...text import fold, slug
from ..capitalised import name_end
from ..found import Found
from .filters import dictionary_word, looks_like_org, rejected, strip_leading
from .known_names import from_known
from .namesakes import first_names, places_like_their_namesakes
from .places import country_from_context, governed_like_place, line_start
from .roles import role_before

# Person spans lose a leading civility or professional title ("Me", "M.").
_CIVILITIES = {"m.", "mme", "mlle", "me", "maître", "dr", "docteur", "pr", "mgr", "monsieur",
               "madame"}


def ner_spans(doc: Doc, gaz: Gazetteer) -> list[Found]:
    found = []
    kinds = {"PER": (PERSON, "person"), "ORG": (ORGANIZATION, "org"), "LOC": (PLACE, "place")}
    for ent in doc.ents:
        titled = _outlet_title(ent)
        label = "ORG" if titled else ent.label_
        if label not in kinds:
            continue
        span = ent if titled else strip_leading(ent)
        if (ent.label_ == "LOC" and span.start == ent.start + 1 and ent[0].lower_ in {"le", "la", "les"}
                and geonames_city(ent.text)):
            span = ent  # "La Rochelle", "Le Havre": the article is part of the name
        if ent.label_ == "PER":
            while len(span) > 1 and span[0].lower_ in _CIVILITIES:
                span = doc[span.start + 1:span.end]
        if titled:
            span = doc[span.start:_title_complement(doc, span.end)]
        elif label == "ORG":
            # "Parti socialiste", "Canard enchaîné", "Fédération nationale ovine":
            # lower-case adjectives the model left out of the name
            end = span.end
            while (end < len(doc) and doc[end].pos_ == "ADJ" and doc[end].is_lower
                   and not gaz.country_of(doc[end].text) and end - span.end < 2):
                end += 1
            if looks_like_org(span[:1]):
                end = _institution_complements(doc, end, gaz)
            span = doc[span.start:end]
        text = span.text
        if rejected(span, doc, gaz, label):
            continue
        glued = ent.label_ == "PER" and _glued_relative(span)
        if glued:
            text = text[: -len(glued)]  # "Arnaud Le Flochqui recevait": Arnaud Le Floch
        kind, prefix = kinds[label]
        known = gaz.lookup(text)
        if known and not known.ambiguous:
            found.append(from_known(known, span.start, span.end, priority=1))
            continue
        if kind == PERSON and governed_like_place(doc, span.start) and (
                geonames_city(text) or fold(span[0].text) not in first_names()):
            kind, prefix = PLACE, "place"  # "à Bria", "autour de Kimoka": a town, not a person
        elif kind == PERSON and len(span) == 1 and fold(text) not in first_names() and capital_of(
                getattr(geonames_city(text), "geonames", None)):
            kind, prefix = PLACE, "place"  # "Kigali a rejeté": a capital, not a person
        elif kind == PERSON and " " not in text and _named_like_a_place(text):
            kind, prefix = PLACE, "place"  # "Albaret-Sainte-Marie", "à Marcel-Deflandre"
        if (kind == PLACE and (looks_like_org(span) or span[0].text in _INSTITUTION_CAPITALS)
                or kind == PERSON and looks_like_org(span[:1])):
            kind, prefix = ORGANIZATION, "org"
        elif kind != PERSON and _named_after_title(span, doc, gaz):
            kind, prefix = PERSON, "person"  # "la ministre lituanienne Dovilė Kazlauskienė"
        city = geonames_city(text) if kind == PLACE else None
        if city:
            f = from_known(city, span.start, span.end, priority=1)
            f.label, f.source = text, "ner"
            f.located_in = country_from_context(doc, span.start, span.end, gaz) or city.located_in
            found.append(f)
            continue
        if kind == PERSON and (span[0].lower_ in gaz.titles or fold(span[0].text) in gaz.titles) and all(
                dictionary_word(t.lower_) or not t.text[:1].isupper() for t in span[1:]):
            continue  # "Président de la République", "Ministre": a title, nobody named
        # "le NIS sud-coréen", "l'Assemblée législative sud-coréenne": the
        # demonym after an organisation is its country.
        end, affiliations = span.end, []
        if kind == ORGANIZATION and end < len(doc):
            country = gaz.country_of(doc[end].text)
            if country:
                affiliations.append(country)
                end += 1
        located = country_from_context(doc, span.start, span.end, gaz) if kind == PLACE else None
        key = f"{prefix}/{slug(text)}" + "".join(f"-{a.split('/')[1].lower()}" for a in affiliations)
        found.append(Found(span.start, end, key, kind, text,
                           5 if kind == PERSON and len(span) > 1 else 3 if affiliations else 1,
                           affiliations=affiliations, located_in=located, source="ner",
                           glued=bool(glued)))
    places_like_their_namesakes(found, doc)
    return found


# Capitalised, these words name the local authority, not the territory ("la Région
# Occitanie a voté" is the regional council; "la région Occitanie" the land).
_INSTITUTION_CAPITALS = {"Région", "Département", "Commune", "Métropole"}


TITLE_ARTICLES = {"Le", "La", "Les", "L'", "L’"}
# Words after which a title names the outlet that reports or is reported to.
_OUTLET_CUES = {"selon", "par", "d'après", "d’après", "dans", "pour", "avec"}


def _outlet_title(ent: Span) -> bool:
    """An outlet's title: a capitalised article inside a sentence, then a capitalised
    name ("selon Le Télégramme", "Joint par Le Devoir du Nord", "selon
    L'Observateur"), which French writes only in titles. The model calls it an
    organisation, or a work (MISC) when a cue word ("selon", "par") says who
    reports. Persons ("Le Pen") and towns ("Le Havre") keep their own class."""
    first, doc = ent[0], ent.doc
    if (ent.label_ not in ("ORG", "MISC") or first.text not in TITLE_ARTICLES or len(ent) < 2
            or not ent[1].text[:1].isupper() or first.is_sent_start or line_start(doc, first.i)):
        return False
    return ent.label_ == "ORG" or (first.i > 0 and doc[first.i - 1].lower_ in _OUTLET_CUES)


def _title_complement(doc: Doc, end: int) -> int:
    """End of an outlet's title past "du Nord", "de la Vallée", "du Maghreb"
    (a place in the title is part of it, not a place the article names)."""
    j = end
    if j < len(doc) and doc[j].lower_ in {"du", "de", "des", "d'", "d’"}:
        j += 1 + (j + 1 < len(doc) and doc[j].lower_ == "de" and doc[j + 1].lower_ in {"la", "l'", "l’"})
        k = name_end(doc, j)
        if k > j:
            return k
    return end


# Words that join the parts of French place names ("Boulogne-sur-Mer", "Saint-Malo").
_TOPONYM_WORDS = {"saint", "sainte", "saints", "saintes", "sur", "sous", "les", "lès", "en", "le", "la"}


def _named_like_a_place(word: str) -> bool:
    """One hyphenated word built like a French place name: with "Saint(e)" or
    "sur" ("Albaret-Sainte-Marie", "Boulogne-sur-Mer"), or a first name then a
    surname ("Marcel-Deflandre", "Pierre-Mauroy": a stadium, a street named after
    someone; a person writes a space there)."""
    parts = [fold(p) for p in word.split("-")]
    if len(parts) < 2 or not word[:1].isupper():
        return False
    if any(p in _TOPONYM_WORDS for p in parts[1:]) or parts[0] in {"saint", "sainte"}:
        return True
    names = first_names()
    return len(parts) == 2 and parts[0] in names and parts[1] not in names


def _institution_complements(doc: Doc, end: int, gaz: Gazetteer) -> int:
    """End of an institution's name past the lower-case complements the model left
    out ("Office français | de la biodiversité", "Institut des affaires
    internationales | de Vilnius"): "de (la)" and one or two common words, then
    a known city."""
    for _ in range(2):
        j = end
        if j < len(doc) and doc[j].lower_ in {"de", "du", "des", "d'"}:
            j += 1
            if j < len(doc) and doc[j].lower_ in {"la", "l'"}:
                j += 1
            k = j
            while k < len(doc) and k - j < 2 and doc[k].is_lower and doc[k].is_alpha and doc[k].pos_ in {"NOUN", "ADJ"}:
                k += 1
            if k > j:
                end = k
                continue
            if (j < len(doc) and doc[j - 1].lower_ in {"de", "d'"} and doc[j].text[:1].isupper()
                    and geonames_city(doc[j].text) and not gaz.country_of(doc[j].text)):
                return j + 1
        break
    return end


def _glued_relative(span: Span) -> str:
    """The relative pronoun a scraper glued to a name's last word, when a verb or a
    clitic or an auxiliary follows ("Le Flochqui recevait", "Bensaïdqui l'avait servi",
    "Moreauqui a pris"), else ""."""
    last = span[-1].text
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    for suffix in ("qui", "que"):
        if (last.endswith(suffix) and len(last) - len(suffix) >= 4 and last[-len(suffix) - 1].isalpha()
                and nxt is not None and (nxt.pos_ in {"VERB", "AUX", "PRON"} or nxt.lower_ in {"l'", "s'", "n'"})
                and not dictionary_word(last.lower())):
            return suffix
    return ""


def _named_after_title(span: Span, doc: Doc, gaz: Gazetteer) -> bool:
    """Two or three capitalised words, no institution word, right after a title
    ("le ministre azerbaïdjanais Elnur Gasimov"): a person the model misread."""
    if not 2 <= len(span) <= 3 or not all(t.text[:1].isupper() for t in span) or looks_like_org(span):
        return False
    if gaz.lookup(span.text) or any(gaz.lookup(t.text) for t in span):
        return False
    return role_before(doc, span.start, gaz.titles) is not None
