"""The person (or body) named beside a speaker's title or head noun.

"le préfet de Corse, Paul Martin,": the speaker phrase of an attribution runs to the end of that
name (:func:`apposition_end`). A subject phrase names its speaker beside the head noun in other
layouts too: "X, président du syndicat, qui réclame …" (the person before a title), "Al-Manar, la
chaîne du Hezbollah, qui …" (the name before an apposition), "le porte-parole du président X, Y,"
(the name after a complement), "Le commissaire …, l'Ivoirien Bakary Touré, a affirmé" (the name
closing a title subject), "Le glaciologue italien Luca Bernardi" (a noun followed by a name).
"""
from __future__ import annotations

import re

from spacy.tokens import Token

from ...analysis import Analysis
from ...records import COUNTRY, ORGANIZATION, PERSON
from ...text import fold
from .actors import is_actor
from .descriptions import description_ref
from .events import SpeakerRef
from .quotes import QUOTE_MARKS
from .roles import role_phrase, title_words
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


_WHERE_ON = re.compile(r",\s*où\s+(?:l['’]\s*)?$", re.IGNORECASE)


def body_before_where(analysis: Analysis, at: int) -> SpeakerRef | None:
    """ "…, fait-on valoir au MR, où l'on assure que …": the organisation (or capital) named right
    before ", où" is where "on" speaks, so it is the speaker."""
    where = _WHERE_ON.search(analysis.text, max(0, at - 12), at)
    if where is None:
        return None
    named = [m for m in analysis.mentions_in(max(0, where.start() - 80), where.start())
             if m.end == where.start() and analysis.entity(m.entity).kind in (ORGANIZATION, COUNTRY)]
    return SpeakerRef(keys=[named[-1].entity]) if named else None


_TITLE_BETWEEN = re.compile(r"\s*,\s*([^,;.:«»\"“”()]{3,90}?)\s*,\s*$")


def titled_person_before(analysis: Analysis, at: int) -> str | None:
    """ "X, président du syndicat des pharmaciens de la Manche, qui réclame …": X, not the syndicate.

    A relative after a person's name and a title in apposition is on the person.
    """
    before = [m for m in analysis.mentions_in(max(0, at - 200), at) if m.end <= at]
    if not before:
        return None
    gap = _TITLE_BETWEEN.fullmatch(analysis.text, before[-1].end, at)
    if gap is None:
        people = [m for m in before if analysis.entity(m.entity).kind == PERSON]
        if not people:
            return None
        gap = _TITLE_BETWEEN.fullmatch(analysis.text, people[-1].end, at)
        before = people
    if gap is None or analysis.entity(before[-1].entity).kind != PERSON:
        return None
    if role_phrase(gap.group(1)) is None and not _affiliation(analysis, gap.start(1), gap.end(1)):
        return None
    return before[-1].entity


_AFFILIATION = re.compile(r"(?:de\s+la|de\s+l'|du|des|de|d')\s*", re.IGNORECASE)


def _affiliation(analysis: Analysis, start: int, end: int) -> bool:
    """ "X, de l'Université de Lausanne, qui …", "X, du SNES-FSU, pour qui …": an apposition
    that only names the body a person belongs to."""
    m = _AFFILIATION.match(analysis.text, start, end)
    named = analysis.mentions_in(start, end)
    return m is not None and bool(named) and analysis.entity(named[0].entity).kind == ORGANIZATION \
        and named[0].start <= m.end() + 1


#: ", la chaîne de télévision des rebelles, " between a name and "qui": an apposition describing it.
_APPOSITION_BETWEEN = re.compile(r"\s*,\s*(?:le|la|l'|les|un|une)\s*[^,;.:«»\"“”()]{2,80}?,\s*$", re.IGNORECASE)


