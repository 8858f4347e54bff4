"""Courts, local and national bodies: "le parquet de Lyon", "la préfecture de Seine-Maritime", "la police kényane"."""
from __future__ import annotations

from itertools import chain

from spacy.tokens import Doc

from ....gazetteer import Gazetteer, geonames_city, inflect
from ....subdivisions import is_region
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
    lands, posted = heads().words("land"), heads().words("posted")
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
            if (t.lower_ in posted and end + 1 < len(doc) and doc[end].lower_ in _POSTED_AT
                    and doc[end + 1].text[:1].isupper() and not doc[end + 1].is_sent_start):
                end = name_end(doc, end + 1, gaz, limit=3)  # "l'ambassade des États-Unis à Tokyo"
            found.append(org(doc, t.i, end, label_of(doc, t.i, end)))
            break
    return found


def administrations(doc: Doc, gaz: Gazetteer) -> list[Found]:
    """"la direction de la Sécurité publique", "la direction générale de la Santé": an
    administration's department named by its field, a capitalised common noun (a name
    after it, "la direction de Renault", is a company's management)."""
    from ..filters import dictionary_word  # (filters reads the organisation heads)

    found = []
    for t in map(doc.__getitem__, at_words(doc, first_words("administration"))):
        if not (t.is_lower and t.i and doc[t.i - 1].lower_ in ARTICLES | DE) or t.i > 1 and doc[t.i - 2].lower_ == "sous":
            continue  # ("sous la direction de …": under someone's lead)
        j = t.i + 1
        while j < len(doc) and j - t.i < 3 and doc[j].is_lower and doc[j].pos_ == "ADJ":
            j += 1  # "générale", "régionale"
        if j + 1 < len(doc) and doc[j].lower_ in DE:
            j += 1 + (doc[j + 1].lower_ in {"la", "l'", "l’"})
        else:
            continue
        if j >= len(doc) or not (doc[j].text[:1].isupper() and dictionary_word(doc[j].lower_)):
            continue
        if gaz.lookup(doc[j:name_end(doc, j, gaz)].text) is not None:
            continue  # "la direction de la Banque mondiale": that body's management
        end = j + 1
        while end < len(doc) and end - j < 3 and doc[end].is_lower and doc[end].pos_ == "ADJ" and not gaz.country_of(doc[end].text):
            end += 1  # "Sécurité publique"
        found.append(org(doc, t.i, end, label_of(doc, t.i, end)))
    return found


def regional_governments(doc: Doc, gaz: Gazetteer) -> list[Found]:
    """"le gouvernement du Nouveau-Brunswick", "le gouvernement de Bavière": the government
    of a land that is no country, nor a city standing for a country's government ("le
    gouvernement de Dublin"), nor a person ("le gouvernement de Bertrand Valadier")."""
    found = []
    for t in map(doc.__getitem__, at_words(doc, first_words("regional"))):
        if not (t.is_lower and t.i and doc[t.i - 1].lower_ in ARTICLES | DE and t.i + 2 < len(doc)):
            continue
        j = t.i + 1
        if doc[j].lower_ not in DE:
            continue
        j += 1 + (doc[j + 1].lower_ in {"la", "l'", "l’"})
        if j >= len(doc) or not doc[j].text[:1].isupper() or doc[j].lower_ in gaz.titles:
            continue
        end = name_end(doc, j, gaz, limit=3)
        land = doc[j:end]
        known = gaz.lookup(land.text)
        if (known is not None and (known.kind != PLACE or known.stands_for) or geonames_city(land.text)
                or land[0].ent_type_ == "PER" or gaz.country_of(land.text)):
            continue
        if land[0].ent_type_ != "LOC" and not is_region(land.text):
            continue
        found.append(org(doc, t.i, end, label_of(doc, t.i, end)))
    return found


def party_camps(doc: Doc, gaz: Gazetteer) -> list[Found]:
    """"l'opposition travailliste", "l'opposition libérale a réclamé": a camp noun that a
    party family's adjective qualifies designates that party, an organisation named
    by the phrase (the outlet leaves the party's name to its readers)."""
    found = []
    adjectives = heads().words("party-adj")
    for t in map(doc.__getitem__, at_words(doc, first_words("camp"))):
        if not (t.is_lower and t.i and doc[t.i - 1].lower_ in ARTICLES):
            continue
        if t.i + 1 < len(doc) and doc[t.i + 1].lower_ in adjectives:
            found.append(org(doc, t.i, t.i + 2, label_of(doc, t.i, t.i + 2)))
    return found


#: Prepositions before the place a diplomatic mission is posted to.
_POSTED_AT = {"à", "au", "aux", "en"}


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
                if (end + 1 < len(doc) and doc[end].lower_ in DE and doc[end + 1].text[:1].isupper()
                        and not doc[end + 1].is_sent_start):
                    end = name_end(doc, end + 1, gaz, limit=3)  # "le comité d'organisation du Magal"
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
