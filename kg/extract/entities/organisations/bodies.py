"""Courts, local and national bodies: "le parquet de Lyon", "la préfecture de Seine-Maritime", "la police kényane"."""
from __future__ import annotations

from itertools import chain

from spacy.tokens import Doc

from ....gazetteer import Gazetteer, inflect
from ....records import PLACE
from ...found import Found
from .heads import at_words, first_words, phrases_at, heads
from .spans import ARTICLES, DE, label_of, name_end, org


def courts(doc: Doc, gaz: Gazetteer) -> list[Found]:
    """"le parquet de Lyon", "le tribunal correctionnel de Rennes", "la cour d'appel
    de Douai", "le parquet national antiterroriste"; and the other bodies named by
    the territory they serve ("la préfecture de Seine-Maritime", "le conseil
    départemental du Finistère", "l'ambassade de Chine", "le CHU de Lyon")."""
    found = []
    lands = heads().words("land")
    for t in map(doc.__getitem__, at_words(doc, first_words("court", "seat"))):
        if t.lower_ in lands and t.i >= 2 and doc[t.i - 2].lower_ in _LOCATIVES and doc[t.i - 1].pos_ == "DET":
            continue  # "déployé dans la préfecture de la Ouaka": the territory, not the office
        for phrase in chain(phrases_at(doc, t.i, "court", case=False),
                            phrases_at(doc, t.i, "seat", case=False)):
            j = t.i + len(phrase)
            # adjectives and "d'appel", "d'assises", "de grande instance"
            while j < len(doc) and j - t.i < 6:
                w = doc[j]
                if w.is_lower and w.pos_ == "ADJ":
                    j += 1
                elif (w.lower_ in {"d'", "de", "des"} and j + 1 < len(doc) and doc[j + 1].is_lower
                      and doc[j + 1].pos_ in {"NOUN", "ADJ"} and doc[j + 1].lower_ not in ARTICLES):
                    j += 2
                else:
                    break
            article = j + 2 < len(doc) and doc[j + 1].lower_ in {"l'", "la"} and doc[j].lower_ in {"de", "d'"}
            if j + 1 < len(doc) and doc[j].lower_ in {"de", "d'", "du", "des"} and doc[j + 1 + article].text[:1].isupper():
                end = name_end(doc, j + 1 + article, gaz, limit=4)
            elif j > t.i + len(phrase) and any(w.lower_ in {"national", "nationale"} for w in doc[t.i:j]):
                end = j
            else:
                break
            found.append(org(doc, t.i, end, label_of(doc, t.i, end)))
            break
    return found


#: Prepositions after which a seat noun that also names a territory ("land") is the territory.
_LOCATIVES = {"dans", "en", "vers", "travers", "toute", "tout"}


def national_bodies(doc: Doc, gaz: Gazetteer) -> list[Found]:
    """"la police kényane", "la garde côtière philippine", "l'état-major grec",
    "l'état-major des forces armées philippines": a state body named by its
    country's demonym, affiliated with that country; and the common-noun bodies
    that are names by themselves ("l'intersyndicale", "l'état-major des armées")."""
    found = []
    direct_words = first_words("national-adj")
    for t in map(doc.__getitem__, at_words(doc, first_words("body", "national", "national-adj"))):
        # capitalised, only right before a demonym ("le Parlement arménien", not "Marine Le Pen");
        # so are the national-adj nouns ("le commandement estonien", not "le commandement des forces …")
        named = not t.is_lower or t.lower_ in direct_words
        if t.is_lower and t.lower_ in direct_words and not (t.i and doc[t.i - 1].pos_ == "DET"
                                                           or t.i and doc[t.i - 1].lower_ in DE | {"au", "aux"}):
            continue  # "sous commandement français": under French command, no body named
        for phrase in phrases_at(doc, t.i, "body", case=False):
            if named:
                continue
            if t.i and doc[t.i - 1].lower_ in ARTICLES | DE:
                end = t.i + len(phrase)
                found.append(org(doc, t.i, end, label_of(doc, t.i, end)))
                break
        else:
            for phrase in [*phrases_at(doc, t.i, "national", case=False),
                           *phrases_at(doc, t.i, "national-adj", case=False)]:
                if not named and t.i and doc[t.i - 1].lower_ in {"de", "d'", "d’"}:
                    break  # "un officier de marine français": a trade, not the navy
                j = t.i + len(phrase)
                # "des forces armées": lower-case complements before the demonym
                k = j
                if named:
                    if k < len(doc) and doc[k].is_lower and gaz.country_of(doc[k].text):
                        found.append(org(doc, t.i, k + 1, label_of(doc, t.i, k + 1), [gaz.country_of(doc[k].text)]))
                    break
                if k < len(doc) and doc[k].lower_ in DE:
                    k += 1
                    while k < len(doc) and k - j < 4 and doc[k].is_lower and not gaz.country_of(doc[k].text):
                        k += 1
                country = gaz.country_of(doc[k].text) if k < len(doc) else None
                if not country and j < len(doc):
                    k, country = j, gaz.country_of(doc[j].text)
                if country and doc[k].is_lower:
                    found.append(org(doc, t.i, k + 1, label_of(doc, t.i, k + 1), [country]))
                elif (qualified := _qualified_body(doc, t.i, j, gaz)) is not None:
                    found.append(qualified)
                break
    return found


def _qualified_body(doc: Doc, start: int, j: int, gaz: Gazetteer) -> Found | None:
    """ "l'état-major interarmées sud-coréen", "l'état-major interarmées de Séoul": a state body whose
    noun an adjective qualifies, then its country's demonym or a capital standing for the country.
    Both spellings get one label (with the demonym), so one node."""
    m = j
    while m < len(doc) and m - j < 2 and doc[m].is_lower and doc[m].pos_ == "ADJ" and not gaz.country_of(doc[m].text):
        m += 1
    if m == j or m >= len(doc):
        return None
    if doc[m].is_lower and (country := gaz.country_of(doc[m].text)):
        return org(doc, start, m + 1, label_of(doc, start, m + 1), [country])
    if doc[m].lower_ not in ("de", "d'", "d’") or m + 1 >= len(doc):
        return None
    seat = gaz.lookup(doc[m + 1].text, (PLACE,))
    country = seat.stands_for if seat is not None else None
    forms = gaz.demonyms_of.get(country or "", [])
    if not country or not country.startswith("country/") or not forms:
        return None
    head = doc[j - 1].morph
    label = f"{label_of(doc, start, m)} {_agreeing(forms[0], head.get('Gender'), head.get('Number'))}"
    return org(doc, start, m + 2, label, [country])


def _agreeing(masculine: str, gender: list[str], number: list[str]) -> str:
    """The demonym form agreeing with the body's noun ("état-major" -> "sud-coréen", "police" -> "kényane")."""
    forms = inflect(masculine)
    plural = "Plur" in number
    if len(forms) == 4:
        return forms[("Fem" in gender) + 2 * plural]
    if len(forms) == 3:  # "français", "française", "françaises"
        return forms[0] if "Fem" not in gender else forms[1 + plural]
    return forms[plural] if len(forms) > 1 else forms[0]
