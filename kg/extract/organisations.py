"""Organisations the NER model misses or mislabels, found from the words that introduce them.

The words come from ``kg/data/organisations_fr.txt`` (kinds: armed forces,
military units, media, sports clubs, courts and prosecutors, unnamed
sources); this module only knows the shapes of French noun phrases around
them. Each finder returns :class:`~kg.extract.found.Found` spans that
:mod:`kg.extract.entities.find` weighs against the gazetteer and NER spans.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from importlib import resources
from typing import Iterable, Iterator

from spacy.attrs import LOWER, ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc

from ..gazetteer import Gazetteer
from ..nlp import holds_vocab
from ..records import COUNTRY, ORGANIZATION
from ..text import fold, phrases_by_word, slug
from .capitalised import name_end
from .found import Found

#: Priority of these spans: above the gazetteer's single names (3), so "l'armée
#: tchadienne" is one organisation, not the demonym's country.
PRIORITY = 4
#: Priority of a name a group noun introduces: above the model's person spans (5).
INTRODUCED_PRIORITY = 6
_ORDINAL = re.compile(r"^\d+(?:e|er|re|ère|ème|eme)$", re.IGNORECASE)
_DE = {"de", "d'", "du", "des"}
#: What joins the words of an organisation's name ("Procter & Gamble").
_JOINERS = _DE | {"&"}
_ARTICLES = {"le", "la", "l'", "les"}
_CLAIM_INTROS = {"selon", "d'après", "après"}


@dataclass(frozen=True)
class Heads:
    """The introducing words of ``organisations_fr.txt``, by kind (phrases as word tuples)."""

    by_kind: dict[str, tuple[tuple[str, ...], ...]]

    def words(self, kind: str) -> set[str]:
        return {p[0] for p in self.by_kind.get(kind, ()) if len(p) == 1}

    def words_as_written(self, kind: str) -> set[str]:
        """First words of every phrase of ``kind`` ("Stade", "Olympique", "FC")."""
        return {p[0] for p in self.by_kind.get(kind, ())}


@lru_cache(maxsize=1)
def heads() -> Heads:
    text = resources.files("kg.data").joinpath("organisations_fr.txt").read_text("utf-8")
    by_kind: dict[str, list[tuple[str, ...]]] = {}
    for raw in text.splitlines():
        raw = raw.strip()
        if not raw or raw.startswith("#"):
            continue
        kind, _, phrase = raw.partition(":")
        if not phrase.strip():
            raise ValueError(f"organisations_fr.txt: no word in {raw!r}")
        words = tuple(phrase.strip().replace("'", "' ").replace("-", " - ").split())
        by_kind.setdefault(kind.strip(), []).append(tuple(w.strip() for w in words))
    # longest phrases first, so "corps de réaction rapide" wins over "corps"
    return Heads({k: tuple(sorted(v, key=len, reverse=True)) for k, v in by_kind.items()})


@lru_cache(maxsize=1)
def member_nouns() -> frozenset[str]:
    """The ``members`` nouns ("miliciens", "directeur", "porte-parole")."""
    return frozenset("".join(p) for p in heads().by_kind.get("members", ()))  # "porte-parole" whole


def home_nouns() -> dict[str, str]:
    """The ``home`` nouns ("armée", "parlement") with their gender, "m" or "f"."""
    return {phrase[0]: gender for gender in "mf" for phrase in heads().by_kind.get(f"home-{gender}", ())}


def _phrase_at(doc: Doc, i: int, phrase: tuple[str, ...], case: bool) -> bool:
    if i + len(phrase) > len(doc):
        return False
    return all((doc[i + k].text if case else doc[i + k].lower_) == w for k, w in enumerate(phrase))


@lru_cache(maxsize=None)
def _by_first_word(kind: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The phrases of ``kind`` grouped by their first word, longest first within each."""
    return phrases_by_word(heads().by_kind.get(kind, ()))


