"""Troop figures with no troop noun after them: a unit whose strength the
figure gives ("un deuxième groupe de 600") and a bare number that is the
subject of a status word ("Seuls 1 100 ont été déployés"). The caller counts
them only where troops were just spoken of, like weak nouns."""
from __future__ import annotations

import re

from spacy.tokens import Token

from ...analysis import Analysis
from ...numbers import Amount
from .cues import cues
from .sentences import token_from


def unit_before(analysis: Analysis, amount: Amount, seg_start: int) -> bool:
    """ "un deuxième groupe de 600", "un contingent kényan d'environ 400": a unit
    (cue ``unit``) whose strength the figure gives, with no noun after it."""
    if _counts_something(analysis, amount):
        return False
    start = max(seg_start, amount.start - 40)
    m = re.search(r"([\w-]+(?:\s+[\w-]+)?)\s+(?:de|d'|d’)\s*$", analysis.text[start:amount.start])
    # the unit, or the unit and an adjective after it ("un contingent kényan de 600")
    return m is not None and any(cues().has("unit", t) for t in analysis.tokens_in(start + m.start(1),
                                                                                     start + m.end(1)))


def deployed_number(analysis: Analysis, amount: Amount, seg_end: int) -> bool:
    """ "Seuls 1 100 ont été déployés", "Les 300 derniers ont quitté la ville", "les
    quelque 10 000 stationnés en Pologne": a number standing for people, subject of
    a status word (``status_words.tsv``)."""
    if _counts_something(analysis, amount) or re.search(r"\bdont\s*$", analysis.text[:amount.start][-12:]):
        return False  # "37 navires …, dont 11 battant pavillon chinois": a part of something else
    token = token_from(analysis, amount.number_start)
    c = cues()

    def says_status(verb: Token) -> bool:  # not a present participle: "11 battant pavillon"
        participle = "Part" in verb.morph.get("VerbForm") and "Pres" in verb.morph.get("Tense")
        return verb.pos_ == "VERB" and bool(c.status_of(verb)) and not participle

    for _ in range(3):
        if token is None or token.idx >= seg_end:
            return False
        if says_status(token):
            return True
        if token.dep_.startswith("nsubj") and says_status(token.head):
            return True
        if token.dep_ not in ("nummod", "det", "amod", "advmod", "aux:pass", "nsubj", "nsubj:pass") \
                or token.head.i == token.i:
            return False
        token = token.head
    return False


def _counts_something(analysis: Analysis, amount: Amount) -> bool:
    """Whether a noun follows the number (past adjectives): "600 camions", "les
    300 derniers spectateurs", so the number counts that, not people left unsaid."""
    token = token_from(analysis, amount.end)
    while token is not None and token.pos_ == "ADJ":
        token = token.nbor(1) if token.i + 1 < len(analysis.doc) else None
    return token is not None and (token.pos_ in ("NOUN", "PROPN") or token.lower_ in ("de", "d'", "des", "et"))
