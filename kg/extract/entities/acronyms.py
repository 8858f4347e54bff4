"""An organisation's name and its acronym given together are one node."""
from __future__ import annotations

import re

import pycountry
from spacy.tokens import Doc, Span

from ...gazetteer import Gazetteer, geonames_city
from ...records import ORGANIZATION, PERSON, PLACE
from ...text import fold, slug
from ..found import Found
from ..tokens import token_texts
from ...subdivisions import is_region
from .filters import dictionary_word, not_actor_heads
from .organisations.heads import at_words, heads

_FUNCTION_WORDS = {"de", "d'", "du", "des", "la", "le", "les", "l'", "et", "en", "pour", "à", "au",
                   "aux", "sur", "dans", "of", "the", "and", "for"}
#: The same, folded as the expansion's words are ("à" is "a": "Mission
#: multinationale d'appui à la sécurité (MMAS)").
_FOLDED_FUNCTION_WORDS = {fold(w) for w in _FUNCTION_WORDS}
#: How far before "(ACRONYM)" the name it spells may begin, in tokens.
_REACH = 12


def acronym_of(acronym: str, expansion: str) -> bool:
    """Whether ``acronym`` spells the initials of ``expansion``: every content
    word gives its initial, in order, and maybe letters from inside it
    ("Forces armées centrafricaines (FACA)", "cybersécurité"); function words
    may give theirs.

    >>> acronym_of("OCS", "Organisation de coopération de Shanghai")
    True
    >>> acronym_of("Cédéao", "Communauté économique des États de l'Afrique de l'Ouest")
    True
    >>> acronym_of("CICR", "Comité international de la Croix-Rouge")
    True
    >>> acronym_of("OMS", "Organisation des Nations unies")
    False
    >>> acronym_of("FACA", "Forces armées centrafricaines"), acronym_of("ANCS", "Agence nationale de la cybersécurité")
    (True, True)
    >>> acronym_of("MMAS", "Mission multinationale d'appui à la sécurité")
    True
    >>> acronym_of("PAIGC", "Parti africain pour l'indépendance de la Guinée et du Cap-Vert")
    True
    """
    letters = [c for c in fold(acronym) if c.isalpha()]
    words, joined = [], set()  # joined: the later parts of a hyphenated word ("Cap-Vert": PAIGC's C)
    for whole in re.split(r"[\s’']+|(?<=')", fold(expansion).replace("'", "' ")):
        for k, part in enumerate(p for p in whole.split("-") if any(c.isalpha() for c in p)):
            if k:
                joined.add(len(words))
            words.append(part)

    def inner(i: int, word: str) -> int:
        """How many of the letters from ``i`` the rest of ``word`` holds, in order."""
        n, k = 0, 1
        while i + n < len(letters) and k < len(word):
            if word[k] == letters[i + n]:
                n += 1
            k += 1
        return n

    def match(i: int, j: int) -> bool:
        if j == len(words):
            return i == len(letters)
        optional = (words[j] in _FOLDED_FUNCTION_WORDS or words[j].rstrip("'") + "'" in _FOLDED_FUNCTION_WORDS
                    or j in joined)
        if i < len(letters) and words[j][0] == letters[i]:
            # the initial, and maybe letters from inside the word ("centrAfricaines": FACA)
            if any(match(i + 1 + extra, j + 1) for extra in range(inner(i + 1, words[j]), -1, -1)):
                return True
        return optional and match(i, j + 1)

    return len(letters) >= 2 and match(0, 0)


def _acronym_token(text: str) -> bool:
    """"OCS", "Cédéao", "Conaprocci" (syllables of the name, up to 12 letters), and
    capitals with a function word's small letter ("SUdF")."""
    return (2 <= len(text) <= 12 and text.isalpha() and text[0].isupper()
            and (text[1:].islower() or sum(c.isupper() for c in text) >= 2 and len(text) <= 8))


_CLOSING = {"(": ")", "[": "]"}
#: A unit's number before its acronym or name: "1er", "2e", "11ème".
_ORDINAL = re.compile(r"\d+(?:er|re|e|ème|eme)")
#: A French département's number after a service's acronym: "(Sdis 83)", "(SDIS 2A)".
_DEPARTMENT = re.compile(r"\d{2,3}|2[AB]")


