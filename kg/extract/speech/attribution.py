"""Text patterns that name who said something, around a quote or a clause.

- inversion after a quote or clause: "…», a déclaré Blinken", "…», a-t-il
  averti", "…, a également déclaré Zelensky", "…, ont annoncé jeudi des
  responsables américains", "…», ajoute-t-elle";
- "selon X" / "d'après X";
- a dash line under a quotation: "– Lloyd Austin, secrétaire américain à la Défense".

They work on the clean text (straight apostrophes, plain spaces) and return
character offsets; the speaker phrase is resolved by
:mod:`kg.extract.speech.speakers`.
"""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass

from ...analysis import Analysis
from ...dates import WEEKDAYS
from ...records import COUNTRY, ORGANIZATION, PERSON
from ...text import fold
from . import speakers, verbs
from .actors import is_actor
from .verbs import speech_nouns
from .descriptions import description_ref
from .events import SpeakerRef
from .genders import PRONOUNS
from .roles import role_phrase
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
#: "selon X", "d'après X", "à en croire X": the source of what the sentence says.
SELON = re.compile(r"\b(?:(?:selon|d'après|à\s+en\s+croire)\s+|(?P<en_croire>à\s+l'en\s+croire\b))", re.IGNORECASE)
_SELON_PRONOUN = re.compile(r"(lui|elle|eux|elles)\b(?:-mêmes?)?", re.IGNORECASE)
_PRONOUN_OF = {"lui": "il", "elle": "elle", "eux": "ils", "elles": "elles"}
_SELON_NOT = re.compile(r"(?:qui|quoi|lesquels|lesquelles|laquelle|lequel|moi|toi|nous|vous|eux|lui|elle|elles|ce|cette|"
                        r"les informations|l'information|la presse|les médias|certain|plusieurs)\b", re.IGNORECASE)
DASH_LINE = re.compile(r"[ \t]*[–—―-][ \t]*(?P<who>\S.*)$", re.MULTILINE)
#: The end of an attribution's clause; the full stop of "M." or of an initial ("John F. Kerr") is not one.
#: A quotation mark ends it too: "…, juge le calendrier « imposé par Washington »" names no speaker.
_CLAUSE_END = re.compile(r"(?<!\b[A-Z])(?<!\bMM)(?<!\bDr)(?<!\bPr)\.|[;!?\n]|,|[«»“”\"]")


@dataclass(frozen=True)
class Attribution:
    """Who is named, where, with which verb."""

    verb: str | None  # canonical lemma
    start: int  # the attribution's span (verb and speaker phrase)
    end: int
    speaker_start: int  # where the speaker phrase lies (when not a pronoun)
    speaker_end: int
    pronoun: str | None = None


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
        stop = _CLAUSE_END.search(text, m.end(), limit)
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
    if re.match(r"\s*(?:que\b|qu'|de\b|d'|:)", rest, re.IGNORECASE):
        return None  # "…, a déclaré que …" is not an inversion
    end = m.end()
    stop = _CLAUSE_END.search(text, end, limit)
    clause_end = stop.start() if stop else limit
    subject = _subject_start(analysis, end, clause_end)
    if subject is None:
        return None
    if re.search(r"\bqu(?:e\b|')", text[end:subject], re.IGNORECASE):
        return None  # "…, a annoncé jeudi que la France …": a complement clause follows
    clause_end = _apposition_end(analysis, subject, clause_end, limit)
    if (source := _FROM_SOURCE.search(text, subject, clause_end)) is not None:
        # "…, a appris l'APS de source militaire": the source speaks, the agency only heard it
        found = [x for x in analysis.mentions_in(source.start(), clause_end) if is_actor(analysis, x.entity)]
        if found:
            return Attribution(verb.canonical, m.start("verb"), clause_end, found[0].start, found[0].end)
    return Attribution(verb.canonical, m.start("verb"), clause_end, subject, clause_end)


_SAME_SOURCE_AFTER = re.compile(r"\s+de\s+((?:la\s+)?même\s+sources?)\b", re.IGNORECASE)
#: "l'APS de source militaire", "l'AFP auprès de l'état-major": where the reporter got the words.
_FROM_SOURCE = re.compile(r"\s(?:de\s+(?=sources?\b)|auprès\s+d(?:e\s+|u\s+|es\s+|'))", re.IGNORECASE)


