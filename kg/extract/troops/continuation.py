"""A sentence that carries on the previous one's claim: "De ce montant",
"Parmi eux"…, or the figure itself opening the sentence right after one that
announced a sending without a figure. It inherits that claim's claimant,
countries, status and date."""
from __future__ import annotations

from dataclasses import dataclass, replace

from ...analysis import Analysis
from ...numbers import EXACT, Amount
from ...records import INDIRECT_SPEECH
from .claimant import claimant
from .cues import cue_regexes, cues, troop_nouns, troop_word
from .figures import Figure
from .origin import origin
from .sentences import paragraph_start, previous_segment
from .status import date, status
from .tree import head_chain


@dataclass
class Context:
    """What a sentence says about a claim, for the sentence after it."""

    claimant: str | None = None
    attributed: bool = False
    origin: str | None = None
    destination: str | None = None
    status: str | None = None
    has_figure: bool = False
    date: object = None


def sentence_context(analysis: Analysis, seg) -> Context:
    """Claimant, sender and status of a sentence that announces a sending without a figure."""
    c = cues()
    context = Context()
    for token in analysis.tokens_in(*seg):
        if c.has("send", token) and token.pos_ == "VERB":
            chain = head_chain(token, seg)
            fake = Figure(Amount(token.idx, token.idx, EXACT, None, None, token.idx), token,
                          token.idx, token.idx + len(token), None, None, EXACT)
            context.origin = origin(analysis, fake, seg, chain) or None
            # the sending verb's own status (it is the first word of the chain)
            context.status = status(analysis, replace(fake, noun=None), seg, chain)
            context.claimant, context.attributed = claimant(analysis, fake, seg, chain)
            context.date = date(analysis, seg)
            return context
    return context


def said_before(analysis: Analysis, seg) -> str | None:
    """Who the sentence before says the paragraph's facts ("Les militaires
    appuieront la police, indique le DDPS. L'effectif maximal est fixé à 3 000
    militaires"): the speaker of the reported statement (not a quotation: the
    journalist's voice follows a quote) that sentence holds, when it lies in the
    same paragraph and holds no figure of its own (the caller checks)."""
    previous = previous_segment(analysis, seg)
    if previous is None or paragraph_start(analysis.text, previous[0]) != paragraph_start(analysis.text, seg[0]):
        return None
    text = analysis.text[previous[0]:previous[1]].lstrip()
    if not text or text[0] in QUOTE_OPENERS:
        return None
    if not _speaks_of_forces(analysis, previous):
        return None  # "ont salué « une collaboration exemplaire »": another matter than the forces
    speakers = {s.speaker for s in analysis.records.statements
                if s.kind == INDIRECT_SPEECH and s.verb and previous[0] <= s.start < previous[1]}
    return next(iter(speakers)) if len(speakers) == 1 else None


QUOTE_OPENERS = "«\"“„‹'"


def _speaks_of_forces(analysis: Analysis, seg) -> bool:
    """Whether a sentence speaks of forces: a troop noun, an army, a unit, police, or
    a word of their moves (``status_words.tsv``: "appuieront", "déployés")."""
    strong, _ = troop_nouns()
    c = cues()
    return any(troop_word(t, strong) is not None or c.has("military", t) or c.has("unit", t)
               or c.has("home", t) or c.statuses_of(t) is not None for t in analysis.tokens_in(*seg))


def continues(analysis: Analysis, figure: Figure, seg) -> bool:
    """Whether the figure's sentence carries on the previous sentence's claim."""
    opening = analysis.text[seg[0]: seg[0] + 40].lower()
    for phrase in cue_regexes("continuation", "", r"(?!\w)"):
        if phrase.match(opening):
            return True
    return figure.start == seg[0]
