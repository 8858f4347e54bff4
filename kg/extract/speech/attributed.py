"""Quotations with an attribution next to them (pass 1).

After the quote ("…», a déclaré X", "…», selon X"), inside it ("« …, a
déclaré X, … »"), before it ("X a déclaré : « … »", "Selon X, « … »"), or on
a dash line under it; and unquoted block quotations signed by a dash line.
"""
from __future__ import annotations

import re

from ...analysis import Analysis
from ...records import DIRECT_QUOTE, INDIRECT_SPEECH, ORGANIZATION, PARTIAL_QUOTE, PERSON
from ...text import fold
from . import clauses, colon_leads, inversions, pour_phrases, selon_phrases, signatures, verbs
from .attribution import speaker_ref
from .events import Event, SpeakerRef
from .quotes import QUOTE_MARKS, Quote
from .descriptions import descriptions
from .roles import only_titles, role_phrase
from .spans import (ONLY_PUNCT, count_words, dateline_end, is_quoted_predicate, is_sentence_like, is_title_line, lead_in_end, line_at,
                    quoted_spans, sentence_at, strip_span)
from .verb_speakers import colon_subject, subject_ref, verb_before


def attributed_quotes(analysis: Analysis, quotes: list[Quote], events: list[Event],
                       used: set[int]) -> set[Quote]:
    """Quotations with an attribution next to them (pass 1)."""
    text = analysis.text
    done: set[Quote] = set()
    for q in quotes:
        if _incise(analysis, q, events):
            done.add(q)
            continue
        sent_start, sent_end = sentence_at(analysis, q.start)
        line_start, _ = line_at(text, q.start)
        _, line_end = line_at(text, q.close)  # a quotation over two paragraphs ends in the second
        sent_start = min(sent_start, q.open)
        sentence_like = is_sentence_like(analysis, q, sent_start)
        # After: «…», a déclaré X / «…», selon X / «…» La phrase est de X.
        after = inversions.inversion_at(analysis, q.outer_end, line_end)
        if after is not None and not sentence_like and after.verb is not None:
            # "L'Union européenne « suit la situation de très près », a écrit X": a quoted predicate
            sentence_like = is_quoted_predicate(analysis, q, sent_start)
        if after is None and sentence_like:
            after = signatures.signed_after(analysis, q.outer_end, line_end)
        if after is None:
            m = re.match(r"\s*,\s*", text[q.outer_end : line_end])
            if m:
                after = selon_phrases.selon_at(analysis, q.outer_end + m.end(), line_end)
        if after is None and _unnamed_inversion(analysis, q.outer_end, line_end):
            done.add(q)  # "« … », lâche un éleveur de la Manche": someone unnamed, not the last speaker
            continue
        if after is not None and after.verb is None and not sentence_like and \
                selon_phrases.relays_a_statement(analysis, after.start) and \
                verb_before(analysis, sent_start, q.open) is not None:
            continue  # "X a plaidé pour une OCS « … », selon un communiqué": X's words, the source reports them
        if after is not None:
            ref = speaker_ref(analysis, after)
            if ref is None:
                if _INDEFINITE.match(text, after.speaker_start, after.speaker_end):
                    done.add(q)  # "« … », confie un conseiller ministériel": someone unnamed, not the last speaker
                continue
            used.add(after.start)
            if sentence_like:
                events.append(Event(q.start, q.end, DIRECT_QUOTE, after.verb, ref, after.start,
                                     (q.open, after.end), tail=after.end))
            else:
                # after a dateline and a lead-in: ", mais ils seraient « … », selon X"
                start = sent_start if sent_start == q.open else lead_in_end(
                    text, dateline_end(text, sent_start), q.outer_end, quoted_spans(text))
                start, end = strip_span(text, start, q.outer_end)
                events.append(Event(start, end, INDIRECT_SPEECH, after.verb, ref, after.start,
                                     (start, after.end)))
                events.append(Event(q.start, q.end, PARTIAL_QUOTE, after.verb, ref, after.start,
                                     (start, after.end)))
            done.add(q)
            continue
        if not sentence_like and (found := _verb_right_before(analysis, sent_start, q)) is not None:
            token, verb, ref = found  # "Le ministre lui a répondu « Nous ne fermerons rien »"
            used.add(token.idx)
            events.append(Event(q.start, q.end, DIRECT_QUOTE, verb.canonical, ref, token.idx,
                                 (sent_start, q.outer_end), tail=q.outer_end))
            done.add(q)
            continue
        whole_rest = ONLY_PUNCT.fullmatch(text[q.outer_end : sent_end]) is not None
        if not sentence_like and not (whole_rest and text[sent_start : q.open].rstrip().endswith(",")):
            continue
        # Before: X a déclaré : «…» / Selon X, «…» (possibly on the line before)
        prefix_start = sent_start
        if not text[line_start : q.open].strip():
            prev_start, _ = line_at(text, max(0, line_start - 1))
            if text[prev_start:line_start].rstrip().endswith(":"):
                prefix_start = prev_start
        prefix = text[prefix_start : q.open].rstrip()
        before = None
        if prefix.endswith(":"):
            found = verb_before(analysis, prefix_start, q.open)
            source = _source_before(analysis, prefix_start, q.open) if found is None else None
            found = found or source is None and colon_subject(analysis, prefix_start, q.open)
            if source is not None:
                before = source  # (the "selon" still reports what the sentence says before the colon)
            elif found:
                token, verb, ref = found
                used.add(token.idx)
                before = (verb.canonical, ref, token.idx)
            elif (named := _headline_name(analysis, line_start, q.open)) is not None:
                before = (None, SpeakerRef(keys=[named.entity]), named.start)
            elif (lead := colon_leads.infinitive_lead(analysis, prefix_start, q.open) or
                  colon_leads.speech_noun_lead(analysis, prefix_start, q.open)) is not None:
                before = lead
        elif prefix.endswith(",") and whole_rest:
            m = selon_phrases.SELON.match(text, prefix_start, q.open)
            a = selon_phrases.selon_at(analysis, m.start(), q.open) if m else None
            if a is None:  # "Pour le professeur X, infectiologue, « … »"
                a = pour_phrases.pour_at(analysis, prefix_start, q.open)
            if a is None:  # "Comme l'a rappelé la gouverneure, Élise X, « … »"
                a = inversions.comme_at(analysis, prefix_start, q.open)
            if a is not None and (_finite_verb(analysis, a.end, q.open) or _subject_outside(analysis, a.end, q)):
                a = None  # "Selon lui, le détournement … a profité au port, « sans que … »": a clause between;
                # "Pour lui, l'arrivée d'une compagnie, attendue en janvier, « complète le dispositif »": a predicate
            if a is not None and (ref := speaker_ref(analysis, a)) is not None:
                used.add(a.start)
                before = (a.verb, ref, a.start)
        if before is None and not sentence_like:
            continue
        if before is not None:
            verb, ref, at = before
            events.append(Event(q.start, q.end, DIRECT_QUOTE, verb, ref, at, (prefix_start, q.outer_end),
                                 tail=q.outer_end))
            done.add(q)
            continue
        # Dash line under a quotation alone on its lines
        if not text[q.outer_end : line_end].strip(" .") and not text[line_start : q.open].strip():
            dash = signatures.dash_line_after(analysis, line_end)
            if dash is not None and (ref := speaker_ref(analysis, dash)) is not None:
                events.append(Event(q.start, q.end, DIRECT_QUOTE, None, ref, dash.start,
                                     (q.open, dash.end), tail=dash.end))
                done.add(q)
                continue
        # A lead opened by the words, the speaker in the next sentence
        if (found := _next_sentence_speaker(analysis, q, line_start, line_end)) is not None:
            verb, ref, at, end = found
            events.append(Event(q.start, q.end, DIRECT_QUOTE, verb, ref, at, (q.open, end), tail=q.outer_end))
            done.add(q)
    return done


