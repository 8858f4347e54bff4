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

Newspapers also print the question as a plain paragraph (bold on the page)
and the answer under it: opened by a dash ("— Nous sommes environ 120."),
wholly in quotation marks, after "Q :" / "R :" labels, or as a plain
paragraph when the lead says the article is an interview
(:func:`prompted_answers`). There too the questions are left to the other
passes: "Maputo affirme que … Est-ce réaliste ?" reports Maputo's words.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ...analysis import Analysis
from ...records import DIRECT_QUOTE, PERSON
from ..initials import are_initials, initials as _initials, name_initials as _name_initials
from . import inversions
from .events import Event, SpeakerRef
from .quotes import Quote
from .roles import only_titles
from .spans import ONLY_PUNCT, line_at, strip_span

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


#: "Entretien avec le général X", "Trois questions à X", "interview exclusive de X": the phrase
#: presenting the person interviewed, right before their name.
_PRESENTED_AFTER = re.compile(r"\b(?:entretien|interview|entrevue|rencontre|questions?)(?:\s+exclusi(?:f|ve))?"
                              r"\s+(?:avec|à|de|d['’])\s*[^.!?\n«»“”\"]{0,80}$", re.IGNORECASE)
#: "X, directrice du port, répond à nos questions", "X a répondu à nos questions".
_PRESENTED_BEFORE = re.compile(r"(?:\s*,[^.!?\n«»“”\"]{1,80},)?\s*(?:nous\s+)?(?:a\s+)?r[ée]pond(?:u)?\b",
                               re.IGNORECASE)


def _interviewee(analysis: Analysis, before: int) -> str | None:
    """The person the headline or lead presents as interviewed ("entretien avec X", "questions
    à X", "X répond à nos questions"), else the person the headline names, else the first person
    named before ``before`` (the interviewer's credit, "Propos recueillis par X", is page chrome:
    kg/data/chrome.txt blanks it, so its name is no mention)."""
    text = analysis.text
    headline_end = line_at(text, 0)[1]
    persons = [m for m in analysis.mentions_in(0, before) if analysis.entity(m.entity).kind == PERSON]
    for m in persons:
        line_start, line_end = line_at(text, m.start)
        cue = _PRESENTED_AFTER.search(text, line_start, m.start)
        if cue is not None and not any(p.start >= cue.start() and p.end <= m.start for p in persons) or \
                _PRESENTED_BEFORE.match(text, m.end, line_end):
            return m.entity
    in_headline = [m for m in persons if m.start < headline_end]
    chosen = (in_headline or persons)[:1]
    return chosen[0].entity if chosen else None


def interview_answers(analysis: Analysis, events: list[Event], quotes: list[Quote]) -> list[tuple[int, int]]:
    """Add each answer of a question-and-answer interview as the interviewee's direct quote
    (dash paragraphs, paragraphs opened by a speaker's label: :func:`labelled_answers`, or
    answers under a plain question paragraph: :func:`prompted_answers`); returns the spans of
    the questions and answers (no other pass reads them; a quoted answer's span is its marks')."""
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
    labelled = labelled_answers(analysis, events)
    prompted = prompted_answers(analysis, events, quotes, covered + labelled)
    if prompted and not labelled:
        # "RFI : … ?" / "Moussa Kaya : …" opens a radio interview whose later answers are plain:
        # in an interview, one labelled answer is enough
        labelled = labelled_answers(analysis, events, minimum=1)
    return covered + labelled + prompted


