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
from dataclasses import dataclass

from ...analysis import Analysis
from . import speakers, verbs

_AUX = r"(?:a|ont|avait|avaient|aurait|auraient|aura|auront|avaient)"
_ADV = (r"(?:également|encore|aussi|ensuite|alors|déjà|d'ailleurs|notamment|enfin|pourtant|"
        r"cependant|toutefois|lui-même|elle-même|[a-zéèêîôû]+ment)")
_PRONOUN = r"(?:il|elle|ils|elles|on)"
INVERSION = re.compile(
    rf"""\s*[,;]?\s*
    (?:(?P<aux>{_AUX})(?:-t-(?P<p1>{_PRONOUN})|-(?P<p1b>{_PRONOUN}))?\s+)?
    (?:{_ADV}\s+)*
    (?P<verb>[^\W\d_][\w]*(?:\s+en\s+garde|\s+part)?)
    (?:-t-(?P<p2>{_PRONOUN})|-(?P<p2b>{_PRONOUN}))?
    (?=[\s,.;:!?]|$)""",
    re.VERBOSE | re.IGNORECASE,
)
SELON = re.compile(r"\b(?:selon|d'après)\s+", re.IGNORECASE)
_SELON_PRONOUN = re.compile(r"(lui|elle|eux|elles)\b(?:-mêmes?)?", re.IGNORECASE)
_PRONOUN_OF = {"lui": "il", "elle": "elle", "eux": "ils", "elles": "elles"}
_SELON_NOT = re.compile(r"(?:lesquel|laquelle|lequel|moi|toi|nous|vous|eux|lui|elle|elles|ce|cette|"
                        r"les informations|l'information|la presse|les médias|certain|plusieurs|"
                        r"un rapport|une étude|les chiffres)\b", re.IGNORECASE)
DASH_LINE = re.compile(r"[ \t]*[–—―-][ \t]*(?P<who>\S.*)$", re.MULTILINE)
_CLAUSE_END = re.compile(r"[.;!?\n]|,")


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
    lemma = verbs.load_verbs()[1].get(word)
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
    m = INVERSION.match(analysis.text, offset, limit)
    if not m:
        return None
    if m.group("verb").lower().endswith("ant"):
        return None  # "…, affirmant détenir…" is a participial clause, not an inversion
    verb = _verb_at(analysis, m.start("verb"), m.end("verb"))
    if verb is None:
        return None
    pronoun = next((m.group(g) for g in ("p1", "p1b", "p2", "p2b") if m.group(g)), None)
    if pronoun:
        return Attribution(verb.canonical, m.start("verb"), m.end(), m.end(), m.end(), pronoun.lower())
    rest = analysis.text[m.end():limit]
    if re.match(r"\s*(?:que|qu'|de|d'|à|:)", rest, re.IGNORECASE):
        return None  # "…, a déclaré que …" is not an inversion
    end = m.end()
    stop = _CLAUSE_END.search(analysis.text, end, limit)
    clause_end = stop.start() if stop else limit
    clause_end = _apposition_end(analysis, end, clause_end, limit)
    mentions = analysis.mentions_in(end, clause_end)
    if not mentions or _words(analysis.text[end : mentions[0].start]) > _MAX_WORDS_BEFORE_SUBJECT:
        role = _ROLE_START.match(analysis.text, end, clause_end)
        if role is None or speakers.role_phrase(analysis.text[role.start(1):clause_end]) is None:
            return None
        return Attribution(verb.canonical, m.start("verb"), clause_end, role.start(1), clause_end)
    if re.search(r"\bqu(?:e\b|')", analysis.text[end : mentions[0].start], re.IGNORECASE):
        return None  # "…, a annoncé jeudi que la France …": a complement clause follows
    return Attribution(verb.canonical, m.start("verb"), clause_end, end, clause_end)


# A determiner starting a role phrase, after at most a few words of time or place.
_ROLE_START = re.compile(r"[^,.;:!?\n]{0,40}?\b((?:le|la|l'|les|un|une|son|sa|ses|leur)\s*\S)", re.IGNORECASE)


def _apposition_end(analysis: Analysis, start: int, clause_end: int, limit: int) -> int:
    """Extend an inverted subject over the name in apposition after its title.

    "…», a déclaré mardi à Ajaccio le préfet de Corse, Paul Martin, lors d'un
    point de presse": the speaker phrase runs to the end of "Paul Martin".
    """
    text = analysis.text
    if clause_end >= limit or text[clause_end] != ",":
        return clause_end
    if any(analysis.entity(m.entity).kind == speakers.PERSON for m in analysis.mentions_in(start, clause_end)):
        return clause_end
    nxt = re.match(r",\s*", text[clause_end:limit])
    following = analysis.mentions_in(clause_end, limit)
    if following and following[0].start == clause_end + nxt.end() and \
            analysis.entity(following[0].entity).kind == speakers.PERSON and \
            speakers.role_phrase(text[start:clause_end].split(" le ", 1)[-1].split(" la ", 1)[-1]) is not None:
        return following[0].end
    return clause_end


_MAX_WORDS_BEFORE_SUBJECT = 5  # "ont déclaré jeudi de hauts responsables américains"


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def selon_at(analysis: Analysis, start: int, limit: int) -> Attribution | None:
    """A "selon X" / "d'après X" phrase starting at ``start`` (the word "selon")."""
    m = SELON.match(analysis.text, start, limit)
    if not m:
        return None
    pronoun = _SELON_PRONOUN.match(analysis.text, m.end(), limit)
    if pronoun:  # "selon elle", "d'après lui": the last speaker of that gender
        return Attribution(None, start, pronoun.end(), pronoun.end(), pronoun.end(),
                           _PRONOUN_OF[pronoun.group(1).lower()])
    if _SELON_NOT.match(analysis.text, m.end(), limit):
        return None
    stop = _CLAUSE_END.search(analysis.text, m.end(), limit)
    end = stop.start() if stop else limit
    if not analysis.mentions_in(m.end(), end) and speakers.role_phrase(analysis.text[m.end():end]) is None:
        return None  # neither an entity nor a role ("selon le ministre")
    return Attribution(None, start, end, m.end(), end)


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
    if not m or len(m.group("who").split()) > 15:
        return None
    who_end = text.find(",", m.start("who"), line_end)
    who_end = line_end if who_end < 0 else who_end
    if not analysis.mentions_in(m.start("who"), who_end):
        who_end = line_end
        if not analysis.mentions_in(m.start("who"), who_end):
            return None
    return Attribution(None, i, line_end, m.start("who"), who_end)