def _phrases_at(doc: Doc, i: int, kind: str, case: bool) -> Iterator[tuple[str, ...]]:
    """The phrases of ``kind`` found at token ``i``, longest first: only those starting
    with that token's word are compared (a dictionary look-up per token, not a scan)."""
    first = doc[i].text if case else doc[i].lower_
    for phrase in _by_first_word(kind).get(first, ()):
        if _phrase_at(doc, i, phrase, case):
            yield phrase


@lru_cache(maxsize=None)
def _hashes(words: frozenset[str]) -> frozenset[int]:
    return frozenset(get_string_id(w) for w in words)


#: The last doc's arrays of lower-case and as-written string hashes: the finders
#: run one after another on the same doc, and each looks for its own head words.
_LAST_DOC: list = [None, None, None]


@holds_vocab
def _forget_last_doc() -> None:
    _LAST_DOC[:] = [None, None, None]


def _hash_list(doc: Doc, case: bool) -> list[int]:
    if _LAST_DOC[0] is not doc:
        _LAST_DOC[:] = [doc, None, None]
    slot = 2 if case else 1
    if _LAST_DOC[slot] is None:
        _LAST_DOC[slot] = doc.to_array(ORTH if case else LOWER).tolist()
    return _LAST_DOC[slot]


def _at_words(doc: Doc, words: Iterable[str], case: bool = False) -> list[int]:
    """Indices of the tokens whose lower-case form (their text, with ``case``) is
    one of ``words``, in order.

    Read from the doc's array of string hashes (taken once per doc for all the
    finders): a finder then makes Token objects only where its head words are,
    not for every token (a Token per token per finder was most of their cost),
    and a set look-up per hash beats ``numpy.isin`` on arrays this small.
    """
    wanted = _hashes(frozenset(words))
    return [i for i, h in enumerate(_hash_list(doc, case)) if h in wanted]


def _first_words(*kinds: str) -> set[str]:
    """The first words of the phrases of ``kinds``."""
    return {w for kind in kinds for w in _by_first_word(kind)}


def _name_after(doc: Doc, i: int, limit: int = 5) -> int:
    """End of a capitalised name starting at ``i`` ("Le Monde", "Le Quotidien du Peuple")."""
    return name_end(doc, i, _JOINERS, limit)


def _name_end(doc: Doc, i: int, gaz: Gazetteer, limit: int = 5) -> int:
    """End of the name starting at ``i``: the longest name the gazetteer knows there
    ("Organisation mondiale de la santé", "Rassemblement national"), else the
    model's entity starting there when it runs further ("Jàmm ak Xéewal"), else
    the capitalised words (:func:`_name_after`)."""
    for n in range(min(8, len(doc) - i), 0, -1):
        if gaz.lookup(doc[i:i + n].text) and not doc[i + n - 1].is_punct:
            return i + n
    end = _name_after(doc, i, limit)
    for ent in doc.ents:
        if ent.start == i and ent.end > end and not any(t.is_punct and t.text not in "-'" for t in ent):
            return ent.end
    return end


def _label(doc: Doc, start: int, end: int) -> str:
    text = doc[start:end].text
    return text[0].upper() + text[1:]


def _org(doc: Doc, start: int, end: int, label: str, affiliations=()) -> Found:
    key = "org/" + slug(label) + "".join(f"-{a.split('/')[1].lower()}" for a in affiliations
                                          if a.startswith("country/"))
    return Found(start, end, key, ORGANIZATION, label, PRIORITY,
                 affiliations=list(affiliations), source="pattern")


# --------------------------------------------------------------------- finders
def armed_forces(doc: Doc, gaz: Gazetteer) -> list[Found]:
    """"l'armée tchadienne", "les forces armées soudanaises", "l'armée du Mali".

    One node per country: the key is ``org/armee-<code>`` whatever the wording.
    """
    found = []
    for i in _at_words(doc, heads().words("armed")):
        t = doc[i]
        if t.lower_ == "armées" and t.i and doc[t.i - 1].lower_ == "forces":
            continue
        end = t.i + 1
        if t.lower_ == "forces" and end < len(doc) and doc[end].lower_ in {"armées", "armée"}:
            end += 1
        country = gaz.country_of(doc[end].text) if end < len(doc) else None
        if country:
            end += 1
        elif end + 1 < len(doc) and doc[end].lower_ in _DE - {"des"}:
            k = end + 1 + (doc[end + 1].lower_ in _ARTICLES)
            for n in (3, 2, 1):
                known = gaz.lookup(doc[k:k + n].text, (COUNTRY,)) if k + n <= len(doc) else None
                if known:
                    country, end = known.key, k + n
                    break
        if not country:
            continue
        label = _label(doc, t.i, end)
        found.append(Found(t.i, end, f"org/armee-{country.split('/')[1].lower()}", ORGANIZATION,
                           label, PRIORITY, affiliations=[country], source="pattern"))
    return found