def _bracketed(doc: Doc):
    """(index of "(", the acronym) of each acronym alone in brackets: "(OCS)", or in
    square brackets as some outlets write it: "l'état-major des armées [EMA]"."""
    for t in (doc[i] for i in at_words(doc, _CLOSING, case=True) if i < len(doc) - 2):  # (a bracket opens each case)
        if (t.text in _CLOSING and (doc[t.i + 2].text == _CLOSING[t.text] or doc[t.i + 2].text == ","
                                    and any(w.text == _CLOSING[t.text] for w in doc[t.i + 3:t.i + 7]))
                and _acronym_token(doc[t.i + 1].text)):
            yield t.i, doc[t.i + 1].text  # also "(PAN, opposition)": the acronym, then a note
        elif (t.text in _CLOSING and t.i + 3 < len(doc) and doc[t.i + 3].text == _CLOSING[t.text]
              and _ORDINAL.fullmatch(doc[t.i + 1].text) and _acronym_token(doc[t.i + 2].text)):
            yield t.i, doc[t.i + 2].text  # "1er régiment de hussards parachutistes (1er RHP)"
        elif (t.text in _CLOSING and t.i + 3 < len(doc) and doc[t.i + 3].text == _CLOSING[t.text]
              and _acronym_token(doc[t.i + 1].text) and _DEPARTMENT.fullmatch(doc[t.i + 2].text)):
            yield t.i, doc[t.i + 1].text  # "Service départemental d'incendie et de secours (Sdis 83)"


def pair_acronyms(found: list[Found], doc: Doc, gaz: Gazetteer) -> list[Found]:
    """One node for a name and its acronym given together: "Organisation de
    coopération de Shanghai (OCS)" and every "OCS" of the article are the same
    organisation (or "OCS (Organisation…)" the other way round)."""
    found, events = _spelled_names(found, doc, gaz)
    if events:  # "(CMF)" after "Conférence ministérielle de la Francophonie": an event's
        found = [f for f in found if doc[f.start:f.end].text not in events]
    by_end = {f.end: f for f in found}
    by_start = {f.start: f for f in found}
    pairs: dict[str, Found] = {}
    for i, acronym in _bracketed(doc):
        full = by_end.get(i)
        if full is None or full.label == acronym:
            continue
        if full.kind == PERSON:  # "l'organisation Manitoba Keewatinowi Okimakanak (MKO)": people
            if len(acronym) >= 3 and _spells(acronym, doc[full.start:full.end]):  # have no acronym
                pairs.setdefault(acronym, full)
            elif (body := _named_after_person(acronym, by_end.get(full.start), full, doc)) is not None:
                found = [f for f in found if f is not full and f is not by_end.get(full.start)] + [body]
                by_end[body.end] = by_start[body.start] = body
                pairs.setdefault(acronym, body)
            continue
        if full.kind not in (ORGANIZATION, PLACE):
            continue
        if (_spells(acronym, doc[full.start:full.end]) or _shortened(acronym, full, gaz)
                or _translated(acronym, full, gaz)):
            pairs.setdefault(acronym, full)
    texts = token_texts(doc)
    for i in sorted(by_start):  # "l'OCS (Organisation de coopération de Shanghai)"
        short = by_start[i]  # (the spans' starts, not every token: no Token made per word)
        if i < 1 or i + 1 >= len(doc) or texts[i + 1] != "(" or short.end != i + 1:
            continue
        full = by_start.get(i + 2)
        if full and _acronym_token(texts[i]) and acronym_of(texts[i], doc[full.start:full.end].text):
            pairs.setdefault(texts[i], full)
    _bodies_by_acronym(found, doc, gaz, set(pairs))
    if not pairs:
        return found
    for acronym, full in pairs.items():
        known = gaz.lookup(acronym, (ORGANIZATION,))
        if known and full.source != "gazetteer":  # the gazetteer knows the acronym: its node
            full.key, full.label, full.wikidata = known.key, known.label, known.wikidata
        if full.kind in (PLACE, PERSON):
            full.kind = ORGANIZATION
            full.key = "org/" + full.key.split("/", 1)[1]
    taken = {i for f in found for i in range(f.start, f.end)}
    kept = []
    for f in found:
        full = pairs.get(doc[f.start:f.end].text)
        if full is not None and f is not full:
            f = Found(f.start, f.end, full.key, full.kind, full.label, f.priority,
                      wikidata=full.wikidata, affiliations=list(full.affiliations), source=f.source)
        kept.append(f)
    for i, text in enumerate(texts):
        full = pairs.get(text)
        if full is not None and i not in taken:
            kept.append(Found(i, i + 1, full.key, full.kind, full.label, 1,
                              wikidata=full.wikidata, affiliations=list(full.affiliations),
                              source="acronym"))
    return sorted(kept, key=lambda f: f.start)


