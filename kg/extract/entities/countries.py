"""Which country an article's towns and its "l'État" belong to.

A GeoNames town of several countries is the one in a country the article
names; "l'État" in a story set in one country is that country.
"""
from __future__ import annotations

from spacy.tokens import Doc

from ...gazetteer import Gazetteer, geonames_city
from ...records import COUNTRY, PLACE
from ..found import Found
from .known_names import from_known


def towns_of_named_countries(found: list[Found]) -> None:
    """A town GeoNames knows in several countries is the one that lies in a
    country the article names ("Alexandria" in a story on the United States),
    unless its context already placed it."""
    countries = {f.key for f in found if f.kind == COUNTRY} | {a for f in found for a in f.affiliations}
    for f in found:
        if f.kind == PLACE and f.source == "ner" and f.geonames and f.located_in not in countries:
            city = geonames_city(f.label, countries)
            if city is not None and city.located_in in countries:
                f.key, f.geonames, f.located_in = city.key, city.geonames, city.located_in


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
    votes: dict[str, int] = {}
    for f in found:
        country = f.key if f.kind == COUNTRY else f.located_in if f.kind == PLACE else None
        if country:
            votes[country] = votes.get(country, 0) + 1
    ranked = sorted(votes.items(), key=lambda kv: -kv[1])
    if not ranked or len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1] or ranked[0][0] not in gaz.entities:
        return found
    home = gaz.entities[ranked[0][0]]
    taken = {i for f in found for i in range(f.start, f.end)}
    added = []
    for t in doc[1:]:
        if (t.text not in ("État", "Etat") or doc[t.i - 1].lower_ not in ("l'", "l’") or t.i in taken
                or t.i + 1 < len(doc) and doc[t.i + 1].lower_ not in _STATE_FOLLOWERS
                and not doc[t.i + 1].pos_ in ("VERB", "AUX")):
            continue
        added.append(from_known(home, t.i, t.i + 1, priority=1))
        added[-1].common = True
    return sorted(found + added, key=lambda f: f.start) if added else found