def units(doc: Doc, gaz: Gazetteer) -> list[Found]:
    """"la 11e brigade parachutiste", "le bataillon Azov", "le corps de réaction rapide"."""
    found = []
    for i in _at_words(doc, _first_words("unit")):
        t = doc[i]
        for phrase in _phrases_at(doc, t.i, "unit", case=False):
            end = t.i + len(phrase)
            start = t.i
            ordinal = t.i > 0 and _ORDINAL.match(doc[t.i - 1].text)
            if ordinal:
                start = t.i - 1
                end = _complements(doc, end)
            elif len(phrase) == 1 and _specified(doc, t.i):
                end = _complements(doc, end)  # "du bataillon de chasseurs ardennais"
                if end < len(doc) and doc[end].like_num and doc[end].is_digit:
                    end += 1  # "le bataillon d'infanterie 13"
            elif len(phrase) == 1:
                while end < len(doc) and doc[end].is_lower and doc[end].pos_ == "ADJ" and end - t.i <= 2:
                    end += 1  # "la brigade mécanisée Sassari"
                name_end = _name_after(doc, end, limit=3)
                if name_end == end or gaz.lookup(doc[end:name_end].text):
                    break
                end = name_end
            affiliations = []
            if end < len(doc) and gaz.country_of(doc[end].text):
                affiliations.append(gaz.country_of(doc[end].text))
                end += 1
            label = _label(doc, start, end - len(affiliations))
            found.append(_org(doc, start, end, label, affiliations))
            break
    return found


def _specified(doc: Doc, i: int) -> bool:
    """A unit noun after a definite article and before "de/d'" and a lower-case
    noun of its arm, then a number or an adjective ("du bataillon de chasseurs
    ardennais", "le bataillon d'infanterie 13"): one unit, not a kind of unit
    ("un bataillon d'infanterie", "le régiment de soldats" stays unnamed)."""
    if i == 0 or doc[i - 1].lower_ not in {"le", "la", "l'", "l’", "du", "au"} or i + 3 >= len(doc):
        return False
    de, noun, last = doc[i + 1], doc[i + 2], doc[i + 3]
    return (de.lower_ in {"de", "d'", "d’"} and noun.is_lower and noun.pos_ in ("NOUN", "PROPN")
            and (last.is_digit or last.is_lower and last.pos_ == "ADJ" and not last.like_num))


def _complements(doc: Doc, i: int) -> int:
    """End of the adjectives and "de + noun" complements of a unit noun
    ("parachutiste", "étranger de parachutistes", "d'infanterie de marine")."""
    j = i
    while j < len(doc) and j - i < 6:
        t = doc[j]
        if t.pos_ in ("ADJ", "PROPN") and t.is_lower and not _ORDINAL.match(t.text):
            # the tagger may call a lower-case adjective a proper noun ("de chasseurs alpins")
            j += 1
        elif (t.lower_ in {"de", "d'"} and j + 1 < len(doc) and doc[j + 1].pos_ in ("NOUN", "ADJ", "PROPN")
              and doc[j + 1].is_lower):
            j += 2
        else:
            break
    return j


#: Capitalised words that open a sentence before a name: no part of it.
_APPOSITION_LEAD = {"selon", "pour", "par", "avec", "et", "chez", "mais", "quant", "côté", "d'après", "d’après"}


