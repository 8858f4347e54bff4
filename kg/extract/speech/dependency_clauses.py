"""Reported speech the dependency parse shows: a reporting verb, its subject and its content (pass 3)."""
from __future__ import annotations

import re

from ...analysis import Analysis
from ...records import INDIRECT_SPEECH
from . import bounds, clauses, subjects, verbs
from .objects import voice_phrase
from .events import Event
from .only_quoted import AFTER_QUE
from .spans import covers_quote, first_sentence_end, inside, snap, strip_span
from .verb_speakers import subject_ref


def dependency_clauses(analysis: Analysis, quoted: list[tuple[int, int]], direct: list[tuple[int, int]],
                        events: list[Event], used: set[int]) -> None:
    """Reporting verbs with their subject and content (pass 3)."""
    taken = set(used)  # by the passes before: a verb may report two clauses ("que A et que B")
    first = len(events)
    for clause in clauses.reported_clauses(analysis.doc):
        token = clause.verb_token
        if token.idx in taken and not _COLON_QUOTE.match(analysis.text, clause.end) or inside(token.idx, quoted):
            continue  # (a verb whose quote follows a colon may report a content of its own before it:
            # "Elle dit ne pas attendre d'excuses : « … »")
        if covers_quote(clause.start, clause.end, direct, whole=True) or _inverted(token):
            continue
        if clause.verb.quote_only and any(e.start <= token.idx < e.end for e in events):
            continue  # "a averti que Moscou prendrait des « mesures »": a quote-only verb inside another's
            # content is no speech act of its own, the words are the outer speaker's (dev README)
        verb_end = token.idx + len(token)
        if verb_end < clause.start and first_sentence_end(analysis.text, verb_end, clause.start) < clause.start:
            continue  # "réclame le remboursement des sommes.Selon l'Olaf, …": the parse ran into the next sentence
        ref = subject_ref(analysis, _outer_verb(token) or token)
        if ref is None and (token.lower_.endswith("ant") or token.head.idx in used and token.dep_ in (
                "advcl", "xcomp", "conj")):
            # "…», a-t-il ajouté, soulignant que …", "…», a lancé l'élu, avant d'annoncer que …":
            # the same speaker goes on.
            sent = token.sent
            earlier = [e for e in events if sent.start_char <= e.at < token.idx and e.ref is not None]
            ref = earlier[-1].ref if earlier else None
        if ref is None:
            continue
        used.add(token.idx)
        end = first_sentence_end(analysis.text, clause.start, clause.end)
        end = bounds.comment_start(analysis.text, clause.start, end, quoted)  # "…, un chiffre invérifiable"
        end = _next_clause(analysis, clause.start, end, quoted)  # "…, New Delhi se tient à distance"
        start, end = strip_span(analysis.text, clause.start, end)
        start, end = snap(analysis.text, start, end, quoted)
        if end <= start:
            continue
        events.append(Event(start, end, INDIRECT_SPEECH, clause.verb.canonical, ref, token.idx,
                             (min(start, token.idx), max(end, token.idx + len(token)))))
    added = events[first:]
    events[first:] = [e for e in added if not _no_nested_act(analysis, e, events)]


def _next_clause(analysis: Analysis, start: int, end: int, quoted: list[tuple[int, int]]) -> int:
    """Where a clause with its own named subject starts after a comma in a noun-phrase content, or
    ``end``: "Pékin et Moscou plaident pour un « ordre multipolaire », New Delhi se tient à distance" (a
    headline joining two facts), "… l'arrivée de 3 000 soldats, Washington parle de « … »". A content
    clause ("que si Moscou attaque, Washington répondra") is left whole."""
    text = analysis.text
    if AFTER_QUE.search(text, max(0, start - 6), start):
        return end  # "a affirmé qu'après l'attaque, Moscou a promis …": a clause may front an adverbial
    for comma in (i for i in range(start, end) if text[i] == "," and not inside(i, quoted)):
        before = analysis.doc.char_span(start, comma, alignment_mode="contract") or ()
        if any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in before):
            return end  # "si Moscou attaque, Washington répondra": the content is a clause of its own
        named = next(iter(analysis.mentions_in(comma, min(end, comma + 60))), None)
        if named is None or text[comma + 1:named.start].strip() or not text[named.start].isupper():
            continue
        span = analysis.doc.char_span(named.end, end, alignment_mode="contract")
        if span is None:
            continue
        verb = next((t for t in span if t.pos_ not in ("ADV", "PRON") and t.lower_ not in ("se", "s'", "ne", "n'")), None)
        if verb is not None and verb.pos_ in ("VERB", "AUX") and "Fin" in verb.morph.get("VerbForm") \
                and not text[named.end:verb.idx].strip(" ").count(","):
            return comma
    return end


def _no_nested_act(analysis: Analysis, event: Event, events: list[Event]) -> bool:
    """A verb inside another statement's content that is no speech act of its own: one that reports
    only when it governs a quotation ("A a averti que Moscou prendrait des « mesures »") or has no
    subject of its own ("A a affirmé que la Russie agirait pour garantir la sécurité de …"). Its
    words belong to the outer speaker (dev README, quoted words inside nested speech)."""
    if not any(o is not event and o.start <= event.at < o.end for o in events):
        return False
    span = analysis.doc.char_span(event.at, event.at + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    token = span[0]
    if verbs.match(token) is None and verbs.match(token, quote=True) is not None:
        return True
    own = [c for c in token.children if c.dep_ in subjects.SUBJECT_DEPS]
    own += [c for a in token.children if a.dep_.startswith("aux") for c in a.children if c.dep_ in subjects.SUBJECT_DEPS]
    return not own and "Inf" in token.morph.get("VerbForm")


def _outer_verb(token):
    """ "X estime que les prix restent justes et met en avant « … »": a reporting verb the parse
    coordinated inside another's content clause, with no subject of its own, is that speaker's next
    act (``extent.trim`` ends the first content before it); returns the outer reporting verb."""
    head = token.head
    if token.dep_ != "conj" or head.dep_ != "ccomp" or head.i > token.i or any(
            c.dep_.startswith("nsubj") for c in token.children):
        return None
    if "Fin" not in token.morph.get("VerbForm") and not any(c.dep_.startswith("aux") for c in token.children):
        return None
    return head.head if verbs.match(head.head) is not None else None


_COLON_QUOTE = re.compile(r"\s*:\s*[«“\"‹]")


def _inverted(token) -> bool:
    """ "…, ont déclaré les législateurs": a verb after a comma, its subject after it."""
    if token.lower_.endswith("ant") or voice_phrase(token) is not None:
        return False  # ("Bamako, en revanche, a dénoncé par la voix de son ministre, X, la …": X spoke)
    return clauses.after_comma(token) and not any(
        c.i < token.i for c in subjects.subjects_of(token)) and any(
        c.dep_ in ("nsubj", "obj") and c.i > token.i for c in token.children)
