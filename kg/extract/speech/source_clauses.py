"""Reported speech a source frames: "Selon X, …", "…, selon X.", "Pour X, …" (pass 2).

Finds where the words the source gives start and end, and leaves out what
only describes the source or only repeats a quotation.
"""
from __future__ import annotations

import re

from ...analysis import Analysis
from ...records import INDIRECT_SPEECH
from . import attribution, bounds, pour_phrases, selon_phrases
from .attribution import speaker_ref
from .content import content_of
from .events import Event
from .only_quoted import FRAME_WORDS
from .spans import (GLUED_STOP, ONLY_PUNCT, WORD, count_words, covers_quote, dateline_end, first_sentence_end, inside,
                    lead_in_end, line_at, sentence_at, strip_span, words_outside)
from .verb_speakers import verb_before


def selon_clauses(analysis: Analysis, quoted: list[tuple[int, int]], events: list[Event],
                   used: set[int]) -> None:
    """ "Selon X, …" / "…, selon X." / "qui, selon X, a …" (pass 2)."""
    text = analysis.text
    for m in selon_phrases.SELON.finditer(text):
        if m.start() in used or inside(m.start(), quoted):
            continue
        sent_start, sent_end = sentence_at(analysis, m.start())
        for glued in GLUED_STOP.finditer(text, sent_start, m.start() + 2):  # "…jeudi.Selon la CGT, …": a
            sent_start = glued.end()  # sentence of its own the parser did not split
        a = selon_phrases.selon_at(analysis, m.start(), sent_end)
        ref = speaker_ref(analysis, a) if a is not None else None
        if ref is None and (same := _SAME_SOURCE.match(text, m.end(), sent_end)):
            ref = _last_source(text, events, m.start())  # "Selon ces sources, …": the sources named before
            a = attribution.Attribution(None, m.start(), same.end(), m.end(), same.end()) if ref else None
        if a is None or ref is None:
            continue
        if m.start() > sent_start and not re.search(r"[,(:–—-]\s*$", text[sent_start:m.start()]) and \
                re.match(r"\s*[«“\"]", text[a.end:sent_end]):
            continue  # "un budget conçu selon elle « dans l'urgence »": the quotation is X's (narration), no clause
        rest = text[a.end : sent_end]
        if ONLY_PUNCT.fullmatch(rest) or count_words(text[sent_start : m.start()]) >= 3 and (_describes_source(
                analysis, a.end, sent_end) or not _has_clause(analysis, a.end, sent_end, quoted)):
            # "…, selon X." / "…, selon X, qui cite …" / "…, selon X, au lendemain d'un discours …"
            start, end = dateline_end(text, sent_start), m.start()  # "ABIDJAN - Les bureaux …, selon X"
            for glued in GLUED_STOP.finditer(text, start, end):  # "…des populations.Plus de 40 000 …"
                start = glued.end()
            if (apposed := _QUOTED_APPOSITION.search(text, start, end)) is not None:
                start = apposed.start() + 1  # "le Kenya va envoyer 600 policiers, un « tournant » selon X"
            start = after_quoted_sentence(text, lead_in_end(text, start, end, quoted), end, quoted)
            reported = verb_before(analysis, start, end)
            if reported is not None and selon_phrases.relays_a_statement(analysis, m.start()):
                continue  # "Y a annoncé que …, selon un communiqué de X": Y's statement, which X only relays
            if reported is not None and (content := content_of(reported[0], reported[1])) is not None \
                    and start < content[0] < end and (_finite_clause(analysis, *content)
                                                      or not ONLY_PUNCT.fullmatch(rest)):
                start = content[0]  # "Elle a rappelé que 9 200 personnes attendaient, selon le ministère"
                # (not "Le Royaume-Uni plaide pour un statu quo, selon X": X reports the whole sentence)
        else:  # "Selon X, …" or "…, selon X, …"
            start, end = a.end, sent_end
            glued = GLUED_STOP.search(text, start, end)
            end = glued.start() if glued else end  # "…environ 8.000.Parmi eux": the next sentence
            end = bounds.comment_start(text, start, end, quoted)  # "…, ce que Berne n'a pas confirmé"
        start, end = strip_span(text, start, end)
        while end > start and text[end - 1] in ",.;:":
            end -= 1
        while start < end and (text[start] in ",;:- " or text[start] in "»”\"" and text[start + 1 : start + 2].isspace()
                               and not inside(start + 1, quoted)):
            start += 1  # (and the closing mark of the quotation before: "…communautés.\" La Kfor compte …")
        if a.end <= start <= a.end + 3:  # "Selon X, commandant de Y, le dispositif sera …"
            start = after_description(analysis, start, end)
        lead = re.match(r"([^,]{1,25}),\s*", text[start:end]) if start >= a.end else None
        if lead and count_words(lead.group(1)) <= 3 and not analysis.mentions_in(start, start + lead.end()):
            start += lead.end()  # "Selon X, cette semaine, …" (not "Depuis 2022, … , selon X": a sentence's own)
        if count_words(text[start:end]) < 3 or covers_quote(start, end, quoted, whole=True) and \
                not _words_of_its_own(text, start, end, quoted):
            continue  # "Selon X, « … »" is a direct quote; "Selon elle, le texte « … »" reports a clause
        used.add(m.start())
        events.append(Event(start, end, INDIRECT_SPEECH, None, ref, m.start(), (start, a.end)))


