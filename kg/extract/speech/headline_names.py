"""The speaker a title line names next to its quotation, with no verb.

Headlines drop the verb: "Pérez « fier mais frustré »", "« Le pic est
passé » (ARS)", "« On ne lâchera rien » : la maire de Lille, …".
"""
from __future__ import annotations

import re

from ...analysis import Analysis
from ...records import ORGANIZATION, PERSON
from . import speakers
from .events import SpeakerRef
from .quotes import Quote
from .spans import is_title_line, line_at


_BRACKETS_AFTER = re.compile(r"\s*\(([^()\n]{2,60})\)\s*$")
_BRACKETS_BEFORE = re.compile(r"(?:^|[:–—|-])[ \t]*\(([^()\n]{2,60})\)[ \t]*$", re.MULTILINE)
#: "…, « une mission à haut risque » pour la ministre": a title line's quotation, then whose view it is.
_FOR_AFTER = re.compile(r"[ \t]*pour[ \t]+([^,;:()«»“”\"\n]{2,60}?)[ \t]*$", re.IGNORECASE | re.MULTILINE)
_HEAD_SEPARATOR = re.compile(r"(?:^|[,:;–—|-])[ \t]*$", re.MULTILINE)


def headline_name_for(analysis: Analysis, q: Quote):
    """A title line's quotation next to its speaker's name, with no verb.

    Headlines drop the verb: "…, Pérez « fier mais frustré »" (the name right
    before the marks, after a comma, a colon or a dash), "« Le pic n'est pas
    passé » (ARS)" and "(Général X) « … »" (the name in brackets at the end
    or at the start of the line), "…, « un coup dur » pour Salles" (the
    speaker after "pour" ending the line). Only persons and organisations: "(Haïti)"
    names a topic, not a speaker.
    """
    text = analysis.text
    line_start, line_end = line_at(text, q.open)
    if not is_title_line(text, line_start, line_end):
        return None
    found = None
    if (after := _BRACKETS_AFTER.match(text, q.outer_end, line_end)) is not None:
        found = speakers.from_span(analysis, after.start(1), after.end(1))
        at = after.start(1)
    elif (view := _FOR_AFTER.match(text, q.outer_end, line_end)) is not None:
        found = speakers.from_span(analysis, view.start(1), view.end(1))  # "« un coup dur » pour Salles"
        at = view.start(1)
    elif (before := _BRACKETS_BEFORE.search(text, line_start, q.open)) is not None:
        found = speakers.from_span(analysis, before.start(1), before.end(1))
        at = before.start(1)
    else:
        named = [m for m in analysis.mentions_in(line_start, q.open) if not text[m.end:q.open].strip()]
        if named and _HEAD_SEPARATOR.search(text, line_start, named[-1].start):
            found = SpeakerRef(keys=[named[-1].entity])
            at = named[-1].start
    if found is None or not found.keys or any(
            analysis.entity(k).kind not in (PERSON, ORGANIZATION) for k in found.keys):
        return None
    return None, found, at


def headline_for(analysis: Analysis, q: Quote):
    """« … » : Name …, a quote opening a title line followed by its speaker."""
    text = analysis.text
    line_start, line_end = line_at(text, q.open)
    if text[line_start : q.open].strip() or not is_title_line(text, line_start, line_end):
        return None
    m = re.match(r"\s*[:–—-]\s*", text[q.outer_end : line_end])
    if not m:
        return None
    start = q.outer_end + m.end()
    stop = re.search(r"[,;(]|\s(?:a|ont|est|sont|veut|défie|répond|appelle|annonce|dénonce|juge)\b", text[start:line_end])
    end = start + stop.start() if stop else line_end
    comma = text.find(",", start, line_end)
    if comma != -1 and comma == end:  # "la maire de Lille, Martine Aubry, …"
        after = analysis.mentions_in(comma, line_end)
        if after and after[0].start - comma <= 2:
            end = after[0].end
    ref = speakers.from_span(analysis, start, end)
    if ref is None or not ref.keys or analysis.mentions_in(start, end) and analysis.mentions_in(start, end)[0].start - start > 40:
        return None
    return None, ref, start