def _named_after_person(acronym: str, body: Found | None, person: Found, doc: Doc) -> Found | None:
    """One organisation for a body's name, a person's name right after it and an acronym of 3+
    letters with the body's initial: "l'Institut polaire français Paul-Émile Victor (Ipev)", a
    body named after someone (the model cuts it in two)."""
    if (body is None or body.kind != ORGANIZATION or len(acronym) < 3
            or fold(acronym)[:1] != fold(body.label)[:1]):
        return None
    label = doc[body.start:person.end].text
    return Found(body.start, person.end, "org/" + slug(label), ORGANIZATION, label, body.priority,
                 source=body.source)


def _bodies_by_acronym(found: list[Found], doc: Doc, gaz: Gazetteer, paired: set[str]) -> None:
    """An acronym in brackets that spells no name before it and that the model
    calls a place ("La force de l'Otan au Kosovo (Kfor)") names a body: places
    are not given acronyms in brackets. Each span of it becomes an organisation,
    unless a gazetteer, GeoNames or ISO 3166-2 knows it as a place or it is a
    common word ("à Hautmont (Nord)")."""
    acronyms = {a for _, a in _bracketed(doc)} - paired
    for acronym in acronyms:
        spans = [f for f in found if doc[f.start:f.end].text == acronym]
        if not spans or any(f.kind != PLACE or f.source != "ner" or f.geonames for f in spans):
            continue
        if (gaz.lookup(acronym) is not None or geonames_city(acronym) is not None or is_region(acronym)
                or dictionary_word(acronym.lower())):
            continue  # "à Hautmont (Nord)": a region in brackets after its town
        for f in spans:
            f.kind, f.key = ORGANIZATION, "org/" + f.key.split("/", 1)[1]


def _spells(acronym: str, span: Span) -> bool:
    """Whether ``acronym`` spells the words of ``span``, or those before an "et"
    that only lower-case words follow: "Agence nationale de sécurité du
    médicament et des produits de santé (ANSM)", whose acronym predates its
    last words."""
    if acronym_of(acronym, span.text):
        return True
    if len(span) > 1 and _ORDINAL.fullmatch(span[0].text) and acronym_of(acronym, span[1:].text):
        return True  # "1er régiment de hussards parachutistes": the unit's number is no letter
    for k in range(1, len(span)):
        if span[k].lower_ == "et":
            return all(t.is_lower for t in span[k:]) and acronym_of(acronym, span[:k].text)
    return False


def _shortened(acronym: str, full: Found, gaz: Gazetteer) -> bool:
    """An organisation's name of three words or more, shortened or translated,
    with the acronym of another form of its name: "Département fédéral de la
    défense (DDPS)" (… de la protection de la population et des sports),
    "Agence spatiale européenne (ESA)" (its English name), "Office européen de
    lutte antifraude (Olaf)". Capitals only or the same initial, an
    acronym no gazetteer gives to another entity, and no country's ISO or
    Olympic code ("Soudal Quick-Step (BEL)" gives the team's country)."""
    return (full.kind == ORGANIZATION and len(full.label.split()) >= 3
            and (acronym.isupper() or fold(acronym)[:1] == fold(full.label)[:1])
            and gaz.lookup(acronym) is None and not _country_code(acronym)
            and (len(acronym) <= 8 or geonames_city(acronym) is None))  # "(Cotonou)": a seat, no acronym


