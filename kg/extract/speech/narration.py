"""Quoted words in narration, without an attribution of their own (pass 5).

They are given to the speaker the sentence around them designates (a
"selon X", the verb that governs them, a headline's name…). Quotations that
go on after an attributed one are :mod:`.continuations`' (pass 4).
"""
from __future__ import annotations

import re
from dataclasses import replace

from ...analysis import Analysis
from ...records import DIRECT_QUOTE, INDIRECT_SPEECH, ORGANIZATION, PARTIAL_QUOTE, PERSON
from . import attribution, clauses, descriptions, speakers, subjects, verbs
from .attribution import speaker_ref
from .events import Event, SpeakerRef
from .quotes import QUOTE_MARKS, Quote
from .spans import (ONLY_PUNCT, count_words, inside, is_sentence_like, is_title_line, line_at, sentence_at,
                    strip_span)
from .verb_speakers import subject_ref


_RELATIVE_SPEAKER = re.compile(r",\s*(?:pour|selon|d'après)\s+(?:qui|lequel|laquelle|lesquels|lesquelles)\b",
                               re.IGNORECASE)


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
                 or _selon_for(analysis, q, sent_start, sent_end, quoted)
                 or _pour_for(analysis, q, sent_start)
                 or _relative_for(analysis, q, sent_start)
                 or _after_attribution_for(analysis, q, events)
                 or _headline_name_for(analysis, q)
                 or _governor_for(analysis, q)
                 or _mistagged_verb_for(analysis, q)
                 or _predicate_for(analysis, q)
                 or _narrator_subject_for(analysis, q, sent_start, sent_end))
        kind = PARTIAL_QUOTE
        if found is None:
            found = _headline_for(analysis, q)
            kind = DIRECT_QUOTE
        if found is None:
            continue
        verb, ref, at = found
        if kind == PARTIAL_QUOTE and is_sentence_like(analysis, q, sent_start):
            kind = DIRECT_QUOTE
        relative = _RELATIVE_SPEAKER.match(text, at)
        if relative is not None:  # "le maire, pour qui la ville « n'a pas les moyens », …"
            clause_start, _ = strip_span(text, relative.end(), q.open)
            stop = re.search(r"[,;.]", text[q.outer_end:sent_end])
            clause_end = q.outer_end + stop.start() if stop else sent_end
            if clause_start <= q.open:
                events.append(Event(clause_start, clause_end, INDIRECT_SPEECH, None, ref, at,
                                     (at, clause_end)))
        events.append(Event(q.start, q.end, kind, verb, ref, at, (q.open, q.outer_end), tail=q.outer_end))
        done.add(q)


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


def agent_for(analysis: Analysis, q: Quote):
    """ "un chiffre jugé « fantaisiste » par un responsable de l'Alliance": the agent's words.

    A passive participle that governs the quotation and names its agent wins
    over a "selon X" elsewhere in the sentence.
    """
    span = analysis.doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    # The quoted word may be the participle itself ("une décision « précipitée » par X"), and
    # the parser may tag a participle ADJ without a verb form ("jugée"): its agent tells.
    token = span.root
    participle = None
    for _ in range(4):
        agents = [c for c in token.children if c.i > span.end and (c.dep_ == "obl:agent" or _par_phrase(token, c))]
        if agents and token.pos_ in ("VERB", "ADJ"):
            if (verb := verbs.match(token, quote=True)) is not None:
                ref = speakers.from_subject(analysis, agents[0])
                return (verb.canonical, ref, agents[0].idx) if ref else None
        if participle is None and token.pos_ in ("VERB", "ADJ") and "Part" in token.morph.get("VerbForm") and \
                "Past" in token.morph.get("Tense"):
            participle = token
        if token.head is token:
            break
        token = token.head
    # "une étape saluée comme « historique » par les deux capitales": the parse hung the agent elsewhere,
    # but "par" right after the closing mark is the participle's
    doc = analysis.doc
    after = doc.char_span(q.outer_end, q.outer_end + 40, alignment_mode="expand") if participle is not None else None
    if after is not None and len(after) > 1 and after[0].lower_ == "par" and after[0].head.dep_ == "obl:agent" and \
            (verb := verbs.match(participle, quote=True)) is not None:
        ref = speakers.from_subject(analysis, after[0].head)
        return (verb.canonical, ref, after[0].head.idx) if ref else None
    return None


def _par_phrase(participle, child) -> bool:
    """ "jugé « séparatiste » par Pékin" with "par Pékin" parsed as a modifier: after a past participle,
    a "par" phrase naming an actor is its agent."""
    return child.dep_.startswith("obl") and child.pos_ in ("PROPN", "NOUN") and any(
        g.dep_ == "case" and g.lower_ == "par" for g in child.children) and "Part" in participle.morph.get(
        "VerbForm") and "Past" in participle.morph.get("Tense")


