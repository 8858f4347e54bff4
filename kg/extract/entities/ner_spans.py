"""Spans of the statistical NER (PER, ORG, LOC), cleaned and classed.

The model's spans lose determiners, civilities and junk, gain the lower-case
words it left out of an institution's name, and change class where the
context says so ("à Bria" is a town, "la ministre lituanienne Dovilė
Kazlauskienė" a person).
"""
from __future__ import annotations

import pycountry
from spacy.tokens import Doc, Span

from ...dates import WEEKDAYS
from ...gazetteer import Gazetteer, capital_of, demonym_country, geonames_city
from ...records import ORGANIZATION, PERSON, PLACE
from ...text import fold, slug
from ..capitalised import name_end
from ..found import Found
from .organisations.heads import member_nouns
from .filters import dictionary_word, ends_like_company, looks_like_org, rejected, strip_leading
from .known_names import from_known
from .landmarks import feature_nouns
from .namesakes import first_names, places_like_their_namesakes
from .places import country_from_context, governed_like_place, line_start, of_its_members
from .roles import role_before
from .short_names import PARTICLES

# Person spans lose a leading civility or professional title ("Me", "M.").
_CIVILITIES = {"m.", "mme", "mlle", "me", "maître", "dr", "dre", "docteur", "docteure", "pr", "mgr",
               "monsieur", "madame"}


def _capitalised_inside_sentence(t) -> bool:
    """Whether ``t`` is written capitalised where a sentence or line does not begin."""
    return (t.text[:1].isupper() and not t.is_sent_start and t.i > 0
            and not t.doc[t.i - 1].is_punct and "\n" not in t.doc[t.i - 1].text_with_ws)


