"""Find reported speech: who said what, in which words.

Passes over one article, each adding candidate statements ("events") whose
speaker may still be a pronoun:

1. quotations with an attribution next to them: after ("…», a déclaré X"),
   before ("X a déclaré : «…»", "Selon X, «…»"), or on a dash line under
   them ("– Lloyd Austin, secrétaire…"), unquoted block quotations
   signed by such a dash line, the answers of a question-and-answer
   interview, and dialogue lines opened by a dash ("— …, a réagi X");
2. "selon X" / "d'après X" and inverted reporting clauses without quotes
   ("…, ont annoncé jeudi des responsables américains");
3. reporting verbs of the dependency parse with their subject and content
   (indirect speech);
4. quotations inside reported speech (partial quotes), quotations that
   go on after an attributed one without a new attribution, and quotations
   inside a direct quote that name their own speaker ("comme l'a dit X, ‹…›").

Quoted names ("l'exercice « Bouclier de Narva »") are dropped: nobody said them.

Pronoun speakers are then resolved in text order, and a headline's quotation
takes the speaker of the same words in the body. A statement is only kept
with a speaker entity: ``nkg:speaker`` is never empty, so scare quotes and
quoted headings with nobody to say them are dropped.
"""
from __future__ import annotations

from ..analysis import Analysis
from ..records import DIRECT_QUOTE, INDIRECT_SPEECH, Statement
from .speech.attributed import attributed_quotes, block_quotes, dash_quotes
from .speech.events import Event
from .speech.headlines import headline_speakers
from .speech.names import is_quoted_name
from .speech.continuations import remaining_quotes
from .speech.dependency_clauses import dependency_clauses
from .speech.narration import narration_quotes
from .speech.narrative_infinitives import narrative_infinitives
from .speech.nested import nested_quotes
from .speech.only_quoted import only_quoted
from .speech.incises import spoken_quotes
from .speech.interviews import interview_answers
from .speech.inverted_clauses import inverted_clauses
from .speech.resolution import resolve
from .speech.source_clauses import pour_clauses, selon_clauses
from .speech.state_echoes import state_echoes
from .speech.spans import sentence_at
from .speech.speakers import subject_speakers_kept


def _evidence(analysis: Analysis, start: int, end: int) -> str:
    first = sentence_at(analysis, start)[0]
    last = sentence_at(analysis, max(start, end - 1))[1]
    return " ".join(analysis.original(first, last).split())


def _about(analysis: Analysis, start: int, end: int) -> list[str]:
    keys: list[str] = []
    for m in analysis.mentions_in(start, end):
        if m.entity not in keys:
            keys.append(m.entity)
    return keys


def find_statements(analysis: Analysis) -> None:
    """Add a :class:`Statement` for every statement whose speaker the article names."""
    with subject_speakers_kept(analysis):
        _find_statements(analysis)


def _find_statements(analysis: Analysis) -> None:
    text = analysis.text
    quotes = spoken_quotes(text)
    events: list[Event] = []
    used: set[int] = set()  # offsets of verbs and "selon" already attributing something
    interview = interview_answers(analysis, events, quotes)
    answered = set(interview)  # an interview's answer in quotation marks has its speaker already
    done = attributed_quotes(analysis, [q for q in quotes if (q.open, q.outer_end) not in answered], events, used)
    done |= {q for q in quotes if (q.open, q.outer_end) in answered}
    interview += dash_quotes(analysis, events, interview)
    blocks = block_quotes(analysis, quotes, events, interview)
    quoted = [(q.open, q.outer_end) for q in quotes] + blocks + interview
    direct = [(e.start, e.end) for e in events if e.kind == DIRECT_QUOTE]
    selon_clauses(analysis, quoted, events, used)
    pour_clauses(analysis, quoted, events, used)
    inverted_clauses(analysis, quotes, events, used)
    narrative_infinitives(analysis, quoted, events, used)
    dependency_clauses(analysis, quoted, direct, events, used)
    remaining_quotes(analysis, quotes, done, events)
    narration_quotes(analysis, quotes, done, events)
    nested_quotes(analysis, events)
    names = {(q.start, q.end) for q in quotes if is_quoted_name(text, q)}
    events = [e for e in events if not only_quoted(analysis, e, quotes)
              and not (e.kind != INDIRECT_SPEECH and (e.start, e.end) in names)]
    resolve(analysis, events)
    echoes = state_echoes(analysis, events)
    events = [e for e in events if e not in echoes]
    headline_speakers(analysis, [q for q in quotes if (q.start, q.end) not in names], events)
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
