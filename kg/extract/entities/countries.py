"""Which country an article's towns, its "l'État" and its "l'armée" belong to.

A GeoNames town of several countries is the one in a country the article
names; "l'État" in a story set in one country is that country, and "l'armée" or
"le Parlement" that country's (or the one the article names).
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from ...gazetteer import Gazetteer, geonames_city
from ...geonames import city_index, city_key
from ...subdivisions import region_country
from ...text import fold, fold_word, slug
from ...records import COUNTRY, ORGANIZATION, PLACE
from ..found import Found
from ..tokens import token_text_set
from .organisations.heads import at_words, home_nouns
from .known_names import from_known
from .places import is_place_use


def towns_of_named_countries(found: list[Found]) -> None:
    """A town GeoNames knows in several countries is the one that lies in a
    country the article names ("Alexandria" in a story on the United States),
    unless its context already placed it."""
    countries = {f.key for f in found if f.kind == COUNTRY} | {a for f in found for a in f.affiliations}
    for f in found:
        if f.kind == PLACE and f.source == "ner" and f.geonames and f.located_in not in countries:
            # with no country named, the country the article's other places lie in ("Brest" in a
            # story on Quimper, Morlaix and the Finistère is the French town, not the Belarusian one)
            near = countries or _countries_of_other_places(f, found)
            city = geonames_city(f.label, near)
            if city is not None and city.located_in in near:
                f.key, f.geonames, f.located_in = city.key, city.geonames, city.located_in
            elif _unknown_namesake(f, found, countries) and (home := _home(found)) in _countries_near(f, found):
                # "à Tapa, dans le centre de l'Estonie": not GeoNames' Indian town, the article's own
                # (only with the story's country named close by: "72 militaires venus de Pontivy" in a
                # story set on the Spanish border stays the French town)
                f.key, f.geonames, f.located_in = f"place/{slug(f.label)}", None, home


def _countries_of_other_places(f: Found, found: list[Found]) -> set[str]:
    """The one country every other place of the article lies in (a region by its
    subdivision, a town by GeoNames), or nothing when they point to several."""
    countries = set()
    for g in found:
        if g.kind != PLACE or g.label == f.label:
            continue
        country = g.located_in or region_country(g.label)
        if country:
            countries.add(country)
    return countries if len(countries) == 1 else set()


#: How many words apart a country (or a place of it) is "close by" a town.
_NEAR = 12


def _countries_near(f: Found, found: list[Found]) -> set[str]:
    """The countries named, or pointed to by a place, within :data:`_NEAR` words of ``f``."""
    return {g.key if g.kind == COUNTRY else g.located_in for g in found
            if g is not f and abs(g.start - f.start) <= _NEAR and g.kind in (COUNTRY, PLACE)} - {None}


#: Below this many inhabitants, a GeoNames town in a country the article never
#: names is more likely a namesake GeoNames lacks (it lists towns of 15 000 and more).
_SMALL_TOWN = 50_000


def _unknown_namesake(f: Found, found: list[Found], countries: set[str]) -> bool:
    """Whether the model's town ``f`` is a small GeoNames town in a country that
    neither the article's countries nor its other places point to, while they
    point to some: the article's town is a namesake GeoNames does not list."""
    places = {g.located_in for g in found if g is not f and g.kind == PLACE and g.key != f.key}
    named = countries | places
    entry = city_index().get(city_key(f.label))
    return (bool(countries) and f.located_in not in named and entry is not None
            and entry[0] < _SMALL_TOWN)


#: What may follow "l'État" when it names the state of the article's country
#: ("l'État a promis", "l'État et la région"), unlike "l'État islamique", "l'État
#: de droit", "l'État hébreu", "l'État partie".
_STATE_FOLLOWERS = {"et", "n'", "ne", "a", "doit", "sur", "au", "aux", "en", "pour", "qui", "que",
                    "ou", "lui-même", "français", "central", "fédéral", "»", '"', ",", ".", ";", ":", ")"}


def the_state(found: list[Found], doc: Doc, gaz: Gazetteer) -> list[Found]:
    """"l'État" in a story set in one country is that country ("l'État n'a jamais
    réglé" in a story on Créteil is France; in one on Boké, Guinea). The country
    is the one the article's countries and places point to most, when one
    does; "l'État islamique", "l'État de droit" and "l'État hébreu" are not it."""
    key = _home(found)
    if key not in gaz.entities:
        return found
    home = gaz.entities[key]
    taken = {i for f in found for i in range(f.start, f.end)}
    added = []
    for t in doc[1:]:
        if (t.text not in ("État", "Etat") or doc[t.i - 1].lower_ not in ("l'", "l’") or t.i in taken
                or t.i + 1 < len(doc) and doc[t.i + 1].lower_ not in _STATE_FOLLOWERS
                and not doc[t.i + 1].pos_ in ("VERB", "AUX") and not _asked_to_act(doc, t.i)):
            continue
        added.append(from_known(home, t.i, t.i + 1, priority=1))
        added[-1].common = True
    return sorted(found + added, key=lambda f: f.start) if added else found


