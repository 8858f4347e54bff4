"""Reported speech without quotation marks (passes 2 and 3).

"Selon X, …", "Pour X, …", inverted clauses ("…, ont annoncé jeudi des
responsables américains") and reporting verbs of the dependency parse with
their subject and content; and the rule that drops a reported noun phrase
saying nothing but the quotation it holds.
"""
from __future__ import annotations

import re

from ...analysis import Analysis
from ...records import INDIRECT_SPEECH
from . import attribution, bounds, clauses, speakers, subjects, verbs
from .attribution import speaker_ref
from .content import content_of
from .events import Event
from .quotes import QUOTE_MARKS, Quote
from .spans import (GLUED_STOP, ONLY_PUNCT, WORD, count_words, covers_quote, dateline_end, first_sentence_end, inside,
                    lead_in_end, line_at, sentence_at, snap, strip_span, words_outside)
from .verb_speakers import subject_ref, verb_before


def selon_clauses(analysis: Analysis, quoted: list[tuple[int, int]], events: list[Event],
                   used: set[int]) -> None:
    """ "Selon X, …" / "…, selon X." / "qui, selon X, a …" (pass 2)."""
    text = analysis.text
    for m in attribution.SELON.finditer(text):
        if m.start() in used or inside(m.start(), quoted):
            continue
        sent_start, sent_end = sentence_at(analysis, m.start())
        for glued in GLUED_STOP.finditer(text, sent_start, m.start() + 2):  # "…jeudi.Selon la CGT, …": a
            sent_start = glued.end()  # sentence of its own the parser did not split
        a = attribution.selon_at(analysis, m.start(), sent_end)
        ref = speaker_ref(analysis, a) if a is not None else None
        if ref is None and (same := _SAME_SOURCE.match(text, m.end(), sent_end)):
            ref = _last_source(text, events, m.start())  # "Selon ces sources, …": the sources named before
            a = attribution.Attribution(None, m.start(), same.end(), m.end(), same.end()) if ref else None
        if a is None or ref is None:
            continue
        rest = text[a.end : sent_end]
        if ONLY_PUNCT.fullmatch(rest) or count_words(text[sent_start : m.start()]) >= 3 and (_describes_source(
                analysis, a.end, sent_end) or not _has_clause(analysis, a.end, sent_end, quoted)):
            # "…, selon X." / "…, selon X, qui cite …" / "…, selon X, au lendemain d'un discours …"
            start, end = dateline_end(text, sent_start), m.start()  # "ABIDJAN - Les bureaux …, selon X"
            for glued in GLUED_STOP.finditer(text, start, end):  # "…des populations.Plus de 40 000 …"
                start = glued.end()
            if (apposed := _QUOTED_APPOSITION.search(text, start, end)) is not None:
                start = apposed.start() + 1  # "le Kenya va envoyer 600 policiers, un « tournant » selon X"
            start = _after_quoted_sentence(text, lead_in_end(text, start, end, quoted), end, quoted)
            reported = verb_before(analysis, start, end)
            if reported is not None and attribution.relays_a_statement(analysis, m.start()):
                continue  # "Y a annoncé que …, selon un communiqué de X": Y's statement, which X only relays
            if reported is not None and (content := content_of(reported[0], reported[1])) is not None \
                    and start < content[0] < end:
                start = content[0]  # "Elle a rappelé que 9 200 personnes attendaient, selon le ministère"
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
            start = _after_description(analysis, start, end)
        lead = re.match(r"([^,]{1,25}),\s*", text[start:end])
        if lead and count_words(lead.group(1)) <= 3 and not analysis.mentions_in(start, start + lead.end()):
            start += lead.end()  # "Selon X, cette semaine, …"
        if count_words(text[start:end]) < 3 or covers_quote(start, end, quoted, whole=True) and \
                not _words_of_its_own(text, start, end, quoted):
            continue  # "Selon X, « … »" is a direct quote; "Selon elle, le texte « … »" reports a clause
        used.add(m.start())
        events.append(Event(start, end, INDIRECT_SPEECH, None, ref, m.start(), (start, a.end)))


def _after_quoted_sentence(text: str, start: int, end: int, quoted: list[tuple[int, int]]) -> int:
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


def _words_of_its_own(text: str, start: int, end: int, quoted: list[tuple[int, int]]) -> bool:
    """Content words outside the quotation marks: "le texte « sacrifie … »", not "c'est « une honte »"."""
    outside, at = [], start
    for a, b in sorted((a, b) for a, b in quoted if a < end and start < b):
        outside.append(text[at:max(at, a)])
        at = max(at, b)
    outside.append(text[at:end])
    return any(w.lower() not in _FRAME_WORDS and w.lower() not in _COPULA for w in WORD.findall(" ".join(outside)))


