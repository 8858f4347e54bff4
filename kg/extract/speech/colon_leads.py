"""Verbless leads that name whose words follow a colon: "Avant d'ajouter : « … »",
"Et le capitaine, X, de résumer : « … »", "Réponse cinglante de la présidente, X : « … »".

A sentence before the colon with no finite verb of its own still says who speaks: a
narrative infinitive of a reporting verb, or a noun of speech followed by the speaker.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from ...analysis import Analysis
from . import speakers, verbs
from .events import SpeakerRef


#: "Avant d'ajouter :", "Et de conclure :", "Et le ministre de lancer :", "Puis d'ironiser, amer :":
#: a narrative infinitive of a reporting verb opening the sentence, a colon, then the words.
_INFINITIVE_LEAD = re.compile(r"\s*(?:Avant|Et|Puis)\s+(?:(?P<who>[^.;:!?«»“”\"\n]{2,140}?)\s+)?d(?:e\s+|'|’)"
                              r"(?P<verb>[^\W\d_]+(?:er|ir|re))\b[^.;:!?«»“”\"\n]{0,60}:\s*")


def infinitive_lead(analysis: Analysis, start: int, colon_end: int):
    """ "Avant d'ajouter : « … »": the words of the one named after "Et" ("Et le ministre de
    conclure"), else of the last speaker (a pronoun with no gender). Returns (verb, speaker, where)."""
    m = _INFINITIVE_LEAD.fullmatch(analysis.text, start, colon_end)
    if m is None:
        return None
    lemma = verbs.form_lemma(m.group("verb"))
    entries = [v for v in verbs.load_verbs()[0].get(lemma, ()) if not v.quote_only and not v.words]
    if not entries:
        return None
    if m.group("who"):
        if not m.group(0).lstrip().startswith("Et"):
            return None
        ref = speakers.from_span(analysis, m.start("who"), m.end("who"))
        return (entries[0].canonical, ref, m.start("verb")) if ref is not None else None
    return entries[0].canonical, SpeakerRef(pronoun="il"), m.start("verb")


@lru_cache(maxsize=1)
def _lead_nouns() -> re.Pattern:
    text = resources.files("kg.data").joinpath("speech_lead_nouns.txt").read_text("utf-8")
    nouns = [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]
    alternatives = "|".join(sorted(map(re.escape, nouns), key=len, reverse=True))
    return re.compile(rf"\s*(?:(?:même|autre|nouvelle|nouveau|la|le|une|un)\s+)?(?:{alternatives})"
                      r"(?:\s+[a-zàâçéèêëîïôûù-]+){0,2}?\s+(?P<who>(?:de|du|des|d'|d’)\s*[^.;:!?«»“”\"\n]{2,140}?)\s*:\s*",
                      re.IGNORECASE)


def speech_noun_lead(analysis: Analysis, start: int, colon_end: int):
    """ "Réponse cinglante de la présidente du groupe, X : « … »": a verbless sentence opened by a
    noun of speech (``kg/data/speech_lead_nouns.txt``) names whose words follow. Returns (verb,
    speaker, where)."""
    m = _lead_nouns().fullmatch(analysis.text, start, colon_end)
    if m is None or _has_finite_verb(analysis, start, colon_end):
        return None
    who = re.match(r"(?:de|du|des|d'|d’)\s*", m.group("who"), re.IGNORECASE)
    ref = speakers.from_span(analysis, m.start("who") + who.end(), m.end("who"))
    named = ref is not None and (ref.keys or ref.pronoun or ref.person_only)
    return (None, ref, m.start("who") + who.end()) if named else None


def _has_finite_verb(analysis: Analysis, start: int, end: int) -> bool:
    span = analysis.doc.char_span(start, end, alignment_mode="contract") or ()
    return any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in span)