def _asked_to_act(doc: Doc, i: int) -> bool:
    """"à l'État de" then an infinitive ("les maires demandent à l'État de payer"): the state
    is asked to act, unlike "l'État de droit". Not "le représentant de l'État de souligner",
    where the infinitive is the narration's (the representative speaks, the state is his title)."""
    return (i >= 2 and i + 2 < len(doc) and doc[i - 2].lower_ == "à" and doc[i + 1].lower_ in {"de", "d'", "d’"}
            and doc[i + 2].pos_ in ("VERB", "AUX") and "Inf" in doc[i + 2].morph.get("VerbForm"))


def _home(found: list[Found], leading: bool = False) -> str | None:
    """The country the article's countries and places point to most, when one
    does (at least twice as often as the next; with ``leading``, more often)."""
    votes: dict[str, int] = {}
    for f in found:
        country = f.key if f.kind == COUNTRY else f.located_in if f.kind == PLACE else None
        if country:
            votes[country] = votes.get(country, 0) + 1
    ranked = sorted(votes.items(), key=lambda kv: -kv[1])
    if not ranked or len(ranked) > 1 and ranked[1][1] * (1 if leading else 2) >= ranked[0][1] + (0 if leading else 1):
        return None
    return ranked[0][0]


#: What may follow "l'armée" or "le Parlement" when it is a whole name, unlike "l'armée
#: de l'air", "le Parlement européen", "l'armée israélienne" (the armed-forces pattern's).
_BODY_FOLLOWERS = _STATE_FOLLOWERS | {"est", "va", "doit", "dans", "à", "avait", "aurait", "sera", "serait",
                                      "compte", "dispose", "reste", "pour", "depuis", "lors", "face", "sur",
                                      "«", "“", "”"}  # "appuyée par l'armée « si la situation l'exige »"
_BODY_ARTICLES = {"l'", "l’", "le", "la", "au", "du"}


def home_bodies(found: list[Found], doc: Doc, gaz: Gazetteer) -> list[Found]:
    """"l'armée" or "le Parlement" alone (the ``home`` nouns of
    ``organisations_fr.txt``) is the one such body of a country the article
    names ("l'armée tchadienne … l'armée a démenti"), or else the body of the
    country the story is set in ("un retour de l'armée" in a story on
    Brussels is the Belgian army). Armies keep the key of
    :func:`kg.extract.entities.organisations.military.armed_forces`, ``org/armee-<code>``."""
    home = _home(found)
    added = []
    first_words = _home_first_words()
    written_as: dict[str, set[str]] = {}  # a noun's folded first word -> the article's words so folded
    for word in token_text_set(doc):
        folded = fold_word(word)
        if folded in first_words:
            written_as.setdefault(folded, set()).add(word)
    taken = {i for f in found for i in range(f.start, f.end)}
    for phrase, gender in home_nouns().items():  # longest first: "police nationale", then "armée"
        noun, n = phrase[0], len(phrase)
        if noun[:1].isupper():
            found = _town_named_like_a_body(found, doc, noun)
            taken = {i for f in found for i in range(f.start, f.end)} | {i for f in added for i in range(f.start, f.end)}
        at = [i for i in at_words(doc, written_as.get(fold(noun), ()), case=True) if i]  # (never the first token)
        spots = [t.i for t in map(doc.__getitem__, at)
                 if not any(k in taken for k in range(t.i, t.i + n)) and _phrase_at(doc, t.i, phrase)
                 and doc[t.i - 1].lower_ in _BODY_ARTICLES
                 and not (t.i + n < len(doc) and doc[t.i + n].lower_ not in _BODY_FOLLOWERS
                          and doc[t.i + n].pos_ not in ("VERB", "AUX"))
                 and (not noun[:1].isupper() or _capitalised_body(doc, t.i, noun))]
        if not spots:
            continue
        written = _written(phrase)
        named = {f.key: f for f in found if f.kind == ORGANIZATION and f.affiliations
                 and (f.key.startswith("org/armee-") if phrase == ("armée",)
                      else fold(f.label).startswith(fold(written) + " "))}
        for i in spots:
            local = _sentence_country(found, doc[i].sent, i)
            owner = local or home or (_home(found, leading=True) if noun[:1].isupper() else None)
            bodies = [b for b in named.values() if b.affiliations[0] == owner] if owner else []
            if len(named) == 1 and not local:
                bodies = list(named.values())
            if len(bodies) == 1:
                body = bodies[0]
                key, label, country = body.key, body.label, body.affiliations[:1]
            else:
                owner = None if named else owner  # (never a new body beside the named ones)
                if not owner or not _demonym(gaz, owner, gender):
                    continue
                label = f"{written[0].upper()}{written[1:]} {_demonym(gaz, owner, gender)}"
                code = owner.split("/")[1].lower()
                key = f"org/armee-{code}" if phrase == ("armée",) else f"org/{slug(label)}-{code}"
                country = [owner]
            # "le Parlement", capitalised, is a name of that body (an alias), and so is a phrase
            # ("la police nationale"); "l'armée" a common noun
            added.append(Found(i, i + n, key, ORGANIZATION, label, 1, affiliations=list(country),
                               source="pattern", common=doc[i].is_lower and n == 1))
            taken.update(range(i, i + n))
    return sorted(found + added, key=lambda f: f.start) if added else found


