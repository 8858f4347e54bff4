"""Inverted attributions: "…», a déclaré Blinken", "…, a-t-il averti", "comme l'a dit X, « … »".

The reporting verb comes first, then its subject: a pronoun joined to the
verb, or the first noun phrase after it that names an actor or a role
(words of time, place and channel may come between).
"""
from __future__ import annotations

import re

from ...analysis import Analysis
from ...dates import MONTHS, WEEKDAYS
from . import verbs
from .actors import is_actor
from .appositions import apposed_organisation, apposed_person, apposition_end
from .attribution import CLAUSE_END, Attribution
from .descriptions import description_ref
from .roles import role_phrase
from .speakers import PERIPHRASIS
from .spans import count_words


_AUX = r"(?:a|ont|avait|avaient|aurait|auraient|aura|auront|avaient)"
_ADV = (r"(?:également|encore|aussi|ensuite|alors|déjà|d'ailleurs|notamment|enfin|pourtant|"
        r"cependant|toutefois|lui-même|elle-même|[a-zéèêîôû]+ment)")
_PRONOUN = r"(?:il|elle|ils|elles|on)"
#: "a-t-il tenu à préciser", "a voulu rappeler": a modal before the reporting infinitive (speech_modals.txt).
_MODAL = "|".join(map(re.escape, verbs.modal_forms()))


def _inversion(modal: str) -> re.Pattern:
    return re.compile(
        rf"""\s*[,;]?\s*
        (?P<refl>s'|se\s+)?
        (?:(?P<aux>(?(refl)(?:est|sont|était|étaient|serait|seraient)|{_AUX}))(?:-t-(?P<p1>{_PRONOUN})|-(?P<p1b>{_PRONOUN}))?\s+)?
        (?:{_ADV}\s+)*
        {modal}
        (?:(?(refl)(?:born|content|empress)(?:é|ée|és|ées)\s+(?:à|de|d')\s*))?
        (?P<verb>[^\W\d_][\w]*(?:\s+en\s+garde|\s+part)?)
        (?:-t-(?P<p2>{_PRONOUN})|-(?P<p2b>{_PRONOUN}))?
        (?=[\s,.;:!?]|$)""",
        re.VERBOSE | re.IGNORECASE,
    )


INVERSION = _inversion("")
#: The same with a modal before the reporting infinitive: "a-t-il tenu à préciser" (tried second).
_MODAL_INVERSION = _inversion(
    rf"(?:(?:{_MODAL})(?:-t-(?P<p3>{_PRONOUN})|-(?P<p3b>{_PRONOUN}))?\s+(?:à\s+|d(?:e\s+|'))?(?:{_ADV}\s+)*)")


def _verb_at(analysis: Analysis, start: int, end: int) -> verbs.ReportingVerb | None:
    span = analysis.doc.char_span(start, end, alignment_mode="expand")
    if span is not None and len(span):
        found = verbs.match(span[0], inversion=True)
        if found:
            return found
    word = analysis.text[start:end].lower().split()[0]
    lemma = verbs.form_lemma(word)
    if lemma is None:
        return None
    entries = [v for v in verbs.load_verbs()[0][lemma] if not v.quote_only]
    if not entries:
        return None
    return next((v for v in entries if not v.words and not v.reflexive), entries[-1])


