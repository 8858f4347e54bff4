"""Spans the gazetteer and the ministry and intelligence patterns know.

Gazetteer names (countries, capitals, well-known organisations and people)
and demonyms ("nord-coréens" is a mention of North Korea) are matched with
spaCy's ``PhraseMatcher``; ministries and departments ("ministère russe de
la Défense") and intelligence services ("renseignement militaire
ukrainien") with a ``Matcher``, qualified by a demonym that gives their
country.
"""
from __future__ import annotations

from spacy.attrs import LOWER
from spacy.matcher import Matcher, PhraseMatcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from ...gazetteer import Gazetteer, Known, geonames_id, load_gazetteer
from ...nlp import holds_vocab
from ...records import COUNTRY, ORGANIZATION, PERSON, PLACE
from ...text import slug
from ..found import Found
from .places import line_start

# Organisation patterns: heads that need a capitalised complement or a demonym.
_MINISTRY_HEADS = ["ministère", "ministères", "département", "secrétariat"]


#: Heads whose lower-case complement is still a portfolio ("ministère de l'intérieur").
_LOWER_PORTFOLIO_HEADS = ["ministère", "ministères"]
#: A portfolio in lower case: a noun and maybe its adjective ("affaires étrangères").
_LOWER_PORTFOLIO = [{"POS": "NOUN", "IS_LOWER": True, "IS_ALPHA": True},
                    {"POS": "ADJ", "IS_LOWER": True, "OP": "?"}]


_INTEL_HEADS = ["renseignement", "renseignements", "contre-espionnage"]


_SERVICE_HEADS = ["service", "services", "agence", "agences", "direction"]


_INTEL_QUALIFIERS = ["militaire", "militaires", "extérieur", "extérieurs", "intérieur",
                     "national", "nationale", "nationaux", "fédéral", "fédérale", "fédéraux"]


_SINGULAR = {"renseignements": "renseignement", "services": "service", "agences": "agence",
             "ministères": "ministère", "militaires": "militaire", "nationaux": "national"}


_MATCHERS: dict[int, tuple] = {}
holds_vocab(_MATCHERS.clear)


def _matchers(doc: Doc) -> tuple[PhraseMatcher, PhraseMatcher, Matcher]:
    """Gazetteer name matcher (exact case), demonym matcher (any case), org patterns."""
    vocab = doc.vocab
    cached = _MATCHERS.get(id(vocab))
    if cached and cached[0] is vocab:
        return cached[1]
    from ...nlp import load_nlp

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
    forms_of: dict[str | None, list[str]] = {}  # each form's country asked once, not once per country
    for f in forms:
        forms_of.setdefault(gaz.country_of(f), []).append(f)
    for key, _ in sorted(by_country.items()):
        demonyms.add(key, [make(f.lower()) for f in forms_of.get(key, [])])
    lower_demonyms = sorted({f.lower() for f in forms})
    orgs = Matcher(vocab)
    de = {"LOWER": {"IN": ["de", "des", "du", "d'"]}}
    art = {"LOWER": {"IN": ["la", "l'"]}, "OP": "?"}
    demonym = {"LOWER": {"IN": lower_demonyms}}
    # "sri-lankais": a hyphenated demonym the tokenizer cuts in three ("sud-coréen" stays one token)
    halves = [f.split("-") for f in lower_demonyms if f.count("-") == 1]
    cut = [{"LOWER": {"IN": sorted({a for a, _ in halves})}}, {"ORTH": "-"},
           {"LOWER": {"IN": sorted({b for _, b in halves})}}]
    orgs.add("ministry", [pattern for named in ([{**demonym, "OP": "?"}], cut) for pattern in (
        [{"LOWER": {"IN": _MINISTRY_HEADS}}, *named, de, art,
         {"IS_TITLE": True}, {"POS": "ADJ", "IS_LOWER": True, "OP": "?"},
         {**demonym, "OP": "?"}],
        [{"LOWER": {"IN": _MINISTRY_HEADS}}, *named, de, art,
         {"IS_TITLE": True}, {"LOWER": "et", "OP": "?"}, de, art,
         {"IS_TITLE": True}, {**demonym, "OP": "?"}],  # "des Mines et de la Géologie"
        # (not "le ministère des Finances et l'Office national des postes": two bodies)
        # Portfolios in lower case, as Le Monde and its imitators write them ("le ministère
        # russe de la défense", "des affaires étrangères", "de l'économie et des finances"):
        # only after "ministère", whose complement is a portfolio (a "département de la
        # communication" is a company's)
        [{"LOWER": {"IN": _LOWER_PORTFOLIO_HEADS}}, *named, de, art, *_LOWER_PORTFOLIO,
         {**demonym, "OP": "?"}],
        [{"LOWER": {"IN": _LOWER_PORTFOLIO_HEADS}}, *named, de, art, *_LOWER_PORTFOLIO,
         {"LOWER": "et"}, de, art, *_LOWER_PORTFOLIO, {**demonym, "OP": "?"}],
    )], greedy="LONGEST")
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


