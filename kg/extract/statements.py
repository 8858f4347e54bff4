"""Find reported speech: who said what, in which words.

Passes over one article, each adding candidate statements ("events") whose
speaker may still be a pronoun:

1. quotations with an attribution next to them: after ("…», a déclaré X"),
   before ("X a déclaré : «…»", "Selon X, «…»"), or on a dash line under
   them ("– Lloyd Austin, secrétaire…"), and unquoted block quotations
   signed by such a dash line;
2. "selon X" / "d'après X" and inverted reporting clauses without quotes
   ("…, ont annoncé jeudi des responsables américains");
3. reporting verbs of the dependency parse with their subject and content
   (indirect speech);
4. quotations inside reported speech (partial quotes) and quotations that
   go on after an attributed one without a new attribution.

Pronoun speakers are then resolved in text order. A statement is only kept
with a speaker entity: ``nkg:speaker`` is never empty, so scare quotes and
quoted headings with nobody to say them are dropped.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..analysis import Analysis
from ..records import DIRECT_QUOTE, INDIRECT_SPEECH, PARTIAL_QUOTE, PERSON, Statement
from .speech import attribution, clauses, speakers
from .speech.attribution import Attribution
from .speech.quotes import Quote, find_quotes
from .speech.speakers import Said, SpeakerRef

_WORD = re.compile(r"\w+")
_ONLY_PUNCT = re.compile(r"[\s.,;:!?…»”\"›«“‹-]*")


@dataclass
class _Event:
    """A statement whose speaker may still be a pronoun or inherited."""

    start: int
    end: int
    kind: str
    verb: str | None
    ref: SpeakerRef | None
    at: int  # where the attribution is: pronouns resolve in this order
    span: tuple[int, int]  # everything the evidence must cover
    tail: int = 0  # end of the quote and its attribution (for continuations)
    keys: list[str] = field(default_factory=list)  # resolved speakers


# Text geometry ---------------------------------------------------------------
def _line(text: str, offset: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return start, len(text) if end < 0 else end


def _sentence(analysis: Analysis, offset: int) -> tuple[int, int]:
    """The spaCy sentence around ``offset``, clipped to its line."""
    sent = analysis.sentence_at(offset)
    line_start, line_end = _line(analysis.text, offset)
    return max(sent.start_char, line_start), min(sent.end_char, line_end)


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def _is_sentence_like(analysis: Analysis, q: Quote, sent_start: int) -> bool:
    """A quotation that is a whole utterance rather than a few marked words."""
    text = analysis.text
    prefix = text[sent_start : q.open].strip()
    inner = text[q.start : q.end]
    if not prefix or prefix.endswith(":"):
        return _words(inner) >= 2
    if _words(prefix) <= 2 and _words(inner) >= 5:
        span = analysis.doc.char_span(q.start, q.end, alignment_mode="expand")
        return span is not None and any(t.pos_ in ("VERB", "AUX") for t in span)
    return False


def _is_heading(text: str, q: Quote) -> bool:
    """A quoted title alone on its line: « Escalade majeure »."""
    line_start, line_end = _line(text, q.open)
    whole = not text[line_start : q.open].strip() and not text[q.outer_end : line_end].strip()
    inner = text[q.start : q.end]
    return whole and _words(inner) <= 6 and not inner.rstrip().endswith((".", "!", "?", "…"))


# Speakers ----------------------------------------------------------------------
def _ref(analysis: Analysis, a: Attribution) -> SpeakerRef | None:
    if a.pronoun:
        gender, number = speakers.PRONOUNS[a.pronoun]
        return SpeakerRef(pronoun=a.pronoun, gender=gender, plural=number == "Plur")
    return speakers.from_span(analysis, a.speaker_start, a.speaker_end)


_VOICE = re.compile(r"\bpar\s+(?:la\s+voix|la\s+bouche|l'intermédiaire|le\s+biais)\s+d(?:e\s+|u\s+|es\s+|')",
                    re.IGNORECASE)


def _voice_of(analysis: Analysis, verb_token) -> SpeakerRef | None:
    """ "Le Hezbollah, par la voix de son député X, a salué …": the named person speaks.

    Around the verb (between its sentence's start and a little after it), a
    channel phrase followed closely by a person's name gives that person.
    """
    sent = verb_token.sent
    text = analysis.text
    for m in _VOICE.finditer(text, sent.start_char, min(sent.end_char, verb_token.idx + 80)):
        people = [x for x in analysis.mentions_in(m.end(), min(sent.end_char, m.end() + 70))
                  if analysis.entity(x.entity).kind == PERSON]
        if people and not re.search(r"[.;«»\"]", text[m.end():people[0].start]):
            return SpeakerRef(keys=[people[0].entity])
    return None


def _subject_ref(analysis: Analysis, verb_token) -> SpeakerRef | None:
    """The speaker named by the subject(s) of a verb; a named person wins over a title."""
    voice = _voice_of(analysis, verb_token)
    if voice is not None:
        return voice
    quoted = _quoted_spans(analysis.text)
    inside = _inside(verb_token.idx, quoted)
    subjects = [s for s in clauses.subjects_of(verb_token) if inside or not _inside(s.idx, quoted)]
    refs = [r for r in (speakers.from_subject(analysis, s) for s in subjects) if r]
    for ref in refs:
        if ref.keys and analysis.entity(ref.keys[0]).kind == "Person":
            return ref
    return refs[0] if refs else None


@lru_cache(maxsize=4)
def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """Quotation spans, marks included: a subject in them does not speak for a verb outside."""
    return [(q.open, q.outer_end) for q in find_quotes(text)]


def _verb_before(analysis: Analysis, start: int, end: int):
    """The last reporting verb token in ``[start, end)`` and its speaker reference."""
    span = analysis.doc.char_span(start, end, alignment_mode="contract")
    if span is None:
        return None
    for token in reversed(span):
        verb = clauses.verbs.match(token)
        if verb is None or clauses.is_negated(token):
            continue
        ref = _subject_ref(analysis, token)
        if ref is None:
            after = attribution.inversion_at(analysis, token.idx, end)
            ref = _ref(analysis, after) if after else None
        if ref is not None:
            return token, verb, ref
    return None


def _colon_subject(analysis: Analysis, start: int, end: int):
    """ "Le capitaine, X, a tenu un discours mesuré : « … »": the main verb's subject speaks.

    A colon before a quotation introduces the words of the sentence's
    subject even when the verb is not one of saying; the verb is not recorded.
    """
    span = analysis.doc.char_span(start, end, alignment_mode="contract")
    if span is None or not len(span):
        return None
    roots = [t for t in span if t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX", "ADJ", "NOUN")]
    if not roots or clauses.is_negated(roots[-1]):
        return None
    ref = _subject_ref(analysis, roots[-1])
    return (roots[-1], _NO_VERB, ref) if ref is not None else None


class _NoVerb:
    canonical = None


_NO_VERB = _NoVerb()


# Passes --------------------------------------------------------------------------
def _attributed_quotes(analysis: Analysis, quotes: list[Quote], events: list[_Event],
                       used: set[int]) -> set[Quote]:
    """Quotations with an attribution next to them (pass 1)."""
    text = analysis.text
    done: set[Quote] = set()
    for q in quotes:
        if _incise(analysis, q, events):
            done.add(q)
            continue
        sent_start, sent_end = _sentence(analysis, q.start)
        line_start, line_end = _line(text, q.start)
        sent_start = min(sent_start, q.open)
        sentence_like = _is_sentence_like(analysis, q, sent_start)
        # After: «…», a déclaré X / «…», selon X
        after = attribution.inversion_at(analysis, q.outer_end, line_end)
        if after is None:
            m = re.match(r"\s*,\s*", text[q.outer_end : line_end])
            if m:
                after = attribution.selon_at(analysis, q.outer_end + m.end(), line_end)
        if after is not None:
            ref = _ref(analysis, after)
            if ref is None:
                continue
            used.add(after.start)
            if sentence_like:
                events.append(_Event(q.start, q.end, DIRECT_QUOTE, after.verb, ref, after.start,
                                     (q.open, after.end), tail=after.end))
            else:
                start, end = _strip(text, sent_start, q.outer_end)
                events.append(_Event(start, end, INDIRECT_SPEECH, after.verb, ref, after.start,
                                     (start, after.end)))
                events.append(_Event(q.start, q.end, PARTIAL_QUOTE, after.verb, ref, after.start,
                                     (start, after.end)))
            done.add(q)
            continue
        whole_rest = _ONLY_PUNCT.fullmatch(text[q.outer_end : sent_end]) is not None
        if not sentence_like and not (whole_rest and text[sent_start : q.open].rstrip().endswith(",")):
            continue
        # Before: X a déclaré : «…» / Selon X, «…» (possibly on the line before)
        prefix_start = sent_start
        if not text[line_start : q.open].strip():
            prev_start, _ = _line(text, max(0, line_start - 1))
            if text[prev_start:line_start].rstrip().endswith(":"):
                prefix_start = prev_start
        prefix = text[prefix_start : q.open].rstrip()
        before = None
        if prefix.endswith(":"):
            found = _verb_before(analysis, prefix_start, q.open) or _colon_subject(analysis, prefix_start, q.open)
            if found:
                token, verb, ref = found
                used.add(token.idx)
                before = (verb.canonical, ref, token.idx)
        elif prefix.endswith(",") and whole_rest:
            m = attribution.SELON.match(text, prefix_start, q.open)
            a = attribution.selon_at(analysis, m.start(), q.open) if m else None
            if a is None:  # "Pour le professeur X, infectiologue, « … »"
                a = attribution.pour_at(analysis, prefix_start, q.open)
            if a is not None and (ref := _ref(analysis, a)) is not None:
                used.add(a.start)
                before = (None, ref, a.start)
        if before is None and not sentence_like:
            continue
        if before is not None:
            verb, ref, at = before
            events.append(_Event(q.start, q.end, DIRECT_QUOTE, verb, ref, at, (prefix_start, q.outer_end),
                                 tail=q.outer_end))
            done.add(q)
            continue
        # Dash line under a quotation alone on its lines
        if not text[q.outer_end : line_end].strip(" .") and not text[line_start : q.open].strip():
            dash = attribution.dash_line_after(analysis, line_end)
            if dash is not None and (ref := _ref(analysis, dash)) is not None:
                events.append(_Event(q.start, q.end, DIRECT_QUOTE, None, ref, dash.start,
                                     (q.open, dash.end), tail=dash.end))
                done.add(q)
    return done


def _incise(analysis: Analysis, q: Quote, events: list[_Event]) -> bool:
    """« Nous ne céderons pas, a déclaré X, car … »: an attribution inside the marks.

    The quotation is one direct quote of X, the whole text between the marks
    (the gold convention: a quote is what its marks enclose).
    """
    text = analysis.text
    for comma in re.finditer(",", text[q.start : q.end]):
        at = q.start + comma.start()
        a = attribution.inversion_at(analysis, at, q.end)
        if a is None or not re.match(r"\s*[,.]", text[a.end : q.end]) or at == q.start:
            continue
        ref = _ref(analysis, a)
        if ref is not None and ref.pronoun:
            # « …, poursuit-il, … », explique Luc Perrin: the name after the quote wins.
            _, line_end = _line(text, q.start)
            after = attribution.inversion_at(analysis, q.outer_end, line_end)
            named = _ref(analysis, after) if after is not None else None
            if named is not None and not named.pronoun:
                ref = named
        if ref is None:
            continue
        events.append(_Event(q.start, q.end, DIRECT_QUOTE, a.verb, ref, a.start, (q.open, q.outer_end),
                             tail=q.outer_end))
        return True
    return False


def _block_quotes(analysis: Analysis, quotes: list[Quote], events: list[_Event]) -> list[tuple[int, int]]:
    """Unquoted lines signed by a dash line under them (pass 1, block quotations)."""
    text = analysis.text
    found = []
    quoted = [(q.open, q.outer_end) for q in quotes]
    for m in re.finditer(r"^[ \t]*[–—―][ \t]*\S", text, re.MULTILINE):
        i = m.start() - 1
        while i > 0 and text[i - 1].isspace():
            i -= 1
        if i <= 0:
            continue
        line_start, line_end = _line(text, i - 1)
        start, end = _strip(text, line_start, line_end)
        if end <= start or any(a <= start < b or a < end <= b for a, b in quoted):
            continue
        if _words(text[start:end]) < 4:
            continue
        dash = attribution.dash_line_after(analysis, line_end)
        if dash is None or (ref := _ref(analysis, dash)) is None:
            continue
        events.append(_Event(start, end, DIRECT_QUOTE, None, ref, dash.start, (start, dash.end),
                             tail=dash.end))
        found.append((start, end))
    return found


def _selon_clauses(analysis: Analysis, quoted: list[tuple[int, int]], events: list[_Event],
                   used: set[int]) -> None:
    """ "Selon X, …" / "…, selon X." / "qui, selon X, a …" (pass 2)."""
    text = analysis.text
    for m in attribution.SELON.finditer(text):
        if m.start() in used or _inside(m.start(), quoted):
            continue
        sent_start, sent_end = _sentence(analysis, m.start())
        a = attribution.selon_at(analysis, m.start(), sent_end)
        if a is None or (ref := _ref(analysis, a)) is None:
            continue
        rest = text[a.end : sent_end]
        if _ONLY_PUNCT.fullmatch(rest):  # "…, selon X."
            start, end = sent_start, m.start()
        else:  # "Selon X, …" or "…, selon X, …"
            start, end = a.end, sent_end
        start, end = _strip(text, start, end)
        while end > start and text[end - 1] in ",.;:":
            end -= 1
        while start < end and text[start] in ",;:- ":
            start += 1
        lead = re.match(r"([^,]{1,25}),\s*", text[start:end])
        if lead and _words(lead.group(1)) <= 3 and not analysis.mentions_in(start, start + lead.end()):
            start += lead.end()  # "Selon X, cette semaine, …"
        if _words(text[start:end]) < 3 or _covers_quote(start, end, quoted, whole=True):
            continue
        used.add(m.start())
        events.append(_Event(start, end, INDIRECT_SPEECH, None, ref, m.start(), (start, a.end)))


def _pour_clauses(analysis: Analysis, quoted: list[tuple[int, int]], events: list[_Event],
                  used: set[int]) -> None:
    """ "Pour le président X, les délais restent « trop longs »", "Pour lui, …" (pass 2).

    Only at the start of a sentence, and only for a person, a role or a
    pronoun (see :func:`attribution.pour_at`).
    """
    text = analysis.text
    for sent in analysis.doc.sents:
        line_start, line_end = _line(text, sent.start_char)
        start = max(sent.start_char, line_start)
        a = attribution.pour_at(analysis, start, min(sent.end_char, line_end))
        if a is None or a.start in used or _inside(a.start, quoted):
            continue
        m = re.match(r"\s*,\s*", text[a.end : line_end])
        if not m:
            continue
        clause_start = a.end + m.end()
        clause_end = _first_sentence_end(text, clause_start, min(sent.end_char, line_end))
        clause_start, clause_end = _strip(text, clause_start, clause_end)
        while clause_end > clause_start and text[clause_end - 1] in ".;:,":
            clause_end -= 1
        if _words(text[clause_start:clause_end]) < 3 or not _words_outside(text, clause_start, clause_end, quoted):
            continue  # "Pour X, « … »" alone is a direct quote (pass 1)
        ref = _ref(analysis, a)
        if ref is None:
            continue
        used.add(a.start)
        events.append(_Event(clause_start, clause_end, INDIRECT_SPEECH, None, ref, a.start, (a.start, clause_end)))


def _words_outside(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> int:
    """Words of ``[start, end)`` outside the quotation ``spans``."""
    inside = sorted((max(a, start), min(b, end)) for a, b in spans if a < end and start < b)
    count, at = 0, start
    for a, b in inside:
        count += _words(text[at:a]) if a > at else 0
        at = max(at, b)
    return count + _words(text[at:end])


def _inverted_clauses(analysis: Analysis, quotes: list[Quote], events: list[_Event],
                      used: set[int]) -> None:
    """ "Près de 8 000 soldats…, ont annoncé jeudi des responsables américains." (pass 2)."""
    text = analysis.text
    quoted = [(q.open, q.outer_end) for q in quotes]
    for sent in analysis.doc.sents:
        for comma in re.finditer(",", sent.text):
            at = sent.start_char + comma.start()
            if _inside(at, quoted) or text[at - 1 : at] in "»”\"›":
                continue
            _, line_end = _line(text, at)
            end_limit = min(sent.end_char, line_end)
            a = attribution.inversion_at(analysis, at, end_limit)
            if a is None or a.start in used or a.pronoun:
                continue
            if not _ONLY_PUNCT.fullmatch(text[a.end : end_limit]):
                continue
            line_start, _ = _line(text, at)
            start, end = _strip(text, max(sent.start_char, line_start), at)
            if _words(text[start:end]) < 3:
                continue
            ref = _ref(analysis, a)
            if ref is None:
                continue
            used.add(a.start)
            events.append(_Event(start, end, INDIRECT_SPEECH, a.verb, ref, a.start, (start, a.end)))


def _dependency_clauses(analysis: Analysis, quoted: list[tuple[int, int]], direct: list[tuple[int, int]],
                        events: list[_Event], used: set[int]) -> None:
    """Reporting verbs with their subject and content (pass 3)."""
    for clause in clauses.reported_clauses(analysis.doc):
        token = clause.verb_token
        if token.idx in used or _inside(token.idx, quoted):
            continue
        if _covers_quote(clause.start, clause.end, direct, whole=True) or _inverted(token):
            continue
        ref = _subject_ref(analysis, token)
        if ref is None and token.lower_.endswith("ant"):
            # "…», a-t-il ajouté, soulignant que …": the same speaker goes on.
            sent = token.sent
            earlier = [e for e in events if sent.start_char <= e.at < token.idx and e.ref is not None]
            ref = earlier[-1].ref if earlier else None
        if ref is None:
            continue
        used.add(token.idx)
        start, end = _strip(analysis.text, clause.start, _first_sentence_end(analysis.text, clause.start, clause.end))
        start, end = _snap(analysis.text, start, end, quoted)
        if end <= start:
            continue
        events.append(_Event(start, end, INDIRECT_SPEECH, clause.verb.canonical, ref, token.idx,
                             (min(start, token.idx), max(end, token.idx + len(token)))))


def _snap(text: str, start: int, end: int, quoted: list[tuple[int, int]]) -> tuple[int, int]:
    """Content bounds that never cut a quotation: "« le courage » des élus", not "courage » des élus".

    A content that ends just inside an opening mark ends before it.
    """
    for a, b in quoted:
        if a < start < b:
            start = a
        if a < end < b and start < a:
            end = b if _words(text[a:end]) else a
    return _strip(text, start, end)


_SENTENCE_END = re.compile(r"[.!?…]+[»”\"›]?\s+[«“\"‹]?[A-ZÀ-Ý]")


def _first_sentence_end(text: str, start: int, end: int) -> int:
    """Clip a reported clause at the end of its sentence (the parser may run on).

    "a reconnu des « erreurs ». « Nous avons tardé »" reports "des « erreurs »".
    A full stop inside quotation marks or after an initial ("M. Roux") does not end it.
    """
    depth = 0
    for i in range(start, end):
        c = text[i]
        if c in "«“‹":
            depth += 1
        elif c in "»”›" and depth:
            depth -= 1
        elif (depth == 0 and c in ".!?" and _SENTENCE_END.match(text, i)
              and not re.search(r"(?:^|\W)[A-Z]$", text[max(0, i - 2):i])
              and text[start:i].count('"') % 2 == 0):
            return i
    return end


def _inverted(token) -> bool:
    """ "…, ont déclaré les législateurs": a verb after a comma, its subject after it."""
    if token.lower_.endswith("ant"):
        return False
    i = token.i - 1
    while i >= 0 and token.doc[i].pos_ in ("AUX", "ADV"):
        i -= 1
    return i >= 0 and token.doc[i].text == "," and not any(
        c.dep_.startswith("nsubj") and c.i < token.i for c in token.children) and any(
        c.dep_ in ("nsubj", "obj") and c.i > token.i for c in token.children)


def _remaining_quotes(analysis: Analysis, quotes: list[Quote], done: set[Quote],
                      events: list[_Event]) -> None:
    """Partial quotes in reported speech, and quotations that go on (pass 4)."""
    text = analysis.text
    indirect = [e for e in events if e.kind == INDIRECT_SPEECH]
    pending = [q for q in quotes if q not in done]
    for q in pending:
        host = next((e for e in indirect if e.start <= q.start and q.end <= e.end), None)
        agent = _agent_for(analysis, q) if host is not None else None
        if agent is not None:  # "…, un chiffre jugé « fantaisiste » par un responsable de X"
            verb, ref, at = agent
            events.append(_Event(q.start, q.end, PARTIAL_QUOTE, verb, ref, at, (q.open, q.outer_end)))
            done.add(q)
        elif host is not None:
            events.append(_Event(q.start, q.end, PARTIAL_QUOTE, host.verb, host.ref, host.at, host.span))
            done.add(q)
    # Continuations: a sentence-like quotation right after an attributed one.
    changed = True
    while changed:
        changed = False
        directs = sorted((e for e in events if e.kind == DIRECT_QUOTE), key=lambda e: e.start)
        for q in pending:
            if q in done or _is_heading(text, q):
                continue
            sent_start, _ = _sentence(analysis, q.start)
            prev = next((e for e in reversed(directs) if e.tail and e.tail <= q.open), None)
            right_after = prev is not None and re.fullmatch(r"\s*[,:]\s*", text[prev.tail : q.open])
            if prev is not None and _attribution_rest(analysis, prev.tail, q.open):
                prev.tail = q.open  # "…», a-t-il expliqué à notre correspondante. « … »"
            if not right_after and not _is_sentence_like(analysis, q, min(sent_start, q.open)):
                continue  # "…», poursuit-elle, « mais avec … »" goes on whatever its form
            nxt = next((e for e in directs if e.start >= q.outer_end), None)
            source = None
            if prev is not None and _ONLY_PUNCT.fullmatch(text[prev.tail : q.open]):
                source = prev
            elif nxt is not None and _ONLY_PUNCT.fullmatch(text[q.outer_end : nxt.start]):
                source = nxt
            if source is not None:
                events.append(_Event(q.start, q.end, DIRECT_QUOTE, source.verb, source.ref, source.at,
                                     (q.open, q.outer_end), tail=q.outer_end))
                done.add(q)
                changed = True


_RELATIVE_SPEAKER = re.compile(r",\s*(?:pour|selon|d'après)\s+(?:qui|lequel|laquelle|lesquels|lesquelles)\b",
                               re.IGNORECASE)


def _narration_quotes(analysis: Analysis, quotes: list[Quote], done: set[Quote], events: list[_Event]) -> None:
    """Quoted words in narration, with no attribution of their own (pass 5).

    They are the words of:

    - the "selon X" / "selon elle" / "d'après X" of their sentence
      ("un budget conçu selon elle « dans l'urgence »");
    - the antecedent of "pour qui" ("le maire, pour qui la ville « n'a pas
      les moyens »");
    - the subject of the reporting verb that governs them, or that a
      participle governing them hangs from ("y voyant « un aveu d'échec »",
      "raillant par la voix de son porte-parole une opposition « en roue libre »");
    - the name after a headline quote and a colon ("« On ne lâchera rien » :
      la maire de Lille, Martine Aubry, …").
    """
    text = analysis.text
    quoted = [(q.open, q.outer_end) for q in quotes]
    for q in quotes:
        if q in done:
            continue
        sent_start, sent_end = _sentence(analysis, q.start)
        sent_start = min(sent_start, q.open)
        found = (_agent_for(analysis, q)
                 or _selon_for(analysis, q, sent_start, sent_end, quoted)
                 or _pour_for(analysis, q, sent_start)
                 or _relative_for(analysis, q, sent_start)
                 or _governor_for(analysis, q)
                 or _predicate_for(analysis, q))
        kind = PARTIAL_QUOTE
        if found is None:
            found = _headline_for(analysis, q)
            kind = DIRECT_QUOTE
        if found is None:
            continue
        verb, ref, at = found
        if kind == PARTIAL_QUOTE and _is_sentence_like(analysis, q, sent_start):
            kind = DIRECT_QUOTE
        relative = _RELATIVE_SPEAKER.match(text, at)
        if relative is not None:  # "le maire, pour qui la ville « n'a pas les moyens », …"
            clause_start, _ = _strip(text, relative.end(), q.open)
            stop = re.search(r"[,;.]", text[q.outer_end:sent_end])
            clause_end = q.outer_end + stop.start() if stop else sent_end
            if clause_start <= q.open:
                events.append(_Event(clause_start, clause_end, INDIRECT_SPEECH, None, ref, at,
                                     (at, clause_end)))
        events.append(_Event(q.start, q.end, kind, verb, ref, at, (q.open, q.outer_end), tail=q.outer_end))
        done.add(q)


def _agent_for(analysis: Analysis, q: Quote):
    """ "un chiffre jugé « fantaisiste » par un responsable de l'Alliance": the agent's words.

    A passive participle that governs the quotation and names its agent wins
    over a "selon X" elsewhere in the sentence.
    """
    span = analysis.doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    token = span.root.head
    for _ in range(3):
        if token.pos_ in ("VERB", "ADJ") and "Part" in token.morph.get("VerbForm"):
            agents = [c for c in token.children if c.dep_ == "obl:agent" and c.i > span.end]
            if agents and clauses.verbs.match(token, quote=True) is not None:
                ref = speakers.from_subject(analysis, agents[0])
                return (clauses.verbs.match(token, quote=True).canonical, ref, agents[0].idx) if ref else None
        if token.head is token:
            break
        token = token.head
    return None


def _selon_for(analysis: Analysis, q: Quote, sent_start: int, sent_end: int, quoted):
    text = analysis.text
    for m in attribution.SELON.finditer(text, sent_start, sent_end):
        if _inside(m.start(), quoted):
            continue
        a = attribution.selon_at(analysis, m.start(), sent_end)
        if a is None:
            continue
        between = text[a.end : q.open] if a.end <= q.open else text[q.outer_end : m.start()]
        if _words(between) > 12 or re.search(r"[.;]", between):
            continue
        ref = _ref(analysis, a)
        if ref is not None:
            return None, ref, m.start()
    return None


def _pour_for(analysis: Analysis, q: Quote, sent_start: int):
    """ "Pour lui, le déplacement sera « un vrai test »", "Pour le président X, … « … »"."""
    line_start, _ = _line(analysis.text, sent_start)
    start = max(sent_start, line_start)
    a = attribution.pour_at(analysis, start, q.open)
    if a is None or a.end > q.open:
        return None
    ref = _ref(analysis, a)
    return (None, ref, a.start) if ref is not None else None


def _predicate_for(analysis: Analysis, q: Quote):
    """ "Le ministère a « pris acte » de la décision": a quoted predicate is its subject's words."""
    span = analysis.doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    root = span.root
    if root.pos_ != "VERB" or root.dep_ not in ("ROOT", "conj") or "Part" not in root.morph.get("VerbForm") \
            and "Fin" not in root.morph.get("VerbForm"):
        return None
    subjects = [t for t in clauses.subjects_of(root) if not span.start <= t.i < span.end]
    if not subjects or clauses.is_negated(root):
        return None
    ref = speakers.from_subject(analysis, subjects[0])
    return (None, ref, subjects[0].idx) if ref is not None else None


def _relative_for(analysis: Analysis, q: Quote, sent_start: int):
    text = analysis.text
    for m in _RELATIVE_SPEAKER.finditer(text, sent_start, q.open):
        if _words(text[m.end() : q.open]) > 12:
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


def _governor_for(analysis: Analysis, q: Quote):
    """The reporting verb (or quote-only verb) that governs the quotation, and its subject.

    In a headline any verb will do: "Le Goff savoure « une réaction d'orgueil »".
    """
    line_start, line_end = _line(analysis.text, q.open)
    headline = not analysis.text[:line_start].strip() and not analysis.text[line_start:line_end].rstrip().endswith(".")
    span = analysis.doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    root = span.root
    token, steps = root.head, 0
    while token is not root and steps < 4:
        if token.pos_ in ("VERB", "AUX") or token.pos_ == "ADJ" and any(
                c.dep_.startswith("aux") for c in token.children):  # "s'est désolé", tagged ADJ
            verb = clauses.verbs.match(token, quote=True)
            if verb is None and not headline or clauses.is_negated(token):
                return None
            ref = _subject_ref(analysis, token)
            return (verb.canonical if verb else None, ref, token.idx) if ref is not None else None
        if token.head is token:
            break
        token, steps = token.head, steps + 1
    return None


def _headline_for(analysis: Analysis, q: Quote):
    """« … » : Name …, a quote opening a title line followed by its speaker."""
    text = analysis.text
    line_start, line_end = _line(text, q.open)
    if text[line_start : q.open].strip() or not _is_title_line(text, line_start, line_end):
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


def _is_title_line(text: str, start: int, end: int) -> bool:
    """A headline or subhead: the first line, or a line without a final full stop."""
    line = text[start:end].strip()
    return bool(line) and (not text[:start].strip() or not line.endswith((".", "…")))


def _attribution_rest(analysis: Analysis, start: int, end: int) -> bool:
    """The end of an attribution sentence: a few words naming nobody, then a full stop.

    "…», a-t-il expliqué à notre correspondante. « … »": the next quote goes on.
    """
    between = analysis.text[start:end]
    if not re.fullmatch(r"[^.!?«»“”\"\n]{0,80}[.!?]\s*", between) or _words(between) > 8:
        return False
    return not any(speakers.is_actor(analysis, m.entity) for m in analysis.mentions_in(start, end)) and not any(
        clauses.verbs.match(t) for t in analysis.doc.char_span(start, end, alignment_mode="contract") or ())


#: Words that may stand outside the marks of an object that is only a quotation:
#: "dénonce une « ingérence »", "qualifie la présence de « provocation »".
_FRAME_WORDS = frozenset(
    "un une des de d du le la les l à au aux en pour contre sa son ses leur leurs ce cet cette ces "
    "tout toute tous toutes".split())


def _only_quoted(analysis: Analysis, event: _Event, quotes: list[Quote]) -> bool:
    """True for a reported noun phrase that says nothing but the quotation it holds.

    "Téhéran dénonce une « ingérence »" is one PartialQuote: an IndirectSpeech
    « une « ingérence » » would repeat the same words (the corpus convention,
    tests/corpus-gold/dev/README.md). Content outside the marks ("la libération
    « immédiate » des détenus") keeps both.
    """
    if event.kind != INDIRECT_SPEECH:
        return False
    # quotes inside the content, or cut by it (a span that starts inside the marks)
    inside = [q for q in quotes if q.open < event.end and event.start < q.outer_end]
    if not inside:
        return False
    text, pieces, at = analysis.text, [], event.start
    for q in sorted(inside, key=lambda q: q.open):
        pieces.append(text[at:max(at, q.open)])
        at = max(at, q.outer_end)
    pieces.append(text[at:event.end])
    if not all(w.lower() in _FRAME_WORDS for w in _WORD.findall(" ".join(pieces))):
        return False
    for q in inside:  # "que « rien n'est joué »": a quoted clause is reported speech
        span = analysis.doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is not None and len(span) and span.root.pos_ in ("VERB", "AUX"):
            return False
    return True


def _inside(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= offset < b for a, b in spans)


def _covers_quote(start: int, end: int, spans: list[tuple[int, int]], whole: bool = False) -> bool:
    """True when ``[start, end)`` is (mostly) one of ``spans``."""
    for a, b in spans:
        overlap = min(end, b) - max(start, a)
        if overlap > 0 and (not whole or overlap >= 0.6 * (end - start)):
            return True
    return False


# Resolution and output ------------------------------------------------------------
def _resolve(analysis: Analysis, events: list[_Event]) -> None:
    """Give every event its speaker keys, resolving pronouns in text order."""
    history: list[Said] = []
    genders: dict[str, str] = speakers.person_genders(analysis)
    # The subject of reported content or of a speaker phrase ("Pour X, de l'Ifri,
    # l'OCS « reste … »") is what is talked about, not an antecedent for "a-t-il dit".
    subjects = [s for s in _subjects(analysis)
                if not any(min(e.start, e.at) <= s.at < e.end and e.at != s.at for e in events)]
    kinds = {e.key: e.kind for e in analysis.records.entities}
    for event in sorted(events, key=lambda e: (e.at, e.start)):
        while subjects and subjects[0].at < event.at:
            history.append(subjects.pop(0))
        ref = event.ref
        if ref is None:
            continue
        if ref.person_only:
            # "« … ? » a interrogé la présidente. « … », a répondu le prévenu": a reply is
            # someone else's than the words it answers
            skip = set(history[-1].keys) if event.verb in _REPLIES and history else set()
            event.keys = _last_person(analysis, event.at, ref, genders, skip) or speakers.resolve_pronoun(
                ref, history, genders, kinds)
        elif ref.pronoun:
            event.keys = speakers.resolve_pronoun(ref, history, genders, kinds)
            if len(event.keys) == 1 and ref.gender and not ref.plural:
                genders.setdefault(event.keys[0], ref.gender)
        else:
            event.keys = list(ref.keys)
            if len(ref.keys) == 1 and ref.gender:
                genders.setdefault(ref.keys[0], ref.gender)
        if event.keys and (not history or history[-1].at != event.at or history[-1].keys != event.keys):
            history.append(Said(event.at, event.keys, None if ref.pronoun else ref.gender))


_REPLIES = {"répondre", "rétorquer", "répliquer", "objecter"}


def _last_person(analysis: Analysis, at: int, ref, genders: dict[str, str], skip=frozenset()) -> list[str]:
    """The last person mentioned before ``at`` (outside quotes) whose gender fits ``ref``."""
    quoted = _quoted_spans(analysis.text)
    for m in reversed(analysis.mentions_in(max(0, at - 1500), at)):
        entity = analysis.entity(m.entity)
        if entity is None or entity.kind != PERSON or _inside(m.start, quoted) or m.entity in skip:
            continue
        if ref.gender and genders.get(m.entity) not in (None, ref.gender):
            continue
        return [m.entity]
    return []


def _subjects(analysis: Analysis) -> list[Said]:
    """Named subjects of every verb: antecedents for the pronouns of later statements.

    "Cette alliance inquiète Washington et Séoul, qui craignent … Ils appellent …"
    """
    found = []
    quoted = [(q.open, q.outer_end) for q in find_quotes(analysis.text)]
    for token in analysis.doc:
        if token.dep_ != "nsubj" or token.lower_ in speakers.PRONOUNS or token.head.pos_ not in ("VERB", "AUX") \
                and not any(c.dep_.startswith("aux") for c in token.head.children):
            continue
        if _inside(token.idx, quoted):
            continue  # « Ducasse a vingt ans », a-t-il lâché: not the one speaking
        if any(c.dep_ == "mark" and c.lower_ in ("que", "qu'") for c in token.head.children):
            continue  # "X a dit que l'Allemagne livrerait…": reported content, not a speaker
        ref = speakers.from_subject(analysis, token)
        if ref is not None and ref.keys:
            found.append(Said(token.idx, ref.keys, ref.gender if len(ref.keys) == 1 else None))
    return found


def _evidence(analysis: Analysis, start: int, end: int) -> str:
    first = _sentence(analysis, start)[0]
    last = _sentence(analysis, max(start, end - 1))[1]
    return " ".join(analysis.original(first, last).split())


def _about(analysis: Analysis, start: int, end: int) -> list[str]:
    keys: list[str] = []
    for m in analysis.mentions_in(start, end):
        if m.entity not in keys:
            keys.append(m.entity)
    return keys


def find_statements(analysis: Analysis) -> None:
    """Add a :class:`Statement` for every statement whose speaker the article names."""
    text = analysis.text
    quotes = find_quotes(text)
    events: list[_Event] = []
    used: set[int] = set()  # offsets of verbs and "selon" already attributing something
    done = _attributed_quotes(analysis, quotes, events, used)
    blocks = _block_quotes(analysis, quotes, events)
    quoted = [(q.open, q.outer_end) for q in quotes] + blocks
    direct = [(e.start, e.end) for e in events if e.kind == DIRECT_QUOTE]
    _selon_clauses(analysis, quoted, events, used)
    _pour_clauses(analysis, quoted, events, used)
    _inverted_clauses(analysis, quotes, events, used)
    _dependency_clauses(analysis, quoted, direct, events, used)
    _remaining_quotes(analysis, quotes, done, events)
    _narration_quotes(analysis, quotes, done, events)
    events = [e for e in events if not _only_quoted(analysis, e, quotes)]
    _resolve(analysis, events)
    seen = set()
    for e in sorted(events, key=lambda e: (e.start, e.end, e.kind)):
        role = e.ref.role if e.ref else None
        for key in e.keys:
            if (e.start, e.end, e.kind, key) in seen:
                continue
            seen.add((e.start, e.end, e.kind, key))
            analysis.records.statements.append(
                Statement(
                    start=e.start,
                    end=e.end,
                    speaker=key,
                    quote=analysis.original(e.start, e.end),
                    kind=e.kind,
                    evidence=_evidence(analysis, min(e.start, e.span[0]), max(e.end, e.span[1])),
                    verb=e.verb,
                    about=_about(analysis, e.start, e.end),
                    speaker_role=role,
                )
            )
