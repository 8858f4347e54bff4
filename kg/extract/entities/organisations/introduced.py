"""Names a lower-case noun introduces: media ("le quotidien Le Monde") and groups ("le collectif Garavan Vivant")."""
from __future__ import annotations

from spacy.tokens import Doc

from ....gazetteer import Gazetteer, geonames_city
from ....records import ORGANIZATION
from ....text import fold, slug
from ...found import Found
from .heads import at_words, heads
from .spans import DE, INTRODUCED_PRIORITY, PRIORITY, name_after, name_end

#: Capitalised words that open a sentence before a name: no part of it.
_APPOSITION_LEAD = {"selon", "pour", "par", "avec", "et", "chez", "mais", "quant", "côté", "d'après", "d’après"}


def _named_before(doc: Doc, i: int, gaz: Gazetteer) -> Found | None:
    """The capitalised name that a noun at ``i`` describes in apposition after
    it: "Al-Masirah, la chaîne de télévision des rebelles", "Viv Ansanm, la
    coalition de gangs" (a name no gazetteer gives to a person or place, nor
    GeoNames to a town)."""
    if (i < 3 or doc[i - 1].lower_ not in {"la", "le", "l'", "l’"} or doc[i - 2].text != ","
            or i + 1 >= len(doc) or doc[i + 1].lower_ not in DE | {"des"} and doc[i + 1].pos_ != "ADJ"):
        return None  # an apposition describes ("la chaîne de télévision des…"); "X, le groupe étudierait" does not
    end = i - 2
    start = end
    while start > 0 and (doc[start - 1].text[:1].isupper() or doc[start - 1].text == "-"
                         and not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_):
        start -= 1
    while start < end and doc[start].lower_ in _APPOSITION_LEAD:
        start += 1  # "Selon Bloomberg, …": the preposition opening the sentence
    if start == end or end - start > 4 or doc[start].text == "-" or doc[start].is_sent_start and end - start == 1 and (
            doc[start].lower_ in gaz.not_entities):
        return None
    name = doc[start:end].text
    known = gaz.lookup(name)
    if known is not None or gaz.country_of(name) or any(doc[k].lower_ in {"le", "la", "les"} for k in range(start, end)):
        return None
    if geonames_city(name) is not None:
        return None  # "… quitte Goma, la société civile s'inquiète": a town, then the next clause
    return Found(start, end, "org/" + slug(name), ORGANIZATION, name, INTRODUCED_PRIORITY, source="pattern")


def _introduced(doc: Doc, gaz: Gazetteer, kind: str, priority: int) -> list[Found]:
    """The capitalised name right after a lower-case noun of ``kind``, past
    adjectives and demonyms ("la chaîne publique israélienne Kan"), or in
    apposition after a possessive ("Son équipe, Soudal Quick-Step, a perdu")."""
    words = {w.lower() for w in heads().words(kind)}
    found = []
    for t in map(doc.__getitem__, at_words(doc, words)):
        if not (t.is_lower or t.is_upper and len(t) <= 4):
            continue  # "l'ONG Sahel Espoir": an acronym noun
        if t.i > 0 and doc[t.i - 1].lower_ in {"de", "d'", "d’"}:
            continue  # "le chef de gang Wilson X": the noun qualifies a title, it introduces no name
        named = _named_before(doc, t.i, gaz)
        if named is not None:
            found.append(named)  # "Al-Masirah, la chaîne des rebelles": the name before is the outlet
        i = t.i + 1
        affiliations = []
        while i < len(doc) and doc[i].is_lower:
            if gaz.country_of(doc[i].text):
                affiliations.append(gaz.country_of(doc[i].text))
            elif (doc[i].lower_ in {"de", "d'", "d’"} and i + 2 < len(doc) and doc[i + 1].is_lower
                  and doc[i + 1].pos_ == "NOUN" and doc[i + 2].text[:1].isupper()):
                i += 1  # "la coalition de gangs Viv Ansanm", "le fonds d'investissement Arbor"
            elif doc[i].pos_ != "ADJ":
                break
            i += 1
        if i + 2 < len(doc) and doc[i].is_quote and doc[i + 1].text[:1].isupper():
            # 'le groupe “Menton autrement”': the whole quoted name
            close = next((j for j in range(i + 2, min(len(doc), i + 9)) if doc[j].is_quote), None)
            if close is not None:
                name = doc[i + 1:close].text
                found.append(Found(i + 1, close, "org/" + slug(name), ORGANIZATION, name, priority,
                                   source="pattern"))
                continue
        apposed = (i + 1 < len(doc) and doc[i].text == "," and t.i > 0
                   and doc[t.i - 1].lower_ in {"son", "sa", "leur"})
        if apposed:
            i += 1  # "Son équipe, Soudal Quick-Step, a perdu…"
        end = _introduced_end(doc, i, gaz)
        if end == i or not doc[i].text[:1].isupper() or apposed and (end >= len(doc) or doc[end].text != ","):
            continue
        names = [(i, end)]
        if (t.lower_.endswith("s") and end + 1 < len(doc) and doc[end].lower_ == "et"
                and doc[end + 1].text[:1].isupper()):
            second = _introduced_end(doc, end + 1, gaz)  # "les gangs Los Lobos et Los Choneros": both groups
            if second > end + 1:
                names.append((end + 1, second))
        for start, stop in names:
            name = doc[start:stop].text
            known = gaz.lookup(name)
            if known and known.kind != ORGANIZATION or fold(name) in gaz.not_entities:
                continue  # "sur leur chaîne Telegram": a platform, the channel of a statement
            found.append(Found(start, stop, "org/" + slug(name), ORGANIZATION, name, priority,
                               source="pattern") if not known else
                         Found(start, stop, known.key, known.kind, known.label, priority,
                               wikidata=known.wikidata, source="gazetteer"))
    return found


def _introduced_end(doc: Doc, i: int, gaz: Gazetteer) -> int:
    """End of the name a noun introduces at ``i``: :func:`name_end`, but a known name
    that more capitalised words continue is only the start of another ("la revue
    Nature Astronomy"), and a name of one common noun takes the lower-case
    adjective after it, as parties and movements are written ("le parti Révolution
    citoyenne", not a demonym: "le parti Renaissance français")."""
    from ..filters import dictionary_word  # (filters reads the organisation heads)

    end = name_end(doc, i, gaz)
    longer = name_after(doc, i, 8)  # a journal's title runs long: "The Lancet Child & Adolescent Health"
    if longer > end and gaz.lookup(doc[i:end].text) and doc[end].text[:1].isupper():
        end = longer
    if (end == i + 1 and dictionary_word(doc[i].lower_) and end < len(doc) and doc[end].is_lower
            and doc[end].pos_ == "ADJ" and not gaz.country_of(doc[end].text)):
        end += 1
    return end


def media(doc: Doc, gaz: Gazetteer) -> list[Found]:
    """"le quotidien Le Monde", "la chaîne britannique BBC", "l'agence Reuters"."""
    return _introduced(doc, gaz, "media", PRIORITY)


def named_groups(doc: Doc, gaz: Gazetteer) -> list[Found]:
    """"le collectif Garavan Vivant", "la coalition Jàmm ak Xéewal", "le fonds
    américain Harwell Capital": the noun says the name is a group, even when the
    model reads two capitalised words as a person (so these spans outrank its
    person spans)."""
    return _introduced(doc, gaz, "group", INTRODUCED_PRIORITY)
