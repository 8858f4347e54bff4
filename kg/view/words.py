"""The pages' words: ontology terms in the page's language, troop figures as a reader
says them, and text cut to fit a label."""
from __future__ import annotations

from functools import lru_cache

from ..figures import FigureWords, label_words, troops_text
from ..i18n import label as term_label
from ..prefixes import local_name

#: The language of the pages' own words ("Statut :", "Déclaration"…); ontology terms are shown in it too.
PAGE_LANG = "fr"

#: Widths (characters) of a node's label and of an evidence sentence in its hover text.
LABEL_WIDTH = 32
EVIDENCE_WIDTH = 600


def plural(word: str, n: int) -> str:
    """``word`` for ``n`` things, in French: 0 and 1 take the singular.

    >>> plural("revendication", 1), plural("nœud", 2), plural("réseau", 3), plural("pays", 2)
    ('revendication', 'nœuds', 'réseaux', 'pays')
    """
    if n <= 1 or word.endswith(("s", "x")):
        return word
    return word + ("x" if word.endswith("eau") else "s")


def shorten(text: str, width: int = LABEL_WIDTH) -> str:
    """``text`` on one line, cut at a word boundary to at most ``width`` characters.

    >>> shorten("Nous ne laisserons pas faire cela sans réagir", 24)
    'Nous ne laisserons pas…'
    """
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    cut = text[: width - 1]
    if " " in cut[width // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:.-") + "…"


def term(value, default: str = "") -> str:
    """An ontology term of the graph (a statement kind, a status, a qualifier) as the page names it.

    Its ``rdfs:label`` in :data:`PAGE_LANG` (:func:`kg.i18n.label`), so the
    pages keep no second list of the ontology's words.

    >>> from kg.namespaces import NKG
    >>> term(NKG.InCombat), term(None, "déclaration")
    ('au combat', 'déclaration')
    """
    return default if value is None else term_label(local_name(value), PAGE_LANG)


@lru_cache(maxsize=1)
def _figure_words() -> FigureWords:
    """The page's troop figures: sentences around the ontology's French qualifier labels."""
    labels = label_words(PAGE_LANG)
    return FigureWords(
        exact="{n} soldats", about=labels.about + " soldats", up_to=labels.up_to + " soldats",
        at_least=labels.at_least + " soldats", range="entre {low} et {high} soldats",
        vague="effectif non chiffré", digits=labels.digits,
    )


def troops(qualifier: str | None, low: int | None, high: int | None) -> str:
    """A deployment's figures as a reader would say them (the form: :func:`kg.figures.troops_text`).

    >>> troops("UpTo", None, 12000)
    "jusqu'à 12\u202f000 soldats"
    >>> troops("Range", 10000, 12000)
    'entre 10\u202f000 et 12\u202f000 soldats'
    """
    return troops_text(qualifier, low, high, _figure_words())
