"""What the troops do and when: the status of a figure (cues of
``kg/data/deployment_cues.txt`` on the verb that governs the troop noun win
over cues elsewhere in the sentence), the mode of its sentence (exercise,
rotation, reinforcement) and its date."""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from ...analysis import Analysis
from ...dates import find_dates, resolve_date
from ...records import MODES
from .cues import cues
from .figures import Figure
from .sentences import token_at
from .tree import clause

# Statuses a cue gives only when it governs the troop noun.
_GOVERNED_ONLY = ("Planned", "Expected", "Withdrawn")


def _phrase_cues(analysis: Analysis, tokens: list[Token]) -> list[tuple[int, str]]:
    """(offset, status) of the multi-word status cues inside ``tokens``."""
    if not tokens:
        return []
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t) for t in tokens)
    text = analysis.text[start:end].lower()
    inside = {t.idx for t in tokens}
    found = []
    for phrase, pattern, status in _status_phrases():
        if phrase not in text:  # a substring test spares the regex most phrases
            continue
        for m in pattern.finditer(text):
            if start + m.start() in inside:  # the clause may have holes (a coordinated clause)
                found.append((start + m.start(), status))
    return found


@lru_cache(maxsize=1)
def _status_phrases() -> tuple[tuple[str, re.Pattern, str], ...]:
    """(phrase, its whole-word pattern, status) of each multi-word status cue, compiled once."""
    return tuple((phrase, re.compile(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)"), status)
                 for phrase, status in cues().status_phrases)


def status(analysis: Analysis, figure: Figure, seg, chain, located: bool, skip=()) -> str | None:
    """The status of ``figure``: a cue on its chain of heads, a modal or future
    (Expected), else the nearest cue of the sentence, else Deployed for troops
    placed somewhere by no verb (``located``); statuses in ``skip`` are ignored."""
    c = cues()
    governing: list[str] = []
    expected = False
    for token in chain:
        found = c.status_of(token)
        if found and (figure.noun is None or token.i != figure.noun.i) and found not in skip:
            governing.append(found)
        if token.pos_ in ("VERB", "AUX"):
            for t in [token, *token.children]:
                if t.dep_.startswith("aux") or t.i == token.i:
                    mood, tense = t.morph.get("Mood"), t.morph.get("Tense")
                    if c.has("modal", t) and ("Cnd" in mood or "Fut" in tense):
                        expected = True
                    elif t.pos_ == "VERB" and "Fut" in tense:
                        expected = True
            if c.has("modal", token):
                expected = True
    verbs = [t for t in chain if t.pos_ in ("VERB", "AUX")]
    if verbs:
        for offset, found in _phrase_cues(analysis, clause(verbs[0], seg)):
            if found == "Expected":
                expected = True
            elif found not in skip:
                governing.append(found)
    for found in ("Withdrawn", "Planned"):
        if found in governing and found not in skip:
            return found
    if expected and "Expected" not in skip:
        return "Expected"
    if governing:
        return governing[0]
    # No cue governs the noun: the nearest cue in the sentence, else presence.
    anchor = chain[0].i
    best = None
    tokens = analysis.tokens_in(*seg)
    for token in tokens:
        found = c.status_of(token)
        if found and found not in skip and found not in _GOVERNED_ONLY:
            distance = abs(token.i - anchor)
            if best is None or distance < best[0]:
                best = (distance, found)
    for offset, found in _phrase_cues(analysis, tokens):
        if found not in skip and found not in _GOVERNED_ONLY:
            token = token_at(analysis, offset)
            distance = abs(token.i - anchor) if token is not None else 99
            if best is None or distance < best[0]:
                best = (distance, found)
    if best is not None:
        return best[1]
    # "Près de 10 000 soldats déjà en Russie": troops placed somewhere by no verb are there.
    verbless = not any(t.pos_ == "VERB" and t.lemma_ != "être" for t in chain)
    return "Deployed" if located and verbless else None


def says_withdrawn(analysis: Analysis, seg) -> bool:
    """Whether a word of the sentence says troops left (by its lemma)."""
    words = cues().status_words
    return any(words.get(t.lemma_.lower()) == "Withdrawn" for t in analysis.tokens_in(*seg))


def mode(analysis: Analysis, seg) -> str | None:
    """Exercise, Rotation or Reinforcement, from the cues of the figure's sentence."""
    c = cues()
    tokens = analysis.tokens_in(*seg)
    sentence = analysis.text[seg[0]:seg[1]].lower()
    for found in MODES:
        if c.in_sentence(found.lower(), tokens, sentence):
            return found
    return None


def date(analysis: Analysis, seg):
    """The date phrase of the sentence, not a deadline ("d'ici décembre"),
    resolved against a known article date or a year in the phrase."""
    deadlines = cues().all_of("deadline")
    text = analysis.text
    for phrase in find_dates(text[seg[0]: seg[1]]):
        before = text[max(seg[0], seg[0] + phrase.start - 14): seg[0] + phrase.start].lower()
        if any(re.search(r"(?<![\w'])" + re.escape(d) + r"\s*$", before) for d in deadlines):
            continue
        day = resolve_date(phrase.text, analysis.article.date)
        if day is not None:
            return day
    return None
