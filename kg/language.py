"""A cheap check that a text is French, before spending NLP time on it.

News articles are long enough for function words to decide: French prose has
a high share of French stop words, English or German prose a low one.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

# Stop words that are also frequent in English and so prove nothing.
_AMBIGUOUS = {"a", "on", "son", "est", "as", "me", "pour", "sans", "or", "au", "an"}
#: A word, and in group 1 its part after an elided article ("l'arrivée": "arrivée").
_WORD = re.compile(r"(?:[^\W\d_]+['’])?([^\W\d_]+)", re.UNICODE)


def stop_words() -> frozenset[str]:
    """spaCy's French stop words, as shipped in ``kg/data/french_stop_words.txt``.

    Read from a data file rather than imported from ``spacy.lang.fr``, whose
    import compiles the French tokenizer exceptions (seconds), so reading
    articles never loads spaCy.
    """
    text = resources.files("kg.data").joinpath("french_stop_words.txt").read_text("utf-8")
    return frozenset(
        word for line in text.splitlines() if (word := line.strip()) and not word.startswith("#")
    )


@lru_cache(maxsize=1)
def _french_words() -> frozenset[str]:
    return stop_words() - _AMBIGUOUS


#: Share of words that must be French stop words (French news: about 0.4).
THRESHOLD = 0.2


def french_ratio(text: str) -> float:
    """Share of the words of ``text`` that are French stop words."""
    # "l'arrivée" counts as "arrivée": the elided article is not a separate word here.
    words = _WORD.findall(text)
    if not words:
        return 0.0
    french = _french_words()
    return sum(w.lower() in french for w in words) / len(words)


def looks_french(text: str) -> bool:
    """True when ``text`` reads as French prose.

    >>> looks_french("Les États-Unis ont déclaré mercredi que des soldats sont en Russie.")
    True
    >>> looks_french("The United States said on Wednesday that troops are in Russia.")
    False
    """
    return french_ratio(text) >= THRESHOLD