def _selon_for(analysis: Analysis, q: Quote, sent_start: int, sent_end: int, quoted):
    text = analysis.text
    for m in attribution.SELON.finditer(text, sent_start, sent_end):
        if inside(m.start(), quoted):
            continue
        a = attribution.selon_at(analysis, m.start(), sent_end)
        if a is None:
            continue
        between = text[a.end : q.open] if a.end <= q.open else text[q.outer_end : m.start()]
        if count_words(between) > 12 or re.search(r"[.;]", between):
            continue
        ref = speaker_ref(analysis, a)
        if ref is not None:
            return None, ref, m.start()
    return None


def _pour_for(analysis: Analysis, q: Quote, sent_start: int):
    """ "Pour lui, le déplacement sera « un vrai test »", "Pour le président X, … « … »"."""
    line_start, _ = line_at(analysis.text, sent_start)
    start = max(sent_start, line_start)
    a = attribution.pour_at(analysis, start, q.open)
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


def _predicate_for(analysis: Analysis, q: Quote):
    """ "Le ministère a « pris acte » de la décision": a quoted predicate is its subject's words."""
    span = analysis.doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    root = span.root
    if root.pos_ != "VERB" or root.dep_ not in ("ROOT", "conj") or "Part" not in root.morph.get("VerbForm") \
            and "Fin" not in root.morph.get("VerbForm"):
        return _after_auxiliary(analysis, span)
    found = [t for t in subjects.subjects_of(root) if not span.start <= t.i < span.end]
    if not found or clauses.is_negated(root):
        return None
    ref = speakers.from_subject(analysis, found[0])
    return (None, ref, found[0].idx) if ref is not None else None


def _after_auxiliary(analysis: Analysis, span):
    """ "La Cédéao, dont …, a « pris acte » de l'initiative": a quoted participle right after the
    auxiliary is its subject's words, wherever the parser hung the participle.

    The subject is the auxiliary's (or its head's), else the noun a relative
    clause closed by a comma before the auxiliary hangs on.
    """
    doc = analysis.doc
    first = span[0]
    if first.i < 2 or "Part" not in first.morph.get("VerbForm") or "Past" not in first.morph.get("Tense"):
        return None
    aux = doc[first.i - 2]
    if aux.pos_ != "AUX" or aux.lemma_ not in ("avoir", "être") or "Fin" not in aux.morph.get("VerbForm") \
            or doc[first.i - 1].text not in QUOTE_MARKS or any(
            t.lower_ in ("pas", "jamais", "n'", "ne") for t in doc[max(0, aux.i - 2) : aux.i + 1]):
        return None
    head = aux.head
    found = [c for c in (*aux.children, *head.children) if c.dep_ in subjects.SUBJECT_DEPS and c.i < aux.i]
    if not found and doc[aux.i - 1].text == ",":
        relative = next((a for a in aux.ancestors if a.dep_ == "acl:relcl" and a.head.i < a.i), None)
        found = [relative.head] if relative is not None and relative.head.pos_ in ("NOUN", "PROPN") else []
    ref = speakers.from_subject(analysis, found[0]) if found else None
    named = verbs.match(first, quote=True)  # "prendre acte": the quoted words are the verb itself
    return (named.canonical if named is not None and named.words else None, ref, found[0].idx) \
        if ref is not None else None


def _relative_for(analysis: Analysis, q: Quote, sent_start: int):
    text = analysis.text
    for m in _RELATIVE_SPEAKER.finditer(text, sent_start, q.open):
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


def _unnamed_judgement(token) -> bool:
    """ "Ottawa dépêchera 60 policiers, une contribution jugée « modeste »": a participle on a noun
    governing the quotation, with no agent, is someone's judgement the text does not name (not the
    words of the sentence's subject)."""
    return token.dep_ in ("amod", "acl") and token.head.pos_ == "NOUN" and token.head.i < token.i \
        and re.search(r"(?:é|ée|és|ées)$", token.lower_) is not None \
        and not any(c.dep_ == "obl:agent" for c in token.children)


def _governor_for(analysis: Analysis, q: Quote):
    """The reporting verb (or quote-only verb) that governs the quotation, and its subject.

    In a headline any verb will do: "Le Goff savoure « une réaction d'orgueil »".
    """
    line_start, line_end = line_at(analysis.text, q.open)
    headline = not analysis.text[:line_start].strip() and not analysis.text[line_start:line_end].rstrip().endswith(".")
    span = analysis.doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    root = span.root
    token, steps = root.head, 0
    if _unnamed_judgement(token):
        return None
    while token is not root and steps < 4:
        if token.pos_ in ("VERB", "AUX") or token.pos_ == "ADJ" and any(
                c.dep_.startswith("aux") for c in token.children):  # "s'est désolé", tagged ADJ
            verb = verbs.match(token, quote=True)
            if verb is None and not headline or clauses.is_negated(token):
                return None
            ref = subject_ref(analysis, token)
            if ref is None and token.dep_ == "conj" and token.head.dep_ == "ccomp" and any(
                    c.dep_.startswith("aux") for c in token.children):
                # "X a estimé qu'une censure … et a appelé ses députés à « … »": the parse
                # coordinates the second verb with the reported one; it is X's
                ref = subject_ref(analysis, token.head.head)
            return (verb.canonical if verb else None, ref, token.idx) if ref is not None else None
        if token.head is token:
            break
        token, steps = token.head, steps + 1
    return None