#: An indefinite speaker phrase: someone the article does not name ("un conseiller", "une source").
_INDEFINITE = re.compile(r"\s*(?:un|une|des|plusieurs|certains|certaines|d'autres)\s", re.IGNORECASE)


def _unnamed_inversion(analysis: Analysis, start: int, limit: int) -> bool:
    """ "…», lâche un éleveur": an inverted reporting verb whose subject is indefinite (no speaker)."""
    m = inversions.INVERSION.match(analysis.text, start, limit)
    if m is None or m.group("p1") or m.group("p1b") or m.group("p2") or m.group("p2b"):
        return False
    if verbs.form_lemma(m.group("verb")) is None or m.group("verb").lower().endswith("ant"):
        return False  # ", réclamant un accès …": a participle and its object
    who = _INDEFINITE.match(analysis.text, m.end(), limit)
    if who is None:
        return False
    # a person's noun ("un éleveur", "un conseiller"), not the verb's object ("réclame une enquête")
    end = next((k for k in range(who.end(), limit) if analysis.text[k] in ",.;:!?«»\n"), limit)
    head = re.match(r"[^\W\d_][\w-]*", analysis.text[who.end():end])
    return role_phrase(analysis.text[who.start():end]) is not None or \
        head is not None and descriptions().get(fold(head.group())) == PERSON


