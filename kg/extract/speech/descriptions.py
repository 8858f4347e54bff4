"""Speakers described, not named: "l'intéressé", "le Néerlandais de 24 ans", "selon le club".

The described nouns are in ``kg/data/speaker_descriptions.txt``; a
capitalised demonym stands for a person from that place.
"""
from __future__ import annotations

import os
import re
from functools import lru_cache

from ...analysis import Analysis
from ...gazetteer import demonym_country, regional_demonyms
from ...records import COUNTRY, ORGANIZATION, PERSON, PLACE
from ...text import fold
from .events import SpeakerRef


@lru_cache(maxsize=1)
def descriptions() -> dict[str, str]:
    """Folded noun -> kind, from ``kg/data/speaker_descriptions.txt`` ("intéressé", "club"…)."""
    from ...gazetteer import read_table

    return {fold(row[0]): (row[1] if len(row) > 1 and row[1] else PERSON)
            for row in read_table("speaker_descriptions.txt")}


@lru_cache(maxsize=1)
def _multiword() -> tuple[str, ...]:
    """Folded descriptions of several words ("mis en cause"), longest first."""
    return tuple(sorted((w for w in descriptions() if " " in w), key=len, reverse=True))


@lru_cache(maxsize=4)
def _marked(mark: str) -> frozenset[str]:
    """Folded nouns whose third column in ``speaker_descriptions.txt`` is ``mark``: ``untitled``
    ("prévenu", "victime"), ``titled`` ("magistrat")."""
    from ...gazetteer import read_table

    return frozenset(fold(row[0]) for row in read_table("speaker_descriptions.txt") if row[2:3] == [mark])


@lru_cache(maxsize=1)
def _named_only() -> frozenset[str]:
    """Folded nouns marked ``named`` in ``speaker_descriptions.txt`` ("armée", "ministère")."""
    from ...gazetteer import read_table

    return frozenset(fold(row[0]) for row in read_table("speaker_descriptions.txt") if row[2:3] == ["named"])


#: A lower-case demonym right after a described noun: "le coureur flamand", "la joueuse tongienne".
_DEMONYM_AFTER = re.compile(r"\s+([a-zà-ÿ][\w-]+)")


#: After the noun, its adjectives then a capitalised name of its own ("fédération hospitalière Zorgnet-Icuro").
_OWN_NAME = re.compile(r"(?:\s+[a-zà-ÿ][\w-]*){0,2}\s+[A-ZÀ-Ý][\w-]+")
_GLUE_WORDS = frozenset("les des aux par pour sur avec dans".split())
_DESCRIPTION = re.compile(r"[\s,]*(?:(l')|(le|un|ce|cet)\s+|(la|une|cette)\s+)(?:(?:principal|principale|jeune|"
                          r"vieux|vieil|ancien|ancienne|nouveau|nouvel|nouvelle|même)\s+)?([\w'-]+)", re.IGNORECASE)


_AFTER_PREPOSITION = re.compile(r"\b(?:contre|de|du|des|d'|à|au|aux|avec|par|pour|sur|chez|entre|vers)\s*"
                                r"(?:l'|la\s+|le\s+|les\s+)?$", re.IGNORECASE)
#: Capitalised nouns with a demonym's ending that name organisations: Mission, Direction, Union, Région.
_NOT_DEMONYM = re.compile(r"ion$", re.IGNORECASE)
_DEMONYM_ENDING = re.compile(r"(?:ois|oise|ais|aise|ien|ienne|ain|aine|in|ine|an|ane|on|onne|ol|ole|ard|arde)$")


#: "un porte-parole du groupe", "une représentante de la compagnie": someone speaking for the
#: organisation the noun describes (spokesperson nouns: roles.SPOKESPERSONS).
_FOR_THE = re.compile(r"\s*(?:un|une|le|la|l')\s*(?:porte-parole|porte\s+parole|représentante?s?)\s+"
                      r"(?:du\s+|de\s+la\s+|de\s+l'|des\s+)([\w'-]+)", re.IGNORECASE)


