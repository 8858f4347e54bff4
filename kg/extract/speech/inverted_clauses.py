"""Reported speech with the attribution after it: "…, ont annoncé jeudi des responsables américains" (pass 2)."""
from __future__ import annotations

import re

from ...analysis import Analysis
from ...records import INDIRECT_SPEECH
from . import inversions
from .attribution import speaker_ref
from .events import Event
from .quotes import QUOTE_MARKS, Quote
from .source_clauses import RELATIVE_AFTER, after_quoted_sentence
from .spans import GLUED_STOP, ONLY_PUNCT, count_words, dateline_end, inside, lead_in_end, line_at, strip_span


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


def inverted_clauses(analysis: Analysis, quotes: list[Quote], events: list[Event],
                      used: set[int]) -> None:
    """ "Près de 8 000 soldats…, ont annoncé jeudi des responsables américains." (pass 2)."""
    text = analysis.text
    quoted = [(q.open, q.outer_end) for q in quotes]
    for sent in analysis.doc.sents:
        for comma in re.finditer(",", text[sent.start_char:sent.end_char]):  # sent.text joins its tokens
            at = sent.start_char + comma.start()
            if inside(at, quoted) or text[at - 1 : at] in "»”\"›":
                continue
            _, line_end = line_at(text, at)
            end_limit = min(sent.end_char, line_end)
            a = inversions.inversion_at(analysis, at, end_limit)
            if a is None or a.start in used:
                continue
            relative = RELATIVE_AFTER.match(text, a.end, end_limit) and not any(
                c in QUOTE_MARKS for c in text[a.start : a.end])
            if not ONLY_PUNCT.fullmatch(text[a.end : end_limit]) and not relative and not \
                    _AFTER_INVERSION.fullmatch(text, a.end, end_limit):
                continue  # "…, a indiqué la direction, qui chiffre …": a relative on the speaker may follow,
                # and where or when it was said ("…, a annoncé la ministre, X, lors d'une visite à Y")
            line_start, _ = line_at(text, at)
            start = max(sent.start_char, dateline_end(text, line_start))  # "SÉOUL, 18 août (AAP) — …"
            for glued in GLUED_STOP.finditer(text, start, at):  # "…environ 8.000.Parmi eux, …"
                start = glued.end()
            start = after_quoted_sentence(text, lead_in_end(text, start, at, quoted), at, quoted)
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
