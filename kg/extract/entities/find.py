"""The entity component: weigh every finder's spans and add the chosen ones."""
from __future__ import annotations

from spacy.tokens import Doc

from ...analysis import Analysis
from ...gazetteer import capital_of, geonames_city, load_gazetteer, namesake_alias
from ...records import COUNTRY, ORGANIZATION, PERSON, PLACE, Entity
from ..found import Found
from ..tokens import token_texts
from .organisations import organisation_spans
from .organisations.heads import first_words, heads
from .acronyms import pair_acronyms
from .countries import home_bodies, the_state, towns_of_named_countries
from .datelines import dateline_spans
from .filters import not_actor_heads
from .known_names import from_known, gazetteer_spans, pattern_spans
from .landmarks import landmark_spans
from .local_bodies import local_bodies
from .nicknames import nicknames_of_persons
from .namesakes import clubs_for_their_cities, inhabitants_of_their_towns
from .ner_spans import TITLE_ARTICLES, ner_spans
from .places import is_place_use
from .roles import minister_portfolio, portfolio, possessive_affiliations, role_after, role_before, role_text, title_references
from .short_names import (recover_short_names, resolve_features, resolve_initials, resolve_organisations,
                          resolve_persons)
from .titled_persons import titled_person_spans

def find_entities(analysis: Analysis) -> None:
    """Add every person, organisation, country and place of the article."""
    doc, gaz = analysis.doc, load_gazetteer()
    ner_tags = {}
    for ent in doc.ents:
        for i in range(ent.start, ent.end):
            ner_tags[i] = ent.label_
    found = (gazetteer_spans(doc, gaz, ner_tags, analysis.text) + pattern_spans(doc, gaz)
             + organisation_spans(doc, gaz) + ner_spans(doc, gaz) + dateline_spans(doc, gaz)
             + titled_person_spans(doc, gaz, ner_tags) + landmark_spans(doc))
    # A person's name that contains a country or place name ("Dominique
    # Martin") stays a person: the NER span wins over the smaller match.
    # So does an organisation's name that holds one ("Météo-France", "France 2",
    # "Washington Post", "Communauté économique des États de l'Afrique de l'Ouest").
    names = [f for f in found if f.source == "ner" and f.end - f.start > 1
             and (f.kind == PERSON or f.kind == ORGANIZATION and not f.affiliations)]
    org_names = [f for f in names if f.kind == ORGANIZATION]
    for f in found:
        if f.source == "gazetteer" and f.kind == ORGANIZATION and (
                gaz.entities[f.key].ambiguous and _inside_one_name(f, org_names, doc)
                or any(p.start == f.start and p.end > f.end and p.label.split()[0] in TITLE_ARTICLES
                       for p in org_names)):
            # "Nature" inside "France Nature Environnement"; "Le Devoir" opening the
            # title "Le Devoir du Nord", another outlet
            f.priority = 0
        elif (f.source in ("gazetteer", "demonym") and f.kind in (COUNTRY, PLACE)
                and (_inside_one_name(f, names, doc) or _compass_compound(f, found, doc))):
            f.priority = 0
    found = [f for f in found if not ((f.kind == COUNTRY or f.kind == PLACE and not f.geonames)
                                      and _in_event_name(f, doc) or _completes_an_official_name(f, doc)
                                      or minister_portfolio(f, doc))]
    chosen = _choose(found)
    nested = _nested(found, chosen, doc)
    role_spans: list[tuple[int, int]] = []
    kept: list[Found] = []
    place_ends = {f.end: f for f in chosen if f.kind == PLACE}
    place_starts = {f.start: f for f in chosen if f.kind == PLACE}
    for f in chosen:
        if f.kind == PLACE and f.source == "gazetteer":
            known = gaz.entities[f.key]
            if (known.stands_for and not is_place_use(doc, f.start, f.end)
                    and not _listed_with_places(doc, f, place_starts, place_ends)):
                actor = gaz.entities.get(known.stands_for)
                if actor:
                    f = from_known(actor, f.start, f.end, priority=f.priority)
                    f.metonym = known.key
        kept.append(f)
    towns_of_named_countries(kept)
    kept = the_state(kept, doc, gaz)
    kept = home_bodies(kept, doc, gaz)
    kept = local_bodies(kept, doc)
    clubs_for_their_cities(kept, doc)
    for i, f in enumerate(kept):
        country = (capital_of(f.geonames) if f.kind == PLACE and f.source == "ner"
                   and not namesake_alias(f.label) else None)
        if country and not is_place_use(doc, f.start, f.end):
            # "Kigali a rejeté": a capital the gazetteers do not list stands for its
            # country like "Moscou" does; the city is described, not mentioned.
            _describe(analysis, f)
            kept[i] = from_known(gaz.entities[country], f.start, f.end, priority=f.priority)
            kept[i].metonym = f.key
    inhabitants_of_their_towns(kept, nested)
    kept = pair_acronyms(kept, doc, gaz)
    resolve_persons(kept, doc)
    resolve_initials(kept, doc)
    kept = recover_short_names(kept, doc)
    kept = nicknames_of_persons(kept, doc)
    resolve_organisations(kept, doc)
    resolve_features(kept)
    possessive_affiliations(kept, doc)
    keys_by_token: dict[int, Found] = {i: f for f in kept for i in range(f.start, f.end)}
    for f in kept:
        if f.kind != PERSON:
            continue
        for rng in (role_before(doc, f.start, gaz.titles), role_after(doc, f.end, gaz.titles)):
            if not rng:
                continue
            role_spans.append(rng)
            role = role_text(analysis, doc, *rng)
            if role and role not in f.roles:
                f.roles.append(role)
            for i in range(*rng):
                other = keys_by_token.get(i)
                if (other and other.kind in (COUNTRY, ORGANIZATION)
                        and not portfolio(other, doc) and other.key not in f.affiliations):
                    f.affiliations.append(other.key)
    for f in nested:
        _add(analysis, doc, f)
    for f in kept:
        # A place or org inside a title ("secrétaire d'État", "à la Défense")
        # that only NER proposed is part of the title, not an entity.
        if portfolio(f, doc) and any(s <= f.start and f.end <= e for s, e in role_spans):
            continue
        _add(analysis, doc, f)
    title_references(analysis, kept)