def inversion_at(analysis: Analysis, offset: int, limit: int) -> Attribution | None:
    """An inverted attribution starting at ``offset`` (right after a quote or a comma).

    >>> # «…», a-t-il averti.   -> pronoun "il", verb "avertir"
    """
    for pattern in (INVERSION, _MODAL_INVERSION):
        m = pattern.match(analysis.text, offset, limit)
        if not m:
            return None
        if m.group("verb").lower().endswith("ant"):
            return None  # "…, affirmant détenir…" is a participial clause, not an inversion
        verb = _verb_at(analysis, m.start("verb"), m.end("verb"))
        if verb is not None:
            break
    else:
        return None
    pronoun = next((g for g in map(m.groupdict().get, ("p1", "p1b", "p2", "p2b", "p3", "p3b")) if g), None)
    text = analysis.text
    if pronoun and pronoun.lower() == "on":
        # "…», fait-on valoir à Matignon", "indique-t-on dans l'entourage du ministre",
        # "…, a-t-on appris de source judiciaire"
        stop = CLAUSE_END.search(text, m.end(), limit)
        clause_end = stop.start() if stop else limit
        place = _ON_PLACE.match(text, m.end(), clause_end)
        if place:
            found = [x for x in analysis.mentions_in(place.end(), clause_end)
                     if x.start == place.end() and is_actor(analysis, x.entity)]
            if found:
                return Attribution(verb.canonical, m.start("verb"), found[0].end, found[0].start, found[0].end)
    if pronoun and pronoun.lower() == "on" and (same := _SAME_SOURCE_AFTER.match(text, m.end(), limit)):
        # "…, a-t-on précisé de même source": the source named before
        return Attribution(verb.canonical, m.start("verb"), same.end(), same.start(1), same.end())
    if pronoun and pronoun.lower() == "on":
        return None  # "…», fait-on valoir" with no institution named: nobody to credit
    if pronoun:
        return Attribution(verb.canonical, m.start("verb"), m.end(), m.end(), m.end(), pronoun.lower())
    rest = text[m.end():limit]
    aside = _ASIDE.match(rest)  # "…, reconnaissait de son côté le capitaine"
    if re.match(r"\s*(?:que\b|qu'|de\b|d'|:)", rest[aside.end() if aside else 0:], re.IGNORECASE):
        return None  # "…, a déclaré que …" is not an inversion
    end = m.end()
    stop = CLAUSE_END.search(text, end, limit)
    clause_end = stop.start() if stop else limit
    subject = _subject_start(analysis, end, clause_end)
    if subject is None:
        return None
    if re.search(r"\bqu(?:e\b|')", text[end:subject], re.IGNORECASE):
        return None  # "…, a annoncé jeudi que la France …": a complement clause follows
    if _infinitive_complement(analysis, end, subject):
        return None  # "…, avait promis en septembre d'envoyer 850 hommes si le Conseil …": its complement
    clause_end = apposition_end(analysis, subject, clause_end, limit)
    if (source := _FROM_SOURCE.search(text, subject, clause_end)) is not None:
        # "…, a appris l'APS de source militaire": the source speaks, the agency only heard it
        found = [x for x in analysis.mentions_in(source.start(), clause_end) if is_actor(analysis, x.entity)]
        if found:
            return Attribution(verb.canonical, m.start("verb"), clause_end, found[0].start, found[0].end)
    return Attribution(verb.canonical, m.start("verb"), clause_end, subject, clause_end)


def _infinitive_complement(analysis: Analysis, start: int, end: int) -> bool:
    """ "de/d'" then an infinitive in ``[start, end)``, between the verb and a would-be subject:
    the verb's complement ("…, avait promis en septembre d'envoyer 850 hommes si …")."""
    span = analysis.doc.char_span(start, end, alignment_mode="contract") or ()
    return any(t.pos_ in ("VERB", "AUX") and "Inf" in t.morph.get("VerbForm") and t.i > 0
               and t.doc[t.i - 1].lower_ in ("de", "d'", "d’") for t in span)


#: An aside between the verb and its inverted subject: "de son côté", "pour sa part".
_ASIDE = re.compile(r"\s*,?\s*(?:de\s+(?:son|leur|notre)\s+côté|pour\s+(?:sa|leur|notre)\s+part)\b\s*,?", re.IGNORECASE)
_SAME_SOURCE_AFTER = re.compile(r"\s+de\s+((?:la\s+)?même\s+sources?)\b", re.IGNORECASE)
#: "l'APS de source militaire", "l'AFP auprès de l'état-major": where the reporter got the words.
_FROM_SOURCE = re.compile(r"\s(?:de\s+(?=sources?\b)|auprès\s+d(?:e\s+|u\s+|es\s+|'))", re.IGNORECASE)
_MAX_WORDS_BEFORE_SUBJECT = 12  # "a lancé devant les grilles d'un terminal le secrétaire général…"
#: "à l'armée " right before a word: a noun introduced by à/au/aux (whom something goes to).
_AFTER_A_NOUN = re.compile(r"\b(?:à|au|aux)\s+(?:l'|l’|la\s+|le\s+|les\s+)?[\w-]+\s+$", re.IGNORECASE)
_DETERMINER = re.compile(r"\b(?:le|la|l'|les|un|une|des|son|sa|ses|leur|leurs|cette|ce|cet)\b\s*", re.IGNORECASE)
_ON_PLACE = re.compile(r"(?:\s+[\w'-]+){0,3}?\s*\b(?:à\s+l'|à\s+la\s+|à\s+|au\s+|aux\s+|chez\s+|"
                       r"dans\s+l'entourage\s+d(?:e\s+|u\s+|e\s+la\s+|')|du\s+côté\s+d(?:e\s+|u\s+|e\s+la\s+|')|"
                       r"de\s+(?=sources?\b))",
                       re.IGNORECASE)
