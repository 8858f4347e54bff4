"""Quotations that go on after an attributed one, and partial quotes inside reported speech (pass 4).

"« … », a-t-il expliqué à notre correspondante. « … »": a whole sentence
quoted right after an attribution (and what ends its sentence: a circumstance,
a description of the speaker) is the same speaker's; quoted words inside
reported speech are its speaker's.
"""
from __future__ import annotations

import re

from ...analysis import Analysis
from ...records import DIRECT_QUOTE, INDIRECT_SPEECH, PARTIAL_QUOTE
from . import verbs
from .actors import is_actor
from .events import Event
from .passive_agents import agent_for
from .quotes import Quote
from .roles import role_phrase
from .spans import ONLY_PUNCT, count_words, is_heading, is_sentence_like, line_at, sentence_at


#: "selon lui," / "d'après elle," right before a quotation: its own speaker, whatever report holds it.
_SELON_RIGHT_BEFORE = re.compile(r"\b(?:selon|d'après)\s+(?:lui|elle|eux|elles)(?:-mêmes?)?\s*,?\s*$", re.IGNORECASE)


def remaining_quotes(analysis: Analysis, quotes: list[Quote], done: set[Quote],
                      events: list[Event]) -> None:
    """Partial quotes in reported speech, and quotations that go on (pass 4)."""
    text = analysis.text
    indirect = [e for e in events if e.kind == INDIRECT_SPEECH]
    pending = [q for q in quotes if q not in done]
    for q in pending:
        # the innermost report holds the words: "X a plaidé pour une OCS « … », selon un communiqué"
        hosts = [e for e in indirect if e.start <= q.start and q.end <= e.end]
        if len(hosts) > 1:  # "X a affirmé que la Russie prendrait « toutes les mesures »": not the Russia's words
            hosts = [e for e in hosts if not _quote_only_verb(analysis, e)] or hosts
        host = min(hosts, key=lambda e: e.end - e.start) if hosts else None
        if host is not None and _SELON_RIGHT_BEFORE.search(text, max(host.start, q.open - 40), q.open):
            continue  # "…, où, selon lui, « aucune activité » n'a été ordonnée": his words (pass 5)
        agent = agent_for(analysis, q) if host is not None else None
        if agent is not None:  # "…, un chiffre jugé « fantaisiste » par un responsable de X"
            verb, ref, at = agent
            events.append(Event(q.start, q.end, PARTIAL_QUOTE, verb, ref, at, (q.open, q.outer_end)))
            done.add(q)
        elif host is not None:
            events.append(Event(q.start, q.end, PARTIAL_QUOTE, host.verb, host.ref, host.at, host.span))
            done.add(q)
    # Continuations: a sentence-like quotation right after an attributed one.
    changed = True
    while changed:
        changed = False
        directs = sorted((e for e in events if e.kind == DIRECT_QUOTE), key=lambda e: e.start)
        for q in pending:
            if q in done or is_heading(text, q):
                continue
            sent_start, _ = sentence_at(analysis, q.start)
            prev = next((e for e in reversed(directs) if e.tail and e.tail <= q.open), None)
            right_after = prev is not None and re.fullmatch(r"\s*[,:]\s*", text[prev.tail : q.open])
            if prev is not None and _attribution_rest(analysis, prev.tail, q.open):
                prev.tail = q.open  # "…», a-t-il expliqué à notre correspondante. « … »"
            if not right_after and not is_sentence_like(analysis, q, min(sent_start, q.open)):
                continue  # "…», poursuit-elle, « mais avec … »" goes on whatever its form
            nxt = next((e for e in directs if e.start >= q.outer_end), None)
            source = None
            if prev is not None and ONLY_PUNCT.fullmatch(text[prev.tail : q.open]):
                source = prev
            elif nxt is not None and ONLY_PUNCT.fullmatch(text[q.outer_end : nxt.start]) and (
                    "\n" not in text[q.outer_end : nxt.start] or not q.closed
                    or not text[line_at(text, q.open)[0]:q.open].strip()):
                source = nxt  # (a closed quotation after a lead of its own, "Sa mère a témoigné : « … »", is
                # not the next paragraph's speaker's; one left open goes on there: « …\n\n« … », a-t-il dit)
            if source is not None:
                events.append(Event(q.start, q.end, DIRECT_QUOTE, source.verb, source.ref, source.at,
                                     (q.open, q.outer_end), tail=q.outer_end))
                done.add(q)
                changed = True


def _quote_only_verb(analysis: Analysis, event: Event) -> bool:
    """True for a report whose verb only reports when it governs a quotation ("prendre « … »"): inside
    another's reported speech it is part of what that speaker said, not a speech act of its own."""
    span = analysis.doc.char_span(event.at, event.at + 1, alignment_mode="expand")
    return span is not None and len(span) > 0 and verbs.match(span[0]) is None and verbs.match(
        span[0], quote=True) is not None


def _attribution_rest(analysis: Analysis, start: int, end: int) -> bool:
    """The end of an attribution sentence: a few words naming nobody, then a full stop.

    "…», a-t-il expliqué à notre correspondante. « … »": the next quote goes on.
    """
    between = analysis.text[start:end]
    if _speaker_apposition(analysis, start, end):
        return True
    # the full stop may be the place where a quotation cut around its attribution resumes (.incises)
    if not re.fullmatch(r"[^.!?«»“”\"\n]{0,80}[.!?]?\s*", between) or count_words(between) > 8:
        return False
    return not any(is_actor(analysis, m.entity) and not _ADDRESSED.search(analysis.text, start, m.start)
                   for m in analysis.mentions_in(start, end)) and not any(
        verbs.match(t) for t in analysis.doc.char_span(start, end, alignment_mode="contract") or ())


#: "…», a-t-il déclaré à la télévision publique ERT. « … »", "devant le Sénat": an actor after a
#: preposition (and a few lower-case words) is whom or where the speaker addressed, not a new speaker.
_ADDRESSED = re.compile(r"\b(?:à|au|aux|sur|devant|dans|chez|auprès\s+d(?:e|u|es)?|d')\s*"
                        r"(?:(?:l'|la\s+|le\s+|les\s+))?(?:[a-zàâçéèêëîïôûù][\w'-]*\s+){0,3}$")


#: ", jugé pour …", ", venu de …", ", âgé de …": a participle or adjective describing the speaker.
_DESCRIBING = re.compile(r",\s*(?:[^\W\d_]+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|t|te)|âgée?s?)\s", re.IGNORECASE)
_MAX_APPOSITION_WORDS = 35


def _speaker_apposition(analysis: Analysis, start: int, end: int) -> bool:
    """ "…», répète X, jugé pour le meurtre de Y, tué en mars à Lens. « … »", "…», a affirmé X,
    coordinateur de l'Observatoire des droits humains. « … »": what follows the speaker
    describes them (participles or their title, no finite verb, no other attribution), so the
    next quotation is still theirs, whoever the description names."""
    text = analysis.text
    between = text[start:end]
    titled = between.lstrip().startswith(",") and role_phrase(between.lstrip()[1:]) is not None
    if not (_DESCRIBING.match(between) or titled) or count_words(between) > _MAX_APPOSITION_WORDS or \
            not re.fullmatch(r"[^.!?«»“”\"\n]+[.!?]\s*", between):
        return False
    span = analysis.doc.char_span(start, end, alignment_mode="contract") or ()
    return not any("Fin" in t.morph.get("VerbForm") or "Part" not in t.morph.get("VerbForm") and verbs.match(t)
                   for t in span)  # "jugé pour meurtre" describes, it reports nothing
