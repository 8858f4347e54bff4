"""A headline's quotation is said by whoever says the same words in the body.

Headlines and subheads quote the body in short ("Assises : « Je n'ai jamais
voulu sa mort », répète l'accusé"; "Mali : « Nous ne sommes pas des
mercenaires », affirme le chef d'Africa Corps"), naming the speaker by a role
the body explains later. When the body quotes the same words with a
resolved speaker, that speaker is the headline's too, unless
the headline names its own speaker ("Moscou dénonce une « provocation »": the
country speaks in the headline, its ministry in the body). A headline's speaker named by a
title alone, whose words the body does not repeat, is the person the lead presents.
"""
from __future__ import annotations

import re

from ...analysis import Analysis
from ...records import INDIRECT_SPEECH, PERSON
from ...text import fold
from .events import Event
from .genders import person_genders
from .quotes import Quote
from .spans import inside, is_title_line, line_at, quoted_spans

#: Below this many words, a headline quotation must equal the body's, not just lie inside it.
_MIN_WORDS_INSIDE = 3


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", fold(text)))


def headline_speakers(analysis: Analysis, quotes: list[Quote], events: list[Event]) -> None:
    """Give attributed title-line quotations the speaker of the same words in the body (after resolution)."""
    text = analysis.text
    _introduced_in_lead(analysis, events)
    body = [e for e in events if e.kind != INDIRECT_SPEECH and e.keys and not _on_title_line(text, e.start)]
    if not body:
        return
    by_span = {(e.start, e.end): e for e in events if e.kind != INDIRECT_SPEECH}
    for q in quotes:
        if not _on_title_line(text, q.start):
            continue
        words = _words(text[q.start:q.end])
        if not words:
            continue
        source = next((e for e in body if _same_words(words, _words(text[e.start:e.end]))), None)
        if source is None:
            continue
        own = by_span.get((q.start, q.end))
        # a headline quotation with no speaker of its own stays unattributed (gold convention:
        # "a headline whose quote has no speaker in the headline sentence is not a statement")
        if own is not None and (own.ref is None or own.ref.pronoun or own.ref.person_only or own.ref.role):
            own.keys = list(source.keys)  # "répète l'accusé", "affirme le chef d'Africa Corps"


#: How far into the body the lead that presents a headline's speaker may run.
_LEAD_CHARS = 400


def _introduced_in_lead(analysis: Analysis, events: list[Event]) -> None:
    """ "« Nous serons prêts », assure le commandant canadien en Lettonie" then "Le colonel X dirige
    …": a headline's speaker named only by a title, with nobody before it, is the first person the
    lead names (outside quotations, of the title's gender)."""
    text = analysis.text
    headline_end = line_at(text, 0)[1]
    pending = [e for e in events if not e.keys and e.ref is not None and e.ref.person_only
               and e.at < headline_end and is_title_line(text, 0, headline_end)]
    if not pending:
        return
    genders = person_genders(analysis)
    quoted = quoted_spans(text)
    for e in pending:
        person = next((m for m in analysis.mentions_in(headline_end, headline_end + _LEAD_CHARS)
                       if analysis.entity(m.entity).kind == PERSON and not inside(m.start, quoted)
                       and (e.ref.gender is None or genders.get(m.entity) in (None, e.ref.gender))), None)
        if person is not None:
            e.keys = [person.entity]


def _same_words(headline: str, body: str) -> bool:
    if len(headline.split()) < _MIN_WORDS_INSIDE:
        return headline == body
    return f" {headline} " in f" {body} "


#: A subhead is short; a body paragraph ending on a closing mark is not one.
_MAX_TITLE_WORDS = 30


def _on_title_line(text: str, offset: int) -> bool:
    start, end = line_at(text, offset)
    return is_title_line(text, start, end) and (
        not text[:start].strip() or len(text[start:end].split()) <= _MAX_TITLE_WORDS)
