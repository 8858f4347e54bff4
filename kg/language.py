"""A cheap check that a text is French, before spending NLP time on it.

News articles are long enough for function words to decide: French prose has
a high share of French stop words, English or German prose a low one.
"""
from __future__ import annotations

import re

from spacy.lang.fr.stop_words import STOP_WORDS

# Stop words that are also frequent in English and so prove nothing.
_AMBIGUOUS = {"a", "on", "son", "est", "as", "me", "pour", "sans", "or", "au", "an"}
_FRENCH = frozenset(STOP_WORDS) - _AMBIGUOUS
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)

#: Share of words that must be French stop words (French news: about 0.4).
THRESHOLD = 0.2


def french_ratio(text: str) -> float:
    """Share of the words of ``text`` that are French stop words."""
    words = [w.lower() for w in _WORD.findall(text)]
    words = [w.split("'")[-1].split("’")[-1] if "'" in w or "’" in w else w for w in words]
    if not words:
        return 0.0
    return sum(w in _FRENCH for w in words) / len(words)


def looks_french(text: str) -> bool:
    """True when ``text`` reads as French prose.

    >>> looks_french("Les États-Unis ont déclaré mercredi que des soldats sont en Russie.")
    True
    >>> looks_french("The United States said on Wednesday that troops are in Russia.")
    False
    """
    return french_ratio(text) >= THRESHOLD