def gazetteer_spans(doc: Doc, gaz: Gazetteer, ner_tags: dict[int, str], text: str) -> list[Found]:
    """The gazetteer's names and demonyms in ``doc``, whose text is ``text`` (the
    caller's: ``doc.text`` joins every token's text again on each access)."""
    names, demonyms, _ = _matchers(doc)
    found: list[Found] = []
    demonym_matches = demonyms(doc)
    by_demonym = {doc.vocab.strings[match_id] for match_id, _, _ in demonym_matches}
    for match_id, start, end in names(doc):
        key = doc.vocab.strings[match_id]
        known = gaz.entities[key]
        if known.ambiguous and known.kind == ORGANIZATION:
            # "Renaissance", "Le Point": a name inside a sentence, a word opening one
            if doc[start].is_sent_start or line_start(doc, start):
                continue
        elif known.ambiguous and ner_tags.get(start) != "LOC" and not (
                known.kind == COUNTRY and key in by_demonym and _lone_name(doc, start, end, ner_tags)):
            continue
        if (known.kind == PLACE and end + 1 < len(doc) and doc[end].text in "-–"
                and not doc[end - 1].whitespace_ and not doc[end].whitespace_ and doc[end + 1].text[:1].isupper()
                and gaz.lookup(doc[end + 1].text) is None):
            continue  # "la zone Bruxelles-Midi", "Paris-Saclay": another name, made from this one
            # (but "le match Sénégal-Mauritanie" names both, and "Liban-Sud" still names Lebanon)
        if known.kind == PERSON and end - start == 1:
            # A bare surname is trusted when NER agrees or the full name is here.
            if ner_tags.get(start) != "PER" and not any(len(n.split()) > 1 and n in text for n in known.names):
                continue
        found.append(from_known(known, start, end, priority=3))
    for match_id, start, end in demonym_matches:
        key = doc.vocab.strings[match_id]
        known = gaz.entities[key]
        found.append(Found(start, end, key, COUNTRY, known.label, 2, wikidata=known.wikidata,
                           source="demonym"))
    return found


def _lone_name(doc: Doc, start: int, end: int, ner_tags: dict[int, str]) -> bool:
    """Whether a country's name that is also a first name ("Maurice", "Dominique") stands
    alone, no surname after it, in an article that names the country by its demonym too
    ("l'ambassadeur mauricien … estime que Maurice est « en position de force »"): the
    country, though the model reads a person; not when a person of that first name is named."""
    if end < len(doc) and doc[end].text[:1].isupper() and ner_tags.get(end) == "PER":
        return False
    first = doc[start].text
    return not any(ner_tags.get(t.i) == "PER" and t.text == first and t.i + 1 < len(doc)
                   and ner_tags.get(t.i + 1) == "PER" and doc[t.i + 1].text[:1].isupper() for t in doc)


def from_known(known: Known, start: int, end: int, priority: int) -> Found:
    return Found(start, end, known.key, known.kind, known.label, priority,
                 wikidata=known.wikidata, affiliations=list(known.affiliations),
                 located_in=known.located_in, source="gazetteer",
                 geonames=geonames_id(known) if known.kind == PLACE else None)


