"""Quoted names: "l'exercice « Bouclier de Narva »" names a thing, nobody said it.

Outlets put the names of military exercises, operations, plans, popular
initiatives and campaigns between quotation marks. Such a quotation follows a
naming noun or participle (``kg/data/naming_nouns.txt``) and is short; it is
not a partial quote of whoever organised the thing. A quotation alone in brackets right
after a name glosses that name ("le collectif Nou Later (« Notre terre », en créole)"): a
translation, nobody's words either.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ...gazetteer import read_table
from .quotes import Quote
from .spans import count_words

_MAX_NAME_WORDS = 8
#: Lower-case words that may stand between the noun and the name: "manœuvres militaires annuelles".
_MAX_WORDS_BETWEEN = 3


@lru_cache(maxsize=1)
def naming_words() -> frozenset[str]:
    """Words of ``kg/data/naming_nouns.txt``."""
    return frozenset(row[0].lower() for row in read_table("naming_nouns.txt"))


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    words = "|".join(re.escape(w) for w in sorted(naming_words(), key=len, reverse=True))
    return re.compile(rf"\b(?:{words})(?:e|s|x|es)?((?:\s+[a-zàâçéèêëîïôûùüÿœ'-]+){{0,{_MAX_WORDS_BETWEEN}}})\s*$",
                      re.IGNORECASE)


#: A name, then the bracket the gloss opens: "Nou Later (", "Hirak ("
_NAME_BRACKET = re.compile(r"[A-ZÀ-Ý][\w'’-]*\s*\(\s*$")
#: After the gloss: the bracket closes, maybe after the language it translates from (", en créole").
_GLOSS_END = re.compile(r"\s*(?:,\s*(?:en|de\s+l['’]|du|de)\s*[\w'’ -]{1,30})?\)")


def is_gloss(text: str, q: Quote) -> bool:
    """True when ``q`` fills a bracket right after a name: its translation or meaning."""
    return _NAME_BRACKET.search(text, max(0, q.open - 40), q.open) is not None \
        and _GLOSS_END.match(text, q.outer_end) is not None and count_words(text[q.start:q.end]) <= _MAX_NAME_WORDS


def is_quoted_name(text: str, q: Quote) -> bool:
    """True when ``q`` is the short name that a naming noun before it introduces, or a name's gloss.

    The name starts with a capital, as names do: "un plan « ambitieux »" is a
    judgement someone made, a partial quote.
    """
    if is_gloss(text, q):
        return True
    inner = text[q.start:q.end]
    if not inner[:1].isupper() or count_words(inner) > _MAX_NAME_WORDS or inner.rstrip()[-1:] in ".!?…":
        return False
    line_start = text.rfind("\n", 0, q.open) + 1  # "…une campagne de recrutement\n\n« Les urgences …":
    return _pattern().search(text, max(line_start, q.open - 80), q.open) is not None  # a new paragraph names nothing
