"""Interviews in questions and answers: each answer is the interviewee's direct quote.

French outlets print interviews ("Propos recueillis par …", "ENTRETIEN") as
dash paragraphs that alternate between the journalist's question and the
answer, with no quotation marks and no reporting verb:

    — La BCE a-t-elle eu raison de baisser ses taux ?
    — Oui, sans hésitation. L'inflation est revenue sous les 2 %.

The person interviewed is the one the headline names ("Name : « … »"), else
the first person the lead names outside the byline. Questions are nobody's
statement; a question line is never a signature either (see
:func:`.signatures.dash_line_after`).

Magazines print the other common layout: questions as plain lines ending on
"?", each answer opened by its speaker's label, the name the first time and
the initials after ("Jérôme Dumas : Nous sommes prêts." … "J. D. : Oui."). The
label says who answers (several people may be interviewed); a question there
may still report someone's words, so only the answers are taken.
"""
from __future__ import annotations

import re

from ...analysis import Analysis
from ...records import DIRECT_QUOTE, PERSON
from ..initials import are_initials, initials as _initials, name_initials as _name_initials
from .events import Event, SpeakerRef
from .roles import only_titles
from .spans import line_at, strip_span

#: A paragraph opened by a dialogue dash.
_DASH_PARAGRAPH = re.compile(r"^[ \t]*[–—―][ \t]*(?P<body>\S[^\n]*?)[ \t]*$", re.MULTILINE)
#: At least this many questions make a run of dash paragraphs an interview.
_MIN_QUESTIONS = 2


def _runs(text: str) -> list[list[re.Match]]:
    """Consecutive dash paragraphs (only blank space between them)."""
    runs: list[list[re.Match]] = []
    for m in _DASH_PARAGRAPH.finditer(text):
        if runs and not text[runs[-1][-1].end():m.start()].strip():
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


def _questions_and_answers(run: list[re.Match]) -> tuple[list[re.Match], list[re.Match]]:
    """Alternate question / answer from the first question of the run (a question may end on
    "…" rather than "?": "— Certains membres s'y opposaient…")."""
    first = next((i for i, m in enumerate(run) if m.group("body").endswith("?")), None)
    if first is None:
        return [], []
    questions = run[first::2]
    answers = run[first + 1::2]
    if sum(m.group("body").endswith("?") for m in questions) < _MIN_QUESTIONS or not answers:
        return [], []
    return questions, answers


def _interviewee(analysis: Analysis, before: int) -> str | None:
    """The person the headline names, else the first person named before ``before``
    (the interviewer's credit, "Propos recueillis par X", is page chrome: kg/data/chrome.txt
    blanks it, so its name is no mention)."""
    text = analysis.text
    headline_end = line_at(text, 0)[1]
    persons = [m for m in analysis.mentions_in(0, before) if analysis.entity(m.entity).kind == PERSON]
    in_headline = [m for m in persons if m.start < headline_end]
    chosen = (in_headline or persons)[:1]
    return chosen[0].entity if chosen else None


def interview_answers(analysis: Analysis, events: list[Event]) -> list[tuple[int, int]]:
    """Add each answer of a question-and-answer interview as the interviewee's direct quote
    (dash paragraphs, or paragraphs opened by a speaker's label: :func:`labelled_answers`);
    returns the spans of the questions and answers (no other pass reads them)."""
    text = analysis.text
    covered: list[tuple[int, int]] = []
    for run in _runs(text):
        questions, answers = _questions_and_answers(run)
        if not answers:
            continue
        who = _interviewee(analysis, questions[0].start())
        covered.extend((m.start(), m.end()) for m in run)
        if who is None:
            continue
        for m in answers:
            start, end = m.start("body"), m.end("body")
            events.append(Event(start, end, DIRECT_QUOTE, None, SpeakerRef(keys=[who]), start,
                                (m.start(), end), tail=end))
    return covered + labelled_answers(analysis, events)


#: A paragraph opened by a speaker's label: "Jérôme Dumas : …", "J. D. : …", "Général Dumas : …".
_LABELLED = re.compile(r"^[ \t]*(?P<label>[^\n:?!«»“”\"]{1,60}?)[ \t]*:[ \t]+(?P<body>\S[^\n]*?)[ \t]*$",
                       re.MULTILINE)
def _label_person(analysis: Analysis, start: int, end: int, labelled: dict[str, str]) -> str | None:
    """The person a label names: a person's mention filling it (a title may precede the name:
    "Général Jérôme Dumas"), or initials of a person labelled before or named in the headline."""
    text = analysis.text
    if are_initials(text[start:end]):
        initials = _initials(text[start:end])
        if initials in labelled:
            return labelled[initials]
        # "A.-L. V. :" when the headline's name was not read as a person: the one person named
        # before with those initials (the lead presents the interviewee)
        named = {m.entity for m in analysis.mentions_in(0, start)
                 if analysis.entity(m.entity).kind == PERSON and not are_initials(m.text)
                 and _name_initials(analysis.entity(m.entity).label) == initials}
        return named.pop() if len(named) == 1 else None
    found = [m for m in analysis.mentions_in(start, end) if analysis.entity(m.entity).kind == PERSON]
    if len(found) != 1 or found[0].end != end:
        return None
    return found[0].entity if only_titles(text[start:found[0].start]) else None


#: A question inside a prompt, then a sentence setting it ("Et la sécurité ? On a vu des pillages.").
_QUESTION_THEN_SENTENCE = re.compile(r"\?[ \t]+[A-ZÀ-Ý][^\n?«»“”\"]*[.…]$")


def _prompt_before(before: str) -> bool:
    """The paragraph before an answer is an interviewer's prompt: it ends on a question
    mark or suspension points, or asks its question then adds a sentence of context."""
    return before.endswith(("?", "…", "...")) or _QUESTION_THEN_SENTENCE.search(
        before[before.rfind("\n") + 1:]) is not None


def labelled_answers(analysis: Analysis, events: list[Event]) -> list[tuple[int, int]]:
    """Add each answer opened by a speaker's label after a question line as that person's
    direct quote (verb null); returns the spans of the answers (no other pass reads them).

    At least two answers must follow a question: one "Paris : …" line after a
    question is no interview. A question may end on suspension points, a prompt
    left open ("Le ministère évoque pourtant des retards…"), or be followed by a
    sentence of context ("Et la sécurité ? On a vu des pillages.").
    """
    text = analysis.text
    headline_end = line_at(text, 0)[1]
    labelled: dict[str, str] = {}
    for m in analysis.mentions_in(0, headline_end):
        if analysis.entity(m.entity).kind == PERSON:
            labelled.setdefault(_name_initials(analysis.entity(m.entity).label), m.entity)
    answers = []
    for m in _LABELLED.finditer(text):
        before = text[:m.start()].rstrip()
        if not _prompt_before(before) or m.start() == 0:
            continue
        who = _label_person(analysis, m.start("label"), m.end("label"), labelled)
        if who is None:
            continue
        labelled.setdefault(_name_initials(analysis.entity(who).label), who)
        answers.append((m, who))
    if len(answers) < _MIN_QUESTIONS:
        return []
    covered = []
    for m, who in answers:
        start, end = strip_span(text, m.start("body"), m.end("body"))
        events.append(Event(start, end, DIRECT_QUOTE, None, SpeakerRef(keys=[who]), m.start("label"),
                            (m.start(), end), tail=end))
        covered.append((m.start(), end))
    return covered