def named_before_apposition(analysis: Analysis, at: int) -> str | None:
    """ "Al-Manar, la chaîne du Hezbollah, qui évoque …": the named actor, not a name inside the apposition.

    The parse hangs the relative on the apposition's noun, whose complement
    may name another actor ("des rebelles houthis"); the one described is
    the name before the apposition.
    """
    text = analysis.text
    before = [m for m in analysis.mentions_in(max(0, at - 200), at) if m.end <= at]
    for m in reversed(before):
        gap = _APPOSITION_BETWEEN.fullmatch(text, m.end, at)
        if gap is None:
            continue
        if not is_actor(analysis, m.entity) or any(
                analysis.entity(x.entity).kind == PERSON for x in analysis.mentions_in(m.end, at)):
            return None  # "…, le général X, qui": X (a person in the apposition) is the antecedent
        span = analysis.doc.char_span(m.end, at, alignment_mode="contract") or ()
        return None if any(t.pos_ in ("VERB", "AUX") for t in span) else m.entity
    return None


def name_after_complement(analysis: Analysis, subject: Token):
    """ "La sœur du dirigeant X, Y,", "le porte-parole du président X, Y,": a person named in the
    noun's "de" complement, then a second person in apposition after a comma: the second one is the
    noun's own name (the mention), not the first."""
    text = analysis.text
    after = subject.idx + len(subject.text)
    people = [m for m in analysis.mentions_in(after, after + 120) if analysis.entity(m.entity).kind == PERSON]
    if len(people) < 2 or not re.match(r"\s+(?:de|du|des|d')\b", text[after:people[0].start], re.IGNORECASE) or \
            re.search(r"[,;:.«»\"]", text[after:people[0].start]):
        return None
    first, second = people[:2]
    if re.fullmatch(r"\s*,\s*", text[first.end:second.start]) and re.match(r"\s*[,)]", text[second.end:]):
        return second
    return None


#: Between a name closing a subject phrase and its verb: ", a", ", avait également", ", ne".
_BEFORE_VERB = re.compile(r"\s*,\s*(?:[^\W\d_]+['’]?\s*){0,3}")
#: Before that name, after the comma opening the apposition: nothing, or "l'Ivoirien", "le Malien".
_APPOSITION_OPENING = re.compile(r",\s*(?:(?:l['’]|le\s+|la\s+)\s*[^\W\d_]+(?:-[^\W\d_]+)*\s+)?$")


def name_closing_subject(analysis: Analysis, subject: Token) -> str | None:
    """ "Le commissaire de la Cédéao chargé des affaires politiques, de la paix et de la sécurité,
    l'Ivoirien Bakary Touré, a affirmé": a title subject whose phrase ends, right before its verb,
    with a person's name set off by commas (the parse hung the apposition elsewhere) is that person."""
    verb = subject.head
    if subject.pos_ != "NOUN" or fold(subject.text) not in title_words() or verb.i <= subject.i or \
            "Plur" in subject.morph.get("Number"):
        return None
    start = subject.idx + len(subject.text)
    people = [m for m in analysis.mentions_in(start, verb.idx) if analysis.entity(m.entity).kind == PERSON]
    if not people:
        return None
    last = people[-1]
    if _BEFORE_VERB.fullmatch(analysis.text, last.end, verb.idx) is None or \
            _APPOSITION_OPENING.search(analysis.text, max(start, last.start - 40), last.start) is None:
        return None
    if any(t.text in QUOTE_MARKS for t in subject.doc[subject.i : verb.i]):
        return None
    return last.entity


def person_in_apposition(analysis: Analysis, subject: Token, end: int) -> bool:
    """ "Le glaciologue italien Luca Bernardi": a noun followed by a person's name names that person.

    "L'administration du président X", "le bureau de X" put a "de" between
    the noun and the name: the institution speaks, not X.
    """
    after = subject.idx + len(subject.text)
    for m in analysis.mentions_in(after, end):
        if analysis.entity(m.entity).kind == PERSON:
            return not re.search(r"\b(?:de|du|des|d')\b|[,(]", analysis.text[after:m.start], re.IGNORECASE)
    return False
