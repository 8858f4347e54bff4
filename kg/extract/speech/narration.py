"""Quoted words in narration, without an attribution of their own (pass 5).

They are given to the speaker the sentence around them designates (a
"selon X", the verb that governs them, a headline's name…). Quotations that
go on after an attributed one are :mod:`.continuations`' (pass 4).
"""
from __future__ import annotations

import re

from ...analysis import Analysis
from ...records import DIRECT_QUOTE, INDIRECT_SPEECH, PARTIAL_QUOTE, PERSON
from . import speakers, subjects, verbs
from .events import Event
from .governors import governor_for, mistagged_verb_for, predicate_for
from .headline_names import headline_for, headline_name_for
from .passive_agents import agent_for
from .quotes import Quote
from .spans import ONLY_PUNCT, count_words, is_sentence_like, line_at, sentence_at, strip_span
from .viewpoints import RELATIVE_SPEAKER, pour_for, relative_for, selon_for


def narration_quotes(analysis: Analysis, quotes: list[Quote], done: set[Quote], events: list[Event]) -> None:
    """Quoted words in narration, with no attribution of their own (pass 5).

    They are the words of:

    - the "selon X" / "selon elle" / "d'après X" of their sentence
      ("un budget conçu selon elle « dans l'urgence »");
    - the antecedent of "pour qui" ("le maire, pour qui la ville « n'a pas
      les moyens »");
    - the speaker of an inverted attribution that a participle or a relative
      on its speaker goes on ("…», a raillé X, moquant une majorité « en
      roue libre »", "…, a regretté X, président du syndicat, qui réclame « … »");
    - the subject of the reporting verb that governs them, or that a
      participle governing them hangs from ("y voyant « un aveu d'échec »",
      "raillant par la voix de son porte-parole une opposition « en roue libre »");
    - in a title line, the name right before them ("Lorient arrache le nul,
      Pérez « fier mais frustré »") or in brackets next to them ("Dengue :
      « Le pic est passé » (ARS)", "(Général X) « … »");
    - the name after a headline quote and a colon ("« On ne lâchera rien » :
      la maire de Lille, Martine Aubry, …");
    - the person the sentence before is about, for a whole sentence quoted
      alone after it ("La présidente, X, ne le lâche pas. « Vous mentez ? »").
    """
    text = analysis.text
    quoted = [(q.open, q.outer_end) for q in quotes]
    for q in quotes:
        if q in done:
            continue
        sent_start, sent_end = sentence_at(analysis, q.start)
        sent_start = min(sent_start, q.open)
        found = (agent_for(analysis, q)
                 or _coordinated_for(analysis, q, events)
                 or selon_for(analysis, q, sent_start, sent_end, quoted)
                 or pour_for(analysis, q, sent_start)
                 or relative_for(analysis, q, sent_start)
                 or _after_attribution_for(analysis, q, events)
                 or headline_name_for(analysis, q)
                 or mistagged_verb_for(analysis, q)
                 or governor_for(analysis, q)
                 or predicate_for(analysis, q)
                 or _narrator_subject_for(analysis, q, sent_start, sent_end))
        kind = PARTIAL_QUOTE
        continued = None
        if found is None and (continued := _report_continued(analysis, q, events, sent_start, sent_end)) is not None:
            found = None, continued.ref, continued.at
        if found is None:
            found = headline_for(analysis, q)
            kind = DIRECT_QUOTE
        if found is None:
            continue
        verb, ref, at = found
        if kind == PARTIAL_QUOTE and is_sentence_like(analysis, q, sent_start):
            kind = DIRECT_QUOTE
        relative = RELATIVE_SPEAKER.match(text, at)
        if relative is not None:  # "le maire, pour qui la ville « n'a pas les moyens », …"
            clause_start, _ = strip_span(text, relative.end(), q.open)
            stop = re.search(r"[,;.]", text[q.outer_end:sent_end])
            clause_end = q.outer_end + stop.start() if stop else sent_end
            if clause_start <= q.open:
                events.append(Event(clause_start, clause_end, INDIRECT_SPEECH, None, ref, at,
                                     (at, clause_end)))
        if continued is not None and not any(e.kind == INDIRECT_SPEECH and e.start == sent_start for e in events):
            clause_start, clause_end = strip_span(text, sent_start, sent_end)
            while clause_end > clause_start and text[clause_end - 1] in ".!?…":
                clause_end -= 1
            events.append(Event(clause_start, clause_end, INDIRECT_SPEECH, None, ref, at, (clause_start, clause_end)))
        events.append(Event(q.start, q.end, kind, verb, ref, at, (q.open, q.outer_end), tail=q.outer_end))
        done.add(q)


#: Between two quotations of one list: "« tardif » et « improvisé »", "une « punition » et une « décision … »".
_COORDINATION = re.compile(r"\s*(?:,|\bet\b|\bou\b|\bni\b)\s*(?:(?:un|une|des|le|la|les|l'|l’|du|de|d'|d’)\s*)?$",
                           re.IGNORECASE)


def _coordinated_for(analysis: Analysis, q: Quote, events: list[Event]):
    """ "Le parti juge ce retrait « tardif » et « improvisé »": a quotation coordinated with the one
    right before it (only "et", "ou", a comma and a determiner between) is the same speaker's."""
    text = analysis.text
    before = [e for e in events if e.kind == PARTIAL_QUOTE and e.ref is not None and e.tail <= q.open
              and e.tail > q.open - 12]
    if not before:
        return None
    e = max(before, key=lambda e: e.tail)
    gap = text[e.tail:q.open]
    if not gap.strip() or not _COORDINATION.fullmatch(gap):
        return None
    return e.verb, e.ref, e.at