#: "poursuit une porte-parole," with nothing after the noun: someone speaking for a body named before.
_BARE_SPOKESPERSON = re.compile(r"\s*(?:un|une)\s+(?:porte-parole|porte\s+parole|représentante?)\s*$", re.IGNORECASE)
#: "Du côté de Keolis, …", "Chez Renault, …": the body the paragraph gives the floor to.
_ON_THE_SIDE_OF = re.compile(r"\b(?:du\s+côté\s+d(?:e\s+|u\s+|es\s+|')|chez\s+|au\s+sein\s+d(?:e\s+|u\s+|es\s+|'))"
                             r"(?:l'|la\s+|le\s+|les\s+)?$", re.IGNORECASE)


def _paragraph_body(analysis: Analysis, start: int) -> SpeakerRef | None:
    """The organisation named last in the paragraph before ``start`` as an actor (not after a
    preposition, except "du côté de", "chez"): "Du côté de Keolis, on conteste. « … », poursuit
    une porte-parole"."""
    text = analysis.text
    paragraph = text.rfind("\n", 0, start) + 1
    found = [x for x in analysis.mentions_in(paragraph, start) if analysis.entity(x.entity).kind == ORGANIZATION
             and (not _AFTER_PREPOSITION.search(text, max(0, x.start - 14), x.start)
                  or _ON_THE_SIDE_OF.search(text, max(0, x.start - 20), x.start))]
    return SpeakerRef(keys=[found[-1].entity]) if found else None


def spokesperson_of(analysis: Analysis, start: int, end: int) -> SpeakerRef | None:
    """ "a résumé un porte-parole du groupe": the organisation the noun describes speaks;
    "poursuit une porte-parole": the organisation the paragraph is about."""
    if _BARE_SPOKESPERSON.match(analysis.text, start, end):
        return _paragraph_body(analysis, start)
    m = _FOR_THE.match(analysis.text, start, end)
    if m is None or descriptions().get(fold(m.group(1))) != ORGANIZATION:
        return None
    if any(analysis.mentions_in(m.start(1), end)):
        return None  # "un porte-parole du groupe Renault": the name says who
    return _organisation(analysis, m.group(1), start, m.end(1), end, strict=False)


def _affiliation(analysis: Analysis, noun_end: int, end: int) -> str | None:
    """The organisation named right after a person noun, with no preposition: "l'élu LR",
    "la militante CGT", "le député Les Républicains" (the person belongs to it)."""
    first = next(iter(analysis.mentions_in(noun_end, end)), None)
    if first is None or analysis.text[noun_end:first.start].strip() or \
            analysis.entity(first.entity).kind != ORGANIZATION:
        return None
    return first.entity