def _next_sentence_speaker(analysis: Analysis, q: Quote, line_start: int, line_end: int):
    """ "« Aucun patient ne sera laissé sans solution. » Invitée de franceinfo, la ministre de la
    Santé, Nathalie X, a tenté de rassurer …": a paragraph opened by a whole quoted sentence and
    no attribution; the next sentence's subject, a person named with a reporting verb, said it.
    Returns (verb, speaker, where, end of that sentence)."""
    text = analysis.text
    if text[line_start:q.open].strip() or not re.match(r"[.!?…]?\s*[A-ZÀ-Ý]", text[q.outer_end:line_end]) \
            or not (text[q.start:q.end].rstrip()[-1:] in ".!?…" or text[q.outer_end:q.outer_end + 1] == "."):
        return None
    next_start = q.outer_end + len(re.match(r"[.!?…]?\s*", text[q.outer_end:line_end]).group(0))
    _, next_end = sentence_at(analysis, next_start)
    span = analysis.doc.char_span(next_start, next_end, alignment_mode="contract") or ()
    for token in span:
        verb = verbs.match(token)
        if verb is None or verb.inversion_only or clauses.is_negated(token):
            continue
        ref = subject_ref(analysis, token)
        if ref is None or not ref.keys:
            continue  # "Invitée de franceinfo, …": no subject of its own
        if all(analysis.entity(k).kind == PERSON for k in ref.keys):
            return verb.canonical, ref, token.idx, next_end
        return None  # an organisation or a country reports: not the voice of a quoted sentence
    return None


def _verb_right_before(analysis: Analysis, sent_start: int, q: Quote):
    """ "Le ministre lui a répondu « Nous ne fermerons aucune gendarmerie »": a reporting verb
    right before the marks, no colon, and a whole clause between them (capitalised, its own
    subject and verb: "a dénoncé « Une réforme qui … »" quotes a noun phrase, not a clause).
    Returns (verb token, verb, speaker)."""
    text = analysis.text
    if not text[q.start:q.end].lstrip()[:1].isupper() or count_words(text[q.start:q.end]) < 3:
        return None
    before = [t for t in analysis.doc.char_span(sent_start, q.open, alignment_mode="contract") or ()
              if not t.is_space]
    while before and before[-1].pos_ == "ADV":  # "a répondu simplement « … »"
        before.pop()
    if not before or before[-1].pos_ != "VERB" or clauses.is_negated(before[-1]):
        return None
    token = before[-1]
    verb = verbs.match(token, inversion=True)
    inner = analysis.doc.char_span(q.start, q.end, alignment_mode="expand")
    if verb is None or inner is None:
        return None
    roots = [t for t in inner if not inner.start <= t.head.i < inner.end or t.head.i == t.i]
    if not any(c.dep_.startswith(("nsubj", "expl")) for r in roots[:1] for c in r.children) or \
            roots[0].pos_ not in ("VERB", "AUX") and not any(c.dep_ == "cop" for c in roots[0].children):
        return None
    ref = subject_ref(analysis, token)
    return (token, verb, ref) if ref is not None else None


def _finite_verb(analysis: Analysis, start: int, end: int) -> bool:
    """A finite verb in ``[start, end)``: a clause, not an apposition ("X, coordonnatrice de …,")."""
    span = analysis.doc.char_span(start, end, alignment_mode="contract") or ()
    return any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in span)


def _subject_outside(analysis: Analysis, start: int, q: Quote) -> bool:
    """A word in ``[start, q.open)`` is the parsed subject of a verb inside the quotation: the
    marks hold a predicate ("l'arrivée …, « complète enfin le dispositif »"), not a sentence."""
    span = analysis.doc.char_span(start, q.open, alignment_mode="contract") or ()
    return any(t.dep_ in ("nsubj", "nsubj:pass") and q.start <= t.head.idx < q.end for t in span)