def ner_spans(doc: Doc, gaz: Gazetteer) -> list[Found]:
    found = []
    kinds = {"PER": (PERSON, "person"), "ORG": (ORGANIZATION, "org"), "LOC": (PLACE, "place")}
    for ent in doc.ents:
        titled = _outlet_title(ent)
        label = "ORG" if titled else ent.label_
        if label == "MISC" and _in_apposition(ent) and _named_after_title(ent, doc, gaz):
            label = "PER"  # "le ministre de la Défense, Parfait Gbazi-Yakité,": a person the model calls a work
        if label in ("LOC", "MISC", "ORG") and _title_then_first_name(ent, gaz):
            label = "PER"  # "Générale Anne-Laure Vasseur : « … »" (a headline): a person the model read as a place
        if label == "ORG" and _title_in_brackets_after(ent, doc, gaz):
            label = "PER"  # "Vasilis Stamatis (entraîneur de Monaco) :": a person, their role in brackets
        if label in ("LOC", "MISC", "ORG") and (named := _known_then_name(ent, gaz)) is not None:
            label, ent = "PER", named  # "a expliqué à Euronews Park Ji-won": the outlet is found apart
        if label in ("LOC", "MISC", "PER") and _demonym_then_name(ent, gaz):
            label, ent = "PER", ent[1:]  # "Le Grison Reto Caflisch (UDC)": a person, their region first
        if label not in kinds:
            continue
        if label == "ORG" and _cut_before_complement(ent) and ent.end < len(doc) and doc[ent.end].text[:1].isupper():
            # "Centre d'études stratégiques du | Sahel", "Police provinciale de l' | Ontario":
            # the model cut the name before its complement
            ent = doc[ent.start:name_end(doc, ent.end)]
        if label in ("LOC", "ORG") and len(ent) > 1 and ent[1].text[:1].isupper() and ent[0].lower_ in _CIVILITIES:
            label = "PER"  # "la Dre Ouellet", "Me Dupont": a civility opens a person's name
        if label in ("LOC", "ORG"):
            ent = _trimmed(ent, doc)
        span = ent if titled else strip_leading(ent)
        if (ent.label_ == "LOC" and span.start == ent.start + 1 and ent[0].lower_ in {"le", "la", "les"}
                and (geonames_city(ent.text) or _capitalised_inside_sentence(ent[0]))):
            # "La Rochelle", "Le Havre", "au-dessus de La Garde-Freinet": the article is part
            # of the name (a capital article inside a sentence begins a name)
            span = ent
        if span.start > 0 and doc[span.start - 1].text in ("N'", "N’") and not doc[span.start - 1].whitespace_:
            span = doc[span.start - 1:span.end]  # "N'Djamena", "N'Guessan": the model left out the "N'"
        if label == "PER":
            # "M. Dupont", "Général Mbala" (a headline's speaker): the name without its title
            while len(span) > 1 and (span[0].lower_ in _CIVILITIES or span[0].lower_ in gaz.titles):
                span = doc[span.start + 1:span.end]
            # "Delvaux tacle De Smedt" (a headline): a name holds no lower-case word but its particles
            cut = next((t.i for t in span[1:] if t.is_lower and t.is_alpha and t.lower_ not in PARTICLES
                        and not (doc[t.i - 1].text == "-" and not doc[t.i - 2].whitespace_)), None)
            if cut is not None:
                span = doc[span.start:cut]
            if _first_name_left_out(span, doc):
                span = doc[span.start - 1:span.end]  # "la chanteuse Grâce Lutumba": a first name that is a word too
        if titled:
            # "Selon Le Télégramme, les pirates…": the model's span may run past the title
            cut = next((t.i for t in span[2:] if t.is_punct and t.text not in "-'’&"), span.end)
            span = doc[span.start:_title_complement(doc, cut)]
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
        known = gaz.lookup(text) or _bracketed_country_code(span, doc, gaz)
        if known and not known.ambiguous:
            found.append(from_known(known, span.start, span.end, priority=1))
            continue
        if kind == PERSON and governed_like_place(doc, span.start) and (
                geonames_city(text) or fold(span[0].text) not in first_names()):
            kind, prefix = PLACE, "place"  # "à Bria", "autour de Kimoka": a town, not a person
        elif kind == PERSON and fold(span[0].text) not in first_names() and capital_of(
                getattr(geonames_city(text), "geonames", None)):
            kind, prefix = PLACE, "place"  # "Kigali a rejeté", "Phnom Penh dénonce": a capital, not a person
        elif kind == PERSON and _after_feature_noun(span):
            kind, prefix = PLACE, "place"  # "le temple de Ta Muen Thom": the feature's name, no person
        elif kind == PERSON and " " not in text and _named_like_a_place(text):
            kind, prefix = PLACE, "place"  # "Albaret-Sainte-Marie", "à Marcel-Deflandre"
        if (kind == PLACE and (looks_like_org(span) or span[0].text in _INSTITUTION_CAPITALS
                               or _acronym(span[0].text) and not gaz.lookup(span[0].text)
                               and geonames_city(span[0].text) is None)
                or kind == PERSON and looks_like_org(span[:1])
                or kind == PERSON and len(span) > 1 and ends_like_company(span)):
            kind, prefix = ORGANIZATION, "org"
        elif kind != PERSON and _named_after_title(span, doc, gaz):
            kind, prefix = PERSON, "person"  # "la ministre lituanienne Dovilė Kazlauskienė"
        city = geonames_city(text) if kind == PLACE else None
        if kind == PLACE and not city and (of_its_members(doc, span.start, member_nouns())
                                           or span.start and doc[span.start - 1].lower_ == "chez"
                                           or _bracketed_after_person(span, doc)):
            # "les miliciens de la Codeco", "Chez Vooruit, on se dit prêt", "Frank
            # Verhaegen (Vooruit)": a body, no town
            kind, prefix = ORGANIZATION, "org"
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
                           5 if kind == PERSON and len(words(span)) > 1 else 3 if affiliations else 1,
                           affiliations=affiliations, located_in=located, source="ner",
                           glued=bool(glued)))
    places_like_their_namesakes(found, doc)
    return found