def _named_before(doc: Doc, i: int, gaz: Gazetteer) -> Found | None:
    """The capitalised name that a noun at ``i`` describes in apposition after
    it: "Al-Masirah, la chaîne de télévision des rebelles", "Viv Ansanm, la
    coalition de gangs" (a name no gazetteer gives to a person or place)."""
    if (i < 3 or doc[i - 1].lower_ not in {"la", "le", "l'", "l’"} or doc[i - 2].text != ","
            or i + 1 >= len(doc) or doc[i + 1].lower_ not in _DE | {"des"} and doc[i + 1].pos_ != "ADJ"):
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
    return Found(start, end, "org/" + slug(name), ORGANIZATION, name, INTRODUCED_PRIORITY, source="pattern")


def _introduced(doc: Doc, gaz: Gazetteer, kind: str, priority: int) -> list[Found]:
    """The capitalised name right after a lower-case noun of ``kind``, past
    adjectives and demonyms ("la chaîne publique israélienne Kan"), or in
    apposition after a possessive ("Son équipe, Soudal Quick-Step, a perdu")."""
    words = {w.lower() for w in heads().words(kind)}
    found = []
    for t in map(doc.__getitem__, _at_words(doc, words)):
        if not (t.is_lower or t.is_upper and len(t) <= 4):
            continue  # "l'ONG Sahel Espoir": an acronym noun
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
        end = _name_end(doc, i, gaz)
        if end == i or not doc[i].text[:1].isupper() or apposed and (end >= len(doc) or doc[end].text != ","):
            continue
        name = doc[i:end].text
        known = gaz.lookup(name)
        if known and known.kind != ORGANIZATION or fold(name) in gaz.not_entities:
            continue  # "sur leur chaîne Telegram": a platform, the channel of a statement
        found.append(Found(i, end, "org/" + slug(name), ORGANIZATION, name, priority,
                           source="pattern") if not known else
                     Found(i, end, known.key, known.kind, known.label, priority,
                           wikidata=known.wikidata, source="gazetteer"))
    return found


def media(doc: Doc, gaz: Gazetteer) -> list[Found]:
    """"le quotidien Le Monde", "la chaîne britannique BBC", "l'agence Reuters"."""
    return _introduced(doc, gaz, "media", PRIORITY)


def named_groups(doc: Doc, gaz: Gazetteer) -> list[Found]:
    """"le collectif Garavan Vivant", "la coalition Jàmm ak Xéewal", "le fonds
    américain Harwell Capital": the noun says the name is a group, even when the
    model reads two capitalised words as a person (so these spans outrank its
    person spans)."""
    return _introduced(doc, gaz, "group", INTRODUCED_PRIORITY)


def clubs(doc: Doc, gaz: Gazetteer) -> list[Found]:
    """"le Stade rennais", "l'Olympique de Marseille", "le FC Nantes"."""
    found = []
    for t in map(doc.__getitem__, _at_words(doc, _first_words("club"), case=True)):
        for phrase in _phrases_at(doc, t.i, "club", case=True):
            end = t.i + len(phrase)
            if phrase[-1] == "de" or len(phrase) == 1:
                nxt = doc[end] if end < len(doc) else None
                if nxt is None:
                    break
                if nxt.text[:1].isupper():
                    end = _name_after(doc, end, limit=3)
                elif len(phrase) == 1 and nxt.is_lower and nxt.is_alpha and nxt.pos_ not in (
                        "VERB", "AUX", "ADP", "DET", "CCONJ", "PRON"):
                    end += 1  # "Stade rennais"
                elif len(phrase) == 1 and nxt.is_digit:
                    end += 1  # "Racing 92"
                else:
                    break
            found.append(_org(doc, t.i, end, doc[t.i:end].text))
            break
    return found


