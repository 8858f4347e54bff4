"""An attribution found in the text (who is named, where, with which verb) and the speaker it names.

The patterns that find one live next to it: :mod:`.inversions` ("…», a
déclaré X", "comme l'a dit X"), :mod:`.selon_phrases` ("selon X"),
:mod:`.pour_phrases` ("Pour X, …"), :mod:`.signatures` (a dash line or a
sentence signing a quotation). They work on the clean text (straight
apostrophes, plain spaces) and return character offsets; the speaker phrase
is resolved by :mod:`kg.extract.speech.speakers`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ...analysis import Analysis
from . import speakers
from .events import SpeakerRef
from .genders import PRONOUNS


#: "selon lui", "pour elle": the stressed pronoun after "selon" or "pour", and the subject pronoun it stands for.
SELON_PRONOUN = re.compile(r"(lui|elle|eux|elles)\b(?:-mêmes?)?", re.IGNORECASE)
PRONOUN_OF = {"lui": "il", "elle": "elle", "eux": "ils", "elles": "elles"}
#: The end of an attribution's clause; the full stop of "M." or of an initial ("John F. Kerr") is not one.
#: A quotation mark ends it too: "…, juge le calendrier « imposé par Washington »" names no speaker.
CLAUSE_END = re.compile(r"(?<!\b[A-Z])(?<!\bMM)(?<!\bDr)(?<!\bPr)\.|[;!?\n]|,|[«»“”\"]")


@dataclass(frozen=True)
class Attribution:
    """Who is named, where, with which verb."""

    verb: str | None  # canonical lemma
    start: int  # the attribution's span (verb and speaker phrase)
    end: int
    speaker_start: int  # where the speaker phrase lies (when not a pronoun)
    speaker_end: int
    pronoun: str | None = None


def speaker_ref(analysis: Analysis, a: Attribution) -> SpeakerRef | None:
    """The speaker an attribution names: a pronoun to resolve later, or a phrase resolved now."""
    if a.pronoun:
        gender, number = PRONOUNS[a.pronoun]
        return SpeakerRef(pronoun=a.pronoun, gender=gender, plural=number == "Plur")
    return speakers.from_span(analysis, a.speaker_start, a.speaker_end)