def after_quoted_sentence(text: str, start: int, end: int, quoted: list[tuple[int, int]]) -> int:
    """ "« Nous restons mobilisés. » La mission compte 3 000 agents, selon l'ONU": the words a trailing
    source or inversion reports start after a quotation that ends a sentence of its own."""
    for a, b in sorted(quoted):
        if start <= a and b < end and re.search(r"[.!?…]\s*[»”\"›]$", text[a:b]) and \
                re.match(r"\s+[A-ZÀ-Ý]", text[b:end]):
            start = b
    return start


#: A quoted noun in apposition right before a trailing "selon X": the source judges only that noun.
_QUOTED_APPOSITION = re.compile(r",\s*(?:un|une|le|la|l'|des|les)\s*[«“\"‹][^«»“”\"‹›]{1,80}[»”\"›]\s*,?\s*$",
                                re.IGNORECASE)
_COPULA = frozenset("c ce est sont était étaient sera serait".split())


def _has_clause(analysis: Analysis, start: int, end: int, quoted: list[tuple[int, int]]) -> bool:
    """What follows "selon X," is a clause it sources (or the rest of one), not a circumstance of the words
    before: a circumstance opens on a preposition and holds no finite verb outside quotation marks
    ("…, selon Taipei, au lendemain d'un discours …")."""
    span = analysis.doc.char_span(start, end, alignment_mode="contract") or ()
    first = next((t for t in span if not t.is_punct), None)
    if first is None or first.pos_ != "ADP":
        return True  # "…, soulignant le danger que représente, selon lui, « l'alignement … »": it goes on
    return any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") and not inside(t.idx, quoted)
               for t in span)


def _finite_clause(analysis: Analysis, start: int, end: int) -> bool:
    """A finite verb in ``[start, end)``: a reported clause, not a noun phrase."""
    span = analysis.doc.char_span(start, end, alignment_mode="expand") or ()
    return any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in span)


def _words_of_its_own(text: str, start: int, end: int, quoted: list[tuple[int, int]]) -> bool:
    """Content words outside the quotation marks: "le texte « sacrifie … »", not "c'est « une honte »"."""
    outside, at = [], start
    for a, b in sorted((a, b) for a, b in quoted if a < end and start < b):
        outside.append(text[at:max(at, a)])
        at = max(at, b)
    outside.append(text[at:end])
    return any(w.lower() not in FRAME_WORDS and w.lower() not in _COPULA for w in WORD.findall(" ".join(outside)))


#: "selon ces sources", "selon la même source": the source named just before.
_SAME_SOURCE = re.compile(r"(?:ces|cette|la\s+même|les\s+mêmes|nos|ses|leurs)\s+sources?\b", re.IGNORECASE)
_SOURCE = re.compile(r"\bsources?\b", re.IGNORECASE)


def _last_source(text: str, events: list[Event], before: int):
    """The speaker of the last statement attributed to "source(s)" before ``before``, else of the
    last statement before it ("…, selon le ministère. …, selon la même source")."""
    earlier = sorted((e for e in events if e.at < before and e.ref is not None), key=lambda e: e.at, reverse=True)
    named = [e for e in earlier if _SOURCE.search(text, min(e.at, *e.span), max(e.at, *e.span))]
    found = named or earlier
    return found[0].ref if found else None


