"""Initials standing for a person's name ("J. D.", "A.-L. V."), as magazines label an
interviewee's answers after naming them once in full."""
from __future__ import annotations

import re

#: Initials standing for a name: "J. D.", "J.-D. M.", "JD".
INITIALS = re.compile(r"(?:[A-ZÀ-Ý]\.?(?:-[A-ZÀ-Ý]\.?)?[ \t]?){2,3}")


def are_initials(text: str) -> bool:
    return INITIALS.fullmatch(text) is not None


def initials(label: str) -> str:
    """ "J.-D. M." -> "JDM"."""
    return re.sub(r"[^A-ZÀ-Ý]", "", label)


def name_initials(name: str) -> str:
    """ "Jean-Denis Martin" -> "JDM"."""
    return "".join(part[0] for part in re.split(r"[\s-]+", name) if part[:1].isupper())