#: A phrase, a comma and a relative on it, up to the comma before a verb: "Paris, qui fournit …".
_SUBJECT_AND_RELATIVE = re.compile(r"([^,;:«»“”\"]{1,60}),\s*(?:qui|dont|lequel|laquelle|lesquels|lesquelles)\b"
                                   r"[^,;:«»“”\"]*", re.IGNORECASE)


def _subject_and_relative(analysis: Analysis, start: int, end: int) -> bool:
    """ "Paris, qui fournit 700 militaires," before "a annoncé": a noun phrase (no verb) and a
    relative on it, the subject of the verb after the comma rather than reported content."""
    m = _SUBJECT_AND_RELATIVE.fullmatch(analysis.text, start, end)
    if m is None:
        return False
    head = analysis.doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
    return head is not None and not any(t.pos_ in ("VERB", "AUX") for t in head)


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


_RELATIVE_AFTER = re.compile(r"\s*,\s*(?:qui|dont|où|lequel|laquelle|lesquels|lesquelles|(?:selon|pour)\s+qui)\b",
                             re.IGNORECASE)
_PARTICIPLE_AFTER = re.compile(r"\s*,\s*[^\W\d_]+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues)\s", re.IGNORECASE)
_APPOSITION_AFTER = re.compile(r"\s*,\s*(?:un|une|le|la|l'|les|des)\b", re.IGNORECASE)


def _describes_source(analysis: Analysis, start: int, end: int) -> bool:
    """True when what follows "selon X" only describes X: "…, selon RFI, qui cite un officier",
    "…, selon L'Observateur, un site d'information basé à Casablanca." (the content came before).
    """
    text = analysis.text
    if _RELATIVE_AFTER.match(text, start, end):
        return True
    participle = _PARTICIPLE_AFTER.match(text, start, end)  # "…, d'après l'état-major, installé à Larissa."
    if not _APPOSITION_AFTER.match(text, start, end) and not participle:
        return False
    span = analysis.doc.char_span(start, end, alignment_mode="contract")
    if span is None or any("Fin" in t.morph.get("VerbForm") for t in span):
        return False
    first = next((t for t in span if not t.is_punct), None)
    return not participle or first is not None and "Part" in first.morph.get("VerbForm")


