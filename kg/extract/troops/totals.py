"""Totals of several countries' troops: "portant le total du groupement à
environ 3 600", "portera à environ 1 200 l'effectif de la mission", or a total
after the figures of several countries ("Un premier bataillon burkinabè …
Il sera rejoint par deux bataillons nigériens …, portant le total à environ
5 000"). Such a total has no one origin (the gold convention for
multinational forces)."""
from __future__ import annotations

import re
from functools import lru_cache

from ...analysis import Analysis
from ...records import Deployment
from .cues import cues
from .figures import Figure
from .sentences import paragraph_start


@lru_cache(maxsize=1)
def _of_a_joint_body() -> re.Pattern:
    """"total/effectif/nombre … du groupement / de la mission": the count of a body
    of several countries (cue ``joint-body`` of deployment_cues.txt)."""
    nouns = "|".join(re.escape(w) for w in cues().all_of("joint-body"))
    return re.compile(r"\b(?:total|totalité|effectifs?|nombre)\s+(?:\w+\s+){0,2}?"
                      r"(?:du|des|de\s+la|de\s+l['’])\s*(?:" + nouns + r")\b", re.IGNORECASE)


def of_a_joint_body(analysis: Analysis, figure: Figure, seg) -> bool:
    """Whether a figure counts a body of several countries, the words saying so
    just before or after the number ("à environ 1 200 l'effectif de la mission"), with
    no other number between."""
    before = analysis.text[max(seg[0], figure.amount.start - 60): figure.amount.start]
    after = analysis.text[figure.amount.end: min(seg[1], figure.amount.end + 40)]
    pattern = _of_a_joint_body()
    # not past another number: "portera à 1 200 l'effectif de la mission, dont près de 800
    # Kényans" counts the mission in 1 200 only, the 800 are Kenya's
    return (any(not re.search(r"\d", before[m.end():]) and not _COUNTED_BEFORE.search(before[:m.start()])
                for m in pattern.finditer(before))
            or any(not re.search(r"\d", after[:m.start()]) for m in pattern.finditer(after)))


# a count phrase right after another number is that number's ("à environ 1 200 l'effectif de")
_COUNTED_BEFORE = re.compile(r"\d\s*(?:l['’]|le\s+|la\s+)?$")


def totals_of_several(text: str, deployments: list[Deployment], totals: set[int]) -> None:
    """A total (ids in ``totals``) after figures of several origins in its
    paragraph adds up several countries' troops: no one origin."""
    for i, d in enumerate(deployments):
        if id(d) not in totals or d.origin is None:
            continue
        paragraph = paragraph_start(text, d.start)
        origins = {p.origin for p in deployments[:i]
                   if p.origin and id(p) not in totals and paragraph_start(text, p.start) == paragraph}
        if len(origins) > 1:
            d.origin = None
