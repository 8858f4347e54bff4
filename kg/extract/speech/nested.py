"""Quotations inside a direct quotation: the speaker quoting someone, or themselves.

"« Comme l'a dit la gouverneure de la Banque de France, Élise X, ‹ la
désinflation est acquise ›. Nous en tirons les conséquences », a-t-il
ajouté": the inner words are the governor's, said again by the minister;
"« À la pause, j'ai dit aux garçons : ‹ Ce stade vous porte › »": the coach
quotes himself. Both statements hold. Only an inner quotation whose own
attribution sits right before it inside the outer one is taken: a reporting
verb whose subject is the speaker ("je"), someone named, a person the
outer speaker calls "il"/"elle" when the speaker is of the other gender (the
last person of that gender named outside quotation marks), or "comme l'a
dit X". Quoted words with nobody named stay part of
the outer words.
"""
from __future__ import annotations

import re

from ...analysis import Analysis
from ...records import DIRECT_QUOTE
from . import attribution, clauses, inversions, speakers, subjects, verbs
from .events import Event, SpeakerRef
from .genders import PRONOUNS
from .quotes import find_quotes
from .spans import count_words

_COMME = re.compile(r"\bcomme\b", re.IGNORECASE)
_FIRST_PERSON = {"je", "j'", "j’"}
_THIRD_PERSON = {"il", "elle"}  # ("nous" is as often the object: "ils nous ont dit ‹ … ›")
#: At most this many words between the reporting verb and the inner quotation ("écrit à son directeur sportif").
_MAX_WORDS_AFTER_VERB = 6


def nested_quotes(analysis: Analysis, events: list[Event]) -> None:
    """Add the inner quotations of direct quotes that name their own speaker."""
    text = analysis.text
    for outer in [e for e in events if e.kind == DIRECT_QUOTE]:
        for q in find_quotes(text[outer.start:outer.end]):
            open_, start, end = outer.start + q.open, outer.start + q.start, outer.start + q.end
            if not q.closed or end - start < 2:
                continue
            found = _comme(analysis, outer.start, open_) or _reported(analysis, outer, open_)
            if found is not None:
                verb, ref, at = found
                events.append(Event(start, end, DIRECT_QUOTE, verb, ref, at, (min(at, open_), end + 1)))


def _comme(analysis: Analysis, start: int, open_: int):
    """ "comme l'a dit X, ‹ … ›"."""
    for m in _COMME.finditer(analysis.text, start, open_):
        a = inversions.comme_at(analysis, m.start(), open_)
        ref = attribution.speaker_ref(analysis, a) if a is not None else None
        if ref is not None:
            return a.verb, ref, a.start
    return None


def _reported(analysis: Analysis, outer: Event, open_: int):
    """ "j'ai dit aux garçons : ‹ … ›" (the outer speaker), "Quand Paul Roy écrit à son
    directeur ‹ … ›" (the person named)."""
    text = analysis.text
    stops = [m.end() for m in re.finditer(r"[.!?;]\s", text[outer.start:open_])]
    clause_start = outer.start + (stops[-1] if stops else 0)
    span = analysis.doc.char_span(clause_start, open_, alignment_mode="contract")
    # (a verb that only reports when it governs a quotation does here: "Quand Paris parle de ‹ … ›")
    verb_token, reporting = next(((t, v) for t in reversed(span or ()) if (v := verbs.match(t, quote=True)) is not None),
                                 (None, None))
    if verb_token is None or clauses.is_negated(verb_token) or \
            count_words(text[verb_token.idx + len(verb_token.text):open_]) > _MAX_WORDS_AFTER_VERB:
        return None
    verb = reporting.canonical
    found = subjects.subjects_of(verb_token)
    if any(s.lower_ in _FIRST_PERSON for s in found):
        return verb, outer.ref, outer.at  # the speaker quotes themselves
    refs = [r for r in (speakers.from_subject(analysis, s) for s in found) if r is not None]
    named = [r for r in refs if r.keys and not r.person_only]
    if named:
        return verb, named[0], verb_token.idx
    third = next((s.lower_ for s in found if s.lower_ in _THIRD_PERSON), None)
    gender = PRONOUNS[third][0] if third is not None else None
    if gender is not None and outer.ref is not None and outer.ref.gender not in (None, gender):
        # "« Quand il écrit ‹ … › », a lancé la magistrate": the man she talks about, the last one
        # named outside quotation marks (with the outer speaker's gender, "il" could be the speaker)
        return verb, SpeakerRef(pronoun=third, gender=gender, person_only=True), verb_token.idx
    return None