def _after_description(analysis: Analysis, start: int, end: int) -> int:
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
    pronoun (see :func:`attribution.pour_at`).
    """
    text = analysis.text
    for sent in analysis.doc.sents:
        line_start, line_end = line_at(text, sent.start_char)
        start = max(sent.start_char, line_start)
        a = attribution.pour_at(analysis, start, min(sent.end_char, line_end))
        if a is None or a.start in used or inside(a.start, quoted):
            continue
        m = re.match(r"\s*,\s*", text[a.end : line_end])
        if not m:
            continue
        clause_start = a.end + m.end()
        clause_start = _after_description(analysis, clause_start, min(sent.end_char, line_end))
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


def inverted_clauses(analysis: Analysis, quotes: list[Quote], events: list[Event],
                      used: set[int]) -> None:
    """ "Près de 8 000 soldats…, ont annoncé jeudi des responsables américains." (pass 2)."""
    text = analysis.text
    quoted = [(q.open, q.outer_end) for q in quotes]
    for sent in analysis.doc.sents:
        for comma in re.finditer(",", sent.text):
            at = sent.start_char + comma.start()
            if inside(at, quoted) or text[at - 1 : at] in "»”\"›":
                continue
            _, line_end = line_at(text, at)
            end_limit = min(sent.end_char, line_end)
            a = attribution.inversion_at(analysis, at, end_limit)
            if a is None or a.start in used:
                continue
            relative = _RELATIVE_AFTER.match(text, a.end, end_limit) and not any(
                c in QUOTE_MARKS for c in text[a.start : a.end])
            if not ONLY_PUNCT.fullmatch(text[a.end : end_limit]) and not relative and not \
                    _AFTER_INVERSION.fullmatch(text, a.end, end_limit):
                continue  # "…, a indiqué la direction, qui chiffre …": a relative on the speaker may follow,
                # and where or when it was said ("…, a annoncé la ministre, X, lors d'une visite à Y")
            line_start, _ = line_at(text, at)
            start = max(sent.start_char, dateline_end(text, line_start))  # "SÉOUL, 18 août (AAP) — …"
            for glued in GLUED_STOP.finditer(text, start, at):  # "…environ 8.000.Parmi eux, …"
                start = glued.end()
            start = _after_quoted_sentence(text, lead_in_end(text, start, at, quoted), at, quoted)
            start, end = strip_span(text, start, at)
            if count_words(text[start:end]) < 3 or _subject_and_relative(analysis, start, end):
                continue  # "Paris, qui fournit 700 militaires, a annoncé l'envoi …": a subject, not content
            ref = speaker_ref(analysis, a)
            if ref is None:
                continue
            used.add(a.start)
            events.append(Event(start, end, INDIRECT_SPEECH, a.verb, ref, a.start, (start, a.end)))


#: What may follow "…, a-t-il précisé" or "…, a annoncé la ministre, X,": where or when, then the
#: end of the sentence or a clause that goes on ("…, a-t-il reconnu lors d'un point de presse, en
#: ajoutant que …", "…, a-t-il précisé, sans exclure …"), or a participle that goes on with the same
#: speaker ("…, a précisé X, y voyant « … »").
_AFTER_INVERSION = re.compile(
    r"\s*(?:,?\s*(?:lors|devant|dans|sur|à|au|aux|en\s+marge|depuis|mardi|lundi|mercredi|jeudi|vendredi|samedi|"
    r"dimanche|hier|jeudi|ce|cette)\b[^,.;!?«»\"]*)?\s*(?:[.!?…]?\s*|[,;]\s*(?:et|en|tout|avant|puis|mais|sans|(?:y\s+|s'|se\s+)?[^\W\d_]{2,}ant)\b.*)",
    re.IGNORECASE | re.DOTALL)


_NARRATIVE_INFINITIVE = re.compile(
    r"(?:^|(?<=[.!?…»]\s)|(?<=\n))[ \t]*Et\s+(?P<who>[^.;:!?«»“”\"\n]{2,140}?)\s+d(?:e\s+|')"
    r"(?P<verb>[^\W\d_]+(?:er|ir|re))\b(?:\s+(?:que\b|qu'))?", re.MULTILINE)


def narrative_infinitives(analysis: Analysis, quoted: list[tuple[int, int]], events: list[Event],
                          used: set[int]) -> None:
    """ "Et le général Dogo d'ajouter que …", "Et le représentant de l'État de souligner …" (pass 2).

    The narrative infinitive of French journalism: "Et" opens the sentence, the
    speaker comes next, "de" + a reporting verb's infinitive, then what was said.
    The parser reads it as a noun phrase; the speaker is the phrase after "Et".
    """
    text = analysis.text
    for m in _NARRATIVE_INFINITIVE.finditer(text):
        lemma = verbs.form_lemma(m.group("verb"))
        entries = [v for v in verbs.load_verbs()[0].get(lemma, ()) if not v.quote_only and not v.words]
        if not entries or inside(m.start("who"), quoted) or m.start("verb") in used:
            continue
        ref = speakers.from_span(analysis, m.start("who"), m.end("who"))
        if ref is None:
            continue
        _, line_end = line_at(text, m.end())
        start = m.end()
        end = first_sentence_end(text, start, min(line_end, analysis.sentence_at(start).end_char))
        start, end = strip_span(text, start, end)
        while end > start and text[end - 1] in ".;:,":
            end -= 1
        if count_words(text[start:end]) < 2:
            continue
        used.add(m.start("verb"))
        events.append(Event(start, end, INDIRECT_SPEECH, entries[0].canonical, ref, m.start("verb"),
                            (m.start("who"), end)))


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
    if _AFTER_QUE.search(text, max(0, start - 6), start):
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
    if token.lower_.endswith("ant"):
        return False
    return clauses.after_comma(token) and not any(
        c.i < token.i for c in subjects.subjects_of(token)) and any(
        c.dep_ in ("nsubj", "obj") and c.i > token.i for c in token.children)


#: Words that may stand outside the marks of an object that is only a quotation:
#: "dénonce une « ingérence »", "qualifie la présence de « provocation »".
_FRAME_WORDS = frozenset(
    "un une des de d du le la les l à au aux en pour contre sa son ses leur leurs ce cet cette ces "
    "tout toute tous toutes".split())


_AFTER_QUE = re.compile(r"\bqu(?:e\s+|')\s*$", re.IGNORECASE)


def _verbal(root) -> bool:
    """A quoted verb that makes the quotation a clause or an infinitive ("« rien n'est joué »",
    "de « tout reprendre »"); a participle alone is an attribute, like an adjective ("s'est dite
    « profondément préoccupée »")."""
    if root.pos_ not in ("VERB", "AUX"):
        return False
    return "Part" not in root.morph.get("VerbForm") or any(c.dep_.startswith("aux") for c in root.children)


def only_quoted(analysis: Analysis, event: Event, quotes: list[Quote]) -> bool:
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
    if not all(w.lower() in _FRAME_WORDS for w in WORD.findall(" ".join(pieces))):
        return False
    for q in inside:  # "que « rien n'est joué »": a quoted clause is reported speech
        span = analysis.doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is not None and len(span) and (_verbal(span.root) or _AFTER_QUE.search(
                text, max(0, event.start - 6), event.start) and any(
                t.pos_ == "AUX" and "Fin" in t.morph.get("VerbForm") for t in span)):
            return False  # "que « la situation est sous contrôle »": a copula makes it a clause too
    return True
