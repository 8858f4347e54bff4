"""Whose view a sentence gives: "selon X", "pour X", "le maire, pour qui …".

A quotation in narration with no attribution of its own is the words of
the person such a phrase of its sentence names.
"""
from __future__ import annotations

import re

from ...analysis import Analysis
from . import descriptions, pour_phrases, selon_phrases, speakers
from .attribution import speaker_ref
from .quotes import Quote
from .spans import count_words, inside, line_at


RELATIVE_SPEAKER = re.compile(r",\s*(?:pour|selon|d'après)\s+(?:qui|lequel|laquelle|lesquels|lesquelles)\b",
                              re.IGNORECASE)


def selon_for(analysis: Analysis, q: Quote, sent_start: int, sent_end: int, quoted):
    text = analysis.text
    for m in selon_phrases.SELON.finditer(text, sent_start, sent_end):
        if inside(m.start(), quoted):
            continue
        a = selon_phrases.selon_at(analysis, m.start(), sent_end)
        if a is None:
            continue
        between = text[a.end : q.open] if a.end <= q.open else text[q.outer_end : m.start()]
        if count_words(between) > 12 or re.search(r"[.;]", between):
            continue
        ref = speaker_ref(analysis, a)
        if ref is not None:
            return None, ref, m.start()
    return None


def pour_for(analysis: Analysis, q: Quote, sent_start: int):
    """ "Pour lui, le déplacement sera « un vrai test »", "Pour le président X, … « … »"."""
    line_start, _ = line_at(analysis.text, sent_start)
    start = max(sent_start, line_start)
    a = pour_phrases.pour_at(analysis, start, q.open)
    if a is None:
        return _pour_description_for(analysis, start, q.open)
    if a.end > q.open:
        return None
    ref = speaker_ref(analysis, a)
    return (None, ref, a.start) if ref is not None else None


_POUR_DESCRIPTION = re.compile(r"\s*pour\s+((?:ce|cet|cette|le|la|l')\s*[^\W\d_][^,;:.«»“”\"]{0,50}),", re.IGNORECASE)


def _pour_description_for(analysis: Analysis, start: int, open_at: int):
    """ "Pour ce fondeur de 41 ans, la proposition « ne couvre même pas l'inflation »": a person
    described (``speaker_descriptions.txt``) whose view the quotation gives, resolved like a pronoun."""
    m = _POUR_DESCRIPTION.match(analysis.text, start, open_at)
    if m is None:
        return None
    ref = descriptions.description_ref(analysis, m.start(1), m.end(1))
    return (None, ref, m.start(1)) if ref is not None and ref.person_only else None


def relative_for(analysis: Analysis, q: Quote, sent_start: int):
    text = analysis.text
    for m in RELATIVE_SPEAKER.finditer(text, sent_start, q.open):
        if count_words(text[m.end() : q.open]) > 12:
            continue
        span = analysis.doc.char_span(sent_start, m.start(), alignment_mode="contract")
        if span is None or not len(span):
            continue
        head = span[-1]
        while head.dep_ in ("amod", "flat:name", "nmod", "appos") and head.head.i < head.i and head.head.i >= span.start:
            head = head.head
        ref = speakers.from_subject(analysis, head)
        if ref is not None:
            return None, ref, m.start()
    return None
