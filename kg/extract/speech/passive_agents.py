"""The agent of a passive participle that governs a quotation: "jugé « fantaisiste » par X".

Used for quotations in narration and for the ones that go on after an
attributed quote: the agent the participle names is the speaker.
"""
from __future__ import annotations

import re

from ...analysis import Analysis
from . import speakers, verbs
from .quotes import Quote


#: The ending of a past participle ("jugé", "qualifiées").
_PARTICIPLE = re.compile(r"(?:é|ée|és|ées)$")


def agent_for(analysis: Analysis, q: Quote):
    """ "un chiffre jugé « fantaisiste » par un responsable de l'Alliance": the agent's words.

    A passive participle that governs the quotation and names its agent wins
    over a "selon X" elsewhere in the sentence.
    """
    span = analysis.doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    # The quoted word may be the participle itself ("une décision « précipitée » par X"), and
    # the parser may tag a participle ADJ without a verb form ("jugée"): its agent tells.
    token = span.root
    participle = None
    for _ in range(4):
        agents = [c for c in token.children if c.i > span.end and (c.dep_ == "obl:agent" or _par_phrase(token, c))]
        if agents and token.pos_ in ("VERB", "ADJ"):
            if (verb := verbs.match(token, quote=True)) is not None:
                ref = speakers.from_subject(analysis, agents[0])
                return (verb.canonical, ref, agents[0].idx) if ref else None
        if participle is None and token.pos_ in ("VERB", "ADJ") and ("Part" in token.morph.get("VerbForm") and
                                                              "Past" in token.morph.get("Tense") or _PARTICIPLE.search(token.lower_)):
            participle = token  # ("jugée" may be tagged an adjective with no verb form)
        if token.head.i == token.i:
            break
        token = token.head
    # "une étape saluée comme « historique » par les deux capitales", "une réponse jugée « … » par X": the
    # parse hung the agent elsewhere (on the noun), but "par" right after the closing mark is the participle's
    doc = analysis.doc
    before = doc.char_span(max(0, q.open - 30), q.open, alignment_mode="contract")
    if participle is None and before is not None and len(before) and before[-1].pos_ in ("VERB", "ADJ") \
            and _PARTICIPLE.search(before[-1].lower_):
        participle = before[-1]  # "une réponse jugée « hors sujet » par X", the quotation hung on the noun
    after = doc.char_span(q.outer_end, q.outer_end + 40, alignment_mode="expand") if participle is not None else None
    if after is not None and len(after) > 1 and after[0].lower_ == "par" and (
            after[0].head.dep_ == "obl:agent" or after[0].head.pos_ in ("PROPN", "NOUN") and after[0].head.i > after[0].i
            and after[0].head.dep_ in ("nmod", "obl", "obl:mod")) and (verb := verbs.match(participle, quote=True)) is not None:
        ref = speakers.from_subject(analysis, after[0].head)
        return (verb.canonical, ref, after[0].head.idx) if ref else None
    return None


def _par_phrase(participle, child) -> bool:
    """ "jugé « séparatiste » par Pékin" with "par Pékin" parsed as a modifier: after a past participle,
    a "par" phrase naming an actor is its agent."""
    return child.dep_.startswith("obl") and child.pos_ in ("PROPN", "NOUN") and any(
        g.dep_ == "case" and g.lower_ == "par" for g in child.children) and "Part" in participle.morph.get(
        "VerbForm") and "Past" in participle.morph.get("Tense")
