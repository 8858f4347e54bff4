"""Names that stand for another entity of the same article.

The model sometimes reads a town as a person ("Marjayoun", "Bint Jbeil"): when
the article also writes it as a place, or lists it with places, it is that
place. A town's inhabitants ("les Mentonnais") are a mention of the town, as
"les Français" are of France. A city used as an actor in an article that names
its club is that club. :mod:`.find` calls these on its chosen spans.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from ...gazetteer import geonames_city, read_table
from ...records import ORGANIZATION, PERSON, PLACE
from ...text import fold, slug
from ..found import Found
from .organisations.heads import heads
from .places import is_place_use


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Folded first names of ``kg/data/first_names.tsv``: a "person" whose name
    starts with none of them, governed like a place, is a place."""
    return frozenset(fold(row[0]) for row in read_table("first_names.tsv"))


def places_like_their_namesakes(found: list[Found], doc: Doc) -> None:
    """A name the model calls a person, written elsewhere in the article as a
    place ("depuis Marjayoun" … "Tyr, Bint Jbeil et Marjayoun") or listed with
    places ("les secteurs de Tyr, Bint Jbeil et Marjayoun"), is that place too."""
    places = {f.label for f in found if f.kind == PLACE}
    ends = {f.end: f for f in found if f.kind == PLACE}
    for f in sorted(found, key=lambda f: f.start):
        if f.kind != PERSON or f.source != "ner" or fold(doc[f.start].text) in first_names():
            continue
        nxt = doc[f.end].lower_ if f.end < len(doc) else ""
        listed = f.start - 1 in ends and (doc[f.start - 1].lower_ == "et" or (
            doc[f.start - 1].text == "," and nxt == "et"))  # "Tyr, Bint Jbeil et Marjayoun"
        if f.label in places or listed:
            f.kind, f.key, f.priority = PLACE, f"place/{slug(f.label)}", 1
            places.add(f.label)
            ends[f.end] = f


def city_stem(city: str) -> str:
    """"rennes" -> "renn", "toulouse" -> "toulous": the stem its adjective shares."""
    word = fold(city).split()[-1]
    for ending in ("es", "e", "s"):
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


# Endings of the French names of a town's inhabitants ("Mentonnais", "Lillois").
INHABITANT_ENDINGS = ("ais", "aise", "aises", "ois", "oise", "oises", "ain", "aine", "ains",
                       "aines", "ien", "ienne", "iens", "iennes")


def inhabitants_of_their_towns(found: list[Found], nested: list[Found]) -> None:
    """"les Mentonnais" in an article about Menton: the town's people, a mention
    of the town (as "Français" is of France), not a place of their own; in a
    match report that names the town's club ("les Lensois", "le RC Lens"), the
    club's players."""
    towns = [f for f in found + nested if f.kind == PLACE and (f.source != "ner" or f.geonames)]
    clubs = [f for f in found if f.kind == ORGANIZATION and f.source == "pattern"
             and f.label.split()[0] in heads().words_as_written("club")]
    for f in found:
        word = fold(f.label)
        if f.kind != PLACE or " " in word or not word.endswith(INHABITANT_ENDINGS):
            continue
        for town in towns:
            if town is not f and town.key != f.key and word.startswith(city_stem(town.label)) \
                    and len(word) > len(fold(town.label)):
                f.key, f.label, f.geonames, f.located_in = town.key, town.label, town.geonames, town.located_in
                f.wikidata = town.wikidata
                break
        else:
            # "les Lensois" in a match report that names the RC Lens: its players
            club = next((c for c in clubs if any(word.startswith(city_stem(w)) and len(word) > len(fold(w))
                                                 for w in c.label.split()[1:] if w[:1].isupper())), None)
            if club is not None:
                f.key, f.kind, f.label, f.wikidata = club.key, ORGANIZATION, club.label, club.wikidata
                f.geonames, f.located_in = None, None


