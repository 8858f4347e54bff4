"""A headline's quotation is said by whoever says the same words in the body.

Headlines and subheads quote the body in short ("Assises : « Je n'ai jamais
voulu sa mort », répète l'accusé"; "Mali : « Nous ne sommes pas des
mercenaires », affirme le chef d'Africa Corps"), naming the speaker by a role
the body explains later. When the body quotes the same words with a
resolved speaker, that speaker is the headline's too, unless
the headline names its own speaker ("Moscou dénonce une « provocation »": the
country speaks in the headline, its ministry in the body).
"""
from __future__ import annotations

import re

from ...analysis import Analysis
from ...records import INDIRECT_SPEECH
from ...text import fold
from .events import Event
from .quotes import Quote
from .spans import is_title_line, line_at

#: Below this many words, a headline quotation must equal the body's, not just lie inside it.
_MIN_WORDS_INSIDE = 3


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", fold(text)))


def headline_speakers(analysis: Analysis, quotes: list[Quote], events: list[Event]) -> None:
    """Give attributed title-line quotations the speaker of the same words in the body (after resolution)."""
    text = analysis.text
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
