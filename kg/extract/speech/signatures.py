"""What signs a quotation after it: a "– Name, role" line, or "La phrase est de X."."""
from __future__ import annotations

import re

from ...analysis import Analysis
from .attribution import CLAUSE_END, Attribution
from .roles import role_phrase
from .spans import RELATIVE_PRONOUNS


DASH_LINE = re.compile(r"[ \t]*[–—―-][ \t]*(?P<who>\S.*)$", re.MULTILINE)
#: "« … » La phrase est de X.", "Le constat est signé X.", "Ces mots sont ceux de X": the
#: sentence after a quotation says whose words they were.
_SIGNED = re.compile(r"[ \t.]*(?:(?:la|cette|le|ce)\s+(?:phrase|formule|citation|sortie|constat|mot|propos|"
                     r"déclaration|confidence|avertissement)|(?:ces|les)\s+(?:mots|propos|paroles))\s+"
                     r"(?:est|sont)\s+(?:signée?s?\s+(?:par\s+)?|(?:celle|celui|ceux|celles)\s+d(?:e\s+|u\s+|es\s+|')|"
                     r"d(?:e\s+|u\s+|es\s+|'))", re.IGNORECASE)


def signed_after(analysis: Analysis, offset: int, limit: int) -> Attribution | None:
    """ "« On a l'impression d'avoir été utilisés. » La phrase est de Nathalie X, conseillère…":
    the speaker named in the sentence after a quotation that stands alone."""
    text = analysis.text
    m = _SIGNED.match(text, offset, limit)
    if m is None:
        return None
    stop = CLAUSE_END.search(text, m.end(), limit)
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
    if _states_something(analysis, m.start("who"), line_end):
        return None  # "— Charles X, conseiller d'opposition, mène une liste d'union.": a sentence, no signature
    who_end = text.find(",", m.start("who"), line_end)
    who_end = line_end if who_end < 0 else who_end
    if not analysis.mentions_in(m.start("who"), who_end):
        who_end = line_end
        if not analysis.mentions_in(m.start("who"), who_end):
            return None
    return Attribution(None, i, line_end, m.start("who"), who_end)


def _states_something(analysis: Analysis, start: int, end: int) -> bool:
    """The dash line ``[start, end)`` is a sentence: a finite verb outside a relative clause
    ("— X, maire sortante, brigue un troisième mandat."), where a signature names and titles
    ("– X, présidente de l'association qui gère le refuge")."""
    relative = False
    for token in analysis.tokens_in(start, end):
        if token.lower_ in RELATIVE_PRONOUNS:
            relative = True
        elif token.pos_ in ("VERB", "AUX") and "Fin" in token.morph.get("VerbForm") and not relative:
            return True
    return False