def clubs_for_their_cities(found: list[Found], doc: Doc) -> None:
    """A city used as an actor ("Rennes s'est imposé", "Toulouse écrase Clermont")
    in an article that names its club ("Stade rennais", "ASM Clermont Auvergne")
    is that club: sports pages name clubs by their city. In a match report
    (:func:`match_report`) a city used as an actor is a club even when the
    article never names it in full ("Lens recevra Lyon"): an Organization
    named as the text names it. After "de la ville de" it stays the city; after
    "à" too ("les Rennais se déplaceront à Lens"), unless the article is a match
    report naming that city's club ("Rennes arrache le nul à Lens" beside "le RC
    Lens": the match is played against the club)."""
    clubs = [f for f in found if f.kind == ORGANIZATION and f.source in ("pattern", "gazetteer")
             and f.label.split()[0] in heads().words_as_written("club")]  # "l'OM": the Olympique de Marseille
    report = None
    for f in found:
        if f.kind != PLACE:
            continue
        stem = city_stem(f.label)
        if is_place_use(doc, f.start, f.end) and not (
                clubs and f.start > 0 and doc[f.start - 1].lower_ in {"à", "a"}
                and (report if report is not None else (report := match_report(doc)))):
            continue
        place_use = is_place_use(doc, f.start, f.end)
        for club in clubs:
            words = [fold(w) for w in club.label.split()[1:]]
            if fold(f.label) in words or any(w.startswith(stem) for w in words):
                f.key, f.kind, f.label = club.key, ORGANIZATION, club.label
                f.wikidata, f.located_in, f.geonames, f.source = club.wikidata, None, None, "pattern"
                break
        else:
            if not place_use and _town(f) and _opponent(doc, f) and (report if report is not None else
                                                   (report := match_report(doc))):
                f.key, f.kind = f"org/{slug(f.label)}", ORGANIZATION
                f.wikidata, f.located_in, f.geonames, f.metonym = None, None, None, None
    # One sense per report: once "Toulouse reprend la tête" made the town a club,
    # "l'ailier de Toulouse" is that club too (not "à Toulouse", the town)
    teams = {f.label: f for f in found if f.kind == ORGANIZATION and f.key == f"org/{slug(f.label)}"
             and f.source != "pattern" and _town(f)}
    for f in found:
        team = teams.get(f.label) if f.kind == PLACE else None
        if team is not None and not is_place_use(doc, f.start, f.end):
            f.key, f.kind = team.key, ORGANIZATION
            f.wikidata, f.located_in, f.geonames, f.metonym = None, None, None, None


#: Prepositions before a club named as an opponent: "contre Clermont", "sur Bordeaux-Bègles".
_AGAINST = {"contre", "sur", "devant", "par", "face"}


def _opponent(doc: Doc, f: Found) -> bool:
    """Whether the town at ``f`` is a subject or an object ("Lens recevra Lyon", "La
    Rochelle recule") or follows "contre", "face à", "sur": a team. "Arrivé
    d'Ulsan" names the town."""
    head = doc[f.end - 1]
    if head.dep_ in {"nsubj", "nsubj:pass", "obj"} or head.dep_.startswith("obl") and not any(
            c.dep_ == "case" for c in head.children):
        return True  # the parser may call an object without preposition "obl"
    prev = doc[f.start - 1] if f.start > 0 else None
    if prev is not None and prev.lower_ in {"à", "a"} and f.start > 1:
        prev = doc[f.start - 2]
    return prev is not None and prev.lower_ in _AGAINST


def _town(f: Found) -> bool:
    """Whether ``f`` names a town of GeoNames, or towns joined by a hyphen
    ("Bordeaux-Bègles"), not a stadium or a region ("Roazhon Park", "Bretagne")."""
    if f.source not in ("ner", "gazetteer"):
        return False
    return bool(f.geonames) or all(geonames_city(part) is not None for part in f.label.split("-"))


@lru_cache(maxsize=1)
def _match_words() -> dict[str, tuple[tuple[str, ...], ...]]:
    """``kg/data/match_words.txt`` by first word: the words of each phrase."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for row in read_table("match_words.txt"):
        words = tuple(row[0].lower().replace("'", "' ").split())
        by_first.setdefault(words[0], []).append(words)
    return {w: tuple(p) for w, p in by_first.items()}


def match_report(doc: Doc) -> bool:
    """Whether the article reports on matches between clubs: it holds two
    different words of ``kg/data/match_words.txt``."""
    by_first, seen = _match_words(), set()
    tokens = [t.lower_ for t in doc]
    for i, word in enumerate(tokens):
        for phrase in by_first.get(word, ()):
            if tuple(tokens[i:i + len(phrase)]) == phrase:
                seen.add(phrase)
                if len(seen) >= 2:
                    return True
    return False