def _after_feature_noun(span: Span) -> bool:
    """Whether ``span`` completes a feature noun of feature_nouns.txt ("le temple de
    X", "la pointe du X"): the name of a place (:mod:`.landmarks` builds the whole)."""
    doc = span.doc
    return (span.start >= 2 and doc[span.start - 1].lower_ in {"de", "d'", "d’", "du"}
            and doc[span.start - 2].lower_ in feature_nouns())


#: Particles of Italian, Spanish and Portuguese names ("Pratica di Mare", "Paz y
#: Territorio", "Rio do Sul") where the model tends to stop.
_FOREIGN_PARTICLES = {"di", "da", "del", "della", "dei", "degli", "y", "do", "dos", "das", "de"}


def _trimmed(ent: Span, doc: Doc) -> Span:
    """The model's place or organisation without what it swallowed after the name
    (a weekday, "Bourse de Paris | mercredi"; a headline's verb, "Port-au-Prince |
    proteste") and with a foreign name's end it left out ("Pratica | di Mare")."""
    end = ent.end
    while end - ent.start > 1 and doc[end - 1].lower_ in WEEKDAYS:
        end -= 1
    cut = next((t.i for t in doc[ent.start + 1:end] if t.is_lower and t.pos_ == "VERB"
                and "Fin" in t.morph.get("VerbForm") and doc[t.i - 1].text != "-"), None)
    if cut is not None:
        end = cut
    if (end == ent.end and end + 1 < len(doc) and doc[end].lower_ in _FOREIGN_PARTICLES - {"de"}
            and doc[end + 1].text[:1].isupper() and not doc[end + 1].is_sent_start):
        end = name_end(doc, end + 1, _FOREIGN_PARTICLES)
    return ent if end == ent.end else Span(doc, ent.start, end, label=ent.label_)


def _bracketed_after_person(span: Span, doc: Doc) -> bool:
    """A name alone in brackets right after a person's ("le ministre, Frank
    Verhaegen (Vooruit), a présenté"): the party or body they belong to."""
    return (span.start >= 2 and doc[span.start - 1].text == "(" and span.end < len(doc)
            and doc[span.end].text == ")" and doc[span.start - 2].ent_type_ == "PER")


def _bracketed_country_code(span: Span, doc: Doc, gaz: Gazetteer):
    """The country whose ISO 3166 alpha-3 code stands alone in brackets, as results
    lists write a competitor's country ("Lena Hofbauer (AUT)"), else None."""
    text = span.text
    if not (len(span) == 1 and len(text) == 3 and text.isupper() and text.isalpha()
            and span.start > 1 and doc[span.start - 1].text == "("
            and span.end < len(doc) and doc[span.end].text in {")", ","}):
        return None
    before = doc[span.start - 2]
    if not before.text[:1].isupper() or _spelled_before(text, doc, span.start - 1):
        # "(FIN)" closing a wire; "du Parti action nationale (PAN, opposition)": the party's acronym
        return None
    country = pycountry.countries.get(alpha_3=text)
    return gaz.entities.get(f"country/{country.alpha_2}") if country is not None else None


def _spelled_before(acronym: str, doc: Doc, bracket: int) -> bool:
    """Whether the words up to ``bracket`` (from a capitalised one, within eight) spell ``acronym``."""
    from .acronyms import acronym_of  # (acronyms reads the filters this module reads too)

    for start in range(bracket - 1, max(-1, bracket - 9), -1):
        if doc[start].is_punct and doc[start].text not in "-'’":
            return False
        if doc[start].text[:1].isupper() and acronym_of(acronym, doc[start:bracket].text):
            return True
    return False


def _in_apposition(span: Span) -> bool:
    """Between commas, or a comma and a full stop: "le ministre, X, a dit"."""
    doc = span.doc
    return (span.start > 0 and doc[span.start - 1].text == ","
            and span.end < len(doc) and doc[span.end].text in {",", "."})