@lru_cache(maxsize=1)
def _home_first_words() -> frozenset[str]:
    """The folded first words of the ``home`` nouns ("armee", "police", "parlement")."""
    return frozenset(fold(phrase[0]) for phrase in home_nouns())


def _phrase_at(doc: Doc, i: int, phrase: tuple[str, ...]) -> bool:
    """Whether the words of ``phrase`` (folded) start at token ``i``."""
    return i + len(phrase) <= len(doc) and all(fold_word(doc[i + k].text) == fold_word(w) for k, w in enumerate(phrase))


def _written(phrase: tuple[str, ...]) -> str:
    """A phrase's words as French writes them: "armée de l'air", "police nationale"."""
    text = ""
    for w in phrase:
        text += w if not text or text.endswith(("'", "’", "-")) or w == "-" else " " + w
    return text


def _capitalised_body(doc: Doc, i: int, noun: str) -> bool:
    """A home noun listed capitalised ("Défense") names the body only so written and
    neither in a title or a committee ("le ministre de la Défense", "secrétaire d'État
    à la Défense", "la commission de la Défense") nor as a place ("à La Défense")."""
    before = doc[i - 2].lower_ if i >= 2 else ""
    return doc[i].text == noun and before not in {"de", "d'", "d’", "à", "a", "en", "vers", "depuis"}


def _town_named_like_a_body(found: list[Found], doc: Doc, noun: str) -> list[Found]:
    """``found`` without the model's town ("La Défense", a Paris district) where the
    article's capitalised home noun names the body ("La Défense enverra 300
    militaires"), not a place."""
    return [f for f in found if not (
        f.kind == PLACE and f.source == "ner" and f.end - f.start == 2 and doc[f.end - 1].text == noun
        and doc[f.start].lower_ in _BODY_ARTICLES and _capitalised_body(doc, f.end - 1, noun)
        and not is_place_use(doc, f.start, f.end))]


def _sentence_country(found: list[Found], sent, noun: int) -> str | None:
    """The one country a sentence names, else the one the sentence before names
    ("Côté tchadien, l'opposition… Le député a réclamé un débat au Parlement").
    A country named as a place after the noun is where the body acts, not its
    owner ("la Défense enverra 300 militaires en Roumanie")."""
    doc = sent.doc
    before = doc[sent.start - 1].sent if sent.start else None
    if before is not None and "\n" in doc[before.start:sent.start].text:
        before = None  # another paragraph
    for span in (sent, before):
        if span is None:
            break
        countries = {f.key for f in found if f.kind == COUNTRY and span.start <= f.start < span.end
                     and not (f.start > noun and is_place_use(doc, f.start, f.end))}
        if countries:
            return countries.pop() if len(countries) == 1 else None
    return None


def _demonym(gaz: Gazetteer, country: str, gender: str) -> str | None:
    """The singular demonym of ``country`` in ``gender`` ("m": "arménien", "f": "libanaise")."""
    forms = [w for w in gaz.demonyms_of.get(country, ()) if not w.endswith(("s", "x")) or w.endswith("ais")]
    if gender == "m":
        return forms[0] if forms else None
    return next((w for w in forms if w.endswith("e")), None)