def courts(doc: Doc, gaz: Gazetteer) -> list[Found]:
    """"le parquet de Lyon", "le tribunal correctionnel de Rennes", "la cour d'appel
    de Douai", "le parquet national antiterroriste"; and the other bodies named by
    the territory they serve ("la préfecture de Seine-Maritime", "le conseil
    départemental du Finistère", "l'ambassade de Chine", "le CHU de Lyon")."""
    found = []
    lands = heads().words("land")
    for t in map(doc.__getitem__, _at_words(doc, _first_words("court", "seat"))):
        if t.lower_ in lands and t.i >= 2 and doc[t.i - 2].lower_ in _LOCATIVES and doc[t.i - 1].pos_ == "DET":
            continue  # "déployé dans la préfecture de la Ouaka": the territory, not the office
        for phrase in chain(_phrases_at(doc, t.i, "court", case=False),
                            _phrases_at(doc, t.i, "seat", case=False)):
            j = t.i + len(phrase)
            # adjectives and "d'appel", "d'assises", "de grande instance"
            while j < len(doc) and j - t.i < 6:
                w = doc[j]
                if w.is_lower and w.pos_ == "ADJ":
                    j += 1
                elif (w.lower_ in {"d'", "de", "des"} and j + 1 < len(doc) and doc[j + 1].is_lower
                      and doc[j + 1].pos_ in {"NOUN", "ADJ"} and doc[j + 1].lower_ not in _ARTICLES):
                    j += 2
                else:
                    break
            article = j + 2 < len(doc) and doc[j + 1].lower_ in {"l'", "la"} and doc[j].lower_ in {"de", "d'"}
            if j + 1 < len(doc) and doc[j].lower_ in {"de", "d'", "du", "des"} and doc[j + 1 + article].text[:1].isupper():
                end = _name_end(doc, j + 1 + article, gaz, limit=4)
            elif j > t.i + len(phrase) and any(w.lower_ in {"national", "nationale"} for w in doc[t.i:j]):
                end = j
            else:
                break
            found.append(_org(doc, t.i, end, _label(doc, t.i, end)))
            break
    return found


#: Prepositions after which a seat noun that also names a territory ("land") is the territory.
_LOCATIVES = {"dans", "en", "vers", "travers", "toute", "tout"}


def _inverted_after_verb(doc: Doc, det: int) -> bool:
    """Whether the words before ``det`` are a reporting verb whose subject follows:
    "», glisse pour sa part un proche", "…, a indiqué une source militaire",
    "a-t-on appris mercredi de source judiciaire"."""
    i = det - 1
    while i >= 0 and det - i <= 4 and doc[i].pos_ not in {"VERB", "AUX"}:
        if doc[i].is_punct:
            return False
        i -= 1
    if i < 0 or doc[i].pos_ not in {"VERB", "AUX"}:
        return False
    if doc[i].lemma_ == "apprendre":
        return True
    j = i - 1
    while j >= 0 and (doc[j].pos_ == "AUX" or doc[j].lower_ in {"-t-", "t"}):
        j -= 1
    return j >= 0 and doc[j].is_punct