#: Every organisation pattern starts with one of these words.
_PATTERN_HEADS = frozenset(_MINISTRY_HEADS + _INTEL_HEADS + _SERVICE_HEADS)
#: Their string ids (hashes, or spaCy symbols), the values of a doc's LOWER column (no string decoded per token).
_PATTERN_HEAD_HASHES = frozenset(map(get_string_id, _PATTERN_HEADS))


def _org_matches(doc: Doc, orgs: Matcher, heads: list[int]) -> list[tuple[int, int, int]]:
    """What ``orgs(doc)`` returns, in its order, found only in the windows after the pattern
    heads at ``heads``: every pattern opens on a head, so the Matcher need not try its
    patterns at the other tokens (most of a text). A window runs a longest pattern's length
    past each head, overlapping windows are joined (a greedy filter then keeps the same
    matches as over the whole doc), and the doc-wide order is restored: the Matcher gives
    each key's matches together, keys in the order of their first match, each key's
    longest first, then by start."""
    longest = max(len(pattern) for key in ("ministry", "intelligence") for pattern in orgs.get(key)[1])
    windows: list[list[int]] = []
    for head in heads:
        if windows and head <= windows[-1][1]:
            windows[-1][1] = min(len(doc), head + longest)
        else:
            windows.append([head, min(len(doc), head + longest)])
    by_key: dict[int, list[tuple[int, int, int]]] = {}
    for first, last in windows:
        for key, start, end in orgs(doc[first:last]):
            by_key.setdefault(key, []).append((key, first + start, first + end))
    return [match for matches in by_key.values()
            for match in sorted(matches, key=lambda m: (m[1] - m[2], m[1]))]


def pattern_spans(doc: Doc, gaz: Gazetteer) -> list[Found]:
    heads = [i for i, h in enumerate(doc.to_array(LOWER).tolist()) if h in _PATTERN_HEAD_HASHES]
    if not heads:
        return []  # the Matcher would try its patterns at every token for nothing
    _, _, orgs = _matchers(doc)
    found = []
    for _, start, end in _org_matches(doc, orgs, heads):
        start = _named_body_start(doc, start)
        served = _state_named_after(doc, start, end, gaz)
        if served:
            # "ministère de la Défense de la République d'Azerbaïdjan": the same
            # node as "ministère azerbaïdjanais de la Défense"
            end = served[1]
        span = doc[start:end]
        name, country = _normal_org_name(doc[start:served[0]] if served else span, gaz)
        country = country or (served[2] if served else None)
        known = gaz.lookup(span.text, (ORGANIZATION,)) or gaz.lookup(name, (ORGANIZATION,))
        if known and (not country or country in known.affiliations or not known.affiliations):
            found.append(from_known(known, start, end, priority=4))
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


def _named_body_start(doc: Doc, start: int) -> int:
    """Where the name of a body begins when the pattern at ``start`` is only its
    complement: "la Direction principale du renseignement ukrainien" (the model's
    organisation runs from "Direction" into "renseignement") is the directorate,
    not Ukraine's intelligence."""
    if start == 0 or doc[start - 1].lower_ not in {"du", "de", "des", "d'", "la", "l'"}:
        return start
    for ent in doc.ents:
        if ent.label_ == "ORG" and ent.start < start < ent.end and doc[ent.start].text[:1].isupper():
            first = ent.start
            while first < start and doc[first].lower_ in {"la", "le", "les", "l'"}:
                first += 1
            return first if doc[first].text[:1].isupper() else start
    return start


def _state_named_after(doc: Doc, start: int, end: int, gaz: Gazetteer) -> tuple[int, int, str] | None:
    """(where the complement starts, where it ends, the country) when a ministry's
    name ends with the state it serves, often by its official name ("… de la
    République d'Azerbaïdjan", "… de la République algérienne démocratique et
    populaire", "… du Mali")."""
    for i in range(start + 2, min(end + 1, len(doc))):
        if doc[i].lower_ not in {"de", "d'", "du", "des"}:
            continue
        j = i + 1 + (i + 1 < len(doc) and doc[i + 1].lower_ in {"la", "l'", "les"})
        for n in range(min(7, len(doc) - j), 0, -1):
            if j + n < end:
                break
            known = gaz.lookup(doc[j:j + n].text, (COUNTRY,))
            if known:
                return i, j + n, known.key
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