_MAX_WORDS_BEFORE_SUBJECT = 12  # "a lancé devant les grilles d'un terminal le secrétaire général…"
_DETERMINER = re.compile(r"\b(?:le|la|l'|les|un|une|des|son|sa|ses|leur|leurs|cette|ce|cet)\b\s*", re.IGNORECASE)
_ON_PLACE = re.compile(r"(?:\s+[\w'-]+){0,3}?\s*\b(?:à\s+l'|à\s+la\s+|à\s+|au\s+|aux\s+|chez\s+|"
                       r"dans\s+l'entourage\s+d(?:e\s+|u\s+|e\s+la\s+|')|du\s+côté\s+d(?:e\s+|u\s+|e\s+la\s+|')|"
                       r"de\s+(?=sources?\b))",
                       re.IGNORECASE)


_PREPOSITION_BEFORE = re.compile(
    r"(?:\b(?:à|a|au|aux|de|du|des|d'|dans|devant|derrière|lors|sur|sous|pour|avec|après|avant|depuis|chez|en|"
    r"par|contre|vers|entre|auprès|face|selon|malgré|durant|pendant)\s*|d')"
    r"(?:(?:l'|la\s+|le\s+|les\s+)\s*)?$", re.IGNORECASE)  # "a déclaré à l'AFP le ministre": AFP is addressed
# ("a" before an article is "à" in scraped copy that lost its accents: "a declare a la television")


