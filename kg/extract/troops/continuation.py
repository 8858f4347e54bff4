"""A sentence that carries on the previous one's claim: "De ce montant",
"Parmi eux"…, or the figure itself opening the sentence right after one that
announced a sending without a figure. It inherits that claim's claimant,
countries, status and date."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ...analysis import Analysis
from ...numbers import EXACT, Amount
from .claimant import claimant
from .cues import cues
from .figures import Figure
from .origin import origin
from .status import date, status
from .sentences import paragraph_start, previous_segment
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
    militaires"): the claimant of that sentence, when it holds no figure of its
    own (the caller checks), lies in the same paragraph and is no quotation (the
    journalist's voice follows a quote)."""
    previous = previous_segment(analysis, seg)
    if previous is None or paragraph_start(analysis.text, previous[0]) != paragraph_start(analysis.text, seg[0]):
        return None
    text = analysis.text[previous[0]:previous[1]].lstrip()
    if not text or text[0] in QUOTE_OPENERS:
        return None
    first = analysis.tokens_in(*previous)
    if not first:
        return None
    token = first[0]
    fake = Figure(Amount(token.idx, token.idx, EXACT, None, None, token.idx), None,
                  token.idx, token.idx + len(token), None, None, EXACT)
    key, attributed = claimant(analysis, fake, previous, head_chain(token, previous))
    return key if attributed else None


QUOTE_OPENERS = "«\"“„‹'"


def continues(analysis: Analysis, figure: Figure, seg) -> bool:
    """Whether the figure's sentence carries on the previous sentence's claim."""
    opening = analysis.text[seg[0]: seg[0] + 40].lower()
    for phrase in cues().all_of("continuation"):
        if re.match(re.escape(phrase) + r"(?!\w)", opening):
            return True
    return figure.start == seg[0]