def _source_before(analysis: Analysis, start: int, colon: int) -> tuple[None, SpeakerRef, int] | None:
    """ "Selon lui, le vrai test sera la capacité de Berlin à financer … : « … »": a sentence
    opened by its source ("selon X", "pour X") and no reporting verb quotes that source after
    the colon, not the subject of its own verb. Returns (verb, speaker, where)."""
    m = selon_phrases.SELON.match(analysis.text, start, colon)
    a = selon_phrases.selon_at(analysis, m.start(), colon) if m else pour_phrases.pour_at(analysis, start, colon)
    if a is None or (ref := speaker_ref(analysis, a)) is None:
        return None
    return None, ref, a.start


def _incise(analysis: Analysis, q: Quote, events: list[Event]) -> bool:
    """« Nous ne céderons pas, a déclaré X, car … »: an attribution inside the marks.

    One that ends on a comma interrupts one sentence: the quotation is one
    direct quote of X, the whole text between the marks (one that ends on a
    full stop has already cut the quotation in two: :mod:`.incises`).
    """
    text = analysis.text
    for comma in re.finditer(",", text[q.start : q.end]):
        at = q.start + comma.start()
        a = inversions.inversion_at(analysis, at, q.end)
        if a is None or not re.match(r"\s*[,.]", text[a.end : q.end]) or at == q.start:
            continue
        ref = speaker_ref(analysis, a)
        if ref is not None and ref.pronoun:
            # « …, poursuit-il, … », explique Luc Perrin: the name after the quote wins.
            _, line_end = line_at(text, q.start)
            after = inversions.inversion_at(analysis, q.outer_end, line_end)
            named = speaker_ref(analysis, after) if after is not None else None
            if named is not None and not named.pronoun:
                ref = named
        if ref is None:
            continue
        events.append(Event(q.start, q.end, DIRECT_QUOTE, a.verb, ref, a.start, (q.open, q.outer_end),
                             tail=q.outer_end))
        return True
    return False


#: A paragraph opened by a dialogue dash, with no quotation mark in it.
_DASH_PARAGRAPH = re.compile(r"^[ \t]*[–—―][ \t]*(?P<words>[^\n«»“”\"]+?)[ \t]*$", re.MULTILINE)