#: (or a subordinating conjunction: "si le Conseil relevait …" is another clause's subject)
_PREPOSITION_BEFORE = re.compile(
    r"(?:\b(?:à|a|au|aux|de|du|des|d'|dans|devant|derrière|lors|sur|sous|pour|avec|après|avant|depuis|chez|en|"
    r"par|contre|vers|entre|auprès|face|selon|malgré|durant|pendant|si|quand|lorsque|lorsqu'|puisque|puisqu')\s*|d')"
    r"(?:(?:l'|la\s+|le\s+|les\s+)\s*)?$", re.IGNORECASE)  # "a déclaré à l'AFP le ministre": AFP is addressed
# ("a" before an article is "à" in scraped copy that lost its accents: "a declare a la television")
#: A date, not a speaker, after the verb ("le 12 mars", "le premier mars", "ce matin"; "le Premier
#: ministre" is a speaker)
_DATE_AFTER = re.compile(r"(?:le|la|l'|ce|cet|cette|de|d')\s*(?:\d|premier\s+(?:" + "|".join(MONTHS) + r")\b|(?:"
                         + "|".join(WEEKDAYS) + r"|"
                         r"matin|soir|après-midi|semaine|mois|année|week-end|veille|lendemain|"
                         r"jour|nuit)\b)", re.IGNORECASE)


def _subject_start(analysis: Analysis, start: int, end: int) -> int | None:
    """Where the inverted subject begins: the first noun phrase after the verb
    that no preposition introduces, when it names an actor or a role.

    Words of time, place and channel may come first ("mardi à Ajaccio",
    "dans un communiqué", "devant les grilles du port"); a place, or an actor
    after a preposition ("à l'AFP"), is not the speaker. A subject that names
    nobody ("ont déclaré les législateurs") gives no speaker.
    """
    text = analysis.text
    candidates = {m.start for m in analysis.mentions_in(start, end) if is_actor(analysis, m.entity)}
    determiners = {d.start() for d in _DETERMINER.finditer(text, start, end)}
    candidates |= determiners
    if (who := PERIPHRASIS.match(text, start, end)) is not None:
        return who.start(1)  # "…», explique celui qui dirige la ville": the person just presented
    for pos in sorted(candidates):
        if count_words(text[start:pos]) > _MAX_WORDS_BEFORE_SUBJECT:
            return None
        if pos > start and _PREPOSITION_BEFORE.search(text, max(start, pos - 16), pos):
            continue
        if text[pos].islower() and pos not in determiners and _AFTER_A_NOUN.search(text, max(start, pos - 40), pos):
            continue  # a demonym after "à" and its noun ("à l'armée ukrainienne") opens no subject
        if _DATE_AFTER.match(text, pos, end):
            continue  # "a indiqué le 12 mars le ministère", "ce matin", "cette semaine"
        mention = next((x for x in analysis.mentions_in(pos, end) if x.start == pos), None)
        if mention is not None:
            return pos if is_actor(analysis, mention.entity) else None
        if role_phrase(text[pos:end]) is not None or description_ref(analysis, pos, end):
            return pos  # "le préfet", "le prévenu"
        if any(is_actor(analysis, x.entity) for x in analysis.mentions_in(pos, end)):
            return pos  # "la CGT", "de hauts responsables américains"
        if count_words(text[pos:end]) <= 4 and apposed_person(analysis, end, len(text)) is not None:
            return pos  # "confie un ami, Paul Roy, venu …": the name in apposition speaks
        if count_words(text[pos:end]) <= 3 and apposed_organisation(analysis, end, len(text)) is not None:
            return pos  # "a précisé son distributeur, la société X": the body in apposition speaks
        return None
    return None


#: "comme l'a dit X", "comme le rappelait X": a comparative clause naming whose words follow.
_COMME = re.compile(r"\bcomme\s+(?:l'|le\s+)", re.IGNORECASE)


def comme_at(analysis: Analysis, start: int, limit: int) -> Attribution | None:
    """ "Comme l'a dit la gouverneure de la Banque de France, Élise X, « … »": the inverted
    subject of "comme l'a dit" says the quotation after the comma (``limit``: its opening mark)."""
    m = _COMME.match(analysis.text, start, limit)
    if m is None:
        return None
    a = inversion_at(analysis, m.end(), limit)
    if a is None or a.pronoun or not re.fullmatch(r"\s*,\s*", analysis.text[a.end:limit]):
        return None
    return Attribution(a.verb, start, a.end, a.speaker_start, a.speaker_end)
