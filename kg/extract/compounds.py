"""A spaCy component that joins proper names the French tokenizer splits.

The tokenizer keeps a hyphenated word whole only when it is on its own list
("États-Unis", "Corée-du-Nord"), and cuts every other at the hyphen:
"Royaume-Uni" becomes "Royaume", "-", "Uni", and the parser then reads
"que le Royaume-Uni devait partir" as if "Royaume" ended the clause. It
also cuts a Breton "c'h" at the apostrophe as if it were an elision
("Le Floc'h" -> "Floc'", "h"), and the name loses its last letter. Joining
the pieces before the statistical models run gives them the one word the
writer wrote; character offsets are kept.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc

from .tokens import read_token_texts, tokens_with

COMPOUNDS = "newskg_compounds"

_HYPHENS = frozenset({"-"})
#: The Breton letter "c'h" (Le Floc'h, Kerc'hoz): the tokenizer splits after its apostrophe.
_APOSTROPHES = ("c'", "c’")


@lru_cache(maxsize=1)
def hyphenated_names() -> frozenset[str]:
    """The gazetteer's country and place names written as one hyphenated word ("Royaume-Uni",
    "Pays-Bas"). Organisations are left split: the model tags some merged ones ("Météo-France")
    as punctuation and loses them as subjects."""
    from ..gazetteer import load_gazetteer

    names = {n for k in load_gazetteer().entities.values() if k.kind in ("Country", "Place") for n in k.names}
    return frozenset(n for n in names if "-" in n and " " not in n and n[:1].isupper())


def _hyphen_spans(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of each hyphen-joined run of tokens that spells a hyphenated name."""
    names = hyphenated_names()
    spans: list[tuple[int, int]] = []
    for hyphen in tokens_with(doc, ORTH, _HYPHENS):
        i = hyphen.i
        if spans and spans[-1][1] > i or i == 0 or i + 1 >= len(doc):
            continue
        if doc[i - 1].whitespace_ or hyphen.whitespace_:
            continue
        start, end = i - 1, i + 2
        while start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ and not doc[start - 1].whitespace_:
            start -= 2
        best = None
        while True:
            if doc[start:end].text in names:
                best = end
            if end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_:
                end += 2
            else:
                break
        if best is not None and (not spans or spans[-1][1] <= start):
            spans.append((start, best))
    return spans


def _breton_spans(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of each "…c'" token glued to the "h…" that follows it."""
    texts = read_token_texts(doc)  # (no Token made for the words that cannot be one)
    spans: list[tuple[int, int]] = []
    for i in [i for i, text in enumerate(texts[:-1]) if text.endswith(_APOSTROPHES)]:
        token, text = doc[i], texts[i]
        if len(text) > 2 and text[:-1].isalpha() and not token.whitespace_:
            following = doc[i + 1]
            if following.text[:1] in {"h", "H"} and following.is_alpha:
                spans.append((i, i + 2))
    return spans


@Language.component(COMPOUNDS)
def join_compounds(doc: Doc) -> Doc:
    spans = sorted(_hyphen_spans(doc) + _breton_spans(doc))
    if not spans:
        return doc
    with doc.retokenize() as retokenizer:
        last = 0
        for start, end in spans:
            if start >= last:
                retokenizer.merge(doc[start:end])
                last = end
    return doc
