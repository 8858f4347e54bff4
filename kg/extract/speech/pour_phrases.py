"""A "Pour X, …" phrase opening a sentence: X's view, when X is a person, a role or an organisation."""
from __future__ import annotations

import re

from ...analysis import Analysis
from ...records import COUNTRY, ORGANIZATION, PERSON
from ...text import fold
from .actors import is_actor
from .appositions import APPOSED_TITLE
from .attribution import PRONOUN_OF, SELON_PRONOUN, Attribution
from .descriptions import description_ref
from .roles import role_phrase
from .spans import count_words


_POUR = re.compile(r"\s*pour\s+", re.IGNORECASE)
_AFFILIATION = re.compile(r",\s*(?:de|du|des|d'|à|au|aux|chez)\b[^,;.:«»\"]{1,80},", re.IGNORECASE)
#: "Pour l'UDC, qui combattait le texte, …", "Pour X, qui parle d'un « rappel de trop », …": a relative
#: on the speaker, before the view it holds.
_RELATIVE = re.compile(r",\s*qui\s(?:[^,;.:«»“”\"]|«[^»]*»|“[^”]*”|\"[^\"]*\")+(?=,)", re.IGNORECASE)
#: "Pour la Direction du renseignement (GUR), …": the acronym after the name.
_ACRONYM_AFTER = re.compile(r"\s*\([^()]{1,15}\)")


def _seat_for_country(analysis: Analysis, mention) -> bool:
    """A country mentioned by the name of its capital or seat ("Moscou", "Kinshasa"), not its own."""
    entity = analysis.entity(mention.entity)
    return entity.kind == COUNTRY and bool(entity.metonyms) and fold(mention.text) not in {
        fold(n) for n in (entity.label, *entity.aliases)}


def pour_at(analysis: Analysis, start: int, limit: int) -> Attribution | None:
    """ "Pour X, « … »" at a sentence start: X's view, when X is a person, a role or an organisation.

    "Pour la France, …" is left alone: it often means "for France", not
    "according to France".
    """
    m = _POUR.match(analysis.text, start, limit)
    if not m:
        return None
    pronoun = SELON_PRONOUN.match(analysis.text, m.end(), limit)
    if pronoun and re.match(r"\s*,", analysis.text[pronoun.end():limit]):  # "Pour lui, …"
        return Attribution(None, start, pronoun.end(), pronoun.end(), pronoun.end(),
                           PRONOUN_OF[pronoun.group(1).lower()])
    stop = analysis.text.find(",", m.end(), limit)
    end = stop if stop != -1 else limit
    mentions = [x for x in analysis.mentions_in(m.end(), limit) if is_actor(analysis, x.entity)]
    person = next((x for x in mentions if analysis.entity(x.entity).kind == PERSON), None)
    text = analysis.text
    titled = person is not None and stop != -1 and stop < person.start and \
        role_phrase(text[m.end():stop]) is not None and \
        APPOSED_TITLE.fullmatch(text, stop, person.start) is not None  # "Pour son porte-parole, le député X,"
    if person is not None and (count_words(text[m.end():person.start]) <= 6 or titled):
        # "Pour le chercheur X, de l'Ifri, « … »", "Pour l'économiste X, professeure à …, …":
        # the affiliation or the title in apposition belongs to the speaker phrase
        affiliation = _AFFILIATION.match(text, person.end, limit)
        if affiliation is None and (comma := re.match(r",\s*([^,;.:«»\"]{1,80}),", text[person.end:limit])) and \
                role_phrase(comma.group(1)) is not None:
            affiliation = re.match(r",\s*[^,;.:«»\"]{1,80},", text[person.end:limit])
            end = person.end + affiliation.end() - 1
        else:
            end = affiliation.end() - 1 if affiliation else person.end
        if (bracket := _ACRONYM_AFTER.match(text[end:limit])) is not None:
            end += bracket.end()  # "Pour la conseillère X (LR), …": the party in brackets
        relative = _RELATIVE.match(text, end, limit)  # "Pour le chercheur X, qui étudie …, la situation …"
        return Attribution(None, start, relative.end() if relative else end, m.end(), end)
    org = mentions[0] if mentions and (analysis.entity(mentions[0].entity).kind == ORGANIZATION
                                       or _seat_for_country(analysis, mentions[0])) else None
    if org is not None and person is None and count_words(text[m.end():org.start]) <= 2:
        # "Pour l'UDC, …", "Pour la Direction du renseignement (GUR), …": an organisation's view;
        # "Pour Moscou, …": the capital standing for its government (a country named as such is left
        # alone: "Pour la France, …" often means "for France")
        end = org.end + (bracket.end() if (bracket := _ACRONYM_AFTER.match(text[org.end:limit])) else 0)
        if re.match(r"\s*,", text[end:limit]):
            relative = _RELATIVE.match(text, end, limit)
            return Attribution(None, start, relative.end() if relative else end, m.end(), end)
    if role_phrase(analysis.text[m.end():end]) is not None:
        return Attribution(None, start, end, m.end(), end)
    if stop != -1 and not analysis.mentions_in(m.end(), stop) and (described := description_ref(analysis, m.end(), end)) is not None \
            and described.person_only:  # "Pour l'officier, ces manœuvres doivent …": the person described
        return Attribution(None, start, end, m.end(), end)
    return None