def description_ref(analysis: Analysis, start: int, end: int, strict: bool = False) -> SpeakerRef | None:
    """ "l'intéressé", "la magistrate", "le Néerlandais de 24 ans": a person named before.

    Returns a pronoun-like reference that only persons can resolve.
    """
    m = _DESCRIPTION.match(analysis.text, start, end)
    if not m or (m.group(2) or m.group(3) or "").lower() in ("un", "une"):
        return None  # "un groupe de pirates", "une habitante": someone not named before
    word, word_end = m.group(4), m.end(4)
    for entry in _multiword():  # "le mis en cause"
        if fold(analysis.text[m.start(4):m.start(4) + len(entry)]) == entry and \
                not analysis.text[m.start(4) + len(entry):m.start(4) + len(entry) + 1].isalnum():
            word, word_end = analysis.text[m.start(4):m.start(4) + len(entry)], m.start(4) + len(entry)
            break
    around = analysis.mention_at(m.start(4))
    country = analysis.entity(around.entity) if around is not None else None
    demonym = (word[:1].isupper() and country is not None and country.kind == COUNTRY
               and around.start == m.start(4) and around.end == word_end and fold(word) != fold(country.label)
               and not re.match(r"\s*(?:du|de|des|d')\s*[A-ZÀ-Ý]", analysis.text[word_end:end]))
    if not demonym and word[:1].isupper() and _DEMONYM_ENDING.search(word) and not _NOT_DEMONYM.search(word) and (
            around is None or analysis.entity(around.entity).kind == PERSON
            and around.start == m.start(4) and around.end == word_end):
        # "le Neuchâtelois", "la Bretonne": a person from a region (the model may take
        # the demonym for a person's name: "le Breton" is nobody's name); "la Mission de
        # l'ONU", "la Direction" name an organisation
        demonym = True
    if not demonym and word[:1].isupper() and fold(word) in regional_demonyms() and (
            around is None or around.start == m.start(4) and around.end == word_end):
        demonym = True  # "le Nordiste, originaire de Denain": a person from a region, whatever the model read
    kind = descriptions().get(fold(word), PERSON if demonym else None)
    if kind is None:
        return None
    if not demonym and around is not None and analysis.entity(around.entity).kind == ORGANIZATION:
        return None  # "l'Autorité du canal de Suez": the word begins a name, it describes nobody
    party = _affiliation(analysis, word_end, end) if kind == PERSON and not demonym else None
    if party is not None:  # "a ironisé l'élu Les Républicains": a member of it, not the party
        from .roles import member_of

        member = member_of(analysis, party, start)
        if member is not None:
            return SpeakerRef(keys=[member])
    elif not demonym and any(not analysis.text[x.start].islower() and analysis.entity(x.entity).kind != PLACE
                             for x in analysis.mentions_in(m.end(), end)):
        return None  # "le patron de la CGT": the phrase names someone ("le joueur tongien", "l'officière
        # de Namur" do not: a town says where the person comes from)
    if kind == ORGANIZATION:  # "selon le club auvergnat": the last organisation named
        return _organisation(analysis, word, start, word_end, end, strict)
    gender = "Fem" if m.group(3) else "Masc" if m.group(2) else None
    if gender is None and fold(word).endswith(("ee", "euse", "rice", "ienne", "ante")):
        gender = "Fem"
    if gender is None:  # "l'accusé", "l'élue": the noun's own gender
        noun = analysis.doc.char_span(m.start(4), word_end, alignment_mode="expand")
        found = noun[0].morph.get("Gender") if noun is not None and len(noun) == 1 else []
        gender = found[0] if len(found) == 1 and found[0] in ("Masc", "Fem") else None
    origin = _DEMONYM_AFTER.match(analysis.text, word_end, end) if not demonym else None
    if origin is not None and demonym_country(origin.group(1)) is None:
        origin = None
    return SpeakerRef(pronoun="elle" if gender == "Fem" else "il", gender=gender, person_only=True,
                      word=fold(word) if demonym else fold(origin.group(1)) if origin else None,
                      untitled=fold(word) in _marked("untitled"),
                      titled=fold(word) in _marked("titled"))


def _town_word(demonym: str, label: str) -> bool:
    """A folded demonym that is not a country's and shares its stem with a word of ``label``:
    "rochelais" ~ "La Rochelle", "auvergnat" ~ "ASM Clermont Auvergne", "lensois" ~ "RC Lens"
    (at least four letters, all of the word but its last two)."""
    from ...gazetteer import load_gazetteer

    if load_gazetteer().country_of(demonym) is not None:
        return False  # "le ministère malien": a country's demonym, matched exactly above
    for word in re.findall(r"[^\W\d_]+", label):
        common = len(os.path.commonprefix([demonym, word]))
        if common >= 4 and common >= len(word) - 2:
            return True
    return False