def dash_quotes(analysis: Analysis, events: list[Event], taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """ "— C'est un honneur et une responsabilité, a réagi la cinéaste, jointe à Dakar.": a
    dialogue dash opens the words, an inverted attribution after a comma ends them (pass 1;
    an interview's lines, ``taken``, are not read again). Returns the spans of the words."""
    text = analysis.text
    found = []
    for m in _DASH_PARAGRAPH.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        for comma in re.finditer(",", text[m.start("words"):m.end("words")]):
            at = m.start("words") + comma.start()
            after = inversions.inversion_at(analysis, at, m.end("words"))
            if after is None or count_words(text[m.start("words"):at]) < 4:
                continue
            ref = speaker_ref(analysis, after)
            if ref is not None:
                events.append(Event(m.start("words"), at, DIRECT_QUOTE, after.verb, ref, after.start,
                                    (m.start(), after.end), tail=after.end))
                found.append((m.start(), at))
            break
    return found


def block_quotes(analysis: Analysis, quotes: list[Quote], events: list[Event],
                 taken: list[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Unquoted lines signed by a dash line under them, or under a "Name (team) :" heading
    (pass 1, block quotations); ``taken`` spans (an interview's lines) are no block."""
    text = analysis.text
    found = []
    quoted = [(q.open, q.outer_end) for q in quotes] + list(taken)
    found.extend(_reaction_blocks(analysis, quoted, events))
    quoted.extend(found)
    for m in re.finditer(r"^[ \t]*[–—―][ \t]*\S", text, re.MULTILINE):
        i = m.start() - 1
        while i > 0 and text[i - 1].isspace():
            i -= 1
        if i <= 0:
            continue
        line_start, line_end = line_at(text, i - 1)
        start, end = strip_span(text, line_start, line_end)
        if end <= start or any(a <= start < b or a < end <= b for a, b in quoted):
            continue
        if count_words(text[start:end]) < 4:
            continue
        dash = signatures.dash_line_after(analysis, line_end)
        if dash is None or (ref := speaker_ref(analysis, dash)) is None:
            continue
        events.append(Event(start, end, DIRECT_QUOTE, None, ref, dash.start, (start, dash.end),
                             tail=dash.end))
        found.append((start, end))
    return found


#: A reaction heading after its speaker's name: "Marie Roy (Stade rennais) :" at the end of a line.
_HEADING_AFTER_NAME = re.compile(r"[ \t]*(?:\([^()\n]{1,60}\)[ \t]*)?:[ \t]*\n")
#: The same heading with the words on its own line: "Marie Roy (Stade rennais) : On a bien tenu."
_INLINE_HEADING = re.compile(r"[ \t]*\([^()\n]{1,60}\)[ \t]*:[ \t]+(?=[A-ZÀ-Ý])")


def _reaction_blocks(analysis: Analysis, quoted: list[tuple[int, int]], events: list[Event]) -> list[tuple[int, int]]:
    """ "Marie Roy (Stade rennais) :" then her words on the next line, without quotation marks.

    Sports and results pages list reactions so ("Les réactions", "Ils ont dit");
    the heading is the person's name alone, with a team or a role in brackets,
    at the end of its line or, bracket required, before the words on the same
    line ("Marie Roy (Stade rennais) : On a bien tenu."). A heading scraped onto the end of the previous reaction ("…derrière.Marie
    Roy (Stade rennais) :") ends that reaction.
    """
    text = analysis.text
    headings = []
    for m in analysis.records.mentions:
        entity = analysis.entity(m.entity)
        if entity is None or entity.kind != PERSON:
            continue
        after = _HEADING_AFTER_NAME.match(text, m.end)
        line_start, _ = line_at(text, m.start)
        lead = text[line_start:m.start]
        if after is None and not lead.strip():
            after = _INLINE_HEADING.match(text, m.end)
        if after and (not lead.strip() or lead.rstrip()[-1:] in ".!?…"):
            headings.append((m.start, after.end(), m.entity))
    found = []
    for k, (start, body, key) in enumerate(headings):
        _, line_end = line_at(text, body)
        end = min([line_end] + [h[0] for h in headings[k + 1:] if body <= h[0] < line_end])
        b_start, b_end = strip_span(text, body, end)
        if count_words(text[b_start:b_end]) < 4 or any(a < b_end and b_start < b for a, b in quoted) \
                or any(c in QUOTE_MARKS for c in text[b_start:b_end]):
            continue
        events.append(Event(b_start, b_end, DIRECT_QUOTE, None, SpeakerRef(keys=[key]), start,
                            (start, b_end), tail=b_end))
        found.append((b_start, b_end))
    return found


#: A team, country or rank in brackets between a name and its colon: "Kayla Brennan (USA, 2e) :".
_BRACKET_BEFORE_COLON = re.compile(r"\s*\([^()\n]{1,60}\)\s*:$")


def _headline_name(analysis: Analysis, line_start: int, end: int):
    """ "Girard-Beaulieu : « … »": a title line whose quotation follows its speaker's name alone
    (a team, country or rank in brackets may follow it: the reaction lines of results pages,
    "Kayla Brennan (USA, 2e) : « … »").

    The name, after a title or not, is the whole of what comes before the colon (after a rubric cut off
    by a dash or a full stop: "Élections. Girard-Beaulieu : « … »"); "Haïti : « … »"
    names a topic, not a speaker, so only persons and organisations count.
    """
    text = analysis.text
    _, line_end = line_at(text, line_start)
    if not is_title_line(text, line_start, line_end):
        return None
    colon = text.rindex(":", line_start, end)
    bracket = _BRACKET_BEFORE_COLON.search(text, line_start, colon + 1)
    head_stop = bracket.start() if bracket else colon
    head = re.split(r"\s[-–—|]\s|\.\s", text[line_start:head_stop])[-1]
    head_start, head_end = strip_span(text, head_stop - len(head), head_stop)
    found = analysis.mentions_in(head_start, head_end)
    if len(found) != 1 or found[0].end != head_end or not only_titles(text[head_start:found[0].start]):
        return None  # "Général Jérôme Dumas : « … »": a title may precede the name
    entity = analysis.entity(found[0].entity)
    kinds = (PERSON,) if bracket else (PERSON, ORGANIZATION)  # "Name (team) :" heads a person's reaction
    return found[0] if entity is not None and entity.kind in kinds else None