def _listed_with_places(doc: Doc, f: Found, starts: dict[int, Found], ends: dict[int, Found]) -> bool:
    """Whether ``f`` is listed with other places ("Bruxelles, Liège et Charleroi
    seraient les gares les plus touchées"): a capital in such a list is the city,
    not the government it may stand for."""
    after = doc[f.end].lower_ if f.end < len(doc) else ""
    before = doc[f.start - 1].lower_ if f.start > 0 else ""

    def plain_place(g: Found | None) -> bool:  # a place that stands for no actor (nor a capital)
        known = load_gazetteer().entities.get(g.key) if g is not None and g.source == "gazetteer" else None
        return g is not None and g is not f and not (known and known.stands_for) and not (
            g.source == "ner" and capital_of(g.geonames))

    # Last of a list ("…, Liège et Charleroi"), or listed on ("Bruxelles, Liège, …"):
    # after a comma alone, the name may open the next clause ("relevés à Tapa,
    # Paris promet…", "… dans les pays baltes, Moscou dénonce"), its verb's subject,
    # not a list's item.
    subject = before == "," and doc[f.end - 1].dep_.startswith("nsubj")
    listed_after = not subject and (
        before == "et" or before == "," and (after in {",", "et"} or doc[f.end - 1].dep_ == "conj"))
    return (after in {",", "et"} and plain_place(starts.get(f.end + 1))
            or listed_after and plain_place(ends.get(f.start - 1)))


def _inside_one_name(f: Found, names: list[Found], doc: Doc) -> bool:
    """Whether ``f`` lies strictly inside one of ``names`` that is a single name,
    not a list ("France Nature Environnement", not "la France et la Russie")."""
    return any(
        p.start <= f.start and f.end <= p.end and (p.start, p.end) != (f.start, f.end)
        and not any(t.lower_ in ("et", "ou") or t.is_punct and t.text not in "-'" for t in doc[p.start:p.end])
        for p in names
    )