def _translated(acronym: str, full: Found, gaz: Gazetteer) -> bool:
    """An organisation's name whose acronym in capitals is that of its English name,
    which puts the adjectives first: the initials of the name's content words in
    another order ("Commission électorale (EC)", "Agence spatiale européenne (ESA)"),
    when no gazetteer gives the acronym to another entity.

    >>> from kg.gazetteer import load_gazetteer
    >>> _translated("EC", Found(0, 2, "org/x", ORGANIZATION, "Commission électorale", 1), load_gazetteer())
    True
    >>> _translated("CE", Found(0, 2, "org/x", ORGANIZATION, "Commission nationale", 1), load_gazetteer())
    False
    """
    initials = sorted(fold(w)[0] for w in re.split(r"[\s’'-]+", full.label)
                      if w and fold(w) not in _FOLDED_FUNCTION_WORDS)
    return (full.kind == ORGANIZATION and acronym.isupper() and len(initials) >= 2
            and initials == sorted(fold(acronym)) and gaz.lookup(acronym) is None
            and not _country_code(acronym))


def _country_code(text: str) -> bool:
    """Whether ``text`` is a country's ISO 3166 alpha-3 code ("BEL", "SUI")."""
    return len(text) == 3 and pycountry.countries.get(alpha_3=text) is not None


def _spelled_names(found: list[Found], doc: Doc, gaz: Gazetteer) -> tuple[list[Found], set[str]]:
    """The name an acronym in brackets spells, where no span found there does:
    "du Régiment du service militaire adapté (RSMA)" (the model stopped before
    "adapté"), "des Forces armées dans la zone sud de l'océan Indien (FAZSOI)"
    (two spans and a false demonym). The shortest run of words of the same
    sentence, from a capitalised word, that spells the acronym (:func:`_spells`)
    is one organisation; the spans inside it are dropped. Also returns the
    acronyms of events and treaties ("(CMF)" after "Conférence ministérielle
    de la Francophonie"), which name no actor. An acronym in capitals no words
    there spell, after a capitalised institution noun (``institution`` kind of
    organisations_fr.txt) and the words up to it, names that body in another
    language or fewer words ("Force des Nations unies chargée d'observer le
    désengagement (FNUOD)", "… maintien de la paix à Chypre (UNFICYP)"). An acronym the gazetteer knows
    ("RPDC", "OTAN") names its entity: "la République populaire démocratique de
    Corée (RPDC)" is North Korea, not a new organisation."""
    by_end = {f.end: f for f in found}
    names: list[Found] = []
    events: set[str] = set()
    for i, acronym in _bracketed(doc):  # a "(" first in the doc has no name before it
        t = doc[i]
        f = by_end.get(t.i)
        if f is not None and _spells(acronym, doc[f.start:f.end]) or gaz.lookup(acronym) is not None:
            continue
        named = None  # the furthest capitalised institution noun opening the words before
        listed = False  # whether an "et"/"ou" lies between that noun and the bracket
        for s in range(t.i - 1, max(t.sent.start, t.i - _REACH) - 1, -1):
            if doc[s].is_punct and doc[s].text not in "-'’" or doc[s].is_quote:
                break
            if doc[s].lower_ in {"et", "ou"}:
                listed = True  # "l'Université de Genève et l'Agence spatiale européenne (ESA)"
            if (doc[s].text[:1].isupper() and fold(doc[s].text)[:1] == fold(acronym)[:1]
                    and _spells(acronym, doc[s:t.i])):
                if doc[s].lower_ in not_actor_heads():
                    events.add(acronym)  # "Conférence ministérielle de la Francophonie (CMF)"
                    break
                named = None
                label = doc[s:t.i].text
                names.append(Found(s, t.i, "org/" + slug(label), ORGANIZATION, label, 4, source="pattern"))
                break
            if (doc[s].text[:1].isupper() and doc[s].lower_ in heads().words("institution") and not listed
                    and not doc[s].is_sent_start and acronym.isupper() and len(acronym) >= 3):
                named = s
        if named is not None and not (f is not None and f.kind == ORGANIZATION and f.start > named):
            # "la Force des Nations unies chargée du maintien de la paix à Chypre (UNFICYP)":
            # an acronym of another language or of fewer words, after a body's capitalised name
            label = doc[named:t.i].text
            names.append(Found(named, t.i, "org/" + slug(label), ORGANIZATION, label, 4, source="pattern"))
    if not names:
        return found, events
    kept = [f for f in found if not any(n.start < f.end and f.start < n.end for n in names)]
    return sorted(kept + names, key=lambda f: f.start), events
