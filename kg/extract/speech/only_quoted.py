"""A reported noun phrase that says nothing but the quotation it holds is no IndirectSpeech.

"Téhéran dénonce une « ingérence »" is one PartialQuote; the words that may
frame such a quotation are shared with the "selon X" pass.
"""
from __future__ import annotations

import re

from ...analysis import Analysis
from ...records import INDIRECT_SPEECH
from .events import Event
from .quotes import Quote
from .spans import WORD


#: Words that may stand outside the marks of an object that is only a quotation:
#: "dénonce une « ingérence »", "qualifie la présence de « provocation »".
FRAME_WORDS = frozenset(
    "un une des de d du le la les l à au aux en pour contre sa son ses leur leurs ce cet cette ces "
    "tout toute tous toutes".split())
AFTER_QUE = re.compile(r"\bqu(?:e\s+|')\s*$", re.IGNORECASE)


def _verbal(root) -> bool:
    """A quoted finite verb that makes the quotation a clause ("« rien n'est joué »"). A participle
    alone is an attribute, like an adjective ("s'est dite « profondément préoccupée »"), and an
    infinitive alone is the whole object ("a promis de « tout reprendre »", "a appelé les deux
    parties à « renouer le dialogue »": PartialQuote only, tests/gold/README.md)."""
    if root.pos_ not in ("VERB", "AUX"):
        return False
    form = root.morph.get("VerbForm")
    auxiliaries = [c for c in root.children if c.dep_.startswith("aux")]
    if "Inf" in form or auxiliaries and all("Inf" in a.morph.get("VerbForm") for a in auxiliaries):
        return False  # "de « tout reprendre »", "d'« avoir menti »"
    return "Part" not in form or bool(auxiliaries)


def only_quoted(analysis: Analysis, event: Event, quotes: list[Quote]) -> bool:
    """True for a reported noun phrase that says nothing but the quotation it holds.

    "Téhéran dénonce une « ingérence »" is one PartialQuote: an IndirectSpeech
    « une « ingérence » » would repeat the same words (the corpus convention,
    tests/corpus-gold/dev/README.md). Content outside the marks ("la libération
    « immédiate » des détenus") keeps both.
    """
    if event.kind != INDIRECT_SPEECH:
        return False
    # quotes inside the content, or cut by it (a span that starts inside the marks)
    inside = [q for q in quotes if q.open < event.end and event.start < q.outer_end]
    if not inside:
        return False
    text, pieces, at = analysis.text, [], event.start
    for q in sorted(inside, key=lambda q: q.open):
        pieces.append(text[at:max(at, q.open)])
        at = max(at, q.outer_end)
    pieces.append(text[at:event.end])
    if not all(w.lower() in FRAME_WORDS for w in WORD.findall(" ".join(pieces))):
        return False
    for q in inside:  # "que « rien n'est joué »": a quoted clause is reported speech
        span = analysis.doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is not None and len(span) and (_verbal(span.root) or AFTER_QUE.search(
                text, max(0, event.start - 6), event.start) and any(
                t.pos_ == "AUX" and "Fin" in t.morph.get("VerbForm") for t in span)):
            return False  # "que « la situation est sous contrôle »": a copula makes it a clause too
    return True
