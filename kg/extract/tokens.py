"""spaCy components that repair tokens before the statistical models run.

Scraped news text glues words together ("Lloyd Austina souligné",
"Volodymyr Zelenskiqui", "soldatsdont", "UkraineLe"). Splitting such a token
with spaCy's retokenizer keeps every character offset, so the repaired
tokens still point at the article as read.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

DEGLUE = "newskg_deglue"

# A lower-case letter directly followed by a capitalised word: "UkraineLe".
_CAMEL = re.compile(r"^(.*[a-zà-ÿ])([A-ZÀ-Ý][a-zà-ÿ]+)$")
# Short function words that scraping glues to the previous word.
_GLUED_TAIL = re.compile(r"^(.{3,}?)(qui|dont|que|a)$")


def split_point(token_text: str, known: set[str]) -> int | None:
    """Where to split a glued token, or None.

    ``known`` holds the words met elsewhere in the same text: a prefix is only
    split off when the text also uses it on its own, so "Austina" splits
    (the article says "Austin" elsewhere) but "Angola" does not.
    """
    m = _CAMEL.match(token_text)
    if m and m.group(1) in known:
        return len(m.group(1))
    m = _GLUED_TAIL.match(token_text)
    if m and m.group(1) in known:
        return len(m.group(1))
    return None


@Language.component(DEGLUE)
def deglue(doc: Doc) -> Doc:
    known = {t.text for t in doc}
    with doc.retokenize() as retokenizer:
        for token in doc:
            cut = split_point(token.text, known)
            if cut:
                orths = [token.text[:cut], token.text[cut:]]
                retokenizer.split(token, orths, heads=[(token, 1), token.head])
    return doc