#: Points of the compass that make a region of a country's or a place's name
#: when joined to it by a hyphen ("Liban-Sud", "Sud-Liban", "Kasaï-Central").
_COMPASS_PARTS = {"nord", "sud", "est", "ouest", "centre", "central", "centrale", "oriental",
                  "orientale", "occidental", "occidentale"}


def _in_event_name(f: Found, doc: Doc) -> bool:
    """Whether the country or region ``f`` completes an event's name ("la Coupe de
    France", "le Championnat d'Europe"): the capitalised event noun (``event``
    kind of organisations_fr.txt) then "de": a competition or a meeting, no
    mention of the land. (A city there, "le Sommet de Paris", is where it meets.)"""
    if f.start < 2 or doc[f.start - 1].lower_ not in {"de", "d'", "d’", "du", "des"}:
        return False
    noun = doc[f.start - 2]
    return noun.text[:1].isupper() and noun.lower_ in not_actor_heads()


def _completes_an_official_name(f: Found, doc: Doc) -> bool:
    """Whether the known organisation ``f`` ("Nations unies") is the "des …" that
    completes a capitalised name before it ("la Mission multidimensionnelle
    intégrée des Nations unies", "le Groupe d'experts des Nations unies"): a
    body's own name, no mention of the organisation (unlike "le secrétaire
    général des Nations unies" or "de l'ONU")."""
    if f.kind != ORGANIZATION or f.source != "gazetteer" or f.start < 2 or doc[f.start - 1].lower_ != "des":
        return False
    i = f.start - 2
    while i > f.start - 7 and i > 0 and (doc[i].is_lower or doc[i].text in {"d'", "d’", "'"}) and not doc[i].is_punct:
        i -= 1  # the lower-case words of the name: "multidimensionnelle intégrée", "d'experts"
    return (doc[i].text[:1].isupper() and not doc[i].is_sent_start and doc[i].pos_ in {"NOUN", "PROPN"}
            and doc[i].lower_ not in load_gazetteer().titles)


def _compass_compound(f: Found, found: list[Found], doc: Doc) -> bool:
    """Whether the model's place ``f`` lies in is a region named by ``f`` and a point
    of the compass joined by a hyphen ("au Liban-Sud": the region, not Lebanon)."""
    def compass_at(i: int) -> bool:
        return 0 <= i < len(doc) and doc[i].lower_ in _COMPASS_PARTS and doc[i].text[:1].isupper()

    texts = token_texts(doc)

    def glued(i: int) -> bool:  # a hyphen at i written without spaces
        return 0 < i < len(texts) - 1 and texts[i] == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_

    after = glued(f.end) and compass_at(f.end + 1)
    before = f.start >= 2 and glued(f.start - 1) and compass_at(f.start - 2)
    if not (after or before):
        return False
    start, end = (f.start - 2 if before else f.start), (f.end + 2 if after else f.end)
    return any(p.source == "ner" and p.kind == PLACE and p.start <= start and end <= p.end for p in found)


def _nested(found: list[Found], chosen: list[Found], doc: Doc) -> list[Found]:
    """Countries and places named inside an organisation the patterns built:
    "la préfecture de la Ouaka" mentions the Ouaka, "l'armée tchadienne"
    mentions Chad, "l'ambassade de France à Abidjan" Abidjan, as well as the organisation. A court's or a prosecutor's
    seat ("le parquet de Nancy") only names its jurisdiction: no mention."""
    courts = heads().words("court")
    outer = [f for f in chosen if f.source == "pattern" and f.kind == ORGANIZATION
             and f.label.split()[0].lower() not in courts]
    inner = []
    chosen_at: dict[tuple[int, int], list[Found]] = {}  # equal spans have equal bounds: compare only those
    for f in chosen:
        chosen_at.setdefault((f.start, f.end), []).append(f)
    for f in found:
        if _acronym_complement(f, doc) and f not in chosen_at.get((f.start, f.end), ()) and any(
                o.start < f.start and f.end <= o.end and o.kind == ORGANIZATION for o in chosen):
            inner.append(f)  # "le Conseil de sécurité de l'ONU" also names the UN
            continue
        if f.kind not in (COUNTRY, PLACE) or not (f.source in ("gazetteer", "demonym") or f.geonames):
            continue  # only names the gazetteers know, not the model's guesses
        if (f.source != "demonym" or not doc[f.start].is_lower) and not (
                f.start > 0 and doc[f.start - 1].lower_ in {"de", "d'", "du", "des", "à", "au", "aux", "en"}):
            continue  # "la brigade Sassari" is named after the town, not in it; "la faîtière
            # Assur'Santé Suisse": a capitalised demonym ends a name, no country is described
        if f in chosen_at.get((f.start, f.end), ()):  # last: comparing dataclasses field by field
            continue
        if any(o.start <= f.start and f.end <= o.end and f.end - f.start < o.end - o.start
               for o in outer) and not any(
            i.start < f.end and f.start < i.end for i in inner
        ):
            inner.append(f)
    return inner + _seat_towns(outer, inner, doc)