def _organisation(analysis: Analysis, word: str, start: int, word_end: int, end: int,
                  strict: bool) -> SpeakerRef | None:
    """The organisation a described noun ("le club", "le ministère sri-lankais") stands for."""
    if _OWN_NAME.match(analysis.text, word_end, end):
        return None  # "la fédération hospitalière Zorgnet-Icuro": it names itself, not one named before
    # the last organisation named as an actor: "en guerre contre l'armée soudanaise" names a target, not the one described
    before = [x for x in analysis.mentions_in(max(0, start - 3000), start)
              if analysis.entity(x.entity).kind == ORGANIZATION
              and not _AFTER_PREPOSITION.search(analysis.text, max(0, x.start - 14), x.start)]
    # "a précisé le ministère", "l'armée a affirmé": the last organisation whose name holds the noun
    # and the nationality after it ("le ministère sri-lankais" is not "le Ministère népalais …";
    # "l'autorité sanitaire" may still be "la Haute Autorité de santé")
    extra = {w for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", fold(analysis.text[word_end:end]))
             if _DEMONYM_ENDING.search(w) and w not in _GLUE_WORDS}
    named = [x for x in before if fold(word) in fold(analysis.entity(x.entity).label)
             and extra <= set(re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", fold(analysis.entity(x.entity).label)))]
    if not named and extra:  # "selon le staff rochelais", "le club auvergnat": the body named after the town
        local = [x for x in (*before, *analysis.mentions_in(end, min(len(analysis.text), end + 2000)))
                 if analysis.entity(x.entity).kind == ORGANIZATION
                 and all(_town_word(w, fold(analysis.entity(x.entity).label)) for w in extra)]
        named = [x for x in local if x.start < start][-1:] or local[:1]  # the last before, else the next one
    if not named and not before:  # a headline or lead before the name: "La préfecture annonce …"
        named = [x for x in analysis.mentions_in(end, min(len(analysis.text), end + 2000))
                 if analysis.entity(x.entity).kind == ORGANIZATION
                 and fold(word) in fold(analysis.entity(x.entity).label)][:1]
    if not named:  # "selon le syndicat des médecins", the "Syndicat national des médecins …" named later
        named = _named_later(analysis, word, word_end, end)
    if not named and fold(word) in _named_only():
        return None  # "la préfecture", "le parquet": only an organisation whose name says so
    if not named and (strict or not before):  # "La CGT a lancé une grève. Selon le syndicat, …", "Pour
        return SpeakerRef(organisation_only=True)  # SUD Santé, « … ». Selon le syndicat": the organisation
        # that spoke or acted last (resolved in text order)
    found = named or before
    return SpeakerRef(keys=[found[-1].entity])


def _named_later(analysis: Analysis, word: str, word_end: int, end: int) -> list:
    """The first organisation named after ``end`` whose name holds the described noun and every
    content word of its complement: "selon le syndicat des médecins … du Syndicat national des
    médecins comoriens". A bare noun ("selon le syndicat") names no one later."""
    words = {w for w in re.findall(r"[^\W\d_]+", fold(analysis.text[word_end:end])) if len(w) >= 4}
    if not words or not re.match(r"\s+(?:de|du|des|d')\b", analysis.text[word_end:end], re.IGNORECASE):
        return []
    for x in analysis.mentions_in(end, min(len(analysis.text), end + 2000)):
        entity = analysis.entity(x.entity)
        label = set(re.findall(r"[^\W\d_]+", fold(entity.label)))
        if entity.kind == ORGANIZATION and fold(word) in label and words <= label | {w + "s" for w in label}:
            return [x]
    return []


#: "la même source", "cette source", "ces mêmes sources", "ladite source": the source named before.
SAME_SOURCE = re.compile(r"\s*(?:(?:la|les)\s+mêmes?|mêmes?|cette|ces(?:\s+mêmes)?|ladite|lesdites)\s+sources?\s*$",
                         re.IGNORECASE)
_SOURCE_WORD = re.compile(r"\bsources?\b", re.IGNORECASE)
_SOURCE_BACK = re.compile(r"(?:même|mêmes|cette|ces|ladite|lesdites)\s+$", re.IGNORECASE)


def same_source(analysis: Analysis, start: int, end: int) -> SpeakerRef | None:
    """ "La même source fait état de …": the actor the last unnamed source named before ``start``
    stands for ("une source sécuritaire régionale", "de source militaire", "une source béninoise")."""
    if not SAME_SOURCE.fullmatch(analysis.text, start, end):
        return None
    text = analysis.text
    for m in reversed(list(_SOURCE_WORD.finditer(text, max(0, start - 3000), start))):
        if _SOURCE_BACK.search(text, max(0, m.start() - 12), m.start()):
            continue
        stop = re.search(r"[.;:!?\n«»“”\"]", text[m.end():m.end() + 80])
        limit = m.end() + (stop.start() if stop else 80)
        found = [x for x in analysis.mentions_in(max(0, m.start() - 40), limit)
                 if x.end > m.start() and analysis.entity(x.entity).kind in (ORGANIZATION, COUNTRY)]
        if found:
            return SpeakerRef(keys=[found[0].entity])
    return None