_DATE_AFTER = re.compile(r"(?:le|la|l'|ce|cet|cette|de|d')\s*(?:\d|(?:premier|" + "|".join(WEEKDAYS) + r"|"
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
    candidates |= {d.start() for d in _DETERMINER.finditer(text, start, end)}
    for pos in sorted(candidates):
        if count_words(text[start:pos]) > _MAX_WORDS_BEFORE_SUBJECT:
            return None
        if pos > start and _PREPOSITION_BEFORE.search(text, max(start, pos - 16), pos):
            continue
        if _DATE_AFTER.match(text, pos, end):
            continue  # "a indiqué le 12 mars le ministère", "ce matin", "cette semaine"
        mention = next((x for x in analysis.mentions_in(pos, end) if x.start == pos), None)
        if mention is not None:
            return pos if is_actor(analysis, mention.entity) else None
        if role_phrase(text[pos:end]) is not None or description_ref(analysis, pos, end):
            return pos  # "le préfet", "le prévenu"
        if any(is_actor(analysis, x.entity) for x in analysis.mentions_in(pos, end)):
            return pos  # "la CGT", "de hauts responsables américains"
        if count_words(text[pos:end]) <= 4 and _apposed_person(analysis, end, len(text)) is not None:
            return pos  # "confie un ami, Paul Roy, venu …": the name in apposition speaks
        return None
    return None


_APPOSED_TITLE = re.compile(r",\s*(?:(?:le|la|l')\s*(?:[\w'-]+\s+){1,4}|(?:Me|Maître|Mme|M\.|Mgr|Dr|Pr)\s*)?",
                            re.IGNORECASE)


def _apposition_end(analysis: Analysis, start: int, clause_end: int, limit: int) -> int:
    """Extend an inverted subject over the name in apposition after its title.

    "…», a déclaré mardi à Ajaccio le préfet de Corse, Paul Martin, lors d'un
    point de presse": the speaker phrase runs to the end of "Paul Martin".
    """
    text = analysis.text
    if clause_end >= limit or text[clause_end] != ",":
        return clause_end
    if any(analysis.entity(m.entity).kind == PERSON for m in analysis.mentions_in(start, clause_end)):
        return clause_end
    person = _apposed_person(analysis, clause_end, limit)
    described = description_ref(analysis, start, clause_end)
    if described is not None and not described.person_only:
        return clause_end  # "Selon le club auvergnat, le deuxième-ligne X souffre …": a body is no person
    if person is not None and (role_phrase(text[start:clause_end]) is not None or described is not None
                               or count_words(text[start:clause_end]) <= 4):
        return person.end
    return clause_end


def _apposed_person(analysis: Analysis, comma: int, limit: int):
    """The person named in apposition after ``comma``: ", Paul Martin", ", le général Paul Martin",
    ", l'ancienne ministre sénégalaise Awa Diop" (a demonym in the title is no speaker), ", Me X"."""
    text = analysis.text
    if comma >= limit or text[comma] != ",":
        return None
    person = next((m for m in analysis.mentions_in(comma, min(limit, comma + 90))
                   if analysis.entity(m.entity).kind == PERSON), None)
    if person is None or not _APPOSED_TITLE.fullmatch(text, comma, person.start):
        return None
    return person



_SPEECH_NOUN_AFTER = re.compile(r"(?:selon|d'après)\s+(?:un|une|le|la|l'|les|des|son|sa|ses|leur)\s*([\w-]+)",
                                re.IGNORECASE)


def relays_a_statement(analysis: Analysis, start: int) -> bool:
    """ "selon un communiqué de X", "d'après une déclaration de X" at ``start``: a channel that
    carries someone's statement, rather than the source of a fact."""
    m = _SPEECH_NOUN_AFTER.match(analysis.text, start)
    return m is not None and m.group(1).lower() in speech_nouns() | {n + "s" for n in speech_nouns()}


def selon_at(analysis: Analysis, start: int, limit: int) -> Attribution | None:
    """A "selon X" / "d'après X" phrase starting at ``start`` (the word "selon")."""
    m = SELON.match(analysis.text, start, limit)
    if not m:
        return None
    if m.group("en_croire"):  # "À l'en croire, …": him or her, the last speaker
        return Attribution(None, start, m.end("en_croire"), m.end("en_croire"), m.end("en_croire"), "l'en")
    pronoun = _SELON_PRONOUN.match(analysis.text, m.end(), limit)
    if pronoun:  # "selon elle", "d'après lui": the last speaker of that gender
        return Attribution(None, start, pronoun.end(), pronoun.end(), pronoun.end(),
                           _PRONOUN_OF[pronoun.group(1).lower()])
    if _SELON_NOT.match(analysis.text, m.end(), limit):
        return None
    who = m.end()
    words = _SELON_WORDS.match(analysis.text, who, limit) or _document_by().match(analysis.text, who, limit)
    if words:  # "selon les mots du ministre", "selon les chiffres de l'ONU": the minister, the UN
        who = words.end()
    elif (document := _document().match(analysis.text, who, limit)) and not re.match(
            r"\s+[A-ZÀ-Ý]", analysis.text[document.end():limit]):  # ("selon un sondage Ipsos": the pollster)
        return None  # "selon les chiffres officiels", "selon une étude publiée dans la revue X": nobody named
    stop = _CLAUSE_END.search(analysis.text, who, limit)
    end = stop.start() if stop else limit
    if not analysis.mentions_in(who, end) and role_phrase(analysis.text[who:end]) is None \
            and description_ref(analysis, who, end, strict=True) is None:
        return None  # neither an entity nor a role ("selon le ministre") nor a description ("selon le syndicat")
    end = _apposition_end(analysis, who, end, limit)
    return Attribution(None, start, end, who, end)


_SELON_WORDS = re.compile(r"(?:les|ses)\s+(?:mots|termes|propres\s+mots|propos)\s+d(?:e\s+|u\s+|es\s+|')|"
                          r"l'expression\s+d(?:e\s+|u\s+|')", re.IGNORECASE)


@lru_cache(maxsize=1)
def _document() -> re.Pattern:
    """A document noun after "selon" (``kg/data/source_documents.txt``): "les chiffres", "un rapport interne"."""
    from ...gazetteer import read_table

    nouns = "|".join(sorted((re.escape(row[0]) for row in read_table("source_documents.txt")), key=len, reverse=True))
    return re.compile(rf"(?:les|des|le|la|l'|un|une|ses|son|sa|leur|leurs|ce|ces|cette)\s*"
                      rf"(?:(?:dernier|dernière|derniers|dernières|nouveau|nouvel|nouvelle|nouveaux|nouvelles|"
                      rf"premier|première|premiers|premières)\s+)?(?:{nouns})\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _document_by() -> re.Pattern:
    """ "les chiffres fournis par", "un rapport interne de", "le dernier bilan publié mardi par": up to
    the body that wrote the document."""
    return re.compile(_document().pattern + r"(?-i:\s+[a-zà-ÿ]+)??"
                      r"(?:\s+(?:(?:publié|publiée|publiés|publiées|fourni|fournie|fournis|fournies|diffusé|diffusée|"
                      r"diffusés|diffusées|établi|établie|établis|établies|communiqué|communiqués)"
                      r"(?:\s+[^\W\d_]+){0,2}?\s+par)|\s+d[eu]s?|\s+d')\s*(?=\S)", re.IGNORECASE)


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
    pronoun = _SELON_PRONOUN.match(analysis.text, m.end(), limit)
    if pronoun and re.match(r"\s*,", analysis.text[pronoun.end():limit]):  # "Pour lui, …"
        return Attribution(None, start, pronoun.end(), pronoun.end(), pronoun.end(),
                           _PRONOUN_OF[pronoun.group(1).lower()])
    stop = analysis.text.find(",", m.end(), limit)
    end = stop if stop != -1 else limit
    mentions = [x for x in analysis.mentions_in(m.end(), limit) if is_actor(analysis, x.entity)]
    person = next((x for x in mentions if analysis.entity(x.entity).kind == PERSON), None)
    text = analysis.text
    titled = person is not None and stop != -1 and stop < person.start and \
        role_phrase(text[m.end():stop]) is not None and \
        _APPOSED_TITLE.fullmatch(text, stop, person.start) is not None  # "Pour son porte-parole, le député X,"
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


#: "« … » La phrase est de X.", "Le constat est signé X.", "Ces mots sont ceux de X": the
#: sentence after a quotation says whose words they were.
_SIGNED = re.compile(r"[ \t.]*(?:(?:la|cette|le|ce)\s+(?:phrase|formule|citation|sortie|constat|mot|propos|"
                     r"déclaration|confidence|avertissement)|(?:ces|les)\s+(?:mots|propos|paroles))\s+"
                     r"(?:est|sont)\s+(?:signée?s?\s+(?:par\s+)?|(?:celle|celui|ceux|celles)\s+d(?:e\s+|u\s+|es\s+|')|"
                     r"d(?:e\s+|u\s+|es\s+|'))", re.IGNORECASE)


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


def signed_after(analysis: Analysis, offset: int, limit: int) -> Attribution | None:
    """ "« On a l'impression d'avoir été utilisés. » La phrase est de Nathalie X, conseillère…":
    the speaker named in the sentence after a quotation that stands alone."""
    text = analysis.text
    m = _SIGNED.match(text, offset, limit)
    if m is None:
        return None
    stop = _CLAUSE_END.search(text, m.end(), limit)
    end = stop.start() if stop else limit
    if not analysis.mentions_in(m.end(), end) and role_phrase(text[m.end():end]) is None:
        return None
    return Attribution(None, m.start(), end, m.end(), end)


def dash_line_after(analysis: Analysis, offset: int) -> Attribution | None:
    """A "– Name, role" line following the line that ends at ``offset``."""
    text = analysis.text
    nl = text.find("\n", offset)
    if nl < 0:
        return None
    i = nl
    while i < len(text) and text[i].isspace():
        i += 1
    line_end = text.find("\n", i)
    line_end = len(text) if line_end < 0 else line_end
    m = DASH_LINE.match(text, i, line_end)
    if not m or len(m.group("who").split()) > 15 or m.group("who").rstrip().endswith("?"):
        return None  # "— Et la France ?": an interview's question signs nothing
    who_end = text.find(",", m.start("who"), line_end)
    who_end = line_end if who_end < 0 else who_end
    if not analysis.mentions_in(m.start("who"), who_end):
        who_end = line_end
        if not analysis.mentions_in(m.start("who"), who_end):
            return None
    return Attribution(None, i, line_end, m.start("who"), who_end)


def speaker_ref(analysis: Analysis, a: Attribution) -> SpeakerRef | None:
    """The speaker an attribution names: a pronoun to resolve later, or a phrase resolved now."""
    if a.pronoun:
        gender, number = PRONOUNS[a.pronoun]
        return SpeakerRef(pronoun=a.pronoun, gender=gender, plural=number == "Plur")
    return speakers.from_span(analysis, a.speaker_start, a.speaker_end)
