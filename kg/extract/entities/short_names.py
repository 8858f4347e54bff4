"""A short name that refers back to a longer one of the same article.

"Austin" after "Lloyd Austin", "Lee" after "Lee Soo-yeon", "l'Assemblée"
after "Assemblée nationale", "le Litani" after "le fleuve Litani".
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from ...gazetteer import load_gazetteer
from .organisations.heads import heads
from ...records import ORGANIZATION, PERSON, PLACE
from ...text import fold
from ..found import Found
from ..initials import are_initials, initials, name_initials

PARTICLES = {"de", "d'", "du", "des", "van", "von", "der", "den", "le", "la", "di", "da", "del",
              "dos", "ben", "bin", "al", "el", "ter", "ten", "mac", "o'", "i", "y"}


def resolve_persons(found: list[Found], doc: Doc) -> None:
    """Point a short name at the one person named in full in the same article.

    A bare name refers to the full name it ends ("Austin" for Lloyd Austin,
    "Van der Meer" for Thomas Van der Meer) or, for names whose family name
    comes first (Korean, Chinese, Vietnamese, Hungarian: "Lee" for Lee
    Soo-yeon, "Xi" for Xi Jinping), the full name it begins, provided exactly
    one person of the article fits (:func:`_short_form`); initials ("A.-L. V.") refer to the one
    person whose name they abbreviate. An NER place or organisation that is
    exactly such a name ("de Blinken et Austin") becomes that person too.
    """
    persons = [f for f in found if f.kind == PERSON and len(f.label.split()) > 1]
    for f in found:
        if f.source != "ner":
            continue
        words = fold(f.label).split()
        if are_initials(f.label):  # "A.-L. V. : …", an interview's answers after "Anne-Laure Vasseur"
            candidates = {p.key: p for p in persons
                          if not are_initials(p.label) and name_initials(p.label) == initials(f.label)}
            if len(candidates) == 1:
                _point_at(f, next(iter(candidates.values())))
            continue
        candidates = {p.key: p for p in persons if p.key != f.key and _short_form(words, fold(p.label).split())}
        if f.kind == PERSON and len(words) > 1 and not _particle_name(f.label) and not (
                len(candidates) == 1 and fold(next(iter(candidates.values())).label).endswith(" " + " ".join(words))):
            continue  # a full name of its own, unless the end of one longer name ("Quintero Rojas")
        if len(candidates) == 1:
            _point_at(f, next(iter(candidates.values())))


def _point_at(f: Found, target: Found) -> None:
    """Make ``f`` a mention of the person ``target``."""
    f.key, f.kind, f.label = target.key, PERSON, target.label
    f.wikidata, f.affiliations = target.wikidata, list(target.affiliations)
    f.located_in = None


#: Initials opening a span the model read on ("J. D. : Excellentes questions"): with their full
#: stops, unlike :data:`kg.extract.initials.INITIALS`, which matches a whole label.
_INITIALS_OPENING = re.compile(r"(?:[A-ZÀ-Ý]\.(?:-[A-ZÀ-Ý]\.)*\s?){2,4}")


def resolve_initials(found: list[Found], doc: Doc) -> None:
    """A span the model reads from a person's initials ("J. D. : Excellentes
    questions", an interview's answer label) is the one person of the article
    whose name they abbreviate: that person, the span cut to the initials."""
    persons = {f.key: f for f in found if f.kind == PERSON and len(f.label.split()) > 1}
    for f in found:
        m = _INITIALS_OPENING.match(doc[f.start:f.end].text) if f.source == "ner" else None
        if m is None:
            continue
        targets = [p for p in persons.values() if p is not f and fold(name_initials(p.label)) == fold(initials(m.group()))]
        if len(targets) != 1:
            continue
        target = targets[0]
        end = f.start
        while end < f.end and doc[end].idx + len(doc[end].text) <= doc[f.start].idx + len(m.group().rstrip()):
            end += 1
        f.end = max(end, f.start + 1)
        f.key, f.kind, f.label = target.key, PERSON, target.label
        f.wikidata, f.affiliations, f.located_in = target.wikidata, list(target.affiliations), None


def recover_short_names(found: list[Found], doc: Doc) -> list[Found]:
    """The model's one-word names that a precision filter dropped but that are a
    part of exactly one person the article names in full: "Lin a rappelé" after
    "Lin Guozhong" ("lin" is a common word), "a déclaré Park" after "Park
    Sang-hoon". A family name, or a first word that is no first name (a family
    name written first), is a mention of that person."""
    from .namesakes import first_names

    parts: dict[str, set[str]] = {}
    persons = {f.key: f for f in found if f.kind == PERSON and len(f.label.split()) > 1}
    for p in persons.values():
        words = p.label.split()
        parts.setdefault(words[-1], set()).add(p.key)
        if fold(words[0]) not in first_names():
            parts.setdefault(words[0], set()).add(p.key)
    if not parts:
        return found
    taken = {i for f in found for i in range(f.start, f.end)}
    added = []
    for ent in doc.ents:
        keys = parts.get(ent.text) if len(ent) == 1 else None
        if keys and len(keys) == 1 and ent.start not in taken:
            p = persons[next(iter(keys))]
            added.append(Found(ent.start, ent.end, p.key, PERSON, p.label, 1, wikidata=p.wikidata,
                               affiliations=list(p.affiliations), source="ner"))
    return sorted(found + added, key=lambda f: f.start) if added else found


def _particle_name(label: str) -> bool:
    """A surname written with its particle ("Van der Meer", "de Villemont", "Le Goff")."""
    words = fold(label).split()
    return len(words) > 1 and all(w in PARTICLES for w in words[:-1])


def _short_form(short: list[str], full: list[str]) -> bool:
    """Whether ``short`` is the end of ``full`` (a surname, with its particles, or
    a double family name: "Quintero Rojas" of Andrés Quintero Rojas) or, for a
    one-word name, its first word (a family name written first, or a first name
    used alone: the article's only person with it) or a middle one (the first
    of a family name of two words: "Mbala" of Patrice Mbala Nkoy)."""
    if len(short) >= len(full):
        return False
    if full[-len(short):] == short:
        return True
    # "Lee" for Lee Soo-yeon; "Mbala" for Patrice Mbala Nkoy (a family name of two words)
    return len(short) == 1 and (full[0] == short[0] or len(full) > 2 and short[0] in full[1:-1])


def resolve_organisations(found: list[Found], doc: Doc | None = None) -> None:
    """A one-word organisation name ("l'Assemblée", "le Parti") that begins the
    name of exactly one organisation of the article is that organisation (a
    town GeoNames knows stays the town: "Saint-Brieuc", "Saint-Brieuc Demain"); so is
    a model span written exactly like an organisation a pattern or the gazetteer
    found ("la société Eaux du Levant" … "le directeur d'Eaux du Levant", which
    the model reads as a person); and a model "person" written exactly like a
    place a pattern found ("la base de Valcartier" … "les soldats de Valcartier")
    is that place. A town's name that is the subject of a verb ("Valmonte
    discuterait du rachat" after "Valmonte Aérospace") is the organisation named
    after it too; elsewhere the town stays a town."""
    subjects = {(f.start, f.end) for f in found
                if doc is not None and doc[f.end - 1].dep_ == "nsubj"}
    _national_bodies_as_one(found)
    _units_as_one(found)
    full = [f for f in found if f.kind == ORGANIZATION and len(f.label.split()) > 1]
    named = {fold(f.label): f for f in found if f.kind in (ORGANIZATION, PLACE) and f.source != "ner"}
    legal = heads().words("legal")
    for f in full:
        *name, last = f.label.split()
        if last.lower() in legal and f.source != "ner":  # "Sanguinet Bauxite" of "Sanguinet Bauxite SA"
            named.setdefault(fold(" ".join(name)), f)
    places = {fold(f.label): f for f in found if f.kind == PLACE}
    firsts = {fold(o.label).split()[0] for o in full}
    orgs = {fold(f.label): f for f in found if f.kind == ORGANIZATION and fold(f.label) not in firsts}
    for f in found:
        same = named.get(fold(f.label)) if f.source == "ner" and f.kind in (PERSON, PLACE) else None
        if same is None and f.source == "ner" and f.kind == PLACE and not f.geonames:
            same = orgs.get(fold(f.label))  # "Verralis ferme son usine" once "le directeur de Verralis" made it a body
        if same is not None and same.kind != f.kind:
            f.key, f.kind, f.label = same.key, same.kind, same.label
            f.wikidata, f.affiliations, f.located_in = same.wikidata, list(same.affiliations), same.located_in
            continue
        if f.source != "ner" or f.kind not in (ORGANIZATION, PLACE) or len(f.label.split()) != 1:
            continue
        subject = (f.start, f.end) in subjects
        if f.kind == PLACE and f.geonames and not subject:
            continue  # "Saint-Brieuc" is the town, though the list "Saint-Brieuc Demain" is named after it
        candidates = {o.key: o for o in full if fold(o.label).split()[0] == fold(f.label)}
        if len(candidates) == 1:
            target = next(iter(candidates.values()))
            if places.get(fold(f.label)) is not None and not subject:
                # "une source a Tillaberi" in a story on Tillaberi, though the NGO
                # "Tillaberi Solidarité" is named after it: the place
                target = places[fold(f.label)]
            f.key, f.kind, f.label = target.key, target.kind, target.label
            f.wikidata, f.affiliations, f.located_in = target.wikidata, list(target.affiliations), target.located_in
            f.geonames = target.geonames


#: A numbered unit: "45e brigade", "1er régiment", "11ème brigade parachutiste".
_UNIT = re.compile(r"(\d+)(?:e|ème|eme|er|re|è)\s+(\w+)", re.IGNORECASE)


def _units_as_one(found: list[Found]) -> None:
    """One node for a numbered unit the article names by its nationality and by
    its type ("la 45e brigade allemande" in the headline, "la 45e brigade
    blindée" in the text): a name whose other words are only demonyms of one
    country is the one typed unit of that number. Two typed names ("1er
    régiment de parachutistes", "1er régiment d'infanterie") or two countries
    stay apart."""
    gaz = load_gazetteer()
    groups: dict[tuple[str, str], list[Found]] = {}
    for f in found:
        m = _UNIT.match(f.label) if f.kind == ORGANIZATION else None
        if m:
            groups.setdefault((m.group(1), fold(m.group(2))), []).append(f)
    for same in groups.values():
        typed, national, countries = {}, [], set()
        for f in same:
            extra = f.label.split()[2:]
            found_countries = {gaz.country_of(w) for w in extra}
            if extra and None not in found_countries:
                national.append(f)
                countries |= found_countries
            else:
                typed.setdefault(f.key, f)
        if len(typed) != 1 or not national or len(countries) > 1:
            continue
        target = next(iter(typed.values()))
        for f in national:
            f.key, f.label, f.wikidata = target.key, target.label, target.wikidata
            f.affiliations = list(dict.fromkeys([*f.affiliations, *target.affiliations]))


#: Words a state body's name may carry or leave out ("la Marine nationale ivoirienne",
#: "la Marine ivoirienne").
_NATIONAL = {"national", "nationale", "nationaux", "nationales"}


def _national_bodies_as_one(found: list[Found]) -> None:
    """One node for a state body written with and without "nationale" and with its
    country as a demonym or an affiliation ("la Marine nationale ivoirienne", "la
    Marine ivoirienne"): same head word, same other words, same country. The
    longest name is kept."""
    gaz = load_gazetteer()
    groups: dict[tuple, list[Found]] = {}
    for f in found:
        if f.kind != ORGANIZATION or len(f.affiliations) > 1:
            continue
        words, countries = [], set(a for a in f.affiliations if a.startswith("country/"))
        for w in f.label.split():
            country = gaz.country_of(w)
            if country:
                countries.add(country)
            elif fold(w) not in _NATIONAL:
                words.append(fold(w))
        if len(countries) == 1 and words:
            groups.setdefault((tuple(words), *countries), []).append(f)
    for same in groups.values():
        if len({f.key for f in same}) > 1:
            target = max(same, key=lambda f: (f.end - f.start, len(f.label), f.key))
            for f in same:
                f.key, f.label, f.wikidata = target.key, target.label, target.wikidata
                f.affiliations = list(target.affiliations)

def resolve_features(found: list[Found]) -> None:
    """A model name written like the name of a feature of the article, without
    its noun ("au sud du Litani" after "le fleuve Litani"), is that feature,
    unless the gazetteers know the name alone: "le Sénégal" is the country even
    in an article on "le fleuve Sénégal"."""
    from .landmarks import feature_nouns

    nouns, gaz = feature_nouns(), load_gazetteer()
    features: dict[str, Found] = {}
    for f in found:
        words = f.label.split(maxsplit=1)
        if f.kind == PLACE and f.source == "pattern" and len(words) == 2 and nouns.get(words[0].lower()) is False:
            features.setdefault(fold(words[1]), f)
    if not features:
        return
    for f in found:
        feature = features.get(fold(f.label)) if f.source == "ner" else None
        if feature is not None and feature is not f and not gaz.lookup(f.label):
            f.key, f.kind, f.label = feature.key, PLACE, feature.label
            f.wikidata, f.affiliations, f.located_in = feature.wikidata, [], feature.located_in
            f.geonames = feature.geonames