def _acronym(text: str) -> bool:
    """Capitals only ("APA", "FCPE" of "la FCPE de Loire-Atlantique"): when no
    gazetteer knows it, the model's "place" is an organisation's acronym."""
    return 2 <= len(text) <= 6 and text.isalpha() and text.isupper()


# Words an organisation's name may not end with: its complement follows.
_CUT_AFTER = {"de", "du", "des", "d'", "d’"}


def _cut_before_complement(ent: Span) -> bool:
    """Whether the model's organisation ends on "de"/"du"/"des", or on "de l'"/"de la"."""
    return ent[-1].lower_ in _CUT_AFTER or (
        len(ent) > 2 and ent[-1].lower_ in {"l'", "l’", "la"} and ent[-2].lower_ == "de")

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
    return _listed_portfolios(doc, end)


def _complement_end(doc: Doc, i: int) -> int:
    """End of "de (la|l')" or "des"/"du" and one noun and its adjectives at ``i`` ("de
    l'énergie", "des Finances"), else ``i``."""
    j = i
    if j < len(doc) and doc[j].lower_ in {"de", "du", "des", "d'", "d’"}:
        j += 1
        if j < len(doc) and doc[j].lower_ in {"la", "l'", "l’"}:
            j += 1
        if j < len(doc) and doc[j].is_alpha and doc[j].pos_ in {"NOUN", "ADJ", "PROPN"}:
            j += 1
            while j < len(doc) and doc[j].is_lower and doc[j].pos_ == "ADJ" and j - i < 5:
                j += 1  # "de la Souveraineté industrielle"
            return j
    return i


def _listed_portfolios(doc: Doc, end: int) -> int:
    """End of an institution's name past the portfolios it lists ("Département
    fédéral de l'environnement | , des transports, de l'énergie et de la
    communication", "ministère de l'Économie | , des Finances et de la
    Souveraineté"): complements joined by commas, the last by "et"; without the
    "et de …" that closes the list, the comma ends the name."""
    j, last = end, end
    while j < len(doc) and doc[j].text == ",":
        k = _complement_end(doc, j + 1)
        if k == j + 1:
            return end
        j = k
    if j < len(doc) and doc[j].lower_ == "et":
        k = _complement_end(doc, j + 1)
        if k > j + 1:
            last = k
    return last


def _glued_relative(span: Span) -> str:
    """The relative pronoun a scraper glued to a name's last word, when a verb or a
    clitic or an auxiliary follows ("Le Flochqui recevait", "Bensaïdqui l'avait servi",
    "Moreauqui a pris"), or the auxiliary "a" before a past participle
    ("Garnier-Lassallea demandé"), or the preposition "à" before a determiner or a
    number ("Ji-hoà la 88e": no name ends in "à"), else ""."""
    last = span[-1].text
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    if (last.endswith("a") and len(last) >= 6 and len(span) > 1 and nxt is not None and nxt.pos_ == "VERB"
            and "Part" in nxt.morph.get("VerbForm") and not dictionary_word(last.lower())):
        return "a"  # "Philippe Garnier-Lassallea demandé": the auxiliary glued to the name
    if (last.endswith("à") and len(last) >= 3 and last[-2].isalpha() and nxt is not None
            and (nxt.pos_ == "DET" or nxt.like_num)):
        return "à"  # "un penalty de Hwang Ji-hoà la 88e": the preposition glued to the name
    for suffix in ("qui", "que"):
        if (last.endswith(suffix) and len(last) - len(suffix) >= 4 and last[-len(suffix) - 1].isalpha()
                and nxt is not None and (nxt.pos_ in {"VERB", "AUX", "PRON"} or nxt.lower_ in {"l'", "s'", "n'"})
                and not dictionary_word(last.lower())):
            return suffix
    return ""


def _unknown_name(span: Span, gaz: Gazetteer) -> bool:
    """Two or three capitalised words that no gazetteer knows and no institution word opens:
    the shape of a person's name the model mislabelled."""
    names = words(span)
    return (2 <= len(names) <= 3 and all(t.text[:1].isupper() for t in names)
            and not looks_like_org(span) and gaz.lookup(span.text) is None)