def unnamed_sources(doc: Doc, gaz: Gazetteer) -> list[Found]:
    """"selon des sources diplomatiques occidentales", "une source sécuritaire a indiqué".

    Only sources that claim (after "selon"/"d'après", or the subject of a
    verb) and that no demonym ties to a country.
    """
    found = []
    for t in map(doc.__getitem__, _at_words(doc, heads().words("source"))):
        if t.i == 0:
            continue
        det = doc[t.i - 1]
        if det.lower_ not in {"des", "une", "un", "de", "d'", "plusieurs", "deux", "trois"}:
            continue
        before = doc[t.i - 2].lower_ if t.i >= 2 else ""
        end = t.i + 1
        while end < len(doc) and end - t.i < 6:
            w = doc[end]
            if (w.pos_ == "ADJ" and end + 2 < len(doc) and doc[end + 1].lower_ in {"à", "en", "dans", "au"}
                    and doc[end + 2].text[:1].isupper()):
                # "un diplomate présent à Abuja": the context, not the source; but
                # "des sources humanitaires à Adré" are humanitarian sources
                if w.is_lower and "Part" not in w.morph.get("VerbForm") and not w.lower_.startswith("présent"):
                    end += 1
                break
            if w.is_lower and (w.pos_ == "ADJ" or w.dep_ == "amod" and w.is_alpha) or w.lower_ in {"proche", "proches"}:
                end += 1  # (the tagger may call a rare adjective an adverb: "un diplomate caribéen")
            elif (w.lower_ in _DE and end + 1 < len(doc) and doc[end - 1].lower_ in {"proche", "proches"}):
                end += 2 if doc[end + 1].is_lower and doc[end + 1].pos_ != "DET" else 3
            else:
                break
        following = doc[end:end + 3].text.replace(" - ", "-").replace(" -", "-").split()
        if any(gaz.country_of(w.text) for w in doc[t.i:end]) or (following and gaz.country_of(following[0])):
            continue  # "des sources sud-coréennes": that country speaks
        if end == t.i + 1 and end < len(doc) and doc[end].lower_ in _DE:
            continue  # "des sources du renseignement ukrainien": that service is the source
        # an inverted subject ("…», glisse un proche") or "a-t-on appris de source judiciaire"
        verb_before = _inverted_after_verb(doc, t.i - 1)
        claims = before in _CLAIM_INTROS or verb_before or (
            det.lower_ in {"une", "des", "un", "plusieurs"} and (
                t.dep_ in {"nsubj", "nsubj:pass"} or (end < len(doc) and doc[end].pos_ in {"AUX", "VERB"})))
        if not claims or end == t.i + 1:
            continue  # a bare "des sources" names nothing
        label = doc[t.i:end].text
        found.append(_org(doc, t.i, end, label))
    return found


def national_bodies(doc: Doc, gaz: Gazetteer) -> list[Found]:
    """"la police kényane", "la garde côtière philippine", "l'état-major grec",
    "l'état-major des forces armées philippines": a state body named by its
    country's demonym, affiliated with that country; and the common-noun bodies
    that are names by themselves ("l'intersyndicale", "l'état-major des armées")."""
    found = []
    direct_words = _first_words("national-adj")
    for t in map(doc.__getitem__, _at_words(doc, _first_words("body", "national", "national-adj"))):
        # capitalised, only right before a demonym ("le Parlement arménien", not "Marine Le Pen");
        # so are the national-adj nouns ("le commandement estonien", not "le commandement des forces …")
        named = not t.is_lower or t.lower_ in direct_words
        for phrase in _phrases_at(doc, t.i, "body", case=False):
            if named:
                continue
            if t.i and doc[t.i - 1].lower_ in _ARTICLES | _DE:
                end = t.i + len(phrase)
                found.append(_org(doc, t.i, end, _label(doc, t.i, end)))
                break
        else:
            for phrase in [*_phrases_at(doc, t.i, "national", case=False),
                           *_phrases_at(doc, t.i, "national-adj", case=False)]:
                if not named and t.i and doc[t.i - 1].lower_ in {"de", "d'", "d’"}:
                    break  # "un officier de marine français": a trade, not the navy
                j = t.i + len(phrase)
                # "des forces armées": lower-case complements before the demonym
                k = j
                if named:
                    if k < len(doc) and doc[k].is_lower and gaz.country_of(doc[k].text):
                        found.append(_org(doc, t.i, k + 1, _label(doc, t.i, k + 1), [gaz.country_of(doc[k].text)]))
                    break
                if k < len(doc) and doc[k].lower_ in _DE:
                    k += 1
                    while k < len(doc) and k - j < 4 and doc[k].is_lower and not gaz.country_of(doc[k].text):
                        k += 1
                country = gaz.country_of(doc[k].text) if k < len(doc) else None
                if not country and j < len(doc):
                    k, country = j, gaz.country_of(doc[j].text)
                if country and doc[k].is_lower:
                    found.append(_org(doc, t.i, k + 1, _label(doc, t.i, k + 1), [country]))
                break
    return found


FINDERS = (armed_forces, units, media, named_groups, clubs, courts, national_bodies, unnamed_sources)


def organisation_spans(doc: Doc, gaz: Gazetteer) -> list[Found]:
    """Every organisation span of ``doc`` the finders above propose."""
    return [f for finder in FINDERS for f in finder(doc, gaz)]