def _report_continued(analysis: Analysis, q: Quote, events: list[Event], sent_start: int, sent_end: int):
    """ "…, a annoncé l'ARS. La mesure doit durer « au moins jusqu'au 15 janvier ».", "Selon l'état-major,
    …. Les renforts doivent arriver « avant la fin du mois ».": a sentence with quoted words, no
    attribution and no reporting verb of its own, right after a sentence of the same paragraph that is
    wholly one report (its "selon X" opening it, or its inverted attribution closing it), goes on with
    that report: the report's event, or None (the gold reads it as IndirectSpeech + PartialQuote, verb
    null: h7-18, h12-02)."""
    text = analysis.text
    line_start, _ = line_at(text, q.open)
    before = text[line_start:sent_start].rstrip()
    if not before.endswith((".", "!", "?", "…")) or sent_start <= line_start:
        return None
    span = analysis.doc.char_span(sent_start, sent_end, alignment_mode="contract")
    if span is None or any(verbs.match(t) is not None or t.lower_ in ("selon", "pour") for t in span):
        return None
    prev_end = line_start + len(before)
    prev_start, _ = sentence_at(analysis, prev_end - 1)
    prev_start = max(prev_start, line_start)
    for e in events:
        if e.kind != INDIRECT_SPEECH or e.ref is None or not prev_start <= e.start < prev_end:
            continue
        selon = e.verb is None and prev_start <= e.at < e.start and ONLY_PUNCT.fullmatch(text[e.end:prev_end])
        inverted = e.at > e.end and e.start - prev_start < 3 and ONLY_PUNCT.fullmatch(text[e.span[1]:prev_end])
        if selon or inverted:
            return e
    return None


def _narrator_subject_for(analysis: Analysis, q: Quote, sent_start: int, sent_end: int):
    """ "La présidente, X, ne le lâche pas. « Vous aviez le couteau ? »": the words of the person
    the sentence before is about, when the quotation is a whole sentence of its own.

    The sentence before must be narration in the same paragraph (no quotation
    in it) whose subject is a person, named or a pronoun.
    """
    text = analysis.text
    line_start, _ = line_at(text, q.open)
    before = text[line_start:q.open].rstrip()
    alone = ONLY_PUNCT.fullmatch(text[q.outer_end:sent_end]) or text[q.start:q.end].rstrip().endswith(
        (".", "!", "?", "…")) and re.match(r"[ \t]*(?:\n|$|[A-ZÀ-Ý])", text[q.outer_end:])
    if not before.endswith((".", "!", "?", "…")) or not alone or count_words(text[q.start:q.end]) < 3:
        return None
    prev_start, _ = sentence_at(analysis, len(before) + line_start - 1)
    if any(c in text[prev_start:q.open] for c in "«»“”\""):
        return None
    span = analysis.doc.char_span(prev_start, line_start + len(before), alignment_mode="contract")
    if span is None or not len(span):
        return None
    root = span.root
    found = [t for t in subjects.subjects_of(root) if span.start <= t.i < span.end]
    ref = speakers.from_subject(analysis, found[0]) if found else None
    if ref is None or ref.plural or ref.keys and any(analysis.entity(k).kind != PERSON for k in ref.keys):
        return None
    return None, ref, found[0].idx


#: What goes on an attribution's sentence with the same speaker: a participle ("moquant",
#: "y voyant", "tout en saluant"), "avant de", "sans", or a relative on the speaker ("qui réclame").
_GOES_ON = re.compile(r"(?:(?:tout\s+)?en\s+|y\s+|s'|se\s+|l'|les?\s+|la\s+|lui\s+|leur\s+|en\s+)*"
                      r"(?:[^\W\d_]+ant\b|qui\b|avant\s+d|sans\b)", re.IGNORECASE)
_MAX_GOES_ON_WORDS = 25


def _after_attribution_for(analysis: Analysis, q: Quote, events: list[Event]):
    """ "« … », a raillé X, moquant une majorité « en roue libre »": the attribution's speaker.

    The quotation follows, in the same sentence, an inverted attribution (one
    after the words it attributes); between them only the attribution's
    circumstances and appositions ("dans un communiqué", "président du
    syndicat"), then a participle, "avant de", "sans" or a relative "qui"
    whose subject is that speaker. Another verb in between (a new clause
    with its own subject) breaks the link.
    """
    text = analysis.text
    best = None
    for e in events:
        if e.ref is None or e.at < e.start or not e.span[1] <= q.open or e.kind == PARTIAL_QUOTE:
            continue
        if best is None or e.span[1] > best.span[1]:
            best = e
    if best is None:
        return None
    gap = text[best.span[1]:q.open]
    if re.search(r"[.;:!?«»“”\"\n]", gap) or count_words(gap) > _MAX_GOES_ON_WORDS or "," not in gap:
        return None
    head, _, last = gap.rpartition(",")
    if not _GOES_ON.match(last.lstrip()):
        return None
    span = analysis.doc.char_span(best.span[1], best.span[1] + len(head), alignment_mode="contract")
    if span is not None and any(t.pos_ in ("VERB", "AUX") for t in span):
        return None
    # the verb that governs the quotation is the participle's ("y voyant" -> voir), when it reports
    own = analysis.doc.char_span(q.open - len(last), q.open, alignment_mode="contract") or ()
    verb = next((v.canonical for t in own if (v := verbs.match(t, quote=True)) is not None), best.verb)
    return verb, best.ref, best.at