#: A paragraph opened by a speaker's label: "Jérôme Dumas : …", "J. D. : …", "Général Dumas : …",
#: or the name then a dash ("Véronique Lenoir – Il faut …", reviews and several interviewees).
_LABELLED = re.compile(r"^[ \t]*(?P<label>[^\n:?!«»“”\"–—]{1,60}?)[ \t]*(?::|[ \t][–—])[ \t]+(?P<body>\S[^\n]*?)[ \t]*$",
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


def labelled_answers(analysis: Analysis, events: list[Event],
                     minimum: int = _MIN_QUESTIONS) -> list[tuple[int, int]]:
    """Add each answer opened by a speaker's label after a question line as that person's
    direct quote (verb null); returns the spans of the answers (no other pass reads them).

    At least two answers must follow a question: one "Paris : …" line after a
    question is no interview (``minimum`` is 1 in an article found to be one). A
    question may end on suspension points, a prompt left open ("Le ministère évoque pourtant des retards…"), or be followed by a
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
        # after a question, or after another answer to it (several people interviewed)
        after_answer = bool(answers) and answers[-1][0].end() == len(before)
        if not (_prompt_before(before) or after_answer) or m.start() == 0:
            continue
        who = _label_person(analysis, m.start("label"), m.end("label"), labelled)
        if who is None:
            continue
        labelled.setdefault(_name_initials(analysis.entity(who).label), who)
        answers.append((m, who))
    if len(answers) < minimum:
        return []
    covered = []
    for m, who in answers:
        start, end = strip_span(text, m.start("body"), m.end("body"))
        events.append(Event(start, end, DIRECT_QUOTE, None, SpeakerRef(keys=[who]), m.start("label"),
                            (m.start(), end), tail=end))
        covered.append((m.start(), end))
    return covered


#: "Q :", "Question :", "R :", "Réponse :" opening a paragraph of a printed interview.
_Q_LABEL = re.compile(r"(?:Q|Question)[ \t]*[:.–—-][ \t]*(?=\S)", re.IGNORECASE)
_R_LABEL = re.compile(r"(?:R|Réponse|Reponse)[ \t]*[:.–—-][ \t]*(?=\S)", re.IGNORECASE)
_DASH_OPEN = re.compile(r"[–—―][ \t]*(?=\S)")
#: A word addressing the person asked, and a word of the one answering.
_SECOND_PERSON = re.compile(r"(?<![\w-])(?:vous|votre|vos)\b|-vous\b", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"(?<![\w-])(?:je|j['’]|nous|me|m['’]|moi|mon|ma|mes|notre|nos)(?=[\s'’,.!?;:])",
                           re.IGNORECASE)


@lru_cache(maxsize=1)
def interview_cues() -> tuple[str, ...]:
    """Phrases of ``kg/data/interview_cues.txt`` ("entretien", "propos recueillis"…)."""
    from ...gazetteer import read_table

    return tuple(row[0] for row in read_table("interview_cues.txt"))


def _says_interview(text: str) -> bool:
    """Whether ``text`` (a headline, a lead, a credit line) says the article is an interview."""
    folded = text.lower().replace("’", "'")
    return any(re.search(r"(?<!\w)" + re.escape(cue) + r"(?!\w)", folded) for cue in interview_cues())


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """The non-blank lines of ``text`` (a blanked credit or "À lire aussi" line is none)."""
    return [strip_span(text, m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]


def _is_prompt(line: str) -> bool:
    """A question paragraph: it ends on a question mark or suspension points, asks its
    question then adds a sentence of context, or is labelled "Q :"."""
    return _prompt_before(line) or _Q_LABEL.match(line) is not None


def _whole_quote(text: str, start: int, end: int, quotes: list[Quote]) -> Quote | None:
    """The quotation filling the paragraph ``[start, end)`` (it may run over the next
    paragraphs), with nothing but punctuation after it."""
    for q in quotes:
        if q.open == start and q.closed:
            _, last_end = line_at(text, q.close)
            if ONLY_PUNCT.fullmatch(text[q.outer_end:last_end]):
                return q
    return None


def prompted_answers(analysis: Analysis, events: list[Event], quotes: list[Quote],
                     taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Add each answer printed under a plain question paragraph as the interviewee's direct
    quote (verb null), for the layouts of which the article holds at least two answers:

    - the answer opened by a dash ("Combien êtes-vous ?" then "— Environ 120.");
    - the answer wholly in quotation marks, one or several paragraphs;
    - the question and its quoted answer in one paragraph ("– Allez-vous le remplacer ? « … »");
    - "Q : …" then "R : …";
    - a plain paragraph, in an article whose headline or lead says it is an interview
      (:func:`interview_cues`), where some question says "vous" and most answers speak in
      the first person; the paragraphs up to the next question are the same answer.

    The headline is never a question here. Returns the spans of the answers."""
    text = analysis.text
    paragraphs = [p for p in _paragraphs(text) if not any(a <= p[0] < b for a, b in taken)]
    headline_end = line_at(text, 0)[1]
    # per layout: (words start, words end, outer start, outer end, the question)
    layouts: dict[str, list[tuple[int, int, int, int, str]]] = {
        "dash": [], "quoted": [], "inline": [], "labelled": [], "plain": []}
    first_prompt = None
    for p_start, p_end in paragraphs:
        if p_start >= headline_end and (m := _INLINE_QUESTION.match(text, p_start, p_end)) is not None:
            q = next((q for q in quotes if q.open == m.end() and q.closed), None)
            if q is not None and q.close < p_end and ONLY_PUNCT.fullmatch(text[q.outer_end:p_end]):
                layouts["inline"].append((q.start, q.end, q.open, q.outer_end, m.group("question")))
                first_prompt = p_start if first_prompt is None else first_prompt
    i = 1
    while i < len(paragraphs):
        (p_start, p_end), (a_start, a_end) = paragraphs[i - 1], paragraphs[i]
        prompt = text[p_start:p_end]
        i += 1
        if p_start < headline_end or not _is_prompt(prompt) or _is_prompt(text[a_start:a_end]):
            continue
        first_prompt = p_start if first_prompt is None else min(first_prompt, p_start)
        if _Q_LABEL.match(prompt) and (m := _R_LABEL.match(text, a_start, a_end)):
            layouts["labelled"].append((m.end(), a_end, m.end(), a_end, prompt))
        elif (m := _DASH_OPEN.match(text, a_start, a_end)) and not _DASH_OPEN.match(prompt):
            if not _signed_inside(analysis, m.end(), a_end):  # a vox pop's "— …, estime Marie, 45 ans."
                layouts["dash"].append((m.end(), a_end, a_start, a_end, prompt))
        elif (q := _whole_quote(text, a_start, a_end, quotes)) is not None:
            if _whole_quote(text, p_start, p_end, quotes) is None:
                layouts["quoted"].append((q.start, q.end, q.open, q.outer_end, prompt))
                while i < len(paragraphs) and paragraphs[i][0] < q.outer_end:
                    i += 1  # the quotation's next paragraphs
        elif not _LABELLED.match(text, a_start, a_end):
            # a plain answer goes on to the next question
            end = a_end
            while i < len(paragraphs) and not _is_prompt(text[paragraphs[i][0]:paragraphs[i][1]]):
                end = paragraphs[i][1]
                i += 1
            layouts["plain"].append((a_start, end, a_start, end, prompt))
    if first_prompt is None:
        return []
    if not _says_interview(analysis.original(0, first_prompt)):
        layouts["plain"] = []
    answers = [a for name, found in layouts.items() if len(found) >= _MIN_QUESTIONS
               and _addressed(text, found, name) for a in found]
    if not answers:
        return []
    who = _interviewee(analysis, first_prompt)
    if who is None:
        return []
    covered = []
    for start, end, outer_start, outer_end, _ in sorted(answers):
        events.append(Event(start, end, DIRECT_QUOTE, None, SpeakerRef(keys=[who]), outer_start,
                            (outer_start, outer_end), tail=outer_end))
        covered.append((outer_start, outer_end))
    return covered


def _signed_inside(analysis: Analysis, start: int, end: int) -> bool:
    """The dash line ``[start, end)`` names its own speaker after a comma ("— C'est injuste,
    estime Marie, 45 ans."): someone answering a vox pop, not the interviewee."""
    return any(inversions.inversion_at(analysis, start + c.start(), end) is not None
               for c in re.finditer(",", analysis.text[start:end]))


#: A paragraph opening on a question (after an optional dash) that a quotation follows.
_INLINE_QUESTION = re.compile(r"(?:[–—―-][ \t]*)?(?P<question>[^\n«»“”\"?]{3,300}\?)[ \t]*(?=[«“\"])")


def _addressed(text: str, answers: list[tuple[int, int, int, int, str]], layout: str) -> bool:
    """Whether questions and answers read as a conversation: a question says "vous" or most
    answers speak in the first person ("Qui mène la liste ?" / "— Nathalie X, maire sortante."
    is a list of facts). Plain answers (nothing on the page marks them) need both; quoted ones
    a question saying "vous" (a narrative's "Que faire ? « Il faut agir »" quotes in the
    first person too)."""
    addressed = _SECOND_PERSON.search("\n".join(a[4] for a in answers)) is not None
    first_person = 2 * sum(bool(_FIRST_PERSON.search(text[a[0]:a[1]])) for a in answers) >= len(answers)
    if layout == "plain":
        return addressed and first_person
    return addressed if layout in ("quoted", "inline") else addressed or first_person