def _seat_towns(outer: list[Found], inner: list[Found], doc: Doc) -> list[Found]:
    """The town a body named by its seat serves ("le CHU de Lyon", "la mairie de
    Kaolack"), which the model left inside the body's name: a GeoNames town
    after the body's last "de", mentioned with it (courts' seats excepted, as above)."""
    seats = first_words("seat")
    towns = []
    for o in outer:
        if o.label.split()[0].lower() not in seats or o.end - o.start < 3:
            continue
        de = next((i for i in range(o.end - 2, o.start, -1) if doc[i].lower_ in {"de", "d'", "d’"}), None)
        if de is None or any(f.start < o.end and de < f.end for f in inner):
            continue
        name = doc[de + 1:o.end]
        city = geonames_city(name.text) if name[0].text[:1].isupper() else None
        if city is not None and not load_gazetteer().country_of(name.text):
            towns.append(from_known(city, name.start, name.end, priority=1))
    return towns


def _acronym_complement(f: Found, doc: Doc) -> bool:
    """A known organisation's acronym as the complement "de l'ONU", "de l'OTAN"
    (not "des Nations unies" inside an official name, which names no one else)."""
    if not (f.kind == ORGANIZATION and f.source == "gazetteer" and f.end - f.start == 1):
        return False  # (before the span's text is made)
    text = doc[f.start:f.end].text
    return (text.isupper()
            and len(text) >= 2 and f.start >= 2 and doc[f.start - 1].lower_ in {"l'", "l’"}
            and doc[f.start - 2].lower_ == "de")


def _choose(found: list[Found]) -> list[Found]:
    """Non-overlapping spans: highest priority, then longest, then leftmost."""
    taken: set[int] = set()
    chosen = []
    for f in sorted(found, key=lambda f: (-f.priority, -(f.end - f.start), f.start, f.key)):
        if any(i in taken for i in range(f.start, f.end)):
            continue
        taken.update(range(f.start, f.end))
        chosen.append(f)
    return sorted(chosen, key=lambda f: f.start)


def _describe(analysis: Analysis, f: Found) -> None:
    """Add the entity of ``f`` without a mention (a city its metonym refers to)."""
    analysis.add_entity(Entity(key=f.key, kind=f.kind, label=f.label, wikidata=f.wikidata,
                               located_in=f.located_in, geonames=f.geonames))


def _add(analysis: Analysis, doc: Doc, f: Found) -> None:
    span = doc[f.start:f.end]
    surface = analysis.original(span.start_char, span.end_char)
    # A metonym ("Washington a répondu") is recorded as such, never as an alias;
    # nor is a name glued to the next word by a scraper ("Le Flochqui"), nor
    # "l'État" (every state's).
    names = f.aliases if f.metonym or f.glued or f.common else [surface, *f.aliases]
    aliases = [a for a in dict.fromkeys(names) if a != f.label]
    analysis.add_entity(Entity(
        key=f.key, kind=f.kind, label=f.label, aliases=aliases, wikidata=f.wikidata,
        roles=list(f.roles), affiliations=list(f.affiliations), located_in=f.located_in,
        geonames=f.geonames, metonyms=[f.metonym] if f.metonym else [],
    ))
    analysis.add_mention(span.start_char, span.end_char, f.key)
