"""The person named in apposition after a speaker's title: "le préfet de Corse, Paul Martin,".

The speaker phrase of an attribution runs to the end of that name.
"""
from __future__ import annotations

import re

from ...analysis import Analysis
from ...records import ORGANIZATION, PERSON
from .descriptions import description_ref
from .roles import role_phrase
from .spans import count_words


APPOSED_TITLE = re.compile(r",\s*(?:(?:le|la|l')\s*(?:[\w'-]+\s+){1,4}|(?:Me|Maître|Mme|M\.|Mgr|Dr|Pr)\s*)?",
                            re.IGNORECASE)


def apposition_end(analysis: Analysis, start: int, clause_end: int, limit: int) -> int:
    """Extend an inverted subject over the name in apposition after its title.

    "…», a déclaré mardi à Ajaccio le préfet de Corse, Paul Martin, lors d'un
    point de presse": the speaker phrase runs to the end of "Paul Martin".
    """
    text = analysis.text
    if clause_end >= limit or text[clause_end] != ",":
        return clause_end
    if any(analysis.entity(m.entity).kind == PERSON for m in analysis.mentions_in(start, clause_end)):
        return clause_end
    person = apposed_person(analysis, clause_end, limit)
    described = description_ref(analysis, start, clause_end)
    if described is not None and not described.person_only:
        return clause_end  # "Selon le club auvergnat, le deuxième-ligne X souffre …": a body is no person
    if person is not None and (role_phrase(text[start:clause_end]) is not None or described is not None
                               or count_words(text[start:clause_end]) <= 4):
        return person.end
    body = apposed_organisation(analysis, clause_end, limit)
    if person is None and body is not None and described is None and count_words(text[start:clause_end]) <= 3 \
            and not analysis.mentions_in(start, clause_end):
        return body.end  # "a précisé son distributeur, la société parisienne X": the body named after it
    return clause_end


def apposed_person(analysis: Analysis, comma: int, limit: int):
    """The person named in apposition after ``comma``: ", Paul Martin", ", le général Paul Martin",
    ", l'ancienne ministre sénégalaise Awa Diop" (a demonym in the title is no speaker), ", Me X"."""
    text = analysis.text
    if comma >= limit or text[comma] != ",":
        return None
    person = next((m for m in analysis.mentions_in(comma, min(limit, comma + 150))
                   if analysis.entity(m.entity).kind == PERSON), None)
    if person is None:
        return None
    last = text.rfind(",", comma, person.start)
    if not APPOSED_TITLE.fullmatch(text, last, person.start) or person.start - comma > 90 and last == comma:
        return None
    # "le ministre d'État, ministre de la Défense nationale, le général X": titles in a chain
    titles = text[comma + 1:last].split(",") if last > comma else []
    return person if all(role_phrase(t.strip()) is not None for t in titles) else None


#: ", la société parisienne", ", le cabinet": a determiner and a few words before an apposed body's name.
_APPOSED_BODY = re.compile(r",\s*(?:(?:le|la|l'|les)\s*(?:[\w'-]+\s+){0,3})?", re.IGNORECASE)


def apposed_organisation(analysis: Analysis, comma: int, limit: int):
    """The organisation named in apposition after ``comma``: ", la société parisienne Sirocco Films"."""
    text = analysis.text
    if comma >= limit or text[comma] != ",":
        return None
    body = next((m for m in analysis.mentions_in(comma, min(limit, comma + 70))), None)
    if body is None or analysis.entity(body.entity).kind != ORGANIZATION or not _APPOSED_BODY.fullmatch(
            text, comma, body.start):
        return None
    return body