#: Tokens that may stand between a reporting verb and the quotation it governs: its object phrase.
_OBJECT_POS = {"DET", "NOUN", "PROPN", "ADJ", "ADV", "ADP", "NUM"}
_MAX_OBJECT_TOKENS = 6


def _mistagged_verb_for(analysis: Analysis, q: Quote):
    """ "Le Hezbollah, de son côté, juge le calendrier « imposé par Washington »": the parser read
    the verb as a noun ("juge", "estime" in apposition to the subject) and hung the quotation elsewhere.

    A word written as a form of a reporting verb, tagged as a noun with no
    determiner or preposition of its own, a few object words before the
    quotation, is that verb; the noun phrase it hangs on (after a comma, an
    aside or a relative clause) is its subject.
    """
    open_at = analysis.doc.char_span(q.open, q.open + 1, alignment_mode="expand")
    if open_at is None or not len(open_at):
        return None
    sent = open_at[0].sent
    for k in range(open_at[0].i - 1, max(sent.start, open_at[0].i - _MAX_OBJECT_TOKENS) - 1, -1):
        t = analysis.doc[k]
        if t.pos_ == "VERB" and not subjects.subjects_of(t):
            return _across_relative(analysis, t)
        if t.pos_ in ("VERB", "AUX") or t.pos_ == "PUNCT" and t.text != ",":
            return None
        if t.pos_ not in ("NOUN", "PROPN") or verbs.form_lemma(t.text) is None or any(
                c.dep_ in ("det", "case") for c in t.children) or k and analysis.doc[k - 1].pos_ in ("DET", "ADP"):
            if t.pos_ in _OBJECT_POS:
                continue
            return None
        verb = verbs.match(t, quote=True)
        head = t.head
        if head.dep_ == "acl:relcl" and analysis.doc[k - 1].text == ",":
            head = head.head  # "Le sénateur X, qui n'a pas voté le texte, juge …" hung on the relative's verb
        if verb is None or clauses.is_negated(t) or head.i >= t.i or head.pos_ not in ("NOUN", "PROPN"):
            return None
        ref = speakers.from_subject(analysis, head)
        if ref is None or not ref.keys:
            return None
        # the subject's phrase may take in the quotation hung on it: only names before the verb speak
        before = {m.entity for m in analysis.mentions_in(head.left_edge.idx, t.idx)}
        keys = [key for key in ref.keys if key in before]
        return (verb.canonical, replace(ref, keys=keys), t.idx) if keys else None
    return None


def _across_relative(analysis: Analysis, verb_token):
    """ "Lee, qui ne peut être démise que par le président, a rejeté « … »": a reporting verb left
    without a subject after a relative clause set off by commas speaks for the relative's antecedent."""
    doc = verb_token.doc
    k = verb_token.i - 1
    while k > verb_token.sent.start and doc[k].pos_ in ("AUX", "ADV"):
        k -= 1
    verb = verbs.match(verb_token, quote=True)
    if verb is None or clauses.is_negated(verb_token) or doc[k].text != ",":
        return None
    relative = next((t for t in reversed(doc[verb_token.sent.start:k]) if t.lower_ == "qui"
                     and "Rel" in t.morph.get("PronType") and t.i and doc[t.i - 1].text == ","), None)
    ref = speakers.from_subject(analysis, relative) if relative is not None else None
    return (verb.canonical, ref, verb_token.idx) if ref is not None and ref.keys else None


_BRACKETS_AFTER = re.compile(r"\s*\(([^()\n]{2,60})\)\s*$")
_BRACKETS_BEFORE = re.compile(r"(?:^|[:–—|-])[ \t]*\(([^()\n]{2,60})\)[ \t]*$", re.MULTILINE)
#: "…, « une mission à haut risque » pour la ministre": a title line's quotation, then whose view it is.
_FOR_AFTER = re.compile(r"[ \t]*pour[ \t]+([^,;:()«»“”\"\n]{2,60}?)[ \t]*$", re.IGNORECASE | re.MULTILINE)
_HEAD_SEPARATOR = re.compile(r"(?:^|[,:;–—|-])[ \t]*$", re.MULTILINE)


def _headline_name_for(analysis: Analysis, q: Quote):
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


def _headline_for(analysis: Analysis, q: Quote):
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
