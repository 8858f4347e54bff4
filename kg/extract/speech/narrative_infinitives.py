"""The narrative infinitive: "Et le général X d'ajouter que …" reports X's words (pass 2)."""
from __future__ import annotations

import re

from ...analysis import Analysis
from ...records import INDIRECT_SPEECH
from . import speakers, verbs
from .events import Event
from .spans import count_words, first_sentence_end, inside, line_at, strip_span


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