def _title_in_brackets_after(span: Span, doc: Doc, gaz: Gazetteer) -> bool:
    """Two or three capitalised words, no institution word, then a bracket opening on a person's
    title ("Vasilis Stamatis (entraîneur de Monaco)", a reactions list): a person, not a body."""
    end = span.end
    return (end + 1 < len(doc) and doc[end].text == "(" and doc[end + 1].lower_ in gaz.titles
            and _unknown_name(span, gaz))


def _known_then_name(span: Span, gaz: Gazetteer) -> Span | None:
    """The name after a known organisation the model ran into it ("à Euronews Park Ji-won"):
    two or three capitalised words, no known entity nor body, one of them opening like a name."""
    for k in range(1, len(span) - 1):
        known = gaz.lookup(span[:k].text)
        if known is None or known.kind != ORGANIZATION:
            continue
        rest = span[k:]
        if _unknown_name(rest, gaz) and not any(gaz.lookup(t.text) for t in words(rest)):
            return rest
        return None
    return None


def _demonym_then_name(span: Span, gaz: Gazetteer) -> bool:
    """After "le"/"la", a capitalised demonym of a country or region, then two or three capitalised
    words naming no known entity nor body ("le Grison Reto Caflisch", read as a work, a place or
    a person's longer name): a person, without the demonym ("Normand Dupuis" is a first name)."""
    rest = span[1:]
    return (len(span) >= 3 and span.start > 0 and span.doc[span.start - 1].lower_ in ("le", "la")
            and span[0].text[:1].isupper() and demonym_country(span[0].text) is not None
            and _unknown_name(rest, gaz))


def _first_name_left_out(span: Span, doc: Doc) -> bool:
    """A one-word person whose previous word is a capitalised first name inside a sentence
    ("la chanteuse Grâce Lutumba", the model read "Grâce" as the noun): the name begins there."""
    if len(span) != 1 or span.start < 2:
        return False
    before = doc[span.start - 1]
    return (before.text[:1].isupper() and before.is_alpha and not before.is_sent_start
            and not doc[span.start - 2].is_punct and fold(before.text) in first_names())


def words(span: Span) -> list:
    """The words of ``span``: a hyphenated name ("Kourouma-Sylla", "Seine-Maritime")
    is one word, though spaCy may cut it in three tokens."""
    return [t for t in span if t.text != "-" and not (t.i > span.start and span.doc[t.i - 1].text == "-"
                                                      and not span.doc[t.i - 1].whitespace_)]


def _title_then_first_name(span: Span, gaz: Gazetteer) -> bool:
    """A capitalised title, a known first name, then a capitalised word ("Générale Anne-Laure
    Vasseur", "Colonel Marc Vidal"): a titled person, whatever class the model gave it."""
    return (len(span) >= 3 and span[0].text[:1].isupper() and span[0].lower_ in gaz.titles
            and span[1].text[:1].isupper() and fold(span[1].text.split("-")[0]) in first_names()
            and span[-1].text[:1].isupper())


def _named_after_title(span: Span, doc: Doc, gaz: Gazetteer) -> bool:
    """Two or three capitalised words (a hyphenated name counts as one), no
    institution word, right after a title ("le ministre azerbaïdjanais Elnur
    Gasimov", "le ministre des Mines, Alpha Kourouma-Sylla", "le ministre de la
    Défense, Park Sang-hoon": a hyphenated given name's second part may be in
    lower case): a person the model misread."""
    if (not 2 <= len(words(span)) <= 3 or not all(t.text[:1].isupper() for t in words(span))
            or looks_like_org(span)):
        return False
    if gaz.lookup(span.text) or any(gaz.lookup(t.text) for t in span):
        return False
    return role_before(doc, span.start, gaz.titles) is not None
