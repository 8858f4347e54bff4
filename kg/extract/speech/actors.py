"""Which mention of a phrase speaks: persons, then organisations, then countries; never a place.

"un porte-parole de la Maison Blanche" is the White House speaking through a
spokesperson, "des sources sud-coréennes" is South Korea.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ...analysis import Analysis
from ...records import COUNTRY, ORGANIZATION, PERSON
from ...text import fold

KIND_RANK = {PERSON: 0, ORGANIZATION: 1, COUNTRY: 2}
#: Only actors speak (the shapes require it): a place never does.
SPEAKER_KINDS = frozenset(KIND_RANK)

_LOCATIVE = re.compile(r"(?:\bà|\ben|\bau|\baux|\bdans|\bdepuis|\bdevant|\bchez|\bsur)\s+(?:l'|la\s+|le\s+|les\s+)?$",
                       re.IGNORECASE)
_COMPLEMENT_BEFORE = re.compile(r"\b(?:de|du|des|d')\s*(?:l'|la\s+|le\s+|les\s+)?$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _non_state_nouns() -> frozenset[str]:
    """Folded nouns of ``kg/data/non_state_nouns.txt`` ("médias", "recrue", "centaine")."""
    from ...gazetteer import read_table

    return frozenset(fold(row[0]) for row in read_table("non_state_nouns.txt"))


def is_non_state_noun(word: str) -> bool:
    """ "médias", "recrues", "centaines": a noun through whose demonym no state speaks ("les médias
    israéliens", "des centaines de Népalais"), plurals in -s/-x included."""
    return _listed(word, _non_state_nouns())


def _listed(word: str, nouns: frozenset[str]) -> bool:
    """``word``, folded, is one of ``nouns`` or the plural in -s/-x of one."""
    folded = fold(word)
    return folded in nouns or folded[-1:] in ("s", "x") and folded[:-1] in nouns


@lru_cache(maxsize=1)
def _state_agent_nouns() -> frozenset[str]:
    """Folded nouns through which a state speaks: ``kg/data/state_agent_nouns.txt``, the person
    nouns of ``speaker_roles.txt``, the document nouns of
    ``source_documents.txt`` and the speech nouns of ``speech_nouns.txt``."""
    from ...gazetteer import read_table
    from .roles import role_words
    from .verbs import speech_nouns

    tables = ("state_agent_nouns.txt", "source_documents.txt")
    return frozenset(fold(w) for w in ([row[0] for table in tables for row in read_table(table)]
                                       + list(role_words()) + list(speech_nouns())))


def speaks_for_state(word: str) -> bool:
    """ "gouvernement", "autorités", "responsables", "rapport": a head noun through which the state
    its phrase names by a demonym or a complement speaks ("le gouvernement japonais"), unlike
    "opposition", "syndicats", "pompiers" ("l'opposition vénézuélienne" is not Venezuela);
    plurals in -s/-x included, and never a noun of ``non_state_nouns.txt``."""
    return not is_non_state_noun(word) and _listed(word, _state_agent_nouns())


def named_as_modifier(analysis: Analysis, keys: list[str], start: int, end: int) -> bool:
    """Every mention of ``keys`` in ``[start, end)`` qualifies a noun rather than naming an actor:
    a demonym adjective ("l'opposition vénézuélienne") or a complement ("les syndicats de France");
    "Washington et Séoul" in a phrase the parser hung on another noun still name the states."""
    text = analysis.text
    found = [m for m in analysis.mentions_in(start, end) if m.entity in keys]
    return bool(found) and all(m.text[:1].islower() or _COMPLEMENT_BEFORE.search(text, max(start, m.start - 10), m.start)
                               for m in found)


def without_countries(analysis: Analysis, keys: list[str]) -> list[str]:
    """``keys`` without its countries: the speakers of a phrase headed by a non-state noun."""
    return [k for k in keys if analysis.entity(k).kind != COUNTRY]


def is_actor(analysis: Analysis, key: str) -> bool:
    """Persons, organisations and countries speak; places do not."""
    entity = analysis.entity(key)
    return entity is not None and entity.kind in SPEAKER_KINDS


#: "une source au ministère", "un conseiller à l'Élysée": a source or an official at a body.
_AT_BODY = re.compile(r"([^\W\d_]+(?:-[^\W\d_]+)*)\s+(?:([^\W\d_]+)\s+)?(?:à|au|aux)\s+(?:l'|la\s+|le\s+|les\s+)?$",
                      re.IGNORECASE)
_SOURCES = frozenset({"source", "sources", "proche", "proches"})


def _member_at(analysis: Analysis, mention) -> bool:
    """ "une source au ministère mozambicain de la Défense": after a source or an official, "au" names
    the body they belong to (it speaks), not where they are."""
    from .roles import role_of

    if analysis.entity(mention.entity).kind != ORGANIZATION:
        return False
    m = _AT_BODY.search(analysis.text, max(0, mention.start - 40), mention.start)
    return m is not None and any(w and (fold(w) in _SOURCES or role_of(w) is not None) for w in m.groups())


def best_mention(analysis: Analysis, start: int, end: int, head: int | None = None,
                 skip_locatives: bool = False, institutions_first: bool = False) -> str | None:
    """The entity key that best names the phrase ``[start, end)``.

    The mention covering the ``head`` offset wins; otherwise people before
    organisations before countries before places, then the earliest. With
    ``skip_locatives``, a place where the speakers are ("les dirigeants de
    l'opposition à Séoul") does not speak.
    """
    mentions = [m for m in analysis.mentions_in(start, end)
                if analysis.entity(m.entity) and analysis.entity(m.entity).kind in SPEAKER_KINDS]
    if skip_locatives:
        mentions = [m for m in mentions
                    if not _LOCATIVE.search(analysis.text, max(start, m.start - 12), m.start)
                    or _member_at(analysis, m)]
    if not mentions:
        return None
    if head is not None:
        for m in mentions:
            if m.start <= head < m.end:
                return m.entity
    def rank(m) -> int:
        kind = KIND_RANK.get(analysis.entity(m.entity).kind, 9)
        return (kind - 1) % 3 if institutions_first and kind < 3 else kind  # org, country, person

    def complement(m) -> bool:  # "l'avocat de Paul Roy, Me Anne Lenoir": Paul Roy only qualifies the title
        return _COMPLEMENT_BEFORE.search(analysis.text, max(start, m.start - 10), m.start) is not None

    mentions.sort(key=lambda m: (rank(m), complement(m), m.start))
    return mentions[0].entity