RELATIVE_AFTER = re.compile(r"\s*,\s*(?:qui|dont|où|lequel|laquelle|lesquels|lesquelles|(?:selon|pour)\s+qui)\b",
                             re.IGNORECASE)
_PARTICIPLE_AFTER = re.compile(r"\s*,\s*[^\W\d_]+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues)\s", re.IGNORECASE)
_APPOSITION_AFTER = re.compile(r"\s*,\s*(?:un|une|le|la|l'|les|des)\b", re.IGNORECASE)


def _describes_source(analysis: Analysis, start: int, end: int) -> bool:
    """True when what follows "selon X" only describes X: "…, selon RFI, qui cite un officier",
    "…, selon L'Observateur, un site d'information basé à Casablanca." (the content came before).
    """
    text = analysis.text
    if RELATIVE_AFTER.match(text, start, end):
        return True
    participle = _PARTICIPLE_AFTER.match(text, start, end)  # "…, d'après l'état-major, installé à Larissa."
    if not _APPOSITION_AFTER.match(text, start, end) and not participle:
        return False
    span = analysis.doc.char_span(start, end, alignment_mode="contract")
    if span is None or any("Fin" in t.morph.get("VerbForm") for t in span):
        return False
    first = next((t for t in span if not t.is_punct), None)
    return not participle or first is not None and "Part" in first.morph.get("VerbForm")


def after_description(analysis: Analysis, start: int, end: int) -> int:
    """After "Pour le chercheur X," skip ", spécialiste du Sahel à l'Institut Y," (or ", basée à Malé,")
    that describes X.

    A phrase without determiner nor finite verb, then a comma and the clause.
    """
    comma = analysis.text.find(",", start, end)
    if comma < 0 or count_words(analysis.text[comma + 1 : end]) < 3:
        return start
    span = analysis.doc.char_span(start, comma, alignment_mode="contract")
    participle = span is not None and len(span) and "Part" in span[0].morph.get("VerbForm") and \
        "Past" in span[0].morph.get("Tense")  # "Pour l'analyste X, basée à Malé, …"
    if span is None or not len(span) or span[0].pos_ not in ("NOUN", "ADJ") and not participle \
            or not span[0].text[:1].islower() or any("Fin" in t.morph.get("VerbForm") for t in span):
        return start
    return comma + 1 + len(analysis.text[comma + 1 : end]) - len(analysis.text[comma + 1 : end].lstrip())


def pour_clauses(analysis: Analysis, quoted: list[tuple[int, int]], events: list[Event],
                  used: set[int]) -> None:
    """ "Pour le président X, les délais restent « trop longs »", "Pour lui, …" (pass 2).

    Only at the start of a sentence, and only for a person, a role or a
    pronoun (see :func:`pour_phrases.pour_at`).
    """
    text = analysis.text
    for sent in analysis.doc.sents:
        line_start, line_end = line_at(text, sent.start_char)
        start = max(sent.start_char, line_start)
        a = pour_phrases.pour_at(analysis, start, min(sent.end_char, line_end))
        if a is None or a.start in used or inside(a.start, quoted):
            continue
        m = re.match(r"\s*,\s*", text[a.end : line_end])
        if not m:
            continue
        clause_start = a.end + m.end()
        clause_start = after_description(analysis, clause_start, min(sent.end_char, line_end))
        clause_end = first_sentence_end(text, clause_start, min(sent.end_char, line_end))
        clause_end = bounds.comment_start(text, clause_start, clause_end, quoted)
        colon = next((c for c in re.finditer(r"\s:\s|\s?:\s*(?=[«“\"‹])", text[clause_start:clause_end])
                      if not inside(clause_start + c.start(), quoted)), None)
        if colon is not None and count_words(text[clause_start:clause_start + colon.start()]) >= 3:
            clause_end = clause_start + colon.start()  # "Pour X, la situation « … » : l'OMS a recensé …"
        clause_start, clause_end = strip_span(text, clause_start, clause_end)
        while clause_end > clause_start and text[clause_end - 1] in ".;:,":
            clause_end -= 1
        if count_words(text[clause_start:clause_end]) < 3 or not words_outside(text, clause_start, clause_end, quoted):
            continue  # "Pour X, « … »" alone is a direct quote (pass 1)
        ref = speaker_ref(analysis, a)
        if ref is None:
            continue
        used.add(a.start)
        events.append(Event(clause_start, clause_end, INDIRECT_SPEECH, None, ref, a.start, (a.start, clause_end)))
