"""A "selon X" / "d'après X" / "à en croire X" phrase: the source of what its sentence says.

Documents ("selon les chiffres de l'ONU") give the body that wrote them, or
nobody; a channel ("selon un communiqué de X") only relays a statement.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ...analysis import Analysis
from .appositions import apposition_end
from .attribution import CLAUSE_END, PRONOUN_OF, SELON_PRONOUN, Attribution
from .descriptions import description_ref
from .roles import role_phrase
from .verbs import speech_nouns


#: "selon X", "d'après X", "à en croire X": the source of what the sentence says.
SELON = re.compile(r"\b(?:(?:selon|d'après|à\s+en\s+croire)\s+|(?P<en_croire>à\s+l'en\s+croire\b))", re.IGNORECASE)
_SELON_NOT = re.compile(r"(?:qui|quoi|lesquels|lesquelles|laquelle|lequel|moi|toi|nous|vous|eux|lui|elle|elles|ce|cette|"
                        r"les informations|l'information|la presse|les médias|certain|plusieurs)\b", re.IGNORECASE)
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
    pronoun = SELON_PRONOUN.match(analysis.text, m.end(), limit)
    if pronoun:  # "selon elle", "d'après lui": the last speaker of that gender
        return Attribution(None, start, pronoun.end(), pronoun.end(), pronoun.end(),
                           PRONOUN_OF[pronoun.group(1).lower()])
    own = _own_document().match(analysis.text, m.end(), limit)
    if own and not re.match(r"\s+(?:d[eu]s?\b|d')", analysis.text[own.end():limit]) \
            and re.search(r"(?:^|[.!?»”\n])\s*$", analysis.text[:start]):
        # "Selon ses calculs, …", "D'après leurs chiffres, …" opening a sentence: the figures of the one
        # just named (inside a reported clause, "a rappelé que …, selon ses calculs, …", they are the
        # speaker's own, already attributed)
        pronoun = "ils" if own.group(1).lower() == "leurs" or own.group(1).lower() == "leur" else "l'en"
        return Attribution(None, start, own.end(), own.end(), own.end(), pronoun)
    if _SELON_NOT.match(analysis.text, m.end(), limit) or _accordance().match(analysis.text, m.end(), limit):
        return None  # "selon le calendrier fixé par Berlin": in accordance with a plan, not as said by Berlin
    who = m.end()
    words = _SELON_WORDS.match(analysis.text, who, limit) or _document_by().match(analysis.text, who, limit)
    if words:  # "selon les mots du ministre", "selon les chiffres de l'ONU": the minister, the UN
        who = words.end()
    elif (document := _document().match(analysis.text, who, limit)) and not re.match(
            r"\s+[A-ZÀ-Ý]", analysis.text[document.end():limit]):  # ("selon un sondage Ipsos": the pollster)
        return None  # "selon les chiffres officiels", "selon une étude publiée dans la revue X": nobody named
    stop = CLAUSE_END.search(analysis.text, who, limit)
    end = stop.start() if stop else limit
    if not analysis.mentions_in(who, end) and role_phrase(analysis.text[who:end]) is None \
            and description_ref(analysis, who, end, strict=True) is None:
        return None  # neither an entity nor a role ("selon le ministre") nor a description ("selon le syndicat")
    end = apposition_end(analysis, who, end, limit)
    return Attribution(None, start, end, who, end)


_SELON_WORDS = re.compile(r"(?:les|ses)\s+(?:mots|termes|propres\s+mots|propos)\s+d(?:e\s+|u\s+|es\s+|')|"
                          r"l'expression\s+d(?:e\s+|u\s+|')", re.IGNORECASE)


@lru_cache(maxsize=1)
def _document() -> re.Pattern:
    """A document noun after "selon" (``kg/data/source_documents.txt``): "les chiffres", "un rapport interne"."""
    return _noun_phrase("source_documents.txt")


@lru_cache(maxsize=1)
def _own_document() -> re.Pattern:
    """A document noun after a third-person possessive: "ses calculs", "son décompte", "leurs chiffres"."""
    from ...gazetteer import read_table

    nouns = "|".join(sorted((re.escape(row[0]) for row in read_table("source_documents.txt")), key=len, reverse=True))
    return re.compile(rf"(ses|son|sa|leurs|leur)\s+(?:propres?\s+|derniers?\s+|dernières?\s+)?(?:{nouns})\b",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _accordance() -> re.Pattern:
    """A plan, rule or agreement after "selon" (``kg/data/accordance_nouns.txt``): "le calendrier", "l'accord"."""
    return _noun_phrase("accordance_nouns.txt")


def _noun_phrase(table: str) -> re.Pattern:
    """A determiner, an optional "nouveau"/"premier"…, then one of the nouns of data file ``table``."""
    from ...gazetteer import read_table

    nouns = "|".join(sorted((re.escape(row[0]) for row in read_table(table)), key=len, reverse=True))
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
