"""How names and quotes are compared: folded words, name keys, word overlap."""
from __future__ import annotations

import re

from ..text import fold

#: Minimum token Jaccard for two quotes to be the same statement.
QUOTE_THRESHOLD = 0.6

def words(text: str) -> list[str]:
    """The words of ``text``, case-, accent- and punctuation-free.

    >>> words("L’arrivée de « ces » troupes")
    ['l', 'arrivee', 'de', 'ces', 'troupes']
    """
    return re.findall(r"\w+", fold(text))


def name_key(name: str) -> str:
    """The form names are compared in.

    >>> name_key("Département d’État") == name_key("departement d'etat")
    True
    """
    return " ".join(words(name))


def jaccard(a: str, b: str) -> float:
    """Token Jaccard of two quotes: shared words / all words.

    >>> jaccard("très, très grave", "Très grave !")
    1.0
    >>> round(jaccard("les tyrans devront payer", "tyrans"), 2)
    0.25
    """
    x, y = set(words(a)), set(words(b))
    if not x and not y:
        return 1.0
    return len(x & y) / len(x | y)



def overlap(a: str, b: str) -> float:
    """Overlap coefficient of the words of ``a`` and ``b`` (a short evidence within a sentence scores 1).

    >>> overlap("3 000 soldats", "Moscou a envoyé 3 000 soldats en renfort")
    1.0
    """
    x, y = set(words(a)), set(words(b))
    return len(x & y) / min(len(x), len(y)) if x and y else 0.0
